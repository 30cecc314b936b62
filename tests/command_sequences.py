"""Random command sequences for property tests: operation names drawn by hypothesis,
turned into model commands against the document as it is at that moment."""

from collections.abc import Iterator

from hypothesis import strategies as st

from journeymap.model import (
    AddObject,
    Command,
    Document,
    RemoveObject,
    Reorder,
    SetFields,
    Stage,
    Touchpoint,
    connect,
    disconnect,
    move_touchpoint,
)

#: What a person does to a journey, each turned into a command by ``command_for``.
OPERATIONS = ("add_stage", "add_tp", "remove", "move", "reorder", "set", "connect", "disconnect")


def command_for(doc: Document, journey_id: str, op: str, picked: Iterator[int]) -> Command | None:
    """Interpret an operation against the document's current state; None when it does
    not apply (no touchpoint to move, no link to remove)."""
    journey = doc.journey(journey_id)

    def pick(items):
        return items[next(picked) % len(items)] if items else None

    stage, tp = pick(journey.stages), pick(journey.touchpoints)
    if op == "add_stage":
        return AddObject(
            Stage(f"S{next(picked)}"), journey_id, next(picked) % (len(journey.stages) + 1)
        )
    if op == "add_tp" and stage:
        return AddObject(
            Touchpoint(stage.id, name=f"T{next(picked)}", emotion=next(picked) % 5 - 2), journey_id
        )
    if op == "remove":
        target = pick([*journey.stages, *journey.touchpoints, *journey.transitions])
        return RemoveObject(target.id) if target else None
    if op == "move" and tp and stage:
        return move_touchpoint(tp.id, stage.id, float(next(picked)))
    if op == "reorder":
        target = pick([*journey.stages, *journey.touchpoints])
        if target:
            size = len(journey.stages if isinstance(target, Stage) else journey.touchpoints)
            return Reorder(target.id, next(picked) % size)
    if op == "set" and tp:
        return SetFields(tp.id, {"importance": next(picked) % 5 + 1, "owner": f"O{next(picked)}"})
    if op == "connect" and tp:
        other = pick(journey.touchpoints)
        return connect(journey_id, tp.id, other.id, share=(next(picked) % 11) / 10)
    if op == "disconnect":
        link = pick(journey.transitions)
        return disconnect(link.id) if link else None
    return None


def operations(*extra: str) -> st.SearchStrategy[list[str]]:
    """Up to 40 operations, from OPERATIONS and the ``extra`` ones a test interprets itself."""
    return st.lists(st.sampled_from((*OPERATIONS, *extra)), max_size=40)


#: The numbers an operation picks its objects and values with (see ``picks``).
numbers = st.lists(st.integers(0, 1000), min_size=200, max_size=200)


def picks(drawn: list[int]) -> Iterator[int]:
    """The drawn numbers, repeated so that a long sequence never runs out."""
    return iter(drawn * 10)
