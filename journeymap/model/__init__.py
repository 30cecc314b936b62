"""The journey document: plain dataclasses, events, commands, metrics and analysis.

This package imports no Qt, SQLAlchemy, openpyxl or matplotlib (import-linter checks).
"""

from journeymap.model.commands import (
    AddObject,
    Command,
    CommandStack,
    Macro,
    RemoveObject,
    Reorder,
    SetFields,
    connect,
    disconnect,
    move_touchpoint,
)
from journeymap.model.document import Document
from journeymap.model.entities import (
    Journey,
    Lane,
    Measurement,
    Note,
    Persona,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.events import Event, EventBus
from journeymap.model.validation import InvalidValue

__all__ = [
    "AddObject",
    "Command",
    "CommandStack",
    "Document",
    "Event",
    "EventBus",
    "InvalidValue",
    "Journey",
    "Lane",
    "Macro",
    "Measurement",
    "Note",
    "Persona",
    "RemoveObject",
    "Reorder",
    "SetFields",
    "Stage",
    "Touchpoint",
    "Transition",
    "connect",
    "disconnect",
    "move_touchpoint",
]
