"""The File ▸ Export menu: the Excel workbook, the fill-in sheet and the slide deck (the
same code as the command line), the map as PNG, SVG or PDF, and print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from journeymap.model.figures import UNKNOWN_SEGMENT
from journeymap.model.messages import Message
from journeymap.ui import map_pictures
from journeymap.ui.canvas.legend import MapOptions
from journeymap.ui.editor import Editor
from journeymap.ui.fields import commit_pending_edits
from journeymap.ui.figure_words import segment_words
from journeymap.ui.file_dialogs import ask_save_path, file_stem, with_suffix
from journeymap.ui.messages import reason_of, render


def tr(text: str) -> str:
    """Translate a user-visible text of the export menu."""
    return QCoreApplication.translate("Exports", text)


class Exporter:
    """Asks where to write, writes, and reports the outcome through the window."""

    def __init__(self, parent: QWidget, editor: Editor, report: Callable[[str, str], None],
                 status: Callable[[str], None],
                 map_options: Callable[[], MapOptions] = MapOptions,
                 language: str = "en") -> None:  # fmt: skip
        self.parent, self.editor, self.report, self.status = parent, editor, report, status
        self.map_options = map_options  # the View menu's choices, for the map to match
        # the files speak the window's language, as the map pictures drawn by it do
        self.language = language

    def _ask(self, title: str, suffix: str, filter_text: str, name: str = "{}") -> Path | None:
        """Ask where to write; the suggestion is ``name`` filled in with the journey's
        name, so exports of different kinds do not overwrite each other."""
        journey = self.editor.journey
        stem = name.format(file_stem(journey.name if journey else "", tr("journey")))
        folder = self.editor.path.parent if self.editor.path else Path.home()
        path, _ = ask_save_path(self.parent, title, folder / f"{stem}{suffix}", filter_text)
        return None if path is None else with_suffix(path, suffix)

    def _run(self, path: Path, write: Callable[[], object]) -> bool:
        from journeymap.storage import DocumentFileError

        commit_pending_edits()  # text still being typed in the inspector is part of it
        try:
            write()
        except (OSError, DocumentFileError) as error:
            self.report(tr("Cannot export"), f"{path}: {reason_of(error)}")
            return False
        self.status(tr("Wrote {}").format(path))
        return True

    def workbook(self, path: Path | None = None) -> bool:
        """The gap-report workbook of every journey, its figures counting the answers the
        gap table shows (the segment and survey chosen there)."""
        from journeymap.excel.workbook import export_workbook  # openpyxl loads only now

        path = path or self._ask(tr("Export gap report"), ".xlsx", tr("Excel workbook (*.xlsx)"),
                                 tr("{} – gap report"))  # fmt: skip
        doc, view = self.editor.doc, self.editor.figure_view
        return bool(path) and self._run(
            path, lambda: export_workbook(doc, path, doc.journeys, view, language=self.language)
        )

    def template(self, path: Path | None = None) -> bool:
        """The fill-in sheet for targets and measured values; its counts are the chosen
        segment's (all respondents unless a named segment is chosen)."""
        from journeymap.excel.template import export_template

        path = path or self._ask(tr("Export fill-in sheet"), ".xlsx", tr("Excel workbook (*.xlsx)"),
                                 tr("{} – fill-in sheet"))  # fmt: skip
        doc, view = self.editor.doc, self.editor.figure_view
        segment = view.segment or ""
        warnings: list[Message] = []
        written = bool(path) and self._run(
            path,
            lambda: warnings.extend(
                export_template(doc, path, doc.journeys, segment, self.language)
            ),
        )
        if written and (view.source is not None or view.segment == UNKNOWN_SEGMENT):
            QMessageBox.information(
                self.parent,
                tr("The fill-in sheet counts every survey"),
                tr("A fill-in sheet holds the counts of all surveys, for all respondents or "
                   "one named segment. This one is for {}.").format(
                    segment_words(view.segment or None)
                ),
            )  # fmt: skip
        if written and warnings:  # texts Excel would cut: say so now, not after the round trip
            QMessageBox.warning(
                self.parent,
                tr("Some texts are too long for Excel"),
                "\n".join(render(w) for w in warnings),
            )
        return written

    def slides(self, path: Path | None = None) -> bool:
        """The slide deck of every journey (journeymap/deck), in the window's language, its
        figures counting the answers the gap table shows, its maps as the View menu shows
        them."""
        from journeymap.deck.writer import export_deck  # python-pptx loads only now
        from journeymap.ui.slide_pictures import deck_map_drawer

        path = path or self._ask(tr("Export slides"), ".pptx",
                                 tr("PowerPoint presentation (*.pptx)"),
                                 tr("{} – slides"))  # fmt: skip
        doc, view = self.editor.doc, self.editor.figure_view
        name = self.editor.path.stem if self.editor.path else ""
        drawer = deck_map_drawer(doc, self.map_options())
        return bool(path) and self._run(
            path, lambda: export_deck(doc, path, doc.journeys, drawer, view, self.language, name)
        )

    def _scene(self, journey_id: str | None = None):
        journey_id = journey_id or self.editor.journey_id
        if not journey_id or journey_id not in self.editor.doc:
            return None
        return map_pictures.journey_scene(self.editor.doc, journey_id, self.map_options())

    def png(self, path: Path | None = None, dpi: int | None = None) -> bool:
        """The map of the journey on show as a PNG, at a resolution the user picks."""
        if dpi is None:
            title, label = tr("Export map as PNG"), tr("Resolution (dots per inch):")
            dpi, ok = QInputDialog.getInt(self.parent, title, label, 150, 24, 1200, 25)
            if not ok:
                return False
        path = path or self._ask(tr("Export map as PNG"), ".png", tr("PNG picture (*.png)"))
        scene = self._scene()
        return bool(path and scene) and self._run(
            path, lambda: map_pictures.write_png(scene, path, dpi)
        )

    def svg(self, path: Path | None = None) -> bool:
        """The map of the journey on show as an SVG drawing."""
        path = path or self._ask(tr("Export map as SVG"), ".svg", tr("SVG drawing (*.svg)"))
        scene = self._scene()
        return bool(path and scene) and self._run(path, lambda: map_pictures.write_svg(scene, path))

    def pdf(self, page: str, path: Path | None = None) -> bool:
        """Every journey's map as a vector PDF, one landscape page each."""
        path = path or self._ask(tr("Export map as PDF"), ".pdf", tr("PDF document (*.pdf)"))
        doc = self.editor.doc
        pages = [self._scene(j.id) for j in doc.journeys]
        return bool(path) and self._run(path, lambda: map_pictures.write_pdf(pages, path, page))

    def print_map(self) -> None:
        """Print the journey on show (landscape), through the system's print dialog."""
        scene = self._scene()
        if scene is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            map_pictures.print_pages(printer, [scene])

    def fill_menu(self, menu: QMenu, add: Callable[..., object]) -> None:
        """Put the export actions into a menu; ``add(menu, text, slot, shortcut)``."""
        add(menu, tr("Gap report as &Excel workbook…"), lambda: self.workbook(), "Ctrl+E")
        add(menu, tr("&Fill-in sheet for survey figures…"), lambda: self.template())
        add(menu, tr("S&lides (PowerPoint)…"), lambda: self.slides())
        menu.addSeparator()
        add(menu, tr("Map as &PNG…"), lambda: self.png())
        add(menu, tr("Map as &SVG…"), lambda: self.svg())
        add(menu, tr("Map as PDF (A&4 landscape)…"), lambda: self.pdf("A4"))
        add(menu, tr("Map as PDF (A&3 landscape)…"), lambda: self.pdf("A3"))
