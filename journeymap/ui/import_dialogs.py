"""Import dialogs: survey data (CSV or .xlsx) and the filled-in Excel sheet.

Both read the file off the UI thread, behind a progress dialog that can cancel; nothing
touches the document until the user applies the result, which is then ONE undo step.
They call the same functions as `journeymap import-survey` and `import-xlsx`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.vocabulary import METRICS
from journeymap.storage.errors import DocumentFileError
from journeymap.ui.editor import Editor

PREVIEW_ROWS = 12


def tr(text: str) -> str:
    """Translate a user-visible text of the import dialogs."""
    return QCoreApplication.translate("Import", text)


class _Job(QThread):
    """Runs one function on its own thread and keeps its result or error."""

    progressed = Signal(int)

    def __init__(self, work: Callable[..., Any], parent: QObject) -> None:
        super().__init__(parent)
        self.work = work
        self.stop = threading.Event()
        self.result: Any = None
        self.error = ""

    def run(self) -> None:
        """The work, on this thread; cancelling (ImportCancelled) leaves no result."""
        from journeymap.model.validation import InvalidValue
        from journeymap.survey import ImportCancelled

        try:
            result = self.work(self.progressed.emit, self.stop.is_set)
        except ImportCancelled:
            return
        except (DocumentFileError, InvalidValue) as error:
            self.error = str(error)
            return
        except Exception as error:  # a reader's bug must not look like a cancel
            self.error = f"{type(error).__name__}: {error}"
            return
        if not self.stop.is_set():
            self.result = result


class _Progress(QProgressDialog):
    """The progress dialog; its slot runs on the UI thread, whichever thread reports."""

    @Slot(int)
    def rows_read(self, rows: int) -> None:
        """Show how far the reading has come."""
        self.setLabelText(tr("{} rows read…").format(f"{rows:,}"))


def run_off_thread(parent: QWidget, title: str, work: Callable[..., Any]) -> tuple[Any, str]:
    """Run ``work(progress, cancelled)`` on a worker thread behind a cancellable progress
    dialog; returns (result, "") or (None, error message; "" when cancelled)."""
    job = _Job(work, parent)
    dialog = _Progress(title, tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job.progressed.connect(dialog.rows_read)  # queued: the dialog lives on the UI thread
    dialog.canceled.connect(job.stop.set)
    job.start()
    while not job.wait(20):  # keep the window (and its Cancel button) alive meanwhile
        QCoreApplication.processEvents()
        if dialog.wasCanceled():
            job.stop.set()
    QCoreApplication.processEvents()
    dialog.reset()
    dialog.deleteLater()
    job.deleteLater()
    return job.result, job.error


class SurveyImportDialog(QDialog):
    """Survey data: a preview, the column-to-touchpoint mapping, metric, N/A codes and
    segment column, a dry run, then the import as one undo step."""

    def __init__(self, editor: Editor, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        from journeymap.survey import DEFAULT_NA

        self.editor = editor
        self.setWindowTitle(tr("Import survey data"))
        self.resize(900, 720)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr("A CSV or Excel export of the survey"))
        browse = QPushButton(tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.preview = QTableWidget()
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([tr("Column in the file"), tr("Touchpoint")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.metric = QComboBox()
        for metric in METRICS:
            self.metric.addItem(metric.upper(), metric)
        self.metric.addItem(tr("from a metric column (long files)"), None)
        self.na_codes = QLineEdit(", ".join(DEFAULT_NA))
        self.na_codes.setToolTip(
            tr(
                "Answers that mean 'not applicable', separated by commas; "
                "blank cells are always skipped"
            )
        )
        self.segment = QComboBox()
        self.replace = QRadioButton(
            tr("Replace the figures of the same touchpoint, metric and segment")
        )
        self.add = QRadioButton(tr("Add to the figures already there"))
        self.replace.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.replace)
        group.addButton(self.add)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(tr("Check the file to see what would be imported."))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("File"), row)
        form.addRow(tr("Metric"), self.metric)
        form.addRow(tr("Not-applicable codes"), self.na_codes)
        form.addRow(tr("Segment column"), self.segment)
        form.addRow("", self.replace)
        form.addRow("", self.add)
        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(
            tr("Check (dry run)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.check_button.clicked.connect(lambda: self.run(apply=False))
        self.import_button.clicked.connect(lambda: self.run(apply=True))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)
        self.header: list[str] = []
        if path is not None:
            self.load(path)

    def choose_file(self) -> None:
        """Ask for the survey file and preview it."""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import survey data"), str(Path.home()), tr("Survey data (*.csv *.txt *.xlsx)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Preview the first rows and match the columns to touchpoints by name."""
        from journeymap.survey import preview_survey
        from journeymap.survey.layout import normalise

        self.path_edit.setText(str(path))
        try:  # in a child process: a hostile file cannot take the editor down
            self.header, rows = preview_survey(path, PREVIEW_ROWS)
        except DocumentFileError as error:
            self.summary.setPlainText(str(error))
            self.header, rows = [], []
        self.preview.setColumnCount(len(self.header))
        self.preview.setHorizontalHeaderLabels(self.header)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(self.header)]):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        journey = self.editor.journey
        names = [tp.name for tp in journey.touchpoints] if journey else []
        by_name = {normalise(n): n for n in names}
        self.mapping.setRowCount(len(self.header))
        self.segment.clear()
        self.segment.addItem(tr("(none)"), None)
        for r, column in enumerate(self.header):
            self.mapping.setItem(r, 0, QTableWidgetItem(column))
            box = QComboBox()
            box.addItem(tr("— not imported —"), "")
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(by_name.get(normalise(column), ""))))
            self.mapping.setCellWidget(r, 1, box)
            self.segment.addItem(column, column)

    def options(self):
        """The settings as the import takes them."""
        from journeymap.survey import SurveyOptions

        mapping = {}
        for r, column in enumerate(self.header):
            chosen = self.mapping.cellWidget(r, 1).currentData()
            mapping[column] = chosen  # "" leaves a column out
        codes = tuple(c.strip() for c in self.na_codes.text().split(",") if c.strip())
        return SurveyOptions(
            metric=self.metric.currentData(),
            na_codes=codes,
            segment_column=self.segment.currentData(),
            mapping=mapping,
            replace=self.replace.isChecked(),
        )

    def run(self, apply: bool) -> None:
        """Count the file off the UI thread; show the summary; on apply, push one step."""
        from journeymap.survey import count_survey, import_command

        journey = self.editor.journey
        path = Path(self.path_edit.text())
        if journey is None or not self.path_edit.text():
            return
        options = self.options()
        counted, error = run_off_thread(
            self,
            tr("Reading {}…").format(path.name),
            lambda progress, cancelled: count_survey(journey, path, options, progress, cancelled),
        )
        if counted is None:
            self.summary.setPlainText(error or tr("Cancelled: nothing was imported."))
            return
        command, summary = import_command(self.editor.doc, journey.id, counted, options)
        text = "\n".join(summary.lines())
        if apply and command is not None and self.editor.push(command):
            self.summary.setPlainText(
                text + "\n\n" + tr("Imported as one step (Edit ▸ Undo takes it back).")
            )
            self.accept()
            return
        self.summary.setPlainText(text)


class FillInImportDialog(QDialog):
    """The filled-in Excel sheet: every bad cell listed, or the changes to apply."""

    def __init__(self, editor: Editor, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.editor = editor
        self.command = None
        self.setWindowTitle(tr("Import the filled-in sheet"))
        self.resize(760, 520)
        self.path_edit = QLineEdit()
        browse = QPushButton(tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        if path is not None:
            self.check(path)

    def choose_file(self) -> None:
        """Ask for the filled-in workbook and check it."""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import the filled-in sheet"), str(Path.home()), tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        """Read the sheet off the UI thread: list its errors, or what it would change."""
        from journeymap.excel.fillin import plan_xlsx_import

        self.path_edit.setText(str(path))
        doc = self.editor.doc
        result, error = run_off_thread(
            self,
            tr("Reading {}…").format(path.name),
            lambda _progress, _cancelled: plan_xlsx_import(doc, path),
        )
        self.command = None
        self.apply_button.setEnabled(False)
        if result is None:
            self.report.setPlainText(error or tr("Cancelled: nothing was imported."))
            return
        command, errors, summary = result
        if errors:
            lines = [tr("Nothing can be imported until these cells are corrected:")]
            lines += [str(e) for e in errors]
            self.report.setPlainText("\n".join(lines))
            return
        self.report.setPlainText("\n".join([str(summary), *summary.changes]))
        self.command = command
        self.apply_button.setEnabled(command is not None)

    def apply(self) -> None:
        """Apply the checked changes as one undo step."""
        if self.command is not None and self.editor.push(self.command):
            self.accept()
