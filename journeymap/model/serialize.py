"""The document as plain data (dicts and lists) and back, checked value by value.

This is the shape of the JSON interchange format (docs/file-format.md) and of the
clipboard. Reading reports the path of a bad value, e.g.
``journeys[0].touchpoints[3].importance: 7 is out of 1-5``.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import MISSING
from typing import Any

from journeymap.model.declared import (
    CLASSES,
    DECLARED,
    LIST_REFERENCES,
    REFERENCES,
    check_object,
    fields_of_kind,
)
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.migrations import mark_unknown_segments, touchpoint_texts_to_notes
from journeymap.model.origin import origin_from_dict
from journeymap.model.validation import InvalidValue, check_text

FORMAT_NAME = "journeymap"
#: The longest id accepted (journeymap makes 36-character UUIDs).
MAX_ID_LENGTH = 200
#: The interchange format's version. Version 2 gave measurements ``segmented``,
#: ``respondents`` and ``effective_n`` (weighted surveys, segments as parts of a source)
#: and allows fractional counts, and personas a quote, goals, needs, frustrations and a
#: picture (base64); a version-1 file reads as it is, its measurements unweighted and
#: segmented exactly when they name a segment (the fields' defaults). Version 3 drops the
#: touchpoint texts ``pain_points`` and ``opportunities``: an older file's become notes
#: linked to their touchpoint (migrations.py), and gives transitions ``count``,
#: ``median_hours`` and ``p90_hours`` and journeys ``observed_paths`` (discovered from a
#: contact log; null and none in a hand-drawn journey or an older file).
FORMAT_VERSION = 3

#: Each kind's fields as the format writes them: the id first, then the declared fields.
_FIELDS = {kind: ("id", *(f.name for f in declared)) for kind, declared in DECLARED.items()}
#: The fields without a default, which an object in a file must give.
_REQUIRED = {
    kind: [f.name for f in declared if f.default is MISSING and f.default_factory is MISSING]
    for kind, declared in DECLARED.items()
}
#: Per kind, the mapping fields: written as copies; a distribution's answers as text keys.
_TARGETS = {kind: fields_of_kind(kind, "targets") for kind in DECLARED}
_COUNTS = {kind: fields_of_kind(kind, "counts") for kind in DECLARED}
#: Per kind, the picture fields: bytes, written as base64 text.
_PICTURES = {kind: fields_of_kind(kind, "picture") for kind in DECLARED}
_LISTS = (
    ("stages", "stage"),
    ("touchpoints", "touchpoint"),
    ("transitions", "transition"),
    ("measurements", "measurement"),
    ("observed_paths", "observed_path"),
)
#: A note in the format sits inside its lane, so it does not name the lane; a solution
#: sits inside its opportunity: per nested kind, the field naming its parent and the
#: fields it is written with.
_NESTED = {
    kind: (parent, tuple(name for name in _FIELDS[kind] if name != parent))
    for kind, parent in (("note", "lane_id"), ("solution", "opportunity_id"))
}
_DOCUMENT_KEYS = ("format", "version", "library", "personas", "journeys", "opportunities")


def _plain(obj: Any, kind: str) -> dict[str, Any]:
    data = {name: getattr(obj, name) for name in _FIELDS[kind]}
    for name in _TARGETS[kind]:
        data[name] = dict(data[name])
    for name in _COUNTS[kind]:
        data[name] = {str(k): v for k, v in data[name].items()}
    for name in _PICTURES[kind]:
        data[name] = base64.b64encode(data[name]).decode("ascii")
    lists = ("references", "ids", "path")
    for name in (name for value_kind in lists for name in fields_of_kind(kind, value_kind)):
        data[name] = list(data[name])
    for name in (*fields_of_kind(kind, "links"), *fields_of_kind(kind, "effects")):
        data[name] = [{f: getattr(item, f) for f in item.__slots__} for item in data[name]]
    return data


def _nested(
    parents: list, parent_kind: str, children: list, child_kind: str, key: str
) -> list[dict[str, Any]]:
    """Parents as plain data in order, each with its children inside under ``key`` (in
    their order), the children without the field that names their parent."""
    parent_field, fields = _NESTED[child_kind]
    inside: dict[str, list[dict[str, Any]]] = {p.id: [] for p in parents}
    for child in children:
        plain = _plain(child, child_kind)
        inside[getattr(child, parent_field)].append({name: plain[name] for name in fields})
    return [{**_plain(p, parent_kind), key: inside[p.id]} for p in parents]


def journey_to_dict(journey: Journey) -> dict[str, Any]:
    """One journey as plain data, its objects in their order."""
    data = _plain(journey, "journey")
    for attr, kind in _LISTS:
        data[attr] = [_plain(obj, kind) for obj in getattr(journey, attr)]
    data["lanes"] = _nested(journey.lanes, "lane", journey.notes, "note", "notes")
    return data


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The whole document as plain data with the format's name and version, and the team
    library it came from when it has one."""
    origin = {} if doc.library_origin is None else {"library": doc.library_origin.to_dict()}
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        **origin,
        "personas": [_plain(p, "persona") for p in doc.personas],
        "journeys": [journey_to_dict(j) for j in doc.journeys],
        "opportunities": _nested(
            doc.opportunities, "opportunity", doc.solutions, "solution", "solutions"
        ),
    }


def object_from_dict(kind: str, data: Any, path: str) -> Any:
    """Build one object of a kind from a dict, refusing unknown fields and bad values."""
    if not isinstance(data, dict):
        raise InvalidValue(f"{path}: expected an object, found {type(data).__name__}")
    known = set(_FIELDS[kind])
    for key in data:
        if key not in known:
            raise InvalidValue(f"{path}.{key}: unknown field of a {kind}")
    values = dict(data)
    if "id" in values:
        _check_id(values["id"], path)
    for name in _COUNTS[kind]:
        counts = values.get(name, {})
        if not isinstance(counts, dict):
            raise InvalidValue(f"{path}.{name}: {counts!r} is not a mapping of answer to count")
        values[name] = {_answer(k, f"{path}.{name}"): v for k, v in counts.items()}
    for name in _PICTURES[kind]:
        if name in values:
            values[name] = _picture(values[name], f"{path}.{name}")
    for name in _REQUIRED[kind]:
        if name not in values:
            raise InvalidValue(f"{path}.{name}: missing")
    obj = CLASSES[kind](**values)
    check_object(kind, obj, path)
    return obj


def _picture(value: Any, path: str) -> bytes:
    """A picture's bytes from its base64 text (bytes as they are, from a .jmap file)."""
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise InvalidValue(f"{path}: {value!r:.40} is not a picture in base64")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidValue(f"{path}: is not a picture in base64") from None


def _check_id(value: Any, path: str) -> None:
    if not isinstance(value, str) or not value or len(value) > MAX_ID_LENGTH:
        raise InvalidValue(f"{path}.id: {value!r:.80} is not an id")
    check_text(f"{path}.id", value)


#: An answer key as the format writes it: "0", "7", "-3"; never "05", "+1" or "٤", which
#: int() would read as another answer's key and so overwrite that answer's count.
_ANSWER_KEY = re.compile(r"-?(0|[1-9][0-9]{0,5})")


def _answer(key: Any, path: str) -> int:
    if isinstance(key, int) and not isinstance(key, bool):
        return key  # from a .jmap file, already read as an exact integer
    if isinstance(key, str) and _ANSWER_KEY.fullmatch(key):
        return int(key)
    raise InvalidValue(f"{path}: answer {key!r:.80} is not a whole number")


def journey_from_dict(data: Any, path: str = "journey") -> Journey:
    """Build and check one journey, including the references inside it."""
    if not isinstance(data, dict):
        raise InvalidValue(f"{path}: expected an object, found {type(data).__name__}")
    allowed = set(_FIELDS["journey"]) | {attr for attr, _ in _LISTS} | {"lanes"}
    for key in data:
        if key not in allowed:
            raise InvalidValue(f"{path}.{key}: unknown field of a journey")
    if "id" in data:
        _check_id(data["id"], path)
    journey = Journey(**{k: data[k] for k in _FIELDS["journey"] if k in data})
    check_object("journey", journey, path)
    for attr, kind in _LISTS:
        items = data.get(attr, [])
        if not isinstance(items, list):
            raise InvalidValue(f"{path}.{attr}: expected a list")
        setattr(
            journey,
            attr,
            [object_from_dict(kind, item, f"{path}.{attr}[{i}]") for i, item in enumerate(items)],
        )
    journey.lanes, journey.notes = _unnested(
        data.get("lanes", []), f"{path}.lanes", "lane", "note", "notes"
    )
    _check_references(journey, path)
    return journey


def _unnested(
    items: Any, path: str, parent_kind: str, child_kind: str, key: str
) -> tuple[list, list]:
    """Parents and the children inside them under ``key`` (parent by parent, each's in
    its order); a child that names its parent is refused: it is inside it."""
    if not isinstance(items, list):
        raise InvalidValue(f"{path}: expected a list")
    parent_field = _NESTED[child_kind][0]
    parents, children = [], []
    for i, item in enumerate(items):
        where = f"{path}[{i}]"
        if not isinstance(item, dict):
            raise InvalidValue(f"{where}: expected an object, found {type(item).__name__}")
        parent = object_from_dict(parent_kind, {k: v for k, v in item.items() if k != key}, where)
        parents.append(parent)
        inside = item.get(key, [])
        if not isinstance(inside, list):
            raise InvalidValue(f"{where}.{key}: expected a list")
        for j, child in enumerate(inside):
            at = f"{where}.{key}[{j}]"
            if isinstance(child, dict) and parent_field in child:
                raise InvalidValue(f"{at}.{parent_field}: unknown field of a {child_kind}")
            values = {**child, parent_field: parent.id} if isinstance(child, dict) else child
            children.append(object_from_dict(child_kind, values, at))
    return parents, children


def _check_references(journey: Journey, path: str) -> None:
    lists = (*_LISTS, ("lanes", "lane"), ("notes", "note"))
    ids = {kind: {o.id for o in getattr(journey, attr)} for attr, kind in lists}
    for attr, kind in lists:
        named = [(field, refers_to, False) for field, refers_to in REFERENCES[kind].items()]
        named += [(field, refers_to, True) for field, refers_to in LIST_REFERENCES[kind].items()]
        for field, refers_to, listed in named:
            for i, obj in enumerate(getattr(journey, attr)):
                values = getattr(obj, field) if listed else [getattr(obj, field)]
                for value in values:
                    if value not in ids[refers_to]:
                        where = _note_path(journey, obj) if kind == "note" else f"{attr}[{i}]"
                        raise InvalidValue(
                            f"{path}.{where}.{field}: no {refers_to} {value!r:.80} in this journey"
                        )


def _note_path(journey: Journey, note: Any) -> str:
    """Where a note is in the format: inside its lane."""
    lane_index = next(i for i, lane in enumerate(journey.lanes) if lane.id == note.lane_id)
    in_lane = [n for n in journey.notes if n.lane_id == note.lane_id]
    return f"lanes[{lane_index}].notes[{next(i for i, n in enumerate(in_lane) if n is note)}]"


def document_from_dict(data: Any) -> Document:
    """Build and check a whole document; ids must be unique across it."""
    if not isinstance(data, dict):
        raise InvalidValue(f"expected a journeymap document, found {type(data).__name__}")
    if data.get("format") != FORMAT_NAME:
        raise InvalidValue(f"format: {data.get('format')!r} is not {FORMAT_NAME!r}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidValue(f"version: {version!r} is not a version number")
    if version < 1:
        raise InvalidValue(f"version: {version!r:.40} is not a version number (1 is the first)")
    if version > FORMAT_VERSION:
        raise InvalidValue(
            f"version: {version!r:.40} is newer than this journeymap understands "
            f"({FORMAT_VERSION}); please update journeymap"
        )
    for key in data:
        if key not in _DOCUMENT_KEYS:
            raise InvalidValue(f"{key}: unknown field of a document")
    for key in ("personas", "journeys", "opportunities"):
        if not isinstance(data.get(key, []), list):
            raise InvalidValue(f"{key}: expected a list")
    if version < 3:
        touchpoint_texts_to_notes(data)
    personas = [
        object_from_dict("persona", p, f"personas[{i}]")
        for i, p in enumerate(data.get("personas", []))
    ]
    journeys = [
        journey_from_dict(j, f"journeys[{i}]") for i, j in enumerate(data.get("journeys", []))
    ]
    persona_ids = {p.id for p in personas}
    for i, journey in enumerate(journeys):
        if journey.persona_id is not None and journey.persona_id not in persona_ids:
            raise InvalidValue(f"journeys[{i}].persona_id: no persona {journey.persona_id!r}")
    opportunities, solutions = _unnested(
        data.get("opportunities", []), "opportunities", "opportunity", "solution", "solutions"
    )
    journey_ids = {j.id for j in journeys}
    for solution in solutions:
        if solution.journey_id is not None and solution.journey_id not in journey_ids:
            raise InvalidValue(
                f"opportunities: solution {solution.title!r:.80}.journey_id: "
                f"no journey {solution.journey_id!r:.80}"
            )
    doc = Document(personas, journeys, opportunities, solutions)
    _check_unique_ids(doc)
    if "library" in data:
        doc.library_origin = origin_from_dict(data["library"])
    if version < 2:
        mark_unknown_segments(doc)
    doc.migrated_from = version if version < FORMAT_VERSION else None
    return doc


def _check_unique_ids(doc: Document) -> None:
    seen: set[str] = set()
    count = 0
    for p in (*doc.personas, *doc.opportunities, *doc.solutions):
        seen.add(p.id)
        count += 1
    for j in doc.journeys:
        objects = [j, *j.stages, *j.touchpoints, *j.transitions, *j.measurements, *j.lanes,
                   *j.notes, *j.observed_paths]  # fmt: skip
        seen.update(o.id for o in objects)
        count += len(objects)
    if len(seen) != count:
        raise InvalidValue("ids: the same id is used by more than one object")
