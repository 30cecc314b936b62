"""A small bar chart of one measured distribution (answers and their counts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from journeymap.model.palette import RATING_HEX
from journeymap.model.vocabulary import SCALES
from journeymap.ui.numbers import fixed, whole

#: Colours of the answers: detractor/dissatisfied red through yellow-orange to promoter
#: blue, the traffic light's colours (model/palette.py: safe for colour blindness).
_LOW, _MID, _HIGH = (QColor(f"#{RATING_HEX[k]}") for k in ("red", "amber", "green"))


def answer_color(metric: str, answer: int) -> QColor:
    """The colour of an answer on its metric's scale."""
    if metric == "nps":
        return _HIGH if answer >= 9 else _MID if answer >= 7 else _LOW
    top = 4 if metric == "csat" else 5
    return _HIGH if answer >= top else _MID if answer == top - 1 else _LOW


class DistributionChart(QWidget):
    """One bar per answer value on the metric's scale, labelled beneath."""

    def __init__(
        self, metric: str, counts: dict[int, int | float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.metric_name, self.answer_counts = metric, counts
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # a weighted count is a sum of weights: shown with its decimals, never cut to whole
        shown = {a: whole(c) if float(c).is_integer() else fixed(c, 2) for a, c in counts.items()}
        self.setToolTip(", ".join(f"{a}: {text}" for a, text in sorted(shown.items())))

    def sizeHint(self) -> QSize:
        return QSize(220, 70)

    def paintEvent(self, _event) -> None:
        low, high = SCALES[self.metric_name]
        answers = range(low, high + 1)
        peak = max(self.answer_counts.values(), default=0) or 1
        painter = QPainter(self)
        width = self.width() / len(answers)
        bars = self.height() - 16
        for i, answer in enumerate(answers):
            height = bars * self.answer_counts.get(answer, 0) / peak
            rect = QRectF(i * width + 2, bars - height, width - 4, height)
            painter.fillRect(rect, answer_color(self.metric_name, answer))
            painter.setPen(QColor("#5d6673"))
            painter.drawText(
                QRectF(i * width, bars, width, 16), Qt.AlignmentFlag.AlignCenter, str(answer)
            )
        painter.end()
