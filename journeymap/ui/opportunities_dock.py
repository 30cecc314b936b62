"""The opportunities dock: the document's opportunities as a sortable, filterable table,
edited in place (each edit one undo step), that follows every change.

Clicking a row selects what the opportunity addresses on the map, switching to its
journey first when need be. Priority is journeymap.model.opportunities.priority.
"""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import AddObject, Command, RemoveObject, SetFields, object_name
from journeymap.model.document import Document
from journeymap.model.entities import Opportunity
from journeymap.model.events import ADDED, REMOVED, Event
from journeymap.model.links import Link
from journeymap.model.opportunities import is_open, linked_ids, priority
from journeymap.model.validation import iso_date
from journeymap.model.vocabulary import OPPORTUNITY_STATES
from journeymap.ui.editor import Editor
from journeymap.ui.numbers import fixed, whole
from journeymap.ui.opportunity_words import status_words

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
SORT = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    """Translate a user-visible text of the opportunities dock."""
    return QCoreApplication.translate("OpportunitiesDock", text)


#: (header, the Opportunity field it shows or "" for the priority computed from them,
#: the range of a number's spin box or None)
COLUMNS: tuple[tuple[str, str, tuple[int, int] | None], ...] = (
    ("Title", "title", None),
    ("Status", "status", None),
    ("Owner", "owner", None),
    ("Due", "due", None),
    ("Customer value", "customer_value", (0, 100)),
    ("Business value", "business_value", (0, 100)),
    ("Effort", "effort", (1, 5)),
    ("Priority", "", None),
    ("Addresses", "links", None),
)
PRIORITY_COLUMN = 7
#: Headers' tooltips.
HEADER_TIPS = {
    "Due": "The date it is due, YYYY-MM-DD",
    "Customer value": "What it is worth to the customer, 0-100",
    "Business value": "What it is worth to the business, 0-100",
    "Effort": "What it costs, from 1 (little) to 5 (a lot)",
    "Priority": "Mean of customer and business value per point of effort (see docs/metrics.md)",
    "Addresses": "The touchpoints, transitions, notes and gaps it is about",
}


def link_words(doc: Document, link: Link) -> str:
    """What a link names, in the interface's words: "Call hotline", "Call hotline: CSAT
    gap", "Order → Delivery", "note ‘Waits 20 minutes’"."""
    if link.id not in doc:
        return tr("(no longer in the document)")
    name = object_name(doc, doc.get(link.id))
    if link.kind == "gap":
        return tr("{}: {} gap").format(name, link.metric.upper())
    return tr("note ‘{}’").format(name) if link.kind == "note" else name


class OpportunityTableModel(QAbstractTableModel):
    """The document's opportunities, one a row in the document's order (the proxy sorts);
    an edit is pushed as a command and shows once the document says it changed."""

    def __init__(self, push: Callable[[Command], bool]) -> None:
        super().__init__()
        self.push = push
        self.doc = Document()
        self.ids: list[str] = []

    def show_document(self, doc: Document) -> None:
        """Show this document's opportunities as they are now: the same rows are
        refreshed in place (an editor open on one stays open), others reset the table."""
        ids = [o.id for o in doc.opportunities]
        if doc is self.doc and ids == self.ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.doc, self.ids = doc, ids
        self.endResetModel()

    def opportunity(self, row: int) -> Opportunity:
        """The opportunity of a row of this model."""
        return self.doc.get(self.ids[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        header = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and header in HEADER_TIPS:
            return tr(HEADER_TIPS[header])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if COLUMNS[index.column()][1] not in ("", "links"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        opportunity = self.opportunity(index.row())
        _, field, spin = COLUMNS[index.column()]
        if field == "":
            value: Any = priority(opportunity)
        elif field == "links":
            value = ", ".join(link_words(self.doc, link) for link in opportunity.links)
        else:
            value = getattr(opportunity, field)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "status":
                return status_words(value)
            if field == "":
                return fixed(value, 1)
            return whole(value) if spin else value
        if role == EDIT:
            return value
        if role == SORT:
            if field == "status":
                return OPPORTUNITY_STATES.index(value)
            return value.casefold() if isinstance(value, str) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and (spin or field == ""):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field in ("title", "links"):
            return opportunity.description or None if field == "title" else value
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        opportunity = self.opportunity(index.row())
        name = COLUMNS[index.column()][1]
        if name == "due" and isinstance(value, str):  # 28.02.2027, as German users type it
            value = iso_date(value)
        if getattr(opportunity, name) == value:
            return False
        # refused (a due date such as "31.02."): the editor tells the status bar why
        return bool(self.push(SetFields(opportunity.id, {name: value})))


class OpportunityFilter(QSortFilterProxyModel):
    """Rows of one state ("" every state, OPEN the open ones) and one owner (None every
    owner), containing the filter text in any column."""

    OPEN = "open"

    def __init__(self) -> None:
        super().__init__()
        self.wanted_status = self.OPEN
        self.wanted_owner: str | None = None
        self.setSortRole(SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def choose(self, status: str, owner: str | None) -> None:
        """Show the rows of this state and owner."""
        self.beginFilterChange()
        self.wanted_status, self.wanted_owner = status, owner
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, OpportunityTableModel)
        opportunity = source.opportunity(source_row)
        if self.wanted_status == self.OPEN and not is_open(opportunity):
            return False
        if self.wanted_status not in ("", self.OPEN) and opportunity.status != self.wanted_status:
            return False
        if self.wanted_owner is not None and opportunity.owner != self.wanted_owner:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class OpportunityDelegate(QStyledItemDelegate):
    """A drop-down for the status, spin boxes for the scores, a line for the texts."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        _, field, spin = COLUMNS[index.column()]
        if field == "status":
            combo = QComboBox(parent)
            for status in OPPORTUNITY_STATES:
                combo.addItem(status_words(status), status)
            # a choice made is a choice meant: no Enter needed
            combo.activated.connect(lambda _: self._finish(combo))
            return combo
        if spin is not None:
            box = QSpinBox(parent)
            box.setRange(*spin)
            return box
        return super().createEditor(parent, option, index)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(EDIT)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
        else:
            super().setModelData(editor, model, index)


class OpportunitiesDock(QWidget):
    """The table with its state, owner and text filters, and Add and Delete buttons."""

    #: An object an opportunity addresses was picked (its id): the map centres on it.
    object_picked = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.model = OpportunityTableModel(editor.push)
        self.proxy = OpportunityFilter()
        self.proxy.setParent(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Opportunities"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(OpportunityDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PRIORITY_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, 280)  # the titles are sentences
        header.resizeSection(2, 160)
        for column in range(3, PRIORITY_COLUMN + 1):  # dates and numbers: as wide as they are
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("All open"), OpportunityFilter.OPEN)
        self.status_filter.addItem(tr("All states"), "")
        for status in OPPORTUNITY_STATES:
            self.status_filter.addItem(status_words(status), status)
        self.status_filter.setToolTip(tr("Open: neither done nor dismissed"))
        self.status_filter.setAccessibleName(tr("Status"))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(tr("Owner"))
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by any text…"))
        self.filter.setAccessibleName(tr("Text filter"))
        self.filter.setClearButtonEnabled(True)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setToolTip(tr("Add an opportunity: a new idea, owned by nobody yet"))
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete the selected opportunity and its solutions"))
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Status")))
        bar.addWidget(self.status_filter)
        bar.addWidget(QLabel(tr("Owner")))
        bar.addWidget(self.owner_filter)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self._stale = True
        self._showing_selection = False  # True while a refresh puts the selection back
        self.status_filter.currentIndexChanged.connect(self._choose)
        self.owner_filter.currentIndexChanged.connect(self._choose)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button.clicked.connect(self.add_opportunity)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        editor.changed.connect(self._mark_stale)
        editor.document_replaced.connect(self._mark_stale)
        # once per step, not per event: a refresh mid-edit would close the cell's editor
        editor.settled.connect(self._refresh_if_stale)
        self.refresh()

    # ---- following the document -------------------------------------------------------
    def _mark_stale(self, event: Event | None = None) -> None:
        self._stale = True
        if event is not None and event.kind == "opportunity" and event.action in (ADDED, REMOVED):
            self.refresh()  # at once: a row whose opportunity is gone must never be drawn

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the opportunities as they are now, the selected one still selected."""
        self._stale = False
        chosen = self.selected_id()
        self.model.show_document(self.editor.doc)
        self._show_owners()
        if chosen and self.selected_id() != chosen and chosen in self.model.ids:
            self._showing_selection = True
            self._select_row(chosen)
            self._showing_selection = False
        self.delete_button.setEnabled(self.selected_id() is not None)
        opportunities = self.editor.doc.opportunities
        self.summary.setText(
            tr("{} opportunities · {} open").format(
                whole(len(opportunities)), whole(sum(1 for o in opportunities if is_open(o)))
            )
        )

    def _show_owners(self) -> None:
        """The owner filter's choices: every owner named, and nobody; the chosen one kept."""
        owners = sorted({o.owner for o in self.editor.doc.opportunities}, key=str.casefold)
        choices: list[str | None] = [None, *owners]
        combo = self.owner_filter
        if [combo.itemData(i) for i in range(combo.count())] == choices:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for owner in choices:
            combo.addItem(tr("All owners") if owner is None else owner or tr("(nobody)"), owner)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current in choices else 0)
        combo.blockSignals(False)
        self._choose()

    def _choose(self, *_: int) -> None:
        self.proxy.choose(self.status_filter.currentData(), self.owner_filter.currentData())

    # ---- selecting and editing ----------------------------------------------------
    def selected_id(self) -> str | None:
        """The id of the selected opportunity, if one is."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.model.ids:
            return None
        return self.model.ids[self.proxy.mapToSource(rows[0]).row()]

    def _row_index(self, opportunity_id: str, column: int = 0) -> QModelIndex:
        """The table's index of an opportunity's cell (invalid when filtered out)."""
        row = self.model.ids.index(opportunity_id)
        return self.proxy.mapFromSource(self.model.index(row, column))

    def _select_row(self, opportunity_id: str) -> None:
        index = self._row_index(opportunity_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def show_opportunity(self, opportunity_id: str, edit: bool = False) -> None:
        """Select an opportunity (the filters let it through), and open its title for
        editing when ``edit``."""
        self.refresh()
        if not self._row_index(opportunity_id).isValid():  # the filters hide it
            self.filter.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(""))
            self.owner_filter.setCurrentIndex(0)
        self._select_row(opportunity_id)
        if edit:
            self.table.setFocus()
            self.table.edit(self._row_index(opportunity_id))

    def add_opportunity(self) -> None:
        """Add a new idea, owned by nobody yet, and open its title for editing."""
        opportunity = Opportunity(tr("New opportunity"))
        if self.editor.push(AddObject(opportunity)):
            self.show_opportunity(opportunity.id, edit=True)

    def delete_selected(self) -> None:
        """Delete the selected opportunity (with its solutions), as one undo step."""
        opportunity_id = self.selected_id()
        if opportunity_id is not None:
            self.editor.push(RemoveObject(opportunity_id))
            self.refresh()

    def _picked(self, *_: Any) -> None:
        """A row was chosen: select what it addresses on the map, in its journey."""
        self.delete_button.setEnabled(self.selected_id() is not None)
        opportunity_id = self.selected_id()
        if opportunity_id is None or self._showing_selection:
            return
        doc = self.editor.doc
        where = {i: doc.journey_of(i) for i in linked_ids(doc.get(opportunity_id)) if i in doc}
        journeys = [j.id for j in where.values() if j is not None]
        if not journeys:
            return
        journey_id = self.editor.journey_id if self.editor.journey_id in journeys else journeys[0]
        self.editor.switch_journey(journey_id)
        here = [i for i, j in where.items() if j is not None and j.id == journey_id]
        self.editor.select(here)
        self.object_picked.emit(here[0])
