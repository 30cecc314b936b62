"""The JSON interchange format (.json): readable, versioned, diff-friendly.

See docs/file-format.md. The shape is journeymap.model.serialize's. Parsing is strict:
a key given twice in one object is refused (JSON parsers disagree on which one wins),
and every failure of the parser (nesting past the recursion limit, a number of more
than 4,300 digits) is a message naming the file, never an internal error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from journeymap.errors import DocumentFileError
from journeymap.model.document import Document
from journeymap.model.serialize import document_from_dict, document_to_dict
from journeymap.model.validation import InvalidValue
from journeymap.storage.atomic import atomic_write
from journeymap.storage.limits import check_object_counts, object_counts
from journeymap.storage.ondisk import FileStamp, read_stamped
from journeymap.words import phrase


def dumps(doc: Document) -> str:
    """The document as JSON text, indented, keys in a stable order."""
    return json.dumps(document_to_dict(doc), indent=2, ensure_ascii=False) + "\n"


def save_json(doc: Document, path: str | Path, expected: FileStamp | None = None) -> FileStamp:
    """Write a document as JSON, atomically (see ``atomic_write`` for ``expected``)."""
    check_object_counts(object_counts(doc), path)
    try:
        text = dumps(doc).encode("utf-8")
    except (UnicodeEncodeError, ValueError) as error:
        raise DocumentFileError(
            path, phrase("could not be written: {reason}", reason=str(error))
        ) from None
    return atomic_write(path, lambda temp: temp.write_bytes(text), expected)


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(f"the key {key[:80]!r} appears twice in one object")
            seen.add(key)
    return data


def _parse(text: str, path: str | Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise DocumentFileError(
            path,
            phrase(
                "is not valid JSON (line {line}, column {column}: {reason})",
                line=str(error.lineno),
                column=str(error.colno),
                reason=error.msg,
            ),
        ) from None
    except _DuplicateKey as error:
        raise DocumentFileError(
            path, phrase("is not a valid journeymap file: {reason}", reason=str(error))
        ) from None
    except RecursionError:
        raise DocumentFileError(
            path, phrase("is nested far too deeply to be a journeymap file")
        ) from None
    except ValueError as error:
        if "integer string conversion" in str(error):
            raise DocumentFileError(
                path,
                phrase(
                    "holds a number of more than {digits} digits",
                    digits=sys.get_int_max_str_digits(),
                ),
            ) from None
        raise DocumentFileError(
            path, phrase("holds a value that cannot be read: {reason}", reason=str(error))
        ) from None


def _count_objects(data: Any) -> dict[str, int]:
    """The object counts of parsed data, to bound them before building anything."""
    counts = dict.fromkeys(("journeys", "touchpoints", "transitions", "stages"), 0)
    if not isinstance(data, dict):
        return counts
    journeys = data.get("journeys")
    journeys = journeys if isinstance(journeys, list) else []
    personas = data.get("personas")
    counts["personas"] = len(personas) if isinstance(personas, list) else 0
    opportunities = data.get("opportunities")
    opportunities = opportunities if isinstance(opportunities, list) else []
    counts["opportunities"] = len(opportunities)
    counts["solutions"] = sum(
        len(o["solutions"]) for o in opportunities
        if isinstance(o, dict) and isinstance(o.get("solutions"), list)
    )  # fmt: skip
    counts["journeys"] = len(journeys)
    for journey in journeys:
        if isinstance(journey, dict):
            for kind in ("stages", "touchpoints", "transitions", "measurements", "lanes",
                         "observed_paths"):  # fmt: skip
                items = journey.get(kind)
                counts[kind] = counts.get(kind, 0) + (len(items) if isinstance(items, list) else 0)
            lanes = journey.get("lanes")
            for lane in lanes if isinstance(lanes, list) else []:
                notes = lane.get("notes") if isinstance(lane, dict) else None
                counts["notes"] = counts.get("notes", 0) + (
                    len(notes) if isinstance(notes, list) else 0
                )
    return counts


def loads(text: str, path: str | Path) -> Document:
    """Parse and check JSON text; errors name the file and the bad value's path."""
    data = _parse(text, path)
    check_object_counts(_count_objects(data), path)
    try:
        return document_from_dict(data)
    except (InvalidValue, TypeError) as error:
        # the model's own sentence, which the GUI says in its language
        reason = error.message if isinstance(error, InvalidValue) and error.message else error
        raise DocumentFileError(path, phrase("{reason}", reason=reason)) from None


def open_json_stamped(path: str | Path) -> tuple[Document, FileStamp]:
    """Read a .json document file, with the stamp of the bytes read."""
    raw, stamp = read_stamped(Path(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentFileError(
            path, phrase("is not UTF-8 text, so not a journeymap JSON file")
        ) from None
    return loads(text, path), stamp
