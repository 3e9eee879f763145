"""The command line's grammar. The command names and flags here are a public contract."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from reflect import __version__
from reflect.core.domain import check_time
from reflect.core.errors import InvalidInput


def import_formats() -> list[str]:
    """The names ``--format`` accepts: every registered format."""
    import reflect.core.importers  # noqa: F401, PLC0415 - importing it registers every format
    from reflect.core.importing import FORMATS  # noqa: PLC0415

    return sorted(FORMATS.parsers)


class _ImportFormats:
    """``--format``'s choices, looked up only when the import command is parsed or its help
    shown: the importers are slow to import, and the window (no command) never needs them."""

    def __contains__(self, name: object) -> bool:
        return name in import_formats()

    def __iter__(self) -> Iterator[str]:
        return iter(import_formats())


class UsageError(Exception):
    """The command line itself is wrong; the message already went to stderr."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` returns the exit code."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: error: {message}")


def parse_date(value: str) -> datetime:
    """An ISO 8601 date or date-time; without a time zone it means local time."""
    try:
        return check_time(datetime.fromisoformat(value.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} isn't a date Reflect understands; use ISO 8601, "
            "like 2026-03-14 or 2026-03-14T21:30 or 2026-03-14T21:30+01:00"
        ) from None
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_day(value: str) -> date:
    """A calendar date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} isn't a date Reflect understands; use YYYY-MM-DD, like 2026-03-14"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The ``reflect`` command and its subcommands."""
    parser = _Parser(
        prog="reflect",
        description="A private journal, encrypted on this computer. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"reflect {__version__}")
    parser.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        help="the journal folder (default: 'journal' in your user data folder)",
    )

    # Subcommands accept --journal too; SUPPRESS keeps a value given before the command.
    journal_option = _Parser(add_help=False)
    journal_option.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the journal folder",
    )
    journal_option.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from the first line of FILE instead of asking",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser(
        "init",
        parents=[journal_option],
        help="create a new journal",
        description="Create a new, encrypted journal. Asks for the passphrase twice.",
    )

    add = commands.add_parser(
        "add",
        parents=[journal_option],
        help="add an entry, its text read from standard input",
        description="Add an entry. Its text is read from standard input, exactly as given.",
    )
    add.add_argument("--title", default="", metavar="T", help="the entry's title")
    add.add_argument(
        "--date",
        type=parse_date,
        metavar="ISO-8601",
        help="when it was written (default: now); without a time zone, local time",
    )
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        dest="tags",
        metavar="TAG",
        help="a tag for the entry (repeat for more)",
    )

    listing = commands.add_parser(
        "list",
        parents=[journal_option],
        help="list entries, newest first",
        description="List the journal's entries, newest first.",
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of complete entries with their moments",
    )

    search = commands.add_parser(
        "search",
        parents=[journal_option],
        help='find entries by words, prefixes (hop*) and phrases ("one day at a time")',
        description="Find entries whose title, text, tags or moment notes hold the words, "
        "newest first. Case and accents don't matter: cafe finds café. hop* finds words "
        'starting with hop; "one day at a time" finds those words together; coffee OR tea '
        "finds either. Anything else is searched for as plain words.",
    )
    search.add_argument("query", metavar="QUERY", nargs="?", default="", help="what to look for")
    search.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of {id, created, title, snippet}",
    )
    search.add_argument("--since", type=parse_day, metavar="YYYY-MM-DD", help="from this date")
    search.add_argument("--until", type=parse_day, metavar="YYYY-MM-DD", help="up to this date")
    search.add_argument("--tag", metavar="TAG", help="only entries with this tag")
    search.add_argument(
        "--kind", metavar="KIND", help="only entries with a moment of this kind (hope, struggle…)"
    )
    search.add_argument(
        "--mood",
        type=int,
        action="append",
        default=[],
        dest="moods",
        metavar="1-5",
        help="only entries with this check-in (repeat for more)",
    )
    search.add_argument(
        "--order",
        choices=["newest", "best"],
        default="newest",
        help="newest first (default) or best match first",
    )
    search.add_argument(
        "--limit", type=int, metavar="N", help="show at most N results (default: all)"
    )

    # --- backup commands ---
    backup = commands.add_parser(
        "backup",
        parents=[journal_option],
        help="write an encrypted backup of the journal to one file",
        description="Write the whole journal to one backup file: entries, moments, tags, "
        "check-ins and your own prompts. The backup stays encrypted; it opens with the "
        "passphrase the journal has now.",
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file to write, e.g. reflect.reflectbackup (an earlier Reflect "
        "backup there is replaced; any other file is left alone)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[journal_option],
        help="restore a backup as a new journal",
        description="Check every page of the backup FILE, then restore it as a new journal "
        "in the --journal folder, which must be new or empty. Give the passphrase the "
        "journal had when the backup was made; the restored journal opens with it.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")

    # --- passphrase commands ---
    passwd = commands.add_parser(
        "passwd",
        parents=[journal_option],
        help="change the journal's passphrase (or set a new one with the recovery code)",
        description="Change the passphrase that opens the journal. Asks for the current "
        "passphrase once, then the new one twice, unless they are given in files. Only the "
        "key file changes, in one step: if this is interrupted, the old or the new "
        "passphrase works. Forgot it? Give your recovery code instead.",
    )
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from the first line of FILE instead of asking",
    )
    with_code = passwd.add_mutually_exclusive_group()
    with_code.add_argument(
        "--use-recovery-code",
        action="store_true",
        help="ask for your recovery code instead of the current passphrase",
    )
    with_code.add_argument(
        "--recovery-code-file",
        type=Path,
        metavar="FILE",
        help="read your recovery code from FILE instead of the current passphrase",
    )
    recovery_code = commands.add_parser(
        "recovery-code",
        parents=[journal_option],
        help="make a recovery code (shown once; it replaces any earlier one)",
        description="Make a recovery code: the only other way into your journal if you "
        "forget your passphrase. It is shown once; write it down or print it and keep it "
        "somewhere safe and private. A new code replaces the old one, which stops working. "
        "Only the code goes to standard output.",
    )
    recovery_code.add_argument(
        "--remove",
        action="store_true",
        help="remove the recovery code instead, so only the passphrase opens the journal",
    )

    # --- import commands ---
    importing = commands.add_parser(
        "import",
        parents=[journal_option],
        help="bring in entries from another journal (jrnl, Day One…)",
        description="Import the entries of another journal's file. If any of it can't be "
        "read, nothing is imported and Reflect says which line. Entries imported before "
        "are skipped, so importing the same file again adds only what is new.",
    )
    importing.add_argument(
        "--format", required=True, choices=_ImportFormats(), help="what kind of file it is"
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the file (or folder) to import")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="show how many entries, their dates and tags, without importing anything",
    )

    # --- export commands ---
    export = commands.add_parser(
        "export",
        parents=[journal_option],
        help="write every entry, decrypted, to a JSON file or a folder of Markdown files",
        description="Write every entry with its tags, check-in, moments and formatting to "
        "files that are NOT encrypted: one JSON file, or a new folder with one Markdown file "
        "per entry. Both can be imported into Reflect again without losing anything. "
        "Keep the files somewhere safe, and delete them when you no longer need them.",
    )
    export.add_argument(
        "--format", choices=["json", "markdown"], required=True, help="the kind of export"
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PATH",
        help="the JSON file to write, or the new (or empty) folder for the Markdown files",
    )
    export.add_argument(
        "--overwrite", action="store_true", help="replace the JSON file if there is one already"
    )

    # --- share commands ---
    _add_share_commands(commands, journal_option)

    commands.add_parser(
        "check",
        parents=[journal_option],
        help="check that the journal is undamaged",
        description="Decrypt and check every page of the journal and its search index.",
    )
    return parser


def _add_share_commands(
    commands: argparse._SubParsersAction[_Parser], journal_option: _Parser
) -> None:
    """The grammar of the share commands: ``export-pdf``."""
    export_pdf = commands.add_parser(
        "export-pdf",
        parents=[journal_option],
        help="save a share (or every moment of a kind) as a large-print PDF",
        description="Save a share as a large-print PDF to read from in a group. Names "
        "in your people list are replaced by their aliases; --redact adds more. The PDF "
        "is NOT encrypted: keep it somewhere safe, and delete it when you no longer need it.",
    )
    which = export_pdf.add_mutually_exclusive_group(required=True)
    which.add_argument("--share", metavar="NAME", help="the share's name (case doesn't matter)")
    which.add_argument(
        "--kind", metavar="KIND", help="every moment of this kind (hope, struggle…), oldest first"
    )
    export_pdf.add_argument(
        "--redact",
        action="append",
        default=[],
        dest="redactions",
        metavar="NAME=ALIAS",
        help="also replace NAME with ALIAS, e.g. 'Dana=my sister' (repeat for more)",
    )
    export_pdf.add_argument(
        "--font-size", type=int, metavar="PT", help="print size, 14 to 28 (default: the share's)"
    )
    export_pdf.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF file to write"
    )
    export_pdf.add_argument(
        "--overwrite", action="store_true", help="replace the file if there is one already"
    )
