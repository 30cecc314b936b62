"""Checks a spreadsheet must pass before any parser sees it.

An .xlsx file is a zip archive of XML parts. A hostile one can unpack to gigabytes
(a zip bomb) or carry XML entity bombs; the second is refused by defusedxml, which
openpyxl uses when it is installed, and by reading each part's prolog up to its root
element (a DTD can only stand there), the first by looking at the archive's directory
before anything is decompressed.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path
from typing import BinaryIO, Final

from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: The most an .xlsx may unpack to. 100,000 respondents x 20 answers is about 60 MB.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_PARTS = 10_000
#: Comments and processing instructions before an XML part's root: a few hundred bytes in
#: every real file.
MAX_PROLOG_BYTES: Final = 1024 * 1024
_PROLOG_BLOCK: Final = 64 * 1024
#: One item of a prolog (after whitespace): a comment, a processing instruction, a
#: declaration or the start of the root element, complete up to its end.
_PROLOG_ITEM: Final = re.compile(
    rb"\s*(<!--.*?-->|<\?.*?\?>|<![^>]*>|<[^!?][^>]*>|[^<\s][^<]*)", re.DOTALL
)
_ENCODING: Final = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


def check_xlsx_archive(path: str | Path) -> None:
    """Refuse a file that is not a zip archive, or one that would unpack to more than
    the limits allow, before parsing it. Raises DocumentFileError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise DocumentFileError(path, phrase("does not exist"))
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise DocumentFileError(
            path, phrase("is not an Excel workbook (.xlsx), or it is damaged")
        ) from None
    if len(parts) > MAX_PARTS:
        raise DocumentFileError(
            path, phrase("holds {count} parts; no workbook needs that many", count=len(parts))
        )
    total = sum(p.file_size for p in parts)
    if total > MAX_UNPACKED_BYTES:
        raise DocumentFileError(
            path, phrase("would unpack to {size} MB, more than the {limit} MB limit (a zip bomb?)",
                         size=round(total / 2**20), limit=round(MAX_UNPACKED_BYTES / 2**20)),
        )  # fmt: skip
    if "[Content_Types].xml" not in {p.filename for p in parts}:
        raise DocumentFileError(path, phrase("is a zip archive, but not an Excel workbook (.xlsx)"))
    _refuse_dtds(path, parts)


def _refuse_dtds(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    """Office files never declare a DTD; one that does may hide an entity bomb or an
    external entity, whichever XML parser would read it. A DTD must come before the root
    element, so each part's prolog is read up to its root, however long its comments."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part in parts:
                if part.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(part) as stream:
                        problem = prolog_problem(stream)
                    if problem:
                        raise DocumentFileError(
                            path,
                            phrase("part {part} {problem}", part=part.filename, problem=problem),
                        )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise DocumentFileError(
            path, phrase("is not an Excel workbook (.xlsx), or it is damaged")
        ) from None


def prolog_problem(stream: BinaryIO) -> str:
    """Why the prolog of an XML part (everything before its root element) is refused,
    or "" when it is fine. Refused: a DTD or entity declaration, an encoding other than
    UTF-8 (a byte search for "<!DOCTYPE" cannot see one in UTF-16 or UTF-7), and a
    prolog longer than MAX_PROLOG_BYTES."""
    data = stream.read(_PROLOG_BLOCK)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        return phrase("is not UTF-8 text, refused for safety (Excel writes only UTF-8)")
    position = 3 if data.startswith(codecs.BOM_UTF8) else 0
    while True:
        match = _PROLOG_ITEM.match(data, position)
        if match is None or match.end() == len(data):  # cut short: read on
            more = stream.read(_PROLOG_BLOCK) if len(data) < MAX_PROLOG_BYTES else b""
            if not more:
                break
            data += more
            continue
        item = match.group(1)
        if item.startswith(b"<!") and not item.startswith(b"<!--"):  # <!DOCTYPE, <!ENTITY
            return phrase("declares XML entities, refused for safety (an XML bomb?)")
        if item.startswith(b"<?xml"):
            declared = _ENCODING.search(item)
            if declared and declared.group(1).lower() not in (b"utf-8", b"utf8", b"us-ascii"):
                name = declared.group(1).decode("ascii", "replace")[:40]
                return phrase("declares the encoding {name}, refused for safety (Excel writes "
                              "UTF-8)", name=name)  # fmt: skip
        if not item.startswith((b"<?", b"<!--")):
            return ""  # the root element: the prolog is over
        position = match.end()
    if len(data) >= MAX_PROLOG_BYTES:
        return phrase("has more than {size} KB before its first element, refused",
                      size=str(MAX_PROLOG_BYTES // 1024))  # fmt: skip
    return ""
