"""Making a journey a service blueprint (Journey ▸ Make service blueprint, and
`journeymap export --blueprint`): the blueprint lanes it lacks, right under its touchpoint
lane, as one undo step; a backstage lane per owner department; nothing twice."""

from journeymap.model import CommandStack, SetFields
from journeymap.model.lanes import RemoveLane, make_service_blueprint, steps_past_hidden
from journeymap.model.starter import blank_document
from tests.builders import small_document, with_lanes


def kinds_and_names(journey):
    return [(lane.kind, lane.name) for lane in journey.lanes]


def classic_journey(language="en"):
    """The classic lanes, with touchpoints of three owners (one twice, one without)."""
    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    stack.push(SetFields(journey.id, {"language": language}))
    with_lanes(doc, stack, ids)
    return doc, stack, journey


def test_the_blueprint_lanes_come_right_under_the_touchpoints_in_one_step():
    _doc, stack, journey = classic_journey()
    before = kinds_and_names(journey)
    command = make_service_blueprint(journey)
    stack.push(command)
    assert kinds_and_names(journey) == [
        ("touchpoints", "Touchpoints"),
        ("line_of_interaction", "Line of interaction"),
        ("frontstage", "Frontstage"),
        ("line_of_visibility", "Line of visibility"),
        ("backstage", "Backstage: Service team"),  # in the order the owners first appear
        ("backstage", "Backstage: Field technicians"),
        ("support", "Support processes"),
        ("pain_points", "Pain points"),
    ]
    assert command.message.code == "step.blueprint"
    assert command.message.params["name"] == "Installation"
    stack.undo()  # one step

    assert kinds_and_names(journey) == before


def test_a_german_journey_gets_german_names():
    _doc, stack, journey = classic_journey("de")
    stack.push(make_service_blueprint(journey))
    names = [name for _, name in kinds_and_names(journey)]
    assert names[1:7] == [
        "Interaktionslinie", "Frontstage", "Sichtbarkeitslinie",
        "Backstage – Service team", "Backstage – Field technicians", "Unterstützungsprozesse",
    ]  # fmt: skip


def test_a_blueprint_journey_is_left_as_it_is():
    journey = blank_document("en", "service_case", "blueprint").journeys[0]
    assert make_service_blueprint(journey) is None
    _doc, stack, journey = classic_journey()
    stack.push(make_service_blueprint(journey))
    assert make_service_blueprint(journey) is None  # made once, nothing is added twice


def test_a_journey_without_owners_gets_one_plain_backstage_lane():
    doc = blank_document("en", "service_case", "classic")
    journey = doc.journeys[0]
    CommandStack(doc).push(make_service_blueprint(journey))
    assert [name for kind, name in kinds_and_names(journey) if kind == "backstage"] == ["Backstage"]


def test_the_lanes_there_keep_their_place_and_the_missing_ones_go_in_between():
    doc = blank_document("en", "service_case", "blueprint")
    journey = doc.journeys[0]
    stack = CommandStack(doc)
    for kind in ("line_of_interaction", "line_of_visibility"):
        stack.push(remove_lane_of(journey, kind))
    frontstage = next(lane for lane in journey.lanes if lane.kind == "frontstage")
    stack.push(SetFields(frontstage.id, {"name": "What staff do"}))
    stack.push(make_service_blueprint(journey))
    assert [name for _, name in kinds_and_names(journey)] == [
        "Customer actions", "Touchpoints", "Line of interaction", "What staff do",
        "Line of visibility", "Backstage", "Support processes",
    ]  # fmt: skip


def test_a_journey_drawn_before_lanes_gets_its_touchpoint_lane_on_top():
    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    stack.push(make_service_blueprint(journey))
    assert [kind for kind, _ in kinds_and_names(journey)][:3] == [
        "touchpoints",
        "line_of_interaction",
        "frontstage",
    ]
    stack.undo()
    assert journey.lanes == []


def test_a_move_on_the_map_passes_the_hidden_lanes():
    journey = blank_document("en", "service_case", "classic").journeys[0]
    ids = [lane.id for lane in journey.lanes]
    journey.lanes[3].visible = False  # feelings
    assert steps_past_hidden(journey, ids[2], 1) == 2  # thoughts goes below the curve
    assert steps_past_hidden(journey, ids[4], -1) == -2
    assert steps_past_hidden(journey, ids[0], -1) is None
    assert steps_past_hidden(journey, ids[-1], 1) is None


def remove_lane_of(journey, kind):
    """The command that deletes the journey's lane of this kind."""
    return RemoveLane(next(lane.id for lane in journey.lanes if lane.kind == kind))
