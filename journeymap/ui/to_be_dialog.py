"""Journey ▸ Create to-be from selected solutions: tick the solutions the plan holds, and
OK adds the to-be journey with them realised (one undo step) and shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.entities import Journey, Solution
from journeymap.model.to_be import create_to_be, solutions_for
from journeymap.ui.editor import Editor


def tr(text: str) -> str:
    """Translate a user-visible text of the to-be dialog."""
    return QCoreApplication.translate("ToBeDialog", text)


def solution_row(editor: Editor, solution: Solution) -> list[str]:
    """A solution's row: its title, its opportunity's, and the to-be journey it is realised
    in already (a solution that names the as-is journey it will change is not realised)."""
    realised = (
        solution.journey_id in editor.doc
        and editor.doc.journey(solution.journey_id).state == "to-be"
    )
    return [
        solution.title,
        editor.doc.get(solution.opportunity_id).title,
        editor.doc.journey(solution.journey_id).name if realised else "",
    ]


class ToBeDialog(QDialog):
    """The solutions for the journey on show, each with a check box; OK is enabled while
    one is ticked."""

    def __init__(self, editor: Editor, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.journey = journey
        self.setWindowTitle(tr("Create to-be from selected solutions"))
        self.resize(1000, 380)
        self.choices = QTreeWidget()
        self.choices.setHeaderLabels([tr("Solution"), tr("Opportunity"), tr("Realised in")])
        self.choices.setRootIsDecorated(False)
        for solution in solutions_for(editor.doc, journey):
            item = QTreeWidgetItem(solution_row(editor, solution))
            item.setData(0, Qt.ItemDataRole.UserRole, solution.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.choices.addTopLevelItem(item)
        for column in (0, 1):
            self.choices.resizeColumnToContents(column)
        self.choices.itemChanged.connect(self._enable_ok)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        intro = QLabel(
            tr("“{}” is copied as a to-be journey. The touchpoints of the ticked solutions "
               "take their opportunity's expected effects as targets; a solution without "
               "touchpoints becomes a new touchpoint. Survey figures stay with the as-is "
               "journey.").format(journey.name)
        )  # fmt: skip
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addWidget(self.choices)
        box.addWidget(self.buttons)
        self._enable_ok()

    def ticked(self) -> list[str]:
        """The ids of the ticked solutions, in the list's order."""
        items = (self.choices.topLevelItem(row) for row in range(self.choices.topLevelItemCount()))
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _enable_ok(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ticked()))

    def accept(self) -> None:
        """Create the to-be journey in one undo step and show it."""
        ids = self.ticked()
        if not ids or self.journey.id not in self.editor.doc:
            return
        solutions = [self.editor.doc.get(i) for i in ids]
        if self.editor.push(create_to_be(self.editor.doc, self.journey, solutions)):
            journeys = self.editor.doc.journeys
            self.editor.switch_journey(journeys[journeys.index(self.journey) + 1].id)
        super().accept()


def can_create_to_be(editor: Editor) -> bool:
    """Whether the journey on show has solutions to realise in a to-be journey."""
    journey = editor.journey
    return journey is not None and bool(solutions_for(editor.doc, journey))


def open_to_be(editor: Editor, parent: QWidget) -> None:
    """Open the dialog for the journey on show (window-modal; it deletes itself)."""
    if can_create_to_be(editor):
        dialog = ToBeDialog(editor, editor.journey, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
