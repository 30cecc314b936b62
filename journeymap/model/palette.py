"""The traffic light's colours and symbols: one source for the map, its legend, the
exported pictures and the workbook (plain RRGGBB strings, so no layer needs Qt for them).

The colours stay apart for readers with red-green colour blindness: far below target is a
brick red, below target a yellow-orange and target met a blue (after the Okabe-Ito
palette), so what tells them apart under deuteranopia and protanopia is lightness and the
blue-yellow axis, which those readers see. tests/test_accessibility.py checks it with a
simulation. The colour is never alone: each light also has a symbol.
"""

from __future__ import annotations

from journeymap.model.rating import AMBER, GREEN, GREY, RED

#: The badges' full colours on the map (white or dark text, whichever reads better).
RATING_HEX = {RED: "C0392B", AMBER: "F0B429", GREEN: "2C7BB6", GREY: "A0A4AB"}
#: Light tints of the same hues for cells and charts: black text on them reads on a
#: projector and in print.
RATING_TINTS = {RED: "E8957A", AMBER: "FFE699", GREEN: "9DC3E6", GREY: "D9D9D9"}
#: The symbol each light carries beside its colour: met, short of the target, far short,
#: nothing to rate (no target or no data).
RATING_SYMBOLS = {GREEN: "✓", AMBER: "!", RED: "✕", GREY: "–"}
