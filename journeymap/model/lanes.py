"""The lanes of a journey: the lane sets a new journey starts with, and the commands that
add, show, hide, move and delete lanes. The touchpoint lane holds the card graph, the
heart of the map, so a journey's only touchpoint lane can be neither deleted nor hidden.
Any journey can be made a service blueprint: it gets the blueprint lanes it lacks."""

from __future__ import annotations

from journeymap.model.commands import AddObject, Command, Macro, RemoveObject, Reorder, SetFields
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Lane
from journeymap.model.messages import message
from journeymap.model.validation import refuse
from journeymap.model.vocabulary import LANE_SETS, lane_name


def lane_set(kind_set: str, language: str) -> list[Lane]:
    """New lanes of a lane set (vocabulary.LANE_SETS), top to bottom, named in the journey's
    language; KeyError for an unknown set."""
    return [Lane(kind, lane_name(kind, language)) for kind in LANE_SETS[kind_set]]


def add_lane(journey: Journey, kind: str, after_id: str | None = None) -> Command:
    """A command that adds a lane of this kind, named in the journey's language, just below
    the lane ``after_id`` (at the bottom without one); see ``place_lane``."""
    return place_lane(journey, Lane(kind, lane_name(kind, journey.language)), after_id)


def place_lane(journey: Journey, lane: Lane, after_id: str | None = None) -> Command:
    """A command that adds a new lane just below the lane ``after_id`` (at the bottom
    without one). A journey drawn before it had lanes gets its touchpoint lane on top in
    the same step, so the card graph stays on the map."""
    index = None
    if after_id is not None:
        index = [lane.id for lane in journey.lanes].index(after_id) + 1
    added = AddObject(lane, journey.id, index)
    if journey.lanes or lane.kind == "touchpoints":
        return added
    graph = Lane("touchpoints", lane_name("touchpoints", journey.language))
    return Macro(message("step.add.lane", name=lane.name), [AddObject(graph, journey.id), added])


#: A backstage lane of one owner department, in the journey's language.
BACKSTAGE_OF = {"en": "Backstage: {owner}", "de": "Backstage – {owner}"}
#: The service blueprint under the touchpoint lane, top to bottom ("backstage" stands for
#: a lane per owner department).
BLUEPRINT_LANES = (
    "line_of_interaction", "frontstage", "line_of_visibility", "backstage", "support",
)  # fmt: skip


def make_service_blueprint(journey: Journey) -> Command | None:
    """A command that gives the journey the service-blueprint lanes it lacks, as one step,
    just below its touchpoint lane: the line of interaction, the frontstage, the line of
    visibility, a backstage lane per owner department of its touchpoints (in the order
    they first appear; one plain backstage lane without owners) and the support
    processes. A kind the journey has already (any backstage lane for the backstage) is
    not added again, and one already there keeps its place; the missing ones go in
    between where they belong. None when the journey is a service blueprint already."""
    lanes = list(journey.lanes)  # as they will be, to find each new lane's place
    added: list[AddObject] = []
    graph = next((i for i, lane in enumerate(lanes) if lane.kind == "touchpoints"), None)
    if graph is None:  # a journey drawn before lanes: its card graph goes on top
        graph = 0
        lanes.insert(0, Lane("touchpoints", lane_name("touchpoints", journey.language)))
        added.append(AddObject(lanes[0], journey.id, 0))
    at = graph + 1  # where the next missing lane goes
    for kind in BLUEPRINT_LANES:
        there = [i for i, lane in enumerate(lanes) if lane.kind == kind]
        if there:
            at = max(at, there[-1] + 1)
            continue
        for lane in _new_lanes(journey, kind):
            added.append(AddObject(lane, journey.id, at))
            lanes.insert(at, lane)
            at += 1
    if not added:
        return None
    return Macro(message("step.blueprint", name=journey.name), added)


def _new_lanes(journey: Journey, kind: str) -> list[Lane]:
    """The lanes of one blueprint kind a journey gets: a backstage lane per owner."""
    name = lane_name(kind, journey.language)
    if kind != "backstage":
        return [Lane(kind, name)]
    owners = dict.fromkeys(tp.owner.strip() for tp in journey.touchpoints if tp.owner.strip())
    pattern = BACKSTAGE_OF.get(journey.language, BACKSTAGE_OF["en"])
    return [Lane(kind, pattern.format(owner=owner)) for owner in owners] or [Lane(kind, name)]


def move_lane(journey: Journey, lane_id: str, steps: int) -> Reorder:
    """A command that moves a lane up (negative steps) or down; the model refuses a move
    past either end."""
    index = [lane.id for lane in journey.lanes].index(lane_id)
    return Reorder(lane_id, index + steps)


def steps_past_hidden(journey: Journey, lane_id: str, direction: int) -> int | None:
    """How many places a lane moves up (direction -1) or down (+1) to pass the next lane
    on show, the hidden ones between included: a move on the map is one a person sees.
    None when no lane on show lies that way."""
    index = [lane.id for lane in journey.lanes].index(lane_id)
    others = range(index - 1, -1, -1) if direction < 0 else range(index + 1, len(journey.lanes))
    target = next((i for i in others if journey.lanes[i].visible), None)
    return None if target is None else target - index


def only_touchpoint_lane(doc: Document, lane_id: str, visible_only: bool) -> bool:
    """Whether this lane is the journey's one touchpoint lane (of those shown, when
    ``visible_only``): without it the card graph would not be on the map."""
    lane = doc.get(lane_id)
    journey = doc.journey_of(lane_id)
    if lane.kind != "touchpoints" or journey is None:
        return False
    others = [
        other
        for other in journey.lanes
        if other.kind == "touchpoints"
        and other.id != lane_id
        and (other.visible or not visible_only)
    ]
    return not others


class RemoveLane(RemoveObject):
    """Delete a lane with its notes, one step; refused for the only touchpoint lane."""

    def do(self, doc: Document) -> None:
        if only_touchpoint_lane(doc, self.object_id, visible_only=False):
            raise refuse("lane.keep_touchpoints", name=doc.get(self.object_id).name)
        super().do(doc)


class ShowLane(SetFields):
    """Show or hide a lane; hiding the only shown touchpoint lane is refused."""

    def __init__(self, lane_id: str, visible: bool) -> None:
        super().__init__(lane_id, {"visible": visible})

    def do(self, doc: Document) -> None:
        hiding = not self.values["visible"]
        if hiding and only_touchpoint_lane(doc, self.object_id, visible_only=True):
            raise refuse("lane.show_touchpoints", name=doc.get(self.object_id).name)
        super().do(doc)
