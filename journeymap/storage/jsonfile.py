"""The JSON interchange format (.json): readable, versioned, diff-friendly.

See docs/file-format.md. The shape is journeymap.model.serialize's.
"""

from __future__ import annotations

import json
from pathlib import Path

from journeymap.model.document import Document
from journeymap.model.serialize import document_from_dict, document_to_dict
from journeymap.model.validation import InvalidValue
from journeymap.storage.atomic import atomic_write
from journeymap.storage.errors import DocumentFileError

#: Refuse to parse JSON files larger than this; no journey document comes near it.
MAX_JSON_BYTES = 200 * 1024 * 1024


def dumps(doc: Document) -> str:
    """The document as JSON text, indented, keys in a stable order."""
    return json.dumps(document_to_dict(doc), indent=2, ensure_ascii=False) + "\n"


def save_json(doc: Document, path: str | Path) -> None:
    """Write a document as JSON, atomically."""
    text = dumps(doc)
    atomic_write(path, lambda temp: temp.write_text(text, encoding="utf-8"))


def loads(text: str, path: str | Path) -> Document:
    """Parse and check JSON text; errors name the file and the bad value's path."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentFileError(
            path, f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    try:
        return document_from_dict(data)
    except (InvalidValue, TypeError) as error:
        raise DocumentFileError(path, str(error)) from None


def open_json(path: str | Path) -> Document:
    """Read a .json document file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise DocumentFileError(path, "is too large to be a journeymap document")
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentFileError(path, f"cannot be read: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentFileError(path, "is not UTF-8 text, so not a journeymap JSON file") from None
    return loads(text, path)
