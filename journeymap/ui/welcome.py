"""The welcome page: recent files and the bundled samples, one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.vocabulary import LANGUAGES
from journeymap.samples import list_samples


def tr(text: str) -> str:
    """Translate a user-visible text of the welcome page."""
    return QCoreApplication.translate("Welcome", text)


def wrapping_list() -> QListWidget:
    """A list whose entries wrap onto more lines instead of being cut off: the columns of
    the welcome page are narrow when the docks are open, and German names are long."""
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrap anew when the width changes
    widget.setAlternatingRowColors(True)  # a wrapped name reads as one entry
    return widget


class WelcomePage(QWidget):
    """Start here: a new journey, a recent file, or a sample (opened as an untitled copy)."""

    open_path = Signal(str)
    open_sample = Signal(str)
    #: A map to review was chosen: its library (the URL without a password) and name.
    open_library_document = Signal(str, str)
    new_document = Signal()
    browse = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("journeymap"))
        title.setStyleSheet("font-size: 28px; font-weight: bold; color: #2c3e57;")
        intro = QLabel(
            tr(
                "Map your customers' journeys, put the survey figures beside each "
                "touchpoint, and leave the workshop with a ranked gap report."
            )
        )
        intro.setWordWrap(True)
        new = QPushButton(tr("New journey"))
        new.clicked.connect(self.new_document)
        browse = QPushButton(tr("Open…"))
        browse.clicked.connect(self.browse)
        self.recent = wrapping_list()
        self.recent.itemActivated.connect(
            lambda item: self.open_path.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.to_review_title = QLabel(f"<b>{tr('Maps to review')}</b>")
        self.to_review = wrapping_list()
        self.to_review.itemActivated.connect(self._open_to_review)
        self.to_review_title.hide()
        self.to_review.hide()
        self.samples = {lang: wrapping_list() for lang in LANGUAGES}
        for lang, widget in self.samples.items():
            for sample in list_samples(lang):
                item = QListWidgetItem(sample.title)
                item.setData(Qt.ItemDataRole.UserRole, str(sample.path))
                item.setToolTip(
                    tr("{}\nOpens a copy; the sample itself stays as it is.").format(sample.title)
                )
                widget.addItem(item)
            widget.itemActivated.connect(
                lambda item: self.open_sample.emit(item.data(Qt.ItemDataRole.UserRole))
            )
        grid = QGridLayout()
        grid.addWidget(QLabel(f"<b>{tr('Recent files')}</b>"), 0, 0)
        grid.addWidget(QLabel(f"<b>{tr('Sample journeys (English)')}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{tr('Beispiel-Journeys (Deutsch)')}</b>"), 0, 2)
        grid.addWidget(self.recent, 1, 0)
        grid.addWidget(self.samples["en"], 1, 1)
        grid.addWidget(self.samples["de"], 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addWidget(intro)
        buttons = QGridLayout()
        buttons.addWidget(new, 0, 0)
        buttons.addWidget(browse, 0, 1)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        layout.addLayout(grid)
        layout.addWidget(self.to_review_title)
        layout.addWidget(self.to_review)

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent files, newest first; missing ones are left out."""
        self.recent.clear()
        for path in paths:
            if Path(path).exists():
                item = QListWidgetItem(Path(path).name)
                item.setToolTip(path)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)
        if not self.recent.count():
            item = QListWidgetItem(tr("No recent files yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    # ---- maps to review (ui/maps_to_review.py fills them in) -----------------------------
    def clear_maps_to_review(self, asking: bool) -> None:
        """Empty the maps to review; shown (with a note that the libraries are being
        asked) only when there are libraries to ask."""
        self.to_review.clear()
        self.to_review_title.setVisible(asking)
        self.to_review.setVisible(asking)
        if asking:
            self._note(tr("Asking the recent team libraries…"))

    def add_maps_to_review(self, shown: str, found: list) -> None:
        """Add the stale documents of the library ``shown`` (StaleDocument entries)."""
        from journeymap.ui.library_format import library_label
        from journeymap.ui.messages import render

        self._drop_notes()
        for stale in found:
            reasons = "; ".join(render(reason) for reason in stale.reasons)
            item = QListWidgetItem(
                tr("{} — {} ({})").format(stale.entry.name, reasons, library_label(shown))
            )
            item.setToolTip(tr("{}\nOwner: {}\nOpens the latest revision from {}").format(
                stale.entry.name, stale.entry.owner or "—", shown))  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, (shown, stale.entry.name))
            self.to_review.addItem(item)
        if not self.to_review.count():
            self._note(tr("Nothing to review in the recent team libraries"))

    def add_unreachable_library(self, problem: str) -> None:
        """Say in one line that a recent library could not be asked."""
        self._drop_notes()
        self._note(problem)

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.to_review.addItem(item)

    def _drop_notes(self) -> None:
        """Remove the placeholder lines (not the problems a library reported)."""
        placeholders = (tr("Asking the recent team libraries…"),
                        tr("Nothing to review in the recent team libraries"))  # fmt: skip
        for row in reversed(range(self.to_review.count())):
            if self.to_review.item(row).text() in placeholders:
                self.to_review.takeItem(row)

    def _open_to_review(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.open_library_document.emit(*target)
