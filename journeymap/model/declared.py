"""Each kind of object's declared fields, read once from its dataclass (see fields.py).

The commands, the .json serializer, the Excel import and the .jmap storage all take their
field lists and checks from here, so none of them names a field by hand.
"""

from __future__ import annotations

from dataclasses import Field, fields
from typing import Any

from journeymap.model.document import KINDS
from journeymap.model.validation import Check, check_counts, check_respondents, refuse

#: The class of each kind of object ("touchpoint" -> Touchpoint).
CLASSES: dict[str, type] = {kind: cls for cls, kind in KINDS.items()}

#: For each kind, its declared value fields in declaration order (not ``id``, not lists).
DECLARED: dict[str, tuple[Field, ...]] = {
    kind: tuple(f for f in fields(cls) if "kind" in f.metadata) for kind, cls in CLASSES.items()
}

#: For each kind of object, the check of each field with a check of its own (a
#: distribution is checked against its metric, see ``check_object``).
FIELD_CHECKS: dict[str, dict[str, Check]] = {
    kind: {f.name: f.metadata["check"] for f in declared if f.metadata["check"] is not None}
    for kind, declared in DECLARED.items()
}

#: For each kind, its reference fields and the kind each names ("stage_id" -> "stage").
REFERENCES: dict[str, dict[str, str]] = {
    kind: {f.name: f.metadata["refers_to"] for f in declared if f.metadata["kind"] == "reference"}
    for kind, declared in DECLARED.items()
}
#: For each kind, its fields that list ids of another kind ("touchpoint_ids" -> "touchpoint").
LIST_REFERENCES: dict[str, dict[str, str]] = {
    kind: {f.name: f.metadata["refers_to"] for f in declared if f.metadata["kind"] == "references"}
    for kind, declared in DECLARED.items()
}


def fields_of_kind(kind: str, value_kind: str) -> tuple[str, ...]:
    """The names of one kind's fields that hold one kind of value (e.g. its mappings)."""
    return tuple(f.name for f in DECLARED[kind] if f.metadata["kind"] == value_kind)


def check_field(kind: str, field: str, value: Any, path: str = "") -> Any:
    """Check one field of one kind of object; ``path`` prefixes the message."""
    checks = FIELD_CHECKS[kind]
    label = f"{path}.{field}" if path else field
    if field not in checks:
        raise refuse("value.no_such_field", field=label, kind=kind, name=repr(field))
    return checks[field](label, value)


def check_object(kind: str, obj: Any, path: str = "") -> None:
    """Check every field of an object in place, normalising values as it goes."""
    for field in FIELD_CHECKS[kind]:
        setattr(obj, field, check_field(kind, field, getattr(obj, field), path))
    for field in fields_of_kind(kind, "counts"):
        label = f"{path}.{field}" if path else field
        setattr(obj, field, check_counts(label, getattr(obj, field), obj.metric))
    if kind == "measurement":
        label = f"{path}.respondents" if path else "respondents"
        check_respondents(label, obj.counts, obj.respondents, obj.effective_n)
