"""Journey ▸ Suggest opportunities: what the journey's own evidence suggests the team could
change (journeymap.model.suggestions), each with its rule, figures and proposed scores.
The team accepts the chosen suggestions (each becomes an idea) or dismisses them
(remembered, never suggested again), one undo step per press; the list follows every
change, undo included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import AddObject, Macro
from journeymap.model.open_suggestions import open_suggestions
from journeymap.model.opportunities import from_suggestion
from journeymap.model.suggestions import Suggestion
from journeymap.ui.editor import Editor
from journeymap.ui.numbers import fixed, percent, whole


def tr(text: str) -> str:
    """Translate a user-visible text of the suggestion dialog."""
    return QCoreApplication.translate("SuggestDialog", text)


#: Each rule as the list names it (docs/metrics.md, "Suggested opportunities").
RULE_WORDS = {
    "largest_gap": "Largest gap",
    "below_target_high_volume": "Below target at high volume",
    "repeat_contact_loop": "Repeat contacts",
    "silo_handoff": "Handoff between owners",
    "channel_break_worst_path": "Channel break on the worst path",
    "expectation_gap": "Expectation management",
    "detractors": "Many detractors",
}
#: The figures a rule gives, as the list names them.
FIGURE_WORDS = {
    "touchpoint": "Touchpoint",
    "metric": "Metric",
    "target": "Target",
    "measured": "Measured",
    "gap": "Gap",
    "n": "n",
    "priority": "Priority",
    "margin": "±",
    "low_confidence": "Low confidence",
    "expectation": "Expectation",
    "detractor_share": "Detractors (%)",
    "detractors": "Detractors",
    "nps": "NPS",
    "share_in_loop": "Share in the loop",
    "loop_touchpoints": "Touchpoints in the loop",
    "from_touchpoint": "From",
    "to_touchpoint": "To",
    "from_channel": "From channel",
    "to_channel": "To channel",
    "from_owner": "From owner",
    "to_owner": "To owner",
    "satisfaction": "Satisfaction",
    "from_satisfaction": "Satisfaction before",
    "to_satisfaction": "Satisfaction after",
    "worst_path_satisfaction": "Worst path's satisfaction",
    "worst_path_probability": "Share taking the worst path",
    "worst_path_steps": "Worst path's steps",
}
#: Figures that are shares of 0..1, shown as percentages.
PERCENTAGES = ("share_in_loop", "probability", "satisfaction")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HEADERS = ("Rule", "Title", "Figures", "Customer value", "Business value", "Effort")


def rule_words(rule: str) -> str:
    """A suggestion rule in the interface's words."""
    return tr(RULE_WORDS[rule]) if rule in RULE_WORDS else rule


def figure_words(figures: dict[str, float | int | str]) -> str:
    """A suggestion's figures as one line: "Metric: CSAT · Gap: -39.8 · n: 197"."""
    parts = []
    for key, value in figures.items():
        if key in ("touchpoint", "from_touchpoint", "to_touchpoint"):
            continue  # the title names them
        name = tr(FIGURE_WORDS[key]) if key in FIGURE_WORDS else key
        parts.append(f"{name}: {_figure(key, value)}")
    return " · ".join(parts)


def _figure(key: str, value: float | int | str) -> str:
    """One figure as the list shows it: shares and satisfaction (0..1) as percentages."""
    if key == "metric" and isinstance(value, str):
        return value.upper()
    if value == "yes":
        return tr("yes")
    if isinstance(value, float) and key.endswith(PERCENTAGES):
        return percent(value)
    if isinstance(value, float):
        return fixed(value, 1)
    return whole(value) if isinstance(value, int) else str(value)


class SuggestDialog(QDialog):
    """The suggestions for the journey on show, with Accept and Dismiss."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Suggested opportunities"))
        self.resize(1160, 520)
        self.suggestions: list[Suggestion] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((160, 320, 360, 115, 115, 60)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)  # the figures take the room
        self.empty = QLabel(
            tr("Nothing to suggest: the journey's figures show no large gap, loop, silo, "
               "channel break, broken promise or crowd of detractors that the team has "
               "not taken up or dismissed already.")
        )  # fmt: skip
        self.empty.setWordWrap(True)
        self.accept_button = QPushButton(tr("Accept"))
        self.accept_button.setToolTip(tr("The chosen suggestions become ideas"))
        self.dismiss_button = QPushButton(tr("Dismiss"))
        self.dismiss_button.setToolTip(
            tr("The chosen suggestions are remembered as dismissed and not suggested again")
        )
        close = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self.take_chosen("idea"))
        self.dismiss_button.clicked.connect(lambda: self.take_chosen("dismissed"))
        close.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self._stale = False
        editor.changed.connect(self._mark_stale)
        editor.journey_switched.connect(self._mark_stale)
        editor.figure_view_changed.connect(self._mark_stale)
        editor.settled.connect(self._fill_if_stale)
        self.fill()

    def _mark_stale(self, *_: object) -> None:
        self._stale = True

    def _fill_if_stale(self) -> None:
        if self._stale:
            self.fill()

    def fill(self) -> None:
        """List what the journey on show suggests now, leaving out what the team took up
        or dismissed."""
        self._stale = False
        journey = self.editor.journey
        self.suggestions = (
            [] if journey is None
            else open_suggestions(self.editor.doc, journey, self.editor.figure_view)
        )  # fmt: skip
        self.intro.setText(
            tr("What the figures of “{}” suggest, strongest first. Accept the ones the team "
               "takes up (they become ideas) or dismiss them (they are not suggested again)."
               ).format(journey.name if journey else "")
        )  # fmt: skip
        self.table.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            texts = (
                rule_words(suggestion.rule),
                suggestion.title,
                figure_words(suggestion.figures),
                whole(suggestion.customer_value),
                whole(suggestion.business_value),
                whole(suggestion.effort),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(suggestion.description)
                if column >= 3:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.suggestions))
        self.empty.setVisible(not self.suggestions)
        self._enable_buttons()

    def _chosen(self) -> list[Suggestion]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.suggestions[row] for row in rows]

    def _enable_buttons(self) -> None:
        chosen = bool(self._chosen())
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def take_chosen(self, status: str) -> None:
        """Accept ("idea") or dismiss ("dismissed") the chosen suggestions, as one undo
        step."""
        chosen = self._chosen()
        if not chosen:
            return
        doc = self.editor.doc
        adds = [AddObject(from_suggestion(doc, suggestion, status)) for suggestion in chosen]
        if len(chosen) == 1:
            text = (tr("Accept the suggestion ‘{}’") if status == "idea"
                    else tr("Dismiss the suggestion ‘{}’")).format(chosen[0].title)  # fmt: skip
        else:
            text = (tr("Accept {} suggestions") if status == "idea"
                    else tr("Dismiss {} suggestions")).format(whole(len(chosen)))  # fmt: skip
        self.editor.push(Macro(text, adds))
        self.fill()
