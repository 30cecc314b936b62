"""Small hand-drawn journeys for tests."""

from journeymap.model import (
    AddObject,
    CommandStack,
    Document,
    Effect,
    Journey,
    Lane,
    Link,
    Measurement,
    Note,
    Opportunity,
    Persona,
    Solution,
    Stage,
    Touchpoint,
    Transition,
)


def drawn_journey(edges: str, exits: str = "", entries: str = "", **attrs) -> Journey:
    """A journey from a compact drawing: "a>b b>c c>a". Touchpoints are named after
    their letters, one stage each in order of first appearance; ``attrs`` maps a letter
    to extra touchpoint fields."""
    pairs = [tuple(e.split(">")) for e in edges.split()]
    names = list(dict.fromkeys(n for pair in pairs for n in pair))
    journey = Journey(name="drawn")
    for name in names:
        stage = Stage(f"Stage {name}", id=f"s-{name}")
        journey.stages.append(stage)
        journey.touchpoints.append(
            Touchpoint(
                stage.id,
                name=name,
                id=name,
                exit=name in exits.split(),
                entry=name in entries.split(),
                **attrs.get(name, {}),
            )
        )
    for k, (a, b) in enumerate(pairs):
        journey.transitions.append(Transition(a, b, id=f"{a}{b}{k}"))
    return journey


def with_lanes(doc: Document, stack: CommandStack, ids: dict[str, str]) -> None:
    """Give small_document's journey a touchpoint lane and a pain-point lane with a note
    about the hotline (ids "lane" and "note")."""
    graph, pains = Lane("touchpoints", "Touchpoints"), Lane("pain_points", "Pain points")
    note = Note(pains.id, ids["booking"], "Waits 20 minutes", votes=2,
                touchpoint_ids=[ids["call"]])  # fmt: skip
    for obj in (graph, pains, note):
        stack.push(AddObject(obj, ids["journey"]))
    ids.update(lane=pains.id, note=note.id)


def with_opportunity(doc: Document, stack: CommandStack, ids: dict[str, str]) -> None:
    """Give small_document (with_lanes first) an opportunity about the hotline's wait: it
    addresses the call touchpoint, its CSAT gap and the note, aims for a CSAT of 85, and
    has a solution realised at the technician visit (ids "opportunity", "solution")."""
    opportunity = Opportunity(
        "Call back instead of waiting", customer_value=80, business_value=40, effort=2,
        owner="Service team", links=[Link("touchpoint", ids["call"]),
        Link("gap", ids["call"], "csat"), Link("note", ids["note"])],
        effects=[Effect(ids["call"], "csat", 85.0)],
    )  # fmt: skip
    solution = Solution(opportunity.id, "Callback button", journey_id=ids["journey"],
                        touchpoint_ids=[ids["tech"]])  # fmt: skip
    stack.push(AddObject(opportunity))
    stack.push(AddObject(solution))
    ids.update(opportunity=opportunity.id, solution=solution.id)


def small_document() -> tuple[Document, CommandStack, dict[str, str]]:
    """A document with one persona and a three-touchpoint journey, built by commands."""
    doc = Document()
    stack = CommandStack(doc)
    persona = Persona("Private customer")
    journey = Journey("Installation", persona_id=persona.id)
    stack.push(AddObject(persona))
    stack.push(AddObject(journey))
    book, visit = Stage("Booking"), Stage("Installation")
    stack.push(AddObject(book, journey.id))
    stack.push(AddObject(visit, journey.id))
    call = Touchpoint(
        book.id,
        name="Call hotline",
        channel="phone",
        owner="Service team",
        entry=True,
        targets={"csat": 80.0},
    )
    mail = Touchpoint(book.id, name="Confirmation", channel="email", owner="Service team")
    tech = Touchpoint(
        visit.id,
        name="Technician visit",
        channel="technician",
        owner="Field technicians",
        exit=True,
        importance=5,
    )
    for tp in (call, mail, tech):
        stack.push(AddObject(tp, journey.id))
    link1, link2 = Transition(call.id, mail.id, 0.9), Transition(mail.id, tech.id)
    stack.push(AddObject(link1, journey.id))
    stack.push(AddObject(link2, journey.id))
    stack.push(AddObject(Measurement(call.id, "csat", {2: 10, 4: 20, 5: 13}), journey.id))
    ids = {
        "persona": persona.id,
        "journey": journey.id,
        "booking": book.id,
        "visit": visit.id,
        "call": call.id,
        "mail": mail.id,
        "tech": tech.id,
        "link1": link1.id,
        "link2": link2.id,
    }
    return doc, stack, ids
