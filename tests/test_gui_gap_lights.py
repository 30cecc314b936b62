"""The gap report's traffic lights are never colour alone: each gap cell shows the map
badge's symbol (✓ ! ✕ –) before its figure, on the workbook's tint of the same palette."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.model.palette import RATING_SYMBOLS, RATING_TINTS
from journeymap.samples import find_sample
from journeymap.ui.gap_dock import COLUMNS

GAP = next(i for i, (header, *_) in enumerate(COLUMNS) if header == "Gap")
SYMBOL_OF = {symbol: rating for rating, symbol in RATING_SYMBOLS.items()}


def gap_cells(window) -> list[tuple[str, str, str]]:
    """(text, background, tooltip) of each gap cell as the table shows it."""
    table = window.gap_table.table
    model = table.model()
    cells = []
    for row in range(model.rowCount()):
        index = model.index(row, GAP)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()
        cells.append((index.data(), background, index.data(Qt.ItemDataRole.ToolTipRole)))
    return cells


def test_each_gap_cell_reads_its_light_as_a_symbol_in_the_maps_palette(window, qtbot):
    window.open_sample(find_sample("installation", "en").path)
    qtbot.waitUntil(lambda: window.gap_table.table.model().rowCount() > 0)  # once settled
    cells = gap_cells(window)
    seen = set()
    for text, background, tooltip in cells:
        symbol = text.split(" ")[0]
        assert symbol in SYMBOL_OF, text  # the light reads without its colour
        rating = SYMBOL_OF[symbol]
        seen.add(rating)
        assert background == f"#{RATING_TINTS[rating].lower()}"
        assert tooltip.startswith(symbol)  # the legend's words for it on hover
    assert {"red", "amber", "green"} <= seen, seen
    figures = [float(t.split(" ")[1]) for t, _, _ in cells if t[0] in "✕!"]
    assert all(f < 0 for f in figures)  # a light short of its target has a negative gap
