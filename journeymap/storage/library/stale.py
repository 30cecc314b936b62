"""Stale maps: documents past their review-by date or unchanged for too long. The rule is
stale_reason, a pure function; stale_documents applies it to the library's listing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import shown_url
from journeymap.storage.library.documents import DocumentEntry, list_documents


@dataclass(frozen=True)
class StaleDocument:
    """A document that wants a review, and why."""

    entry: DocumentEntry
    reason: str


def stale_reason(review_by: str | None, saved_at: str, *, today: dt.date,
                 unchanged_days: int) -> str | None:  # fmt: skip
    """Why a document is stale, or None: its review-by date is before ``today`` (on the
    day itself it is still in time), or its latest revision (``saved_at``, ISO 8601 UTC)
    is more than ``unchanged_days`` days before ``today``. Both reasons when both hold."""
    reasons = []
    if review_by is not None:
        try:
            due = dt.date.fromisoformat(review_by)
        except ValueError:
            reasons.append(f"review-by “{review_by}” is no date")
        else:
            if due < today:
                reasons.append(f"review was due {review_by}")
    unchanged = (today - dt.datetime.fromisoformat(saved_at).date()).days
    if unchanged > unchanged_days:
        reasons.append(f"unchanged for {unchanged} days")
    return "; ".join(reasons) or None


def stale_documents(url: str, *, unchanged_days: int,
                    today: dt.date | None = None) -> list[StaleDocument]:  # fmt: skip
    """The documents (not deleted) past their review-by date or whose latest revision is
    older than ``unchanged_days`` days, by name, each with the reason; ``today`` is the
    UTC date unless given."""
    if unchanged_days < 0:
        raise LibraryError(shown_url(url), f"cannot look for maps unchanged for "
                           f"{unchanged_days} days (give 0 or more)")  # fmt: skip
    day = today if today is not None else dt.datetime.now(dt.UTC).date()
    found = []
    for entry in list_documents(url):
        reason = stale_reason(entry.review_by, entry.saved_at, today=day,
                              unchanged_days=unchanged_days)  # fmt: skip
        if reason is not None:
            found.append(StaleDocument(entry, reason))
    return found
