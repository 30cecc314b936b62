"""File ▸ Discover from contact log: the journey a contact or ticket log describes.

The dialog previews the log's first rows, guesses which columns hold the case, the
activity, the time and the optional facts, and takes the options of `journeymap discover`.
A dry run shows what would be found; Discover adds the journey to the open document, or
updates one of its journeys from it (journeymap.model.rediscovery), as ONE undo step and
shows it. Both run journeymap.discovery.discover_log off the UI thread behind a progress
dialog that can cancel; nothing touches the document before that step, so a cancel or a
bad log leaves it as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.discovery import (
    DiscoveryOptions,
    LogColumns,
    discover_log,
    guess_columns,
    prepare_reading,
    preview_log,
)
from journeymap.discovery.preview import PREVIEW_ROWS, guess_metric
from journeymap.discovery.timestamps import day_start
from journeymap.model.commands import AddObject, Command
from journeymap.model.rediscovery import RefreshSummary, plan_refresh
from journeymap.model.vocabulary import METRICS
from journeymap.ui.editor import Editor
from journeymap.ui.import_dialogs import FileField, run_off_thread
from journeymap.ui.numbers import fixed, percent, whole

_DAY = 86400.0
#: The most names a line of an update's summary lists.
_LISTED = 8
#: The roles a log's columns play; the first three must be chosen.
REQUIRED = ("case", "activity", "time")
OPTIONAL = ("channel", "owner", "segment", "score")


def tr(text: str) -> str:
    """Translate a user-visible text of the discover dialog."""
    return QCoreApplication.translate("Discover", text)


def role_labels() -> dict[str, str]:
    """Each role's label in the column mapping."""
    return {
        "case": tr("Case (ticket, customer)"),
        "activity": tr("Activity"),
        "time": tr("Time"),
        "channel": tr("Channel"),
        "owner": tr("Owner (agent)"),
        "segment": tr("Segment"),
        "score": tr("Score (CSAT, NPS, CES)"),
    }


class BadOption(ValueError):
    """An option the user typed cannot be used; the message says which and why."""


def stage_placements(text: str) -> dict[str, str]:
    """Activity -> stage from lines of ACTIVITY=STAGE (blank lines are skipped); BadOption
    naming the first line that is not one."""
    placed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        activity, equals, stage = line.partition("=")
        if not equals or not activity.strip() or not stage.strip():
            raise BadOption(
                tr("Line {} of the stage placements, “{}”, is not ACTIVITY=STAGE.").format(
                    number, line.strip()
                )
            )
        placed[activity.strip()] = stage.strip()
    return placed


def _day(text: str) -> float | None:
    """A typed day as its first second (UTC); None when the field is empty."""
    if not text.strip():
        return None
    try:
        return day_start(text.strip())
    except ValueError:
        raise BadOption(
            tr("“{}” is not a date (YYYY-MM-DD or DD.MM.YYYY).").format(text.strip())
        ) from None


def period(start_text: str, end_text: str) -> tuple[float | None, float | None]:
    """The period of events to read: from the first second of the first day to the end
    of the last day (both optional), as `journeymap discover --from --to` takes it."""
    start, last_day = _day(start_text), _day(end_text)
    end = None if last_day is None else last_day + _DAY
    if start is not None and end is not None and end <= start:
        raise BadOption(tr("The period ends before it starts."))
    return start, end


def _named(names: tuple[str, ...], listed: bool) -> str:
    """A count, and with ``listed`` the first few names: "2 (Callback, Survey)"."""
    if not listed or not names:
        return whole(len(names))
    shown = ", ".join(names[:_LISTED]) + (", …" if len(names) > _LISTED else "")
    return f"{whole(len(names))} ({shown})"


def refresh_lines(name: str, refresh: RefreshSummary) -> list[str]:
    """What updating the journey ``name`` from the log changes, line by line."""
    rows = [
        (tr("Touchpoints matched by name: {}"), refresh.matched, False),
        (tr("Touchpoints added: {}"), refresh.added, True),
        (tr("Touchpoints no longer seen (volume 0, no entry or exit): {}"), refresh.unseen, True),
        (tr("Stages added: {}"), refresh.new_stages, True),
        (tr("Transitions with new figures: {}"), refresh.changed_transitions, False),
        (tr("Transitions added: {}"), refresh.added_transitions, True),
        (tr("Transitions removed (no longer observed): {}"), refresh.removed_transitions, True),
        (tr("Hand-drawn transitions left as drawn: {}"), refresh.drawn_kept, True),
    ]
    lines = [tr("Updating “{}”:").format(name)]
    lines += [text.format(_named(names, listed)) for text, names, listed in rows]
    lines.append(
        tr("Observed paths: replaced")
        if refresh.paths_replaced
        else tr("Observed paths: unchanged")
    )
    return lines


def _shown_day(moment: str) -> str:
    """An ISO moment of the summary as the interface's language writes its day."""
    day = dt.datetime.fromisoformat(moment).date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """What a discovery found, line by line, in the interface's language."""
    counted = [
        ("cases", tr("Cases: {}")),
        ("events", tr("Events: {}")),
        ("skipped_rows", tr("Rows without a case or an activity, left out: {}")),
        ("activities", tr("Activities: {}")),
        ("touchpoints", tr("Touchpoints on the map: {}")),
        ("stages", tr("Stages: {}")),
        ("variants", tr("Variants (distinct sequences of activities): {}")),
        ("single_event_cases", tr("Cases with a single contact: {}")),
        ("repeat_contact_cases", tr("Cases with a repeat contact (an activity twice): {}")),
        ("channel_switches", tr("Channel switches (consecutive contacts on two channels): {}")),
        ("measurements", tr("Measurements from the score column: {}")),
        ("unreadable_scores", tr("Cases whose score is not on the metric's scale: {}")),
    ]
    #: counts that only say something when there are some
    only_some = {"skipped_rows", "measurements", "unreadable_scores"}
    lines = []
    if "first_event" in summary and "last_event" in summary:
        lines.append(
            tr("Events from {} to {}").format(
                _shown_day(summary["first_event"]), _shown_day(summary["last_event"])
            )
        )
    for key, text in counted:
        if key in summary and (summary[key] or key not in only_some):
            lines.append(text.format(whole(summary[key])))
        if key == "stages" and "transitions" in summary:
            lines.append(
                tr("Transitions: {} kept of {} observed").format(
                    whole(summary["transitions"]),
                    whole(summary.get("observed_transitions", summary["transitions"])),
                )
            )
        if key == "variants" and "top_variant_share" in summary:
            lines.append(
                tr("Cases on the most frequent variant: {}").format(
                    percent(summary["top_variant_share"], 1)
                )
            )
            if "median_case_hours" in summary:
                lines.append(
                    tr("Median case duration: {} hours").format(
                        fixed(summary["median_case_hours"], 1)
                    )
                )
    return lines


class DiscoverDialog(QDialog):
    """A contact log: its preview, the column mapping, the options, a dry run, then the
    discovered journey added as one undo step."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        # Opened with open(), not exec(): no nested event loop for the file chooser and
        # the progress dialog to stack on; deleted once closed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Discover from contact log"))
        self.resize(980, 860)
        self.file_field = FileField(
            tr("A contact or ticket log: CSV, Excel or XES"),
            tr("Discover from contact log"),
            tr("Contact logs (*.csv *.txt *.tsv *.xlsx *.xes)"),
        )
        self.file_field.chosen.connect(self.load)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.column_choices = {role: QComboBox() for role in (*REQUIRED, *OPTIONAL)}
        columns_form = QFormLayout()
        for role, label in role_labels().items():
            choice = self.column_choices[role]
            choice.setMinimumContentsLength(16)
            if role in REQUIRED:
                choice.setPlaceholderText(tr("(choose a column)"))
            choice.currentIndexChanged.connect(self._follow_columns)
            columns_form.addRow(label, choice)
        columns_box = QGroupBox(tr("Columns"))
        columns_box.setLayout(columns_form)
        options_box = QGroupBox(tr("Options"))
        options_box.setLayout(self._options_form())
        settings = QHBoxLayout()
        settings.addWidget(columns_box, 1)
        settings.addWidget(options_box, 1)
        target = self._target_row()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(
            tr("Choose a log, check its columns, then press Dry run to see what it holds.")
        )
        buttons = QDialogButtonBox()
        self.dry_run_button = buttons.addButton(
            tr("Dry run"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.discover_button = buttons.addButton(
            tr("Discover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.dry_run_button.clicked.connect(lambda: self.run(apply=False))
        self.discover_button.clicked.connect(lambda: self.run(apply=True))
        buttons.rejected.connect(self.reject)
        file_form = QFormLayout()
        file_form.addRow(tr("Log"), self.file_field)
        layout = QVBoxLayout(self)
        layout.addLayout(file_form)
        layout.addWidget(self.preview, 2)
        layout.addLayout(settings)
        layout.addLayout(target)
        layout.addWidget(self.summary, 2)
        layout.addWidget(buttons)
        self.source: Path | None = None  # the log on preview; only it can be discovered
        self._show_columns([], {})

    def _target_row(self) -> QHBoxLayout:
        """Where the discovered journey goes: a new journey, or the figures of one of the
        document's journeys refreshed from it (touchpoints matched by name)."""
        self.new_journey = QRadioButton(tr("New journey"))
        self.new_journey.setChecked(True)
        self.update_existing = QRadioButton(tr("Update journey"))
        self.update_existing.setToolTip(
            tr(
                "Bring a journey discovered earlier up to date: counts, shares, times, "
                "volumes and entries and exits change; names, stages, positions, targets, "
                "measurements, lanes and opportunities stay"
            )
        )
        self.journey_choice = QComboBox()
        for journey in self.editor.doc.journeys:
            self.journey_choice.addItem(journey.name, journey.id)
        self.journey_choice.setCurrentIndex(
            max(0, self.journey_choice.findData(self.editor.journey_id))
        )
        self.update_existing.setEnabled(bool(self.editor.doc.journeys))
        self.journey_choice.setEnabled(False)
        self.update_existing.toggled.connect(self.journey_choice.setEnabled)
        targets = QButtonGroup(self)
        targets.addButton(self.new_journey)
        targets.addButton(self.update_existing)
        row = QHBoxLayout()
        row.addWidget(self.new_journey)
        row.addSpacing(24)
        row.addWidget(self.update_existing)
        row.addWidget(self.journey_choice, 1)
        row.addStretch(1)
        return row

    def _options_form(self) -> QFormLayout:
        self.min_share = QDoubleSpinBox()
        self.min_share.setRange(0.0, 1.0)
        self.min_share.setDecimals(3)
        self.min_share.setSingleStep(0.01)
        self.min_share.setValue(0.01)
        self.min_share.setToolTip(
            tr(
                "Leave out transitions taken by less than this share of a touchpoint's "
                "contacts, never a touchpoint's only way in or out; 0 keeps them all"
            )
        )
        self.stage_count = QSpinBox()
        self.stage_count.setRange(1, 30)
        self.stage_count.setValue(4)
        self.stage_count.setToolTip(
            tr("Activities not placed below go into this many stages by where they come")
        )
        self.metric_choice = QComboBox()
        for metric in METRICS:
            self.metric_choice.addItem(metric.upper(), metric)
        self.metric_choice.setToolTip(tr("The metric of the score column"))
        self.from_day = QLineEdit()
        self.to_day = QLineEdit()
        for field in (self.from_day, self.to_day):
            field.setPlaceholderText(tr("YYYY-MM-DD or DD.MM.YYYY (optional)"))
        self.placements = QPlainTextEdit()
        self.placements.setPlaceholderText(
            tr("One ACTIVITY=STAGE per line (optional), e.g. Report fault=Problem")
        )
        self.placements.setTabChangesFocus(True)
        self.placements.setFixedHeight(72)
        form = QFormLayout()
        form.addRow(tr("Minimum share"), self.min_share)
        form.addRow(tr("Stages"), self.stage_count)
        form.addRow(tr("Metric of the score"), self.metric_choice)
        form.addRow(tr("From"), self.from_day)
        form.addRow(tr("To"), self.to_day)
        form.addRow(tr("Stage placements"), self.placements)
        return form

    # ---- the log and its columns ----------------------------------------------------
    def load(self, path: Path) -> None:
        """Preview the log's first rows and guess its columns from their names; a log that
        cannot be read leaves an empty preview and says why."""
        self.file_field.show_path(path)
        read, error = run_off_thread(
            self,
            tr("Reading {}…").format(path.name),
            lambda _progress, cancelled: preview_log(path, PREVIEW_ROWS, cancelled),
        )
        self.summary.clear()
        if read is None:
            self.summary.setPlainText(tr("Cannot read {}").format(error) if error else "")
            self.source = None
            header, rows = [], []
        else:
            self.source = path
            header, rows = read.header, read.rows
            prepare_reading()  # the reading child imports its code while options are set
        self.preview.clear()
        self.preview.setColumnCount(len(header))
        self.preview.setHorizontalHeaderLabels(header)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self._show_columns(header, guess_columns(header))

    def _show_columns(self, header: list[str], guessed: dict[str, str]) -> None:
        """Offer the header in every role's choice, the guessed column chosen."""
        for role, choice in self.column_choices.items():
            choice.blockSignals(True)
            choice.clear()
            if role in OPTIONAL:
                choice.addItem(tr("(none)"), None)
            for column in header:
                choice.addItem(column, column)
            choice.setCurrentIndex(choice.findData(guessed[role]) if role in guessed else
                                   (0 if role in OPTIONAL else -1))  # fmt: skip
            choice.blockSignals(False)
        if "score" in guessed:
            self.metric_choice.setCurrentIndex(
                self.metric_choice.findData(guess_metric(guessed["score"]))
            )
        self._follow_columns()

    def _follow_columns(self, *_: object) -> None:
        """A discovery needs a log and its case, activity and time columns; the metric
        means something only with a score column."""
        ready = self.source is not None and all(
            self.column_choices[role].currentData() for role in REQUIRED
        )
        self.dry_run_button.setEnabled(ready)
        self.discover_button.setEnabled(ready)
        self.metric_choice.setEnabled(bool(self.column_choices["score"].currentData()))

    # ---- what to discover -----------------------------------------------------------
    def log_columns(self) -> LogColumns:
        """The columns chosen for each role."""
        chosen = {role: choice.currentData() for role, choice in self.column_choices.items()}
        return LogColumns(**chosen)

    def discovery_options(self, columns: LogColumns) -> DiscoveryOptions:
        """The options as discover_log takes them; BadOption for a date or a stage
        placement that cannot be read."""
        start, end = period(self.from_day.text(), self.to_day.text())
        return DiscoveryOptions(
            min_share=self.min_share.value(),
            stage_of=stage_placements(self.placements.toPlainText()),
            stages=self.stage_count.value(),
            start=start,
            end=end,
            by_channel=columns.channel is not None,
            metric=self.metric_choice.currentData() if columns.score else None,
            segmented=columns.segment is not None,
        )

    def run(self, apply: bool) -> None:
        """Discover the journey off the UI thread and show what was found (and, to update
        a journey, what that changes); on apply, add it or update the journey as one undo
        step and show it."""
        path = self.source
        if path is None:
            return
        updated = self.journey_choice.currentData() if self.update_existing.isChecked() else None
        columns = self.log_columns()
        notes = []
        if updated is not None and columns.score:
            # as `discover --into` refuses --score: an update never touches measurements
            columns = dataclasses.replace(columns, score=None)
            notes.append(
                tr(
                    "An update keeps the journey's measurements: the score column is not "
                    "read (File ▸ Import ▸ Survey data brings newer answers)."
                )
            )
        try:
            options = self.discovery_options(columns)
        except BadOption as refusal:
            self.summary.setPlainText(str(refusal))
            return
        result, error = run_off_thread(
            self,
            tr("Discovering the journey in {}…").format(path.name),
            lambda progress, cancelled: discover_log(
                path, columns, options, progress=progress, cancelled=cancelled
            ),
            permille=True,
        )
        prepare_reading()  # for the next run
        if result is None:
            self.summary.setPlainText(error or tr("Cancelled: nothing was changed."))
            return
        text = "\n".join([*notes, *summary_lines(result.summary)])
        if updated is None:
            step, shown = AddObject(result.journey), result.journey.id
        else:
            refresh = plan_refresh(self.editor.doc, updated, result.journey, path.name)
            name = self.editor.doc.journey(updated).name
            text += "\n\n" + "\n".join(refresh_lines(name, refresh.summary))
            if not refresh.changes_anything:
                nothing = tr("The journey has these figures already: nothing was changed.")
                self.summary.setPlainText(text + "\n\n" + nothing)
                return
            step, shown = refresh.command, updated
        if not apply:
            self.summary.setPlainText(text + "\n\n" + tr("A dry run: nothing was changed."))
            return
        refusal = self._push(step, shown)
        if refusal is None:
            self.accept()
        else:
            self.summary.setPlainText(text + "\n\n" + refusal)

    def _push(self, step: Command, journey_id: str) -> str | None:
        """Push the step and show the journey; the reason when the document refuses it."""
        refusals: list[str] = []
        heard = refusals.append  # one bound method, to disconnect the same one
        self.editor.refused.connect(heard)
        try:
            done = self.editor.push(step)
        finally:
            self.editor.refused.disconnect(heard)
        if not done:
            return tr("Nothing was changed: {}").format(" ".join(refusals))
        self.editor.switch_journey(journey_id)
        return None
