"""Copies of journey parts with fresh ids: copy and paste, duplicate a journey."""

from __future__ import annotations

import copy
from typing import Any

from journeymap.model.entities import Journey, Touchpoint, Transition
from journeymap.model.ids import new_id
from journeymap.model.serialize import journey_from_dict, journey_to_dict, object_from_dict
from journeymap.model.validation import refuse

#: Fields that hold the id of another object, and so follow a re-numbering.
_REFERENCES = ("stage_id", "source", "target", "touchpoint_id")

CLIPBOARD_FORMAT = "journeymap/touchpoints"


def _renumber(items: list[dict[str, Any]], mapping: dict[str, str]) -> None:
    for item in items:
        item["id"] = mapping.setdefault(item["id"], new_id())
        for field in _REFERENCES:
            if field in item and item[field] in mapping:
                item[field] = mapping[item[field]]
        if "touchpoint_ids" in item:  # a note's touchpoints, an observed path's
            item["touchpoint_ids"] = [mapping.get(i, i) for i in item["touchpoint_ids"]]


def duplicate_journey(journey: Journey, state: str | None = None, name: str = "") -> Journey:
    """A deep copy with fresh ids throughout; optionally another state and name."""
    data = copy.deepcopy(journey_to_dict(journey))
    mapping: dict[str, str] = {journey.id: new_id()}
    data["id"] = mapping[journey.id]
    for attr in ("stages", "touchpoints", "transitions", "measurements", "lanes",
                 "observed_paths"):  # fmt: skip
        _renumber(data[attr], mapping)
    for lane in data["lanes"]:
        _renumber(lane["notes"], mapping)
    if state:
        data["state"] = state
    if name:
        data["name"] = name
    return journey_from_dict(data)


def copy_touchpoints(journey: Journey, ids: set[str]) -> dict[str, Any]:
    """The chosen touchpoints and the transitions between them, as plain data."""
    source = journey_to_dict(journey)
    return {
        "format": CLIPBOARD_FORMAT,
        "touchpoints": [tp for tp in source["touchpoints"] if tp["id"] in ids],
        "transitions": [
            t for t in source["transitions"] if t["source"] in ids and t["target"] in ids
        ],
    }


def paste_touchpoints(
    data: Any, journey: Journey, dy: float = 30.0
) -> tuple[list[Touchpoint], list[Transition]]:
    """New touchpoints and transitions from copied data, with fresh ids, shifted down
    by ``dy``. A touchpoint whose stage is not in this journey lands in the first one.
    Raises InvalidValue for data that is not a valid copy."""
    if not isinstance(data, dict) or data.get("format") != CLIPBOARD_FORMAT:
        raise refuse("clipboard.no_touchpoints")
    if not journey.stages:
        raise refuse("clipboard.no_stage")
    items = copy.deepcopy(data)
    stages = {s.id for s in journey.stages}
    mapping: dict[str, str] = {}
    _renumber(items.get("touchpoints", []), mapping)
    _renumber(items.get("transitions", []), mapping)
    touchpoints = []
    for i, item in enumerate(items.get("touchpoints", [])):
        tp = object_from_dict("touchpoint", item, f"clipboard.touchpoints[{i}]")
        if tp.stage_id not in stages:
            tp.stage_id = journey.stages[0].id
        tp.y += dy
        touchpoints.append(tp)
    transitions = [
        object_from_dict("transition", item, f"clipboard.transitions[{i}]")
        for i, item in enumerate(items.get("transitions", []))
    ]
    return touchpoints, transitions
