"""The ``import-survey`` tool: survey exports (CSV or .xlsx) into measurements."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable

from journeymap.cli.documents import CommandError, apply_and_save, editing, pick_journeys
from journeymap.cli.output import format_rows
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.validation import InvalidValue
from journeymap.model.vocabulary import METRICS
from journeymap.storage import FileStamp
from journeymap.survey import DEFAULT_NA, SurveyOptions, plan_survey_import

_SCALE = re.compile(r"\s*(\d+)\s*(?:-|–|\.\.)\s*(\d+)\s*")
#: Progress on a terminal every this many rows.
_PROGRESS_EVERY = 100_000


def parse_scale(text: str) -> tuple[int, int]:
    """``LO-HI`` as a pair of whole numbers, e.g. "1-5" or "0..10"."""
    match = _SCALE.fullmatch(text)
    if match is None or int(match[1]) >= int(match[2]):
        raise argparse.ArgumentTypeError(f"{text!r} is not a scale such as 1-5")
    return int(match[1]), int(match[2])


def parse_mapping(text: str) -> tuple[str, str]:
    """``COLUMN=TOUCHPOINT`` as a pair; an empty touchpoint leaves the column out."""
    column, equals, touchpoint = text.partition("=")
    if not equals or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not COLUMN=TOUCHPOINT")
    return column, touchpoint


def _one_journey(doc: Document, name: str | None, path: str) -> Journey:
    journeys = pick_journeys(doc, name, path)
    if len(journeys) == 1:
        return journeys[0]
    if not journeys:
        raise CommandError(f"{path}: has no journey to import into")
    names = ", ".join(f"“{j.name}”" for j in journeys)
    raise CommandError(f"{path}: has {len(journeys)} journeys; choose one with --journey ({names})")


def _terminal_progress() -> Callable[[int], None] | None:
    """Rows read so far on stderr, when it is a terminal; nothing in pipes and tests."""
    if not sys.stderr.isatty():
        return None
    shown = [0]

    def show(rows: int) -> None:
        if rows - shown[0] >= _PROGRESS_EVERY:
            shown[0] = rows
            print(f"\r{rows:,} rows read…", end="", file=sys.stderr, flush=True)

    return show


def cmd_import_survey(args: argparse.Namespace) -> int:
    """Import a survey export as measurements into one journey and save the document."""
    with editing(args.file) as (doc, read):
        return _import_survey(doc, read, args)


def _import_survey(doc: Document, read: FileStamp | None, args: argparse.Namespace) -> int:
    journey = _one_journey(doc, args.journey, args.file)
    options = SurveyOptions(
        metric=args.metric,
        scale=args.scale,
        na_codes=DEFAULT_NA if args.na is None else tuple(args.na),
        segment_column=args.segment_column,
        weight_column=args.weight_column,
        mapping=dict(args.map or ()),
        source=args.source,
        replace=not args.add,
    )
    progress = _terminal_progress()
    try:
        command, summary = plan_survey_import(doc, journey.id, args.data, options,
                                              progress=progress)  # fmt: skip
    except InvalidValue as refusal:  # --add across segmentation
        raise CommandError(f"{args.data}: {refusal}; {args.file} is unchanged") from None
    finally:
        if progress is not None:
            print("\r\033[K", end="", file=sys.stderr)  # clear the progress line
    print("\n".join(summary.lines()))
    if summary.distributions:
        columns, rows = summary.distribution_columns(), summary.rows_of_distributions()
        sys.stdout.write(format_rows(columns, rows, "table"))
    if command is None:
        raise CommandError(f"{args.data}: no answers to import; {args.file} is unchanged")
    if args.dry_run:
        print(f"Dry run: {args.file} is unchanged")
        return 0
    apply_and_save(doc, command, args.file, read)
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register ``import-survey`` with the main parser."""
    p = sub.add_parser(
        "import-survey",
        help="turn a survey export (CSV or .xlsx) into measurements",
        description="Read survey answers from CSV or .xlsx and store them as measurement "
        "distributions per touchpoint, metric and segment. Long files have one row per "
        "answer with a touchpoint column and a score column (touchpoint/Kontaktpunkt, "
        "score/value/rating/Wert/Bewertung) and optionally a metric column; wide files "
        "have one row per respondent and one column per touchpoint, matched by name "
        "(ignoring case and spaces) or by --map. Encoding (UTF-8, UTF-8 with BOM, "
        "Windows-1252, UTF-16) and delimiter (comma, semicolon, tab) are detected; "
        "German decimal commas are read (4,0 is 4). Answers must be whole numbers on the "
        "metric's scale; others are rejected and reported with their rows. Blank cells "
        "and not-applicable codes are skipped and counted. The answers are recorded as "
        "one survey source (--source, by default the file's name); importing the same "
        "source again replaces its earlier measurements of the metrics imported, so no "
        "respondent is counted twice, while other sources (survey waves) are kept and "
        "pooled.",
    )
    p.add_argument("file", metavar="FILE", help="the .jmap or .json document")
    p.add_argument("data", metavar="DATA", help="the survey export, .csv or .xlsx")
    p.add_argument("--journey", metavar="NAME", help="the journey (needed when there are several)")
    p.add_argument(
        "--metric",
        choices=METRICS,
        help="the metric of the answers (needed unless a long file has a metric column; "
        "with one, only this metric's rows are imported)",
    )
    p.add_argument(
        "--scale",
        metavar="LO-HI",
        type=parse_scale,
        help="the scale the survey asked on; refused when it is not the metric's "
        "(CSAT 1-5, NPS 0-10, CES 1-7): answers are never rescaled",
    )
    p.add_argument(
        "--na",
        metavar="VALUE",
        nargs="*",
        action="extend",
        help="the codes that mean 'no answer', replacing the defaults: "
        + ", ".join(DEFAULT_NA)
        + " (ignoring case); --na alone: none. Blank cells are always skipped",
    )
    p.add_argument(
        "--segment-column",
        metavar="COL",
        help="each row's segment from this column; a blank cell is 'segment unknown', "
        "never all respondents",
    )
    p.add_argument(
        "--weight-column",
        metavar="COL",
        help="each respondent's survey weight from this column (decimal point or comma): "
        "answers count with their weight, n stays the respondents and margins use the "
        "effective sample size; rows with a blank, negative or non-numeric weight are "
        "not counted and reported, a weight of 0 leaves the row out",
    )
    p.add_argument(
        "--source",
        metavar="NAME",
        help="the name of the survey source (default: the file's name); analyze and "
        "export can show one source with --source",
    )
    p.add_argument(
        "--map",
        metavar="COLUMN=TOUCHPOINT",
        type=parse_mapping,
        action="append",
        help="this column (wide) or label (long) is this touchpoint (name or id); "
        "COLUMN= leaves a column out; repeatable",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--replace",
        action="store_true",
        default=True,
        help="replace the source's earlier measurements of the metrics imported, every "
        "segment (default)",
    )
    mode.add_argument(
        "--add",
        action="store_true",
        help="keep the source's earlier measurements and add these beside them (more "
        "respondents of the same survey); refused when one is split by segment and the "
        "other is not",
    )
    p.add_argument("--dry-run", action="store_true", help="print the summary, save nothing")
    p.set_defaults(run=cmd_import_survey)
