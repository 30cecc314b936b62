"""Form fields bound to one attribute of the selected object.

Every kind of field commits the same way: when the user presses Enter, Tab or moves the
focus elsewhere (and at once for a check box, a list choice, a slider or an arrow step of
a spin box). A commit pushes ONE SetFields command, and none when the value is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

#: ``commit(field, value)`` pushes the edit; False when the document refused it.
Commit = Callable[[str, Any], bool]
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def tr(text: str) -> str:
    """Translate a user-visible text of the form fields."""
    return QCoreApplication.translate("Fields", text)


def commit_pending_edits() -> None:
    """Finish an edit in progress (text typed into a field commits when the field loses
    focus), so saving, closing or exporting never misses it."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()


class Binding(QObject):
    """Connects one widget to one field: ``show`` fills it, finishing an edit commits."""

    def __init__(
        self,
        field: str,
        widget: QWidget,
        commit: Commit,
        read: Callable[[QWidget], Any],
        write: Callable[[QWidget, Any], None],
    ) -> None:
        super().__init__(widget)
        self.field, self.widget = field, widget
        self._commit, self._read, self._write = commit, read, write
        self._shown: Any = None

    def show(self, value: Any) -> None:
        """Show a value without committing anything."""
        self.widget.blockSignals(True)
        self._write(self.widget, value)
        self.widget.blockSignals(False)
        # What the field reads back now counts as unchanged, so leaving a field that shows
        # a rounded value (a share of 33.33 % as 33.3 %) changes nothing.
        self._shown = self._read(self.widget)

    def finished(self, *_: Any) -> None:
        """The user is done editing: commit the value if it changed. A refused value stays
        in the field (the status bar says why), so the next Enter or Tab tries again."""
        value = self._read(self.widget)
        if value != self._shown and self._commit(self.field, value):
            self._shown = value


class _TextBlockKeys(QObject):
    """A text area commits on Enter and when the focus leaves it; Shift+Enter starts a
    new line."""

    def __init__(self, binding: Binding) -> None:
        super().__init__(binding)
        self.binding = binding

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.binding.finished()
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.binding.finished()
            return True
        return False


def text_line(field: str, commit: Commit) -> Binding:
    """A one-line text field."""
    widget = QLineEdit()
    binding = Binding(field, widget, commit, lambda w: w.text(), lambda w, v: w.setText(v or ""))
    widget.editingFinished.connect(binding.finished)  # Enter, Tab and focus loss
    return binding


def text_block(field: str, commit: Commit) -> Binding:
    """A multi-line text field (Shift+Enter for a new line)."""
    widget = QPlainTextEdit()
    widget.setTabChangesFocus(True)
    widget.setFixedHeight(64)
    widget.setToolTip(tr("Enter or Tab saves the text; Shift+Enter starts a new line"))
    binding = Binding(
        field, widget, commit, lambda w: w.toPlainText(), lambda w, v: w.setPlainText(v or "")
    )
    widget.installEventFilter(_TextBlockKeys(binding))
    return binding


def _spin_box_commits(widget: QSpinBox | QDoubleSpinBox, binding: Binding) -> None:
    # Typed digits count once Enter, Tab or a click elsewhere ends the edit (no keyboard
    # tracking); an arrow step or the wheel counts at once.
    widget.setKeyboardTracking(False)
    widget.valueChanged.connect(binding.finished)
    widget.editingFinished.connect(binding.finished)


def whole(field: str, commit: Commit, low: int, high: int, suffix: str = "") -> Binding:
    """A spin box for a whole number."""
    widget = QSpinBox()
    widget.setRange(low, high)
    widget.setSuffix(suffix)
    widget.setGroupSeparatorShown(True)
    binding = Binding(field, widget, commit, lambda w: w.value(), lambda w, v: w.setValue(int(v)))
    _spin_box_commits(widget, binding)
    return binding


def optional_number(
    field: str,
    commit: Commit,
    low: float,
    high: float,
    none_text: str,
    decimals: int = 1,
    step: float = 1.0,
    shown_per_unit: float = 1.0,
    suffix: str = "",
) -> Binding:
    """A spin box whose lowest position means "none" (no target, unknown share). It shows
    ``shown_per_unit`` times the stored value (100 for a share in percent), in the
    application's locale (12,5 in German)."""
    widget = QDoubleSpinBox()
    sentinel = low - step
    widget.setRange(sentinel, high)
    widget.setDecimals(decimals)
    widget.setSingleStep(step)
    widget.setSpecialValueText(none_text)
    widget.setSuffix(suffix)

    def read(w: QDoubleSpinBox) -> float | None:
        if w.value() <= sentinel:
            return None
        return round(round(w.value(), decimals) / shown_per_unit, decimals + 3)

    def write(w: QDoubleSpinBox, v: float | None) -> None:
        w.setValue(sentinel if v is None else float(v) * shown_per_unit)

    binding = Binding(field, widget, commit, read, write)
    _spin_box_commits(widget, binding)
    return binding


def flag(field: str, commit: Commit, label: str) -> Binding:
    """A check box, committed as soon as it is ticked or cleared."""
    widget = QCheckBox(label)
    binding = Binding(
        field, widget, commit, lambda w: w.isChecked(), lambda w, v: w.setChecked(bool(v))
    )
    widget.toggled.connect(binding.finished)
    return binding


def choice(
    field: str,
    commit: Commit,
    options: list[tuple[str, Any]],
    editable: bool = False,
) -> Binding:
    """A combo box of (label, value) options; ``editable`` lets the user type a new one,
    which is committed as typed (it is not added to the list: the next refresh lists it)."""
    widget = QComboBox()
    widget.setEditable(editable)
    if editable:
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    set_options(widget, options)

    def read(w: QComboBox) -> Any:
        if not editable:
            return w.currentData()
        text = w.currentText().strip()
        index = w.findText(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive)
        return w.itemData(index) if index >= 0 else text

    def write(w: QComboBox, v: Any) -> None:
        index = w.findData(v)
        if index < 0 and editable and v:
            w.addItem(str(v), v)
            index = w.count() - 1
        w.setCurrentIndex(index)

    binding = Binding(field, widget, commit, read, write)
    if editable:
        line = widget.lineEdit()
        assert line is not None
        line.editingFinished.connect(binding.finished)  # Enter, Tab and focus loss
        widget.textActivated.connect(binding.finished)  # picked from the list
    else:
        widget.currentIndexChanged.connect(binding.finished)
    return binding


def set_options(widget: QComboBox, options: list[tuple[str, Any]]) -> None:
    """Replace a combo box's options, keeping its signals quiet."""
    widget.blockSignals(True)
    widget.clear()
    for label, value in options:
        widget.addItem(label, value)
    widget.blockSignals(False)


def slider(field: str, commit: Commit, low: int, high: int) -> Binding:
    """A horizontal slider, committed when released."""
    widget = QSlider(Qt.Orientation.Horizontal)
    widget.setRange(low, high)
    widget.setTracking(False)
    widget.setTickPosition(QSlider.TickPosition.TicksBelow)
    widget.setPageStep(1)
    binding = Binding(field, widget, commit, lambda w: w.value(), lambda w, v: w.setValue(int(v)))
    widget.valueChanged.connect(binding.finished)
    return binding
