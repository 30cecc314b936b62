"""File ▸ Team library…: connect to a library by its URL (or a recent one, or a browsed
.jmaplib file), find a document by name, owner or tag, and open it or see its history.

The dialog only asks; opening, comparing and restoring are the controller's
(ui/library_documents.py), which it tells through signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.errors import LibraryError
from journeymap.storage.library import (
    DocumentEntry,
    library_url,
    list_documents,
    set_details,
    shown_url,
)
from journeymap.storage.library.access import can_write
from journeymap.ui.file_dialogs import ask_open_path
from journeymap.ui.library_banner import shown_time
from journeymap.ui.library_recent import recent_libraries, remember_library
from journeymap.ui.library_tasks import LibrarySession
from journeymap.ui.messages import problem_of

#: The table's columns, as the user reads them.
COLUMNS = ("Name", "Owner", "Review by", "Tags", "Revision", "Author", "Saved")
LIBRARY_FILTER = "Team library (*.jmaplib);;All files (*)"


def tr(text: str) -> str:
    """Translate a user-visible text of the team library dialog."""
    return QCoreApplication.translate("LibraryDialog", text)


def _listing(url: str) -> tuple[list[DocumentEntry], bool]:
    """The library's documents and whether this user may save to it (one background job)."""
    return list_documents(url), can_write(url)


class LibraryDialog(QDialog):
    """Connect, search and pick a document of a team library."""

    #: Open a document: the library's shown URL, the name, the revision (None: latest).
    open_requested = Signal(str, str, object)
    #: Show the history of a document: the library's shown URL and the name.
    history_requested = Signal(str, str)

    def __init__(self, session: LibrarySession, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowTitle(tr("Team library"))
        self.resize(900, 520)
        self.connected = ""  # the shown URL of the library listed below
        self.entries: list[DocumentEntry] = []

        self.url_box = QComboBox()
        self.url_box.setEditable(True)
        self.url_box.addItems(recent_libraries(settings))
        self.url_box.lineEdit().setPlaceholderText(
            tr("team.jmaplib or postgresql+psycopg://user@host/database")
        )
        self.url_box.setMinimumWidth(460)
        self.url_box.lineEdit().returnPressed.connect(self.connect_library)
        self.browse_button = QPushButton(tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.connect_button = QPushButton(tr("Connect"))
        self.connect_button.clicked.connect(self.connect_library)
        self.connect_button.setAutoDefault(False)
        where = QHBoxLayout()
        where.addWidget(QLabel(tr("Library:")))
        where.addWidget(self.url_box, 1)
        where.addWidget(self.browse_button)
        where.addWidget(self.connect_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, owner or tag"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status = QLabel(tr("Not connected"))

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the room
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.table.cellDoubleClicked.connect(lambda *_: self._open())

        self.open_button = QPushButton(tr("Open"))
        self.open_button.clicked.connect(self._open)
        self.history_button = QPushButton(tr("History…"))
        self.history_button.clicked.connect(self._history)
        self.details_button = QPushButton(tr("Details…"))
        self.details_button.setToolTip(tr("Owner, review-by date and tags"))
        self.details_button.clicked.connect(self._details)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.open_button, self.history_button, self.details_button, close):
            button.setAutoDefault(False)  # Return in the URL field connects, nothing else
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.details_button)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._enable_buttons()

    # ---- connecting -------------------------------------------------------------
    def _browse(self) -> None:
        start = Path(self.url_box.currentText()).expanduser()
        path = ask_open_path(
            self, tr("Open a team library"), start if start.exists() else Path.home(),
            tr(LIBRARY_FILTER),
        )  # fmt: skip
        if path is not None:
            self.url_box.setEditText(str(path))
            self.connect_library()

    def connect_library(self) -> None:
        """List the documents of the library named in the URL field (in the background)."""
        text = self.url_box.currentText().strip()
        if not text or self.session.is_busy():
            return
        shown = self.session.keep_password(text)
        if shown_url(text) != library_url(text):
            self.url_box.setEditText(shown)  # a typed password leaves the field at once
        self.connect_button.setEnabled(False)
        self.status.setText(tr("Connecting…"))
        self.session.run(
            tr("Connecting to {}…").format(shown), shown, _listing,
            lambda listing: self._connected(shown, *listing), self._not_connected, self,
        )  # fmt: skip

    def _connected(self, shown: str, entries: list[DocumentEntry], writable: bool) -> None:
        self.connect_button.setEnabled(True)
        self.connected, self.entries = shown, entries
        if writable:
            self.session.read_only.discard(shown)
        else:
            self.session.read_only.add(shown)
        remember_library(self.settings, shown)
        count = tr("Documents: {}").format(len(entries))
        self.status.setText(count if writable else tr("{} (read-only)").format(count))
        self._fill()

    def _not_connected(self, error: LibraryError) -> None:
        self.connect_button.setEnabled(True)
        self.status.setText(tr("Not connected"))
        QMessageBox.critical(self, tr("Cannot open the library"), problem_of(error))

    def refresh(self) -> None:
        """List the connected library's documents again (after a save or a restore)."""
        if self.connected:
            self.url_box.setEditText(self.connected)
            self.connect_library()

    # ---- the table --------------------------------------------------------------
    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (entry.name, entry.owner, entry.review_by or "", ", ".join(entry.tags),
                     str(entry.revision), entry.author, shown_time(entry.saved_at))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._filter()

    def _filter(self, *_: object) -> None:
        """Show only the documents whose name, owner or a tag holds the search text."""
        wanted = self.search.text().strip().casefold()
        for row, entry in enumerate(self.entries):
            words = [entry.name, entry.owner, *entry.tags]
            self.table.setRowHidden(row, bool(wanted) and not any(
                wanted in word.casefold() for word in words))  # fmt: skip
        self._enable_buttons()

    def selected_name(self) -> str | None:
        """The name of the selected (visible) document, or None."""
        entry = self._selected_entry()
        return None if entry is None else entry.name

    def _selected_entry(self) -> DocumentEntry | None:
        rows = [index.row() for index in self.table.selectedIndexes()
                if not self.table.isRowHidden(index.row())]  # fmt: skip
        return self.entries[rows[0]] if rows else None

    def _enable_buttons(self) -> None:
        picked = self.selected_name() is not None
        self.open_button.setEnabled(picked)
        self.history_button.setEnabled(picked)
        self.details_button.setEnabled(picked and self.connected not in self.session.read_only)

    def _open(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.open_requested.emit(self.connected, name, None)

    def _history(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.history_requested.emit(self.connected, name)

    def _details(self) -> None:
        """Change the selected document's owner, review-by date and tags."""
        from journeymap.ui.library_details import DetailsDialog

        entry = self._selected_entry()
        if entry is None:
            return
        details = DetailsDialog(entry, self)
        if details.exec() != QDialog.DialogCode.Accepted:
            return
        owner, review_by, tags = details.chosen()
        self.session.run(
            tr("Saving the details of “{}”…").format(entry.name), self.connected,
            lambda url: set_details(url, entry.name, owner=owner, review_by=review_by,
                                    tags=tags),
            lambda _: self.refresh(),
            lambda error: QMessageBox.critical(self, tr("Cannot change the details"),
                                               problem_of(error)),
            self,
        )  # fmt: skip
