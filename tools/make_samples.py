"""Write the bundled sample journeys, each in English and in German, from their TOML sources.

Run from the project root:  .venv/bin/python tools/make_samples.py [OUT_DIR]

Each sample is one file in tools/sample_sources/; vocabulary.toml there holds the owner
departments and customer segments they share. Every text is an ``{en = ..., de = ...}``
pair, so both languages share one structure, the same keys and the same numbers. Ids are
uuid5s of readable keys, so regenerating the files changes nothing unless the content
changed. A to-be journey ``revises`` its as-is journey and lists only what differs:
touchpoints changed, added (after a given touchpoint) or removed, flows changed, added or
removed, and its own survey figures. Every journey has the classic lanes: its ``notes`` give
per stage what the customer does, thinks and feels, and each touchpoint's pain point and
opportunity becomes a note linked to it, with the votes its journey's ``votes`` table gives
(a to-be journey has its own notes and inherits the votes it does not change). A service
blueprint is a journey that is the ``blueprint_of`` another: it has that journey's persona,
state, stages, touchpoints (without targets) and flows under ids of its own, no survey
figures (they stay with the journey it draws), and the blueprint lanes instead of the
classic ones; its ``backstage`` table may split the backstage into one named lane per
department. A lane's notes under a stage may carry ``votes``, one count per note. The
sample's ``opportunities`` are the document's: each names its owner by a vocabulary key,
links what it addresses in one journey (``journey``, the as-is one unless given) by keys
(``touchpoint``, ``gap`` with a ``metric``, a touchpoint's ``pain_point`` note, a
``flow`` "source>target"), expects ``effects`` on touchpoints there, and its
``solutions`` name a ``journey`` and its ``touchpoints``: the as-is one's they will change,
or the to-be one's that realise them. The
files go to
journeymap/sample_files/, which ships inside the package; tests/test_samples_build.py
checks that they are up to date.
"""

from __future__ import annotations

import json
import sys
import tomllib
import uuid
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from journeymap.model import (
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
from journeymap.model.layout import CARD_STEP
from journeymap.model.problems import opportunity_problems
from journeymap.model.serialize import document_from_dict, document_to_dict
from journeymap.model.vocabulary import (
    LANE_SETS,
    LANGUAGES,
    NOTE_LANES,
    SCALES,
    TOUCHPOINT_NOTE_LANES,
    lane_name,
)

#: A table read from a TOML file.
Table = dict[str, Any]
#: Makes the id of an object from its kind ("tp", "stage", ...) and key.
IdMaker = Callable[[str, str], str]

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "tools" / "sample_sources"
VOCABULARY = SOURCE_DIR / "vocabulary.toml"
OUT_DIR = ROOT / "journeymap" / "sample_files"
#: Fixed namespace of all sample ids; never change it, or every id changes.
NAMESPACE = uuid.UUID("6f1c2a4e-5b7d-4e0a-9c3f-2d8b1e7a4c90")
#: Vertical distance between the cards of one stage column on the canvas.
NO_TEXT: Table = dict.fromkeys(LANGUAGES, "")

#: The texts of a persona's card; goals, needs and frustrations hold one item per line, so
#: their lines in the TOML sources are not indented.
PERSONA_CARD_TEXTS = ("quote", "goals", "needs", "frustrations")
TOUCHPOINT_TEXTS = (
    "name",
    "goal",
    "expectation",
    "notes",
    "channel_other",
)
TOUCHPOINT_FLAGS = ("proactive", "moment_of_truth", "entry", "exit")
TOUCHPOINT_KEYS = {
    "key",
    "stage",
    "channel",
    "owner",
    "emotion",
    "importance",
    "volume",
    "targets",
    *TOUCHPOINT_TEXTS,
    *TOUCHPOINT_NOTE_LANES,
    *TOUCHPOINT_FLAGS,
}
REVISION_KEYS = {
    "key",
    "revises",
    "state",
    "name",
    "description",
    "surveys",
    "touchpoints_changed",
    "touchpoints_added",
    "touchpoints_removed",
    "flows_changed",
    "flows_added",
    "flows_removed",
    "notes",
    "votes",
}
BLUEPRINT_KEYS = {"key", "blueprint_of", "name", "description", "backstage", "notes"}
OPPORTUNITY_KEYS = {
    "key",
    "journey",
    "title",
    "description",
    "customer_value",
    "business_value",
    "effort",
    "owner",
    "status",
    "due",
    "links",
    "effects",
    "solutions",
}
SOLUTION_KEYS = {"key", "title", "description", "journey", "touchpoints"}
# The touchpoints' pain points and opportunities become notes of those lanes
# (TOUCHPOINT_NOTE_LANES), linked to them; the notes of every other note lane come from
# the journey's ``notes`` table, per stage.


class LaneSpec(NamedTuple):
    """One lane of a sample journey: its kind, the key its id and notes go by, its name."""

    kind: str
    key: str
    name: Table


def pick(text: Table, language: str) -> str:
    """The text of an ``{en, de}`` pair in one language."""
    return text[language]


def ids_under(prefix: str) -> IdMaker:
    """Stable ids under one prefix, e.g. "installation.de/as-is": a uuid5 of the prefix,
    the kind of object and its key."""
    return lambda kind, key: str(uuid.uuid5(NAMESPACE, f"{prefix}/{kind}/{key}"))


def check_fields(table: Table, known: Collection[str], where: str) -> None:
    """Raise KeyError on a field the builder does not know, which it would ignore."""
    unknown = table.keys() - known
    if unknown:
        raise KeyError(f"{where}: unknown fields {sorted(unknown)}")


def flow_key(flow: Table) -> tuple[str, str]:
    """The (source, target) touchpoint keys of a flow."""
    return flow["source"], flow["target"]


# ---- to-be journeys as revisions of their as-is journey --------------------------------


def check_known(journey: Table, revision: Table) -> None:
    """Raise KeyError when a revision names a touchpoint or flow its base journey lacks."""
    check_fields(revision, REVISION_KEYS, f"journey {revision['key']}")
    known = {tp["key"] for tp in journey["touchpoints"]}
    named = {
        *revision.get("touchpoints_changed", {}),
        *revision.get("touchpoints_removed", ()),
        *(tp["after"] for tp in revision.get("touchpoints_added", ())),
    }
    flows = {flow_key(f) for f in journey["flows"]}
    named_flows = {
        flow_key(f)
        for f in (*revision.get("flows_changed", ()), *revision.get("flows_removed", ()))
    }
    if named - known or named_flows - flows:
        raise KeyError(
            f"{revision['key']}: {journey['key']} has no {sorted(named - known)} "
            f"{sorted(named_flows - flows)}"
        )


def revised_touchpoints(journey: Table, revision: Table) -> list[Table]:
    """The base journey's touchpoints with the revision's changes, removals and additions
    (each added touchpoint right after the one it names)."""
    changed = revision.get("touchpoints_changed", {})
    removed = set(revision.get("touchpoints_removed", ()))
    added = revision.get("touchpoints_added", ())
    touchpoints = []
    for tp in journey["touchpoints"]:
        if tp["key"] not in removed:
            touchpoints.append({**tp, **changed.get(tp["key"], {})})
        touchpoints.extend(
            {k: v for k, v in new.items() if k != "after"}
            for new in added
            if new["after"] == tp["key"]
        )
    return touchpoints


def revised_flows(journey: Table, revision: Table) -> list[Table]:
    """The base journey's flows, changed in place, without the removed ones and those of
    removed touchpoints, followed by the added flows."""
    changed = {flow_key(f): f for f in revision.get("flows_changed", ())}
    removed = {flow_key(f) for f in revision.get("flows_removed", ())}
    gone = set(revision.get("touchpoints_removed", ()))
    kept = [
        {**flow, **changed.get(flow_key(flow), {})}
        for flow in journey["flows"]
        if flow_key(flow) not in removed and not gone & set(flow_key(flow))
    ]
    return [*kept, *revision.get("flows_added", ())]


def revise(journey: Table, revision: Table) -> Table:
    """The whole journey a revision describes; its persona and stages are its base's."""
    check_known(journey, revision)
    own = {k: revision[k] for k in ("key", "state", "name", "description", "surveys", "notes")}
    return {
        **journey,
        **own,
        "votes": {**journey["votes"], **revision.get("votes", {})},
        "touchpoints": revised_touchpoints(journey, revision),
        "flows": revised_flows(journey, revision),
    }


def blueprint(journey: Table, spec: Table) -> Table:
    """The service blueprint of a journey: its persona, state, stages, touchpoints and flows
    with the spec's own name, description, backstage lanes and notes, and no survey. Its
    touchpoints have no targets either: the gap report of a map without figures would be
    rows of targets with nothing measured."""
    check_fields(spec, BLUEPRINT_KEYS, f"journey {spec['key']}")
    return {
        **journey,
        **spec,
        "touchpoints": [
            {k: v for k, v in tp.items() if k != "targets"} for tp in journey["touchpoints"]
        ],
        "lane_set": "blueprint",
        "surveys": [],
        "votes": {},
    }


def full_journeys(sample: Table) -> list[Table]:
    """Every journey of a sample written out in full, revisions and blueprints resolved."""
    journeys: dict[str, Table] = {}
    for journey in sample["journeys"]:
        if "revises" in journey:
            journey = revise(journeys[journey["revises"]], journey)
        elif "blueprint_of" in journey:
            journey = blueprint(journeys[journey["blueprint_of"]], journey)
        journeys[journey["key"]] = journey
    return list(journeys.values())


# ---- building documents from the tables -------------------------------------------------


def distribution(metric: str, counts: list[int]) -> dict[int, int]:
    """Counts in scale order as a mapping answer -> count; the length must fit the scale."""
    low, high = SCALES[metric]
    if len(counts) != high - low + 1:
        raise ValueError(f"{metric} needs {high - low + 1} counts ({low}..{high}), got {counts}")
    return {low + offset: count for offset, count in enumerate(counts)}


def build_touchpoint(
    spec: Table, language: str, ids: IdMaker, owners: Table, y: float
) -> Touchpoint:
    """One touchpoint in one language, at height y of its stage column."""
    check_fields(spec, TOUCHPOINT_KEYS, f"touchpoint {spec['key']}")
    return Touchpoint(
        stage_id=ids("stage", spec["stage"]),
        channel=spec["channel"],
        owner=pick(owners[spec["owner"]], language),
        emotion=spec["emotion"],
        importance=spec["importance"],
        volume=spec["volume"],
        y=y,
        targets={metric: float(value) for metric, value in spec.get("targets", {}).items()},
        id=ids("tp", spec["key"]),
        **{name: pick(spec.get(name, NO_TEXT), language) for name in TOUCHPOINT_TEXTS},
        **{name: spec.get(name, False) for name in TOUCHPOINT_FLAGS},
    )


def build_touchpoints(
    journey: Table, language: str, ids: IdMaker, owners: Table
) -> list[Touchpoint]:
    """All touchpoints of a journey, each stage's cards spread down its column."""
    stage_keys = {stage["key"] for stage in journey["stages"]}
    rows: dict[str, int] = {}
    touchpoints = []
    for tp in journey["touchpoints"]:
        if tp["stage"] not in stage_keys:
            raise KeyError(f"{journey['key']}/{tp['key']}: no stage {tp['stage']!r}")
        row = rows[tp["stage"]] = rows.get(tp["stage"], -1) + 1
        touchpoints.append(build_touchpoint(tp, language, ids, owners, row * CARD_STEP))
    return touchpoints


def build_transitions(journey: Table, language: str, ids: IdMaker) -> list[Transition]:
    """The journey's transitions; an unknown touchpoint key raises KeyError."""
    tp_ids = {tp["key"]: ids("tp", tp["key"]) for tp in journey["touchpoints"]}
    return [
        Transition(
            source=tp_ids[flow["source"]],
            target=tp_ids[flow["target"]],
            share=flow.get("share"),
            label=pick(flow.get("label", NO_TEXT), language),
            id=ids("tr", "{}>{}".format(*flow_key(flow))),
        )
        for flow in journey["flows"]
    ]


def build_measurements(
    journey: Table, language: str, ids: IdMaker, sources: Table, segments: Table
) -> list[Measurement]:
    """One measurement per survey, metric and segment ("all" is all respondents)."""
    tp_ids = {tp["key"]: ids("tp", tp["key"]) for tp in journey["touchpoints"]}
    return [
        Measurement(
            touchpoint_id=tp_ids[survey["touchpoint"]],
            metric=survey["metric"],
            counts=distribution(survey["metric"], counts),
            segment=pick(segments[segment], language),
            source=pick(sources[survey["source"]]["name"], language),
            date=sources[survey["source"]]["date"].isoformat(),
            id=ids("m", f"{survey['touchpoint']}/{survey['metric']}/{segment}"),
        )
        for survey in journey["surveys"]
        for segment, counts in survey["counts"].items()
    ]


def lane_specs(journey: Table) -> list[LaneSpec]:
    """The journey's lanes, top to bottom: its lane set (classic unless it is a blueprint),
    with the backstage split into the lanes its ``backstage`` table names, if any."""
    specs = []
    for kind in LANE_SETS[journey.get("lane_set", "classic")]:
        named = journey.get("backstage", {}) if kind == "backstage" else {}
        usual = {language: lane_name(kind, language) for language in LANGUAGES}
        specs.extend(
            [LaneSpec(kind, key, name) for key, name in named.items()]
            or [LaneSpec(kind, kind, usual)]
        )
    return specs


def stage_notes(journey: Table, lanes: list[str], language: str, ids: IdMaker) -> list[Note]:
    """The notes the journey's ``notes`` table gives these lanes (by key), lane by lane and
    stage by stage; each cell's ``en`` and ``de`` lists (and its ``votes``, if it has them)
    must be alike in length."""
    stage_keys = [stage["key"] for stage in journey["stages"]]
    unknown = journey["notes"].keys() - set(stage_keys)
    unknown_lanes = {lane for cells in journey["notes"].values() for lane in cells} - set(lanes)
    if unknown or unknown_lanes:
        raise KeyError(
            f"{journey['key']}: notes for unknown stages {sorted(unknown)} "
            f"or lanes {sorted(unknown_lanes)}"
        )
    notes = []
    for lane in lanes:
        for stage in stage_keys:
            texts = journey["notes"].get(stage, {}).get(lane, NO_TEXT)
            votes = texts.get("votes", [0] * len(texts[language]))
            if {len(texts[other]) for other in LANGUAGES} != {len(votes)}:
                raise ValueError(f"{journey['key']}/{stage}/{lane}: en, de, votes differ in length")
            notes.extend(
                Note(
                    ids("lane", lane),
                    ids("stage", stage),
                    text,
                    votes=count,
                    id=ids("note", f"{lane}/{stage}/{n}"),
                )
                for n, (text, count) in enumerate(zip(texts[language], votes, strict=True))
            )
    return notes


def touchpoint_notes(journey: Table, language: str, ids: IdMaker) -> list[Note]:
    """A pain point and an opportunity note per touchpoint that names one, linked to it and
    with the votes the journey's ``votes`` table gives it (which must name it)."""
    notes = []
    for lane in TOUCHPOINT_NOTE_LANES:
        for tp in journey["touchpoints"]:
            text = pick(tp.get(lane, NO_TEXT), language)
            if text:
                notes.append(
                    Note(
                        ids("lane", lane),
                        ids("stage", tp["stage"]),
                        text,
                        votes=journey["votes"][tp["key"]][lane],
                        touchpoint_ids=[ids("tp", tp["key"])],
                        id=ids("note", f"{lane}/{tp['key']}"),
                    )
                )
    return notes


def build_lanes(journey: Table, language: str, ids: IdMaker) -> tuple[list[Lane], list[Note]]:
    """The journey's lanes and their notes, lane by lane (the touchpoints' own last)."""
    specs = lane_specs(journey)
    lanes = [Lane(s.kind, pick(s.name, language), id=ids("lane", s.key)) for s in specs]
    kinds = {s.kind for s in specs}
    stage_lanes = [
        s.key for s in specs if s.kind in NOTE_LANES and s.kind not in TOUCHPOINT_NOTE_LANES
    ]
    notes = stage_notes(journey, stage_lanes, language, ids)
    if kinds.issuperset(TOUCHPOINT_NOTE_LANES):
        notes += touchpoint_notes(journey, language, ids)
    return lanes, notes


def build_journey(
    journey: Table, sample: Table, vocabulary: Table, scope: str, language: str
) -> Journey:
    """One journey of a sample in one language; ``scope`` is e.g. "installation.de"."""
    ids = ids_under(f"{scope}/{journey['key']}")
    lanes, notes = build_lanes(journey, language, ids)
    return Journey(
        name=pick(journey["name"], language),
        description=pick(journey["description"], language),
        persona_id=ids_under(scope)("persona", journey["persona"]),
        state=journey["state"],
        language=language,
        stages=[
            Stage(
                pick(s["name"], language), pick(s["description"], language), ids("stage", s["key"])
            )
            for s in journey["stages"]
        ],
        touchpoints=build_touchpoints(journey, language, ids, vocabulary["owners"]),
        transitions=build_transitions(journey, language, ids),
        measurements=build_measurements(
            journey, language, ids, sample.get("sources", {}), vocabulary["segments"]
        ),
        id=ids_under(scope)("journey", journey["key"]),
        lanes=lanes,
        notes=notes,
    )


def build_link(spec: Table, ids: IdMaker) -> Link:
    """A link from its TOML form: ``{touchpoint = KEY}``, ``{gap = KEY, metric = M}``,
    ``{pain_point = KEY}`` (the touchpoint's pain-point note) or ``{flow = "A>B"}``."""
    if "gap" in spec:
        return Link("gap", ids("tp", spec["gap"]), spec["metric"])
    ((kind, key),) = spec.items()
    if kind == "touchpoint":
        return Link("touchpoint", ids("tp", key))
    if kind == "pain_point":
        return Link("note", ids("note", f"pain_points/{key}"))
    if kind == "flow":
        return Link("transition", ids("tr", key))
    raise KeyError(f"unknown link {spec}")


def build_opportunities(
    sample: Table, vocabulary: Table, scope: str, language: str
) -> tuple[list[Opportunity], list[Solution]]:
    """The sample's opportunities and their solutions in one language; links, effects and
    solutions' touchpoints name objects by the keys of their journey."""
    ids = ids_under(scope)

    def in_journey(key: str) -> IdMaker:
        return ids_under(f"{scope}/{key}")

    opportunities, solutions = [], []
    for spec in sample.get("opportunities", ()):
        check_fields(spec, OPPORTUNITY_KEYS, f"opportunity {spec['key']}")
        about = in_journey(spec.get("journey", "as-is"))
        opportunity = Opportunity(
            title=pick(spec["title"], language),
            description=pick(spec["description"], language),
            customer_value=spec["customer_value"],
            business_value=spec["business_value"],
            effort=spec["effort"],
            owner=pick(vocabulary["owners"][spec["owner"]], language),
            status=spec["status"],
            due=spec["due"].isoformat(),
            links=[build_link(link, about) for link in spec["links"]],
            effects=[
                Effect(about("tp", e["touchpoint"]), e["metric"], float(e["target"]))
                for e in spec.get("effects", ())
            ],
            id=ids("opportunity", spec["key"]),
        )
        opportunities.append(opportunity)
        for solution in spec.get("solutions", ()):
            check_fields(solution, SOLUTION_KEYS, f"solution {spec['key']}/{solution['key']}")
            where = solution.get("journey")
            solutions.append(
                Solution(
                    opportunity.id,
                    pick(solution["title"], language),
                    pick(solution.get("description", NO_TEXT), language),
                    journey_id=ids("journey", where) if where else None,
                    touchpoint_ids=[
                        in_journey(where)("tp", key) for key in solution.get("touchpoints", ())
                    ],
                    id=ids("solution", f"{spec['key']}/{solution['key']}"),
                )
            )
    return opportunities, solutions


def build_document(name: str, sample: Table, vocabulary: Table, language: str) -> Document:
    """The whole sample as a document in one language."""
    scope = f"{name}.{language}"
    ids = ids_under(scope)
    personas = [
        Persona(
            pick(p["name"], language),
            pick(p["description"], language),
            ids("persona", p["key"]),
            **{name: pick(p[name], language) for name in PERSONA_CARD_TEXTS},
        )
        for p in sample["personas"]
    ]
    journeys = [
        build_journey(j, sample, vocabulary, scope, language) for j in full_journeys(sample)
    ]
    document = Document(
        personas, journeys, *build_opportunities(sample, vocabulary, scope, language)
    )
    problems = opportunity_problems(document)  # a key that names nothing, say
    if problems:
        raise KeyError(f"{scope}: {[p.message for p in problems]}")
    return document


# ---- files ------------------------------------------------------------------------------


def read_toml(path: Path) -> Table:
    """One TOML file as a table."""
    with path.open("rb") as file:
        return tomllib.load(file)


def sample_sources() -> Iterable[Path]:
    """The source file of every sample, by name."""
    return sorted(path for path in SOURCE_DIR.glob("*.toml") if path != VOCABULARY)


def write_sample(document: Document, path: Path) -> None:
    """Write one sample file, after checking that it loads back as a valid document."""
    data = document_to_dict(document)
    document_from_dict(data)  # raises InvalidValue with the path of any bad value
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    """Rewrite all sample files, into OUT_DIR or the folder given as the only argument."""
    out_dir = Path(argv[0]) if argv else OUT_DIR
    out_dir.mkdir(exist_ok=True)
    vocabulary = read_toml(VOCABULARY)
    for source in sample_sources():
        sample = read_toml(source)
        for language in LANGUAGES:
            path = out_dir / f"{source.stem}.{language}.json"
            write_sample(build_document(source.stem, sample, vocabulary, language), path)
            print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
