"""Asking where to save: a file name made from the journey's name, and Qt's own file
dialog rather than the desktop's. Qt's dialog looks the same on every desktop, takes a
typed or pasted path, and can be driven by tests and in a bare X11 session, where a
desktop portal may be missing or hang."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

#: Characters no file system (or Windows) allows in a file name, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: Names Windows reserves for devices, whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}
#: Long enough for any journey's name, short enough for every file system.
MAX_STEM = 120


def file_stem(name: str, fallback: str) -> str:
    """A journey's name made fit for a file name: forbidden characters become spaces,
    runs of spaces one, no leading or trailing dots or spaces, at most MAX_STEM
    characters; ``fallback`` when nothing is left."""
    stem = " ".join(_FORBIDDEN.sub(" ", name).split())[:MAX_STEM].strip(" .")
    if not stem:
        return fallback
    return f"{stem} ({fallback})" if stem.upper() in _RESERVED else stem


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix``: added when missing (a name such as "Plan v1.2" keeps
    its dot), kept in whatever case the user typed it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_open_path(parent: QWidget, title: str, start: Path, filter_text: str) -> Path | None:
    """Ask for an existing file, starting in ``start``; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent, title, str(start), filter_text, options=QFileDialog.Option.DontUseNativeDialog
    )
    return Path(name) if name else None


def ask_save_path(
    parent: QWidget, title: str, suggestion: Path, filter_text: str
) -> tuple[Path | None, str]:
    """Ask where to save, starting from ``suggestion``; the chosen path (None when the
    user cancels) and the chosen filter."""
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggestion), filter_text,
        options=QFileDialog.Option.DontUseNativeDialog,
    )  # fmt: skip
    return (Path(name) if name else None), chosen
