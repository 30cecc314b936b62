"""The metrics lane row: per stage, the stage's measured CSAT, NPS and CES (weighted by
its touchpoints' volumes, model/stage_figures.py), each with its n and its gap to target
in a traffic-light pill. Computed from the measurements the scene's figure view counts,
never typed. ``figure_lines`` reads the model; the cells only get plain values."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from journeymap.model.entities import Journey
from journeymap.model.figures import FigureView
from journeymap.model.rating import gap_rating
from journeymap.model.stage_figures import StageFigure, stage_figures
from journeymap.ui.canvas import colors
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.text_layout import (
    TextTracking,
    legible,
    level_of_detail,
    scene_font,
    text_on,
)
from journeymap.ui.figure_words import view_words
from journeymap.ui.numbers import fixed, signed, whole

FIGURE_FONT_PIXELS = 12.0
DETAIL_FONT_PIXELS = 11.0
LINE_STEP = 30.0  # one metric's line in a cell
PILL_HEIGHT = 22.0
CELL_PAD = 10.0


def tr(text: str) -> str:
    """Translate a user-visible text of the metrics lane."""
    return QCoreApplication.translate("MetricsLane", text)


@dataclass(frozen=True)
class FigureLine:
    """One metric of a stage as its cell shows it: the figure in a pill of its rating's
    colour, and beside it the n and the gap."""

    figure: str  # "CSAT 72.0 %"
    detail: str  # "n = 120 · gap -8.0"
    rating: str  # red, amber, green or grey


def figure_text(figure: StageFigure) -> str:
    """A stage's figure as the pill says it: "CSAT 72.0 %", "NPS 12.0", "CES 5.2"."""
    unit = " %" if figure.metric == "csat" else ""
    return f"{figure.metric.upper()} {fixed(figure.value)}{unit}"


def figure_line(figure: StageFigure) -> FigureLine:
    """What one of a stage's figures shows."""
    n = whole(figure.n)
    if figure.gap is None:
        detail = tr("n = {} · no target").format(n)
    else:
        detail = tr("n = {} · gap {}").format(n, signed(figure.gap))
    return FigureLine(figure_text(figure), detail, gap_rating(figure.metric, figure.gap))


def figure_lines(journey: Journey, view: FigureView) -> dict[str, list[FigureLine]]:
    """Per stage id, the lines of its cell, counting the view's answers."""
    return {
        stage_id: [figure_line(f) for f in figures]
        for stage_id, figures in stage_figures(journey, view).items()
    }


class MetricsCellItem(TextTracking, QGraphicsItem):
    """One stage's cell of the metrics lane: a line per measured metric, or a muted
    "not measured"."""

    def __init__(self, lines: list[FigureLine], tall: float, counted: str) -> None:
        super().__init__()
        self.figure_lines = lines
        self.tall = tall
        self.setZValue(-4)
        tip = tr("The stage's figures, each touchpoint weighted by its volume")
        self.setToolTip(f"{tip}\n{counted}" if counted else tip)

    def texts(self) -> list[str]:
        """What the cell says, line by line (as a person reads it)."""
        if not self.figure_lines:
            return [tr("Not measured")]
        marks = colors.RATING_MARKS
        return [f"{marks[line.rating]} {line.figure} {line.detail}" for line in self.figure_lines]

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, g.COLUMN_WIDTH, self.tall)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        lod = level_of_detail(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = scene_font(FIGURE_FONT_PIXELS, bold=True)
        metrics = QFontMetricsF(font)
        detail_font = scene_font(DETAIL_FONT_PIXELS)
        detail_metrics = QFontMetricsF(detail_font)
        text_shown = legible(DETAIL_FONT_PIXELS, lod)
        painter.setFont(font)
        left = (g.COLUMN_WIDTH - g.CARD_WIDTH) / 2
        if not self.figure_lines:
            if text_shown:
                painter.setPen(colors.MUTED)
                box = QRectF(left, CELL_PAD, g.CARD_WIDTH, PILL_HEIGHT)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, tr("Not measured"))
                self._drew_text(font, lod)
            return
        for i, line in enumerate(self.figure_lines):
            top = CELL_PAD + i * LINE_STEP
            fill = colors.RATING_COLORS[line.rating]
            shown = f"{colors.RATING_MARKS[line.rating]} {line.figure}"
            pill = QRectF(left, top, metrics.horizontalAdvance(shown) + 16, PILL_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
            painter.setPen(QPen(text_on(fill)))
            if not text_shown:  # the overview: the traffic lights with their symbols, large
                painter.setFont(scene_font(PILL_HEIGHT, bold=True))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                                 colors.RATING_MARKS[line.rating])  # fmt: skip
                painter.setFont(font)
                continue
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
            self._drew_text(font, lod)
            painter.setFont(detail_font)
            painter.setPen(colors.MUTED)
            rest = QRectF(pill.right() + 6, top, g.COLUMN_WIDTH - pill.right() - 6, PILL_HEIGHT)
            detail = detail_metrics.elidedText(
                line.detail, Qt.TextElideMode.ElideRight, rest.width()
            )
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter, detail)
            self._drew_text(detail_font, lod)
            painter.setFont(font)


class MetricsLane:
    """Keeps a cell item per stage in the metrics lane's row of a scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.cells: dict[str, MetricsCellItem] = {}

    def forget(self) -> None:
        """Let go of every item (the scene was cleared)."""
        self.cells.clear()

    def remove(self) -> None:
        """No metrics lane on show: take its cells away."""
        for cell in self.cells.values():
            self.scene.removeItem(cell)
        self.cells.clear()

    def show_figures(self, journey: Journey, view: FigureView, top: float, tall: float) -> None:
        """Show each stage's figures, as the view counts them, in the row at ``top``."""
        self.remove()
        lines = figure_lines(journey, view)
        counted = view_words(view)
        for index, stage in enumerate(journey.stages):
            cell = MetricsCellItem(lines.get(stage.id, []), tall, counted)
            cell.setPos(g.column_x(index), top)
            self.cells[stage.id] = cell
            self.scene.addItem(cell)

    def move_to(self, journey: Journey, top: float) -> None:
        """Put the cells at the top of the row (the rows above changed height)."""
        for index, stage in enumerate(journey.stages):
            if stage.id in self.cells:
                self.cells[stage.id].setPos(g.column_x(index), top)
