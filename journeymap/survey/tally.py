"""Counting the answers of a survey file into distributions.

The rows of a chunk are counted with ``collections.Counter`` over ``itemgetter`` (C loops
over thousands of cells); only the few distinct values each chunk holds are then read
as answers in Python. So a million rows cost little more than the CSV parsing, and the
memory held is the distributions: touchpoints x metrics x segments x answer values.

A weighted file (a weight column) is counted over the distinct (answer, weight) pairs of
a chunk instead: as fast when the weights take a few values (cell weighting), one
Python step per answer when every respondent has their own (raking); linear either way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

from journeymap.errors import DocumentFileError
from journeymap.survey.answers import AnswerReader, Skip, cell_text, read_weight
from journeymap.survey.layout import LONG, Layout, TouchpointMatcher, normalise, noted, quoted
from journeymap.survey.readers import Chunk, Row
from journeymap.survey.summary import SHOWN_ROWS
from journeymap.words import phrase

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
Weights = dict[Any, int | float | None]  # weight cell -> its weight; None: unusable


@dataclass
class Sums:
    """One distribution as it is counted: per answer the responses (the sum of their
    weights when weighted), the answers counted, and the sum of the squared weights."""

    counts: Counter[int] = field(default_factory=Counter)
    respondents: int = 0
    squares: int | float = 0

    def add(self, answer: int, n: int) -> None:
        """Count n answers of weight 1."""
        self.counts[answer] += n
        self.respondents += n
        self.squares += n

    def add_weighed(self, answer: int, weighed: Weighed) -> None:
        """Count the answers of one value whose weights are usable."""
        self.counts[answer] += weighed.weight
        self.respondents += weighed.counted
        self.squares += weighed.squares

    @property
    def effective_n(self) -> float:
        """Kish's effective sample size (Σw)² / Σw²: the respondents when unweighted
        (exactly: whole numbers divide without rounding), and never above them when
        equal fractional weights round up."""
        total = sum(self.counts.values())
        return min(float(self.respondents), total * total / self.squares) if self.squares else 0.0


@dataclass(slots=True)
class Weighed:
    """The answers of a chunk that share one cell value (a wide file's answer cell, a
    long file's combination of cells), summed by their weights."""

    answers: int = 0  # all of them
    weight: int | float = 0  # Σw of those whose weight is usable and above 0
    counted: int = 0  # how many those are
    squares: int | float = 0  # their Σw²
    unusable: int = 0  # answers whose weight is blank, negative or not a number
    zero: int = 0  # answers of weight 0


def weigh(
    pairs: Iterable[tuple[tuple[Hashable, Any], int]], weights: Weights
) -> dict[Hashable, Weighed]:
    """Per cell value the Weighed answers, from ((cell, weight cell), n) pairs and the
    weight of each weight cell. One Python step per distinct pair: cheap when weights
    take few values, one step per respondent when each has their own."""
    out: dict[Hashable, Weighed] = {}
    for (cell, weight_cell), n in pairs:
        weight = weights[weight_cell]
        weighed = out.get(cell)
        if weighed is None:
            weighed = out[cell] = Weighed()
        weighed.answers += n
        if weight is None:
            weighed.unusable += n
        elif weight:
            weighed.weight += weight * n
            weighed.counted += n
            weighed.squares += weight * weight * n
        else:
            weighed.zero += n
    return out


@dataclass
class Tally:
    """The distributions counted so far, and what was skipped or rejected on the way."""

    path: Path
    layout: Layout
    matcher: TouchpointMatcher | None  # None once detached
    readers: dict[str, AnswerReader]  # metric -> reader on its scale
    metric: str | None  # the one metric of a wide file; a filter for a long one
    counts: dict[Key, Sums] = field(default_factory=dict)
    rows: int = 0
    blank: int = 0
    not_applicable: int = 0
    rejected: int = 0
    other_metric: int = 0
    rejected_rows: list[int] = field(default_factory=list)
    rejected_values: list[str] = field(default_factory=list)
    bad_weight: int = 0  # answers left out because their row's weight is unusable
    bad_weight_rows: list[int] = field(default_factory=list)
    bad_weight_values: list[str] = field(default_factory=list)
    zero_weight: int = 0  # answers left out because their respondent's weight is 0
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
        weights = self._weights(chunk)
        for segment, rows in self._by_segment(chunk.rows):
            for column, tp_id in self.layout.columns:
                key = (tp_id, self.metric, segment)
                cells = map(itemgetter(column), rows)
                if weights is None:
                    for cell, n in Counter(cells).items():
                        if not self._file(key, read(cell), cell, n):
                            bad.setdefault(column, set()).add(cell)
                    continue
                weight_cells = map(itemgetter(self.layout.weight), rows)
                pairs = Counter(zip(cells, weight_cells, strict=True))
                for cell, weighed in weigh(pairs.items(), weights).items():
                    if not self._file(key, read(cell), cell, weighed.answers, weighed):
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
                    self.path, phrase("the segment column has more than {limit} different "
                                      "values; choose a column such as the customer type",
                                      limit=MAX_SEGMENTS),
                )  # fmt: skip
            self._segments[cell] = name
        return name

    # ---- long: one row per answer ------------------------------------------------
    def _add_long(self, chunk: Chunk) -> None:
        # only the columns the file has: every cell fetched costs in a million rows
        roles = self._long_roles()
        get = itemgetter(*roles.values())
        bad: set[Hashable] = set()
        weights = self._weights(chunk)
        counted: Iterable[tuple[Hashable, int, Weighed | None]]
        if weights is None:
            counted = ((cells, n, None) for cells, n in Counter(map(get, chunk.rows)).items())
        else:
            weight_of = itemgetter(self.layout.weight)
            pairs = Counter(zip(map(get, chunk.rows), map(weight_of, chunk.rows), strict=True))
            counted = ((c, w.answers, w) for c, w in weigh(pairs.items(), weights).items())
        for cells, n, weighed in counted:
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
            elif not self._file(key, result, cell, n, weighed):
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
    def _weights(self, chunk: Chunk) -> Weights | None:
        """The weight each distinct weight cell of a chunk gives (None: unweighted file).
        Rows whose weight is unusable are noted here, whatever their answers."""
        column = self.layout.weight
        if column is None:
            return None
        cells = dict.fromkeys(map(itemgetter(column), chunk.rows))  # in order: examples too
        weights = {cell: read_weight(cell) for cell in cells}
        unusable = [cell for cell, weight in weights.items() if weight is None]
        for cell in unusable:
            shown = " ".join(cell_text(cell).split())[:20]
            if len(self.bad_weight_values) < SHOWN_VALUES and shown not in self.bad_weight_values:
                self.bad_weight_values.append(shown)
        if unusable and len(self.bad_weight_rows) < KEPT_ROWS:
            bad = set(unusable)
            for index, row in enumerate(chunk.rows):
                if row[column] in bad:
                    self.bad_weight_rows.append(chunk.row_number(index))
                    if len(self.bad_weight_rows) >= KEPT_ROWS:
                        break
        return weights

    def _file(
        self, key: Key | None, answer: int | Skip, cell: Any, n: int, weighed: Weighed | None = None
    ) -> bool:
        """Add n answers to their distribution (with their weights, when weighed) or to
        a skip count; False when the answer is rejected. Answers whose weight is
        unusable or 0 are counted as left out."""
        if isinstance(answer, int):
            assert key is not None  # only skips come without a key
            if weighed is not None:
                self.bad_weight += weighed.unusable
                self.zero_weight += weighed.zero
                if not weighed.counted:
                    return True
            distribution = self.counts.get(key)
            if distribution is None:
                distribution = self.counts[key] = Sums()
            if weighed is None:
                distribution.add(answer, n)
            else:
                distribution.add_weighed(answer, weighed)
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
        return sum(sums.respondents for sums in self.counts.values())

    def unknown_segment(self) -> int:
        """How many answers of a file with a segment column had a blank segment cell."""
        if self.layout.segment is None:
            return 0
        return sum(sums.respondents for (_, _, s), sums in self.counts.items() if not s)

    def per_touchpoint(self, order: Sequence[str]) -> list[tuple[Key, Sums]]:
        """The distributions, in the journey's touchpoint order, then metric and segment."""
        rank = {tp_id: i for i, tp_id in enumerate(order)}
        keys = sorted(self.counts, key=lambda k: (rank.get(k[0], len(rank)), k[1], k[2]))
        return [(k, self.counts[k]) for k in keys]
