"""Journey discovery: the journey as it really happens, drawn from a contact log.

A contact or ticket log (CSV, .xlsx or XES; one row per contact) is read in a sandboxed
child process (reading.py), its events grouped into cases and ordered by time, and the
directly-follows relation between consecutive contacts becomes the touchpoints and
transitions of an ordinary journey (build.py), with the counts, shares and times behind
them and a summary of what was found. The rules are in docs/discovery.md. No Qt here.
"""

from journeymap.discovery.build import DiscoveryOptions, DiscoveryResult, discover
from journeymap.discovery.columns import LogColumns
from journeymap.discovery.log_discovery import discover_log
from journeymap.discovery.preview import LogPreview, guess_columns, preview_log
from journeymap.discovery.reading import Event, EventLog, read_log

__all__ = [
    "DiscoveryOptions",
    "DiscoveryResult",
    "Event",
    "EventLog",
    "LogColumns",
    "LogPreview",
    "discover",
    "discover_log",
    "guess_columns",
    "preview_log",
    "read_log",
]
