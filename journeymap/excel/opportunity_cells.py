"""How an opportunity's status, due date and effects read in a workbook, shared by the
report's Opportunities sheet (opportunitysheet.py), the fill-in sheet's
(opportunities_template.py) and its import (opportunities_import.py).

A status is written as a word in the journeys' language ("in progress", "in Arbeit"), as
channels are; the import takes the English and German words and the file's own keys.
The colours are the Okabe-Ito palette's, safe for colour-blind readers, lightened so
black text stays readable; the status word is always written beside the colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from journeymap.excel.language import DATE_FORMAT, marked, number_text, tr
from journeymap.model.commands import object_name
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Opportunity
from journeymap.model.links import Link
from journeymap.model.vocabulary import OPPORTUNITY_STATES

#: Each status in English and German.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "idea": ("idea", "Idee"),
    "planned": ("planned", "geplant"),
    "in_progress": ("in progress", "in Arbeit"),
    "done": ("done", "erledigt"),
    "dismissed": ("dismissed", "verworfen"),
}
assert tuple(STATUS_WORDS) == OPPORTUNITY_STATES
#: The fill of a status cell (light tints: black text on them reads on a projector).
STATUS_FILLS: dict[str, str] = {
    "idea": "F3D6E7",  # reddish purple
    "planned": "FBE3B3",  # orange
    "in_progress": "C6E2F5",  # sky blue
    "done": "B3E3D3",  # bluish green
    "dismissed": "E0E0E0",  # grey
}
#: The dots of the value-effort matrix, in the palette's full colours.
STATUS_DOTS: dict[str, str] = {
    "idea": "CC79A7",
    "planned": "E69F00",
    "in_progress": "0072B2",
    "done": "009E73",
    "dismissed": "999999",
}
DUE_FORMAT = DATE_FORMAT  # 2026-12-31, or 31.12.2026 in a German file
#: The sheet of opportunities, in the report and in the fill-in template (written in
#: the file's language: ``tr_marked(OPPORTUNITIES)``).
OPPORTUNITIES = marked("Opportunities")


def sheet_language(journeys: Sequence[Journey]) -> str:
    """The language opportunities are written in: German when every journey is."""
    return "de" if journeys and all(j.language == "de" for j in journeys) else "en"


def status_word(status: str, language: str) -> str:
    """A status as a reader sees it: "in progress", or "in Arbeit" in German."""
    english, german = STATUS_WORDS[status]
    return german if language == "de" else english


_BY_WORD = {
    word.casefold(): key
    for key, words in STATUS_WORDS.items()
    for word in (key, *words, key.replace("_", " "))
}


def status_from_word(text: str) -> str | None:
    """The status a typed word names (English or German, any case), None when none."""
    return _BY_WORD.get(" ".join(text.split()).casefold())


def due_date(due: str) -> dt.date | None:
    """A due date (ISO text, as the model keeps it) as a date cell's value."""
    return dt.date.fromisoformat(due) if due else None


def effect_lines(doc: Document, opportunity: Opportunity) -> str:
    """The expected effects, a line each: "Call hotline: CSAT 85" ("CES 5,5" in German)."""
    return "\n".join(
        f"{link_text(doc, Link('touchpoint', e.touchpoint_id))}: {e.metric.upper()} "
        f"{number_text(f'{e.target:g}')}"
        for e in opportunity.effects
    )


#: The kinds of linked object, as a link's text names them.
LINK_WORDS = {"touchpoint": "touchpoint", "transition": "transition", "note": "note", "gap": "gap"}


def link_text(doc: Document, link: Link) -> str:
    """What a link names (model.opportunities.link_label) in the language being written:
    "Call hotline: CSAT gap", "note ‘Waits 20 minutes’", "Anruf Hotline: CSAT-Lücke"."""
    if link.id not in doc:
        return tr("(a {} no longer in the document)").format(tr(LINK_WORDS[link.kind]))
    name = object_name(doc, doc.get(link.id))
    if link.kind == "gap":
        return tr("{}: {} gap").format(name, link.metric.upper())
    return tr("note ‘{}’").format(name) if link.kind == "note" else name


def link_lines(doc: Document, opportunity: Opportunity) -> str:
    """What the opportunity addresses, a readable name a line each."""
    return "\n".join(link_text(doc, link) for link in opportunity.links)
