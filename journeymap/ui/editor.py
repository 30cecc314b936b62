"""The editing session: one document, its file (or the name it has while untitled), its undo
stack and the journey on show.

Views never talk to each other, and none of them subscribes to the document: the editor
is the document's one listener. It relays each event as ``changed`` (for views that update
item by item, such as the map) and, once the burst of events of one step is over, emits
``settled`` (for views that recompute, such as the gap table and the charts). Both are Qt
signals, so a view that is deleted is disconnected by Qt itself: nothing a closed view
leaves behind can be reached by a later edit. Views change the document only by pushing
commands through ``push``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from journeymap.model.commands import Command
from journeymap.model.document import Document
from journeymap.model.events import Event
from journeymap.model.figures import ALL_RESPONDENTS, FigureView, has_view
from journeymap.model.validation import InvalidValue
from journeymap.storage.ondisk import FileStamp
from journeymap.ui.messages import explain
from journeymap.ui.undo import UndoBridge


class _Subscription:
    """The editor's one listener on a document, ended at most once."""

    def __init__(self) -> None:
        self._end: Callable[[], None] | None = None

    def follow(self, doc: Document, listener: Callable[[Event], None]) -> None:
        """Listen to this document (after ending any earlier subscription)."""
        self.end()
        self._end = doc.events.subscribe(listener)

    def end(self, *_: object) -> None:
        """Stop listening; harmless when already stopped."""
        if self._end is not None:
            self._end, end = None, self._end
            end()


class Editor(QObject):
    """Holds the open document and routes every change through the undo stack."""

    #: A document event, as a Qt signal (any view may connect).
    changed = Signal(object)
    #: A different document was loaded (views rebuild everything).
    document_replaced = Signal()
    #: Another journey is on show (its id, or "" when none).
    journey_switched = Signal(str)
    #: The selection changed (a list of object ids).
    selection_changed = Signal(list)
    #: A command was refused: the reason, for the status bar.
    refused = Signal(str)
    #: The file path changed (after open or save as).
    path_changed = Signal()
    #: Whose answers the figures count changed (a segment or source was chosen): the
    #: gap table, the map's badges and heat map, the charts and the exports follow.
    figure_view_changed = Signal()
    #: Once after a burst of changes, switches or selections: views that recompute follow
    #: this instead of keeping timers of their own.
    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.doc = Document()
        self.path: Path | None = None
        #: What the file was when it was read or last saved: a save checks that the file
        #: on disk still is that, so another program's changes are never overwritten unseen.
        self.stamp: FileStamp | None = None
        #: The name shown while the document has no file (a sample copy's, a restored
        #: copy's); "" for a plain untitled one.
        self.untitled_name = ""
        self.journey_id = ""
        self.selection: list[str] = []
        self.figure_view = ALL_RESPONDENTS
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)  # after the events of one step, before the next paint
        self._settle.timeout.connect(self.settled)
        for signal in (self.changed, self.document_replaced, self.journey_switched,
                       self.selection_changed, self.figure_view_changed):  # fmt: skip
            signal.connect(self._settle_soon)
        self.settled.connect(self._keep_figure_view)
        self._subscription = _Subscription()
        self._subscription.follow(self.doc, self.changed.emit)
        self._bridge = UndoBridge(self.doc, self.undo_stack)
        self.changed.connect(self._forget_removed)
        # A document can outlive its window (scripts, tests): let go of it when the editor
        # goes, through an object that is not the editor being deleted.
        self.destroyed.connect(self._subscription.end)

    def _settle_soon(self, *_: object) -> None:
        self._settle.start()

    # ---- the document -----------------------------------------------------------
    def release(self) -> None:
        """Stop listening to the document (the window closed); further edits reach no view."""
        self._subscription.end()

    def set_document(
        self,
        doc: Document,
        path: Path | None,
        stamp: FileStamp | None = None,
        untitled_name: str = "",
    ) -> None:
        """Replace the open document (read from ``path``, whose bytes had ``stamp``; shown
        as ``untitled_name`` while it has no file); the undo history starts afresh."""
        self._subscription.end()
        self.undo_stack.clear()
        self.doc = doc
        self.path = path
        self.stamp = stamp
        self.untitled_name = untitled_name
        self._bridge = UndoBridge(doc, self.undo_stack)
        self._subscription.follow(doc, self.changed.emit)
        self.undo_stack.setClean()
        self.selection = []
        self.journey_id = doc.journeys[0].id if doc.journeys else ""
        view_was = self.figure_view
        self.figure_view = ALL_RESPONDENTS  # a new document: every respondent
        self.document_replaced.emit()
        self.journey_switched.emit(self.journey_id)
        self.path_changed.emit()
        if view_was != ALL_RESPONDENTS:
            self.figure_view_changed.emit()

    def saved(self, path: Path, stamp: FileStamp) -> None:
        """The document was written to ``path`` as ``stamp``: it is clean and lives there."""
        self.stamp = stamp
        self.undo_stack.setClean()
        if path != self.path:
            self.path = path
            self.path_changed.emit()

    @property
    def journey(self):
        """The journey on show, or None."""
        return self.doc.journey(self.journey_id) if self.journey_id in self.doc else None

    def switch_journey(self, journey_id: str) -> None:
        """Show another journey of the document."""
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self.select([])
            self.journey_switched.emit(journey_id)

    def _keep_figure_view(self) -> None:
        """Count every respondent again when the chosen segment or survey is gone: its
        import undone, or another journey on show without it. Checked once things
        settle, so a burst of edits costs one look."""
        journey = self.journey
        if self.figure_view != ALL_RESPONDENTS and (
            journey is None or not has_view(journey, self.figure_view)
        ):
            self.set_figure_view(ALL_RESPONDENTS)

    def set_figure_view(self, view: FigureView) -> None:
        """Count the answers of this segment and source in every figure on show."""
        if view != self.figure_view:
            self.figure_view = view
            self.figure_view_changed.emit()

    def push(self, command: Command) -> bool:
        """Run a command as one undo step; a refused one is reported, not raised."""
        try:
            self._bridge.push(command)
        except InvalidValue as error:
            self.refused.emit(explain(error))  # in the interface's words
            return False
        return True

    def select(self, ids: list[str]) -> None:
        """Make these objects the selection (canvas, inspector and gap table follow)."""
        if ids != self.selection:
            self.selection = list(ids)
            self.selection_changed.emit(self.selection)

    def _forget_removed(self, event: Event) -> None:
        if event.action == "removed" and event.object_id in self.selection:
            self.select([i for i in self.selection if i in self.doc])
        if (
            event.kind == "journey"
            and event.action == "removed"
            and event.object_id == self.journey_id
        ):
            self.switch_journey(self.doc.journeys[0].id if self.doc.journeys else "")
        if event.kind == "journey" and event.action == "added" and not self.journey_id:
            self.switch_journey(event.object_id)
