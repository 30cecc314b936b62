"""The gap-report workbook: Overview, Map, Touchpoints, Notes (when a journey has
lanes), Gaps, Opportunities (when the document has any), Handoffs & channel breaks, Paths
and Charts, for one journey or several.

Several journeys share each sheet: the list sheets carry a Journey column (so a filter
shows one journey), the Overview has one column per journey, and the Map and Charts
draw one journey below the other.

The workbook speaks the journeys' language (German when every journey is German), or the
one asked for (``--lang``, the GUI's language): sheet names, headers, legends, chart titles
and explanations, from the GUI's translation source (journeymap/words.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journeymap import words
from journeymap.excel.cells import Sheet, write_workbook
from journeymap.excel.charts import charts_sheet
from journeymap.excel.facts import JourneyFacts, gather
from journeymap.excel.gapsheet import gaps_sheet
from journeymap.excel.listsheets import crossings_sheet, paths_sheet, touchpoints_sheet
from journeymap.excel.mapsheet import map_sheet
from journeymap.excel.notesheet import notes_sheet
from journeymap.excel.opportunity_cells import sheet_language
from journeymap.excel.opportunitysheet import opportunities_sheet
from journeymap.excel.overview import overview_sheet
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.figures import ALL_RESPONDENTS, FigureView


def report_sheets(
    doc: Document,
    journeys: list[Journey] | None = None,
    view: FigureView = ALL_RESPONDENTS,
    today: dt.date | None = None,
    language: str | None = None,
) -> list[Sheet]:
    """The workbook's sheets as data, in order; all journeys when none are given.
    ``view`` says whose answers the figures count (all respondents by default);
    ``language`` the words ("en", "de"; None: the journeys' own)."""
    facts = gather(doc, list(doc.journeys if journeys is None else journeys), view)
    language = language or sheet_language([f.journey for f in facts])
    with words.speaking(language):
        return _sheets(doc, facts, view, today, language)


def _sheets(
    doc: Document, facts: list[JourneyFacts], view: FigureView, today: dt.date | None,
    language: str,
) -> list[Sheet]:  # fmt: skip
    # journeys without lanes have no notes: their workbook stays as it was
    notes = [notes_sheet(facts)] if any(f.journey.lanes for f in facts) else []
    # opportunities belong to the document: all of them, whichever journeys are chosen
    opportunities = [opportunities_sheet(doc, language, view)] if doc.opportunities else []
    return [
        overview_sheet(facts, view, today),
        map_sheet(facts),
        touchpoints_sheet(facts, view),
        *notes,
        gaps_sheet(facts),
        *opportunities,
        crossings_sheet(facts),
        paths_sheet(facts),
        charts_sheet(facts),
    ]


def export_workbook(
    doc: Document,
    path: str | Path,
    journeys: list[Journey] | None = None,
    view: FigureView = ALL_RESPONDENTS,
    today: dt.date | None = None,
    language: str | None = None,
) -> None:
    """Write the gap-report workbook to ``path`` (.xlsx) in ``language`` (None: the
    journeys'), replacing it atomically. Raises DocumentFileError when the file cannot
    be written."""
    chosen = list(doc.journeys if journeys is None else journeys)
    language = language or sheet_language(chosen)
    with words.speaking(language):  # the charts are drawn while the file is written
        write_workbook(report_sheets(doc, chosen, view, today, language), path)
