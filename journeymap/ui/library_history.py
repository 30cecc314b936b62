"""The history of one library document: every revision with its author, time and message,
to open, to compare with the open document, or to restore as the newest revision."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.errors import LibraryError
from journeymap.storage.library import Revision, history, restore
from journeymap.ui.library_banner import shown_time
from journeymap.ui.library_tasks import LibrarySession
from journeymap.ui.messages import problem_of

COLUMNS = ("Revision", "Author", "Saved", "Message")


def tr(text: str) -> str:
    """Translate a user-visible text of a library document's history."""
    return QCoreApplication.translate("LibraryHistory", text)


class HistoryDialog(QDialog):
    """The revisions of ``name`` in the library ``shown``, the newest first."""

    #: Open this revision: the library's shown URL, the name, the revision.
    open_requested = Signal(str, str, object)
    #: Compare this revision with the open document: the library, the name, the revision.
    compare_requested = Signal(str, str, int)
    #: A revision was restored as the newest: its number.
    restored = Signal(int)

    def __init__(self, session: LibrarySession, shown: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.shown, self.name = shown, name
        self.revisions: list[Revision] = []
        self.setWindowTitle(tr("History of “{}”").format(name))
        self.resize(760, 420)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # message
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.open_button = QPushButton(tr("Open this revision"))
        self.open_button.clicked.connect(
            lambda: self.open_requested.emit(shown, name, self.selected_revision())
        )
        self.compare_button = QPushButton(tr("Compare with the open document"))
        self.compare_button.clicked.connect(
            lambda: self.compare_requested.emit(shown, name, self.selected_revision())
        )
        self.restore_button = QPushButton(tr("Restore…"))
        self.restore_button.clicked.connect(self._restore)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.compare_button, self.restore_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("“{}” in {}").format(name, shown)))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable_buttons()
        self.reload()

    def reload(self) -> None:
        """Read the revisions again (in the background)."""
        name = self.name  # the job's thread touches no widget, not even for its attributes
        self.session.run(tr("Reading the history of “{}”…").format(name), self.shown,
                         lambda url: history(url, name), self._fill, self._cannot,
                         self)  # fmt: skip

    def _fill(self, revisions: list[Revision]) -> None:
        self.revisions = list(reversed(revisions))  # the newest first, as people look
        self.table.setRowCount(len(self.revisions))
        for row, revision in enumerate(self.revisions):
            cells = (str(revision.number), revision.author, shown_time(revision.created_at),
                     revision.message)  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._enable_buttons()

    def _cannot(self, error: LibraryError) -> None:
        QMessageBox.critical(self, tr("Cannot read the history"), problem_of(error))

    def selected_revision(self) -> int | None:
        """The number of the selected revision, or None."""
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.revisions[min(rows)].number if rows else None

    def _enable_buttons(self) -> None:
        picked = self.selected_revision() is not None
        for button in (self.open_button, self.compare_button, self.restore_button):
            button.setEnabled(picked)

    def _restore(self) -> None:
        number = self.selected_revision()
        if number is None:
            return
        answer = QMessageBox.question(
            self, tr("Restore revision"),
            tr("Save revision {} of “{}” again as its newest revision? Every revision "
               "stays in the history.").format(number, self.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        author, name = getpass.getuser(), self.name
        self.session.run(
            tr("Restoring revision {}…").format(number), self.shown,
            lambda url: restore(url, name, number, author=author),
            self._restored, self._cannot_restore, self,
        )  # fmt: skip

    def _restored(self, number: int) -> None:
        self.restored.emit(number)
        self.reload()

    def _cannot_restore(self, error: LibraryError) -> None:
        QMessageBox.critical(self, tr("Cannot restore the revision"), problem_of(error))
