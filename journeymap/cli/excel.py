"""`journeymap export` (the gap-report workbook, the fill-in template) and
`journeymap import-xlsx` (read a filled-in template back).

`export` writes each kind of file named by an option (--xlsx, --template). Other
kinds (--png, --svg, --pdf from the map view) plug in as ExportFormat entries passed
to ``add_parsers(sub, formats=...)``: each brings its option and a writer, and
`export` runs every one given on the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from journeymap.cli.documents import CommandError, apply_and_save, editing, pick_journeys
from journeymap.cli.views import SEGMENT_HELP, add_view_options, view_from
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.figures import UNKNOWN_SEGMENT
from journeymap.model.vocabulary import LANGUAGES
from journeymap.storage import open_document

#: A writer gets the document, the chosen journeys, the output path and all options.
Writer = Callable[[Document, list[Journey], Path, argparse.Namespace], None]


@dataclass(frozen=True)
class ExportFormat:
    """One kind of file `journeymap export` writes: ``--option OUT`` calls ``write``."""

    option: str  # e.g. "--xlsx"
    metavar: str  # e.g. "OUT.xlsx"
    help: str
    write: Writer
    suffixes: tuple[str, ...] = ()  # the output must end so, when given
    # Checks the options before anything is written, so a refusal leaves no file behind.
    check: Callable[[list[Journey], argparse.Namespace], None] | None = None


def check_view(journeys: list[Journey], args: argparse.Namespace) -> None:
    """--segment and --source must name ones the journeys' measurements have."""
    view_from(args, journeys)


def write_report(doc: Document, journeys: list[Journey], out: Path, args: argparse.Namespace):
    """--xlsx: the gap-report workbook."""
    from journeymap.excel.workbook import export_workbook  # openpyxl loads only when used

    export_workbook(doc, out, journeys, view_from(args, journeys), language=args.lang)


def write_template(doc: Document, journeys: list[Journey], out: Path, args: argparse.Namespace):
    """--template: the fill-in template (--segment names the segment its counts are for);
    a warning for each cell whose text would not survive being saved in Excel."""
    from journeymap.excel.template import export_template

    for warning in export_template(doc, out, journeys, args.segment or "", args.lang):
        print(f"journeymap: warning: {out}: {warning}", file=sys.stderr)


def check_template_view(journeys: list[Journey], args: argparse.Namespace) -> None:
    """A fill-in sheet holds every survey's counts for all respondents or one named
    segment: --source and --segment '' (segment unknown) have no place in it."""
    if args.source is not None:
        raise CommandError("--template: a fill-in sheet holds the counts of every survey; "
                           "leave out --source")  # fmt: skip
    if args.segment == UNKNOWN_SEGMENT:
        raise CommandError("--template: a fill-in sheet is for all respondents or one named "
                           "segment, not for segment unknown")  # fmt: skip
    check_view(journeys, args)


EXCEL_FORMATS = (
    ExportFormat(
        "--xlsx", "OUT.xlsx", "the gap-report workbook", write_report, (".xlsx",), check_view
    ),
    ExportFormat(
        "--template", "OUT.xlsx", "a fill-in template for measured values (read back "
        "with import-xlsx)", write_template, (".xlsx",), check_template_view,
    ),
)  # fmt: skip


def _dest(option: str) -> str:
    return "out_" + option.lstrip("-").replace("-", "_")


def cmd_export(args: argparse.Namespace, formats: Sequence[ExportFormat]) -> int:
    """Write every kind of file asked for."""
    chosen = [(f, getattr(args, _dest(f.option))) for f in formats]
    chosen = [(f, Path(out)) for f, out in chosen if out is not None]
    if not chosen:
        options = " or ".join(f"{f.option} {f.metavar}" for f in formats)
        raise CommandError(f"nothing to export: add {options}")
    source = Path(args.file).resolve()
    for f, out in chosen:
        if f.suffixes and out.suffix.lower() not in f.suffixes:
            raise CommandError(f"{out}: {f.option} writes {' or '.join(f.suffixes)} files")
        if out.resolve() == source:
            raise CommandError(f"{out}: is the input file; choose another output")
    doc = open_document(args.file)
    journeys = pick_journeys(doc, args.journey, args.file)
    for f, _ in chosen:
        if f.check is not None:
            f.check(journeys, args)
    for f, out in chosen:
        f.write(doc, journeys, out, args)
        print(f"Wrote {out}")
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    """Read a filled-in template into the document: all or nothing."""
    from journeymap.excel.fillin import plan_xlsx_import

    with editing(args.file) as (doc, read):
        command, errors, summary = plan_xlsx_import(doc, args.workbook)
        _report_xlsx_import(errors, summary, args)
        if command is not None and not args.dry_run:
            apply_and_save(doc, command, args.file, read)
    return 0


def _report_xlsx_import(errors: list, summary: Any, args: argparse.Namespace) -> None:
    """Print the import's refusals (then stop) or its summary."""
    for error in errors:  # in the sheet's language, as its titles are
        print(f"{args.workbook}: {summary.refusal(error)}", file=sys.stderr)
    if errors:
        raise CommandError(f"{args.workbook}: {summary.refused(len(errors))}")
    print(summary)
    if args.dry_run:
        for line in summary.changes:
            print(f"  {line}")
        print(summary.not_saved(args.file))


def add_parsers(
    sub: argparse._SubParsersAction, formats: Sequence[ExportFormat] = ()
) -> argparse.ArgumentParser:
    """Register `export` (with the Excel formats and any ``formats`` given) and
    `import-xlsx`; returns the `export` parser."""
    every = (*EXCEL_FORMATS, *formats)
    p = sub.add_parser(
        "export",
        help="write the gap-report workbook or a fill-in template",
        description="Write files from a document: the gap-report workbook (--xlsx) and "
        "a fill-in template for measured values (--template). Without --journey, all "
        "journeys go into one file.",
    )
    p.add_argument("file", metavar="FILE")
    for f in every:
        p.add_argument(f.option, metavar=f.metavar, dest=_dest(f.option), help=f.help)
    p.add_argument("--journey", metavar="NAME", help="only this journey")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the language of the workbook's and the template's labels (default: the "
        "journeys' own, German when every journey is German)",
    )
    add_view_options(p, SEGMENT_HELP + " (--xlsx and the map pictures); the segment the "
                     "template's counts are for (--template)")  # fmt: skip
    p.set_defaults(run=partial(cmd_export, formats=every))

    q = sub.add_parser(
        "import-xlsx",
        help="read a filled-in template back into a document",
        description="Read a fill-in template (see `export --template`) into FILE. Every "
        "cell that cannot be imported is listed as SHEET!CELL with the reason, and then "
        "nothing is changed (exit 1). Otherwise the changes are saved as one step.",
    )
    q.add_argument("file", metavar="FILE")
    q.add_argument("workbook", metavar="IN.xlsx")
    q.add_argument("--dry-run", action="store_true", help="list what would change; save nothing")
    q.set_defaults(run=cmd_import_xlsx)
    return p


__all__ = ["EXCEL_FORMATS", "ExportFormat", "add_parsers"]
