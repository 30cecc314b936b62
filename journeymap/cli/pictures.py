"""`journeymap export --png/--svg/--pdf`: the map, drawn headless by the editor's code."""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

from journeymap.cli.documents import CommandError
from journeymap.cli.excel import ExportFormat, check_view
from journeymap.cli.views import view_from
from journeymap.model.compare import counterpart
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.lanes import make_service_blueprint
from journeymap.model.vocabulary import METRICS

#: View ▸ Highlight and View ▸ Colour cards by, as options of the map formats.
HIGHLIGHTS = ("handoffs", "channel_breaks", "loops", "worst_path")
COLOUR_BY = ("gap", *METRICS)


def check_picture(journeys: list[Journey], args: argparse.Namespace) -> None:
    """A picture shows one journey, at a sensible resolution."""
    if len(journeys) > 1:
        names = ", ".join(f"“{j.name}”" for j in journeys)
        raise CommandError(
            f"{args.file}: a picture shows one journey; add --journey NAME ({names})"
        )
    if not 24 <= args.dpi <= 1200:
        raise CommandError(f"--dpi: {args.dpi} is out of 24-1200")
    check_view(journeys, args)


def write_picture(
    doc: Document, journeys: list[Journey], out: Path, args: argparse.Namespace
) -> None:
    """--png and --svg: one journey's map as a picture file (checked by check_picture)."""
    from journeymap.ui import map_pictures  # Qt loads only for these options

    (journey,) = journeys
    map_pictures.ensure_app(args.lang or journey.language)  # --lang, as the workbook
    drawn = as_drawn(doc, journeys, args)
    scene = map_pictures.journey_scene(drawn, journey.id, map_options(doc, journeys, args))
    if out.suffix.lower() == ".png":
        map_pictures.write_png(scene, out, args.dpi)
    else:
        map_pictures.write_svg(scene, out)


def as_drawn(doc: Document, journeys: list[Journey], args: argparse.Namespace) -> Document:
    """The document to draw: with --blueprint, a copy in which these journeys are made
    service blueprints (Journey ▸ Make service blueprint), the file left as it is."""
    if not args.blueprint:
        return doc
    drawn = copy.deepcopy(doc)
    for journey in journeys:
        command = make_service_blueprint(drawn.journey(journey.id))
        if command is not None:
            command.do(drawn)
    return drawn


def map_options(doc: Document, journeys: list[Journey], args: argparse.Namespace):
    """The map shown as --highlight, --colour-by and --overlay-curve ask (as in the View
    menu), its figures counting the answers --segment and --source choose."""
    from journeymap.ui.canvas.legend import MapOptions

    view = view_from(args, journeys)
    if args.overlay_curve:
        for journey in journeys:
            if counterpart(doc.journeys, journey) is None:
                alone = f"“{journey.name}” has no as-is or to-be journey to compare with"
                print(
                    f"journeymap: --overlay-curve: {alone}; its map has one curve", file=sys.stderr
                )
    return MapOptions(args.colour_by, args.highlight or "", view, args.overlay_curve)


def write_pdf(doc: Document, journeys: list[Journey], out: Path, args: argparse.Namespace) -> None:
    """--pdf: a landscape page per journey, several for one too wide to read on one."""
    from journeymap.ui import map_pictures

    map_pictures.ensure_app(args.lang or (journeys[0].language if journeys else "en"))
    options = map_options(doc, journeys, args)
    drawn = as_drawn(doc, journeys, args)
    pages = [map_pictures.journey_scene(drawn, j.id, options) for j in journeys]
    map_pictures.write_pdf(pages, out, args.page)


MAP_FORMATS = (
    ExportFormat("--png", "OUT.png", "the map as a PNG (see --dpi)", write_picture, (".png",),
                 check_picture),
    ExportFormat("--svg", "OUT.svg", "the map as an SVG vector drawing", write_picture, (".svg",),
                 check_picture),
    ExportFormat("--pdf", "OUT.pdf", "the map as a vector PDF, a landscape page per journey "
                 "(a wide one split over pages; see --page)", write_pdf, (".pdf",), check_view),
)  # fmt: skip


def add_options(export: argparse.ArgumentParser) -> None:
    """The options only the map formats use."""
    export.add_argument(
        "--dpi", type=int, default=150, metavar="N",
        help="resolution of --png (default 150; 96 is the map at 100 %%)",
    )  # fmt: skip
    export.add_argument(
        "--page", choices=("A4", "A3"), default="A4",
        help="page size of --pdf, landscape (default A4)",
    )  # fmt: skip
    export.add_argument(
        "--highlight", choices=HIGHLIGHTS, help="emphasise these on the map (View ▸ Highlight)"
    )
    export.add_argument(
        "--colour-by", choices=COLOUR_BY, default="gap",
        help="colour the cards by the gap (default) or as a heat map of a metric's level",
    )  # fmt: skip
    export.add_argument(
        "--blueprint",
        action="store_true",
        help="draw each journey made into a service blueprint (Journey ▸ Make service "
        "blueprint: the lines of interaction and visibility, frontstage, a backstage lane per "
        "owner, support processes); the file is not changed",
    )
    export.add_argument(
        "--overlay-curve", action="store_true",
        help="lay the emotion curve of the journey's to-be (or as-is) counterpart over its own, "
        "dashed (View ▸ Overlay the to-be / as-is curve)",
    )  # fmt: skip
