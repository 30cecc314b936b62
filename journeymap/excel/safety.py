"""Checks a spreadsheet must pass before any parser sees it.

An .xlsx file is a zip archive of XML parts. A hostile one can unpack to gigabytes
(a zip bomb) or carry XML entity bombs; the second is refused by defusedxml, which
openpyxl uses when it is installed, the first by looking at the archive's directory
before anything is decompressed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from journeymap.storage.errors import DocumentFileError

#: The most an .xlsx may unpack to. 100,000 respondents x 20 answers is about 60 MB.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_PARTS = 10_000


def check_xlsx_archive(path: str | Path) -> None:
    """Refuse a file that is not a zip archive, or one that would unpack to more than
    the limits allow, before parsing it. Raises DocumentFileError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise DocumentFileError(path, "does not exist")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise DocumentFileError(
            path, "is not an Excel workbook (.xlsx), or it is damaged"
        ) from None
    if len(parts) > MAX_PARTS:
        raise DocumentFileError(path, f"holds {len(parts):,} parts; no workbook needs that many")
    total = sum(p.file_size for p in parts)
    if total > MAX_UNPACKED_BYTES:
        raise DocumentFileError(
            path, f"would unpack to {total / 2**20:,.0f} MB, more than the "
            f"{MAX_UNPACKED_BYTES / 2**20:,.0f} MB limit (a zip bomb?)",
        )  # fmt: skip
    if "[Content_Types].xml" not in {p.filename for p in parts}:
        raise DocumentFileError(path, "is a zip archive, but not an Excel workbook (.xlsx)")
    _refuse_dtds(path, parts)


def _refuse_dtds(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    """Office files never declare a DTD; one that does may hide an entity bomb or an
    external entity, whichever XML parser would read it. A DTD must come before the root
    element, so the head of each part is enough."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part in parts:
                if part.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(part) as stream:
                        head = stream.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise DocumentFileError(
                            path, f"part {part.filename} declares XML entities, refused for "
                            "safety (an XML bomb?)",
                        )  # fmt: skip
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise DocumentFileError(
            path, "is not an Excel workbook (.xlsx), or it is damaged"
        ) from None
