"""As-is vs to-be: two journeys side by side, with the differences per touchpoint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.compare import ADDED, CHANGED, REMOVED, compare_journeys, counterpart
from journeymap.model.document import Document
from journeymap.ui.canvas.scene import JourneyScene
from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.editor import Editor
from journeymap.ui.journeys import journey_label
from journeymap.ui.messages import render

STATUS_COLOURS = {ADDED: "#d9f2e0", REMOVED: "#f8d7d7", CHANGED: "#fdf0d5"}


def tr(text: str) -> str:
    """Translate a user-visible text of the comparison."""
    return QCoreApplication.translate("Compare", text)


class CompareDialog(QDialog):
    """Pick two journeys; see both maps and a table of what changed.

    Both sides come from the open document (as-is against to-be), unless ``before`` is
    another document, such as the file on disk that changed since it was opened: then
    the left side lists that document's journeys and the right side the open one's."""

    def __init__(
        self,
        editor: Editor,
        parent: QWidget | None = None,
        before: Document | None = None,
        before_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.before_doc = before or editor.doc
        self.setWindowTitle(tr("Compare journeys"))
        self.resize(1400, 860)
        self.left, self.right = QComboBox(), QComboBox()
        self.scenes = [
            JourneyScene(self.before_doc, lambda _c: False, self),
            JourneyScene(editor.doc, lambda _c: False, self),
        ]
        self.views = [JourneyView() for _ in range(2)]
        for view, scene in zip(self.views, self.scenes, strict=True):
            if scene.doc is editor.doc:  # another document is a picture of itself
                scene.follow(editor)
            view.setScene(scene)
            view.setInteractive(False)  # a comparison is for looking, not editing
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Touchpoint"), tr("Status"), tr("What changed")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._focus_row)
        pickers = QGridLayout()
        pickers.addWidget(QLabel(before_title or tr("Before (as-is)")), 0, 0)
        pickers.addWidget(self.left, 0, 1)
        pickers.addWidget(QLabel(tr("After (to-be)") if before is None else tr("Open now")), 0, 2)
        pickers.addWidget(self.right, 0, 3)
        maps = QSplitter()
        for view in self.views:
            maps.addWidget(view)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(maps)
        body.addWidget(self.table)
        body.setSizes([520, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(body)
        for combo, doc in ((self.left, self.before_doc), (self.right, editor.doc)):
            for journey in doc.journeys:
                combo.addItem(journey_label(journey), journey.id)
        self._pick_pair(before is None)
        editor.document_replaced.connect(self.close)  # its journeys are gone
        self.left.currentIndexChanged.connect(self.refresh)
        self.right.currentIndexChanged.connect(self.refresh)
        self.differences: list = []
        self.refresh()

    def _pick_pair(self, as_is_and_to_be: bool) -> None:
        """Preselect the journey on show against its counterpart (as-is left, to-be right),
        or, across two documents, the journey on show on both sides."""
        current = self.editor.journey
        if current is None:
            return
        first, second = current, current
        if as_is_and_to_be:
            other = counterpart(self.editor.doc.journeys, current)
            first, second = (current, other) if current.state == "as-is" else (other, current)
        self.left.setCurrentIndex(max(0, self.left.findData(first.id if first else None)))
        self.right.setCurrentIndex(max(0, self.right.findData(second.id if second else None)))

    def refresh(self, *_: object) -> None:
        """Draw both journeys and list the differences."""
        ids = [self.left.currentData(), self.right.currentData()]
        for scene, view, journey_id in zip(self.scenes, self.views, ids, strict=True):
            scene.show_journey(journey_id)
            view.auto_fit = True
            view.fit()
        if None in ids:
            self.differences = []
        else:
            before, after = self.before_doc.journey(ids[0]), self.editor.doc.journey(ids[1])
            # another document is another version of these journeys: match by id
            self.differences = compare_journeys(
                before, after, self.before_doc is not self.editor.doc
            )
        labels = {
            ADDED: tr("added"),
            REMOVED: tr("removed"),
            CHANGED: tr("changed"),
            "same": tr("same"),
        }
        self.table.setRowCount(len(self.differences))
        for row, diff in enumerate(self.differences):
            details = "; ".join(render(detail) for detail in diff.details)
            cells = (diff.name, labels[diff.status], details)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if diff.status in STATUS_COLOURS:
                    item.setBackground(QBrush(QColor(STATUS_COLOURS[diff.status])))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _focus_row(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        diff = self.differences[min(rows)]
        for scene, view, tp_id in zip(self.scenes, self.views, (diff.before_id, diff.after_id),
                                      strict=True):  # fmt: skip
            scene.select_ids([tp_id] if tp_id else [])
            rect = scene.item_rect(tp_id) if tp_id else None
            if rect is not None:
                view.centre_on(rect)
