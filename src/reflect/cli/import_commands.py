"""``reflect import``: bring entries in from another journal's file, or preview them.

The file is read before the passphrase is asked for, so a file that can't be imported is
reported at once (which file, which line) and nothing is opened or changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from reflect.cli.passphrase import (
    open_journal,
)
from reflect.core.importers import dayone  # importing the package registers every format
from reflect.core.importing import FORMATS, ImportedEntry
from reflect.core.imports import ImportPreview, already_phrase, entries_phrase, tags_phrase

_NOTES = {dayone.NAME: dayone.NOTE}
_TAGS_SHOWN = 10


def run_import(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Import ``args.file`` as ``args.format``, or with ``--dry-run`` say what it would do."""
    entries = read_entries(args.format, args.file)
    with open_journal(args) as journal:
        if args.dry_run:
            lines = preview_lines(journal.import_preview(entries), _NOTES.get(args.format))
        else:
            lines = [journal.import_entries(entries).summary]
    for line in lines:
        print(line, file=stdout)
    return 0


def read_entries(format_name: str, path: Path) -> list[ImportedEntry]:
    """The entries of ``path`` read as ``format_name``."""
    return FORMATS.parsers[format_name](path)


def preview_lines(preview: ImportPreview, note: str | None = None) -> list[str]:
    """What an import would do (``--dry-run``), a few short lines."""
    if preview.total == 0 or preview.first is None or preview.last is None:
        return ["There are no entries in this file.", "Nothing was imported."]
    span = f"from {preview.first:%Y-%m-%d} to {preview.last:%Y-%m-%d}"
    lines = [f"{entries_phrase(preview.total)}, {span}."]
    if preview.already_imported:
        they = "it" if preview.already_imported == 1 else "they"
        lines.append(f"{already_phrase(preview.already_imported)}; {they} would be skipped.")
    if preview.tags:
        lines.append(tags_phrase(preview, _TAGS_SHOWN))
    if note:
        lines.append(note)
    lines.append("Nothing was imported (this was a dry run).")
    return lines
