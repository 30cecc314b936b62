"""The persona's card at the top left of the map: their picture (or initials), name and
quote, so the room sees whose journey it is. Drawn in every export like the map."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.model.entities import Persona
from journeymap.ui.canvas import colors
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.text_layout import (
    TextTracking,
    fitting_lines,
    legible,
    level_of_detail,
    overview_text,
    scene_font,
)

PERSONA_WIDTH = 230.0
PICTURE = 64.0
PAD = 12.0
NAME_PIXELS = 14.0
QUOTE_PIXELS = 12.0
QUOTE_LINES = 5


def initials(name: str) -> str:
    """Up to two initials of a persona's name, for one without a picture: of the part
    before a comma ("Sabine, family with a home office" → S, "Anna Berg" → AB)."""
    words = name.partition(",")[0].split()
    letters = [word[0] for word in words if word[0].isalpha()]
    return "".join(letters[:2]).upper() or "?"


def _quote_font() -> QFont:
    """The quote's italic font, the same for measuring and for drawing."""
    font = scene_font(QUOTE_PIXELS)
    font.setItalic(True)
    return font


class PersonaCardItem(TextTracking, QGraphicsItem):
    """A card left of the first stage: picture, name and, in quotes, what they say."""

    def __init__(self, persona: Persona) -> None:
        super().__init__()
        self.setZValue(-4)
        self.persona_id = persona.id
        self.show_persona(persona)

    def show_persona(self, persona: Persona) -> None:
        """Show the persona as it is now."""
        self.prepareGeometryChange()
        self.name = persona.name
        self.quote = persona.quote
        self.picture = QImage.fromData(persona.picture) if persona.picture else QImage()
        text_width = PERSONA_WIDTH - 2 * PAD
        font = _quote_font()
        lines = fitting_lines(self._quoted(), font, text_width, 1e6, QUOTE_LINES)
        self.quote_lines = lines if self.quote else []
        height = PAD + PICTURE + PAD + len(self.quote_lines) * QFontMetricsF(font).lineSpacing()
        self.rect = QRectF(0, 0, PERSONA_WIDTH, max(g.header_height(), height + PAD))
        self.setPos(-PERSONA_WIDTH - 2 * g.COLUMN_GAP, 0)
        self.update()

    def _quoted(self) -> str:
        return f"“{self.quote}”"

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colors.CARD_BORDER, 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(self.rect, 8, 8)
        self._paint_face(painter, QRectF(PAD, PAD, PICTURE, PICTURE))
        lod = level_of_detail(painter)
        name_box = QRectF(2 * PAD + PICTURE, PAD, PERSONA_WIDTH - 3 * PAD - PICTURE, PICTURE)
        box = (name_box.width(), name_box.height())
        if legible(NAME_PIXELS, lod):
            font = scene_font(NAME_PIXELS, bold=True)
            lines = fitting_lines(self.name, font, *box, 3)
        else:  # an overview: the name at a size one can read, the quote left out
            font, lines = overview_text(self.name, lod, box, 3, NAME_PIXELS)
        if lines:
            painter.setPen(colors.TEXT)
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(name_box, flags, "\n".join(lines))
            self._drew_text(font, lod)
        if self.quote_lines and legible(QUOTE_PIXELS, lod):
            quote_font = _quote_font()
            painter.setFont(quote_font)
            painter.setPen(colors.MUTED)
            top = 2 * PAD + PICTURE
            # to the card's foot: a box just the lines' height lets Qt drop the last one
            box = QRectF(PAD, top, PERSONA_WIDTH - 2 * PAD, self.rect.height() - top)
            painter.drawText(box, Qt.AlignmentFlag.AlignTop, "\n".join(self.quote_lines))
            self._drew_text(quote_font, lod)

    def _paint_face(self, painter: QPainter, box: QRectF) -> None:
        """The picture in a circle, or the initials on a tinted circle."""
        circle = QPainterPath()
        circle.addEllipse(box)
        if not self.picture.isNull():
            painter.save()
            painter.setClipPath(circle)
            side = min(self.picture.width(), self.picture.height())  # the centre square
            source = QRectF((self.picture.width() - side) / 2,
                            (self.picture.height() - side) / 2, side, side)  # fmt: skip
            painter.drawImage(box, self.picture, source)
            painter.restore()
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colors.HEADER_FILL))
        painter.drawPath(circle)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(scene_font(PICTURE * 0.36, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, initials(self.name))
