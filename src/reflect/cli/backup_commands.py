"""``reflect backup`` and ``reflect restore``: one encrypted file out, a new journal back.

Restoring from the command line only ever makes a new journal (``--journal NEWPATH``, new
or empty): a script can't replace a journal by mistake. Replacing the open journal is the
window's "Restore from Backup…", which keeps the old one aside.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from reflect.cli.passphrase import (
    passphrase_for,
)
from reflect.core.backup import check_destination
from reflect.core.journal import Journal
from reflect.core.restore import check_new_folder, restore_backup


def back_up(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Write a backup of ``--journal`` to ``--output``."""
    destination = args.output.absolute()
    check_destination(destination)  # before the passphrase: a typo costs no waiting
    passphrase = passphrase_for(args)
    with Journal.unlock(args.journal, passphrase) as journal:
        written = journal.back_up(destination)
    print(
        f"Backed up your journal to {written} ({_size(written.stat().st_size)}). The backup "
        "stays encrypted: it opens with your passphrase as it is now.",
        file=stdout,
    )
    return 0


def restore(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Check the backup ``FILE`` and restore it as a new journal in ``--journal``."""
    folder = args.journal.absolute()
    check_new_folder(folder)
    passphrase = passphrase_for(args, f"Passphrase of the backup {args.file}: ")
    restored = restore_backup(args.file, folder, passphrase)
    print(
        f"Restored your journal from {args.file} into {restored.folder}. Every page was "
        "checked. It opens with the passphrase it had when the backup was made.",
        file=stdout,
    )
    return 0


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"
