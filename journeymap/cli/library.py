"""``journeymap library``: a team library of journey documents with revisions (SQLite file
or PostgreSQL database; see docs/library.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from journeymap.cli.output import format_rows
from journeymap.errors import DocumentFileError
from journeymap.model.document import Document
from journeymap.storage import open_document, save_document
from journeymap.storage.library import (
    history,
    init_library,
    list_documents,
    pull,
    push,
    restore,
    shown_url,
)

URL_HELP = "the library: a path (a SQLite file) or a SQLAlchemy URL " \
           "(sqlite:///team.jmaplib, postgresql+psycopg://user@host/db)"  # fmt: skip


def _author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container without a passwd entry)
        return "unknown"


def cmd_init(args: argparse.Namespace) -> int:
    """Create an empty library."""
    init_library(args.url)
    print(f"Created the library {args.url}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """List the library's documents with their latest revision."""
    rows = [(e.name, e.owner, e.review_by or "", ", ".join(e.tags), e.revision, e.author,
             e.saved_at) for e in list_documents(args.url)]  # fmt: skip
    columns = ("name", "owner", "review by", "tags", "revision", "author", "saved")
    sys.stdout.write(format_rows(columns, rows, "table"))
    return 0


def _default_name(url: str, file: str, document: Document) -> str:
    """The document's name in the library it came from, else the file's stem."""
    origin = document.library_origin
    if origin is not None and origin.library == shown_url(url):
        return origin.name
    return Path(file).stem


def cmd_push(args: argparse.Namespace) -> int:
    """Save a document file as a new revision, checked against the revision the file came
    from, and remember the new revision in the file for the next push."""
    document = open_document(args.file)
    name = args.name if args.name is not None else _default_name(args.url, args.file, document)
    number = push(args.url, name, document, author=args.author, message=args.message)
    print(f"Saved “{name}” as revision {number}")
    try:
        save_document(document, args.file)
    except DocumentFileError as error:
        print(f"journeymap: {error}; the library has revision {number}, but the file does "
              "not know it: pull it before you push again", file=sys.stderr)  # fmt: skip
        return 1
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    """Write a revision of a document to a .jmap or .json file."""
    document, number = pull(args.url, args.name, args.revision)
    save_document(document, args.out)
    print(f"Wrote “{args.name}” revision {number} to {args.out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Save an old revision again as the newest."""
    number = restore(args.url, args.name, args.revision, author=args.author)
    print(f"Restored “{args.name}” revision {args.revision} as revision {number}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """List a document's revisions."""
    rows = [(r.number, "" if r.parent is None else r.parent, r.author, r.created_at,
             r.message) for r in history(args.url, args.name)]  # fmt: skip
    sys.stdout.write(format_rows(("revision", "parent", "author", "saved", "message"), rows,
                                 "table"))  # fmt: skip
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``library`` and its commands."""
    library = sub.add_parser("library", help="a team library of journeys with revisions",
                             description="A team library: documents shared in a SQLite file "
                             "or a PostgreSQL database, every save a revision.")  # fmt: skip
    commands = library.add_subparsers(title="commands", metavar="COMMAND",
                                      parser_class=type(library))  # fmt: skip
    init = commands.add_parser("init", help="create an empty library")
    init.add_argument("url", metavar="URL", help=URL_HELP)
    init.set_defaults(run=cmd_init)
    listing = commands.add_parser("list", help="the documents and their latest revision")
    listing.add_argument("url", metavar="URL", help=URL_HELP)
    listing.set_defaults(run=cmd_list)
    pushing = commands.add_parser(
        "push", help="save a file as a new revision",
        description="Save a .jmap or .json file as a new revision. A file pulled from "
        "the library (or pushed before) remembers the revision it came from; the push is "
        "refused and nothing is written when that is not the latest revision, or when the "
        "name is taken by a document the file did not come from. After the push the file "
        "remembers the new revision.",
    )  # fmt: skip
    pushing.add_argument("url", metavar="URL", help=URL_HELP)
    pushing.add_argument("file", metavar="FILE", help="the .jmap or .json file")
    pushing.add_argument(
        "--name",
        help="the document's name (default: the name it came "
        "from in this library, else the file's stem)",
    )
    pushing.add_argument("--message", default="", help="what changed")
    pushing.add_argument("--author", default=_author(),
                         help="who saves (default: your login name)")  # fmt: skip
    pushing.set_defaults(run=cmd_push)
    pulling = commands.add_parser("pull", help="write a revision to a file")
    pulling.add_argument("url", metavar="URL", help=URL_HELP)
    pulling.add_argument("name", metavar="NAME", help="the document's name")
    pulling.add_argument("out", metavar="OUT", help="the .jmap or .json file to write")
    pulling.add_argument("--revision", type=int, metavar="N", help="default: the latest")
    pulling.set_defaults(run=cmd_pull)
    past = commands.add_parser("history", help="a document's revisions")
    past.add_argument("url", metavar="URL", help=URL_HELP)
    past.add_argument("name", metavar="NAME", help="the document's name")
    past.set_defaults(run=cmd_history)
    back = commands.add_parser(
        "restore", help="save an old revision again as the newest (the history keeps all)"
    )
    back.add_argument("url", metavar="URL", help=URL_HELP)
    back.add_argument("name", metavar="NAME", help="the document's name")
    back.add_argument("--revision", type=int, metavar="N", required=True,
                      help="the revision to restore")  # fmt: skip
    back.add_argument("--author", default=_author(), metavar="WHO",
                      help="who restores it (default: the login name)")  # fmt: skip
    back.set_defaults(run=cmd_restore)
