"""Connecting two cards from the keyboard: C (Edit ▸ Connect to another card) starts at
the card in hand, the arrow keys and Tab choose the card to connect it to while a rubber
band shows the arrow to be, Enter makes it (as a drag from the card's handle does) and
Esc leaves the map as it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsLineItem

from journeymap.ui import fields
from journeymap.ui.canvas.items import CardItem
from journeymap.ui.canvas.map_keys import MapKeys, modifiers
from journeymap.ui.canvas.scene import JourneyScene

_CTRL = Qt.KeyboardModifier.ControlModifier


def tr(text: str) -> str:
    """Translate a user-visible text of the canvas."""
    return QCoreApplication.translate("Canvas", text)


def connecting_hint(source: CardItem) -> str:
    """What the status bar and a screen reader say while a connection is being chosen."""
    return tr("Connecting from ‘{}’ — choose the card and press Enter, Escape cancels").format(
        source.look.name
    )


class KeyConnecting(QObject):
    """A connection on its way: from which card, and the rubber band to the card chosen."""

    #: A lasting word for the status bar while a connection is chosen ("" when done).
    notice = Signal(str)
    #: The connection started, ended or chose another card: what the map says changed.
    moved = Signal()

    def __init__(self, keys: MapKeys, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.source: CardItem | None = None  # while a connection is chosen
        self._scene: JourneyScene | None = None
        self._line: QGraphicsLineItem | None = None

    @property
    def line(self) -> QGraphicsLineItem | None:
        """The rubber band on the map while a connection is chosen."""
        return self._line

    def start(self, scene: JourneyScene, source: CardItem) -> None:
        """Start choosing the card to connect ``source`` to (it is chosen at first)."""
        self.cancel()
        self._scene, self.source = scene, source
        self._line = scene.connection_line(self._start())
        self.keys.go(scene, source)
        self.notice.emit(connecting_hint(source))
        self.moved.emit()

    def _start(self) -> QPointF:
        assert self.source is not None
        return self.source.mapToScene(self.source.handle_center())

    def target(self) -> CardItem | None:
        """The card chosen to connect to: the one selected."""
        chosen = self._scene.selectedItems() if self._scene is not None else []
        return chosen[0] if len(chosen) == 1 and isinstance(chosen[0], CardItem) else None

    def aim(self) -> None:
        """Draw the rubber band to the chosen card (to its own handle for the source)."""
        if self._line is None:
            return
        target = self.target()
        start = self._start()
        end = start if target in (None, self.source) else target.sceneBoundingRect().center()
        self._line.setLine(start.x(), start.y(), end.x(), end.y())

    def handle(self, event: QEvent) -> bool:
        """Every key goes to the connection until Enter makes it or Esc cancels it (no
        shortcut deletes or renames the card being chosen meanwhile); the map losing the
        keyboard cancels it, and so does a Ctrl shortcut (Ctrl+Z, Ctrl+S…), which then
        does its work with the source in hand again. Whether the event was used."""
        assert self._scene is not None
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and modifiers(event) & _CTRL:
            self.cancel()
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if kind == QEvent.Type.FocusOut:
            self.cancel()
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif event.key() in fields.ENTER_KEYS:
            self._finish()
        elif self.keys.step(self._scene, event, cards_only=True):
            self.moved.emit()
        return True

    def cancel(self) -> None:
        """Stop choosing, leaving the map as it was with the source in hand again (unless
        an undo meanwhile took the source away)."""
        scene, source = self._end()
        if scene is not None and source is not None and source.scene() is scene:
            self.keys.go(scene, source)

    def _finish(self) -> None:
        """Enter: connect the two cards, as a drag does, and select the new arrow; a
        refused connection leaves the source in hand, and the status bar says why."""
        target = self.target()
        if target is None:
            return  # a click beside the cards chose none: go on choosing
        scene, source = self._end()
        assert scene is not None and source is not None
        before = set(scene.arrows)
        made = scene.connect_cards(source, target)  # after the notice went: a refusal shows
        added = [arrow for tid, arrow in scene.arrows.items() if tid not in before]
        if made and added:
            self.keys.go(scene, added[0], anchor=source)
        else:
            self.keys.go(scene, source)

    def _end(self) -> tuple[JourneyScene | None, CardItem | None]:
        """Take the rubber band away and forget the connection; what it was."""
        scene, source, line = self._scene, self.source, self._line
        self._scene = self.source = self._line = None
        if line is not None and line.scene() is not None:
            line.scene().removeItem(line)
        if source is not None:
            self.notice.emit("")
            self.moved.emit()
        return scene, source
