"""The error every command raises for a problem the user can fix."""

from pathlib import Path


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def refuse_existing(out: Path, force: bool) -> None:
    """Refuse to write over a file that is there, unless --force says to replace it."""
    if out.exists() and not force:
        raise CommandError(f"{out}: exists already (use --force to replace it)")
