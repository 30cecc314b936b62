"""The main window: menus, toolbar, docks, files, and the welcome page or the canvas."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
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
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QUndoView,
)

from journeymap import __version__
from journeymap.model.document import Document
from journeymap.storage.ondisk import FileStamp
from journeymap.ui import edit_actions, i18n, save_conflict
from journeymap.ui.canvas.panel import CanvasPanel
from journeymap.ui.charts import ChartsPanel
from journeymap.ui.compare_view import CompareDialog
from journeymap.ui.editor import Editor
from journeymap.ui.exports import Exporter
from journeymap.ui.gap_dock import GapDock
from journeymap.ui.inspector import Inspector
from journeymap.ui.journeys import JourneyList
from journeymap.ui.recovery import RecoveryGuard
from journeymap.ui.welcome import WelcomePage

FILE_FILTER = "journeymap (*.jmap);;JSON interchange (*.json)"
MAX_RECENT = 8


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
        self.untitled_name = ""
        self.settings = QSettings()
        self.recovery = RecoveryGuard(self)  # crash copies of unsaved work (ui/recovery.py)
        self.resize(1400, 860)
        self.setAcceptDrops(True)

        self.welcome = WelcomePage()
        self.canvas = CanvasPanel(self.editor)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.canvas)
        self.setCentralWidget(self.pages)

        self.journeys_dock = self._dock(
            tr("Journeys"), JourneyList(self.editor), Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector = Inspector(self.editor)
        self.inspector_dock = self._dock(
            tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history_dock = self._dock(
            tr("History"), QUndoView(self.editor.undo_stack), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history_dock.hide()
        self.gap_table = GapDock(self.editor)
        self.gap_dock = self._dock(
            tr("Gap report"), self.gap_table, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.gap_table.touchpoint_picked.connect(self._pick_touchpoint)
        self.charts = ChartsPanel(self.editor)
        self.charts_dock = self._dock(
            tr("Charts"), self.charts, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.charts_dock.visibilityChanged.connect(self.charts.set_on_screen)
        self.tabifyDockWidget(self.gap_dock, self.charts_dock)
        self.gap_dock.raise_()

        self._make_actions()
        self.welcome.new_document.connect(self.new_document)
        self.welcome.browse.connect(self.open_dialog)
        self.welcome.open_path.connect(lambda p: self.open_path(Path(p)))
        self.welcome.open_sample.connect(lambda p: self.open_sample(Path(p)))
        self.editor.undo_stack.cleanChanged.connect(self._update_title)
        self.editor.path_changed.connect(self._update_title)
        self.editor.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.show_welcome()

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # ---- actions --------------------------------------------------------------------
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
        file.addSeparator()
        self.exporter = Exporter(
            self, ed, self.report_error, lambda m: self.statusBar().showMessage(m, 6000),
            canvas.map_options,
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
        self._action(edit, tr("D&uplicate"), lambda: edit_actions.duplicate(ed), "Ctrl+D")
        self._action(
            edit,
            tr("&Delete"),
            lambda: edit_actions.delete_selection(ed),
            [QKeySequence.StandardKey.Delete, "Backspace"],
        )
        self._action(edit, tr("Re&name"), lambda: canvas.start_rename(), "F2")
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

        view = self.menuBar().addMenu(tr("&View"))
        self._action(view, tr("Zoom &in"), lambda: canvas.view.zoom_by(1.25), ["Ctrl+=", "Ctrl++"])
        self._action(view, tr("Zoom &out"), lambda: canvas.view.zoom_by(0.8), "Ctrl+-")
        self.act_fit = self._action(view, tr("&Fit to window"), canvas.view.fit, "Ctrl+0")
        self.act_blueprint = self._action(
            view,
            tr("Service &blueprint"),
            canvas.set_blueprint,
            "Ctrl+B",
            tr("Add a lane per owner department"),
            checkable=True,
        )
        self._choice_menu(
            view.addMenu(tr("&Highlight")),
            canvas.highlight,
            [
                (tr("Nothing"), "", None),
                (tr("Handoffs between owners"), "handoffs", "Ctrl+1"),
                (tr("Channel breaks"), "channel_breaks", "Ctrl+2"),
                (tr("Loops (repeat contacts)"), "loops", "Ctrl+3"),
                (tr("Worst path"), "worst_path", "Ctrl+4"),
            ],
        )
        self._choice_menu(
            view.addMenu(tr("&Colour cards by")),
            canvas.colour_by,
            [
                (tr("Gap to target"), "gap", None),
                (tr("CSAT level"), "csat", None),
                (tr("NPS level"), "nps", None),
                (tr("CES level"), "ces", None),
            ],
        )
        view.addSeparator()
        for dock in (
            self.journeys_dock,
            self.inspector_dock,
            self.gap_dock,
            self.charts_dock,
            self.history_dock,
        ):
            view.addAction(dock.toggleViewAction())
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
        i18n.add_language_menu(self, view)  # View ▸ Language, applied at the next start

        view.addSeparator()
        self.act_present = self._action(
            view, tr("&Presentation mode"), self.set_presenting, "F11",
            tr("Full screen, larger text; the arrow keys step through the stages"), checkable=True,
        )  # fmt: skip
        self.addAction(self.act_present)  # F11 leaves again, though the menu bar is hidden
        self._action(journey, tr("&Compare as-is and to-be…"), self.compare, "Ctrl+Shift+C",
                     tr("Two journeys side by side, with what changed per touchpoint"))  # fmt: skip

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._action(help_menu, tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, tr("&About journeymap"), self.about)

        bar = self.addToolBar(tr("Main"))
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
            self.act_blueprint,
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

    def _pick_touchpoint(self, tp_id: str) -> None:
        self.editor.select([tp_id])
        self.canvas.centre_on(tp_id)

    def _add_touchpoint(self) -> None:
        tp_id = edit_actions.add_touchpoint(self.editor)
        if tp_id:
            self.canvas.centre_on(tp_id)
            self.canvas.start_rename(tp_id)

    def _select_all(self) -> None:
        journey = self.editor.journey
        if journey is not None:
            self.editor.select([tp.id for tp in journey.touchpoints])

    # ---- pages and title ------------------------------------------------------------
    def show_welcome(self) -> None:
        """Show the welcome page with the current recent files."""
        self.welcome.set_recent(self.recent_files())
        self.pages.setCurrentWidget(self.welcome)
        self._update_title()

    def _show_canvas(self) -> None:
        self.pages.setCurrentWidget(self.canvas)
        self.canvas.view.fit()
        self._update_title()

    def _update_title(self, *_: object) -> None:
        if self.pages.currentWidget() is self.welcome and not self.editor.doc.journeys:
            self.setWindowTitle("journeymap")
            self.setWindowModified(False)
            return
        name = self.editor.path.name if self.editor.path else self.untitled_name or tr("Untitled")
        self.setWindowTitle(f"{name}[*] — journeymap")
        self.setWindowModified(not self.editor.undo_stack.isClean())

    # ---- files ------------------------------------------------------------------------
    def commit_pending_edits(self) -> None:
        """Finish an edit in progress (text typed in the inspector commits when its field
        loses focus), so saving, closing or exporting never misses it."""
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        self.commit_pending_edits()
        if self.editor.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to “{}” before closing it?").format(
                self.windowTitle().split("[*]")[0]
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def load(
        self,
        doc: Document,
        path: Path | None,
        untitled_name: str = "",
        stamp: FileStamp | None = None,
    ) -> None:
        """Show a document (no questions asked); ``stamp`` is what its file was when read."""
        self.untitled_name = untitled_name
        self.editor.set_document(doc, path, stamp)
        self._show_canvas()

    def new_document(self) -> None:
        """Start a blank document with the stages of a template the user picks (the last
        choice preselected), in the interface's language."""
        from journeymap.model.starter import blank_document
        from journeymap.ui.new_journey import ask_template

        template = ask_template(self, self.language, self.settings)
        if template is not None and self.maybe_save():
            self.load(blank_document(self.language, template), None)

    def _read(self, path: Path) -> tuple[Document, FileStamp | None] | None:
        from journeymap.storage import DocumentFileError, open_document_stamped

        try:
            return open_document_stamped(path)
        except DocumentFileError as error:
            self.report_error(tr("Cannot open the file"), str(error))
            return None

    def open_path(self, path: Path) -> bool:
        """Open a .jmap or .json file; errors appear as a message box."""
        if not self.maybe_save():
            return False
        read = self._read(path)
        if read is None:
            return False
        self.load(read[0], path, stamp=read[1])
        self._remember(path)
        return True

    def open_sample(self, path: Path) -> bool:
        """Open a bundled sample as an untitled copy."""
        if not self.maybe_save():
            return False
        read = self._read(path)
        if read is None:
            return False
        doc = read[0]
        self.load(
            doc,
            None,
            tr("{} (sample copy)").format(doc.journeys[0].name if doc.journeys else path.stem),
        )
        return True

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open journey"), str(self._folder()), tr(FILE_FILTER)
        )
        if name:
            self.open_path(Path(name))

    def save(self) -> bool:
        """Save to the current file, or ask where when there is none."""
        if self.editor.path is None:
            return self.save_as()
        return self._write(self.editor.path)

    def save_as(self) -> bool:
        """Ask for a file name, suggesting the current file's or the journey's name, and
        save there."""
        from journeymap.ui.file_dialogs import ask_save_path, file_stem, with_suffix

        journey = self.editor.journey
        suggestion = self.editor.path or self._folder() / (
            file_stem(journey.name if journey else "", tr("Journey")) + ".jmap"
        )
        path, chosen = ask_save_path(self, tr("Save journey"), suggestion, tr(FILE_FILTER))
        if path is None:
            return False
        if path.suffix.lower() not in (".jmap", ".json"):
            path = with_suffix(path, ".json" if "json" in chosen.lower() else ".jmap")
        return self._write(path)

    def _write(self, path: Path, force: bool = False) -> bool:
        from journeymap.storage import DocumentChangedOnDisk, DocumentFileError, save_document

        self.commit_pending_edits()
        # the file this document was read from must still be what it was; another file
        # the user chose in the save dialog is theirs to replace
        expected = self.editor.stamp if path == self.editor.path else None
        try:
            stamp = save_document(self.editor.doc, path, expected=expected, force=force)
        except DocumentChangedOnDisk as conflict:
            if conflict.found is None:  # deleted meanwhile: writing it loses nothing
                return self._write(path, force=True)
            return self._changed_on_disk(path)
        except DocumentFileError as error:
            self.report_error(tr("Cannot save the file"), str(error))
            return False
        self.editor.saved(path, stamp)
        self._remember(path)
        self.statusBar().showMessage(tr("Saved {}").format(path), 4000)
        return True

    def _changed_on_disk(self, path: Path) -> bool:
        """Another program wrote the file since it was read: ask, never overwrite unseen."""
        choice = save_conflict.ask(self, path)
        if choice is save_conflict.Choice.COPY:
            return self.save_as()
        if choice is save_conflict.Choice.REPLACE:
            return self._write(path, force=True)
        if choice is save_conflict.Choice.COMPARE:
            read = self._read(path)
            if read is not None:
                self._show_compare(CompareDialog(self.editor, self, read[0], tr("On disk")))
        return False

    def _folder(self) -> Path:
        return self.editor.path.parent if self.editor.path else Path.home()

    # ---- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """The recently opened or saved files, newest first."""
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.recent_files() if p != str(path.resolve())
        ]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_files():
            self.recent_menu.addAction(entry, lambda p=entry: self.open_path(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)

    # ---- window events ------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.recovery.discard()  # saved or discarded by the user: no crash copy to keep
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

    def compare(self) -> None:
        """Open the as-is vs to-be comparison."""
        self._show_compare(CompareDialog(self.editor, self))

    def _show_compare(self, dialog: CompareDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.compare_dialog = dialog

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, and the mouse gestures, for the help."""
        rows = []
        for action in self.findChildren(QAction):
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys and action.text():
                rows.append((action.text().replace("&", ""), keys))
        rows += [
            (tr("Zoom at the mouse"), tr("Ctrl + mouse wheel")),
            (tr("Pan"), tr("Space + drag, or the middle mouse button")),
            (tr("Add a card in a stage"), tr("Double-click in the stage's column")),
            (tr("Connect two cards"), tr("Drag from a card's round handle to the other card")),
            (tr("Select several cards"), tr("Drag a frame around them")),
            (tr("Next / previous stage (presentation)"), tr("Arrow keys")),
        ]
        return sorted(set(rows), key=lambda row: row[0].casefold())

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts."""
        table = "".join(
            f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>" for what, keys in self.shortcuts()
        )
        box = QMessageBox(self)
        box.setWindowTitle(tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table cellspacing='6'>{table}</table>")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def report_error(self, title: str, message: str) -> None:
        """Tell the user what went wrong: a message box, or stderr when not interactive."""
        if self.interactive:
            QMessageBox.critical(self, title, message)
        else:
            print(f"journeymap: {message}", file=sys.stderr)

    def about(self) -> None:
        """Show the version and what the tool is for."""
        QMessageBox.about(
            self,
            tr("About journeymap"),
            tr(
                "<h3>journeymap {}</h3><p>Offline customer-journey mapping for CX teams.</p>"
                "<p>MIT licence.</p>"
            ).format(__version__),
        )
