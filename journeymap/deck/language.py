"""The deck's own words (context "Deck" of the GUI's translation source, collected by
tools/update_translations.py) in the language of the file being written. Words the deck
shares with the workbook (column titles, the formulas) are the workbook's, through
``journeymap.excel.language.tr_marked``, so both files say them alike."""

from __future__ import annotations

from journeymap import words


def tr(text: str) -> str:
    """A label of the deck in the language being written."""
    return words.translate("Deck", text, words.spoken())
