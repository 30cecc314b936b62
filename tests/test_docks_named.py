"""Screen readers name every field, list and table of the inspector and the docks: each
has an accessible name (its own or its label's), in English and in German, and each dock
has a title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from journeymap.samples import find_sample
from tests.test_i18n import english_leftovers, german_window  # noqa: F401 (a fixture)

#: What a user types into, picks from or reads as a table: each needs a name.
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QAbstractButton,
)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for a widget (Qt's accessibility interface: its
    own name, its label's or its text). A combo box without a name of its own would be
    announced by the item it shows, which names nothing: it counts as nameless."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def named_parts(widget: QWidget) -> bool:
    """False for the parts Qt builds inside another widget: a spin box's or a combo box's
    line edit and pop-up, a line edit's clear button, a table's headers, corner button and
    scroll bars: the outer widget carries the name."""
    parent = widget.parentWidget()
    return not (
        isinstance(widget, QHeaderView | QScrollBar)
        or isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit)  # its clear button
        or widget.metaObject().className() == "QComboBoxListView"  # a combo box's pop-up
        or widget.objectName() == "qt_tableview_cornerbutton"
    )


def docks_of(window) -> list[QDockWidget]:
    """Every dock of the window, the value-effort matrix included, each opened once so the
    pages built on show exist."""
    window.show_matrix()
    return window.findChildren(QDockWidget)


def nameless(window) -> list[str]:
    """The inputs and tables of the docks that a screen reader would announce without a
    name."""
    found = []
    for dock in docks_of(window):
        for widget in [dock.widget(), *dock.widget().findChildren(QWidget)]:
            if isinstance(widget, INPUTS) and named_parts(widget) and not spoken_name(widget):
                found.append(f"{dock.windowTitle()}: {type(widget).__name__} {widget.objectName()}")
    return found


@pytest.fixture(params=["en", "de"])
def window_with_a_card_selected(request, qtbot):
    """The window in English, then in German, with a sample open and a card selected."""
    win = request.getfixturevalue("window" if request.param == "en" else "german_window")
    win.open_sample(find_sample("installation", win.language).path)
    win.editor.select([win.editor.journey.touchpoints[4].id])
    for dock in win.findChildren(QDockWidget):  # tabbed docks build their pages on show
        dock.show()
        dock.raise_()
        qtbot.waitUntil(dock.widget().isVisible)
    return win


def test_every_field_and_table_of_the_docks_has_a_spoken_name(window_with_a_card_selected):
    window = window_with_a_card_selected
    assert not nameless(window), "\n".join(nameless(window))
    names = [spoken_name(w) for d in docks_of(window) for w in d.widget().findChildren(QWidget)]
    assert len([n for n in names if n]) >= 40  # the walk reached the docks' widgets
    if window.language == "de":  # and speaks German in the German window
        leftovers = english_leftovers([("spoken name", n) for n in names])
        assert not leftovers, leftovers


def test_every_dock_has_a_title(window_with_a_card_selected):
    titles = [
        spoken_name(dock) or dock.windowTitle() for dock in docks_of(window_with_a_card_selected)
    ]
    assert all(titles) and len(titles) >= 8, titles


def test_every_tab_stop_of_the_docks_has_a_spoken_name(window_with_a_card_selected, qtbot):
    """What Tab reaches in the docks beyond the inputs (the inspector's scroll area, the
    charts' tabs, the value-effort matrix) is announced by a name too."""
    window = window_with_a_card_selected
    silent = [
        f"{dock.windowTitle()}: {type(widget).__name__}"
        for dock in docks_of(window)
        for widget in [dock.widget(), *dock.widget().findChildren(QWidget)]
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and named_parts(widget)
        and not is_viewport(widget)
        and not spoken_name(widget)
    ]
    assert not silent, silent


def is_viewport(widget: QWidget) -> bool:
    """Whether the widget is the viewport of a scroll area (which carries the name)."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget
