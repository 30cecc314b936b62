"""How an entity field is declared: once, with the kind of value it holds and its check.

Each field of an entity (entities.py) is ``name: type = text()``, ``whole(1, 5, 3)`` and
so on: a ``dataclasses.field`` whose metadata carries

- ``kind``: what the value is, which decides its SQL column (see storage/schema.py) and
  how the formats write it: ``text``, ``choice``, ``date``, ``reference``, ``whole``,
  ``flag``, ``number``, ``colour``, ``picture``, ``references``, ``ids``, ``path``,
  ``links``, ``effects``, ``targets`` or ``counts`` (the last seven are lists or mappings
  with tables of their own in a .jmap file);
- ``check``: the rule of validation.py every path (commands, files, Excel) applies;
- ``refers_to``: for a reference, the kind of object it names;
- ``optional``: whether None (SQL NULL) is a value.

The check table (declared.py), the SQL tables, the serializer and the .jmap rows are all
read from these declarations, so a new field is one line here plus a schema migration.
Fields without metadata (``id``, a journey's lists) are structure, not values.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import MISSING, field
from functools import partial
from typing import Any

from journeymap.model import validation as v

#: The kinds whose value is a mapping or list stored in a table of its own, not a column.
MAPPINGS = ("targets", "counts", "references", "ids", "path", "links", "effects")
#: The kinds whose value is a list (the other mappings are dicts).
LISTS = ("references", "ids", "path", "links", "effects")


def _declared(kind: str, check: v.Check | None, default: Any = MISSING, **extra: Any) -> Any:
    """A dataclass field with its declaration; no default (MISSING) makes it required."""
    metadata = {"kind": kind, "check": check, "refers_to": None, "optional": False, **extra}
    if kind in MAPPINGS:
        empty = list if kind in LISTS else dict
        return field(default_factory=empty, metadata=metadata)
    return field(default=default, metadata=metadata)


def text(default: str = "") -> Any:
    """Free text of at most MAX_TEXT_LENGTH characters."""
    return _declared("text", v.check_text, default)


def choice(values: Collection[str], default: Any = MISSING) -> Any:
    """One of a fixed set of words (a channel, a state, a metric); required without a
    default."""
    return _declared("choice", partial(v.check_choice, choices=values), default)


def date() -> Any:
    """An ISO date YYYY-MM-DD, or empty."""
    return _declared("date", v.check_date, "")


def whole(low: int, high: int | None, default: int) -> Any:
    """A whole number from ``low`` to ``high`` (no upper end when None)."""
    return _declared("whole", partial(v.check_whole, low=low, high=high), default)


def flag(default: bool = False) -> Any:
    """True or false."""
    return _declared("flag", v.check_flag, default)


def number(low: float, high: float, default: float) -> Any:
    """A finite number from ``low`` to ``high``."""
    return _declared("number", partial(v.check_number, low=low, high=high), default)


def optional_whole(low: int) -> Any:
    """A whole number from ``low`` up, or None when unknown (a count not discovered)."""
    check = partial(v.check_optional_whole, low=low, high=None)
    return _declared("whole", check, None, optional=True)


def hours() -> Any:
    """A duration in hours from 0 up, or None when unknown."""
    check = partial(v.check_optional_number, low=0.0, high=float(v.MAX_WHOLE))
    return _declared("number", check, None, optional=True)


def share() -> Any:
    """A share of customers from 0 to 1, or None when unknown."""
    check = partial(v.check_optional_number, low=0.0, high=1.0)
    return _declared("number", check, None, optional=True)


def reference(kind: str, optional: bool = False) -> Any:
    """The id of another object of this kind: required, or when ``optional`` None by
    default, meaning "none"."""
    if optional:
        return _declared("reference", v.check_optional_text, None, refers_to=kind, optional=True)
    return _declared("reference", v.check_text, refers_to=kind)


def picture() -> Any:
    """A picture's bytes (PNG or JPEG, at most 2 MB), empty for none; base64 in .json,
    a BLOB in .jmap."""
    return _declared("picture", v.check_picture, b"")


def colour() -> Any:
    """A colour as #rrggbb, or empty for the lane's own."""
    return _declared("colour", v.check_colour, "")


def references(kind: str) -> Any:
    """The ids of other objects of this kind, in order, each once; a table of its own in
    a .jmap file."""
    return _declared("references", v.check_references, refers_to=kind)


def ids() -> Any:
    """The ids of objects of some journey, in order, each once, not checked against the
    document (they may outlive their objects: ``validate`` reports it)."""
    return _declared("ids", v.check_references)


def path() -> Any:
    """Touchpoint ids of one journey in the order a customer passed them, repeats allowed;
    not checked against the journey (an observation may outlive a deleted touchpoint)."""
    return _declared("path", v.check_path)


def links() -> Any:
    """What an opportunity addresses (model/links.py); a table of its own in .jmap."""
    return _declared("links", v.check_links)


def effects() -> Any:
    """The targets an opportunity aims for (model/links.py); a table of its own."""
    return _declared("effects", v.check_effects)


def targets() -> Any:
    """Per metric, the level the touchpoint should reach."""
    return _declared("targets", v.check_targets)


def counts() -> Any:
    """A distribution, answer value -> responses; checked against the object's metric."""
    return _declared("counts", None)
