"""Streaming the events of an XES event log (IEEE 1849) as rows of a table.

The XML is parsed by defusedxml's iterparse, which refuses a DTD, entities and external
references outright (a "billion laughs" file never expands), and each event element is
cleared once read, so a file of millions of events never sits in memory as a tree. A
trace's attributes become columns named ``case:KEY`` (as pm4py names them), an event's
attributes columns named by their key: ``case:concept:name``, ``concept:name``,
``time:timestamp``, ``org:resource``...
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: The XES attribute elements whose ``key`` and ``value`` become a cell.
_ATTRIBUTES = frozenset({"string", "date", "int", "float", "boolean", "id"})


def _local(tag: str) -> str:
    """A tag without its namespace ("{http://www.xes-standard.org/}event" -> "event")."""
    return tag.rsplit("}", 1)[-1]


def xes_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Each event of the log as column name -> text, its trace's attributes included;
    DocumentFileError naming the file for XML that is broken or declares a DTD."""
    trace: dict[str, Any] = {}
    event: dict[str, Any] | None = None
    depth_in_event = 0
    try:
        with path.open("rb") as stream:
            for action, element in iterparse(stream, events=("start", "end"), forbid_dtd=True):
                tag = _local(element.tag)
                if action == "start":
                    if tag == "trace":
                        trace = {}
                    elif tag == "event":
                        event, depth_in_event = {}, 0
                    elif event is not None:
                        depth_in_event += 1
                    continue
                if tag == "event" and event is not None:
                    yield {**trace, **event}
                    event = None
                    element.clear()
                elif tag in _ATTRIBUTES and "key" in element.attrib:
                    key, value = element.attrib["key"], element.attrib.get("value", "")
                    if event is not None:
                        if depth_in_event == 1:  # not a nested (meta) attribute
                            event[key] = value
                        depth_in_event -= 1
                    elif depth_in_event == 0:
                        trace[f"case:{key}"] = value
                elif event is not None:
                    depth_in_event -= 1
                if tag == "trace":
                    element.clear()
    except DefusedXmlException:
        raise DocumentFileError(
            path,
            phrase("declares a DTD or entities, which an event log never needs; it is refused"),
        ) from None
    except ParseError as error:
        raise DocumentFileError(
            path, phrase("is not valid XML ({reason})", reason=str(error))
        ) from None
