"""Database URLs as messages name them: never with a password."""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError


def without_password(text: str) -> str:
    """A database URL as messages name it: without its password (also for a text that
    is no URL SQLAlchemy reads)."""
    try:
        url = make_url(text)
    except ArgumentError:
        return re.sub(r"(//[^/:@]*):[^@/]*@", r"\1@", text)
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)  # fmt: skip
    return bare.render_as_string(hide_password=False)
