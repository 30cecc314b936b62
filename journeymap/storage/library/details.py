"""A document's details in the library: its owner, review-by date and tags. They describe
the document rather than its content, so setting them makes no revision."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import shown_url, transaction
from journeymap.storage.library.documents import document_id
from journeymap.storage.library.schema import check_schema, documents
from journeymap.words import phrase

#: The longest tag the library keeps (characters).
MAX_TAG_LENGTH = 100
#: The words that clear the review-by date.
NO_DATE = ("", "none")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _no_nul(shown: str, what: str, text: str) -> None:
    if "\x00" in text:  # PostgreSQL's text cannot hold it
        raise LibraryError(shown, phrase("{what} cannot hold a NUL character", what=what))


def review_date(shown: str, text: str) -> str | None:
    """The review-by date as stored: an ISO date YYYY-MM-DD, or None for "none" or ""."""
    text = text.strip()
    if text.lower() in NO_DATE:
        return None
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise LibraryError(shown, phrase("the review-by date “{text}” is no date (give "
                                         "YYYY-MM-DD, e.g. 2026-10-01, or none)",
                                         text=f"{text:.40}")) from None  # fmt: skip


def clean_tags(shown: str, tags: Iterable[str]) -> list[str]:
    """The tags as stored: trimmed, empty ones dropped, each once (the first spelling when
    they differ only in case, as search does not tell them apart); one longer than
    MAX_TAG_LENGTH is refused."""
    kept: dict[str, str] = {}
    for tag in (t.strip() for t in tags):
        _no_nul(shown, phrase("a tag"), tag)
        if len(tag) > MAX_TAG_LENGTH:
            raise LibraryError(shown, phrase("the tag “{tag}…” is longer than {limit} "
                                             "characters", tag=f"{tag:.40}",
                                             limit=str(MAX_TAG_LENGTH)))  # fmt: skip
        if tag:
            kept.setdefault(tag.casefold(), tag)
    return list(kept.values())


def set_details(url: str, name: str, *, owner: str | None = None,
                review_by: str | dt.date | None = None,
                tags: Iterable[str] | None = None) -> None:  # fmt: skip
    """Set the owner, review-by date (an ISO date, or "none" to clear it) and tags of
    ``name``; only what is given changes (None leaves it as it is; tags=[] clears them).
    No revision is made: these describe the document, not its content."""
    shown = shown_url(url)
    values: dict[str, str | None] = {}
    if owner is not None:
        _no_nul(shown, phrase("an owner"), owner)
        values["owner"] = owner.strip()
    if review_by is not None:
        text = review_by.isoformat() if isinstance(review_by, dt.date) else review_by
        values["review_by"] = review_date(shown, text)
    if tags is not None:
        values["tags"] = json.dumps(clean_tags(shown, tags), ensure_ascii=False)
    with transaction(url) as (connection, shown):
        check_schema(connection, shown, upgrade=True)
        found = document_id(connection, shown, name)
        if values:
            connection.execute(documents.update().where(documents.c.id == found).values(values))
