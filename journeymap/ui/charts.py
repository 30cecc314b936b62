"""The charts dock: the emotion curve (as-is and to-be overlaid), gap bars by touchpoint,
and the answers of the selected touchpoint. matplotlib loads when the dock first shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from journeymap.model.compare import counterpart
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import select_measurements
from journeymap.model.palette import RATING_HEX as RATING_COLOURS
from journeymap.model.rating import gap_rating
from journeymap.model.report import gap_report
from journeymap.model.vocabulary import SCALES, TARGET_RANGES
from journeymap.ui.editor import Editor
from journeymap.ui.journeys import journey_label
from journeymap.ui.numbers import general, whole

#: The traffic light's colours, as on the map (model/palette.py: safe for colour blindness).
RATING_HEX = {rating: f"#{hex_}" for rating, hex_ in RATING_COLOURS.items()}


def tr(text: str) -> str:
    """Translate a user-visible text of the charts."""
    return QCoreApplication.translate("Charts", text)


class ChartsPanel(QTabWidget):
    """Three charts that follow the document; drawn only while visible."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.figures: dict[str, Any] = {}
        self._built = False
        editor.settled.connect(self.redraw)  # once per step, whatever changed
        self.currentChanged.connect(self.redraw)

    def set_on_screen(self, visible: bool) -> None:
        """Called when the dock's tab comes to the front (or goes): matplotlib is imported
        the first time, not at start-up, where it would triple the time to the window."""
        if visible and not self._built:
            self._build()
        if visible:
            self.redraw()

    def _build(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        for key, title in (("emotion", tr("Emotion curve")), ("gaps", tr("Gaps by touchpoint")),
                           ("answers", tr("Answers of the selection"))):  # fmt: skip
            figure = Figure(figsize=(6, 3), layout="constrained")
            canvas = FigureCanvasQTAgg(figure)
            page = QWidget()
            QVBoxLayout(page).addWidget(canvas)
            self.addTab(page, title)
            self.figures[key] = figure
        self._built = True

    def redraw(self, *_: object) -> None:
        """Draw the chart on show (the others wait until their tab is picked)."""
        if not self._built or not self.isVisible():
            return
        key = list(self.figures)[self.currentIndex()]
        figure = self.figures[key]
        figure.clear()
        journey = self.editor.journey
        if journey is not None:
            getattr(self, f"_draw_{key}")(figure, journey)
        figure.canvas.draw_idle()

    def _draw_emotion(self, figure: Any, journey: Journey) -> None:
        from journeymap.model.graph import emotion_curve, touchpoint_satisfaction

        axes = figure.add_subplot()
        other = counterpart(self.editor.doc.journeys, journey)
        for j, style in ((journey, "-o"), (other, "--s")):
            if j is None:
                continue
            points = emotion_curve(j, touchpoint_satisfaction(j))
            xs = [i for i, p in enumerate(points) if p.emotion is not None]
            ys = [p.emotion for p in points if p.emotion is not None]
            axes.plot(xs, ys, style, label=journey_label(j), linewidth=2)
        stages = [s.name for s in journey.stages]
        axes.set_xticks(range(len(stages)), stages, rotation=20, ha="right", fontsize=8)
        axes.set_ylim(-2.3, 2.3)
        axes.set_yticks([-2, -1, 0, 1, 2], ["☹☹", "☹", "0", "☺", "☺☺"])
        axes.axhline(0, color="#c4c9d1", linewidth=1)
        axes.set_ylabel(tr("Mean emotion"))
        axes.legend(fontsize=8, loc="lower left")

    def _draw_gaps(self, figure: Any, journey: Journey) -> None:
        axes = figure.add_subplot()
        rows = [r for r in gap_report(journey, self.editor.figure_view) if r.gap is not None]
        rows.sort(key=lambda r: r.gap / (TARGET_RANGES[r.metric][1] - TARGET_RANGES[r.metric][0]))
        rows = rows[:25]  # the worst 25 keep the bars readable
        spans = [
            r.gap / (TARGET_RANGES[r.metric][1] - TARGET_RANGES[r.metric][0]) * 100 for r in rows
        ]
        labels = [f"{r.touchpoint} ({r.metric.upper()})" for r in rows]
        colours = [RATING_HEX[gap_rating(r.metric, r.gap)] for r in rows]
        axes.barh(range(len(rows)), spans, color=colours)
        axes.set_yticks(range(len(rows)), labels, fontsize=7)
        axes.invert_yaxis()
        axes.axvline(0, color="#5d6673", linewidth=1)
        _locale_ticks(axes.xaxis)
        axes.set_xlabel(tr("Gap as % of the metric's scale (negative = short of target)"))

    def _draw_answers(self, figure: Any, journey: Journey) -> None:
        chosen = [self.editor.doc.get(i) for i in self.editor.selection if i in self.editor.doc]
        tp = next((o for o in chosen if isinstance(o, Touchpoint)), None)
        if tp is None:
            figure.text(0.5, 0.5, tr("Select a touchpoint to see its answers."), ha="center")
            return
        found = select_measurements(journey, self.editor.figure_view, only=(tp.id,))
        if not found:
            figure.text(0.5, 0.5, tr("“{}” has no survey data yet.").format(tp.name), ha="center")
            return
        metrics = [m for m in SCALES if (tp.id, m) in found]
        for i, metric in enumerate(metrics, start=1):
            axes = figure.add_subplot(1, len(metrics), i)
            responses = found[tp.id, metric].responses
            low, high = SCALES[metric]
            answers = list(range(low, high + 1))
            axes.bar(answers, [responses.counts.get(a, 0) for a in answers], color="#2f6fde")
            axes.set_title(f"{metric.upper()} · n = {whole(responses.respondents)}", fontsize=9)
            axes.set_xticks(answers)
            _locale_ticks(axes.yaxis)
        figure.suptitle(tp.name, fontsize=10)


def _locale_ticks(axis: Any) -> None:
    """Label an axis's ticks in the locale's digits (a decimal comma in German)."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _position: general(value)))
