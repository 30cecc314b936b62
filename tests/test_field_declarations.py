"""Every declared entity field survives .json, .jmap and undo, with no field named here.

The fields are found by walking ``dataclasses.fields`` of every entity class; the values
are drawn from each field's own declaration (its kind, and its check's limits), so a
field added to entities.py is tested the moment it is declared.
"""

import copy
import dataclasses
import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journeymap.model import AddObject, ObservedPath, Opportunity, SetFields
from journeymap.model.document import KINDS, Document
from journeymap.model.links import Effect, Link
from journeymap.model.vocabulary import LINK_KINDS, METRICS, SCALES, TARGET_RANGES
from journeymap.storage import open_document, save_document
from tests.builders import small_document, with_lanes, with_opportunity

#: Every value field of every entity class: (kind, dataclasses.Field).
DECLARED_FIELDS = [
    (kind, f)
    for cls, kind in KINDS.items()
    for f in dataclasses.fields(cls)
    if f.name != "id" and f.default_factory is not list
]


def test_every_entity_field_is_declared_with_a_kind_and_a_check():
    for kind, f in DECLARED_FIELDS:
        assert f.metadata.get("kind"), f"{kind}.{f.name} has no declaration (see fields.py)"
        assert "check" in f.metadata, f"{kind}.{f.name} has no check"


def _limits(f: dataclasses.Field) -> dict:
    """The limits the field's check was declared with (fields.py binds them by keyword)."""
    return getattr(f.metadata["check"], "keywords", {})


def _numbers(low, high):
    return st.floats(low, high, allow_nan=False, width=64)


def _values(doc: Document, obj, f: dataclasses.Field) -> st.SearchStrategy:
    """Valid values of one field of one object, drawn from its declaration."""
    kind, limits = f.metadata["kind"], _limits(f)
    if f.name in ("respondents", "effective_n", "segmented"):
        return _respondent_values(obj, f.name)
    if kind == "text":
        plain = st.text(max_size=20)
    elif kind == "date":
        plain = st.dates().map(lambda d: d.isoformat()) | st.just("")
    elif kind == "choice":
        plain = st.sampled_from(sorted(limits["choices"]))
    elif kind == "whole":
        high = limits["high"] if limits["high"] is not None else 10**12
        plain = st.integers(limits["low"], high)
    elif kind == "flag":
        plain = st.booleans()
    elif kind == "picture":  # a PNG or JPEG start, then anything: the check reads no more
        starts = st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"])
        plain = st.just(b"") | st.builds(bytes.__add__, starts, st.binary(max_size=64))
    elif kind == "number":
        plain = _numbers(limits["low"], limits["high"])
    elif kind == "reference":
        wanted = next(cls for cls, name in KINDS.items() if name == f.metadata["refers_to"])
        journey = doc.journey_of(obj.id)  # None for a journey: it names a persona
        plain = st.sampled_from(
            [
                o.id
                for o in _objects(doc)
                if isinstance(o, wanted) and (journey is None or doc.journey_of(o.id) is journey)
            ]
        )
    elif kind == "colour":
        plain = st.just("") | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
    elif kind == "references":  # some of the journey's touchpoints, each once
        wanted = [tp.id for tp in doc.journey_of(obj.id).touchpoints]
        plain = st.lists(st.sampled_from(wanted), unique=True)
    elif kind == "path":  # the journey's touchpoints in some order, repeats allowed
        wanted = [tp.id for tp in doc.journey_of(obj.id).touchpoints]
        plain = st.lists(st.sampled_from(wanted), max_size=6)
    elif kind == "ids":  # ids of objects of some journey, not checked against the document
        plain = st.lists(st.text(min_size=1, max_size=8), unique=True, max_size=4)
    elif kind == "links":
        link = st.builds(
            Link, st.sampled_from(LINK_KINDS), st.text(min_size=1, max_size=8), st.just("")
        ).map(lambda x: Link(x.kind, x.id, "csat") if x.kind == "gap" else x)
        plain = st.lists(link, unique=True, max_size=4)
    elif kind == "effects":
        effect = st.builds(
            Effect, st.text(min_size=1, max_size=8), st.sampled_from(METRICS), st.just(0.0)
        ).flatmap(lambda e: _numbers(*TARGET_RANGES[e.metric]).map(
            lambda t: Effect(e.touchpoint_id, e.metric, t)))  # fmt: skip
        plain = st.lists(effect, unique_by=lambda e: (e.touchpoint_id, e.metric), max_size=3)
    elif kind == "targets":
        plain = st.dictionaries(
            st.sampled_from(sorted(TARGET_RANGES)), _numbers(0.0, 0.0), max_size=3
        ).flatmap(
            lambda chosen: st.fixed_dictionaries(
                {metric: _numbers(*TARGET_RANGES[metric]) for metric in chosen}
            )
        )
    else:
        assert kind == "counts", f"no values drawn for the kind {kind!r} yet"
        low, high = SCALES[obj.metric]
        plain = st.dictionaries(st.integers(low, high), st.integers(0, 10**6), max_size=4)
    return st.none() | plain if f.metadata["optional"] else plain


def _respondent_values(measurement, name: str) -> st.SearchStrategy:
    """Values of a measurement's respondents, effective sample size or segmented flag
    that agree with the rest of it (validation.check_respondents): respondents no fewer
    than the effective sample size, which is from 1 to them; segmented True
    whenever a segment is named."""
    if name == "respondents":
        return st.integers(max(1, math.ceil(measurement.effective_n)), 10**12)
    if name == "effective_n":
        return _numbers(0.5, 1.0).map(lambda share: max(1.0, share * measurement.respondents))
    return st.just(True) if measurement.segment else st.booleans()


def _objects(doc: Document) -> list:
    """Every object of the document."""
    inside = [
        o
        for j in doc.journeys
        for o in (*j.stages, *j.touchpoints, *j.transitions, *j.lanes, *j.notes, *j.observed_paths)
    ]
    return [
        *doc.personas,
        *doc.journeys,
        *doc.opportunities,
        *doc.solutions,
        *inside,
        *(m for j in doc.journeys for m in j.measurements),
    ]


@pytest.mark.parametrize(
    ("kind", "field"), DECLARED_FIELDS, ids=[f"{k}.{f.name}" for k, f in DECLARED_FIELDS]
)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_changed_field_round_trips_through_json_jmap_and_undo(
    tmp_path_factory, kind, field, data
):
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)
    stack.push(AddObject(Opportunity("Another one")))  # a solution may move to it
    journey = doc.journeys[0]
    path = ObservedPath([ids["call"], ids["call"], ids["tech"]], cases=3)
    stack.push(AddObject(path, journey.id))
    obj = next(o for o in _objects(doc) if KINDS[type(o)] == kind)
    old = getattr(obj, field.name)
    value = data.draw(_values(doc, obj, field), label=f"{kind}.{field.name}")
    assume(value != old)
    before = copy.deepcopy(doc)

    stack.push(SetFields(obj.id, {field.name: value}))
    assert getattr(doc.get(obj.id), field.name) == value
    changed = copy.deepcopy(doc)
    stack.undo()
    assert doc == before
    stack.redo()
    assert doc == changed

    folder = tmp_path_factory.mktemp("fields")
    for suffix in (".json", ".jmap"):
        path = folder / f"document{suffix}"
        save_document(doc, path)
        reopened = open_document(path)
        assert getattr(reopened.get(obj.id), field.name) == value
        assert reopened == changed
