"""The canvas palette: traffic lights, emotions and the chrome around them, in its two
looks: the usual one and View ▸ High contrast (black on white, thick borders, no pastel
fills) for projectors and low vision. Items read ``colors.NAME`` when they paint, so
``set_high_contrast`` swaps the look in this one place; the scene is then redrawn."""

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
BORDER_WIDTH = 1.0  # a card's and a note's outline (scene pixels)

#: The usual look, as declared above.
USUAL = {name: value for name, value in dict(globals()).items() if name.isupper()}
_BLACK, _WHITE = QColor("#000000"), QColor("#ffffff")
#: High contrast: black ink and thick black borders on white, the traffic lights kept (they
#: are no pastels, and carry their symbols), the notes white with a black edge.
HIGH_CONTRAST = {
    "CARD_FILL": _WHITE,
    "CARD_BORDER": _BLACK,
    "CARD_SELECTED": QColor("#0044cc"),
    "COLUMN_FILL": (_WHITE, _WHITE),
    "HEADER_FILL": _BLACK,
    "HEADER_TEXT": _WHITE,
    "ARROW": _BLACK,
    "TEXT": _BLACK,
    "MUTED": _BLACK,
    "LANE_LINE": _BLACK,
    "NOTE_COLOURS": dict.fromkeys(NOTE_COLOURS, _WHITE),
    "NOTE_BORDER": _BLACK,
    "VOTE_DOT": _BLACK,
    "BORDER_WIDTH": 2.5,
}


def set_high_contrast(on: bool) -> None:
    """Paint the map in high contrast (``on``) or in its usual look from now on."""
    globals().update(USUAL)
    if on:
        globals().update(HIGH_CONTRAST)
