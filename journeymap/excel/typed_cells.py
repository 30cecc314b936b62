"""What a returned sheet's cells hold, as every reader of it checks them: an empty cell,
a number (not text that looks like one, not infinity, not beyond what a float and the
file format hold exactly)."""

from __future__ import annotations

import math
from typing import Any

from journeymap.model.messages import Message
from journeymap.model.validation import InvalidValue, refuse

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


def under_column(error: InvalidValue, column: str, value: Any) -> InvalidValue:
    """The model's refusal of a cell's number said under the column's title ("Effort
    1-5: 7 is out of 1-5"), the number itself kept so a German message shows its
    decimal comma ("1,5 ist keine ganze Zahl")."""
    assert error.message is not None  # the model's rules say why in a message
    params = {**error.message.params, "field": column}
    if isinstance(params.get("value"), str):  # the model's repr of the number
        params["value"] = value
    return InvalidValue(Message(error.message.code, params))
