"""`journeymap export --pptx`: the leave-behind deck (journeymap/deck), its maps drawn
headless by the map export's code, as --png draws them."""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymap.cli.excel import ExportFormat, check_view
from journeymap.cli.pictures import as_drawn, map_options
from journeymap.cli.views import view_from
from journeymap.excel.opportunity_cells import sheet_language
from journeymap.model.document import Document
from journeymap.model.entities import Journey


def write_deck(doc: Document, journeys: list[Journey], out: Path, args: argparse.Namespace):
    """--pptx: the deck of the chosen journeys, in the workbook's language."""
    from journeymap.deck.writer import export_deck  # python-pptx and Qt load only now
    from journeymap.ui import map_pictures
    from journeymap.ui.slide_pictures import deck_map_drawer

    language = args.lang or sheet_language(journeys)
    map_pictures.ensure_app(language)
    drawer = deck_map_drawer(as_drawn(doc, journeys, args), map_options(doc, journeys, args))
    export_deck(doc, out, journeys, drawer, view_from(args, journeys), language,
                Path(args.file).stem)  # fmt: skip


DECK_FORMATS = (
    ExportFormat("--pptx", "OUT.pptx", "a slide deck: title, per journey the map, the top "
                 "gaps and the charts, the opportunities, how the figures are made",
                 write_deck, (".pptx",), check_view),
)  # fmt: skip
