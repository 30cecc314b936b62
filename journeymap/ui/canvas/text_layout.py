"""Text on the canvas: fonts in scene units, word wrapping, and the level of detail that
keeps every text legible on screen (below a legible size, items draw an overview)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from journeymap.ui.canvas import colors

#: No text is drawn smaller than this many device pixels (about 7 pt on a screen).
LEGIBLE_PIXELS = 9.0
#: Device pixel sizes an overview tries for its text, largest first: all above the limit.
OVERVIEW_PIXELS = (12.0, 11.0, 10.0)


@dataclass
class TextSize:
    """View ▸ Text size: the factor every text of the map is drawn at (1 = 100 %)."""

    factor: float = 1.0


#: The map's text size now; scene_font applies it, so every text that wraps, elides or
#: fits itself to a box does so at the size it is drawn at.
TEXT_SIZE = TextSize()


def scene_font(pixels: float, bold: bool = False) -> QFont:
    """A font sized in scene units, not points, so text keeps its size relative to the
    cards on any device: a 300 dpi PDF page as much as the screen. View ▸ Text size
    enlarges it."""
    font = QFont()
    font.setPixelSize(max(1, round(pixels * TEXT_SIZE.factor)))
    font.setBold(bold)
    return font


def level_of_detail(painter: QPainter) -> float:
    """Device pixels per scene unit of what the painter draws (1 at 100 % zoom)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def legible(scene_pixels: float, lod: float) -> bool:
    """Whether text of this scene size, drawn at the text size, is at least LEGIBLE_PIXELS
    on the device."""
    return scene_pixels * TEXT_SIZE.factor * lod >= LEGIBLE_PIXELS - 0.01


#: Endings after which a German compound usually joins its next word ("Zufriedenheits-
#: befragung", "Installations-termin"): the nicest places to break one.
_SEAMS = ("ungs", "heits", "keits", "schafts", "ions", "täts", "lings")


def _seam(word: str, cut: int) -> int:
    """The break at or a few letters before ``cut`` that falls on a compound's seam,
    else ``cut`` itself."""
    for at in range(cut, max(3, cut - 6) - 1, -1):
        if word[:at].lower().endswith(_SEAMS):
            return at
    return cut


def _break_word(word: str, metrics: QFontMetricsF, width: float) -> list[tuple[str, str]]:
    """A word in pieces that fit ``width`` (one piece when it fits whole), each with the
    mark a line ending after it shows: a word too long for a line (a German compound, a
    URL) breaks after its own hyphens or slashes where it has them, else between letters
    with a hyphen added, never leaving fewer than three letters for the next line."""
    pieces: list[tuple[str, str]] = []
    while word and metrics.horizontalAdvance(word) > width:
        cut = len(word) - 1
        while cut > 1 and metrics.horizontalAdvance(word[:cut] + "-") > width:
            cut -= 1
        soft = max(word.rfind("-", 0, cut + 1), word.rfind("/", 0, cut + 1))
        if soft > 0:
            cut, mark = soft + 1, ""
        else:
            cut, mark = _seam(word, max(1, min(cut, len(word) - 3))), "-"
        pieces.append((word[:cut], mark))
        word = word[cut:]
    return [*pieces, (word, "")] if word else pieces


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, most: int) -> list[str]:
    """Break text into at most ``most`` lines that fit ``width``; only the last one is
    elided, and only when the text needs more lines than that."""
    # (glue before, piece, mark at a line end): a broken word's pieces join with no space
    pieces = [
        ("" if n else " ", piece, mark)
        for word in text.split()
        for n, (piece, mark) in enumerate(_break_word(word, metrics, width))
    ]
    lines: list[str] = []
    while pieces and len(lines) < most:
        _, line, mark = pieces.pop(0)
        while pieces:
            glue, piece, next_mark = pieces[0]
            if metrics.horizontalAdvance(line + glue + piece + next_mark) > width:
                break
            line, mark = line + glue + piece, next_mark
            pieces.pop(0)
        lines.append(line + mark)
    if pieces:
        rest = lines.pop().removesuffix("-") if lines[-1].endswith("-") else lines.pop()
        rest += "".join(glue + piece for glue, piece, _ in pieces)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def fitting_lines(text: str, font: QFont, width: float, height: float, most: int) -> list[str]:
    """The wrapped lines of ``text`` that fit a width×height box (at most ``most``): no
    lines at all when not even one fits."""
    metrics = QFontMetricsF(font)
    room = int(height // metrics.lineSpacing())
    return wrap_lines(text, metrics, width, min(most, room)) if room > 0 else []


def largest_fit(
    text: str, sizes: list[float], box: tuple[float, float], most: int
) -> tuple[QFont, list[str]]:
    """Bold text in the width×height ``box`` at the first of ``sizes`` (scene pixels,
    largest first) at which all of it fits with no word broken; else at the last size,
    broken and elided as it must be. No lines when not even one fits."""
    width, height = box
    font, lines = QFont(), []
    for pixels in sizes:
        font = scene_font(pixels, bold=True)
        lines = fitting_lines(text, font, width, height, most)
        if lines and " ".join(lines).split() == text.split():
            break
    return font, lines


def overview_text(
    text: str, lod: float, box: tuple[float, float], most: int, at_least: float
) -> tuple[QFont, list[str]]:
    """Bold text for an overview, zoomed out to ``lod``: the largest of OVERVIEW_PIXELS on
    the device that fits (see largest_fit), never below ``at_least`` scene pixels (the
    detailed size). A larger text size tries its larger device sizes first, then the usual
    ones, so a name that fits at all is shown (the sizes are before scene_font's factor)."""
    scale, factor = max(lod, 1e-6), TEXT_SIZE.factor
    device_sizes = sorted({*(d * factor for d in OVERVIEW_PIXELS), *OVERVIEW_PIXELS}, reverse=True)
    sizes = [max(at_least, math.ceil(device / scale)) / factor for device in device_sizes]
    return largest_fit(text, sizes, box, most)


def text_on(fill: QColor) -> QColor:
    """Dark text or white, whichever stands out more against ``fill`` (WCAG contrast)."""

    def luminance(colour: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (linear(c) for c in colour.getRgbF()[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    dark = colors.TEXT
    on_white = 1.05 / (luminance(fill) + 0.05)
    on_dark = (luminance(fill) + 0.05) / (luminance(dark) + 0.05)
    return QColor("#ffffff") if on_white >= on_dark else dark


def draw_label(
    painter: QPainter,
    tracker: TextTracking,
    text: str,
    box: QRectF,
    pixels: float,
    align: Qt.AlignmentFlag,
) -> None:
    """A bold label of up to four lines in ``box`` (a lane's name), in a larger overview
    size when zoomed out; nothing when not even one line fits."""
    lod = level_of_detail(painter)
    if legible(pixels, lod):
        font = scene_font(pixels, bold=True)
        lines = fitting_lines(text, font, box.width(), box.height(), 4)
    else:
        font, lines = overview_text(text, lod, (box.width(), box.height()), 4, pixels)
    if lines:
        painter.setPen(colors.MUTED)
        painter.setFont(font)
        painter.drawText(box, align, "\n".join(lines))
        tracker._drew_text(font, lod)


class TextTracking:
    """Remembers the smallest text an item drew in its last paint, in device pixels, so
    tests (and curious people) can check that nothing illegible reaches the screen."""

    smallest_text_px: float | None = None

    def _start_tracking(self) -> None:
        self.smallest_text_px = None

    def _drew_text(self, font: QFont, lod: float) -> None:
        size = font.pixelSize() * lod
        if self.smallest_text_px is None or size < self.smallest_text_px:
            self.smallest_text_px = size
