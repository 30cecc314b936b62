"""Connecting two cards from the keyboard: C (Edit ▸ Connect to another card) starts at
the card in hand, the arrow keys and Tab choose the card to connect it to while a rubber
band shows the arrow to be, Enter makes it (as a drag from the card's handle does) and
Esc leaves the map as it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF

from journeymap.ui.canvas.items import CardItem
from journeymap.ui.canvas.scene import JourneyScene


def tr(text: str) -> str:
    """Translate a user-visible text of the canvas."""
    return QCoreApplication.translate("Canvas", text)


def connecting_hint(source: CardItem) -> str:
    """What the status bar and a screen reader say while a connection is being chosen."""
    return tr("Connecting from ‘{}’ — choose the card and press Enter, Escape cancels").format(
        source.look.name
    )


class KeyConnection:
    """A connection on its way: from which card, and the rubber band to the chosen one."""

    def __init__(self, scene: JourneyScene, source: CardItem) -> None:
        self.scene = scene
        self.source = source
        self.line = scene.connection_line(self._start())

    def _start(self) -> QPointF:
        return self.source.mapToScene(self.source.handle_center())

    def target(self) -> CardItem | None:
        """The card chosen to connect to: the one selected."""
        chosen = self.scene.selectedItems()
        return chosen[0] if len(chosen) == 1 and isinstance(chosen[0], CardItem) else None

    def aim(self) -> None:
        """Draw the rubber band to the chosen card (to its own handle for the source)."""
        target = self.target()
        start = self._start()
        end = start if target in (None, self.source) else target.sceneBoundingRect().center()
        self.line.setLine(start.x(), start.y(), end.x(), end.y())

    def finish(self) -> bool:
        """Connect the source to the chosen card, as one undo step; whether it was made."""
        target = self.target()
        return target is not None and self.scene.connect_cards(self.source, target)

    def end(self) -> None:
        """Take the rubber band away."""
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
