"""The objects of a journey document, as plain dataclasses.

Objects never point at each other directly: they refer by id, so that files, Excel
round-trips and undo commands can name any object without holding it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.model.ids import new_id


@dataclass(slots=True)
class Persona:
    """Who a journey is for: a customer segment with a short description."""

    name: str = ""
    description: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Stage:
    """An ordered step of the lifecycle; its order is its index in the journey."""

    name: str = ""
    description: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Touchpoint:
    """One interaction between customer and company, in a stage, through a channel."""

    stage_id: str
    name: str = ""
    channel: str = "other"
    channel_other: str = ""  # the free text when channel is "other"
    owner: str = ""
    goal: str = ""
    expectation: str = ""
    pain_points: str = ""
    opportunities: str = ""
    emotion: int = 0  # -2 very negative .. +2 very positive
    importance: int = 3  # 1..5, to the customer
    volume: int = 0  # contacts per month
    proactive: bool = False
    moment_of_truth: bool = False
    entry: bool = False
    exit: bool = False
    notes: str = ""
    y: float = 0.0  # vertical position in its stage column on the canvas
    targets: dict[str, float] = field(default_factory=dict)  # metric -> expected level
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Transition:
    """The customer moves from one touchpoint to another; share of customers is optional."""

    source: str
    target: str
    share: float | None = None
    label: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Measurement:
    """Survey responses as a distribution (answer value -> count) for one
    touchpoint, metric and segment ("" is all respondents)."""

    touchpoint_id: str
    metric: str
    counts: dict[int, int] = field(default_factory=dict)
    segment: str = ""
    source: str = ""
    date: str = ""  # ISO 8601 date of the survey or import
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Journey:
    """The experience of one persona: stages, touchpoints, transitions, measurements."""

    name: str = ""
    description: str = ""
    persona_id: str | None = None
    state: str = "as-is"
    language: str = "en"
    stages: list[Stage] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    transitions: list[Transition] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def stage_index(self, stage_id: str) -> int:
        """The position of a stage in this journey's order."""
        return _index_of(self.stages, stage_id)

    def touchpoints_in(self, stage_id: str) -> list[Touchpoint]:
        """The touchpoints of one stage, in their order."""
        return [tp for tp in self.touchpoints if tp.stage_id == stage_id]


def _index_of(items: list, object_id: str) -> int:
    """Index of the item with this id; searched from the end, where undo usually works."""
    for index in range(len(items) - 1, -1, -1):
        if items[index].id == object_id:
            return index
    raise KeyError(object_id)
