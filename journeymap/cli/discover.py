"""The ``discover`` tool: a journey drawn from a contact or ticket log (docs/discovery.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from journeymap.cli.documents import CommandError
from journeymap.cli.output import format_rows
from journeymap.discovery import DiscoveryOptions, LogColumns, discover_log
from journeymap.discovery.timestamps import day_start
from journeymap.model.document import Document
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
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_discover(args: argparse.Namespace) -> int:
    """Discover a journey from a log, print the summary and save it as a new document."""
    out = Path(args.out)
    if out.suffix.lower() not in (".jmap", ".json"):
        raise CommandError(f"{out}: the discovered journey is saved as .jmap or .json")
    if out.exists() and not args.force:
        raise CommandError(f"{out}: exists already (use --force to replace it)")
    if (args.score is None) != (args.metric is None):
        raise CommandError("--score and --metric go together: the column and its metric")
    if args.stages < 1:
        raise CommandError(f"--stages: {args.stages} is not a number of stages (1 or more)")
    if args.order is not None and args.table is None:
        raise CommandError("--order goes with --table: it numbers the rows of a database table")
    columns = LogColumns(args.case, args.activity, args.time, args.channel, args.owner,
                         args.segment, args.score)  # fmt: skip
    options = DiscoveryOptions(
        min_share=args.min_share, stage_of=dict(args.stage or ()), stages=args.stages,
        start=args.date_from, end=None if args.date_to is None else args.date_to + _DAY,
        by_channel=args.channel is not None, metric=args.metric,
        segmented=args.segment is not None,
    )  # fmt: skip
    result = discover_log(args.log, columns, options, table=args.table, order=args.order)
    save_document(Document(journeys=[result.journey]), out)
    if args.format == "json":
        print(json.dumps(result.summary, indent=2, ensure_ascii=False))
    else:
        rows = [[key, _shown(value)] for key, value in result.summary.items()]
        sys.stdout.write(format_rows(["discovered", "value"], rows, "table"))
        print(f"Saved the journey “{result.journey.name}” to {out}")
    return 0


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
    p.add_argument("out", metavar="OUT", help="the new document, .jmap or .json")
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
