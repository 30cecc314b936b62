"""The value-effort matrix: every opportunity as a dot, effort across (low effort left),
value up (docs/metrics.md "Opportunities"), in four quadrants: quick wins, big bets,
fill-ins and money pits.

A dot's area grows with the largest gap priority the opportunity addresses, its colour says
its status. Dragging a dot rescores the opportunity as one undo step (Esc cancels the drag);
clicking it selects it, so every other view of the opportunity follows. Dismissed
opportunities are left out unless "Show dismissed" is ticked: a team dismisses suggestions
by the dozen, and the matrix is for what is still to be decided or done.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import SetFields
from journeymap.model.entities import Opportunity
from journeymap.model.opportunities import gap_priorities, linked_gap_priority, priority, value
from journeymap.model.vocabulary import OPPORTUNITY_STATES
from journeymap.ui.canvas.colors import MUTED, TEXT
from journeymap.ui.editor import Editor
from journeymap.ui.numbers import fixed, whole
from journeymap.ui.opportunity_words import status_words


def tr(text: str) -> str:
    """Translate a user-visible text of the value-effort matrix."""
    return QCoreApplication.translate("OpportunityMatrix", text)


#: Okabe-Ito colours, told apart with every common kind of colour blindness.
STATUS_COLOURS = {
    "idea": QColor("#56b4e9"),  # sky blue
    "planned": QColor("#0072b2"),  # blue
    "in_progress": QColor("#e69f00"),  # orange
    "done": QColor("#009e73"),  # bluish green
    "dismissed": QColor("#bbbbbb"),  # grey: no longer in play
}
QUADRANT_NAMES = {
    "quick_wins": "Quick wins",
    "big_bets": "Big bets",
    "fill_ins": "Fill-ins",
    "money_pits": "Money pits",
}
#: The quadrants by (high value, high effort).
QUADRANTS = {
    (True, False): "quick_wins",
    (True, True): "big_bets",
    (False, False): "fill_ins",
    (False, True): "money_pits",
}
VALUE_SPLIT = 50  # at or above: high value
EFFORT_SPLIT = 3  # above: high effort

MIN_RADIUS = 7.0  # an opportunity addressing no gap
MAX_RADIUS = 22.0  # the one addressing the largest gap
LABEL_WIDTH = 150.0  # a title longer than this is elided (the tooltip has it whole)
MARGINS = (44.0, 12.0, 12.0, 34.0)  # left (value ticks), top, right, bottom (effort ticks)


def quadrant(value_: float, effort: float) -> str:
    """The quadrant's name for a value and an effort. A dot on a split line counts to the
    more favourable side: value 50 is high, effort 3 is low."""
    return tr(QUADRANT_NAMES[QUADRANTS[(value_ >= VALUE_SPLIT, effort > EFFORT_SPLIT)]])


def dragged_scores(opportunity: Opportunity, effort: float, new_value: float) -> dict[str, int]:
    """The fields a drag to (effort, value) changes: the effort rounded to a whole 1-5, and
    customer and business value shifted by the same whole amount, each kept within 0-100;
    when one reaches an end the other takes the rest, so the dot lands where it was dropped.
    Fields the drag leaves as they were are not in the result."""
    shift = round(max(0.0, min(100.0, new_value)) - value(opportunity))
    total = max(0, min(200, opportunity.customer_value + opportunity.business_value + 2 * shift))
    customer = max(0, min(100, opportunity.customer_value + shift))
    business = max(0, min(100, total - customer))
    customer = total - business  # the rest the business value could not take, if any
    scores = {
        "customer_value": customer,
        "business_value": business,
        "effort": max(1, min(5, round(effort))),
    }
    return {k: v for k, v in scores.items() if v != getattr(opportunity, k)}


@dataclass
class _Drag:
    """A dot being dragged: where the mouse went down, and where the dot's scores put it
    (not the place it was drawn at, when it shared its scores with another)."""

    dot: Dot
    pressed_at: QPointF
    home: QPointF
    moving: bool = False  # past the drag distance: a drag, not a click


class Dot(QGraphicsEllipseItem):
    """One opportunity: a circle centred on its position, its title beside it."""

    def __init__(self, opportunity: Opportunity, radius: float, gap: float) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.opportunity = opportunity
        self.radius = radius
        self.caption = QGraphicsSimpleTextItem(self)
        self.caption.setBrush(QBrush(TEXT))
        colour = STATUS_COLOURS[opportunity.status]
        fill = QColor(colour)
        fill.setAlpha(90 if opportunity.status == "dismissed" else 215)
        self.setBrush(QBrush(fill))
        self.setZValue(MAX_RADIUS - radius)  # small dots above large ones, so both can be hit
        self.setToolTip(_tip(opportunity, gap))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.mark(False)

    def mark(self, selected: bool) -> None:
        """Outline the dot thick and dark when it is selected."""
        pen = QPen(TEXT if selected else STATUS_COLOURS[self.opportunity.status].darker(150))
        pen.setWidthF(3.0 if selected else 1.2)
        self.setPen(pen)

    def write(self, text: str, right_edge: float, room: float = LABEL_WIDTH) -> None:
        """Show ``text`` beside the dot, elided to ``room`` pixels, on the dot's left when
        the plot's right edge leaves no room."""
        metrics = QFontMetricsF(self.caption.font())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.caption.setText(shown)
        width, height = metrics.horizontalAdvance(shown), metrics.height()
        gap = self.radius + 4
        beside = gap if self.pos().x() + gap + width <= right_edge else -gap - width
        self.caption.setPos(beside, -height / 2)


def _tip(opportunity: Opportunity, gap: float) -> str:
    """The whole story of a dot: title, status, value, effort, priority and gap."""
    lines = [
        opportunity.title or tr("(untitled)"),
        tr("Status: {}").format(status_words(opportunity.status)),
        tr("Value {} (customer {}, business {})").format(
            fixed(value(opportunity), 1),
            whole(opportunity.customer_value),
            whole(opportunity.business_value),
        ),
        tr("Effort {} of 5").format(whole(opportunity.effort)),
        tr("Priority {}").format(fixed(priority(opportunity), 1)),
        tr("Largest gap priority addressed: {}").format(fixed(gap, 1))
        if gap
        else tr("Addresses no gap"),
        quadrant(value(opportunity), opportunity.effort),
    ]
    return "\n".join(lines)


class MatrixView(QGraphicsView):
    """The matrix drawn at the viewport's own size (no zoom): the axes, the quadrants, and
    a dot per opportunity, which a mouse drag moves."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Esc reaches a drag
        self.setAccessibleName(tr("Value-effort matrix"))
        self.setMinimumSize(360, 260)
        self.dots: dict[str, Dot] = {}
        self.show_dismissed = False
        self._drag: _Drag | None = None

    # ---- geometry -----------------------------------------------------------------
    def plot_area(self) -> QRectF:
        """Where the quadrants are, in scene (= viewport) coordinates."""
        left, top, right, bottom = MARGINS
        size = self.viewport().size()
        return QRectF(left, top, size.width() - left - right, size.height() - top - bottom)

    def _inner(self) -> QRectF:
        """The area the dots' centres can reach: the plot less a large dot's radius."""
        return self.plot_area().adjusted(MAX_RADIUS, MAX_RADIUS, -MAX_RADIUS, -MAX_RADIUS)

    def point_for(self, effort: float, value_: float) -> QPointF:
        """Where a dot of this effort (1-5) and value (0-100) sits."""
        inner = self._inner()
        return QPointF(
            inner.left() + (effort - 1) / 4 * inner.width(),
            inner.bottom() - value_ / 100 * inner.height(),
        )

    def scores_at(self, point: QPointF) -> tuple[float, float]:
        """The effort (1-5) and value (0-100) of a point, kept within the axes."""
        inner = self._inner()
        effort = 1 + 4 * (point.x() - inner.left()) / max(1.0, inner.width())
        value_ = 100 * (inner.bottom() - point.y()) / max(1.0, inner.height())
        return max(1.0, min(5.0, effort)), max(0.0, min(100.0, value_))

    # ---- drawing ------------------------------------------------------------------
    def refresh(self) -> None:
        """Draw everything again from the document; not while a dot is being dragged (its
        drop or Esc draws again)."""
        if self._drag is not None:
            return
        scene = self.scene()
        scene.clear()
        self.dots = {}
        size = self.viewport().size()
        scene.setSceneRect(0, 0, size.width(), size.height())
        self._draw_axes()
        doc = self.editor.doc
        shown = [o for o in doc.opportunities if self.show_dismissed or o.status != "dismissed"]
        gaps = gap_priorities(doc, self.editor.figure_view)
        gap_of = {o.id: linked_gap_priority(o.links, gaps) for o in shown}
        largest = max(gap_of.values(), default=0.0)
        right_edge = self.plot_area().right()
        column = self._inner().width() / 4  # from one effort to the next
        sharing: dict[tuple[int, float], list[Opportunity]] = {}
        for opportunity in shown:
            sharing.setdefault((opportunity.effort, value(opportunity)), []).append(opportunity)
        for opportunity in shown:
            dot = Dot(opportunity, dot_radius(gap_of[opportunity.id], largest),
                      gap_of[opportunity.id])  # fmt: skip
            dot.setPos(self.point_for(opportunity.effort, value(opportunity)))
            # the same scores: stacked a line apart around their place, each to be seen and
            # picked (a drag still starts from the scores)
            same = sharing[(opportunity.effort, value(opportunity))]
            line = QFontMetricsF(dot.caption.font()).height() + 2
            dot.moveBy(0, (same.index(opportunity) - (len(same) - 1) / 2) * line)
            # the title stops short of the next column's dots
            room = min(LABEL_WIDTH, max(60.0, column - dot.radius - MAX_RADIUS / 2 - 8))
            dot.write(opportunity.title or tr("(untitled)"), right_edge, room)
            dot.mark(opportunity.id in self.editor.selection)
            scene.addItem(dot)
            self.dots[opportunity.id] = dot
        if not shown:
            self._centred_text(tr("No opportunities yet"), self.plot_area())

    def _draw_axes(self) -> None:
        scene, plot = self.scene(), self.plot_area()
        middle = self.point_for(EFFORT_SPLIT, VALUE_SPLIT)
        tints = {(True, False): QColor("#eaf5ee"), (True, True): QColor("#f1f3f6"),
                 (False, False): QColor("#f7f8fa"), (False, True): QColor("#fbf0ec")}  # fmt: skip
        bold = QFont()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        for (high, costly), key in QUADRANTS.items():
            x0, x1 = (middle.x(), plot.right()) if costly else (plot.left(), middle.x())
            y0, y1 = (plot.top(), middle.y()) if high else (middle.y(), plot.bottom())
            area = QRectF(QPointF(x0, y0), QPointF(x1, y1))
            scene.addRect(area, QPen(Qt.PenStyle.NoPen), QBrush(tints[(high, costly)]))
            label = scene.addSimpleText(tr(QUADRANT_NAMES[key]), bold)
            label.setBrush(QBrush(MUTED))
            box = label.boundingRect()
            pad = 6.0
            # each name in its outer corner, away from the middle where the dots crowd
            x = area.right() - pad - box.width() if costly else area.left() + pad
            y = area.top() + pad if high else area.bottom() - pad - box.height()
            label.setPos(x, y)
        split = QPen(MUTED, 1.0, Qt.PenStyle.DashLine)
        scene.addLine(middle.x(), plot.top(), middle.x(), plot.bottom(), split)
        scene.addLine(plot.left(), middle.y(), plot.right(), middle.y(), split)
        scene.addRect(plot, QPen(MUTED, 1.0))
        for effort in range(1, 6):
            at = self.point_for(effort, 0)
            self._tick(whole(effort), QPointF(at.x(), plot.bottom() + 2), below=True)
        for value_ in range(0, 101, 25):
            at = self.point_for(1, value_)
            self._tick(whole(value_), QPointF(plot.left() - 4, at.y()), below=False)
        axis = scene.addSimpleText(tr("Effort →"))
        axis.setBrush(QBrush(MUTED))
        axis.setPos(plot.center().x() - axis.boundingRect().width() / 2, plot.bottom() + 16)
        up = scene.addSimpleText(tr("Value →"))  # turned a quarter left: the arrow points up
        up.setBrush(QBrush(MUTED))
        up.setRotation(-90)
        up.setPos(2, plot.center().y() + up.boundingRect().width() / 2)

    def _tick(self, text: str, at: QPointF, below: bool) -> None:
        """A tick label under the effort axis (centred) or left of the value axis."""
        item = self.scene().addSimpleText(text)
        item.setBrush(QBrush(MUTED))
        box = item.boundingRect()
        if below:
            item.setPos(at.x() - box.width() / 2, at.y())
        else:
            item.setPos(at.x() - box.width(), at.y() - box.height() / 2)

    def _centred_text(self, text: str, area: QRectF) -> None:
        item = self.scene().addSimpleText(text)
        item.setBrush(QBrush(MUTED))
        box = item.boundingRect()
        item.setPos(area.center() - QPointF(box.width() / 2, box.height() / 2))

    def mark_selection(self, ids: list[str]) -> None:
        """Outline the dots of the selected opportunities."""
        for opportunity_id, dot in self.dots.items():
            dot.mark(opportunity_id in ids)

    # ---- the mouse and Esc ----------------------------------------------------------
    def mousePressEvent(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        at = self.mapToScene(event.position().toPoint())
        # the topmost dot there, or the dot whose title was hit
        hits = [i if isinstance(i, Dot) else i.parentItem() for i in self.scene().items(at)]
        dot = next((i for i in hits if isinstance(i, Dot)), None)
        if dot is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        home = self.point_for(dot.opportunity.effort, value(dot.opportunity))
        self._drag = _Drag(dot, at, home)
        dot.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.editor.select([dot.opportunity.id])  # the other views of it follow
        event.accept()

    def mouseMoveEvent(self, event: Any) -> None:
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        at = self.mapToScene(event.position().toPoint())
        moved = at - drag.pressed_at
        if not drag.moving and moved.manhattanLength() < QApplication.startDragDistance():
            return
        drag.moving = True
        effort, value_ = self.scores_at(drag.home + moved)
        drag.dot.setPos(self.point_for(effort, value_))
        # while it moves, the label says what the drop will make of it
        scores = dragged_scores(drag.dot.opportunity, effort, value_)
        merged = {"customer_value": drag.dot.opportunity.customer_value,
                  "business_value": drag.dot.opportunity.business_value,
                  "effort": drag.dot.opportunity.effort} | scores  # fmt: skip
        drag.dot.write(
            tr("Value {} · effort {}").format(
                fixed((merged["customer_value"] + merged["business_value"]) / 2, 1),
                whole(merged["effort"]),
            ),
            self.plot_area().right(),
        )
        event.accept()

    def mouseReleaseEvent(self, event: Any) -> None:
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._drag = None
        event.accept()
        opportunity = drag.dot.opportunity
        scores = dragged_scores(opportunity, *self.scores_at(drag.dot.pos()))
        if drag.moving and scores and opportunity.id in self.editor.doc:  # not undone meanwhile
            self.editor.push(
                SetFields(opportunity.id, scores,
                          tr("Move ‘{}’ on the value-effort matrix").format(opportunity.title))
            )  # fmt: skip
        self.refresh()  # the dot where the document has it (the drop, or back if refused)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None  # the release that follows changes nothing
            self.refresh()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.refresh()


def dot_radius(gap: float, largest: float) -> float:
    """A dot's radius: its area grows in proportion to its gap priority, from the smallest
    dot (no gap) to the largest (the largest gap priority of the dots shown)."""
    share = gap / largest if largest > 0 else 0.0
    return math.sqrt(MIN_RADIUS**2 + share * (MAX_RADIUS**2 - MIN_RADIUS**2))


class OpportunityMatrix(QWidget):
    """The dock's page: the matrix, a legend of the statuses, and "Show dismissed"."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.view = MatrixView(editor)
        self.dismissed_box = QCheckBox(tr("Show dismissed"))
        self.dismissed_box.setToolTip(tr("Show the opportunities the team dismissed, greyed"))
        self.dismissed_box.toggled.connect(self._show_dismissed)
        legend = QHBoxLayout()
        self.legend_labels: dict[str, QLabel] = {}
        for status in OPPORTUNITY_STATES:
            bullet = (
                f"<span style='color:{STATUS_COLOURS[status].name()}; font-size:large'>●</span>"
            )
            label = QLabel(f"{bullet} {status_words(status)}")
            label.setToolTip(tr("Dot colour: the opportunity's status"))
            self.legend_labels[status] = label
            legend.addWidget(label)
        size_note = QLabel(tr("Dot size: largest gap priority addressed"))
        size_note.setStyleSheet(f"color: {MUTED.name()}")
        legend.addWidget(size_note)
        legend.addStretch(1)
        legend.addWidget(self.dismissed_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(legend)
        self.legend_labels["dismissed"].setVisible(False)
        editor.settled.connect(self._refresh_on_screen)
        editor.selection_changed.connect(self.view.mark_selection)

    def _show_dismissed(self, on: bool) -> None:
        self.view.show_dismissed = on
        self.legend_labels["dismissed"].setVisible(on)
        self.view.refresh()

    def _refresh_on_screen(self) -> None:
        """Follow every change, undo and figure view, but only draw while on screen."""
        if self.isVisible():
            self.view.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.view.refresh()
