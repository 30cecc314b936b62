"""Sizes and positions on the canvas: one place for the grid every item follows."""

from __future__ import annotations

from journeymap.model.layout import CARD_STEP as CARD_STEP  # the model's touchpoint spacing
from journeymap.ui.canvas.text_layout import TEXT_SIZE

COLUMN_WIDTH = 250.0
COLUMN_GAP = 16.0
HEADER_HEIGHT = 76.0  # at a text size of 100 %: see header_height
CARD_WIDTH = 210.0
CARD_HEIGHT = 96.0
CARD_INSET = (COLUMN_WIDTH - CARD_WIDTH) / 2
TOP_PAD = 24.0
SNAP = 10.0
LANE_LABEL_WIDTH = 150.0  # the lanes' names, left of the first stage
# The journey's lanes of notes: sticky notes two abreast in each cell (lane × stage).
NOTE_WIDTH = 112.0
NOTE_MIN_HEIGHT = 84.0
NOTE_GAP = 8.0
NOTE_INSET = (COLUMN_WIDTH - 2 * NOTE_WIDTH - NOTE_GAP) / 2
LANE_PAD = 10.0  # above and below the notes of a lane row
EMPTY_LANE_HEIGHT = 64.0  # a lane without notes keeps room for a double-click
CURVE_LANE_HEIGHT = 120.0  # the emotion curve's and the figures' rows
LINE_LANE_HEIGHT = 30.0  # a blueprint line
GRAPH_MIN_HEIGHT = 160.0  # the touchpoint lane among other lanes, even with few cards


def column_x(index: int) -> float:
    """Left edge of the stage column at this index."""
    return index * (COLUMN_WIDTH + COLUMN_GAP)


def column_at(x: float, count: int) -> int:
    """The stage column under a horizontal position, clamped to the columns there are."""
    index = int(x // (COLUMN_WIDTH + COLUMN_GAP))
    return max(0, min(count - 1, index))


def header_height() -> float:
    """The height of the stage headers' band: it grows with View ▸ Text size, so a larger
    stage name still has the room of two lines, and a zoomed-out map one legible line."""
    return HEADER_HEIGHT * max(1.0, TEXT_SIZE.factor)


def card_top(y: float, above: float = 0.0) -> float:
    """Scene y of a card whose touchpoint sits at ``y`` within its column, under lanes
    ``above`` scene units tall drawn between the header and the cards."""
    return header_height() + above + TOP_PAD + y


def y_from_top(top: float, above: float = 0.0) -> float:
    """The touchpoint's y for a card dropped with its top edge at ``top``, snapped."""
    return max(0.0, round((top - header_height() - above - TOP_PAD) / SNAP) * SNAP)
