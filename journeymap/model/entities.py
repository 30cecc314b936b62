"""The objects of a journey document, as plain dataclasses.

Objects never point at each other directly: they refer by id, so that files, Excel
round-trips and undo commands can name any object without holding it. Each value field is
declared once (fields.py): its kind and check drive validation, the .json and .jmap
formats and their schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.model import fields as f
from journeymap.model.ids import new_id
from journeymap.model.links import Effect, Link
from journeymap.model.metrics import Responses
from journeymap.model.validation import MAX_COORDINATE, MAX_WHOLE
from journeymap.model.vocabulary import (
    CHANNELS,
    LANE_KINDS,
    LANGUAGES,
    OPPORTUNITY_STATES,
    SCALES,
    STATES,
)


@dataclass(slots=True)
class Persona:
    """Who a journey is for: a customer segment with a short description, in their own
    words (a quote), what they want (goals, needs), what gets in their way
    (frustrations), and a face (a PNG or JPEG picture inside the document)."""

    name: str = f.text()
    description: str = f.text()
    id: str = field(default_factory=new_id)
    quote: str = f.text()
    goals: str = f.text()
    needs: str = f.text()
    frustrations: str = f.text()
    picture: bytes = f.picture()


@dataclass(slots=True)
class Stage:
    """An ordered step of the lifecycle; its order is its index in the journey."""

    name: str = f.text()
    description: str = f.text()
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Touchpoint:
    """One interaction between customer and company, in a stage, through a channel."""

    stage_id: str = f.reference("stage")
    name: str = f.text()
    channel: str = f.choice(CHANNELS, "other")
    channel_other: str = f.text()  # the free text when channel is "other"
    owner: str = f.text()
    goal: str = f.text()
    expectation: str = f.text()
    emotion: int = f.whole(-2, 2, 0)  # -2 very negative .. +2 very positive
    importance: int = f.whole(1, 5, 3)  # to the customer
    volume: int = f.whole(0, None, 0)  # contacts per month
    proactive: bool = f.flag()
    moment_of_truth: bool = f.flag()
    entry: bool = f.flag()
    exit: bool = f.flag()
    notes: str = f.text()
    # the vertical position in its stage column on the canvas
    y: float = f.number(-MAX_COORDINATE, MAX_COORDINATE, 0.0)
    # metric -> expected level; f.targets() is a dataclasses.field, so no shared default
    targets: dict[str, float] = f.targets()  # noqa: RUF009
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Transition:
    """The customer moves from one touchpoint to another; share of customers is optional.
    A transition discovered from a contact log (journeymap.discovery) also has its number
    of observations and the median and 90th percentile of the hours between the two
    contacts; a hand-drawn one has None."""

    source: str = f.reference("touchpoint")
    target: str = f.reference("touchpoint")
    share: float | None = f.share()
    label: str = f.text()
    id: str = field(default_factory=new_id)
    count: int | None = f.optional_whole(0)
    median_hours: float | None = f.hours()
    p90_hours: float | None = f.hours()


@dataclass(slots=True)
class ObservedPath:
    """A variant seen in a contact log: the touchpoints of one journey in the order its
    cases passed them (repeats allowed) and how many cases took exactly this path."""

    touchpoint_ids: list[str] = f.path()  # noqa: RUF009 (a field)
    cases: int = f.whole(0, None, 0)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Measurement:
    """Survey responses of one source (a survey file, a wave) as a distribution, answer
    value -> responses, for one touchpoint, metric and segment.

    A segment is a part of the source's respondents (docs/metrics.md): ``segmented``
    says the source was split by a segment column, and then ``segment`` "" is *segment
    unknown* (a blank cell). Unsegmented (``segmented`` False, ``segment`` "") it holds
    all of the source's respondents.

    A weighted survey's counts are sums of weights; ``respondents`` is the number of
    people behind them and ``effective_n`` the Kish effective sample size
    (Σw)² / Σw². Unweighted, both equal the sum of the counts, and when they are not
    given (0) they are derived from whole counts, as older files are read.
    """

    touchpoint_id: str = f.reference("touchpoint")
    metric: str = f.choice(SCALES)
    counts: dict[int, int | float] = f.counts()  # noqa: RUF009 (a dataclasses.field)
    segment: str = f.text()
    source: str = f.text()
    date: str = f.date()  # of the survey or import
    segmented: bool = f.flag()
    respondents: int = f.whole(0, None, 0)
    effective_n: float = f.number(0.0, float(MAX_WHOLE), 0.0)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if self.segment:
            self.segmented = True
        if not self.respondents:
            total = _whole_total(self.counts)
            if total:
                self.respondents, self.effective_n = total, float(total)

    @property
    def weighted(self) -> bool:
        """Whether the counts are weights rather than plain numbers of respondents."""
        return Responses(self.counts, self.respondents, self.effective_n).weighted


def _whole_total(counts: object) -> int:
    """The number of responses plain counts (no weights) add up to; 0 for weights, for
    values that are no counts (the checks refuse them afterwards) and for a total beyond
    MAX_WHOLE, which no float holds exactly."""
    values = list(counts.values()) if isinstance(counts, dict) else []
    if not all(type(c) is int or (type(c) is float and c.is_integer()) for c in values):
        return 0
    total = sum(int(c) for c in values)
    return total if 0 < total <= MAX_WHOLE else 0


@dataclass(slots=True)
class Lane:
    """A row of the map under the stages: what the customer does, thinks or feels, the
    touchpoint graph, the emotion curve, pain points, a blueprint lane or line...
    (vocabulary.LANE_KINDS). Its order is its index in the journey."""

    kind: str = f.choice(LANE_KINDS)
    name: str = f.text()
    visible: bool = f.flag(True)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Note:
    """A sticky note in a lane's cell under one stage, with the votes it got and the
    touchpoints of the same journey it is about (a pain point at the hotline)."""

    lane_id: str = f.reference("lane")
    stage_id: str = f.reference("stage")
    text: str = f.text()
    colour: str = f.colour()
    votes: int = f.whole(0, None, 0)
    touchpoint_ids: list[str] = f.references("touchpoint")  # noqa: RUF009 (a field)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Journey:
    """The experience of one persona: stages, touchpoints, transitions, measurements."""

    name: str = f.text()
    description: str = f.text()
    persona_id: str | None = f.reference("persona", optional=True)
    state: str = f.choice(STATES, "as-is")
    language: str = f.choice(LANGUAGES, "en")
    stages: list[Stage] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    transitions: list[Transition] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    lanes: list[Lane] = field(default_factory=list)  # none: the touchpoint graph alone
    notes: list[Note] = field(default_factory=list)
    observed_paths: list[ObservedPath] = field(default_factory=list)  # most frequent first

    def stage_index(self, stage_id: str) -> int:
        """The position of a stage in this journey's order."""
        return _index_of(self.stages, stage_id)

    def touchpoints_in(self, stage_id: str) -> list[Touchpoint]:
        """The touchpoints of one stage, in their order."""
        return [tp for tp in self.touchpoints if tp.stage_id == stage_id]


@dataclass(slots=True)
class Opportunity:
    """A chance to make the journey better, owned by someone: what it addresses (links),
    how much it is worth to the customer and the business (0-100) and what it costs
    (effort 1-5), where it stands, by when, and the targets it aims for (effects). One
    made from a suggestion keeps the suggestion's key, so it is not suggested again."""

    title: str = f.text()
    description: str = f.text()
    customer_value: int = f.whole(0, 100, 50)
    business_value: int = f.whole(0, 100, 50)
    effort: int = f.whole(1, 5, 3)
    owner: str = f.text()  # a department or a person
    status: str = f.choice(OPPORTUNITY_STATES, "idea")
    due: str = f.date()
    suggestion: str = f.text()  # the key of the suggestion it came from, if any
    links: list[Link] = f.links()  # noqa: RUF009 (a field)
    effects: list[Effect] = f.effects()  # noqa: RUF009 (a field)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Solution:
    """A concrete change that realises an opportunity ("text the technician's arrival
    window the evening before"), made real in a to-be journey by its touchpoints there."""

    opportunity_id: str = f.reference("opportunity")
    title: str = f.text()
    description: str = f.text()
    journey_id: str | None = f.reference("journey", optional=True)
    touchpoint_ids: list[str] = f.ids()  # noqa: RUF009 (a field): in that journey
    id: str = field(default_factory=new_id)


def _index_of(items: list, object_id: str) -> int:
    """Index of the item with this id; searched from the end, where undo usually works."""
    for index in range(len(items) - 1, -1, -1):
        if items[index].id == object_id:
            return index
    raise KeyError(object_id)
