"""Alt+letter accelerators for menu entries whose texts are data (lane kinds, lane names,
languages), not translated sources that carry their own "&"."""

from __future__ import annotations


def with_accelerator(text: str, taken: set[str]) -> str:
    """``text`` as a menu entry: its first letter or digit not in ``taken`` is marked with
    "&" (and added to ``taken``); an "&" of the text itself is doubled so Qt shows it."""
    escaped = text.replace("&", "&&")
    for i, char in enumerate(escaped):
        key = char.casefold()
        if char.isalnum() and key not in taken:
            taken.add(key)
            return f"{escaped[:i]}&{escaped[i:]}"
    return escaped  # every letter is taken: the entry is reached with the arrow keys
