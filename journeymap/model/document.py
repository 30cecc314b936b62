"""The in-memory document: the source of truth while editing.

It keeps an index from id to object and offers the few primitive mutations that all
commands are made of. Each primitive emits one event, so every view can follow along.
Code outside the model should change a document only through commands (see commands.py).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from journeymap.model.entities import (
    Journey,
    Lane,
    Measurement,
    Note,
    ObservedPath,
    Opportunity,
    Persona,
    Solution,
    Stage,
    Touchpoint,
    Transition,
    _index_of,
)
from journeymap.model.events import ADDED, CHANGED, REMOVED, REORDERED, Event, EventBus
from journeymap.model.origin import LibraryOrigin

#: The kind name of each model class, as events and commands spell it.
KINDS: dict[type, str] = {
    Persona: "persona",
    Journey: "journey",
    Stage: "stage",
    Touchpoint: "touchpoint",
    Transition: "transition",
    Measurement: "measurement",
    Lane: "lane",
    Note: "note",
    ObservedPath: "observed_path",
    Opportunity: "opportunity",
    Solution: "solution",
}
#: The kinds that belong to the document itself (the others to a journey), and the
#: document's list of each.
DOCUMENT_LISTS = {
    "persona": "personas",
    "journey": "journeys",
    "opportunity": "opportunities",
    "solution": "solutions",
}
#: The list attribute of a journey that holds each journey-level kind.
JOURNEY_LISTS = {
    "stage": "stages",
    "touchpoint": "touchpoints",
    "transition": "transitions",
    "measurement": "measurements",
    "lane": "lanes",
    "note": "notes",
    "observed_path": "observed_paths",
}

Entity = (
    Persona | Journey | Stage | Touchpoint | Transition | Measurement | Lane | Note
    | ObservedPath | Opportunity | Solution
)  # fmt: skip


class Document:
    """Personas, journeys and the opportunities to improve them (with their solutions), an
    id index over all their objects, and an event bus."""

    def __init__(
        self,
        personas: Iterable[Persona] = (),
        journeys: Iterable[Journey] = (),
        opportunities: Iterable[Opportunity] = (),
        solutions: Iterable[Solution] = (),
    ) -> None:
        self.personas: list[Persona] = list(personas)
        self.journeys: list[Journey] = list(journeys)
        self.opportunities: list[Opportunity] = list(opportunities)
        self.solutions: list[Solution] = list(solutions)
        self.events = EventBus()
        #: The older file-format version this document was read from and migrated, so
        #: the next save writes it in the current one (None: read as it is, or new).
        self.migrated_from: int | None = None
        #: The team library, name and revision this document was opened from or last
        #: saved to (None: a local document); not part of its content or its equality.
        self.library_origin: LibraryOrigin | None = None
        self._index: dict[str, tuple[Entity, str | None]] = {}
        self.reindex()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return all(getattr(self, attr) == getattr(other, attr) for attr in DOCUMENT_LISTS.values())

    def __deepcopy__(self, memo: dict) -> Document:
        # A copy holds the data only: listeners belong to the original's views.
        return Document(*(copy.deepcopy(getattr(self, a), memo) for a in DOCUMENT_LISTS.values()))

    def __repr__(self) -> str:
        lists = ", ".join(f"{a}={getattr(self, a)!r}" for a in DOCUMENT_LISTS.values())
        return f"Document({lists})"

    # ---- lookup -------------------------------------------------------------------
    def reindex(self) -> None:
        """Rebuild the id index after the lists were replaced wholesale (e.g. on load)."""
        index: dict[str, tuple[Entity, str | None]] = {
            obj.id: (obj, None) for attr in DOCUMENT_LISTS.values() for obj in getattr(self, attr)
        }
        for journey in self.journeys:
            for attr in JOURNEY_LISTS.values():
                for obj in getattr(journey, attr):
                    index[obj.id] = (obj, journey.id)
        self._index = index

    def get(self, object_id: str) -> Entity:
        """The object with this id; KeyError when there is none."""
        return self._index[object_id][0]

    def __contains__(self, object_id: object) -> bool:
        return object_id in self._index

    def journey(self, journey_id: str) -> Journey:
        """The journey with this id."""
        obj = self.get(journey_id)
        if not isinstance(obj, Journey):
            raise KeyError(journey_id)
        return obj

    def journey_of(self, object_id: str) -> Journey | None:
        """The journey an object lives in, or None for the document's own objects."""
        journey_id = self._index[object_id][1]
        return None if journey_id is None else self.journey(journey_id)

    def journey_by_name(self, name: str) -> Journey:
        """The first journey whose name matches, ignoring case; KeyError when none does."""
        for journey in self.journeys:
            if journey.name.casefold() == name.casefold():
                return journey
        raise KeyError(name)

    def container(self, kind: str, journey_id: str | None) -> list:
        """The list that holds objects of this kind (in this journey)."""
        if kind in DOCUMENT_LISTS:
            return getattr(self, DOCUMENT_LISTS[kind])
        return getattr(self.journey(journey_id or ""), JOURNEY_LISTS[kind])

    # ---- primitive mutations; commands are built from these ---------------------
    def insert(self, obj: Entity, index: int, journey_id: str | None = None) -> None:
        """Put an object into its list at index and announce it."""
        kind = KINDS[type(obj)]
        self.container(kind, journey_id).insert(index, obj)
        self._index[obj.id] = (obj, journey_id)
        if isinstance(obj, Journey):
            for attr in JOURNEY_LISTS.values():
                for child in getattr(obj, attr):
                    self._index[child.id] = (child, obj.id)
        self.events.emit(Event(ADDED, kind, obj.id, journey_id, index=index))

    def remove(self, object_id: str) -> tuple[Entity, int, str | None]:
        """Take an object out of its list; returns it, its index and its journey id."""
        obj, journey_id = self._index[object_id]
        kind = KINDS[type(obj)]
        items = self.container(kind, journey_id)
        index = _index_of(items, object_id)
        del items[index]
        del self._index[object_id]
        if isinstance(obj, Journey):
            for attr in JOURNEY_LISTS.values():
                for child in getattr(obj, attr):
                    self._index.pop(child.id, None)
        self.events.emit(Event(REMOVED, kind, object_id, journey_id, index=index))
        return obj, index, journey_id

    def move(self, object_id: str, new_index: int) -> int:
        """Move an object to another position in its list; returns the old index."""
        obj, journey_id = self._index[object_id]
        kind = KINDS[type(obj)]
        items = self.container(kind, journey_id)
        old_index = _index_of(items, object_id)
        items.insert(new_index, items.pop(old_index))
        self.events.emit(
            Event(
                REORDERED, kind, object_id, journey_id, {"index": (old_index, new_index)}, new_index
            )
        )
        return old_index

    def set_fields(self, object_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Set several fields of one object at once; returns their old values."""
        obj, journey_id = self._index[object_id]
        old = {name: getattr(obj, name) for name in values}
        for name, value in values.items():
            setattr(obj, name, value)
        changes = {name: (old[name], values[name]) for name in values}
        self.events.emit(Event(CHANGED, KINDS[type(obj)], object_id, journey_id, changes))
        return old
