"""Document files: .jmap (SQLite through SQLAlchemy) and .json interchange. No Qt here.

For the editor, the protection against lost updates (see ``ondisk``)::

    doc, stamp = open_document_stamped(path)
    ...                                   # the user edits
    try:
        stamp = save_document(doc, path, expected=stamp)
    except DocumentChangedOnDisk:         # another program changed the file
        ...  # offer "Save as a copy" (save_document(doc, other_path)),
        ...  # "Compare with the file on disk" (open_document(path)), or
        stamp = save_document(doc, path, expected=stamp, force=True)  # replace it

A file of an older schema version opens migrated, in memory only: ``doc.migrated_from``
is its old version (else None), for a one-line notice; the next save writes the current
version (docs/file-format.md).
"""

from __future__ import annotations

from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.model.document import Document
from journeymap.storage.ondisk import DocumentChangedOnDisk, FileStamp, document_lock
from journeymap.words import phrase

FILE_TYPES = (".jmap", ".json")


def _kind(location: str | Path) -> str:
    if "://" in str(location):
        return ".jmap"
    suffix = Path(location).suffix.lower()
    if suffix not in FILE_TYPES:
        raise DocumentFileError(location, phrase("has an unknown file type (use .jmap or .json)"))
    return suffix


def open_document_stamped(location: str | Path) -> tuple[Document, FileStamp | None]:
    """Open a .jmap or .json file (or a database URL) with the stamp of the bytes read
    (None for a database server); DocumentFileError when it is bad."""
    if _kind(location) == ".json":
        from journeymap.storage.jsonfile import open_json_stamped

        return open_json_stamped(location)
    from journeymap.storage.jmap import open_jmap_stamped  # SQLAlchemy loads only when needed

    return open_jmap_stamped(location)


def open_document(location: str | Path) -> Document:
    """Open a .jmap or .json file (or a database URL); DocumentFileError when it is bad."""
    return open_document_stamped(location)[0]


def save_document(
    doc: Document,
    location: str | Path,
    expected: FileStamp | None = None,
    force: bool = False,
) -> FileStamp | None:
    """Save as .jmap or .json, chosen by the extension; atomic for files. With
    ``expected`` (the stamp from ``open_document_stamped``) and not ``force``, the file
    must still be the one read, else DocumentChangedOnDisk and nothing is written.
    Returns the new file's stamp, to pass as ``expected`` to the next save."""
    check = None if force else expected
    if _kind(location) == ".json":
        from journeymap.storage.jsonfile import save_json

        return save_json(doc, location, check)
    from journeymap.storage.jmap import save_jmap

    return save_jmap(doc, location, check)


__all__ = [
    "FILE_TYPES",
    "DocumentChangedOnDisk",
    "DocumentFileError",
    "FileStamp",
    "document_lock",
    "open_document",
    "open_document_stamped",
    "save_document",
]
