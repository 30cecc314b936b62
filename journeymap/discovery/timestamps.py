"""Reading the timestamps of a contact log as seconds since 1970 in UTC.

Accepted: ISO 8601 with or without a zone ("2026-03-01T09:30:00+01:00", "2026-03-01
09:30", "2026-03-01T08:30:00Z", a date alone), and the German ``DD.MM.YYYY HH:MM`` (seconds
optional, a date alone too). A time with a zone is converted to UTC, so a log whose rows
carry different zones is ordered correctly; a time without a zone is taken as it is
written (as UTC), so a log written in one local time keeps its order and its durations.
A spreadsheet's own date cells arrive as datetime values and are taken the same way.
"""

from __future__ import annotations

import datetime as dt
import re

_UTC = dt.UTC
_GERMAN = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?"
)
#: ISO dates with a four-digit year; fromisoformat alone also takes 20260301 and weeks.
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _seconds(moment: dt.datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_UTC)
    return moment.timestamp()


def parse_time(value: object) -> float | None:
    """A timestamp cell as seconds since 1970 (UTC), or None when it is none of the
    accepted forms."""
    if isinstance(value, dt.datetime):
        return _seconds(value)
    if isinstance(value, dt.date):
        return _seconds(dt.datetime(value.year, value.month, value.day))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _ISO_START.match(text):
        try:
            return _seconds(dt.datetime.fromisoformat(text.replace("z", "Z")))
        except ValueError:
            return None
    match = _GERMAN.fullmatch(text)
    if match is None:
        return None
    day, month, year, hour, minute, second, fraction = match.groups()
    try:
        moment = dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0),
            int(second or 0), int((fraction or "0").ljust(6, "0")),
        )  # fmt: skip
    except ValueError:
        return None
    return _seconds(moment)


def day_start(text: str) -> float:
    """The first second of a day given as YYYY-MM-DD or DD.MM.YYYY (UTC); ValueError
    when it is neither."""
    seconds = parse_time(text)
    if seconds is None:
        raise ValueError(text)
    return seconds
