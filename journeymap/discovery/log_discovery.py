"""The one entry point of discovery: a log in, a journey and its summary out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from journeymap.discovery.build import DiscoveryResult, discover
from journeymap.discovery.columns import LogColumns
from journeymap.discovery.options import DiscoveryOptions
from journeymap.discovery.reading import file_facts


def discover_log(
    source: str | Path,
    columns: LogColumns,
    options: DiscoveryOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    table: str | None = None,
    order: str | None = None,
) -> DiscoveryResult:
    """The journey a contact log describes (CSV, .xlsx or XES), and its summary. With
    ``table``, ``source`` is a database URL (SQLite, PostgreSQL) and the log is that table,
    counted inside the database (sql_facts.py); ``order`` names the column that numbers
    its rows when it has no single-column primary key.

    ``progress(permille)`` reports the work done so far; ``cancelled()`` is asked while
    the log is read, and True stops it (journeymap.safety.sandbox.Cancelled is raised).
    Raises DocumentFileError naming the log for anything that cannot make a journey."""
    options = options or DiscoveryOptions()
    if table is not None:
        # imported here: the child that reads a file imports this module, and needs no
        # SQLAlchemy (a tenth of a second less before a log is read)
        from journeymap.discovery.sql_facts import table_facts

        facts = table_facts(str(source), table, columns, options, order=order,
                            progress=progress, cancelled=cancelled)  # fmt: skip
    else:
        facts = file_facts(source, columns, options, progress=progress, cancelled=cancelled)
    return discover(facts, options)
