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

``phrase(template, **args)`` marks a problem text of the layers below the GUI (a file that
cannot be read, a library that refuses) as a sentence the GUI says in its own language: it
is the English sentence (the command line prints it; str() and == see nothing new), and it
keeps its template and arguments so that journeymap/ui/messages.py can translate the
template (context ``PROBLEMS``) and fill in the arguments as the interface writes them.
tools/update_translations.py collects every ``phrase("literal", ...)`` of journeymap/.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib.resources import files
from typing import Any, TypeAlias

#: The translation source shared with the GUI.
TS_FILE = "journeymap_de.ts"

#: The translation context of every ``phrase`` template.
PROBLEMS = "Problems"

#: What a phrase's argument may be: text shown as it is (a file name, a URL, a column's
#: heading), a number (shown with the interface's digits) or a phrase (a word translated
#: too, such as a kind of column). The layers above may pass their own sentences too (the
#: model's ``Message``): str() is their English, and the GUI renders them.
Argument: TypeAlias = "str | int | float | Phrase"

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


class Phrase(str):
    """An English sentence that remembers its template and arguments, so the GUI can say
    it in its own language; as a ``str`` it is the English sentence."""

    template: str
    args: dict[str, Argument]

    def __new__(cls, template: str, /, **args: Argument) -> Phrase:
        self = super().__new__(cls, template.format(**{k: english(v) for k, v in args.items()}))
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled (a reader's result crossing the sandbox) with its template and arguments
        return (_rebuilt, (self.template, self.args))

    def data(self) -> dict[str, Any]:
        """The phrase as plain JSON data (for the sandbox's error frames)."""
        return {"template": self.template, "args": {k: _data(v) for k, v in self.args.items()}}


def phrase(template: str, /, **args: Argument) -> Phrase:
    """A problem text the GUI translates: ``template`` is a literal English sentence with
    ``{name}`` placeholders (no format specs: the arguments' types say how they look)."""
    return Phrase(template, **args)


def from_data(data: str | dict[str, Any]) -> str:
    """A text rebuilt from ``Phrase.data()`` (or a plain text, which stays as it is)."""
    if isinstance(data, str):
        return data
    args = {k: from_data(v) if isinstance(v, dict) else v for k, v in data["args"].items()}
    return Phrase(data["template"], **args)


def english(value: Argument) -> str:
    """An argument as the English sentence writes it: whole numbers with thousands
    separators, other numbers with up to six significant digits."""
    if isinstance(value, bool | str):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _data(value: Any) -> Any:
    if isinstance(value, Phrase):
        return value.data()
    if isinstance(value, str | int | float):
        return value
    return str(value)  # another layer's sentence (a model message): its English words


def _rebuilt(template: str, args: dict[str, Argument]) -> Phrase:
    return Phrase(template, **args)
