"""The words and numbers of the workbook in the language of the file being written.

Each sheet module writes its labels through ``tr("…")`` (context "Workbook" of
journeymap/translations/journeymap_de.ts, the GUI's translation source); a label kept
as a key before it is written, such as a table's column title that formulas look up,
is marked with ``marked("…")`` where it is declared and translated with
``tr_marked(title)`` where the cell is written. tools/update_translations.py collects
both forms, so tests/test_i18n.py keeps the German complete. The language itself is
set around the whole export with ``journeymap.words.speaking``.

``say(message, language)`` says one of the model's messages (an import's refusals and
summary) in German from the sentences the GUI translates (context "Messages"), its
numbers with the decimal comma: "Wichtigkeit 1-5: 7 liegt außerhalb von 1 bis 5".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journeymap import words
from journeymap.model.messages import TEXTS, Figure, Message, english


def tr(text: str) -> str:
    """A label of the workbook in the language being written."""
    return words.translate("Workbook", text, words.spoken())


def marked(text: str) -> str:
    """Mark a label for translation where it is written (``tr_marked``); unchanged."""
    return text


def tr_marked(text: str) -> str:
    """A label marked with ``marked`` in the language being written."""
    return words.translate("Workbook", text, words.spoken())


def german() -> bool:
    """Whether the file being written is German."""
    return words.spoken() == "de"


#: Percentage points, as a German reader abbreviates them.
_GERMAN_POINTS = "Pp."


def number_text(text: str) -> str:
    """A number written as text ("-3.3 pp", "1,234") with the language's separators and
    its abbreviation of percentage points: "-3,3 Pp." and "1.234" in German."""
    if not german():
        return text
    return _german_number(text).replace(" pp", f" {_GERMAN_POINTS}")


def date_text(day: dt.date) -> str:
    """A date as text: 2026-12-01, or 01.12.2026 in German."""
    return day.strftime("%d.%m.%Y") if german() else day.isoformat()


#: The number format of a date cell; German files show it as DD.MM.YYYY (``shown_format``).
DATE_FORMAT = "yyyy-mm-dd"


def shown_format(number_format: str) -> str:
    """A cell's number format in the language being written: a date as 31.12.2026 and
    percentage points as "Pp." in German, 2026-12-31 and "pp" in English."""
    if not german():
        return number_format
    if number_format == DATE_FORMAT:
        return "DD.MM.YYYY"
    return number_format.replace('" pp"', f'" {_GERMAN_POINTS}"')


def quoted(text: str) -> str:
    """A text in the quotes of the language being written: “text”, „Text“ in German."""
    return f"„{text}“" if german() else f"“{text}”"


def shown_value(value: Any) -> str:
    """A cell's value as an import's change list shows it, in the language being
    written: a text quoted, yes/no as words, a number with the language's decimal sign,
    a date as ``date_text`` does, nothing (None or "") as "—"."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int | float):
        return number_text(f"{value:g}" if isinstance(value, float) else str(value))
    if isinstance(value, dt.date):
        return date_text(value)
    return quoted(str(value))


def _german_number(text: str) -> str:
    return text.translate(str.maketrans(".,", ",."))


def say(message: Message, language: str) -> str:
    """One of the model's messages in ``language``: English as the model says it, German
    from the GUI's translation of the same sentence."""
    if language != "de":
        return str(message)

    def shown(value: Any) -> str:
        if isinstance(value, bool):
            return words.translate("Messages", "yes" if value else "no", "de")
        if isinstance(value, Message):
            return say(value, language)
        if isinstance(value, Figure | float | int):
            return _german_number(english(value))
        if isinstance(value, tuple | list):
            return ", ".join(shown(v) for v in value)
        return english(value)

    params = {key: shown(value) for key, value in message.params.items()}
    return words.translate("Messages", TEXTS[message.code], "de").format(**params)
