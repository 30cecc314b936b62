"""Where a document came from in a team library, so that its next save there is checked
against the revision it was based on (issue 16)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.model.validation import InvalidValue

#: The longest library location or document name an origin keeps.
_MAX_TEXT = 2000
#: The optional fields of an origin and what each is; none is longer than this.
_OPTIONAL = {"library_id": "library id", "document_id": "document id"}
_MAX_OPTIONAL = 64


@dataclass(frozen=True)
class LibraryOrigin:
    """A library (its URL without a password), the document's name in it and the
    revision the document is based on; with the library's own id (the same library
    whatever URL reaches it) and the document's (a document deleted and made anew under
    the same name is another one), when the library gave them."""

    library: str
    name: str
    revision: int
    library_id: str = ""
    document_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The origin as a file keeps it."""
        data: dict[str, Any] = {"url": self.library, "name": self.name, "revision": self.revision}
        if self.library_id:
            data["library_id"] = self.library_id
        if self.document_id:
            data["document_id"] = self.document_id
        return data


def origin_from_dict(data: Any, path: str = "library") -> LibraryOrigin:
    """An origin read from a file, every field checked."""
    if not isinstance(data, dict):
        raise InvalidValue(f"{path}: expected an object with url, name and revision")
    unknown = sorted(set(data) - {"url", "name", "revision", *_OPTIONAL})
    if unknown:
        raise InvalidValue(f"{path}.{unknown[0]:.80}: unknown field of a library origin")
    for key in ("url", "name"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > _MAX_TEXT:
            raise InvalidValue(f"{path}.{key}: {value!r:.80} is not a library {key}")
    for key in _OPTIONAL:
        value = data.get(key, "")
        if not isinstance(value, str) or len(value) > _MAX_OPTIONAL:
            raise InvalidValue(f"{path}.{key}: {value!r:.80} is not a {_OPTIONAL[key]}")
    revision = data.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        raise InvalidValue(f"{path}.revision: {revision!r:.40} is not a revision number")
    return LibraryOrigin(data["url"], data["name"], revision,
                         data.get("library_id", ""), data.get("document_id", ""))  # fmt: skip
