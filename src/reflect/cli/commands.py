"""The headless commands: each opens the journal through ``Journal`` and prints a result.

Errors are raised, not printed; ``reflect.main`` turns them into one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from reflect.cli import backup_commands
from reflect.cli.export_commands import run_export
from reflect.cli.import_commands import run_import
from reflect.cli.passphrase import (
    ask_new_passphrase,
    open_journal,
    read_passphrase_file,
)
from reflect.cli.passphrase_commands import run_passwd, run_recovery_code
from reflect.cli.share_commands import run_export_pdf
from reflect.core.domain import EntrySummary, canonical_text
from reflect.core.entry_records import entry_fields
from reflect.core.errors import InvalidInput, JournalDamaged
from reflect.core.journal import Journal
from reflect.core.search import Order, SearchFilters, SearchHit, SearchQuery


def run_command(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Run the subcommand ``args.command``; returns the exit code."""
    handler: Callable[[argparse.Namespace, TextIO, Any], int] = _COMMANDS[args.command]
    return handler(args, stdout, stdin)


def _init(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    if args.passphrase_file is not None:
        passphrase = read_passphrase_file(args.passphrase_file)
    else:
        passphrase = ask_new_passphrase()
    Journal.create(args.journal, passphrase).lock()
    print(
        f"Created your journal in {args.journal.absolute()}. It is encrypted on this "
        "computer; keep your passphrase safe, it can't be recovered.",
        file=stdout,
    )
    return 0


def _add(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    if stdin is None:
        raise InvalidInput("There's no standard input to read the entry's text from.")
    try:
        if stdin.isatty():
            print("Write your entry, then press Ctrl+D on a new line.", file=sys.stderr)
        raw: bytes = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    except OSError as error:
        raise InvalidInput(
            f"Reflect couldn't read the entry's text from standard input: {error.strerror}."
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"The text on standard input isn't UTF-8 (at byte {error.start}); nothing was saved."
        ) from None
    text = canonical_text(text)
    if not text.strip() and not args.title.strip():
        raise InvalidInput("There was nothing to save: the entry has no title and no text.")
    with open_journal(args) as journal:
        changes = journal.add_entry(title=args.title, text=text, created=args.date, tags=args.tags)
    print(f"Saved entry {changes.created}.", file=stdout)
    return 0


def _list(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    with open_journal(args) as journal:
        if args.json:
            _write_json_array((entry_fields(e) for e in journal.iter_entries()), stdout)
        else:
            for summary in journal.list_entries():
                print(summary_line(summary), file=stdout)
    return 0


def _check(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    with open_journal(args) as journal:
        problems = journal.check_integrity()
        count = journal.entry_count()
    if problems:
        raise JournalDamaged(
            journal.database_path, f"{len(problems)} problems, first: {problems[0]}"
        )
    print(f"Your journal is intact: {count} entries, every page checked.", file=stdout)
    return 0


def _search(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    query = SearchQuery(
        args.query,
        SearchFilters(
            since=args.since,
            until=args.until,
            tag=args.tag,
            moment_kind=args.kind,
            moods=frozenset(args.moods),
        ),
        Order(args.order),
    )
    if query.is_empty:
        raise InvalidInput("Say what to look for: some words, or a filter such as --tag.")
    if args.limit is not None and args.limit < 0:
        raise InvalidInput("--limit must be zero or more.")
    with open_journal(args) as journal, journal.open_searcher() as searcher:
        total = searcher.search(query, first=0).total
        hits = searcher.page(query, 0, total if args.limit is None else min(args.limit, total))
    if args.json:
        _write_json_array((search_hit_json(hit) for hit in hits), stdout)
    else:
        for hit in hits:
            print(search_hit_lines(hit), file=stdout)
        shown = f"{len(hits)} of {total}" if len(hits) < total else f"{total}"
        print(f"{shown} {'entry' if total == 1 else 'entries'} found.", file=sys.stderr)
    return 0


def search_hit_json(hit: SearchHit) -> dict[str, Any]:
    """A result as ``search --json`` prints it (a public contract: add fields, never rename)."""
    return {
        "id": hit.entry_id,
        "created": hit.created.isoformat(),
        "title": hit.title,
        "snippet": hit.snippet.text,
    }


def search_hit_lines(hit: SearchHit) -> str:
    """A result as ``reflect search`` prints it: the entry, then its snippet, indented."""
    return (
        f"{hit.entry_id:>5}  {hit.created:%Y-%m-%d %H:%M}  {hit.title}\n       {hit.snippet.text}"
    )


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, Any], int]] = {
    "init": _init,
    "add": _add,
    "list": _list,
    "check": _check,
    "search": _search,
    # --- backup commands ---
    "backup": backup_commands.back_up,
    "restore": backup_commands.restore,
    # --- passphrase commands ---
    "passwd": run_passwd,
    "recovery-code": run_recovery_code,
    # --- import commands ---
    "import": run_import,
    # --- export commands ---
    "export": run_export,
    # --- share commands ---
    "export-pdf": run_export_pdf,
}


def summary_line(summary: EntrySummary) -> str:
    """One entry as a line of ``reflect list``."""
    name = summary.title or summary.preview or "(empty)"
    parts = [f"{summary.id:>5}", f"{summary.created:%Y-%m-%d %H:%M}", name]
    if summary.tags:
        parts.append("[" + ", ".join(summary.tags) + "]")
    if summary.hope_count or summary.struggle_count:
        parts.append(f"(hope {summary.hope_count}, struggle {summary.struggle_count})")
    return "  ".join(parts)


def _write_json_array(items: Any, stdout: TextIO) -> None:
    """Stream a JSON array, so a long journal is never held in memory as one string."""
    stdout.write("[")
    for index, item in enumerate(items):
        stdout.write(",\n" if index else "\n")
        stdout.write(json.dumps(item, ensure_ascii=False))
    stdout.write("\n]\n")
