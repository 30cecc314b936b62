"""DejaVu Sans for Qt, so every letter and map symbol has a glyph on any machine.

Qt takes its fonts from the system (fontconfig on Linux). A machine without any font (a
minimal install, a container, a fresh desktop image) draws every letter as an empty box,
and one whose fonts lack the map's symbols (☎ ✉ ✕ ✓) boxes those. matplotlib, which
journeymap needs anyway, carries DejaVu Sans in its mpl-data, and the app bundle carries
matplotlib's data, so the same four files are registered in every install, not only in
the bundle (licence: packaging/licenses/DejaVu-fonts.txt). They are registered always,
not only when the system lacks fonts: a registered font joins Qt's fallback for any glyph
the system's fonts lack, and on a machine without fonts Qt's lookup of the default
"Sans Serif" lands on it (fontconfig still names its aliases there, so "no fonts" cannot
be told from the family list). The user's own font stays the application's font
wherever the system has one. Registering takes a few milliseconds.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtGui import QFontDatabase

#: The faces the editor draws with: regular, bold and their obliques.
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)


def font_folder() -> Path | None:
    """matplotlib's folder of TrueType fonts, found without importing matplotlib (that
    takes a noticeable part of a second at start-up); None when matplotlib is missing."""
    spec = find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    return package / "mpl-data" / "fonts" / "ttf"


def font_files() -> list[Path]:
    """The DejaVu Sans files that are there to register."""
    folder = font_folder()
    if folder is None:
        return []
    return [folder / name for name in FONT_FILES if (folder / name).is_file()]


@cache  # once a process: Qt would register the same files again
def register_fonts() -> tuple[str, ...]:
    """Register DejaVu Sans with Qt (a QGuiApplication must exist); returns the families
    registered, empty when no file was found."""
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id != -1:  # -1: Qt could not read the file; the others still count
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(sorted(set(families)))
