"""Which layout a survey file has, and which of its columns or labels are which touchpoint.

*Long* files have one row per answer: a touchpoint column, a score column and optionally a
metric column. *Wide* files, as survey tools export them, have one row per respondent and
one column per touchpoint. A file is long when its header names both a touchpoint and a
score column; otherwise it is wide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from journeymap.errors import DocumentFileError
from journeymap.model.entities import Journey
from journeymap.model.messages import Message, message
from journeymap.survey.answers import cell_text
from journeymap.words import phrase

#: Header names, compared after normalise(), that mark the columns of a long file.
TOUCHPOINT_HEADERS: Final = frozenset(
    {"touchpoint", "touch point", "touch-point", "touchpoint name", "kontaktpunkt",
     "berührungspunkt"}
)  # fmt: skip
SCORE_HEADERS: Final = frozenset(
    {"score", "value", "rating", "answer", "wert", "bewertung", "antwort"}
)
METRIC_HEADERS: Final = frozenset({"metric", "metrik", "kennzahl"})

LONG, WIDE = "long", "wide"


def normalise(name: Any) -> str:
    """A name for matching: case and runs of spaces do not count."""
    return " ".join(cell_text(name).split()).casefold()


def quoted(name: str) -> str:
    """A column name or label as messages show it."""
    return f"“{name}”" if name else "(no name)"


def noted(name: str, note: Message | None) -> str | Message:
    """A column or label that matched no touchpoint, with why when there is a reason."""
    return message("survey.noted", name=name, note=note) if note is not None else name


def listing(names: Sequence[str], limit: int = 8) -> str:
    """Names quoted and joined for a message, the first few only."""
    shown = ", ".join(quoted(n) for n in names[:limit])
    if len(names) > limit:
        return phrase("{names} and {more} more", names=shown, more=len(names) - limit)
    return shown or phrase("none")


class TouchpointMatcher:
    """Finds the touchpoint that a column name (wide) or a label (long) means: a mapping
    first, then a touchpoint's name ignoring case and spaces, then its id."""

    def __init__(self, path: Path, journey: Journey, mapping: Mapping[str, str]) -> None:
        self.journey = journey
        self.names = {tp.id: tp.name for tp in journey.touchpoints}
        self._by_name: dict[str, list[str]] = {}
        for tp in journey.touchpoints:
            self._by_name.setdefault(normalise(tp.name), []).append(tp.id)
        self._known: dict[Any, tuple[str | None, Message | None]] = {}
        self._mapped: dict[str, str | None] = {}
        for source, target in mapping.items():
            found, problem = self._lookup(target) if target.strip() else (None, None)
            if problem is not None:
                raise DocumentFileError(
                    path,
                    phrase(
                        "mapping {mapping}: {problem} in journey “{journey}”",
                        mapping=f"{source}={target}",
                        problem=problem,
                        journey=journey.name,
                    ),
                )
            self._mapped[normalise(source)] = found

    def is_mapped(self, name: Any) -> bool:
        """Whether a mapping names this column or label (perhaps to ignore it)."""
        return normalise(name) in self._mapped

    def find(self, name: Any) -> tuple[str | None, Message | None]:
        """The touchpoint id a name means, or None and why not (None when it simply
        matches none)."""
        known = self._known.get(name)
        if known is None:
            key = normalise(name)
            if key in self._mapped:
                known = (self._mapped[key], message("survey.note_ignored"))
            else:
                known = self._lookup(name)
                if known[1] is not None and known[1].code == "survey.note_none":
                    known = (None, None)  # a column that simply names no touchpoint
            if len(self._known) < 10_000:  # junk labels must not grow it without bound
                self._known[name] = known
        return known

    def _lookup(self, name: Any) -> tuple[str | None, Message | None]:
        ids = self._by_name.get(normalise(name), [])
        if len(ids) == 1:
            return ids[0], None
        text = cell_text(name)
        if text in self.names:
            return text, None
        if ids:
            return None, message("survey.note_ambiguous", count=len(ids))
        return None, message("survey.note_none", name=quoted(text))


@dataclass
class Layout:
    """Where the data sits in a survey file's columns."""

    kind: str  # LONG or WIDE
    segment: int | None = None  # the segment column's index
    weight: int | None = None  # the weight column's index
    # wide: (column index, touchpoint id) for every matched column
    columns: list[tuple[int, str]] = field(default_factory=list)
    # long: the indices of the touchpoint, score and (optional) metric columns
    touchpoint: int = -1
    score: int = -1
    metric: int | None = None
    # wide: column -> touchpoint name, and the columns that match none (with notes)
    matched: list[tuple[str, str]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


def find_column(path: Path, header: Sequence[str], name: str, role: str) -> int:
    """The index of the column with this name (ignoring case and spaces)."""
    wanted = normalise(name)
    for index, column in enumerate(header):
        if normalise(column) == wanted:
            return index
    columns = listing([c for c in header if c])
    raise DocumentFileError(path, phrase("has no {role} column “{name}” (columns: {columns})",
                                         role=role, name=name, columns=columns))  # fmt: skip


def detect_layout(
    path: Path,
    header: Sequence[str],
    matcher: TouchpointMatcher,
    segment_column: str | None = None,
    weight_column: str | None = None,
) -> Layout:
    """The layout of a file from its header; DocumentFileError when a wide file matches
    no touchpoint, or two of its columns match the same one, or the weight column is
    also the segment column or one the answers are read from."""
    names = [normalise(c) for c in header]
    segment = weight = None
    if segment_column is not None:
        segment = find_column(path, header, segment_column, phrase("segment"))
    if weight_column is not None:
        weight = find_column(path, header, weight_column, phrase("weight"))
        if weight == segment:
            raise DocumentFileError(
                path, phrase("the column {column} cannot be both the segment and the weight "
                             "column", column=quoted(header[weight])),
            )  # fmt: skip

    def first(candidates: frozenset[str]) -> int | None:
        return next((i for i, n in enumerate(names) if n in candidates and i != segment), None)

    touchpoint, score = first(TOUCHPOINT_HEADERS), first(SCORE_HEADERS)
    if touchpoint is not None and score is not None:
        metric = first(METRIC_HEADERS)
        if weight is not None and weight in (touchpoint, score, metric):
            raise DocumentFileError(
                path, phrase("the weight column {column} is the long file's touchpoint, score "
                             "or metric column; choose the column of the weights",
                             column=quoted(header[weight])),
            )  # fmt: skip
        return Layout(LONG, segment, weight, touchpoint=touchpoint, score=score, metric=metric)
    return _wide(path, header, matcher, segment, weight)


def _wide(
    path: Path,
    header: Sequence[str],
    matcher: TouchpointMatcher,
    segment: int | None,
    weight: int | None,
) -> Layout:
    layout = Layout(WIDE, segment, weight)
    owner: dict[str, str] = {}
    for index, column in enumerate(header):
        if index == segment or not (column or matcher.is_mapped(column)):
            continue
        tp_id, note = matcher.find(column)
        if tp_id is None:
            if index != weight:
                layout.unmatched.append(noted(quoted(column), note))
            continue
        if index == weight:
            raise DocumentFileError(
                path, phrase("the weight column {column} is the answers of touchpoint "
                             "“{touchpoint}”; choose the column of the weights, or map this "
                             "one to nothing (“{name}=”)", column=quoted(column),
                             touchpoint=matcher.names[tp_id], name=column),
            )  # fmt: skip
        if tp_id in owner:
            raise DocumentFileError(
                path, phrase("columns {first} and {second} both match touchpoint "
                             "“{touchpoint}”; map one of them to nothing (“{name}=”) to leave "
                             "it out", first=quoted(owner[tp_id]), second=quoted(column),
                             touchpoint=matcher.names[tp_id], name=column),
            )  # fmt: skip
        owner[tp_id] = column
        layout.columns.append((index, tp_id))
        layout.matched.append((column, matcher.names[tp_id]))
    if not layout.columns:
        columns = listing([c for c in header if c])
        touchpoints = listing(list(matcher.names.values()))
        raise DocumentFileError(
            path, phrase("no column matches a touchpoint of journey “{journey}” (columns: "
                         "{columns}; touchpoints: {touchpoints}); name the columns after the "
                         "touchpoints, map them, or give a long file with touchpoint and score "
                         "columns", journey=matcher.journey.name, columns=columns,
                         touchpoints=touchpoints),
        )  # fmt: skip
    return layout
