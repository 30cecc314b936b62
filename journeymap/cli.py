"""The command line: headless tools, and the GUI launcher."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``journeymap`` command."""
    print("journeymap", sys.argv[1:] if argv is None else argv)
    return 0
