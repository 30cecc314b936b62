"""What a returned sheet's cells hold, as every reader of it checks them: an empty cell,
a number (not text that looks like one, not infinity, not beyond what a float and the
file format hold exactly)."""

from __future__ import annotations

import math
from typing import Any

from journeymap.model.validation import refuse

#: The largest number a cell may hold: beyond it a float no longer holds every whole
#: number, and the file format (SQLite) no integer.
MAX_NUMBER = 2**53


def blank(value: Any) -> bool:
    """Whether a cell is empty: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_number(column: str, value: Any) -> Any:
    """A number cell's value, or raise InvalidValue naming the ``column`` and why not."""
    if isinstance(value, str):
        raise refuse("cell.text_not_number", column=column, value=value.strip()[:40])
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise refuse("cell.not_number", column=column, value=str(value))
    if not math.isfinite(value):  # 1e309 in a cell reads as infinity
        raise refuse("cell.not_number", column=column, value=str(value))
    if abs(value) > MAX_NUMBER:
        raise refuse("cell.too_large", column=column, value=f"{value:.6g}", limit=MAX_NUMBER)
    return value
