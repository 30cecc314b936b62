"""Guard against PySide6 releases that leak references to None (6.12.0 aborts
CPython 3.11 with 'Fatal Python error: none_dealloc' after a few thousand calls).

On Python 3.12 and later None is immortal: its reference count no longer moves, so this
test cannot fail there. The pin in pyproject.toml (PySide6-Essentials==6.11.3) is what
protects 3.11; keep both until 3.11 is no longer supported."""

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem


def test_setpen_and_setpos_do_not_drop_references_to_none(qapp):
    item = QGraphicsRectItem(0, 0, 10, 10)
    pen, point = QPen(), QPointF(1, 2)
    item.setPen(pen)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        item.setPen(pen)
        item.setPos(point)
    assert sys.getrefcount(None) >= before
