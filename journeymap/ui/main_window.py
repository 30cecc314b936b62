"""The main window: menus, toolbar, docks, presentation mode, and the welcome page or the
canvas. Reading and writing files is ui/documents.py's job, crash copies are ui/recovery's,
and the Help menu's dialogs are in ui/help_dialogs.py."""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.compare import counterpart
from journeymap.model.document import Document
from journeymap.model.lanes import make_service_blueprint
from journeymap.storage.ondisk import FileStamp
from journeymap.ui import edit_actions, help_dialogs, i18n
from journeymap.ui.canvas.panel import CanvasPanel
from journeymap.ui.canvas.reading_menu import ReadingChoices
from journeymap.ui.charts import ChartsPanel
from journeymap.ui.compare_view import CompareDialog
from journeymap.ui.documents import DocumentFiles
from journeymap.ui.editor import Editor
from journeymap.ui.export_menu import Exporter
from journeymap.ui.gap_dock import GapDock
from journeymap.ui.inspector import Inspector
from journeymap.ui.journeys import JourneyList
from journeymap.ui.library_banner import LibraryBanner
from journeymap.ui.library_documents import LibraryDocuments
from journeymap.ui.maps_to_review import MapsToReview
from journeymap.ui.most_voted import MostVoted
from journeymap.ui.opportunities_dock import OpportunitiesDock
from journeymap.ui.paths_dock import PathsDock
from journeymap.ui.recovery import dialog as recovery_dialog
from journeymap.ui.recovery.guard import RecoveryGuard
from journeymap.ui.to_be_dialog import can_create_to_be, open_to_be
from journeymap.ui.welcome import WelcomePage


def tr(text: str) -> str:
    """Translate a user-visible text of the main window."""
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """One window, one document."""

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.interactive = True  # False: errors go to stderr (screenshot runs, scripts)
        self.editor = Editor(self)
        self.documents = DocumentFiles(self.editor, self, language)
        self.documents.loaded.connect(self._show_canvas)
        self.documents.failed.connect(self.report_error)
        self.documents.notice.connect(self.show_status)
        self.documents.compare_with_file.connect(
            lambda doc: self._show_compare(CompareDialog(self.editor, self, doc, tr("On disk")))
        )
        self.library = LibraryDocuments(self.editor, self.documents, self)
        self.library.failed.connect(self.report_error)
        self.library.notice.connect(self.show_status)
        self.library.compare_with.connect(
            lambda doc, label: self._show_compare(CompareDialog(self.editor, self, doc, label))
        )
        self.library.origin_changed.connect(self._update_title)
        self.documents.save_to_library = self.library.save_and_wait
        self.recovery = RecoveryGuard(self.editor)  # crash copies of unsaved work
        self.recovery.failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.resize(1400, 860)
        self.setAcceptDrops(True)

        self.welcome = WelcomePage()
        self.canvas = CanvasPanel(self.editor)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.canvas)
        self.library_banner = LibraryBanner(self.editor, self.documents, self.library.session, self)
        self.library_banner.failed.connect(self.report_error)
        self.library_banner.compare_with.connect(
            lambda doc, title: self._show_compare(CompareDialog(self.editor, self, doc, title))
        )
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.library_banner)  # above the map, when a newer revision is there
        column.addWidget(self.pages)
        self.setCentralWidget(central)

        self.journeys_dock = self._dock(
            tr("Journeys"),
            JourneyList(self.editor),
            Qt.DockWidgetArea.LeftDockWidgetArea,
            tr("&Journeys"),
        )
        self.inspector = Inspector(self.editor)
        self.inspector_dock = self._dock(
            tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea, tr("In&spector")
        )
        history = QUndoView(self.editor.undo_stack)
        history.setAccessibleName(tr("Undo history"))
        self.history_dock = self._dock(
            tr("History"),
            history,
            Qt.DockWidgetArea.RightDockWidgetArea,
            tr("Histor&y"),
        )
        self.history_dock.hide()
        self.gap_table = GapDock(self.editor)
        self.gap_dock = self._dock(
            tr("Gap report"),
            self.gap_table,
            Qt.DockWidgetArea.BottomDockWidgetArea,
            tr("Gap r&eport"),
        )
        self.gap_table.touchpoint_picked.connect(self._pick_touchpoint)
        self.charts = ChartsPanel(self.editor)
        self.charts_dock = self._dock(
            tr("Charts"), self.charts, Qt.DockWidgetArea.BottomDockWidgetArea, tr("Cha&rts")
        )
        self.charts_dock.visibilityChanged.connect(self.charts.set_on_screen)
        self.opportunities = OpportunitiesDock(self.editor)
        self.opportunities_dock = self._dock(
            tr("Opportunities"),
            self.opportunities,
            Qt.DockWidgetArea.BottomDockWidgetArea,
            tr("Opport&unities"),
        )
        self.opportunities.object_picked.connect(self.canvas.centre_on)
        self.gap_table.opportunity_created.connect(self._show_opportunity)
        self.tabifyDockWidget(self.gap_dock, self.charts_dock)
        self.tabifyDockWidget(self.charts_dock, self.opportunities_dock)
        self.paths = PathsDock(self.editor)  # its lists are computed while it is on screen
        self.paths_dock = self._dock(
            tr("Paths"), self.paths, Qt.DockWidgetArea.BottomDockWidgetArea, tr("P&aths")
        )
        self.paths.path_picked.connect(self.canvas.centre_on)
        self.tabifyDockWidget(self.opportunities_dock, self.paths_dock)
        self.paths_dock.hide()
        # View ▸ Paths brings its tab to the front: a tab behind the others looks unopened
        self.paths_dock.toggleViewAction().triggered.connect(
            lambda on: on and self.paths_dock.raise_()
        )
        self.gap_dock.raise_()
        self.matrix_dock: QDockWidget | None = None  # View ▸ Value-effort matrix builds it

        self._make_actions()
        self.welcome.new_document.connect(self.new_document)
        self.welcome.browse.connect(self.open_dialog)
        self.welcome.open_path.connect(lambda p: self.open_path(Path(p)))
        self.welcome.open_sample.connect(lambda p: self.open_sample(Path(p)))
        self.maps_to_review = MapsToReview(self.library.session, self.documents.settings,
                                           self.welcome)  # fmt: skip
        self.welcome.open_library_document.connect(
            lambda shown, name: self.library.open_document(shown, name, None)
        )
        self.editor.undo_stack.cleanChanged.connect(self._update_title)
        self.editor.path_changed.connect(self._update_title)
        # loaded, or saved (to a file or the library): the origin to watch may be new
        self.editor.document_replaced.connect(self.watch_library)
        self.editor.undo_stack.cleanChanged.connect(self.watch_library)
        self.library.origin_changed.connect(self.watch_library)  # saved to the library
        self.editor.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.show_welcome()

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea, menu_text: str) -> QDockWidget:
        """A dock titled ``title``; View lists it as ``menu_text`` (with its accelerator)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        if not widget.accessibleName():  # a scroll area or tabs the keyboard reaches too
            widget.setAccessibleName(title)
        dock.setWidget(widget)
        dock.toggleViewAction().setText(menu_text)
        self.addDockWidget(area, dock)
        return dock

    # ---- actions --------------------------------------------------------------------
    def show_status(self, text: str, milliseconds: int = 0) -> None:
        """Show ``text`` in the status bar (made when first needed: a status bar from the
        start would make the fitted map smaller) for ``milliseconds``, 0: until the next.
        A method, not a lambda, so Qt disconnects it when the window goes: the map cancels
        a connection being chosen, and says so, as it loses the keyboard while closing."""
        self.statusBar().showMessage(text, milliseconds)

    def _action(
        self, menu, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        label = tip or text.replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{label} ({keys})" if keys else label)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        menu.addAction(action)
        return action

    def _make_actions(self) -> None:
        ed, canvas = self.editor, self.canvas
        file = self.menuBar().addMenu(tr("&File"))
        self.act_new = self._action(
            file, tr("&New"), self.new_document, QKeySequence.StandardKey.New
        )
        self.act_open = self._action(
            file, tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_save = self._action(file, tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(file, tr("Save &As…"), self.save_as, "Ctrl+Shift+S")
        self.act_save_local = self._action(
            file, tr("Save as a &local copy…"), self.save_as, None,
            tr("Keep your changes to a read-only library document in a .jmap or .json file"),
        )  # fmt: skip
        file.addSeparator()
        self._action(
            file, tr("&Team library…"), self.library.show_dialog, "Ctrl+Alt+L",
            tr("Connect to a team library, find a document, open it or see its history"),
        )  # fmt: skip
        self.act_save_library = self._action(
            file, tr("Save to li&brary"), self.library.save, "Ctrl+Alt+S",
            tr("Save the document as a new revision in its team library"),
        )  # fmt: skip
        self._action(
            file, tr("Sa&ve to library as…"), self.library.save_as, None,
            tr("Save the document under a new name in a team library"),
        )  # fmt: skip
        for signal in (self.library.origin_changed, ed.document_replaced):
            signal.connect(self._enable_library_saves)
        self._enable_library_saves()
        file.addSeparator()
        self.exporter = Exporter(
            self, ed, self.report_error, lambda m: self.statusBar().showMessage(m, 6000),
            canvas.map_options, self.language,
        )  # fmt: skip
        self.exporter.fill_menu(file.addMenu(tr("&Export")), self._action)
        imports = file.addMenu(tr("&Import"))
        self._action(
            imports,
            tr("&Survey data (CSV or Excel)…"),
            self.import_survey,
            "Ctrl+I",
            tr("Turn a survey export into measurements, as one undo step"),
        )
        self._action(
            imports,
            tr("&Filled-in sheet…"),
            self.import_fill_in,
            "Ctrl+Shift+I",
            tr("Read targets and figures back from the fill-in sheet"),
        )
        self._action(
            file,
            tr("&Discover from contact log…"),
            self.discover_from_log,
            None,
            tr("Draw the journey as it really happens from a contact or ticket log"),
        )
        self._action(
            file, tr("&Print map…"), self.exporter.print_map, QKeySequence.StandardKey.Print
        )
        file.addSeparator()
        self._action(file, tr("&Welcome page"), self.show_welcome)
        file.addSeparator()
        self._action(file, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(tr("&Edit"))
        self.act_undo = ed.undo_stack.createUndoAction(self, tr("&Undo"))
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_redo = ed.undo_stack.createRedoAction(self, tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        _short_on_the_tool_bar(self.act_undo, tr("Undo"))
        _short_on_the_tool_bar(self.act_redo, tr("Redo"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        self._action(
            edit,
            tr("&History"),
            lambda: (self.history_dock.show(), self.history_dock.raise_()),
            "Ctrl+H",
            tr("Show the undo history"),
        )
        edit.addSeparator()
        self._action(
            edit,
            tr("&Copy"),
            lambda: edit_actions.copy_selection(ed),
            QKeySequence.StandardKey.Copy,
        )
        self._action(
            edit, tr("&Paste"), lambda: edit_actions.paste(ed), QKeySequence.StandardKey.Paste
        )
        self._action(edit, tr("Duplica&te"), lambda: edit_actions.duplicate(ed), "Ctrl+D")
        canvas.take_keys(self._action(
            edit,
            tr("&Delete"),
            lambda: edit_actions.delete_selection(ed),
            [QKeySequence.StandardKey.Delete, "Backspace"],
        ))  # fmt: skip
        self._action(edit, tr("Re&name"), lambda: canvas.start_rename(), "F2")
        self.act_connect = self._action(
            edit, tr("C&onnect to another card"), canvas.start_connection, "C",
            tr("Choose the card with the arrow keys or Tab and press Enter; Escape cancels"),
        )  # fmt: skip
        canvas.offer_connecting(self.act_connect)
        canvas.notice.connect(self.show_status)
        self._action(edit, tr("Select &all"), self._select_all, QKeySequence.StandardKey.SelectAll)

        journey = self.menuBar().addMenu(tr("&Journey"))
        self.act_add_stage = self._action(
            journey,
            tr("Add &stage"),
            lambda: edit_actions.add_stage(ed),
            "Ctrl+Shift+N",
            tr("Add a stage after the selected one"),
        )
        self.act_add_tp = self._action(
            journey,
            tr("Add &touchpoint"),
            self._add_touchpoint,
            "Ctrl+T",
            tr("Add a touchpoint to the selected stage"),
        )
        self.act_layout = self._action(
            journey,
            tr("&Auto-layout"),
            lambda: edit_actions.auto_layout(ed),
            "Ctrl+L",
            tr("Stack the cards neatly, stage by stage"),
        )
        self.act_blueprint = self._action(
            journey, tr("Make service &blueprint"), self.make_service_blueprint, "Ctrl+B",
            tr("Add the blueprint lanes the journey lacks: the lines of interaction and "
               "visibility, frontstage, a backstage lane per owner and support processes"),
        )  # fmt: skip
        self.act_voting = self._action(
            journey, tr("Dot &voting"), self.set_voting, "Ctrl+Shift+V",
            tr("Click a note to give it a vote, right-click to take one back"), checkable=True,
        )  # fmt: skip
        self._action(journey, tr("&Most voted notes…"), self.show_most_voted, None,
                     tr("The voted notes, most votes first"))  # fmt: skip
        self.act_to_be = self._action(
            journey, tr("&Create to-be from selected solutions…"), lambda: open_to_be(ed, self),
            None, tr("A to-be copy of the journey with the chosen solutions realised in it"),
        )  # fmt: skip
        for signal in (ed.journey_switched, ed.settled):
            signal.connect(lambda *_: self.act_to_be.setEnabled(can_create_to_be(ed)))
        self.act_to_be.setEnabled(False)
        self.act_suggest = self._action(
            journey, tr("Su&ggest opportunities…"), self.suggest_opportunities, None,
            tr("What the journey's figures suggest the team could change: accept or dismiss"),
        )  # fmt: skip

        view = self.menuBar().addMenu(tr("&View"))
        self._action(view, tr("Zoom &in"), lambda: canvas.view.zoom_by(1.25), ["Ctrl+=", "Ctrl++"])
        self._action(view, tr("Zoom &out"), lambda: canvas.view.zoom_by(0.8), "Ctrl+-")
        self.act_fit = self._action(view, tr("&Fit to window"), canvas.view.fit, "Ctrl+0")
        self.act_overlay = self._action(
            view, tr("O&verlay the to-be / as-is curve"), canvas.set_overlay, "Ctrl+Shift+E",
            tr("Lay the emotion curve of the journey's to-be (or as-is) counterpart over its "
               "own, dashed"), checkable=True,
        )  # fmt: skip
        for signal in (ed.journey_switched, ed.settled):
            signal.connect(self._enable_overlay)
        self._enable_overlay()
        self._overlay_before_compare = False  # View ▸ Overlay as it was before Compare
        self._choice_menu(
            view.addMenu(tr("&Highlight")),
            canvas.highlight,
            [
                (tr("&Nothing"), "", None),
                (tr("&Handoffs between owners"), "handoffs", "Ctrl+1"),
                (tr("&Channel breaks"), "channel_breaks", "Ctrl+2"),
                (tr("&Loops (repeat contacts)"), "loops", "Ctrl+3"),
                (tr("&Worst path"), "worst_path", "Ctrl+4"),
            ],
        )
        self._choice_menu(
            view.addMenu(tr("&Colour cards by")),
            canvas.colour_by,
            [
                (tr("&Gap to target"), "gap", None),
                (tr("CS&AT level"), "csat", None),
                (tr("&NPS level"), "nps", None),
                (tr("CE&S level"), "ces", None),
            ],
        )
        view.addSeparator()
        for dock in (
            self.journeys_dock,
            self.inspector_dock,
            self.gap_dock,
            self.charts_dock,
            self.opportunities_dock,
            self.paths_dock,
            self.history_dock,
        ):
            view.addAction(dock.toggleViewAction())
        self._action(
            view, tr("Value-effort &matrix"), self.show_matrix, "Ctrl+Shift+M",
            tr("The opportunities by value and effort; drag a dot to rescore it"),
        )  # fmt: skip
        self._panels_before = self.saveState()  # the docks as "Hide panels" found them
        self.act_hide_panels = self._action(
            view, tr("Hide pa&nels"), self.hide_panels, ["Ctrl+Shift+H", "F12"],
            tr("Hide every panel and fit the map to the window; again to bring them back"),
            checkable=True,
        )  # fmt: skip
        self.act_legend = self._action(
            view, tr("Le&gend"), self.canvas.view.show_legend, "Ctrl+Shift+L",
            tr("Show or hide the legend in the corner of the map"), checkable=True,
        )  # fmt: skip
        self.act_legend.setChecked(True)
        self.reading = ReadingChoices(view, canvas)  # High contrast, Text size
        i18n.add_language_menu(self, view)  # View ▸ Language, applied at the next start

        view.addSeparator()
        self.act_present = self._action(
            view, tr("&Presentation mode"), self.set_presenting, "F11",
            tr("Full screen, larger text; the arrow keys step through the stages"), checkable=True,
        )  # fmt: skip
        self.addAction(self.act_present)  # F11 leaves again, though the menu bar is hidden
        self._action(journey, tr("C&ompare as-is and to-be…"), self.compare, "Ctrl+Shift+C",
                     tr("Two journeys side by side, with what changed per touchpoint"))  # fmt: skip

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._action(
            help_menu, tr("&Keyboard shortcuts"), lambda: help_dialogs.show_shortcuts(self), "F1"
        )
        self._action(help_menu, tr("&About journeymap"), lambda: help_dialogs.show_about(self))

        bar = self.addToolBar(tr("Main"))
        bar.toggleViewAction().setText(tr("&Toolbar"))  # in the docks' right-click menu
        bar.setObjectName("main-toolbar")
        for action in (
            self.act_new,
            self.act_open,
            self.act_save,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_add_stage,
            self.act_add_tp,
            self.act_layout,
            self.act_fit,
        ):
            bar.addSeparator() if action is None else bar.addAction(action)

    def _choice_menu(self, menu, apply, choices) -> None:
        """Exclusive, checkable actions; the first is checked and ``apply(value)`` runs
        when another is chosen."""
        group = QActionGroup(menu)
        for i, (text, value, shortcut) in enumerate(choices):
            action = self._action(
                menu, text, lambda on, v=value: on and apply(v), shortcut, checkable=True
            )
            action.setChecked(i == 0)
            group.addAction(action)

    def show_matrix(self) -> None:
        """View ▸ Value-effort matrix: the dock in front (beside the gap report's tabs), tall
        enough to read the values."""
        if self.matrix_dock is None:  # on first use: the opportunities' figures load networkx
            from journeymap.ui.opportunity_matrix import OpportunityMatrix

            self.matrix = OpportunityMatrix(self.editor)
            self.matrix_dock = self._dock(
                tr("Value-effort matrix"),
                self.matrix,
                Qt.DockWidgetArea.BottomDockWidgetArea,
                tr("Value-effort &matrix"),
            )
            self.matrix_dock.hide()
        opening = self.matrix_dock.isHidden()
        self.matrix_dock.show()
        self.matrix_dock.raise_()
        if opening and not self.matrix_dock.isFloating():
            self.resizeDocks([self.matrix_dock], [self.height() * 2 // 5], Qt.Orientation.Vertical)

    def _pick_touchpoint(self, tp_id: str) -> None:
        self.editor.select([tp_id])
        self.canvas.centre_on(tp_id)

    def _show_opportunity(self, opportunity_id: str) -> None:
        """Bring the opportunities dock to the front with a new opportunity in edit."""
        self.opportunities_dock.show()
        self.opportunities_dock.raise_()
        self.opportunities.show_opportunity(opportunity_id, edit=True)

    def _add_touchpoint(self) -> None:
        tp_id = edit_actions.add_touchpoint(self.editor)
        if tp_id:
            self.canvas.centre_on(tp_id)
            self.canvas.start_rename(tp_id)

    def make_service_blueprint(self) -> None:
        """Journey ▸ Make service blueprint: the blueprint lanes the journey lacks, in one
        undo step; a journey that has them all is left as it is, and the status bar says
        so."""
        journey = self.editor.journey
        if journey is None:
            return
        command = make_service_blueprint(journey)
        if command is None:
            self.statusBar().showMessage(
                tr("“{}” is a service blueprint already: it has every blueprint lane").format(
                    journey.name
                ),
                6000,
            )
            return
        if self.editor.push(command) and self.canvas.view.auto_fit:
            self.canvas.view.fit()  # the new lanes make the map taller

    def _select_all(self) -> None:
        journey = self.editor.journey
        if journey is not None:
            self.editor.select([tp.id for tp in journey.touchpoints])

    # ---- pages and title ------------------------------------------------------------
    def show_welcome(self) -> None:
        """Show the welcome page with the current recent files and the maps to review in
        the recent team libraries."""
        self.welcome.set_recent(self.recent_files())
        self.maps_to_review.refresh()
        self.pages.setCurrentWidget(self.welcome)
        self._update_title()

    def _show_canvas(self) -> None:
        focus = QApplication.focusWidget()
        self.pages.setCurrentWidget(self.canvas)
        self.canvas.view.fit()
        self._update_title()
        if focus is None or self.welcome.isAncestorOf(focus):
            # a sample or file chosen on the welcome page: the keys go on to the map
            # (hidden with the page, the list would leave the focus nowhere)
            self.canvas.view.setFocus()

    def _update_title(self, *_: object) -> None:
        if self.pages.currentWidget() is self.welcome and not self.editor.doc.journeys:
            self.setWindowTitle("journeymap")
            self.setWindowModified(False)
            return
        name = self.documents.document_name()
        origin = self.editor.doc.library_origin
        if origin is not None and self.editor.path is not None:  # a file from a library
            name = tr("{} (“{}”, revision {})").format(name, origin.name, origin.revision)
        if self.library.is_read_only():
            name = tr("{} (read-only)").format(name)
        self.setWindowTitle(f"{name}[*] — journeymap")
        self.setWindowModified(not self.editor.undo_stack.isClean())

    def watch_library(self, *_: object) -> None:
        """Watch the library the open document came from for newer revisions (its origin
        as it is now: call this whenever the origin may have changed)."""
        self.library_banner.watch(self.editor.doc.library_origin)

    def _enable_library_saves(self) -> None:
        """A document from a library the user may only read cannot be saved there; it
        may be kept as a local copy."""
        read_only = self.library.is_read_only()
        self.act_save_library.setEnabled(not read_only)
        self.act_save_local.setVisible(read_only)

    # ---- files (journeymap.ui.documents does the work) --------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        return self.documents.maybe_save()

    def load(
        self,
        doc: Document,
        path: Path | None,
        untitled_name: str = "",
        stamp: FileStamp | None = None,
    ) -> None:
        """Show a document (no questions asked); ``stamp`` is what its file was when read."""
        self.documents.load(doc, path, untitled_name, stamp)

    def new_document(self) -> None:
        """Start a blank document from a template the user picks."""
        self.documents.new_document()

    def open_path(self, path: Path) -> bool:
        """Open a .jmap or .json file; errors appear as a message box."""
        return self.documents.open_path(path)

    def open_sample(self, path: Path) -> bool:
        """Open a bundled sample as an untitled copy."""
        return self.documents.open_sample(path)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        self.documents.open_dialog()

    def save(self) -> bool:
        """Save to the current file, or ask where when there is none."""
        return self.documents.save()

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        return self.documents.save_as()

    def recent_files(self) -> list[str]:
        """The recently opened or saved files, newest first."""
        return self.documents.recent_files()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, entry in enumerate(self.recent_files(), start=1):
            text = entry.replace("&", "&&")  # 1 to 8 (MAX_RECENT) pick a file from the keyboard
            self.recent_menu.addAction(f"&{number} {text}", lambda p=entry: self.open_path(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("&No recent files")).setEnabled(False)

    def offer_recovery(self) -> bool:
        """At start-up: offer back the unsaved work of a run that crashed; True when some
        was restored. Screenshot runs and scripts are never asked."""
        if not self.interactive:
            return False
        return recovery_dialog.offer_recovery(self, self.recovery, self.documents.open_recovered)

    # ---- window events ------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.recovery.discard()  # saved or discarded by the user: no crash copy to keep
            self.library_banner.stop()  # no watching thread outlives the window
            self.editor.release()  # the document reaches no view of a closed window
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(
            Path(u.toLocalFile()).suffix.lower() in (".jmap", ".json")
            for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in (".jmap", ".json"):
                event.acceptProposedAction()
                self.open_path(path)
                return

    def hide_panels(self, hide: bool) -> None:
        """View ▸ Hide panels: every open dock goes and the map fits the room it leaves;
        the second time exactly those docks come back."""
        if hide:
            self._panels_before = self.saveState()
            for dock in self.findChildren(QDockWidget):
                dock.hide()
        else:  # the same docks, tabs and sizes as before
            self.restoreState(self._panels_before)
        self.canvas.view.auto_fit = True  # refits as the canvas resizes

    def set_voting(self, on: bool) -> None:
        """Journey ▸ Dot voting: clicks on the map's notes give and take votes."""
        self.canvas.set_voting(on)
        if on:
            self.statusBar().showMessage(
                tr("Dot voting: click a note to give it a vote, right-click to take one back")
            )
        else:
            self.statusBar().clearMessage()

    def show_most_voted(self) -> None:
        """Journey ▸ Most voted notes: the results of a dot vote, most votes first."""
        MostVoted(self.editor, self).show()

    def suggest_opportunities(self) -> None:
        """Journey ▸ Suggest opportunities: the suggestions of the journey's evidence."""
        from journeymap.ui.suggest_dialog import SuggestDialog  # the analysis, when asked

        SuggestDialog(self.editor, self).show()

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the canvas alone, full screen, with larger text and the
        journey's title (F11); leaving it brings back the window and the map as they were."""
        if on:
            self.canvas.set_presenting(True)  # remembers the map's zoom before it changes
            self._before_presenting = self.saveState()
            self._geometry_before_presenting = self.geometry()
            for dock in self.findChildren(QDockWidget):
                dock.hide()
            for bar in self.findChildren(QToolBar):
                bar.hide()
            self.menuBar().hide()
            self.showFullScreen()
            self._show_canvas()
        else:
            self.menuBar().show()
            self.showNormal()
            # not every window manager (nor none) gives the normal size back by itself
            self.setGeometry(self._geometry_before_presenting)
            self.restoreState(self._before_presenting)
            self.canvas.set_presenting(False)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.act_present.isChecked():
            self.act_present.setChecked(False)
            return
        super().keyPressEvent(event)

    def import_survey(self) -> None:
        """File ▸ Import ▸ Survey data."""
        from journeymap.ui.import_dialogs import SurveyImportDialog

        if self.editor.journey is not None:
            SurveyImportDialog(self.editor, self).open()

    def import_fill_in(self) -> None:
        """File ▸ Import ▸ Filled-in sheet."""
        from journeymap.ui.import_dialogs import FillInImportDialog

        if self.editor.doc.journeys:
            FillInImportDialog(self.editor, self).open()

    def discover_from_log(self) -> None:
        """File ▸ Discover from contact log: the discovered journey is shown on the map."""
        from journeymap.ui.discover_dialog import DiscoverDialog  # lazily: a quick start

        dialog = DiscoverDialog(self.editor, self)
        dialog.accepted.connect(self._show_canvas)
        dialog.open()

    def compare(self) -> None:
        """Open the as-is vs to-be comparison."""
        self._show_compare(CompareDialog(self.editor, self))

    def _show_compare(self, dialog: CompareDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.before_doc is self.editor.doc and self.act_overlay.isEnabled():
            # as-is against to-be: the map overlays the other curve while the dialog is open
            self._overlay_before_compare = self.act_overlay.isChecked()
            self.act_overlay.setChecked(True)
            dialog.finished.connect(self._compare_closed)
        dialog.show()
        self.compare_dialog = dialog

    def _compare_closed(self) -> None:
        """The overlaid curve as it was before Compare opened."""
        self.act_overlay.setChecked(self._overlay_before_compare)

    def _enable_overlay(self) -> None:
        """View ▸ Overlay the curve needs a journey of the other state to overlay."""
        journey = self.editor.journey
        has_one = journey is not None and counterpart(self.editor.doc.journeys, journey) is not None
        self.act_overlay.setEnabled(has_one)

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, and the mouse gestures, for the help."""
        return help_dialogs.shortcut_rows(self)

    def report_error(self, title: str, message: str) -> None:
        """Tell the user what went wrong: a message box, or stderr when not interactive."""
        if self.interactive:
            QMessageBox.critical(self, title, message)
        else:
            print(f"journeymap: {message}", file=sys.stderr)


def _short_on_the_tool_bar(action: QAction, short: str) -> None:
    """The tool bar says ``short`` ("Undo") for an action whose text names the step ("Undo
    Mark ‘First bill’ as a moment of truth"): the long text pushed the tool bar's last
    buttons into its overflow. The menu entry and the tooltip keep naming the step."""
    action.setIconText(short)

    def tip_follows_text() -> None:
        if not shiboken6.isValid(action):  # said changed on its way out with the window
            return
        tip = action.text().replace("&", "")
        if action.toolTip() != tip:  # setToolTip says changed too
            action.setToolTip(tip)

    action.changed.connect(tip_follows_text)
    tip_follows_text()
