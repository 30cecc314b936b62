"""The ``journeymap`` command: headless tools, and the GUI when no tool is named."""

from __future__ import annotations

import argparse
import os
import sys

from journeymap import __version__
from journeymap.cli import (
    discover,
    documents,
    excel,
    library,
    opportunities,
    pictures,
    slides,
    suggest,
    survey,
)
from journeymap.model.validation import InvalidValue
from journeymap.storage import DocumentFileError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line on stderr, exit 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand."""
    parser = _Parser(
        prog="journeymap",
        description="Customer-journey mapping for CX teams. Without a command, "
        "`journeymap [FILE] [--sample NAME] [--lang en|de] [--screenshot OUT.png]` opens "
        "the editor on FILE or on a copy of a bundled sample, in that language; "
        "--screenshot saves a PNG of the window after its first paint and exits.",
    )
    parser.add_argument("--version", action="version", version=f"journeymap {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    documents.add_parsers(sub)
    formats = (*pictures.MAP_FORMATS, *slides.DECK_FORMATS)
    pictures.add_options(excel.add_parsers(sub, formats=formats))
    survey.add_parsers(sub)
    opportunities.add_parsers(sub)
    suggest.add_parsers(sub)
    discover.add_parsers(sub)
    library.add_parsers(sub)
    return parser


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def launch_gui(argv: list[str]) -> int:
    """Open the desktop editor (Qt is imported only now)."""
    from journeymap.ui.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv or (
        argv[0] not in _commands(parser) and argv[0] not in ("-h", "--help", "--version")
    ):
        runner, args = launch_gui, argv
    else:
        parsed = parser.parse_args(argv)
        if not hasattr(parsed, "run"):
            parser.print_help()
            return 2
        runner, args = parsed.run, parsed
    try:
        return runner(args)
    except (DocumentFileError, documents.CommandError, InvalidValue) as error:
        print(f"journeymap: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as error:  # e.g. a name too long for the file system
        name = str(error.filename or "")[:200]
        print(f"journeymap: {name}: {error.strerror or error}", file=sys.stderr)
        return 1
    except (RecursionError, MemoryError) as error:
        print(f"journeymap: the input is too large or too deeply nested ({type(error).__name__})",
              file=sys.stderr)  # fmt: skip
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback for the user; JOURNEYMAP_DEBUG shows it
        if os.environ.get("JOURNEYMAP_DEBUG"):
            raise
        print(f"journeymap: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
