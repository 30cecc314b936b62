"""The paths dock: the ways through the journey on show, as the graph predicts them
(journeymap.model.graph's most probable entry-to-exit paths) beside the ones a contact log
showed (Journey.observed_paths, for a discovered journey).

Clicking a path selects its touchpoints and the transitions between them on the map. The
lists follow every edit, undo and switch of journey; they are computed only while the dock
is on screen (the graph analysis loads networkx, which start-up does without).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.entities import Journey
from journeymap.model.observed import case_shares
from journeymap.ui.editor import Editor
from journeymap.ui.numbers import percent, whole

PATH_IDS = Qt.ItemDataRole.UserRole  # a row's touchpoint ids


def tr(text: str) -> str:
    """Translate a user-visible text of the paths dock."""
    return QCoreApplication.translate("PathsDock", text)


def _path_list(name: str, headers: Sequence[str]) -> QTreeWidget:
    """A flat list of paths named ``name`` (for screen readers): the path's names stretch,
    the figures take what they need."""
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _row(names: list[str], ids: Sequence[str], figures: list[str]) -> QTreeWidgetItem:
    """A path's row: its touchpoints joined by arrows (one a line in the tooltip), then its
    figures, right-aligned."""
    item = QTreeWidgetItem([" → ".join(names), *figures])
    item.setToolTip(0, "\n→ ".join(names))
    item.setData(0, PATH_IDS, list(ids))
    for column in range(1, len(figures) + 1):
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _pane(heading: str, *widgets: QWidget) -> QWidget:
    """A heading over a list and its notes."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(heading)
    font = QFont(title.font())
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    for widget in widgets:
        layout.addWidget(widget)
    return pane


def path_selection(journey: Journey, ids: Sequence[str]) -> list[str]:
    """What selecting a path selects: its touchpoints, each once, and the transitions
    between consecutive ones."""
    steps = set(itertools.pairwise(ids))
    links = [t.id for t in journey.transitions if (t.source, t.target) in steps]
    return list(dict.fromkeys(ids)) + links


class PathsDock(QWidget):
    """Two lists side by side: "Predicted by the graph" and "Observed in the log"."""

    #: A path was picked: the id of its first touchpoint, for the map to show.
    path_picked = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.predicted = _path_list(tr("Predicted by the graph"), [tr("Path"), tr("Probability")])
        self.predicted_note = QLabel()
        self.predicted_note.setWordWrap(True)
        self.observed = _path_list(
            tr("Observed in the log"), [tr("Path"), tr("Cases"), tr("Share of cases")]
        )
        self.no_log = QLabel(tr("No contact log behind this journey"))
        self.no_log.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_log.setSizePolicy(self.observed.sizePolicy())
        splitter = QSplitter()
        splitter.addWidget(_pane(tr("Predicted by the graph"), self.predicted, self.predicted_note))
        splitter.addWidget(_pane(tr("Observed in the log"), self.observed, self.no_log))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._stale = True  # the document changed since the lists were filled
        self._picked: list[str] = []  # what the last path picked selected
        for tree in (self.predicted, self.observed):
            tree.itemSelectionChanged.connect(lambda t=tree: self._pick(t))
        editor.changed.connect(self._mark_stale)
        editor.journey_switched.connect(self._mark_stale)
        editor.document_replaced.connect(self._mark_stale)
        editor.selection_changed.connect(self._selection_moved)
        editor.settled.connect(self._refresh_if_shown)

    def _mark_stale(self, *_: object) -> None:
        self._stale = True

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_if_shown()  # changes made while the dock was hidden

    def refresh(self) -> None:
        """Fill both lists from the journey on show."""
        from journeymap.model.graph import analyze  # networkx loads on first use

        self._stale = False
        self._picked = []
        journey = self.editor.journey
        for tree in (self.predicted, self.observed):
            tree.blockSignals(True)
            tree.clear()
        if journey is not None:
            names = {tp.id: tp.name for tp in journey.touchpoints}
            analysis = analyze(journey)
            for path in analysis.paths:
                ids = path.touchpoint_ids
                row = _row([names[i] for i in ids], ids, [percent(path.probability, 1)])
                self.predicted.addTopLevelItem(row)
            for seen, share in zip(journey.observed_paths, case_shares(journey), strict=True):
                ids = seen.touchpoint_ids
                figures = [whole(seen.cases), percent(share, 1)]
                known = [names[i] for i in ids if i in names]  # a touchpoint may be deleted
                self.observed.addTopLevelItem(_row(known, ids, figures))
            note = "" if analysis.paths_complete else tr(
                "The path search stopped at its cap: less likely paths are not listed."
            )  # fmt: skip
            if not analysis.paths:
                note = tr("No path leads from an entry to an exit.")
            self.predicted_note.setText(note)
        for tree in (self.predicted, self.observed):
            tree.blockSignals(False)
        self.predicted_note.setVisible(bool(self.predicted_note.text()) and journey is not None)
        observed = journey is not None and bool(journey.observed_paths)
        self.observed.setVisible(observed)
        self.no_log.setVisible(not observed)

    def _pick(self, tree: QTreeWidget) -> None:
        """A path was clicked: select it on the map (and nothing in the other list)."""
        items = tree.selectedItems()
        journey = self.editor.journey
        if not items or journey is None:
            return
        other = self.observed if tree is self.predicted else self.predicted
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        ids = [i for i in items[0].data(0, PATH_IDS) if i in self.editor.doc]
        self._picked = path_selection(journey, ids)
        self.editor.select(self._picked)
        if ids:
            self.path_picked.emit(ids[0])

    def _selection_moved(self, ids: list[str]) -> None:
        """Something else was selected: no path is picked any more (a click on the same
        path selects it again)."""
        if set(ids) != set(self._picked):
            self._picked = []
            for tree in (self.predicted, self.observed):
                tree.blockSignals(True)
                tree.clearSelection()
                tree.blockSignals(False)
