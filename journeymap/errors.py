"""The one error that reading or writing a file raises, shared by every layer that reads
files from outside (storage, survey, excel, safety), so none of them imports another for it."""

from __future__ import annotations

from pathlib import Path


class DocumentFileError(Exception):
    """A file could not be read or written; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class LibraryError(DocumentFileError):
    """A team library refused a request; the message names the library's URL (never its
    password) and the problem. A DocumentFileError, so every tool reports it the same way."""
