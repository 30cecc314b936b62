"""The command-line tools over document files: samples, new, info, validate, analyze,
convert."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from journeymap.cli.errors import CommandError, refuse_existing
from journeymap.cli.output import format_rows
from journeymap.cli.views import SEGMENT_HELP, add_view_options, view_from
from journeymap.model.commands import Command, CommandStack
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.problems import journey_problems, opportunity_problems
from journeymap.model.report import COLUMNS, gap_report
from journeymap.model.starter import blank_document
from journeymap.model.templates import DEFAULT_LANE_SET, DEFAULT_TEMPLATE, STAGE_TEMPLATES
from journeymap.model.vocabulary import LANE_SETS, LANGUAGES
from journeymap.samples import find_sample, list_samples
from journeymap.storage import (
    DocumentFileError,
    FileStamp,
    document_lock,
    open_document,
    open_document_stamped,
    save_document,
)


def _plural(count: int, noun: str) -> str:
    if count == 1:
        return f"1 {noun}"
    ends_in_consonant_y = noun.endswith("y") and noun[-2:-1] not in tuple("aeiou")
    return f"{count} {noun[:-1]}ies" if ends_in_consonant_y else f"{count} {noun}s"


def pick_journeys(doc: Document, name: str | None, path: str) -> list[Journey]:
    """All journeys, or the one named (ignoring case)."""
    if name is None:
        return list(doc.journeys)
    try:
        return [doc.journey_by_name(name)]
    except KeyError:
        names = ", ".join(f"“{j.name}”" for j in doc.journeys) or "none"
        raise CommandError(f"{path}: no journey called “{name:.80}” (journeys: {names})") from None


@contextlib.contextmanager
def editing(path: str) -> Iterator[tuple[Document, FileStamp | None]]:
    """Read a document to change it, holding its lock until the block ends, so a second
    journeymap command on the same file waits and then reads what this one saved."""
    with document_lock(path):
        yield open_document_stamped(path)


def apply_and_save(doc: Document, command: Command, path: str, read: FileStamp | None) -> None:
    """Apply one command to a document read from ``path`` (its stamp then: ``read``) and
    save it back atomically; refused when the file changed since it was read."""
    CommandStack(doc).push(command)
    save_document(doc, path, expected=read)
    print(f"Saved {path}")


def cmd_samples(args: argparse.Namespace) -> int:
    """List the bundled samples."""
    rows = [(s.name, s.language, s.title) for s in list_samples(args.lang)]
    sys.stdout.write(format_rows(("sample", "language", "journey"), rows, "table"))
    return 0


def load_sample(name: str, language: str) -> Document:
    """Open a bundled sample by name and language."""
    try:
        return open_document(find_sample(name, language).path)
    except KeyError as error:
        raise CommandError(error.args[0]) from None


def cmd_new(args: argparse.Namespace) -> int:
    """Create a new document file, blank or from a sample."""
    out = Path(args.out)
    refuse_existing(out, args.force)
    if args.sample:
        doc = load_sample(args.sample, args.lang)
    else:
        doc = blank_document(args.lang, args.template, args.lanes)
    save_document(doc, out)
    print(f"Created {out}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """Count what a document holds, per journey and in total."""
    doc = open_document(args.file)
    columns = ("journey", "state", "stages", "touchpoints", "transitions", "measurements",
               "lanes", "notes")  # fmt: skip
    rows = [
        (j.name, j.state, len(j.stages), len(j.touchpoints), len(j.transitions),
         len(j.measurements), len(j.lanes), len(j.notes))
        for j in doc.journeys
    ]  # fmt: skip
    totals = [sum(r[i] for r in rows) for i in range(2, 8)]
    rows.append((f"total: {_plural(len(doc.journeys), 'journey')}", "", *totals))
    open_ones = [o for o in doc.opportunities if o.status not in ("done", "dismissed")]
    print(
        f"{args.file}: {_plural(len(doc.personas), 'persona')}, "
        f"{_plural(len(doc.opportunities), 'opportunity')} ({len(open_ones)} open)"
    )
    sys.stdout.write(format_rows(columns, rows, "table"))
    for journey in doc.journeys:
        if journey.lanes:
            print(f"\nLanes of “{journey.name}”:")
            notes = Counter(note.lane_id for note in journey.notes)
            lanes = [(lane.name, lane.kind, "yes" if lane.visible else "no", notes[lane.id])
                     for lane in journey.lanes]  # fmt: skip
            sys.stdout.write(format_rows(("lane", "kind", "shown", "notes"), lanes, "table"))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Report graph and data problems; exit 1 when there are any."""
    doc = open_document(args.file)
    count = 0
    for journey in doc.journeys:
        for problem in journey_problems(journey):
            print(f"{journey.name}: {problem.message} [{problem.kind}]")
            count += 1
    for problem in opportunity_problems(doc):
        print(f"Opportunities: {problem.message} [{problem.kind}]")
        count += 1
    print(f"{args.file}: {_plural(count, 'problem') if count else 'no problems'}")
    return 1 if count else 0


def cmd_analyze(args: argparse.Namespace) -> int:
    """Print the gap report, ranked by priority."""
    doc = open_document(args.file)
    journeys = pick_journeys(doc, args.journey, args.file)
    view = view_from(args, journeys)
    rows = []
    for journey in journeys:
        rows += gap_report(journey, view)
    rows.sort(key=lambda r: -r.priority)
    sys.stdout.write(format_rows(COLUMNS, [r.values() for r in rows], args.format))
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    """Convert between .json and .jmap, chosen by the extensions."""
    if Path(args.input).resolve() == Path(args.output).resolve():
        raise CommandError(f"{args.output}: is the input file; choose another output")
    save_document(open_document(args.input), args.output)
    print(f"Wrote {args.output}")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the document tools with the main parser."""
    p = sub.add_parser(
        "samples",
        help="list the bundled sample journeys",
        description="List the bundled sample journeys.",
    )
    p.add_argument("--lang", choices=LANGUAGES, help="only this language")
    p.set_defaults(run=cmd_samples)

    p = sub.add_parser(
        "new",
        help="create a new document file",
        description="Create a new .jmap or .json document, blank or from a sample.",
    )
    p.add_argument("out", metavar="OUT.jmap")
    p.add_argument("--sample", metavar="NAME", help="start from this sample (see `samples`)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default en)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument(
        "--template", choices=tuple(STAGE_TEMPLATES), default=DEFAULT_TEMPLATE,
        help=f"the stages a blank journey starts with (default {DEFAULT_TEMPLATE})",
    )  # fmt: skip
    p.add_argument(
        "--lanes", choices=tuple(LANE_SETS), default=DEFAULT_LANE_SET,
        help="the lanes under the stages: the classic journey map, a service blueprint or "
        f"a minimal map (default {DEFAULT_LANE_SET})",
    )  # fmt: skip
    p.set_defaults(run=cmd_new)

    p = sub.add_parser(
        "info",
        help="count journeys, stages, touchpoints, ...",
        description="Count the journeys, stages, touchpoints, transitions and "
        "measurements of a document.",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser(
        "validate",
        help="report graph and data problems",
        description="Report graph and data problems. Exits 0 when there are "
        "none, 1 when there are any.",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser(
        "analyze",
        help="print the gap report, by priority",
        description="Print the gap report, sorted by priority (highest first).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--journey", metavar="NAME", help="only this journey")
    add_view_options(p, SEGMENT_HELP)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=cmd_analyze)

    p = sub.add_parser(
        "convert",
        help="convert between .json and .jmap",
        description="Convert a document between .json and .jmap, chosen by the file extensions.",
    )
    p.add_argument("input", metavar="IN")
    p.add_argument("output", metavar="OUT")
    p.set_defaults(run=cmd_convert)


__all__ = ["CommandError", "DocumentFileError", "add_parsers"]
