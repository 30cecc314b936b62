"""``journeymap suggest``: the opportunities a journey's own evidence suggests."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from journeymap.cli.documents import apply_and_save, editing, pick_journeys
from journeymap.cli.errors import CommandError
from journeymap.cli.output import format_rows
from journeymap.cli.views import SEGMENT_HELP, add_view_options, view_from
from journeymap.model.commands import AddObject, Macro
from journeymap.model.document import Document
from journeymap.model.figures import FigureView
from journeymap.model.open_suggestions import open_suggestions
from journeymap.model.opportunities import from_suggestion
from journeymap.model.suggestions import Suggestion
from journeymap.storage import open_document

#: The columns of the table, in order.
COLUMNS = (
    "journey",
    "rule",
    "title",
    "customer_value",
    "business_value",
    "effort",
    "strength",
    "figures",
    "key",
)  # fmt: skip  (the key: for --accept and --dismiss)


def _figure(value: float | int | str) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _record(journey: str, s: Suggestion) -> dict[str, Any]:
    """One suggestion as JSON: every field, the links as objects."""
    return {
        "journey": journey, "rule": s.rule, "key": s.key, "title": s.title,
        "description": s.description, "figures": s.figures,
        "links": [{"kind": link.kind, "id": link.id, "metric": link.metric} for link in s.links],
        "customer_value": s.customer_value, "business_value": s.business_value,
        "effort": s.effort, "strength": round(s.strength, 2),
    }  # fmt: skip


def _suggestions(doc: Document, args: argparse.Namespace) -> list[tuple[str, Suggestion]]:
    """The journeys' suggestions (journey name, suggestion), leaving out those the team
    dismissed or took up already."""
    journeys = pick_journeys(doc, args.journey, args.file)
    view: FigureView = view_from(args, journeys)
    return [(j.name, s) for j in journeys for s in open_suggestions(doc, j, view)]


def _decide(args: argparse.Namespace) -> int:
    """Accept (as ideas) or dismiss (remembered) the suggestions with the keys given, in
    one step, and save the file."""
    with editing(args.file) as (doc, read):
        found = {s.key: s for _, s in _suggestions(doc, args)}
        chosen = [(key, "idea") for key in args.accept] + [(k, "dismissed") for k in args.dismiss]
        for key, _ in chosen:
            if key not in found:
                raise CommandError(
                    f"{args.file}: no open suggestion with the key {key!r:.120} "
                    "(journeymap suggest FILE --format json lists the keys)"
                )
        made = [from_suggestion(doc, found[key], status) for key, status in chosen]
        apply_and_save(doc, Macro("Decide on suggestions", [AddObject(o) for o in made]),
                       args.file, read)  # fmt: skip
    for o in made:
        print(f"{'Dismissed' if o.status == 'dismissed' else 'Accepted as an idea'}: {o.title}")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print the suggested opportunities of each journey, strongest first; or, with
    --accept/--dismiss, decide on some of them."""
    if args.accept or args.dismiss:
        return _decide(args)
    doc = open_document(args.file)
    found = _suggestions(doc, args)
    if args.format == "json":
        records = [_record(name, s) for name, s in found]
        sys.stdout.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
        return 0
    rows = [
        (name, s.rule, s.title, s.customer_value, s.business_value, s.effort, s.strength,
         "; ".join(f"{k}={_figure(v)}" for k, v in s.figures.items()), s.key)
        for name, s in found
    ]  # fmt: skip
    sys.stdout.write(format_rows(COLUMNS, rows, "table"))
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register ``suggest`` with the main parser."""
    p = sub.add_parser(
        "suggest",
        help="suggest opportunities from the journey's evidence",
        description="Suggest opportunities from each journey's own evidence: the largest gaps, "
        "busy touchpoints below target, loops of repeat contacts, handoffs with low "
        "satisfaction, channel breaks on the worst path, unmanaged expectations and many "
        'detractors (docs/metrics.md, "Suggested opportunities"). Each comes with the rule '
        "behind it, the figures and proposed scores, strongest first. Without --accept or "
        "--dismiss it only prints; with them it saves the file: an accepted suggestion "
        "becomes an opportunity (an idea, owned by the department of the touchpoint it is "
        "about), a dismissed one is kept as a dismissed opportunity, and neither is "
        "suggested again.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--journey", metavar="NAME", help="only this journey")
    add_view_options(p, SEGMENT_HELP)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--accept",
        metavar="KEY",
        action="append",
        default=[],
        help="take up the suggestion with this key as an idea (repeatable)",
    )
    p.add_argument(
        "--dismiss",
        metavar="KEY",
        action="append",
        default=[],
        help="dismiss the suggestion with this key for good (repeatable)",
    )
    p.set_defaults(run=cmd_suggest)
