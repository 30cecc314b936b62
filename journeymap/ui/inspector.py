"""The inspector dock: every attribute of the selected journey, stage, touchpoint or
transition, with a fitting widget each. Each finished edit is one undo step."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import SetFields
from journeymap.model.entities import Journey, Measurement, Note, Stage, Touchpoint, Transition
from journeymap.model.figures import FigureView, Selected, responses_of, select_measurements
from journeymap.model.metrics import Score, score
from journeymap.model.vocabulary import (
    CHANNELS,
    LANGUAGES,
    METRICS,
    NOTE_LANES,
    STATES,
    TARGET_RANGES,
    channel_label,
)
from journeymap.ui import fields, numbers
from journeymap.ui.canvas.lanes import lane_title
from journeymap.ui.distribution import DistributionChart
from journeymap.ui.editor import Editor
from journeymap.ui.emotion_words import emotion_words
from journeymap.ui.figure_words import segment_words, view_words
from journeymap.ui.lane_list import LaneList
from journeymap.ui.notes_about import NotesAbout
from journeymap.ui.persona_editor import PersonaEditor

FACES = {-2: "☹☹", -1: "☹", 0: "😐", 1: "☺", 2: "☺☺"}


def tr(text: str) -> str:
    """Translate a user-visible text of the inspector."""
    return QCoreApplication.translate("Inspector", text)


class Page(QWidget):
    """A form for one kind of object; subclasses add their bindings."""

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor = editor
        self.object_id = ""
        self.bindings: list[fields.Binding] = []
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def commit(self, field: str, value: Any) -> bool:
        """Push the edit of one field as one command; False when it was refused."""
        return self.push_fields({field: value})

    def push_fields(self, values: dict[str, Any]) -> bool:
        """Set fields of the shown object as one undo step; the model names the step in the
        user's words ("Change the owner of ‘X’", "Mark ‘X’ as a moment of truth")."""
        if self.object_id not in self.editor.doc:
            return False
        return self.editor.push(SetFields(self.object_id, values))

    def add(
        self, label: str, binding: fields.Binding, beside: QWidget | None = None
    ) -> fields.Binding:
        """Put a bound widget in the form under a label, with an optional widget beside it;
        the label is the widget's spoken name too (a combo box's would be its choice)."""
        self.bindings.append(binding)
        if label:
            binding.widget.setAccessibleName(label)
        if beside is None:
            self.form.addRow(label, binding.widget)
            return binding
        row = QHBoxLayout()
        row.addWidget(binding.widget, 1)
        row.addWidget(beside)
        self.form.addRow(label, row)
        return binding

    def show_object(self, obj: Any) -> None:
        """Fill every widget from the object."""
        self.object_id = obj.id
        for binding in self.bindings:
            binding.show(getattr(obj, binding.field))


class JourneyPage(Page):
    """Name, description, persona, state and language of a journey, and its lanes."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.add(tr("Name"), fields.text_line("name", self.commit))
        self.add(tr("Description"), fields.text_block("description", self.commit))
        self.personas_button = QPushButton(tr("Edit personas…"))
        self.personas_button.setToolTip(tr("Add, rename, describe or delete the personas"))
        self.personas_button.clicked.connect(self.edit_personas)
        self.persona = self.add(
            tr("Persona"),
            fields.choice("persona_id", self.commit, []),
            beside=self.personas_button,
        )
        self.add(tr("State"), fields.choice("state", self.commit, [(tr(s), s) for s in STATES]))
        self.add(
            tr("Language"),
            fields.choice("language", self.commit, [(lang.upper(), lang) for lang in LANGUAGES]),
        )
        self.lane_list = LaneList(editor)
        lanes = QGroupBox(tr("Lanes"))
        QVBoxLayout(lanes).addWidget(self.lane_list)
        self.form.addRow(lanes)

    def edit_personas(self) -> None:
        """Open the persona editor over the window."""
        PersonaEditor(self.editor, self.window()).open()

    def show_object(self, obj: Journey) -> None:
        options = [(tr("(none)"), None)] + [(p.name, p.id) for p in self.editor.doc.personas]
        fields.set_options(self.persona.widget, options)
        super().show_object(obj)
        self.lane_list.show_journey(obj)


class StagePage(Page):
    """Name and description of a stage."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.add(tr("Name"), fields.text_line("name", self.commit))
        self.add(tr("Description"), fields.text_block("description", self.commit))


class NotePage(Page):
    """A sticky note: its text, lane, stage and votes, and the touchpoints it is about."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.add(tr("Text"), fields.text_block("text", self.commit))
        self.lane = self.add(tr("Lane"), fields.choice("lane_id", self.commit, []))
        self.stage = self.add(tr("Stage"), fields.choice("stage_id", self.commit, []))
        self.add(tr("Votes"), fields.whole("votes", self.commit, 0, 1_000_000))
        self.about = QListWidget()
        self.about.setToolTip(tr("Tick the touchpoints this note is about"))
        self.about.setAccessibleName(tr("About"))
        self.about.itemChanged.connect(self._link)
        self.form.addRow(tr("About"), self.about)

    def show_object(self, obj: Note) -> None:
        journey = self.editor.doc.journey_of(obj.id)
        assert journey is not None
        lanes = [lane for lane in journey.lanes if lane.kind in NOTE_LANES]
        fields.set_options(
            self.lane.widget, [(lane_title(lane, journey.language), lane.id) for lane in lanes]
        )
        fields.set_options(self.stage.widget, [(s.name, s.id) for s in journey.stages])
        super().show_object(obj)
        self.about.blockSignals(True)
        self.about.clear()
        stages = {s.id: s.name for s in journey.stages}
        for tp in sorted(journey.touchpoints, key=lambda t: journey.stage_index(t.stage_id)):
            item = QListWidgetItem(f"{stages.get(tp.stage_id, '')} · {tp.name}")
            item.setData(Qt.ItemDataRole.UserRole, tp.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            linked = tp.id in obj.touchpoint_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.about.addItem(item)
        self.about.blockSignals(False)

    def _link(self, _item: QListWidgetItem) -> None:
        """The ticked touchpoints, in map order, become the ones the note is about."""
        items = [self.about.item(i) for i in range(self.about.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items
                  if i.checkState() == Qt.CheckState.Checked]  # fmt: skip
        self.push_fields({"touchpoint_ids": ticked})


class TransitionPage(Page):
    """Where a transition leads, the share of customers who take it, and its label."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.form.addRow(tr("From → to"), self.route)
        share = fields.optional_number(
            "share", self.commit, 0.0, 100.0, tr("unknown"), decimals=1, step=5.0,
            shown_per_unit=100.0, suffix=" %",
        )  # fmt: skip
        share.widget.setToolTip(tr("The share of customers who take this step, in percent"))
        self.add(tr("Share"), share)
        self.add(tr("Label"), fields.text_line("label", self.commit))

    def show_object(self, obj: Transition) -> None:
        doc = self.editor.doc
        self.route.setText(f"{doc.get(obj.source).name} → {doc.get(obj.target).name}")
        super().show_object(obj)


class TouchpointPage(Page):
    """Every attribute of a touchpoint, its targets and (read-only) its measurements."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.add(tr("Name"), fields.text_line("name", self.commit))
        self.stage = self.add(tr("Stage"), fields.choice("stage_id", self.commit, []))
        self.channel = self.add(tr("Channel"), fields.choice("channel", self.commit, []))
        self.add(tr("Other channel"), fields.text_line("channel_other", self.commit))
        self.owner = self.add(tr("Owner"), fields.choice("owner", self.commit, [], editable=True))
        self.owner.widget.lineEdit().setPlaceholderText(tr("Type to add a new owner"))
        self.add(tr("Customer goal"), fields.text_line("goal", self.commit))
        self.add(tr("Expectation"), fields.text_block("expectation", self.commit))
        # the notes about it in the pain-point and opportunity lanes: one place for each
        self.pain_points = NotesAbout(
            editor, "pain_points", tr("Add pain point"), tr("Delete pain point")
        )
        self.pain_points.notes.setAccessibleName(tr("Pain points"))
        self.form.addRow(tr("Pain points"), self.pain_points)
        self.opportunities = NotesAbout(
            editor, "opportunities", tr("Add opportunity"), tr("Delete opportunity")
        )
        self.opportunities.notes.setAccessibleName(tr("Opportunities"))
        self.form.addRow(tr("Opportunities"), self.opportunities)
        emotion = fields.slider("emotion", self.commit, -2, 2)
        self.bindings.append(emotion)
        self.face = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel("☹"))
        row.addWidget(emotion.widget)
        row.addWidget(QLabel("☺"))
        row.addWidget(self.face)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        emotion.widget.setAccessibleName(tr("Emotion"))
        emotion.widget.valueChanged.connect(self._show_face)
        self.emotion = emotion
        self.form.addRow(tr("Emotion"), holder)
        self.add(tr("Importance"), fields.whole("importance", self.commit, 1, 5, " / 5"))
        self.add(
            tr("Volume"), fields.whole("volume", self.commit, 0, 2_000_000_000, tr(" / month"))
        )
        for field, label in (
            ("proactive", tr("The company reaches out proactively")),
            ("moment_of_truth", tr("Moment of truth")),
            ("entry", tr("Entry point")),
            ("exit", tr("Exit point")),
        ):
            self.add("", fields.flag(field, self.commit, label))
        self.add(tr("Notes"), fields.text_block("notes", self.commit))
        self.targets = {}
        for metric, (low, high) in TARGET_RANGES.items():
            binding = fields.optional_number(
                metric,
                self._commit_target,
                low,
                high,
                tr("no target"),
                decimals=1,
                step=0.1 if metric == "ces" else 1.0,
            )
            self.targets[metric] = binding
            self.form.addRow(tr("Target {}").format(metric.upper()), binding.widget)
        self.measured = QGroupBox(tr("Measured"))
        self.measured_layout = QVBoxLayout(self.measured)
        self.form.addRow(self.measured)

    def _show_face(self, value: int) -> None:
        self.face.setText(f"{FACES[value]}  {emotion_words(value)}")

    def _commit_target(self, metric: str, value: float | None) -> bool:
        targets = dict(self.editor.doc.get(self.object_id).targets)
        if value is None:
            targets.pop(metric, None)
        else:
            targets[metric] = value
        return self.push_fields({"targets": targets})

    def show_object(self, obj: Touchpoint) -> None:
        journey = self.editor.doc.journey_of(obj.id)
        assert journey is not None
        fields.set_options(self.stage.widget, [(s.name, s.id) for s in journey.stages])
        fields.set_options(
            self.channel.widget, [(channel_label(c, journey.language), c) for c in CHANNELS]
        )
        owners = sorted(
            {tp.owner for j in self.editor.doc.journeys for tp in j.touchpoints if tp.owner}
        )
        fields.set_options(self.owner.widget, [(o, o) for o in owners])
        super().show_object(obj)
        self._show_face(obj.emotion)
        self.pain_points.show_touchpoint(obj)
        self.opportunities.show_touchpoint(obj)
        for metric, binding in self.targets.items():
            binding.show(obj.targets.get(metric))
        self._show_measurements(journey, obj)

    def _show_measurements(self, journey: Journey, tp: Touchpoint) -> None:
        while self.measured_layout.count():
            widget = self.measured_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        found = [m for m in journey.measurements if m.touchpoint_id == tp.id]
        if not found:
            self.measured_layout.addWidget(QLabel(tr("No survey data yet.")))
            return
        view = self.editor.figure_view
        selected = select_measurements(journey, view, only=(tp.id,))
        left_out = {m.id for s in selected.values() for m in s.left_out}
        for metric in METRICS:
            if (tp.id, metric) in selected:
                self._add_figure(metric, selected[tp.id, metric], view)
        for m in found:
            self._add_measurement(m, m.id in left_out)

    def _add_figure(self, metric: str, selected: Selected, view: FigureView) -> None:
        """The figure the map shows for one metric: whose answers, how many."""
        result = score(metric, selected.responses)
        who = view_words(view) or tr("All respondents")
        surveys = len(selected.sources)
        pooled = tr(", {} surveys").format(numbers.whole(surveys)) if surveys > 1 else ""
        text = f"<b>{metric.upper()} {_figure(result)}</b> · {html.escape(who)}{pooled}"
        self.measured_layout.addWidget(_rich(text + f"<br><small>{_sample(result)}</small>"))

    def _add_measurement(self, m: Measurement, left_out: bool) -> None:
        """One measurement as its survey gave it: source, segment, figure and answers."""
        result = score(m.metric, responses_of(m))
        part = segment_words(m.segment if m.segmented else None)
        unsplit = tr("Not in the overall figure: the same survey holds these respondents unsplit")
        note = f"<br><i>{unsplit}</i>" if left_out else ""
        source = html.escape(m.source or tr("(no source name)"))
        text = (
            f"{m.metric.upper()} · {html.escape(part)}: {_figure(result)}"
            f"<br><small>{source} {m.date} · {_sample(result)}</small>{note}"
        )
        self.measured_layout.addWidget(_rich(text))
        self.measured_layout.addWidget(DistributionChart(m.metric, m.counts))


def _figure(result: Score) -> str:
    """A headline figure as text: "78,4 %", "12,0", "—"."""
    if result.value is None:
        return "—"
    unit = " %" if result.metric == "csat" else ""
    return numbers.fixed(result.value) + unit


def _sample(result: Score) -> str:
    """The respondents behind a figure: "n = 812", weighted "n = 812 (effective 640)",
    with the low-confidence warning."""
    text = tr("n = {}").format(numbers.whole(result.n))
    if result.weighted:
        text += tr(", weighted (effective n = {})").format(numbers.fixed(result.n_eff, 1))
    return text + (tr(" (low confidence)") if result.low_confidence and result.n else "")


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class Inspector(QScrollArea):
    """Shows the page for the first selected object, or the journey when none is."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWidgetResizable(True)
        self.stack = QStackedWidget()
        self.empty = QLabel(tr("Select a card, an arrow, a note or a stage to see its details."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages: dict[type, Page] = {
            Journey: JourneyPage(editor),
            Stage: StagePage(editor),
            Touchpoint: TouchpointPage(editor),
            Transition: TransitionPage(editor),
            Note: NotePage(editor),
        }
        self.stack.addWidget(self.empty)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.setWidget(self.stack)
        editor.selection_changed.connect(self.refresh)
        editor.journey_switched.connect(self.refresh)
        editor.document_replaced.connect(self.refresh)
        editor.changed.connect(self._on_change)
        editor.figure_view_changed.connect(self.refresh)

    def resizeEvent(self, event: Any) -> None:
        """Keep the hint of the empty page as wide as what shows of it: the stack is as
        wide as its widest page, and the hint ran on past the dock's edge."""
        super().resizeEvent(event)
        self.empty.setMaximumWidth(self.viewport().width())

    def shown_object(self) -> Any:
        """The object the inspector shows, or None."""
        ids = [i for i in self.editor.selection if i in self.editor.doc]
        if ids:
            return self.editor.doc.get(ids[0])
        return self.editor.journey

    def refresh(self, *_: Any) -> None:
        """Show the page for the current object, filled in."""
        obj = self.shown_object()
        page = self.pages.get(type(obj)) if obj is not None else None
        if page is None:
            self.stack.setCurrentWidget(self.empty)
            return
        page.show_object(obj)
        if self.stack.currentWidget() is not page:  # another page starts at its left edge
            self.horizontalScrollBar().setValue(0)
        self.stack.setCurrentWidget(page)

    def _on_change(self, event: Any) -> None:
        obj = self.shown_object()
        if obj is None:
            self.refresh()
            return
        related = {obj.id}
        if isinstance(obj, Touchpoint):
            journey = self.editor.doc.journey_of(obj.id)
            related |= (
                {m.id for m in journey.measurements if m.touchpoint_id == obj.id}
                if journey
                else set()
            )
        if (
            event.object_id in related
            or event.kind in ("measurement", "persona", "stage", "lane", "note")
            or event.action == "reset"
        ):
            self.refresh()
