"""`journeymap opportunities FILE`: the document's opportunities, highest priority first
(docs/metrics.md "Opportunities"), with what each addresses in readable names."""

from __future__ import annotations

import argparse
import sys

from journeymap.cli.output import format_rows
from journeymap.cli.views import add_view_options, view_from
from journeymap.model.opportunities import link_label, ranked
from journeymap.storage import open_document

COLUMNS = ("title", "status", "owner", "due", "customer_value", "business_value", "effort",
           "priority", "links")  # fmt: skip


def cmd_opportunities(args: argparse.Namespace) -> int:
    """List the opportunities sorted by priority."""
    doc = open_document(args.file)
    view = view_from(args, doc.journeys)
    rows = [
        (o.title, o.status, o.owner, o.due, o.customer_value, o.business_value, o.effort,
         round(r.priority, 1), "; ".join(link_label(doc, link) for link in o.links))
        for r in ranked(doc, view)
        for o in [r.opportunity]
    ]  # fmt: skip
    sys.stdout.write(format_rows(COLUMNS, rows, args.format))
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the opportunities command."""
    p = sub.add_parser(
        "opportunities",
        help="list the opportunities, highest priority first",
        description="List the document's opportunities, highest priority first: value "
        "(the mean of customer and business value) per effort, ties broken by the largest "
        "gap they address.",
    )
    p.add_argument("file")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add_view_options(p, "break ties by the gaps of this segment's answers")
    p.set_defaults(run=cmd_opportunities)
