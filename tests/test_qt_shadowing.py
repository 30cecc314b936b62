"""No class in journeymap.ui hides a method of its Qt bases.

`self.metric = QComboBox()` on a QDialog hid QPaintDevice.metric(): Qt called the combo box
as the override and the app crashed as soon as a QFileDialog opened on top. A method that
deliberately overrides a Qt virtual (paint, mousePressEvent, closeEvent…) is fine; an
attribute under a Qt method's name, or a method named like a non-virtual one, is not.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import platform
import textwrap

import pytest

import journeymap.ui
from tests.qt_virtuals import virtual_methods

pytestmark = pytest.mark.skipif(
    platform.system() != "Linux" or platform.machine() != "x86_64",
    reason="the Qt virtuals are read from x86-64 ELF libraries",
)


def ui_classes() -> list[type]:
    """Every class defined in a module of journeymap.ui that derives from a Qt class."""
    found = []
    for info in pkgutil.walk_packages(journeymap.ui.__path__, "journeymap.ui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__ and qt_bases(cls):
                found.append(cls)
    return found


def qt_bases(cls: type) -> list[type]:
    """The PySide6 classes among a class's ancestors."""
    return [b for b in cls.__mro__ if b.__module__.startswith("PySide6.")]


def own_names(cls: type) -> dict[str, bool]:
    """The names a class defines in its body or assigns as ``self.NAME`` anywhere in it,
    each with whether it is a method (a ``def`` in the class body)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(tree, ast.ClassDef)
    names: dict[str, bool] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names[node.name] = True
        for target in _targets(node):
            if isinstance(target, ast.Name):
                names[target.id] = False
    for node in ast.walk(tree):
        for target in _targets(node):
            for part in ast.walk(target):
                if (
                    isinstance(part, ast.Attribute)
                    and isinstance(part.value, ast.Name)
                    and part.value.id == "self"
                ):
                    names[part.attr] = False
    return {name: method for name, method in names.items() if not name.startswith("__")}


def _targets(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        return node.targets
    if isinstance(node, ast.AnnAssign | ast.AugAssign):
        return [node.target]
    return []


def hidden_qt_names(cls: type) -> list[str]:
    """The names this class takes away from its Qt bases."""
    bases = qt_bases(cls)
    qt_names = {name for base in bases for name in dir(base) if not name.startswith("_")}
    virtuals = set().union(*(virtual_methods(base) for base in bases))
    return sorted(
        name
        for name, is_method in own_names(cls).items()
        if name in qt_names and not (is_method and name in virtuals)
    )


def test_the_virtuals_are_told_from_the_other_methods():
    from PySide6.QtCore import QThread
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QDialog, QGraphicsItem

    dialog = virtual_methods(QDialog)
    assert {"metric", "paintEvent", "closeEvent", "accept", "sizeHint"} <= dialog
    assert not {"resize", "show", "update", "setWindowTitle", "close"} & dialog
    assert {"paint", "boundingRect", "mousePressEvent"} <= virtual_methods(QGraphicsItem)
    assert "run" in virtual_methods(QThread) and "undo" in virtual_methods(QUndoCommand)


def test_the_walk_sees_every_kind_of_name():
    from PySide6.QtWidgets import QComboBox, QWidget

    class Sample(QWidget):
        title = "class attribute"

        def __init__(self) -> None:
            super().__init__()
            self.size = QComboBox()
            self.own = 1

        def paintEvent(self, event) -> None:  # a deliberate override
            self.update = None

        def show(self) -> None:  # show() is not virtual: this only hides it
            pass

    assert own_names(Sample) == {
        "title": False, "paintEvent": True, "show": True, "size": False, "own": False,
        "update": False,
    }  # fmt: skip
    assert hidden_qt_names(Sample) == ["show", "size", "update"]


def test_no_ui_class_hides_a_method_of_its_qt_bases():
    classes = ui_classes()
    assert len(classes) > 20  # the walk reached the whole package
    hidden = {cls.__qualname__: names for cls in classes if (names := hidden_qt_names(cls))}
    assert hidden == {}
