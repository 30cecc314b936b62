"""``journeymap suggest``: the opportunities a journey's own evidence suggests."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from journeymap.cli.documents import pick_journeys
from journeymap.cli.output import format_rows
from journeymap.cli.views import SEGMENT_HELP, add_view_options, view_from
from journeymap.model.suggestions import Suggestion, suggest
from journeymap.storage import open_document

#: The columns of the table, in order.
COLUMNS = ("journey", "rule", "title", "customer_value", "business_value", "effort",
           "strength", "figures")  # fmt: skip


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


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print the suggested opportunities of each journey, strongest first."""
    doc = open_document(args.file)
    journeys = pick_journeys(doc, args.journey, args.file)
    view = view_from(args, journeys)
    found = [(j.name, s) for j in journeys for s in suggest(j, view)]
    if args.format == "json":
        records = [_record(name, s) for name, s in found]
        sys.stdout.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
        return 0
    rows = [
        (name, s.rule, s.title, s.customer_value, s.business_value, s.effort, s.strength,
         "; ".join(f"{k}={_figure(v)}" for k, v in s.figures.items()))
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
        "behind it, the figures and proposed scores, strongest first. Prints only: the file "
        "is not changed.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--journey", metavar="NAME", help="only this journey")
    add_view_options(p, SEGMENT_HELP)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=cmd_suggest)
