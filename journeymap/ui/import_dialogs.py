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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QKeyEvent
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

from journeymap.errors import DocumentFileError
from journeymap.model.validation import InvalidValue
from journeymap.model.vocabulary import METRICS
from journeymap.safety.sandbox import Cancelled
from journeymap.ui.editor import Editor
from journeymap.ui.messages import explain, problem_of, render
from journeymap.ui.numbers import whole

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
        """The work, on this thread; cancelling (ImportCancelled, or the sandbox's
        Cancelled) leaves no result."""
        from journeymap.survey import ImportCancelled

        try:
            result = self.work(self.progressed.emit, self.stop.is_set)
        except (ImportCancelled, Cancelled):
            return
        except DocumentFileError as error:
            self.error = problem_of(error)
            return
        except InvalidValue as error:
            self.error = explain(error)  # translate() may be called from any thread
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
        self.setLabelText(tr("{} rows read…").format(whole(rows)))

    @Slot(int)
    def permille_done(self, permille: int) -> None:
        """Show the share of the work done, in thousandths."""
        self.setValue(min(permille, self.maximum()))


def run_off_thread(
    parent: QWidget, title: str, work: Callable[..., Any], permille: bool = False
) -> tuple[Any, str]:
    """Run ``work(progress, cancelled)`` on a worker thread behind a cancellable progress
    dialog; returns (result, "") or (None, error message; "" when cancelled). ``progress``
    takes the rows read, or with ``permille`` the thousandths of the work done (a bar)."""
    job = _Job(work, parent)
    dialog = _Progress(title, tr("Cancel"), 0, 1000 if permille else 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)  # the bar full is not the work done: the job ends it
    # queued: the dialog lives on the UI thread
    job.progressed.connect(dialog.permille_done if permille else dialog.rows_read)
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


class FileField(QWidget):
    """A file to type, paste or choose. ``chosen`` fires with its path once the user is
    done: Enter, leaving the field, pasting a path, or picking it in the file dialog."""

    chosen = Signal(Path)

    def __init__(self, placeholder: str, dialog_title: str, name_filter: str) -> None:
        super().__init__()
        self.dialog_title, self.name_filter = dialog_title, name_filter
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(placeholder)
        self.path_edit.installEventFilter(self)
        self.path_edit.editingFinished.connect(self._left)
        self.path_edit.textEdited.connect(self._edited)
        self.browse_button = QPushButton(tr("Choose file…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self._handed = ""  # the text last handed out: leaving the field reads a file once
        self._previous = ""  # the text before the last edit, to tell a paste from typing
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

    def show_path(self, path: Path) -> None:
        """Show a path chosen elsewhere, without firing ``chosen``."""
        self.path_edit.setText(str(path))
        self._handed = self._previous = self.path_edit.text()

    def browse(self) -> None:
        """Open the file dialog over the window; picking a file fires ``chosen``."""
        typed = Path(self.path_edit.text().strip())
        start = typed.parent if typed.parent.is_dir() and typed.name else Path.home()
        dialog = QFileDialog(self, self.dialog_title, str(start), self.name_filter)
        # Qt's own dialog: the same on every desktop, and one a test can type a path into.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._hand_out)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the field reads the file; it must not reach the dialog, whose default
        # button would import before the user has seen a preview.
        if (
            watched is self.path_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._hand_out(self.path_edit.text())
            return True
        return False

    def _left(self) -> None:
        if self.path_edit.text() != self._handed:
            self._hand_out(self.path_edit.text())

    def _edited(self, text: str) -> None:
        # More than one character at once is a paste (or a drop): a path to a file is
        # read at once, as choosing it would.
        pasted = len(text) - len(self._previous) > 1
        self._previous = text
        if pasted and Path(text.strip()).is_file():
            self._hand_out(text)

    def _hand_out(self, text: str) -> None:
        self._handed = self._previous = text
        if text.strip():
            self.chosen.emit(Path(text.strip()))


class SurveyImportDialog(QDialog):
    """Survey data: a preview, the column-to-touchpoint mapping, metric, N/A codes,
    segment and weight columns and the source's name, a dry run, then the import as one
    undo step."""

    def __init__(self, editor: Editor, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        from journeymap.survey import DEFAULT_NA

        self.editor = editor
        # Opened with open(), not exec(): no nested event loop for the file chooser and
        # the progress dialog to stack on; deleted once closed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Import survey data"))
        self.resize(900, 720)
        self.file_field = FileField(
            tr("A CSV or Excel export of the survey"),
            tr("Import survey data"),
            tr("Survey data (*.csv *.txt *.xlsx)"),
        )
        self.file_field.chosen.connect(self.load)
        self.preview = QTableWidget()
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([tr("Column in the file"), tr("Touchpoint")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.metric_choice = QComboBox()
        for metric in METRICS:
            self.metric_choice.addItem(metric.upper(), metric)
        self.metric_choice.addItem(tr("from a metric column (long files)"), None)
        self.na_codes = QLineEdit(", ".join(DEFAULT_NA))
        self.na_codes.setToolTip(
            tr(
                "Answers that mean 'not applicable', separated by commas; "
                "blank cells are always skipped"
            )
        )
        self.segment = QComboBox()
        self.weight_choice = QComboBox()
        self.weight_choice.setToolTip(
            tr(
                "Each respondent's survey weight; answers count with it, n stays the "
                "number of respondents"
            )
        )
        self.source_field = QLineEdit()
        self.source_field.setToolTip(
            tr(
                "The name of the survey source; importing the same source again "
                "replaces its figures, another source is kept beside and pooled"
            )
        )
        self.replace = QRadioButton(tr("Replace this source's earlier figures of the metric"))
        self.add = QRadioButton(
            tr("Add beside this source's earlier figures (more respondents of the same survey)")
        )
        self.replace.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.replace)
        group.addButton(self.add)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(tr("Check the file to see what would be imported."))
        form = QFormLayout()
        form.addRow(tr("File"), self.file_field)
        form.addRow(tr("Metric"), self.metric_choice)
        form.addRow(tr("Not-applicable codes"), self.na_codes)
        form.addRow(tr("Segment column"), self.segment)
        form.addRow(tr("Weight column"), self.weight_choice)
        form.addRow(tr("Source"), self.source_field)
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
        self.source: Path | None = None  # the file on preview; only it can be imported
        self._show_source(None)
        if path is not None:
            self.load(path)

    def _show_source(self, path: Path | None) -> None:
        self.source = path
        self.check_button.setEnabled(path is not None)
        self.import_button.setEnabled(path is not None)

    def load(self, path: Path) -> None:
        """Preview the first rows and match the columns to touchpoints by name; a file
        that cannot be read leaves an empty preview and says why."""
        from journeymap.survey import preview_survey
        from journeymap.survey.layout import normalise

        self.file_field.show_path(path)
        # in a child process (a hostile file cannot take the editor down), off the UI
        # thread behind a cancellable progress dialog (a slow one cannot freeze it)
        read, error = run_off_thread(
            self,
            tr("Reading {}…").format(path.name),
            lambda _progress, cancelled: preview_survey(path, PREVIEW_ROWS, cancelled),
        )
        if read is None:
            self.summary.setPlainText(tr("Cannot read {}").format(error) if error else "")
            self.header, rows = [], []
            self._show_source(None)
        else:
            self.header, rows = read
            self.summary.clear()
            self._show_source(path)
            self.source_field.setText(path.name)
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
        for choice in (self.segment, self.weight_choice):
            choice.clear()
            choice.addItem(tr("(none)"), None)
        for r, column in enumerate(self.header):
            self.mapping.setItem(r, 0, QTableWidgetItem(column))
            box = QComboBox()
            box.addItem(tr("— not imported —"), "")
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(by_name.get(normalise(column), ""))))
            self.mapping.setCellWidget(r, 1, box)
            self.segment.addItem(column, column)
            self.weight_choice.addItem(column, column)

    def options(self):
        """The settings as the import takes them."""
        from journeymap.survey import SurveyOptions

        mapping = {}
        for r, column in enumerate(self.header):
            chosen = self.mapping.cellWidget(r, 1).currentData()
            mapping[column] = chosen  # "" leaves a column out
        codes = tuple(c.strip() for c in self.na_codes.text().split(",") if c.strip())
        return SurveyOptions(
            metric=self.metric_choice.currentData(),
            na_codes=codes,
            segment_column=self.segment.currentData(),
            weight_column=self.weight_choice.currentData(),
            mapping=mapping,
            source=self.source_field.text(),
            replace=self.replace.isChecked(),
        )

    def run(self, apply: bool) -> None:
        """Count the file off the UI thread; show the summary; on apply, push one step."""
        from journeymap.survey import count_survey, import_command

        journey, path = self.editor.journey, self.source
        if journey is None or path is None:
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
        try:
            command, summary = import_command(self.editor.doc, journey.id, counted, options)
        except InvalidValue as refusal:  # --add across segmentation: say why, change nothing
            self.summary.setPlainText(explain(refusal))
            return
        text = "\n".join(render(line) for line in summary.messages())
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
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open()
        self.setWindowTitle(tr("Import the filled-in sheet"))
        self.resize(760, 520)
        self.file_field = FileField(
            tr("The fill-in sheet, filled in (.xlsx)"),
            tr("Import the filled-in sheet"),
            tr("Excel workbook (*.xlsx)"),
        )
        self.file_field.chosen.connect(self.check)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_field)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Read the sheet off the UI thread: list its errors, or what it would change."""
        from journeymap.excel.fillin import plan_xlsx_import

        self.file_field.show_path(path)
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
            lines += [f"{e.sheet}!{e.cell}: {render(e.reason)}" for e in errors]
            self.report.setPlainText("\n".join(lines))
            return
        shown = [summary.headline(), *summary.details]
        self.report.setPlainText("\n".join(render(line) for line in shown))
        self.command = command
        self.apply_button.setEnabled(command is not None)

    def apply(self) -> None:
        """Apply the checked changes as one undo step."""
        if self.command is not None and self.editor.push(self.command):
            self.accept()
