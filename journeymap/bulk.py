"""Making thousands of objects at once without the cyclic garbage collector in the way:
drawing a large journey, counting a million survey rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block that makes many objects none of
    which is in a cycle: drawing a large journey makes tens of thousands of item wrappers,
    rectangles and tuples that live on, counting a million rows a million short-lived
    lists. Every few hundred of them would start a collection, whose passes walk the whole
    document and scene (a fifth of an open of the 2,000-card benchmark journey) or the
    chunk in hand (a tenth of an import). Reference counting still frees what is dropped;
    the collector runs again afterwards, even on errors."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
