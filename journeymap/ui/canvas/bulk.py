"""Building thousands of items at once without the cyclic garbage collector in the way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a scene is built. Drawing a large journey
    makes tens of thousands of item wrappers, rectangles and tuples that live on; every
    few hundred of them would start a collection, and the older generations' passes walk
    the whole document and scene again each time (a fifth of an open of the 2,000-card
    benchmark journey). The collector runs again afterwards, even on errors."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
