"""What a contact log says, counted: the facts a journey is built from.

Each engine (polars for files, SQL window functions for a database table) reduces the
events of a log to these few figures per touchpoint, per transition and per variant;
build.py turns them into a journey. They are plain data, so they cross from the sandboxed
child that reads a file, and two engines are compared by comparing their facts.

A touchpoint key is its activity and, when the log is read by channel, its channel word
("" otherwise). "First seen" is the smallest row number (log order) of an event; it
breaks every tie, so both engines order alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class KeyFacts:
    """One touchpoint of the log: its events and where its cases start and end."""

    activity: str
    channel: str  # the channel word; "" when the log is not read by channel
    events: int
    starts: int  # cases whose first event is here
    ends: int  # cases whose last event is here
    owner: str  # the most frequent owner of its events (ties: first seen); "" for none
    position: float  # the median relative position of its events in their cases (0..1)
    first_row: int  # the row of its first event in the log


@dataclass(frozen=True)
class PairFacts:
    """One observed transition: consecutive events of a case, ``source`` then ``target``
    (indexes into LogFacts.keys)."""

    source: int
    target: int
    count: int
    median_hours: float
    p90_hours: float  # linear interpolation between closest ranks
    first_row: int  # the row of the target event of its first observation


@dataclass(frozen=True)
class PathFacts:
    """One variant as touchpoints (indexes into LogFacts.keys) and its cases."""

    keys: tuple[int, ...]
    cases: int


@dataclass(frozen=True)
class ScoreFacts:
    """Cases that passed a touchpoint with this first answer (the score cell's text) in
    this segment ("" for none); a case counts once per touchpoint however often it
    passed."""

    key: int
    segment: str
    answer: str
    cases: int


@dataclass
class LogFacts:
    """Everything build.py needs from a log (docs/discovery.md names the rules)."""

    source: Path  # the log file, or a name for a database table (messages, journey name)
    keys: list[KeyFacts]  # ordered by first_row
    pairs: list[PairFacts]  # ordered by first_row
    paths: list[PathFacts]  # the most frequent key sequences, most cases first (ties: first seen)
    cases: int
    events: int
    skipped_rows: int  # rows without a case or an activity, left out
    variants: int  # distinct activity sequences
    top_variant_cases: int  # cases of the most frequent activity sequence
    median_case_hours: float  # first to last event of a case
    single_event_cases: int
    repeat_contact_cases: int  # cases with an activity more than once
    channel_switches: int  # consecutive events on two different non-empty channel words
    first_time: float  # seconds since 1970, UTC
    last_time: float
    #: answers per touchpoint and segment, with a score column
    scores: list[ScoreFacts] = field(default_factory=list)
    #: cases per first answer (every case with one), to count the unreadable ones
    answers: dict[str, int] = field(default_factory=dict)
