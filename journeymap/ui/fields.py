"""Form fields bound to one attribute of the selected object.

Each binding shows the attribute's value and pushes ONE SetFields command when the user
finishes an edit, so every edit in the inspector is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)


class Binding(QObject):
    """Connects one widget to one field: ``show`` fills it, finishing an edit commits."""

    def __init__(
        self,
        field: str,
        widget: QWidget,
        commit: Callable[[str, Any], None],
        read: Callable[[QWidget], Any],
        write: Callable[[QWidget, Any], None],
    ) -> None:
        super().__init__(widget)
        self.field, self.widget = field, widget
        self._commit, self._read, self._write = commit, read, write
        self._shown: Any = None

    def show(self, value: Any) -> None:
        """Show a value without committing anything."""
        self._shown = value
        self.widget.blockSignals(True)
        self._write(self.widget, value)
        self.widget.blockSignals(False)

    def finished(self, *_: Any) -> None:
        """The user is done editing: commit the value if it changed."""
        value = self._read(self.widget)
        if value != self._shown:
            self._shown = value
            self._commit(self.field, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.finished()
        return False


def text_line(field: str, commit: Callable[[str, Any], None]) -> Binding:
    """A one-line text field, committed on Enter or when focus leaves."""
    widget = QLineEdit()
    binding = Binding(field, widget, commit, lambda w: w.text(), lambda w, v: w.setText(v or ""))
    widget.editingFinished.connect(binding.finished)
    return binding


def text_block(field: str, commit: Callable[[str, Any], None]) -> Binding:
    """A multi-line text field, committed when focus leaves."""
    widget = QPlainTextEdit()
    widget.setTabChangesFocus(True)
    widget.setFixedHeight(64)
    binding = Binding(
        field, widget, commit, lambda w: w.toPlainText(), lambda w, v: w.setPlainText(v or "")
    )
    widget.installEventFilter(binding)
    return binding


def whole(
    field: str, commit: Callable[[str, Any], None], low: int, high: int, suffix: str = ""
) -> Binding:
    """A spin box for a whole number, committed on Enter, focus out or an arrow step."""
    widget = QSpinBox()
    widget.setRange(low, high)
    widget.setKeyboardTracking(False)
    widget.setSuffix(suffix)
    widget.setGroupSeparatorShown(True)
    binding = Binding(field, widget, commit, lambda w: w.value(), lambda w, v: w.setValue(int(v)))
    widget.valueChanged.connect(binding.finished)
    return binding


def optional_number(
    field: str,
    commit: Callable[[str, Any], None],
    low: float,
    high: float,
    none_text: str,
    decimals: int = 1,
    step: float = 1.0,
) -> Binding:
    """A spin box whose lowest position means "none" (no target, unknown share)."""
    widget = QDoubleSpinBox()
    sentinel = low - step
    widget.setRange(sentinel, high)
    widget.setDecimals(decimals)
    widget.setSingleStep(step)
    widget.setSpecialValueText(none_text)
    widget.setKeyboardTracking(False)

    def read(w: QDoubleSpinBox) -> float | None:
        return None if w.value() <= sentinel else round(w.value(), decimals)

    def write(w: QDoubleSpinBox, v: float | None) -> None:
        w.setValue(sentinel if v is None else float(v))

    binding = Binding(field, widget, commit, read, write)
    widget.valueChanged.connect(binding.finished)
    return binding


def flag(field: str, commit: Callable[[str, Any], None], label: str) -> Binding:
    """A check box."""
    widget = QCheckBox(label)
    binding = Binding(
        field, widget, commit, lambda w: w.isChecked(), lambda w, v: w.setChecked(bool(v))
    )
    widget.toggled.connect(binding.finished)
    return binding


def choice(
    field: str,
    commit: Callable[[str, Any], None],
    options: list[tuple[str, Any]],
    editable: bool = False,
) -> Binding:
    """A combo box of (label, value) options; ``editable`` lets the user type a new one."""
    widget = QComboBox()
    widget.setEditable(editable)
    set_options(widget, options)

    def read(w: QComboBox) -> Any:
        index = w.findText(w.currentText()) if editable else w.currentIndex()
        if editable and (index < 0 or w.itemText(index) != w.currentText()):
            return w.currentText().strip()
        return w.itemData(index)

    def write(w: QComboBox, v: Any) -> None:
        index = w.findData(v)
        if index < 0 and editable and v:
            w.addItem(str(v), v)
            index = w.count() - 1
        w.setCurrentIndex(index)

    binding = Binding(field, widget, commit, read, write)
    if editable:
        widget.lineEdit().editingFinished.connect(binding.finished)
        widget.activated.connect(binding.finished)
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


def slider(field: str, commit: Callable[[str, Any], None], low: int, high: int) -> Binding:
    """A horizontal slider, committed when released."""
    widget = QSlider(Qt.Orientation.Horizontal)
    widget.setRange(low, high)
    widget.setTracking(False)
    widget.setTickPosition(QSlider.TickPosition.TicksBelow)
    widget.setPageStep(1)
    binding = Binding(field, widget, commit, lambda w: w.value(), lambda w, v: w.setValue(int(v)))
    widget.valueChanged.connect(binding.finished)
    return binding
