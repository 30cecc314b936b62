"""Which kind of file a contact log is, and the name of the reader a message gives it."""

from __future__ import annotations

from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.survey.readers import XLSX_SUFFIXES
from journeymap.words import phrase

XES_SUFFIXES = (".xes",)


def is_xes(path: Path) -> bool:
    """Whether the log is an XES event log (by its name)."""
    return path.suffix.lower() in XES_SUFFIXES


def is_xlsx(path: Path) -> bool:
    """Whether the log is an Excel workbook (by its name); else it is read as CSV."""
    return path.suffix.lower() in XLSX_SUFFIXES


def checked_log(path: str | Path) -> tuple[Path, str]:
    """The log's path and its reader's name for the sandbox's messages ("XES reader",
    "spreadsheet reader", "CSV reader"); DocumentFileError naming a path that is no file."""
    path = Path(path)
    if not path.is_file():
        problem = phrase("does not exist") if not path.exists() else phrase("is not a file")
        raise DocumentFileError(path, problem)
    if is_xes(path):
        return path, phrase("XES reader")
    return path, phrase("spreadsheet reader") if is_xlsx(path) else phrase("CSV reader")
