"""The ``discover`` tool: a journey drawn from a contact or ticket log (docs/discovery.md)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from journeymap.cli.documents import CommandError, editing, pick_journeys
from journeymap.cli.errors import refuse_existing
from journeymap.cli.output import format_rows
from journeymap.discovery import DiscoveryOptions, DiscoveryResult, LogColumns
from journeymap.discovery.timestamps import day_start
from journeymap.model.commands import CommandStack
from journeymap.model.document import Document
from journeymap.model.rediscovery import plan_refresh
from journeymap.model.vocabulary import METRICS
from journeymap.storage import save_document

_DAY = 86400.0


def parse_stage(text: str) -> tuple[str, str]:
    """``ACTIVITY=STAGE`` as a pair."""
    activity, equals, stage = text.partition("=")
    if not equals or not activity.strip() or not stage.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not ACTIVITY=STAGE")
    return activity.strip(), stage.strip()


def parse_share(text: str) -> float:
    """A share from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share from 0 to 1")
    return value


def parse_day(text: str) -> float:
    """A day (YYYY-MM-DD or DD.MM.YYYY) as the first second of it, UTC."""
    try:
        return day_start(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)"
        ) from None


def cmd_discover(args: argparse.Namespace) -> int:
    """Discover a journey from a log, print the summary and save it as a new document
    (with --into: refresh a document's journey from it instead)."""
    if args.into is not None or args.journey is not None:
        return refresh_into(args)
    if args.out is None:
        raise CommandError("give OUT, the new document, or --into FILE --journey NAME")
    out = Path(args.out)
    if out.suffix.lower() not in (".jmap", ".json"):
        raise CommandError(f"{out}: the discovered journey is saved as .jmap or .json")
    refuse_existing(out, args.force)
    result = discovered_from(args)
    save_document(Document(journeys=[result.journey]), out)
    _print_summary(result, args.format)
    if args.format != "json":
        print(f"Saved the journey “{result.journey.name}” to {out}")
    return 0


def discovered_from(args: argparse.Namespace) -> DiscoveryResult:
    """The journey the log of the command line describes, with the options given."""
    if (args.score is None) != (args.metric is None):
        raise CommandError("--score and --metric go together: the column and its metric")
    if args.stages < 1:
        raise CommandError(f"--stages: {args.stages} is not a number of stages (1 or more)")
    if args.order is not None and args.table is None:
        raise CommandError("--order goes with --table: it numbers the rows of a database table")
    if args.date_from is not None and args.date_to is not None and args.date_from > args.date_to:
        raise CommandError("--from is after --to: the period would hold no day")
    columns = LogColumns(args.case, args.activity, args.time, args.channel, args.owner,
                         args.segment, args.score)  # fmt: skip
    options = DiscoveryOptions(
        min_share=args.min_share, stage_of=dict(args.stage or ()), stages=args.stages,
        start=args.date_from, end=None if args.date_to is None else args.date_to + _DAY,
        by_channel=args.channel is not None, metric=args.metric,
        segmented=args.segment is not None,
    )  # fmt: skip
    from journeymap.discovery import discover_log  # polars, only when a log is read

    return discover_log(args.log, columns, options, table=args.table, order=args.order)


def refresh_into(args: argparse.Namespace) -> int:
    """``--into FILE --journey NAME``: refresh that journey from the log (by touchpoint
    name, docs/discovery.md), print what changed and save FILE in place; a bad log or
    journey leaves FILE as it was."""
    if args.into is None or args.journey is None:
        raise CommandError("--into and --journey go together: the document and its journey")
    if args.out is not None:
        raise CommandError(f"{args.out}: OUT is for a new document; --into updates FILE")
    if args.force or args.score is not None:
        given = "--force" if args.force else "--score"
        raise CommandError(f"{given} is not taken with --into: the journey in FILE is updated "
                           "in place and keeps its measurements")  # fmt: skip
    with editing(args.into) as (doc, read):
        (journey,) = pick_journeys(doc, args.journey, args.into)
        result = discovered_from(args)
        refresh = plan_refresh(doc, journey.id, result.journey,
                               args.table or Path(args.log).name)  # fmt: skip
        if args.format == "json":
            changes = dataclasses.asdict(refresh.summary)
            print(json.dumps(result.summary | {"refresh": changes}, indent=2, ensure_ascii=False))
        else:
            _print_summary(result, args.format)
            print(f"Refresh of “{journey.name}” in {args.into}:")
            print("\n".join(f"  {line}" for line in refresh.summary.lines()))
        if not refresh.changes_anything:
            if args.format != "json":
                print(f"{args.into}: unchanged, the journey has these figures already")
            return 0
        CommandStack(doc).push(refresh.command)
        save_document(doc, args.into, expected=read)  # atomic; refused if FILE changed
    if args.format != "json":
        print(f"Saved the refreshed journey “{journey.name}” to {args.into}")
    return 0


def _print_summary(result: DiscoveryResult, style: str) -> None:
    if style == "json":
        print(json.dumps(result.summary, indent=2, ensure_ascii=False))
        return
    rows = [[key, _shown(value)] for key, value in result.summary.items()]
    sys.stdout.write(format_rows(["discovered", "value"], rows, "table"))


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register ``discover`` with the main parser."""
    p = sub.add_parser(
        "discover",
        help="draw the real journey from a contact or ticket log (CSV, .xlsx, XES)",
        description="Read a contact or ticket log (one row per contact: case, activity, "
        "time, optionally channel, owner, segment and a case score) and save the journey "
        "it describes: each activity (per channel with --channel) a touchpoint, each "
        "directly-follows pair of a case's contacts a transition with its count, share "
        "and median and 90th-percentile hours, the 50 most frequent variants as observed "
        "paths. Column names are matched ignoring case and spaces; timestamps are ISO "
        "8601 (with or without a zone; zones are converted to UTC) or DD.MM.YYYY HH:MM. "
        "XES logs use case:concept:name, concept:name and time:timestamp. "
        "See docs/discovery.md for the rules.",
    )
    p.add_argument("log", metavar="LOG",
                   help="the log: .csv, .xlsx or .xes, or a database URL with --table")  # fmt: skip
    p.add_argument(
        "--table", metavar="NAME",
        help="LOG is a database URL (sqlite:///FILE or postgresql+psycopg://USER@HOST/DB): "
        "read the log from this table (SCHEMA.NAME for another schema), counted inside the "
        "database",
    )  # fmt: skip
    p.add_argument(
        "--order", metavar="COL",
        help="with --table: the column that numbers the rows, so that events of the same "
        "time keep their order (default: the table's primary key)",
    )  # fmt: skip
    p.add_argument("out", metavar="OUT", nargs="?",
                   help="the new document, .jmap or .json (not with --into)")  # fmt: skip
    p.add_argument(
        "--into", metavar="FILE",
        help="instead of OUT: update the journey --journey of this document from the log, "
        "matching touchpoints by name; the team's names, stages, positions, targets, "
        "measurements, lanes, notes and opportunities stay",
    )  # fmt: skip
    p.add_argument("--journey", metavar="NAME",
                   help="with --into: the discovered journey to update")  # fmt: skip
    p.add_argument("--case", required=True, metavar="COL", help="the case (ticket, customer)")
    p.add_argument("--activity", required=True, metavar="COL", help="the activity")
    p.add_argument("--time", required=True, metavar="COL", help="the timestamp")
    p.add_argument("--channel", metavar="COL", help="the channel: one touchpoint per channel")
    p.add_argument("--owner", metavar="COL", help="who handled it; the most frequent owns it")
    p.add_argument("--segment", metavar="COL", help="the case's segment, for --score")
    p.add_argument("--score", metavar="COL", help="the case's answer (e.g. CSAT after a ticket)")
    p.add_argument("--metric", choices=METRICS, help="the metric of --score")
    p.add_argument(
        "--min-share", type=parse_share, default=0.01, metavar="X",
        help="leave out transitions below this share (default 0.01), never a touchpoint's "
        "only way in or out; 0 keeps every observed transition",
    )  # fmt: skip
    p.add_argument(
        "--stage", type=parse_stage, action="append", metavar="ACTIVITY=STAGE",
        help="place an activity in a stage; repeatable",
    )  # fmt: skip
    p.add_argument(
        "--stages", type=int, default=4, metavar="N",
        help="the other activities go into N stages by their median position in their "
        "cases (default 4)",
    )  # fmt: skip
    p.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE",
                   help="only events on or after this day (UTC)")  # fmt: skip
    p.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE",
                   help="only events on or before this day (UTC)")  # fmt: skip
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="how the summary is printed")  # fmt: skip
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(run=cmd_discover)
