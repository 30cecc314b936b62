"""Reading one survey cell: an answer on the scale, a blank, a not-applicable code, or a
value that is rejected.

A cell comes from the CSV module (always text) or from calamine (text, float, int, bool,
date...). Answers must be whole numbers after German decimal commas are read: "4,0" and
4.0 are 4, while "4,5" is rejected, because a distribution counts answers on the scale and
half a box is no answer a respondent could give.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from enum import Enum
from typing import Any, Final

#: Codes that mean "no answer" when --na does not say otherwise; matched ignoring case
#: and surrounding spaces. 99 (an SPSS habit) is deliberately not among them: a bare
#: number skipped silently would hide data errors; pass ``--na 99`` where it is meant.
DEFAULT_NA: Final[tuple[str, ...]] = (
    "NA", "N/A", "n.a.", "n. a.", "#N/A", "k.A.", "k. A.", "keine Angabe",
    "weiß nicht", "weiss nicht", "don't know", "-", "–",
)  # fmt: skip

#: A number as people type it: optional sign, digits, optional decimal point or comma.
_NUMBER = re.compile(r"([+-]?)(\d+)(?:[.,](\d+))?", re.ASCII)
#: A weight as people type it: digits with an optional decimal point or comma (no sign:
#: a negative weight is no weight), or a decimal part alone (",5").
_WEIGHT = re.compile(r"(\d*)(?:[.,](\d*))?", re.ASCII)
#: No respondent stands for more people than this; a larger "weight" is a data error
#: (an id, a turnover), and sums of such weights would outgrow the document's limits.
MAX_WEIGHT: Final = 1e9
#: The reader remembers this many distinct cells; more only means recomputing.
_CACHE_LIMIT = 10_000


class Skip(Enum):
    """Why a cell gives no answer."""

    BLANK = "blank"
    NOT_APPLICABLE = "not applicable"
    REJECTED = "rejected"


def cell_text(value: Any) -> str:
    """A cell as a person reads it: text stripped, 4.0 as "4", anything else as str()."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class AnswerReader:
    """Reads cells as answers on one scale. Callable; remembers what it has read, since a
    survey column holds few distinct values among its many cells."""

    def __init__(self, scale: tuple[int, int], na_codes: Iterable[str]) -> None:
        self.low, self.high = scale
        self.na_codes = frozenset(code.strip().casefold() for code in na_codes)
        self._known: dict[Any, int | Skip] = {}

    def __call__(self, cell: Any) -> int | Skip:
        """The answer in a cell, or why there is none."""
        known = self._known.get(cell)
        if known is not None:
            return known
        result = self._read(cell)
        # rejected cells are rare, and caching them would let junk grow the cache
        if result is not Skip.REJECTED and len(self._known) < _CACHE_LIMIT:
            self._known[cell] = result
        return result

    def _read(self, cell: Any) -> int | Skip:
        if isinstance(cell, bool) or not isinstance(cell, str | int | float):
            return Skip.BLANK if cell is None else Skip.REJECTED  # dates, times, TRUE
        text = cell_text(cell)
        if not text:
            return Skip.BLANK
        if text.casefold() in self.na_codes:
            return Skip.NOT_APPLICABLE
        if isinstance(cell, float):
            if not math.isfinite(cell) or not cell.is_integer():
                return Skip.REJECTED
            answer = int(cell)
        elif isinstance(cell, int):
            answer = cell
        else:
            match = _NUMBER.fullmatch(text)
            # more than four digits is off every scale, and int() refuses huge strings
            if match is None or len(match[2]) > 4 or (match[3] or "0").strip("0"):
                return Skip.REJECTED
            answer = int(match[1] + match[2])
        return answer if self.low <= answer <= self.high else Skip.REJECTED


def read_weight(cell: Any) -> int | float | None:
    """A respondent's weight from a cell: a number of at least 0 (whole weights as int, so
    that weights of 1 count exactly as unweighted answers), German decimal commas read;
    None for a blank, negative, non-numeric or absurdly large weight."""
    if isinstance(cell, bool) or not isinstance(cell, str | int | float):
        return None
    if isinstance(cell, str):
        match = _WEIGHT.fullmatch(cell.strip())
        whole, fraction = (match[1], match[2] or "") if match else ("", "")
        if not (whole or fraction) or len(whole) > 10:
            return None
        cell = float(f"{whole or 0}.{fraction or 0}") if fraction.strip("0") else int(whole or 0)
    if not 0 <= cell <= MAX_WEIGHT:  # NaN fails this too
        return None
    return int(cell) if isinstance(cell, float) and cell.is_integer() else cell
