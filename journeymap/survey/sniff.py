"""Guessing how a CSV file is written: its encoding and its delimiter.

Survey tools write UTF-8 (sometimes with a byte-order mark); German Excel writes
Windows-1252 ("cp1252") with semicolons, and Excel's "Unicode text" is UTF-16 with tabs.
Only the start of the file is read here; the readers stream the rest.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: How much of the file the encoding guess looks at; reading it costs a few milliseconds.
SAMPLE_BYTES = 1024 * 1024
#: The header must end within this many bytes: no survey export has a longer one, and a
#: file without a line break here (binary data, one 50 MB line) is refused before parsing.
MAX_HEADER_BYTES = 64 * 1024
#: Tried in this order; on a tie the earlier one wins.
DELIMITERS = (";", "\t", ",")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control characters that never appear in text exports (tab, line feed, form feed and
#: carriage return are fine).
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})


@dataclass(frozen=True)
class TextFormat:
    """How a CSV file is written."""

    encoding: str  # a Python codec name: utf-8, utf-8-sig, utf-16 or cp1252
    delimiter: str


def sniff_text(path: str | Path, encoding: str | None = None) -> TextFormat:
    """Guess the encoding (unless given) and the delimiter of a CSV file from its start.

    Raises DocumentFileError naming the file when it is empty, binary, or has no line
    break within its first 64 KB."""
    try:
        with open(path, "rb") as stream:
            sample = stream.read(SAMPLE_BYTES)
    except OSError as error:
        raise DocumentFileError(
            path, phrase("cannot be read: {reason}", reason=str(error.strerror))
        ) from None
    if not sample.strip():
        raise DocumentFileError(path, phrase("is empty"))
    if encoding is None:
        encoding = _guess_encoding(path, sample)
    text = _decode_start(path, sample, encoding)
    head = text[: MAX_HEADER_BYTES // 2] if encoding == "utf-16" else text[:MAX_HEADER_BYTES]
    if "\n" not in head and "\r" not in head and len(sample) >= MAX_HEADER_BYTES:
        raise DocumentFileError(
            path, phrase("has no line break in its first 64 KB: not a survey export (CSV)")
        )
    return TextFormat(encoding, _guess_delimiter(head))


def _guess_encoding(path: str | Path, sample: bytes) -> str:
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if sample.startswith(b"PK\x03\x04"):
        raise DocumentFileError(
            path, phrase("is a zip archive (an Excel workbook?), not CSV text; name it .xlsx")
        )
    if b"\x00" in sample:
        raise DocumentFileError(path, phrase("contains NUL bytes: it is binary data, not CSV text"))
    start = sample[:MAX_HEADER_BYTES]
    if sum(start.count(c) for c in _CONTROL) > len(start) // 100:
        raise DocumentFileError(path, phrase("is binary data, not CSV text"))
    try:
        # final=False: the sample may end inside a multi-byte character
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1252"  # German Excel's "CSV (Trennzeichen-getrennt)"
    return "utf-8"


def _decode_start(path: str | Path, sample: bytes, encoding: str) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        raise DocumentFileError(path, phrase("is neither UTF-8 nor Windows-1252 text")) from None


def _guess_delimiter(head: str) -> str:
    """The delimiter that splits the header, and the following lines into as many
    columns: consistency beats count, so that German decimal commas in a semicolon file
    ("4,0;5,0") do not make the comma win. When none splits the header (one column), the
    one that splits no line either."""
    lines = head.splitlines()
    if len(lines) > 1 and not head.endswith(("\n", "\r")):
        lines.pop()  # the sample cut the last line short
    text = "\n".join(line for line in lines[:50] if line.strip())
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
        if widths:
            consistent = sum(w == widths[0] for w in widths) / len(widths)
            score = (widths[0] > 1, consistent, widths[0])  # splitting the header first
            if score > best_score:
                best, best_score = delimiter, score
    return best
