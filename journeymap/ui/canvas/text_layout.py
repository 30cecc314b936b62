"""Text on the canvas: fonts in scene units, word wrapping, and the level of detail that
keeps every text legible on screen (below a legible size, items draw an overview)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

#: No text is drawn smaller than this many device pixels (about 7 pt on a screen).
LEGIBLE_PIXELS = 9.0
#: Device pixel sizes an overview tries for its text, largest first: all above the limit.
OVERVIEW_PIXELS = (12.0, 11.0, 10.0)


def scene_font(pixels: float, bold: bool = False) -> QFont:
    """A font sized in scene units, not points, so text keeps its size relative to the
    cards on any device: a 300 dpi PDF page as much as the screen."""
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def level_of_detail(painter: QPainter) -> float:
    """Device pixels per scene unit of what the painter draws (1 at 100 % zoom)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def legible(scene_pixels: float, lod: float) -> bool:
    """Whether text of this scene size is at least LEGIBLE_PIXELS on the device."""
    return scene_pixels * lod >= LEGIBLE_PIXELS - 0.01


def _break_word(word: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A word too long for one line (a German compound, a URL) in pieces that fit: after
    its own hyphens or slashes where it has them, else between letters."""
    pieces: list[str] = []
    while word and metrics.horizontalAdvance(word) > width:
        cut = max(1, len(word) - 1)
        while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
            cut -= 1
        soft = max(word.rfind("-", 0, cut), word.rfind("/", 0, cut))
        cut = soft + 1 if soft > 0 else cut
        pieces.append(word[:cut])
        word = word[cut:]
    return [*pieces, word] if word else pieces


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, most: int) -> list[str]:
    """Break text into at most ``most`` lines that fit ``width``; only the last one is
    elided, and only when the text needs more lines than that."""
    words = [piece for word in text.split() for piece in _break_word(word, metrics, width)]
    lines: list[str] = []
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        rest = " ".join([lines.pop(), *words])
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def fitting_lines(text: str, font: QFont, width: float, height: float, most: int) -> list[str]:
    """The wrapped lines of ``text`` that fit a width×height box (at most ``most``): no
    lines at all when not even one fits."""
    metrics = QFontMetricsF(font)
    room = int(height // metrics.lineSpacing())
    return wrap_lines(text, metrics, width, min(most, room)) if room > 0 else []


def overview_text(
    text: str, lod: float, box: tuple[float, float], most: int, at_least: float
) -> tuple[QFont, list[str]]:
    """Bold text for an overview, zoomed out to ``lod``: the largest size of
    OVERVIEW_PIXELS on the device (never below ``at_least`` scene pixels, the detailed
    size) at which the whole text fits the width×height ``box`` without breaking a word;
    else the smallest of them, elided. No lines when not even one fits."""
    width, height = box
    font, lines = QFont(), []
    for device in OVERVIEW_PIXELS:
        font = scene_font(max(at_least, math.ceil(device / max(lod, 1e-6))), bold=True)
        lines = fitting_lines(text, font, width, height, most)
        if lines and " ".join(lines).split() == text.split():
            break
    return font, lines
