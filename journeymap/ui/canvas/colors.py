"""The canvas palette: traffic lights, emotions and the chrome around them."""

from __future__ import annotations

from PySide6.QtGui import QColor

from journeymap.model.palette import RATING_HEX, RATING_SYMBOLS

#: The traffic light's colours (safe for red-green colour blindness; model/palette.py).
RATING_COLORS = {rating: QColor(f"#{hex_}") for rating, hex_ in RATING_HEX.items()}
#: The symbol each badge carries beside its colour, so no badge is colour alone.
RATING_MARKS = RATING_SYMBOLS
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#c4c9d1")
CARD_SELECTED = QColor("#2f6fde")
COLUMN_FILL = (QColor("#f4f6f9"), QColor("#eceff4"))
HEADER_FILL = QColor("#2c3e57")
HEADER_TEXT = QColor("#ffffff")
ARROW = QColor("#6b7480")
ARROW_BACK = QColor("#9b59b6")  # loops (repeat contacts) stand out from the forward flow
TEXT = QColor("#1f2630")
MUTED = QColor("#5d6673")
LANE_LINE = QColor("#c9ced6")
MAP_GROUND = QColor("#ffffff")  # what the map lies on (the view's background)
HIGHLIGHT = QColor("#f28c28")  # overlays: handoffs, channel breaks, loops, worst path
#: A sticky note's tint by its lane's kind, when the note has no colour of its own.
NOTE_COLOURS = {
    "actions": QColor("#cfe3fb"),
    "thoughts": QColor("#e3d9f7"),
    "feelings": QColor("#fbd9e6"),
    "pain_points": QColor("#f9c9c4"),
    "opportunities": QColor("#cdeccf"),
    "text": QColor("#fff1a8"),
    "frontstage": QColor("#d3ecf4"),
    "backstage": QColor("#fde0bd"),
    "support": QColor("#e1e4e8"),
}
NOTE_BORDER = QColor(0, 0, 0, 60)  # a soft edge on any tint
VOTE_DOT = QColor("#2c3e57")
