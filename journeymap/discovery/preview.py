"""A first look at a contact log: its header and first rows, and which of its columns
hold the case, the activity, the time and the optional facts, guessed from their names.

The GUI shows both before the user maps the columns and runs a discovery. The file is
read as discovery reads it (reading.py): CSV and .xlsx through the survey import's
protected readers, XES through the streaming parser, all in a sandboxed child process.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path

from journeymap.discovery.columns import LogColumns
from journeymap.discovery.log_files import checked_log, is_xes
from journeymap.discovery.xes import xes_rows
from journeymap.safety.sandbox import run_untrusted
from journeymap.survey.answers import cell_text
from journeymap.survey.readers import EncodingMismatch, open_table

#: The rows a preview shows unless told otherwise.
PREVIEW_ROWS = 20

#: Each role's column names, normalised (see _key), most telling first: a column named
#: exactly so is taken for the role.
_NAMES: dict[str, tuple[str, ...]] = {
    "case": (
        "case:concept:name", "caseid", "case", "casenumber", "ticketid", "ticket",
        "ticketnumber", "ticketnr", "customerid", "customer", "incidentid", "incident",
        "vorgangsnummer", "vorgangsid", "vorgang", "kundennummer", "kundenid", "kunde",
        "fallnummer", "fall", "id",
    ),
    "activity": (
        "concept:name", "activity", "activityname", "event", "eventname", "status",
        "action", "step", "task", "contactreason", "contacttype", "aktivität",
        "aktivitaet", "ereignis", "tätigkeit", "schritt", "aktion", "kontaktgrund",
        "kontaktart", "anliegen",
    ),
    "time": (
        "time:timestamp", "timestamp", "time", "datetime", "date", "eventtime",
        "createdat", "created", "zeitstempel", "zeitpunkt", "datumuhrzeit", "datum", "zeit",
        "uhrzeit",
    ),
    "channel": (
        "channel", "contactchannel", "medium", "kanal", "kontaktkanal",
        "kommunikationskanal",
    ),
    "owner": (
        "org:resource", "resource", "owner", "agent", "assignee", "assignedto", "handler",
        "employee", "org:group", "team", "bearbeiter", "sachbearbeiter", "bearbeiterin",
        "mitarbeiter", "mitarbeiterin", "zuständig", "verantwortlich",
    ),
    "segment": (
        "segment", "customersegment", "customertype", "tier", "kundensegment",
        "kundengruppe", "kundentyp",
    ),
    "score": (
        "score", "csat", "nps", "ces", "rating", "satisfaction", "bewertung",
        "zufriedenheit",
    ),
}  # fmt: skip
#: Parts of names that say a role, for the columns no exact name claimed; the roles are
#: tried in this order, so "Event time" is a time and "Customer segment" a segment.
_PARTS: dict[str, tuple[str, ...]] = {
    "time": ("timestamp", "time", "date", "zeit", "datum"),
    "segment": ("segment", "kundengruppe", "kundentyp"),
    "score": ("score", "csat", "nps", "rating", "satisf", "bewertung", "zufriedenheit"),
    "channel": ("channel", "kanal"),
    "owner": ("owner", "agent", "assign", "resource", "bearbeiter", "mitarbeiter"),
    "case": ("case", "ticket", "customer", "vorgang", "kunde"),
    "activity": ("activity", "event", "aktivit", "ereignis", "tätigkeit"),
}
#: The metric a score column's name says, by a word of it or a part of a word; CSAT
#: when it says none ("Process score" holds no word "ces").
_METRIC_WORDS = {"nps": "nps", "ces": "ces"}
_METRIC_PARTS = {"effort": "ces", "aufwand": "ces", "empfehl": "nps", "promoter": "nps"}


@dataclass(frozen=True)
class LogPreview:
    """A log's column names and its first rows, every cell as text."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


def preview_log(
    path: str | Path, rows: int = PREVIEW_ROWS, cancelled: Callable[[], bool] | None = None
) -> LogPreview:
    """The header and the first ``rows`` rows of a log (CSV, .xlsx or XES), read in a
    sandboxed child; ``cancelled`` is asked while waiting (True raises
    journeymap.safety.sandbox.Cancelled). Raises DocumentFileError naming the file."""
    path, reader = checked_log(path)
    return run_untrusted(
        _preview_in_child, path, (path, rows), reader=reader,
        result_types=(LogPreview,), cancelled=cancelled,
    )  # fmt: skip


def _preview_in_child(_progress: Callable[[int], None], path: Path, rows: int) -> LogPreview:
    """preview_log's work, in the child."""
    if is_xes(path):
        events = list(itertools.islice(xes_rows(path), rows))
        header = list(dict.fromkeys(key for event in events for key in event))
        return LogPreview(header, [[_text(e.get(name)) for name in header] for e in events])
    try:
        return _table_preview(path, rows, None)
    except EncodingMismatch:  # looked like UTF-8 at the start: German Excel's cp1252
        return _table_preview(path, rows, "cp1252")


def _table_preview(path: Path, rows: int, encoding: str | None) -> LogPreview:
    with open_table(path, encoding) as table:
        first = next(table.chunks, None)
        shown = first.rows[:rows] if first else []
        return LogPreview(list(table.header), [[_text(cell) for cell in row] for row in shown])


def _text(value: object) -> str:
    return "" if value is None else cell_text(value)


def _key(name: str) -> str:
    """A column name as it is guessed from: without case, spaces, "_", "-" and "."."""
    return "".join(c for c in str(name).casefold() if not c.isspace() and c not in "_-.")


def guess_columns(header: list[str]) -> dict[str, str]:
    """Role (a field of LogColumns) -> the column of ``header`` that most likely holds
    it, for the roles a column's name suggests; each column serves one role at most."""
    keys = [_key(name) for name in header]
    guessed: dict[str, str] = {}
    taken: set[int] = set()

    def claim(role: str, index: int) -> None:
        guessed[role] = header[index]
        taken.add(index)

    for role in (f.name for f in fields(LogColumns)):
        for name in _NAMES[role]:
            index = next((i for i, k in enumerate(keys) if k == name and i not in taken), None)
            if index is not None:
                claim(role, index)
                break
    for role, parts in _PARTS.items():
        if role in guessed:
            continue
        index = next(
            (i for i, k in enumerate(keys) if i not in taken and any(p in k for p in parts)),
            None,
        )
        if index is not None:
            claim(role, index)
    return guessed


def guess_metric(column: str) -> str:
    """The metric a score column's name suggests ("NPS" -> nps); csat when none."""
    words = re.split(r"[\W_]+", column.casefold())
    for word in words:
        if word in _METRIC_WORDS:
            return _METRIC_WORDS[word]
    key = _key(column)
    return next((metric for part, metric in _METRIC_PARTS.items() if part in key), "csat")
