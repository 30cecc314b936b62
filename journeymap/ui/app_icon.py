"""The application's icon for its windows, the task bar and the window switcher."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from journeymap.icon_files import ICON_SIZES, icon_png


def application_icon() -> QIcon:
    """journeymap's icon with a drawn picture for every hicolor size, so Qt never scales
    a large one down to 16 px where the hand-drawn small size reads better."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon
