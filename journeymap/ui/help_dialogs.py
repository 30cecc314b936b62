"""The Help menu's dialogs: the keyboard shortcuts and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journeymap import __version__

#: The share of the screen's height the shortcuts may take before they scroll, and of
#: its width before their long rows wrap.
SCREEN_SHARE, WIDTH_SHARE = 0.85, 0.5


def tr(text: str) -> str:
    """Translate a user-visible text of the help (shown from the window's Help menu, hence
    its context)."""
    return QCoreApplication.translate("MainWindow", text)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """Every action of ``window`` with a shortcut, and the mouse gestures, sorted by name."""
    rows = []
    for action in window.findChildren(QAction):
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys and action.text():
            rows.append((action.text().replace("&", ""), keys))
    rows += [
        (tr("Zoom at the mouse"), tr("Ctrl + mouse wheel")),
        (tr("Pan"), tr("Space + drag, or the middle mouse button")),
        (tr("Add a card in a stage"), tr("Double-click in the stage's column")),
        (tr("Connect two cards"), tr("Drag from a card's round handle to the other card")),
        (tr("Move between cards, notes and arrows"), tr("Arrow keys, Tab, Shift+Tab")),
        (tr("Leave the map for the next / previous panel"), tr("Ctrl+Tab / Ctrl+Shift+Tab")),
        (tr("Go to the card's outgoing / incoming arrows"), tr("Alt+Right / Alt+Left")),
        (tr("Follow the selected arrow to its source / target"), tr("Left / Right")),
        (tr("Edit the selected card, note or arrow"), tr("Enter")),
        (tr("Back from an arrow to its card, or cancel a connection"), tr("Escape")),
        (
            tr("From a note to its lane cell, to the next cell, write a note there"),
            tr("Escape, then arrow keys, Enter"),
        ),
        (tr("Select several cards"), tr("Drag a frame around them")),
        (tr("Next / previous stage (presentation)"), tr("Arrow keys")),
    ]
    return sorted(set(rows), key=lambda row: row[0].casefold())


def show_shortcuts(window: QWidget) -> QDialog:
    """Help ▸ Keyboard shortcuts: a table of ``window``'s shortcuts and gestures, which
    scrolls rather than grow taller than the screen (the list is longer than a laptop's
    screen is high, more so at a large font); returns the dialog, open."""
    table = "".join(
        f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>" for what, keys in shortcut_rows(window)
    )
    dialog = QDialog(window)
    dialog.setWindowTitle(tr("Keyboard shortcuts"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = QTextBrowser(dialog)
    text.setHtml(f"<table cellspacing='6'>{table}</table>")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    # the table's natural size, laid out unwrapped (the browser's own document is laid
    # out at the width of a viewport not yet shown)
    natural = QTextDocument()
    natural.setDefaultFont(text.font())
    natural.setHtml(text.toHtml())
    room = window.screen().availableGeometry()
    natural.setTextWidth(min(natural.idealWidth(), room.width() * WIDTH_SHARE))  # long rows wrap
    frame = 2 * text.frameWidth()
    width = natural.textWidth() + frame + text.verticalScrollBar().sizeHint().width()
    margins = layout.contentsMargins()
    chrome = buttons.sizeHint().height() + layout.spacing() + margins.top() + margins.bottom()
    height = min(natural.size().height() + frame + chrome, room.height() * SCREEN_SHARE)
    width += margins.left() + margins.right()
    dialog.resize(round(width), round(height))
    dialog.open()
    return dialog


def show_about(parent: QWidget) -> None:
    """Help ▸ About: the version and what the tool is for."""
    QMessageBox.about(
        parent,
        tr("About journeymap"),
        tr(
            "<h3>journeymap {}</h3><p>Offline customer-journey mapping for CX teams.</p>"
            "<p>MIT licence.</p>"
        ).format(__version__),
    )
