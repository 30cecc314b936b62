"""Plain-Python change events: every mutation of a document says what changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

#: Actions an event can report.
ADDED, REMOVED, CHANGED, REORDERED, RESET = "added", "removed", "changed", "reordered", "reset"


@dataclass(frozen=True, slots=True)
class Event:
    """One change: which object (kind and id) and what happened to it.

    ``changes`` maps each changed field to its (old, new) values; ``index`` is the
    position an object was added at, removed from or moved to.
    """

    action: str
    kind: str
    object_id: str = ""
    journey_id: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    index: int | None = None


Listener = Callable[[Event], None]


class EventBus:
    """Delivers events to any number of listeners, with batch and blocker modes."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._deferred: list[Event] | None = None
        self._batch_depth = 0
        self._block_depth = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @property
    def listener_count(self) -> int:
        """How many listeners are subscribed (a view that never detached shows up here)."""
        return len(self._listeners)

    def emit(self, event: Event) -> None:
        """Deliver an event now, hold it for the end of a batch, or drop it when blocked."""
        if self._block_depth:
            return
        if self._deferred is not None:
            self._deferred.append(event)
            return
        for listener in tuple(self._listeners):
            listener(event)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold events until the outermost batch ends, then deliver them in order,
        so that listeners only ever see the state after the whole batch."""
        if self._batch_depth == 0:
            self._deferred = []
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                held, self._deferred = self._deferred or [], None
                for event in held:
                    self.emit(event)

    @contextmanager
    def blocked(self) -> Iterator[None]:
        """Drop events during a bulk load and announce one ``reset`` at the end."""
        self._block_depth += 1
        try:
            yield
        finally:
            self._block_depth -= 1
            if self._block_depth == 0:
                self.emit(Event(RESET, "document"))
