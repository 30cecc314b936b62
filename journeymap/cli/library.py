"""``journeymap library``: a team library of journey documents with revisions (SQLite file
or PostgreSQL database; see docs/library.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from journeymap.cli.errors import refuse_existing
from journeymap.cli.output import format_rows
from journeymap.errors import DocumentFileError, LibraryError
from journeymap.model.document import Document
from journeymap.storage import open_document, save_document
from journeymap.storage.library import (
    delete_document,
    deleted_documents,
    history,
    init_library,
    list_documents,
    pull,
    purge_document,
    push,
    restore,
    set_details,
    shown_url,
    stale_documents,
    undelete_document,
    upgrade_library,
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


#: How long a map may stay unchanged before ``list --stale`` names it (days).
STALE_DAYS = 180


def cmd_list(args: argparse.Namespace) -> int:
    """List the library's documents with their latest revision, or the deleted ones, or
    those that want a review."""
    if args.days is not None and not args.stale:
        raise LibraryError(shown_url(args.url), "--days goes with --stale")
    if args.deleted:
        columns = ("name", "deleted by", "deleted")
        rows = [(e.name, e.deleted_by, e.deleted_at) for e in deleted_documents(args.url)]
    elif args.stale:
        days = STALE_DAYS if args.days is None else args.days
        columns = ("name", "owner", "review by", "revision", "saved", "reason")
        rows = [(s.entry.name, s.entry.owner, s.entry.review_by or "", s.entry.revision,
                 s.entry.saved_at, s.reason)
                for s in stale_documents(args.url, unchanged_days=days)]  # fmt: skip
    else:
        columns = ("name", "owner", "review by", "tags", "revision", "author", "saved")
        rows = [(e.name, e.owner, e.review_by or "", ", ".join(e.tags), e.revision, e.author,
                 e.saved_at) for e in list_documents(args.url, args.search)]  # fmt: skip
    sys.stdout.write(format_rows(columns, rows, "table"))
    return 0


def _default_name(file: str, document: Document) -> str:
    """The document's name in the library it came from, else the file's stem."""
    origin = document.library_origin
    return origin.name if origin is not None else Path(file).stem


def cmd_push(args: argparse.Namespace) -> int:
    """Save a document file as a new revision, checked against the revision the file came
    from, and remember the new revision in the file for the next push."""
    document = open_document(args.file)
    name = args.name if args.name is not None else _default_name(args.file, document)
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
    """Write a revision of a document to a .jmap or .json file (a file there only with
    --force: it may hold changes not pushed yet)."""
    refuse_existing(Path(args.out), args.force)
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


def cmd_delete(args: argparse.Namespace) -> int:
    """Delete a document recoverably."""
    delete_document(args.url, args.name, author=args.author)
    print(f"Deleted “{args.name}” (bring it back with `journeymap library undelete`)")
    return 0


def cmd_undelete(args: argparse.Namespace) -> int:
    """Bring a deleted document back with all its revisions."""
    undelete_document(args.url, args.name)
    print(f"Brought “{args.name}” back with all its revisions")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """Remove a deleted document and all its revisions for good."""
    if not args.yes:
        raise LibraryError(shown_url(args.url), f"purging “{args.name}” removes it and all its "
                           "revisions for good; add --yes to do it")  # fmt: skip
    purge_document(args.url, args.name)
    print(f"Purged “{args.name}” and all its revisions")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    """Set a document's owner, review-by date or tags (no revision is made)."""
    tags = [] if args.clear_tags else args.tag
    if args.owner is None and args.review_by is None and tags is None:
        raise LibraryError(shown_url(args.url), "nothing to set: give --owner, --review-by, "
                           "--tag or --clear-tags")  # fmt: skip
    set_details(args.url, args.name, owner=args.owner, review_by=args.review_by, tags=tags)
    print(f"Set the details of “{args.name}”")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    """Bring the library to the schema this journeymap writes."""
    before, after = upgrade_library(args.url)
    if before == after:
        print(f"The library {args.url} has schema version {after} already")
    else:
        print(f"Upgraded the library {args.url} from schema version {before} to {after}")
    return 0


def _document_parser(
    commands: argparse._SubParsersAction, name: str, **texts: str
) -> argparse.ArgumentParser:
    """A command on one document of a library: URL NAME."""
    parser = commands.add_parser(name, **texts)
    parser.add_argument("url", metavar="URL", help=URL_HELP)
    parser.add_argument("name", metavar="NAME", help="the document's name")
    return parser


def _add_document_parsers(commands: argparse._SubParsersAction) -> None:
    """Add delete, undelete, purge, set and upgrade."""
    delete = _document_parser(commands, "delete", help="delete a document (recoverable)",
                              description="Delete a document: it leaves the listing and "
                              "cannot be pulled or pushed, but keeps all its revisions until "
                              "it is undeleted or purged.")  # fmt: skip
    delete.add_argument("--author", default=_author(), metavar="WHO",
                        help="who deletes it (default: the login name)")  # fmt: skip
    delete.set_defaults(run=cmd_delete)
    undelete = _document_parser(commands, "undelete", help="bring a deleted document back")
    undelete.set_defaults(run=cmd_undelete)
    purge = _document_parser(
        commands, "purge", help="remove a deleted document and its revisions for good"
    )
    purge.add_argument("--yes", action="store_true", help="yes, remove it for good")
    purge.set_defaults(run=cmd_purge)
    details = _document_parser(
        commands, "set", help="set a document's owner, review-by date or tags",
        description="Set a document's owner, review-by date or tags; what is not given stays "
        "as it is. These describe the document, so no revision is made.",
    )  # fmt: skip
    details.add_argument("--owner", metavar="WHO", help="a person or a department")
    details.add_argument("--review-by", metavar="YYYY-MM-DD",
                         help="the date to review it by, or none to clear it")  # fmt: skip
    tags = details.add_mutually_exclusive_group()
    tags.add_argument("--tag", action="append", metavar="T",
                      help="a tag (repeat it); the tags become exactly these")  # fmt: skip
    tags.add_argument("--clear-tags", action="store_true", help="remove all tags")
    details.set_defaults(run=cmd_set)
    upgrade = commands.add_parser("upgrade", help="bring the library to the newest schema "
                                  "(every write does it too)")  # fmt: skip
    upgrade.add_argument("url", metavar="URL", help=URL_HELP)
    upgrade.set_defaults(run=cmd_upgrade)


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
    shown = listing.add_mutually_exclusive_group()
    shown.add_argument("--search", default="", metavar="TEXT",
                       help="only documents whose name, owner or a tag holds TEXT")  # fmt: skip
    shown.add_argument("--deleted", action="store_true", help="the deleted documents instead")
    shown.add_argument("--stale", action="store_true", help="the documents past their review-by "
                       "date or unchanged for longer than --days")  # fmt: skip
    listing.add_argument("--days", type=int, metavar="N", help="with --stale: unchanged for "
                         f"more than N days (default {STALE_DAYS})")  # fmt: skip
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
    pulling.add_argument("--force", action="store_true", help="replace OUT if it exists")
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
    _add_document_parsers(commands)
