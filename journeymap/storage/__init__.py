"""Document files: .jmap (SQLite through SQLAlchemy) and .json interchange. No Qt here."""

from __future__ import annotations

from pathlib import Path

from journeymap.model.document import Document
from journeymap.storage.errors import DocumentFileError

FILE_TYPES = (".jmap", ".json")


def _kind(location: str | Path) -> str:
    if "://" in str(location):
        return ".jmap"
    suffix = Path(location).suffix.lower()
    if suffix not in FILE_TYPES:
        raise DocumentFileError(location, "has an unknown file type (use .jmap or .json)")
    return suffix


def open_document(location: str | Path) -> Document:
    """Open a .jmap or .json file (or a database URL); DocumentFileError when it is bad."""
    if _kind(location) == ".json":
        from journeymap.storage.jsonfile import open_json

        return open_json(location)
    from journeymap.storage.jmap import open_jmap  # SQLAlchemy loads only when needed

    return open_jmap(location)


def save_document(doc: Document, location: str | Path) -> None:
    """Save as .jmap or .json, chosen by the extension; atomic for files."""
    if _kind(location) == ".json":
        from journeymap.storage.jsonfile import save_json

        save_json(doc, location)
        return
    from journeymap.storage.jmap import save_jmap

    save_jmap(doc, location)


__all__ = ["FILE_TYPES", "DocumentFileError", "open_document", "save_document"]
