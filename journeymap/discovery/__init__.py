"""Journey discovery: the journey as it really happens, drawn from a contact log.

A contact or ticket log (CSV, .xlsx or XES; one row per contact) is read and counted in a
sandboxed child process (reading.py, frame_facts.py: polars, column-wise): its events
grouped into cases and ordered by time, and the directly-follows relation between
consecutive contacts reduced to a few facts per touchpoint and transition (facts.py).
build.py makes an ordinary journey of them, with the counts, shares and times behind it
and a summary of what was found. The rules are in docs/discovery.md. No Qt here.
"""

import os

# polars' allocator (jemalloc) keeps freed memory for a while to reuse it; counting a
# large log frees and allocates hundreds of megabytes in turn, so without returning it at
# once the reading child would hold twice what it uses. Read by the polars library as it
# loads, in the sandbox's children, which inherit this environment.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")

import importlib
from typing import Any

from journeymap.discovery.build import DiscoveryResult, discover
from journeymap.discovery.columns import LogColumns
from journeymap.discovery.facts import LogFacts
from journeymap.discovery.options import DiscoveryOptions
from journeymap.discovery.preview import LogPreview, guess_columns, preview_log

#: The names that bring polars along, imported on first use: every command line run
#: (and the editor started from it) imports this package to register `discover`.
_ON_USE = {
    "discover_log": "journeymap.discovery.log_discovery",
    "prepare_reading": "journeymap.discovery.reading",
}


def __getattr__(name: str) -> Any:
    """discover_log and prepare_reading, imported when first asked for."""
    if name in _ON_USE:
        return getattr(importlib.import_module(_ON_USE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DiscoveryOptions",
    "DiscoveryResult",
    "LogColumns",
    "LogFacts",
    "LogPreview",
    "discover",
    "discover_log",
    "guess_columns",
    "prepare_reading",
    "preview_log",
]
