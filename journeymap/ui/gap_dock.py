"""The gap dock: the gap report as a sortable, filterable table that follows every edit.

It shows exactly what `journeymap analyze` prints (journeymap.model.report.gap_report);
selecting a row selects the touchpoint on the canvas and centres it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.figures import FigureView, segments
from journeymap.model.rating import gap_rating
from journeymap.model.report import GapRow, gap_report
from journeymap.model.vocabulary import METRICS
from journeymap.ui.canvas.colors import RATING_COLORS
from journeymap.ui.editor import Editor
from journeymap.ui.numbers import fixed, whole

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate a user-visible text of the gap dock."""
    return QCoreApplication.translate("GapDock", text)


#: (header, GapRow attribute, decimals or None for text)
COLUMNS = (
    ("Stage", "stage", None),
    ("Touchpoint", "touchpoint", None),
    ("Channel", "channel", None),
    ("Owner", "owner", None),
    ("Metric", "metric", None),
    ("Target", "target", 1),
    ("Measured", "measured", 1),
    ("Gap", "gap", 1),
    ("±", "margin", 1),
    ("n", "n", 0),
    ("Priority", "priority", 1),
)


class GapTableModel(QAbstractTableModel):
    """Gap rows as a table; numbers sort as numbers, empty cells last."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[GapRow] = []

    def set_rows(self, rows: list[GapRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                "Gap": tr("Measured minus target; negative falls short"),
                "±": tr("Margin of error (95 %)"),
                "Priority": tr("Shortfall × importance × volume weight (see docs/metrics.md)"),
            }.get(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        _, attr, decimals = COLUMNS[index.column()]
        value = getattr(row, attr)
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "metric":
                return value.upper()
            if value is None:
                return ""
            if decimals is None:
                return str(value)
            shown = fixed(value, decimals) if decimals else whole(value)
            return f"{shown} ⚠" if attr == "n" and row.low_confidence and row.n else shown
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            if value is None:
                return float("-inf")
            return value if decimals is not None else str(value).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and decimals is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and attr == "gap":
            return QBrush(RATING_COLORS[gap_rating(row.metric, row.gap)].lighter(150))
        if role == Qt.ItemDataRole.ToolTipRole and attr == "n" and row.low_confidence:
            return tr("Fewer than 30 responses: low confidence")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.low_confidence
            and attr in ("measured", "gap")
        ):
            return QBrush(QColor("#7a5a00"))
        return None


class GapDock(QWidget):
    """The table with its segment, metric and text filters."""

    #: A touchpoint was picked in the table.
    touchpoint_picked = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.model = GapTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.segment = QComboBox()
        self.segment.setToolTip(tr("Whose answers: all respondents or one segment"))
        self.metric_filter = QComboBox()
        self.metric_filter.addItem(tr("All metrics"), None)
        for metric in METRICS:
            self.metric_filter.addItem(metric.upper(), metric)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by any text…"))
        self.filter.setClearButtonEnabled(True)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Segment")))
        bar.addWidget(self.segment)
        bar.addWidget(QLabel(tr("Metric")))
        bar.addWidget(self.metric_filter)
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.segment.currentIndexChanged.connect(self.refresh)
        self.metric_filter.currentIndexChanged.connect(self.refresh)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        # once per step, after a switch or a new document too: the map is drawn first
        editor.settled.connect(self.refresh)
        self.refresh()

    def _fill_segments(self) -> None:
        journey = self.editor.journey
        wanted = segments(journey) if journey else []
        current = self.segment.currentData()
        have = [self.segment.itemData(i) for i in range(1, self.segment.count())]
        if self.segment.count() and have == wanted:
            return
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(tr("All respondents"), None)
        for name in wanted:
            self.segment.addItem(name, name)
        self.segment.setCurrentIndex(max(0, self.segment.findData(current)))
        self.segment.blockSignals(False)

    def refresh(self, *_: Any) -> None:
        """Recompute the report for the journey on show."""
        self._fill_segments()
        journey = self.editor.journey
        metric = self.metric_filter.currentData()
        rows = (
            gap_report(
                journey, FigureView(self.segment.currentData()), (metric,) if metric else METRICS
            )
            if journey
            else []
        )
        self.model.set_rows(rows)
        short = sum(1 for r in rows if r.gap is not None and r.gap < 0)
        low = sum(1 for r in rows if r.low_confidence and r.n)
        self.summary.setText(
            tr("{} rows · {} below target · {} with fewer than 30 responses").format(
                whole(len(rows)), whole(short), whole(low)
            )
        )

    def _picked(self, *_: Any) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            row = self.model.rows[self.proxy.mapToSource(indexes[0]).row()]
            self.touchpoint_picked.emit(row.touchpoint_id)
