"""Checks every attribute value before it enters a document.

The same rules serve commands (an edit in the GUI), file loading and Excel import, so a
value that one path refuses is refused by all. Each check returns the value, normalised,
or raises InvalidValue with a message such as ``importance: 7 is out of 1-5``: a
``Message`` (code and parameters) that the GUI renders in its own language.

Which field takes which check is declared with the field itself (fields.py, entities.py);
declared.py gathers them into the table the commands and the formats use.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable
from typing import Any

from journeymap.model.links import Effect, Link
from journeymap.model.messages import Message, message
from journeymap.model.vocabulary import LINK_KINDS, METRICS, SCALES, TARGET_RANGES

#: Document limits on single values. A text field holds at most this many characters.
MAX_TEXT_LENGTH = 100_000
#: The largest whole number (a volume, a count of responses): exact as a float and far
#: inside SQLite's 64-bit integers, so every value that loads also saves.
MAX_WHOLE = 10**15
#: The largest distance from 0 of a position on the map.
MAX_COORDINATE = 1e9
#: The largest picture a persona may carry inside the document.
MAX_PICTURE_BYTES = 2 * 1024 * 1024
#: How a PNG and a JPEG file begin: a persona's picture is one of them.
PICTURE_SIGNATURES = {"PNG": b"\x89PNG\r\n\x1a\n", "JPEG": b"\xff\xd8\xff"}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class InvalidValue(ValueError):
    """A value that the model does not accept, with a message naming field and reason.

    ``str()`` is the English sentence; ``message`` the code and parameters, or None when
    the reason was given as plain text (file formats, the clipboard)."""

    def __init__(self, reason: str | Message) -> None:
        super().__init__(str(reason))
        self.message = reason if isinstance(reason, Message) else None


def refuse(code: str, **params: Any) -> InvalidValue:
    """The InvalidValue for one of the model's messages (raise it)."""
    return InvalidValue(message(code, **params))


def check_text(name: str, value: Any) -> str:
    """Text of at most MAX_TEXT_LENGTH characters that UTF-8 can hold (no lone
    surrogate)."""
    if not isinstance(value, str):
        raise refuse("value.not_text", field=name, value=_repr(value))
    if len(value) > MAX_TEXT_LENGTH:
        raise refuse("value.text_too_long", field=name, length=len(value), limit=MAX_TEXT_LENGTH)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate such as "\ud800" from JSON
            raise refuse("value.bad_character", field=name, value=_repr(value)) from None
    return value


def check_optional_text(name: str, value: Any) -> str | None:
    """Text, or None."""
    return None if value is None else check_text(name, value)


def check_flag(name: str, value: Any) -> bool:
    """True or false, nothing else (not 0 or 1)."""
    if not isinstance(value, bool):
        raise refuse("value.not_flag", field=name, value=repr(value))
    return value


def check_whole(name: str, value: Any, low: int, high: int | None) -> int:
    """A whole number from low to high (no upper end when None), at most MAX_WHOLE;
    a float with no fraction counts as whole."""
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise refuse("value.not_whole", field=name, value=_repr(value))
    if high is None and value < low:
        raise refuse("value.below_minimum", field=name, value=_shown(value), low=low)
    if high is not None and not low <= value <= high:
        raise refuse("value.out_of_range", field=name, value=_shown(value), low=low, high=high)
    if value > MAX_WHOLE:
        raise refuse("value.too_large", field=name, value=_shown(value), limit=MAX_WHOLE)
    return value


def _shown(value: int) -> int | str:
    """A whole number for a message; one of thousands of digits is abbreviated."""
    if value.bit_length() <= 128:
        return value
    return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"


def _repr(value: Any) -> str:
    """A value as a message quotes it: its repr, cut short (a text may be megabytes)."""
    text = repr(value) if not isinstance(value, int) or value.bit_length() <= 128 else ""
    return text[:80] if text else str(_shown(value))


def check_number(
    name: str, value: Any, low: float | None = None, high: float | None = None
) -> float:
    """A finite number, within low and high when given."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WHOLE:
        raise refuse("value.too_large", field=name, value=_shown(value), limit=MAX_WHOLE)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise refuse("value.not_number", field=name, value=_repr(value))
    if (low is not None and value < low) or (high is not None and value > high):
        raise refuse(
            "value.out_of_range", field=name, value=float(value), low=float(low), high=float(high)
        )
    return float(value)


def check_choice(name: str, value: Any, choices: Any) -> str:
    """One of the choices."""
    if not isinstance(value, str) or value not in choices:
        raise refuse("value.not_choice", field=name, value=repr(value), choices=tuple(choices))
    return value


def check_optional_whole(name: str, value: Any, low: int, high: int | None) -> int | None:
    """A whole number from low to high, or None (unknown)."""
    return None if value is None else check_whole(name, value, low, high)


def check_path(name: str, value: Any) -> list[str]:
    """A list of ids in order, repeats allowed (a path that passes a touchpoint twice)."""
    if not isinstance(value, list):
        raise refuse("value.not_references", field=name, value=_repr(value))
    return [check_text(f"{name}[{i}]", item) for i, item in enumerate(value)]


def check_optional_number(name: str, value: Any, low: float, high: float) -> float | None:
    """A number from low to high, or None (unknown)."""
    return None if value is None else check_number(name, value, low, high)


#: A date as German users type it: 31.12.2026 (day and month with or without a leading 0).
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def iso_date(text: str) -> str:
    """A date as typed, YYYY-MM-DD or DD.MM.YYYY, in ISO form (YYYY-MM-DD); text that is
    not a date in either form comes back as it is (stripped), for ``check_date`` to refuse
    with its message."""
    text = text.strip()
    german = _GERMAN_DATE.fullmatch(text)
    try:
        if german:
            day, month, year = (int(part) for part in german.groups())
            return _dt.date(year, month, day).isoformat()
        if _DATE.fullmatch(text):
            return _dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    return text


def check_date(name: str, value: Any) -> str:
    """An ISO date YYYY-MM-DD, or empty."""
    value = check_text(name, value)
    if value:
        try:  # fromisoformat alone also takes 20260930 and 2026-W01-1
            if not _DATE.fullmatch(value):
                raise ValueError(value)
            _dt.date.fromisoformat(value)
        except ValueError:
            raise refuse("value.not_date", field=name, value=repr(value)) from None
    return value


def check_picture(name: str, value: Any) -> bytes:
    """A picture's bytes: a PNG or JPEG image of at most MAX_PICTURE_BYTES, or empty
    (no picture)."""
    if not isinstance(value, bytes):
        raise refuse("value.not_picture", field=name)
    if len(value) > MAX_PICTURE_BYTES:
        raise refuse("value.picture_too_large", field=name, size=len(value),
                      limit=MAX_PICTURE_BYTES)  # fmt: skip
    if value and not any(value.startswith(s) for s in PICTURE_SIGNATURES.values()):
        raise refuse("value.not_picture", field=name)
    return value


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def check_colour(name: str, value: Any) -> str:
    """A colour as #rrggbb (kept as written, lower case), or empty."""
    value = check_text(name, value)
    if value and not _COLOUR.fullmatch(value):
        raise refuse("value.not_colour", field=name, value=repr(value))
    return value.lower()


def check_references(name: str, value: Any) -> list[str]:
    """A list of ids, each once (which objects they name is checked with the document)."""
    if not isinstance(value, list):
        raise refuse("value.not_references", field=name, value=_repr(value))
    checked = [check_text(f"{name}[{i}]", item) for i, item in enumerate(value)]
    if len(set(checked)) != len(checked):
        raise refuse("value.repeated_reference", field=name)
    return checked


def _fields_of(name: str, item: Any, cls: type, code: str) -> dict[str, Any]:
    """An item of a list of links or effects as its fields: the value itself, or a
    mapping of exactly its fields (as a file gives it)."""
    if isinstance(item, cls):
        return {field: getattr(item, field) for field in cls.__slots__}
    names = set(cls.__slots__)
    required = names - ({"metric"} if cls is Link else set())
    if not isinstance(item, dict) or not required <= set(item) <= names:
        raise refuse(code, field=name, value=_repr(item))
    return item


def check_links(name: str, value: Any) -> list[Link]:
    """What an opportunity addresses: links of a known kind, each with an id, a gap link
    with its metric (which objects they name is checked by ``validate``, not here: a link
    may outlive its object)."""
    if not isinstance(value, list):
        raise refuse("value.not_links", field=name, value=_repr(value))
    links = []
    for i, item in enumerate(value):
        where = f"{name}[{i}]"
        fields = _fields_of(where, item, Link, "value.not_links")
        kind = check_choice(f"{where}.kind", fields["kind"], LINK_KINDS)
        metric = fields.get("metric", "")
        if metric or kind == "gap":
            if kind == "gap" and not metric:
                raise refuse("value.gap_without_metric", field=where)
            metric = check_choice(f"{where}.metric", metric, METRICS)
        links.append(Link(kind, check_text(f"{where}.id", fields["id"]), metric))
    if len(set(links)) != len(links):
        raise refuse("value.repeated_link", field=name)
    return links


def check_effects(name: str, value: Any) -> list[Effect]:
    """The targets an opportunity aims for, per touchpoint and metric (each pair once),
    each within its metric's range."""
    if not isinstance(value, list):
        raise refuse("value.not_effects", field=name, value=_repr(value))
    effects = []
    for i, item in enumerate(value):
        where = f"{name}[{i}]"
        fields = _fields_of(where, item, Effect, "value.not_effects")
        metric = check_choice(f"{where}.metric", fields["metric"], TARGET_RANGES)
        low, high = TARGET_RANGES[metric]
        effects.append(
            Effect(
                check_text(f"{where}.touchpoint_id", fields["touchpoint_id"]),
                metric,
                check_number(f"{where}.target", fields["target"], low, high),
            )
        )
    if len({(e.touchpoint_id, e.metric) for e in effects}) != len(effects):
        raise refuse("value.repeated_link", field=name)
    return effects


def check_targets(name: str, value: Any) -> dict[str, float]:
    """Targets: a mapping metric -> expected level within that metric's range."""
    if not isinstance(value, dict):
        raise refuse("value.not_targets", field=name, value=repr(value))
    checked: dict[str, float] = {}
    for metric, target in value.items():
        check_choice(f"{name}.{metric}", metric, TARGET_RANGES)
        low, high = TARGET_RANGES[metric]
        checked[metric] = check_number(f"{name}.{metric}", target, low, high)
    return checked


def check_counts(name: str, value: Any, metric: str) -> dict[int, int | float]:
    """A distribution: answer value on the metric's scale -> responses, a whole number,
    or for a weighted survey the sum of the respondents' weights (a finite number, 0 or
    more). A count with no fraction is kept as a whole number."""
    if not isinstance(value, dict):
        raise refuse("value.not_counts", field=name, value=repr(value))
    low, high = SCALES[metric]
    checked: dict[int, int | float] = {}
    for answer, count in value.items():
        answer = check_whole(f"{name} answer", answer, low, high)
        label = f"{name}[{answer}]"
        if isinstance(count, float) and math.isfinite(count) and not count.is_integer():
            checked[answer] = check_number(label, count, 0.0, float(MAX_WHOLE))
        else:
            checked[answer] = check_whole(label, count, 0, None)
    return dict(sorted(checked.items()))


def check_respondents(
    name: str, counts: dict[int, int | float], respondents: int, effective_n: float
) -> None:
    """The respondents behind a distribution agree with it: none exactly when there
    are no responses, and an effective sample size (Kish) from 1 to the number of
    respondents: (Σw)² / Σw² is never below 1. Unweighted, all three are the same."""
    weight = sum(counts.values())
    if (weight > 0) != (respondents > 0):
        raise refuse("value.respondents_mismatch", field=name, respondents=respondents)
    if respondents and not 1 - 1e-9 <= effective_n <= respondents * (1 + 1e-9):
        raise refuse("value.effective_n", field=name, value=effective_n, respondents=respondents)


#: A field's check: (label for messages, value) -> the value, normalised.
Check = Callable[[str, Any], Any]
