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
    ObservedPath,
    Opportunity,
    Persona,
    Solution,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.events import Event, EventBus
from journeymap.model.links import Effect, Link
from journeymap.model.validation import InvalidValue

__all__ = [
    "AddObject",
    "Command",
    "CommandStack",
    "Document",
    "Effect",
    "Event",
    "EventBus",
    "InvalidValue",
    "Journey",
    "Lane",
    "Link",
    "Macro",
    "Measurement",
    "Note",
    "ObservedPath",
    "Opportunity",
    "Persona",
    "RemoveObject",
    "Reorder",
    "SetFields",
    "Solution",
    "Stage",
    "Touchpoint",
    "Transition",
    "connect",
    "disconnect",
    "move_touchpoint",
]
