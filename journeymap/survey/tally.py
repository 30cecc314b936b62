"""Counting the answers of a survey file into distributions.

The rows of a chunk are counted with ``collections.Counter`` over ``itemgetter`` (C loops
over thousands of cells); only the few distinct values each chunk holds are then read
as answers in Python. So a million rows cost little more than the CSV parsing, and the
memory held is the distributions: touchpoints x metrics x segments x answer values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

from journeymap.errors import DocumentFileError
from journeymap.survey.answers import AnswerReader, Skip, cell_text
from journeymap.survey.layout import LONG, Layout, TouchpointMatcher, normalise, noted, quoted
from journeymap.survey.readers import Chunk, Row
from journeymap.survey.summary import SHOWN_ROWS

#: More segments than this is a column of respondent ids or free text, not a segment.
MAX_SEGMENTS: Final = 1000
#: Rows with rejected answers whose numbers are kept: those shown, and one to say "more".
KEPT_ROWS: Final = SHOWN_ROWS + 1
#: Distinct rejected values kept as examples.
SHOWN_VALUES: Final = 5
#: Distinct unmatched labels (long files) counted one by one; the rest are summed.
MAX_LABELS: Final = 1000
OTHER_LABELS: Final = "(other labels)"
#: Distinct cell combinations of a long file whose outcome is remembered.
MAX_OUTCOMES: Final = 100_000
#: Outcomes of a long row besides answers and skips.
OTHER_METRIC: Final = "other metric"
UNMATCHED: Final = "unmatched"

Key = tuple[str, str, str]  # touchpoint id, metric, segment


@dataclass
class Tally:
    """The distributions counted so far, and what was skipped or rejected on the way."""

    path: Path
    layout: Layout
    matcher: TouchpointMatcher | None  # None once detached
    readers: dict[str, AnswerReader]  # metric -> reader on its scale
    metric: str | None  # the one metric of a wide file; a filter for a long one
    counts: dict[Key, Counter[int]] = field(default_factory=dict)
    rows: int = 0
    blank: int = 0
    not_applicable: int = 0
    rejected: int = 0
    other_metric: int = 0
    rejected_rows: list[int] = field(default_factory=list)
    rejected_values: list[str] = field(default_factory=list)
    unmatched_labels: Counter[str] = field(default_factory=Counter)
    matched_labels: dict[str, str] = field(default_factory=dict)  # label -> touchpoint id
    _segments: dict[Any, str] = field(default_factory=dict)
    _segment_names: set[str] = field(default_factory=set)
    _outcomes: dict[Hashable, tuple[Key | None, Any, Any]] = field(default_factory=dict)

    def add(self, chunk: Chunk) -> None:
        """Count one chunk of rows."""
        if self.layout.kind == LONG:
            self._add_long(chunk)
        else:
            self._add_wide(chunk)
        self.rows = chunk.read

    # ---- wide: one row per respondent -------------------------------------------
    def _add_wide(self, chunk: Chunk) -> None:
        assert self.metric is not None
        read = self.readers[self.metric]
        bad: dict[int, set[Hashable]] = {}
        for segment, rows in self._by_segment(chunk.rows):
            for column, tp_id in self.layout.columns:
                key = (tp_id, self.metric, segment)
                for cell, n in Counter(map(itemgetter(column), rows)).items():
                    if not self._file(key, read(cell), cell, n):
                        bad.setdefault(column, set()).add(cell)
        if bad and len(self.rejected_rows) < KEPT_ROWS:
            self._note_rows(chunk, lambda row: any(row[c] in cells for c, cells in bad.items()))

    def _by_segment(self, rows: list[Row]) -> Iterable[tuple[str, list[Row]]]:
        """The rows grouped by their segment; one group when there is no segment column
        or the whole chunk is one segment (then grouping costs one C pass). Groups are
        keyed by the raw cell (cheapest), so one segment may come in several groups."""
        column = self.layout.segment
        if column is None:
            return [("", rows)]
        cells = set(map(itemgetter(column), rows))
        if len(cells) == 1:
            return [(self._segment(cells.pop()), rows)]
        groups: dict[Any, list[Row]] = {}
        for row in rows:
            groups.setdefault(row[column], []).append(row)
        return [(self._segment(cell), group) for cell, group in groups.items()]

    def _segment(self, cell: Any) -> str:
        """The segment a cell names: its text, spaces tidied; a blank cell is ""."""
        name = self._segments.get(cell)
        if name is None:
            name = " ".join(cell_text(cell).split())
            self._segment_names.add(name)
            if len(self._segment_names) > MAX_SEGMENTS:
                raise DocumentFileError(
                    self.path, f"the segment column has more than {MAX_SEGMENTS:,} different "
                    "values; choose a column such as the customer type",
                )  # fmt: skip
            self._segments[cell] = name
        return name

    # ---- long: one row per answer ------------------------------------------------
    def _add_long(self, chunk: Chunk) -> None:
        # only the columns the file has: every cell fetched costs in a million rows
        roles = self._long_roles()
        get = itemgetter(*roles.values())
        bad: set[Hashable] = set()
        for cells, n in Counter(map(get, chunk.rows)).items():
            # the same few combinations recur in every chunk: read each once
            outcome = self._outcomes.get(cells)
            if outcome is None:
                outcome = self._read_long(dict(zip(roles, cells, strict=True)))
                if len(self._outcomes) < MAX_OUTCOMES:
                    self._outcomes[cells] = outcome
            key, result, cell = outcome
            if result is OTHER_METRIC:
                self.other_metric += n
            elif result is UNMATCHED:
                self._unmatched_label(cell, n)
            elif not self._file(key, result, cell, n):
                bad.add(cells)
        if bad and len(self.rejected_rows) < KEPT_ROWS:
            self._note_rows(chunk, lambda row: get(row) in bad)

    def _long_roles(self) -> dict[str, int]:
        """The columns of a long file by role: touchpoint, score, metric, segment."""
        layout = self.layout
        roles = {"touchpoint": layout.touchpoint, "score": layout.score}
        if layout.metric is not None:
            roles["metric"] = layout.metric
        if layout.segment is not None:
            roles["segment"] = layout.segment
        return roles

    def _read_long(self, cells: dict[str, Any]) -> tuple[Key | None, Any, Any]:
        """What one combination of cells (by role) gives: (key, answer or Skip, cell),
        (None, OTHER_METRIC, None) or (None, UNMATCHED, label)."""
        label, score = cells["touchpoint"], cells["score"]
        tp_id, note = self.matcher.find(label)
        if tp_id is None:
            text = cell_text(label)
            if not text and not cell_text(score):  # an empty row
                return None, Skip.BLANK, score
            return None, UNMATCHED, noted(quoted(text), note)
        if len(self.matched_labels) < MAX_LABELS:
            self.matched_labels.setdefault(cell_text(label), tp_id)
        metric = self.metric or ""
        if "metric" in cells:  # a blank metric cell means the metric given
            metric = normalise(cells["metric"]) or metric
            if metric not in self.readers:  # no metric we know
                return None, Skip.REJECTED, cells["metric"]
            if self.metric is not None and metric != self.metric:
                return None, OTHER_METRIC, None
        segment = self._segment(cells["segment"]) if "segment" in cells else ""
        return (tp_id, metric, segment), self.readers[metric](score), score

    def _unmatched_label(self, shown: str, n: int) -> None:
        if shown not in self.unmatched_labels and len(self.unmatched_labels) >= MAX_LABELS:
            shown = OTHER_LABELS
        self.unmatched_labels[shown] += n

    # ---- both ---------------------------------------------------------------------
    def _file(self, key: Key | None, answer: int | Skip, cell: Any, n: int) -> bool:
        """Add n answers to their distribution or to a skip count; False when rejected."""
        if isinstance(answer, int):
            assert key is not None  # only skips come without a key
            distribution = self.counts.get(key)
            if distribution is None:
                distribution = self.counts[key] = Counter()
            distribution[answer] += n
        elif answer is Skip.BLANK:
            self.blank += n
        elif answer is Skip.NOT_APPLICABLE:
            self.not_applicable += n
        else:
            self._reject(cell, n)
            return False
        return True

    def _reject(self, cell: Any, n: int) -> None:
        self.rejected += n
        shown = " ".join(cell_text(cell).split())[:20]  # one line, however the cell looks
        if len(self.rejected_values) < SHOWN_VALUES and shown not in self.rejected_values:
            self.rejected_values.append(shown)

    def _note_rows(self, chunk: Chunk, is_bad: Callable[[Row], bool]) -> None:
        """Remember the first row numbers with rejected answers (the chunks come in order)."""
        for index, row in enumerate(chunk.rows):
            if is_bad(row):
                self.rejected_rows.append(chunk.row_number(index))
                if len(self.rejected_rows) >= KEPT_ROWS:
                    return

    def detached(self) -> Tally:
        """A copy holding only what was counted, for sending as plain data: without the
        journey, the answer readers and the caches of the reading."""
        return replace(self, matcher=None, readers={}, _segments={}, _outcomes={})

    def answers(self) -> int:
        """How many answers went into distributions."""
        return sum(sum(c.values()) for c in self.counts.values())

    def per_touchpoint(self, order: Sequence[str]) -> list[tuple[Key, dict[int, int]]]:
        """The distributions, in the journey's touchpoint order, then metric and segment."""
        rank = {tp_id: i for i, tp_id in enumerate(order)}
        keys = sorted(self.counts, key=lambda k: (rank.get(k[0], len(rank)), k[1], k[2]))
        return [(k, dict(sorted(self.counts[k].items()))) for k in keys]
