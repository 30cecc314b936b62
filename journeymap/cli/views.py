"""Whose answers a command's figures count: ``--segment`` and ``--source``."""

from __future__ import annotations

import argparse

from journeymap.cli.errors import CommandError
from journeymap.model.entities import Journey
from journeymap.model.figures import (
    UNKNOWN_SEGMENT,
    FigureView,
    has_unknown_segment,
    segments,
    sources,
)

#: What --segment means for the figures of a report.
SEGMENT_HELP = (
    "only this segment's answers; --segment '' shows the answers whose segment cell was "
    "blank (segment unknown). By default all respondents, each counted once"
)


def add_view_options(parser: argparse.ArgumentParser, segment_help: str) -> None:
    """The --segment and --source options of a command that shows figures."""
    parser.add_argument("--segment", metavar="NAME", help=segment_help)
    parser.add_argument(
        "--source",
        metavar="NAME",
        help="only the answers of this survey source (its file name, or the name given "
        "on import); by default every source is counted, each respondent once",
    )


def view_from(args: argparse.Namespace, journeys: list[Journey]) -> FigureView:
    """The view the options ask for; a segment or source the journeys do not have is
    refused with the ones they do have."""
    if args.segment is not None:
        known = sorted({s for j in journeys for s in segments(j)})
        unknown = args.segment == UNKNOWN_SEGMENT and any(map(has_unknown_segment, journeys))
        if args.segment not in known and not unknown:
            names = ", ".join(f"“{s}”" for s in known) or "none"
            raise CommandError(
                f"{args.file}: no segment called “{args.segment:.80}” (segments: {names})"
            )
    if args.source is not None:
        known = list(dict.fromkeys(s for j in journeys for s in sources(j)))
        if args.source not in known:
            names = ", ".join(f"“{s}”" for s in known) or "none"
            raise CommandError(
                f"{args.file}: no survey source called “{args.source:.80}” (sources: {names})"
            )
    return FigureView(args.segment, args.source)
