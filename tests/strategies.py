"""Hypothesis strategies for whole, valid documents."""

from hypothesis import strategies as st

from journeymap.model import (
    Document,
    Journey,
    Lane,
    Measurement,
    Note,
    Persona,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.validation import MAX_COORDINATE
from journeymap.model.vocabulary import (
    CHANNELS,
    LANE_KINDS,
    LANGUAGES,
    SCALES,
    STATES,
    TARGET_RANGES,
)

text = st.text(max_size=12)
# Positions within the document limit (validation.MAX_COORDINATE), finite as every value.
finite = st.floats(-MAX_COORDINATE, MAX_COORDINATE, allow_nan=False, width=64)


@st.composite
def ids(draw, used: set[str]) -> str:
    """An id as model.ids.new_id makes it (a version-4 UUID string), drawn by hypothesis
    so that a failure replays, and not in ``used`` (shrinking would make ids equal)."""
    new = draw(st.uuids(version=4).map(str).filter(lambda i: i not in used))
    used.add(new)
    return new


@st.composite
def touchpoints(draw, stage_ids, used):
    targets = draw(st.dictionaries(st.sampled_from(list(TARGET_RANGES)), st.just(0.0), max_size=3))
    for metric in targets:
        low, high = TARGET_RANGES[metric]
        targets[metric] = draw(st.floats(low, high))
    return Touchpoint(
        stage_id=draw(st.sampled_from(stage_ids)), id=draw(ids(used)),
        name=draw(text), channel=draw(st.sampled_from(list(CHANNELS))),
        channel_other=draw(text), owner=draw(text), goal=draw(text), expectation=draw(text),
        emotion=draw(st.integers(-2, 2)),
        importance=draw(st.integers(1, 5)), volume=draw(st.integers(0, 10**9)),
        proactive=draw(st.booleans()), moment_of_truth=draw(st.booleans()),
        entry=draw(st.booleans()), exit=draw(st.booleans()), notes=draw(text), y=draw(finite),
        targets=targets,
    )  # fmt: skip


@st.composite
def journeys(draw, persona_ids, used):
    journey = Journey(
        name=draw(text), description=draw(text), id=draw(ids(used)),
        persona_id=draw(st.sampled_from([None, *persona_ids])),
        state=draw(st.sampled_from(STATES)), language=draw(st.sampled_from(LANGUAGES)),
    )  # fmt: skip
    journey.stages = draw(st.lists(st.builds(Stage, text, text, ids(used)), max_size=4))
    if journey.stages:
        stage_ids = [s.id for s in journey.stages]
        journey.touchpoints = draw(st.lists(touchpoints(stage_ids, used), max_size=6))
    tp_ids = [tp.id for tp in journey.touchpoints]
    if tp_ids:
        ends = st.sampled_from(tp_ids)
        shares = st.none() | st.floats(0, 1)
        journey.transitions = draw(st.lists(
            st.builds(Transition, ends, ends, shares, text, ids(used)), max_size=8))  # fmt: skip
        metric = draw(st.sampled_from(list(SCALES)))
        low, high = SCALES[metric]
        counts = st.dictionaries(st.integers(low, high), st.integers(0, 10**6), max_size=5)
        dates = st.sampled_from(["", "2026-03-01", "1999-12-31"])
        unweighted = st.builds(Measurement, ends, st.just(metric), counts, text, text, dates,
                               id=ids(used))  # fmt: skip
        journey.measurements = draw(
            st.lists(unweighted | weighted(ends, metric, text, ids(used)), max_size=4)
        )
    journey.lanes = draw(st.lists(
        st.builds(Lane, st.sampled_from(list(LANE_KINDS)), text, st.booleans(), ids(used)),
        max_size=4))  # fmt: skip
    if journey.lanes and journey.stages:
        journey.notes = draw(st.lists(notes(journey, text, ids(used)), max_size=6))
        # the formats keep notes inside their lanes: in lane order, each lane's in its own
        rank = {lane.id: i for i, lane in enumerate(journey.lanes)}
        journey.notes.sort(key=lambda note: rank[note.lane_id])
    return journey


@st.composite
def notes(draw, journey, text, ids):
    """A sticky note in one of the journey's lanes and stages, about some touchpoints."""
    tp_ids = [tp.id for tp in journey.touchpoints]
    about = st.lists(st.sampled_from(tp_ids), unique=True, max_size=3) if tp_ids else st.just([])
    colours = st.just("") | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
    return Note(
        draw(st.sampled_from([lane.id for lane in journey.lanes])),
        draw(st.sampled_from([s.id for s in journey.stages])), draw(text), draw(colours),
        draw(st.integers(0, 10**6)), draw(about), id=draw(ids),
    )  # fmt: skip


@st.composite
def weighted(draw, touchpoints, metric, text, ids):
    """A measurement of a weighted survey: sums of weights, its respondents and an
    effective sample size from above 0 up to them; segmented or not."""
    low, high = SCALES[metric]
    weights = st.floats(0.001, 1e6, allow_nan=False, allow_infinity=False)
    counts = draw(st.dictionaries(st.integers(low, high), weights, min_size=1, max_size=5))
    respondents = draw(st.integers(1, 10**6))
    effective = max(1.0, draw(st.floats(0.5, 1.0)) * respondents)
    return Measurement(
        draw(touchpoints), metric, counts, draw(text), draw(text), "2026-03-01",
        segmented=draw(st.booleans()), respondents=respondents, effective_n=effective,
        id=draw(ids),
    )  # fmt: skip


@st.composite
def documents(draw):
    used: set[str] = set()
    pictures = st.just(b"") | st.binary(max_size=40).map(lambda b: b"\xff\xd8\xff" + b)
    personas = draw(st.lists(
        st.builds(Persona, text, text, ids(used), quote=text, goals=text, needs=text,
                  frustrations=text, picture=pictures),
        max_size=3))  # fmt: skip
    persona_ids = [p.id for p in personas]
    return Document(personas, draw(st.lists(journeys(persona_ids, used), max_size=3)))
