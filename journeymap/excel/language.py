"""The words and numbers of the workbook in the language of the file being written.

Each sheet module writes its labels through ``tr("…")`` (context "Workbook" of
journeymap/translations/journeymap_de.ts, the GUI's translation source); a label kept
as a key before it is written, such as a table's column title that formulas look up,
is marked with ``marked("…")`` where it is declared and translated with
``tr_marked(title)`` where the cell is written. tools/update_translations.py collects
both forms, so tests/test_i18n.py keeps the German complete. The language itself is
set around the whole export with ``journeymap.words.speaking``.
"""

from __future__ import annotations

import datetime as dt

from journeymap import words


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


def number_text(text: str) -> str:
    """A number written as text ("-3.3 pp", "1,234") with the language's separators:
    "-3,3 pp" and "1.234" in German."""
    return text.translate(str.maketrans(".,", ",.")) if german() else text


def date_text(day: dt.date) -> str:
    """A date as text: 2026-12-01, or 01.12.2026 in German."""
    return day.strftime("%d.%m.%Y") if german() else day.isoformat()
