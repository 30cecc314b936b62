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
) -> DiscoveryResult:
    """The journey a contact log describes (CSV, .xlsx or XES), and its summary.

    ``progress(permille)`` reports the work done so far; ``cancelled()`` is asked while
    the log is read, and True stops it (journeymap.safety.sandbox.Cancelled is raised).
    Raises DocumentFileError naming the log for anything that cannot make a journey."""
    options = options or DiscoveryOptions()
    facts = file_facts(source, columns, options, progress=progress, cancelled=cancelled)
    return discover(facts, options)
