"""The German words of the files journeymap writes, without Qt.

The GUI and the exported files share one translation source,
journeymap/translations/journeymap_de.ts (kept complete by tools/update_translations.py).
The GUI loads its compiled .qm through Qt; the workbook, which may not import Qt, reads
the same .ts here: once, cached, with the standard library's XML parser (it is our own
package file, not user input).

``translate(context, text, language)`` gives a text in a language: English is the
source, so it passes unchanged, as does a text with no finished German translation.
``speaking(language)`` sets the language of the file being written, for the code that
writes it (``spoken()``), so each sheet need not pass the language down.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib.resources import files

#: The translation source shared with the GUI.
TS_FILE = "journeymap_de.ts"

_language: ContextVar[str] = ContextVar("language", default="en")


@cache
def catalogue() -> dict[tuple[str, str], str]:
    """Every finished German translation by (context, English text), read once."""
    source = files("journeymap") / "translations" / TS_FILE
    root = ET.fromstring(source.read_bytes())
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def translate(context: str, text: str, language: str) -> str:
    """``text`` of ``context`` in ``language`` ("de" or "en"); English when there is no
    German for it."""
    if language != "de":
        return text
    return catalogue().get((context, text), text)


def spoken() -> str:
    """The language of the file being written ("en" unless ``speaking`` says otherwise)."""
    return _language.get()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Write in ``language`` inside the block."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)
