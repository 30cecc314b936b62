"""Stable identifiers for every object of a document."""

import uuid


def new_id() -> str:
    """A fresh random UUID as a string, used as the stable id of a model object."""
    return str(uuid.uuid4())
