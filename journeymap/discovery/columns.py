"""Which columns of a log hold the case, the activity, the time and the optional facts."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: The most column names a message lists.
_SHOWN = 20


@dataclass(frozen=True)
class LogColumns:
    """The names of the columns to read; None for an optional one that is not read."""

    case: str
    activity: str
    time: str
    channel: str | None = None
    owner: str | None = None
    segment: str | None = None
    score: str | None = None

    def wanted(self) -> dict[str, str]:
        """Role -> column name, for the columns that are read."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def normalised(name: str) -> str:
    """A column name as it is matched: without case and spaces ("Case ID" = "caseid")."""
    return "".join(str(name).split()).casefold()


def match_columns(path: str | Path, header: list[str], columns: LogColumns) -> dict[str, int]:
    """Role -> index of its column in the header; refuses with every missing name and the
    columns the file has."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(normalised(name), i)
    found: dict[str, int] = {}
    missing = []
    for role, name in columns.wanted().items():
        if normalised(name) in index:
            found[role] = index[normalised(name)]
        else:
            missing.append(f"“{name}” (--{role})")
    if missing:
        shown = ", ".join(f"“{h}”" for h in header[:_SHOWN] if h)
        extra = len(header) - _SHOWN
        more = phrase(" and {count} more", count=extra) if extra > 0 else ""
        raise DocumentFileError(
            path,
            phrase(
                "has no column {missing}; its columns are {shown}{more}",
                missing=", ".join(missing),
                shown=shown,
                more=more,
            ),
        )
    return found
