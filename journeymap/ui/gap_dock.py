"""The gap dock: the gap report as a sortable, filterable table that follows every edit.

It shows exactly what `journeymap analyze` prints (journeymap.model.report.gap_report);
selecting a row selects the touchpoint on the canvas and centres it; a right-click on a
row creates an opportunity to close that gap.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
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
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import AddObject
from journeymap.model.entities import Opportunity
from journeymap.model.figures import (
    UNKNOWN_SEGMENT,
    FigureView,
    has_unknown_segment,
    has_view,
    segments,
    sources,
)
from journeymap.model.links import Effect, Link
from journeymap.model.palette import RATING_SYMBOLS, RATING_TINTS
from journeymap.model.rating import gap_rating
from journeymap.model.report import GapRow, gap_report
from journeymap.model.vocabulary import METRICS
from journeymap.ui.canvas.spoken import rating_words
from journeymap.ui.editor import Editor
from journeymap.ui.figure_words import segment_words, source_words
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
        if attr == "gap" and role in LIGHT_ROLES:
            return _light(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "metric":
                return value.upper()
            if value is None:
                return ""
            if decimals is None:
                return str(value)
            shown = fixed(value, decimals) if decimals else whole(value)
            if attr == "n" and row.weighted:  # the effective sample size beside it
                shown = f"{shown} (≈{whole(round(row.n_eff))})"
            return f"{shown} ⚠" if attr == "n" and row.low_confidence and row.n else shown
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            if value is None:
                return float("-inf")
            return value if decimals is not None else str(value).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and decimals is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and attr == "n":
            return _n_tip(row)
        if role == Qt.ItemDataRole.ToolTipRole and attr == "measured" and row.sources:
            return tr("From: {}").format(", ".join(source_words(s) for s in row.sources))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.low_confidence
            and attr in ("measured", "gap")
        ):
            return QBrush(QColor("#7a5a00"))
        return None


#: The roles of a gap cell that its traffic light decides.
LIGHT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def _light(row: GapRow, role: int) -> Any:
    """A gap cell as the map's badge shows its light: the symbol before the figure (never
    the colour alone), the same tint as the workbook's cells, the legend's words on hover
    and for screen readers."""
    rating = gap_rating(row.metric, row.gap)
    figure = "" if row.gap is None else fixed(row.gap, 1)
    if role == Qt.ItemDataRole.DisplayRole:
        return f"{RATING_SYMBOLS[rating]} {figure}".strip()
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(f"#{RATING_TINTS[rating]}"))
    if role == Qt.ItemDataRole.ToolTipRole:
        return rating_words(rating)
    return f"{figure} {rating_words(rating)}".strip()


def _n_tip(row: GapRow) -> str | None:
    """What the n of a row means: its respondents, their effective sample size when the
    survey was weighted, and whether there are too few."""
    tips = []
    if row.weighted:
        tips.append(
            tr("Weighted survey: {} respondents count like {} unweighted ones (the "
               "effective sample size, which the margin uses)").format(
                whole(row.n), fixed(row.n_eff, 1)
            )
        )  # fmt: skip
    if row.low_confidence and row.n and row.weighted:
        tips.append(tr("An effective sample size below 30: low confidence"))
    elif row.low_confidence and row.n:
        tips.append(tr("Fewer than 30 responses: low confidence"))
    return "\n".join(tips) or None


class GapDock(QWidget):
    """The table with its segment, metric and text filters."""

    #: A touchpoint was picked in the table.
    touchpoint_picked = Signal(str)
    #: An opportunity was created for a row (its id): the opportunities dock shows it.
    opportunity_created = Signal(str)

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
        self.table.setAccessibleName(tr("Gaps to target"))
        self.table.setAccessibleDescription(
            tr("One row per touchpoint and metric, largest priority first; "
               "the light says on target, near it, off it or not measured")
        )  # fmt: skip
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._offer_menu)
        self.segment = QComboBox()
        self.segment.setToolTip(tr("Whose answers: all respondents or one segment"))
        self.segment.setAccessibleName(tr("Segment"))
        self.source = QComboBox()
        self.source.setToolTip(
            tr("Which survey: all of them (each respondent counted once) or one of them")
        )
        self.source.setAccessibleName(tr("Survey"))
        self.source_label = QLabel(tr("Survey"))
        for combo in (self.segment, self.source):  # the whole name, however long
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._segment_choices: list[str | None] = []
        self._source_choices: list[str | None] = []
        self.metric_filter = QComboBox()
        self.metric_filter.setAccessibleName(tr("Metric"))
        self.metric_filter.addItem(tr("All metrics"), None)
        for metric in METRICS:
            self.metric_filter.addItem(metric.upper(), metric)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by any text…"))
        self.filter.setAccessibleName(tr("Text filter"))
        self.filter.setClearButtonEnabled(True)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Segment")))
        bar.addWidget(self.segment)
        bar.addWidget(self.source_label)
        bar.addWidget(self.source)
        bar.addWidget(QLabel(tr("Metric")))
        bar.addWidget(self.metric_filter)
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.segment.currentIndexChanged.connect(self._choose_view)
        self.source.currentIndexChanged.connect(self._choose_view)
        self.metric_filter.currentIndexChanged.connect(self.refresh)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        # once per step, after a switch or a new document too: the map is drawn first
        editor.settled.connect(self.refresh)
        self.refresh()

    def _choose_view(self, *_: Any) -> None:
        """A segment or survey was chosen: every figure on show follows (the editor says
        so, and this table refreshes once things settle)."""
        segment = self._segment_choices[max(0, self.segment.currentIndex())]
        source = self._source_choices[max(0, self.source.currentIndex())]
        view, journey = FigureView(segment, source), self.editor.journey
        if journey is not None and not has_view(journey, view):  # a survey without it
            view = FigureView(None, source)
        self.editor.set_figure_view(view)

    def _show_choices(self) -> None:
        """The segments and surveys of the journey on show, the editor's view chosen."""
        journey = self.editor.journey
        view = self.editor.figure_view
        segment_choices: list[str | None] = [None]
        source_choices: list[str | None] = [None]
        if journey is not None:  # the segments of the survey chosen
            segment_choices += segments(journey, view.source)
            if has_unknown_segment(journey, view.source):
                segment_choices.append(UNKNOWN_SEGMENT)
            source_choices += sources(journey)
        if view.segment not in segment_choices or view.source not in source_choices:
            return  # the editor is about to count every respondent again
        _fill(self.segment, [segment_words(s) for s in segment_choices],
              segment_choices.index(view.segment))  # fmt: skip
        _fill(self.source, [source_words(s) for s in source_choices],
              source_choices.index(view.source))  # fmt: skip
        self._segment_choices, self._source_choices = segment_choices, source_choices
        several = len(source_choices) > 2  # only then is there a survey to choose
        self.source.setVisible(several)
        self.source_label.setVisible(several)

    def refresh(self, *_: Any) -> None:
        """Recompute the report for the journey on show, counting the chosen answers."""
        self._show_choices()
        journey = self.editor.journey
        metric = self.metric_filter.currentData()
        metrics = (metric,) if metric else METRICS
        view = self.editor.figure_view
        rows = gap_report(journey, view, metrics) if journey else []
        self.model.set_rows(rows)
        short = sum(1 for r in rows if r.gap is not None and r.gap < 0)
        low = sum(1 for r in rows if r.low_confidence and r.n)
        text = tr("{} rows · {} below target · {} with fewer than 30 responses").format(
            whole(len(rows)), whole(short), whole(low)
        )
        surveys = len({source for r in rows for source in r.sources})
        if surveys > 1:
            text += " · " + tr("{} surveys pooled, each respondent counted once").format(
                whole(surveys)
            )
        self.summary.setText(text)

    def _offer_menu(self, where: QPoint) -> None:
        """The right-click menu of a row (``where`` is in the table's viewport)."""
        index = self.table.indexAt(where)
        if not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        create = menu.addAction(tr("&Create opportunity for this gap"))
        create.triggered.connect(lambda: self.create_opportunity(row))
        menu.popup(self.table.viewport().mapToGlobal(where))

    def create_opportunity(self, row: GapRow) -> None:
        """An opportunity to close a row's gap, as one undo step: linked to the gap and its
        touchpoint, owned by the touchpoint's owner, aiming for the row's target."""
        tp_id, metric = row.touchpoint_id, row.metric
        opportunity = Opportunity(
            tr("Close the {} gap at ‘{}’").format(metric.upper(), row.touchpoint),
            owner=row.owner,
            links=[Link("gap", tp_id, metric), Link("touchpoint", tp_id)],
            effects=[] if row.target is None else [Effect(tp_id, metric, row.target)],
        )
        if self.editor.push(AddObject(opportunity)):
            self.opportunity_created.emit(opportunity.id)

    def _picked(self, *_: Any) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            row = self.model.rows[self.proxy.mapToSource(indexes[0]).row()]
            self.touchpoint_picked.emit(row.touchpoint_id)


def _fill(combo: QComboBox, texts: list[str], current: int) -> None:
    """Show these choices in a combo box, one of them chosen, without signalling a
    choice: only a person choosing changes the view."""
    combo.blockSignals(True)
    if [combo.itemData(i) for i in range(combo.count())] != texts:
        combo.clear()
        for text in texts:
            combo.addItem(text, text)
    combo.setCurrentIndex(current)
    combo.blockSignals(False)
