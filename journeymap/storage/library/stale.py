"""Stale maps: documents past their review-by date or unchanged for too long. The rule is
stale_reason, a pure function; stale_documents applies it to the library's listing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journeymap.errors import LibraryError
from journeymap.model.messages import Message, message
from journeymap.storage.library.connection import shown_url
from journeymap.storage.library.documents import DocumentEntry, list_documents
from journeymap.words import phrase


@dataclass(frozen=True)
class StaleDocument:
    """A document that wants a review, and why (each reason a sentence the GUI says in
    its language)."""

    entry: DocumentEntry
    reasons: tuple[Message, ...]

    @property
    def reason(self) -> str:
        """The reasons in English, as the command line prints them."""
        return "; ".join(str(reason) for reason in self.reasons)


def stale_reason(review_by: str | None, saved_at: str, *, today: dt.date,
                 unchanged_days: int) -> tuple[Message, ...]:  # fmt: skip
    """Why a document is stale (none: it is not): its review-by date is before ``today``
    (on the day itself it is still in time), or its latest revision (``saved_at``, ISO
    8601 UTC) is more than ``unchanged_days`` days before ``today``; both when both hold."""
    reasons = []
    if review_by is not None:
        try:
            due = dt.date.fromisoformat(review_by)
        except ValueError:
            reasons.append(message("library.review_not_a_date", value=review_by))
        else:
            if due < today:
                reasons.append(message("library.review_due", date=review_by))
    unchanged = (today - dt.datetime.fromisoformat(saved_at).date()).days
    if unchanged > unchanged_days:
        reasons.append(message("library.unchanged", days=unchanged))
    return tuple(reasons)


def stale_documents(url: str, *, unchanged_days: int,
                    today: dt.date | None = None) -> list[StaleDocument]:  # fmt: skip
    """The documents (not deleted) past their review-by date or whose latest revision is
    older than ``unchanged_days`` days, by name, each with the reason; ``today`` is the
    UTC date unless given."""
    if unchanged_days < 0:
        raise LibraryError(shown_url(url), phrase("cannot look for maps unchanged for {days} "
                                                  "days (give 0 or more)",
                                                  days=str(unchanged_days)))  # fmt: skip
    day = today if today is not None else dt.datetime.now(dt.UTC).date()
    found = []
    for entry in list_documents(url):
        reasons = stale_reason(entry.review_by, entry.saved_at, today=day,
                               unchanged_days=unchanged_days)  # fmt: skip
        if reasons:
            found.append(StaleDocument(entry, reasons))
    return found
