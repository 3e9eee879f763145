"""Automatic backups: one a day, made on the first unlock of the day, the newest few kept.

They live beside the journal, in ``<journal's parent>/backups/<journal folder's name>/``:
for the default journal that is ``<user data folder>/Reflect/backups/journal/``, in the same
data folder as the journal; for a journal opened with ``--journal PATH``, a ``backups``
folder next to ``PATH``. The journal's own folder name keeps two journals in one parent
folder from sharing (and pruning) each other's backups. Each file is a whole backup
(``reflect.core.backup``) named for its day, ``reflect-2026-11-23.reflectbackup``; only
files named exactly so are ever counted or removed, so anything else in the folder is
left alone.

They guard against a damaged or deleted journal, not a lost disk: "Back Up Now…" to
another drive is for that. The day is the journal clock's local date. One for today is
due unless a backup named for today exists, so a backup dated later (the clock was wrong
once) never stops the daily backups; it counts among the newest until the days pass it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from reflect.core.backup import BACKUP_SUFFIX
from reflect.core.errors import JournalError
from reflect.core.export_names import hidden_name_parts
from reflect.core.files import file_errors, make_private_folders

DEFAULT_KEEP = 7
FOLDER_NAME = "backups"
_NAME = re.compile(r"reflect-(\d{4}-\d{2}-\d{2})" + re.escape(BACKUP_SUFFIX))


def automatic_backup_folder(journal_folder: Path) -> Path:
    """Where the automatic backups of the journal in ``journal_folder`` go."""
    journal_folder = journal_folder.absolute()
    return journal_folder.parent / FOLDER_NAME / journal_folder.name


def backup_name(day: date) -> str:
    """The file name of the automatic backup made on ``day``."""
    return f"reflect-{day.isoformat()}{BACKUP_SUFFIX}"


def automatic_backups(folder: Path) -> list[tuple[date, Path]]:
    """The automatic backups in ``folder``, newest day first (none if it doesn't exist)."""
    found = []
    with file_errors(folder):
        if not folder.is_dir():
            return []
        for path in folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match is None or not path.is_file():
                continue
            try:
                found.append((date.fromisoformat(match[1]), path))
            except ValueError:  # 2026-02-31: a name like ours, but not one Reflect wrote
                continue
    return sorted(found, reverse=True)


def newest_automatic_backup(journal_folder: Path) -> Path | None:
    """The newest automatic backup of the journal in ``journal_folder``, if it has one
    that can be seen (for the words that tell a person what to restore)."""
    try:
        found = automatic_backups(automatic_backup_folder(journal_folder))
    except JournalError:
        return None
    return found[0][1] if found else None


def backup_due(folder: Path, today: date) -> bool:
    """Whether today's automatic backup is still to be made."""
    return all(day != today for day, _ in automatic_backups(folder))


def make_backup_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) for backups, readable only by its owner."""
    with file_errors(folder):
        make_private_folders(folder)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what a killed backup left half written in ``folder`` (hidden, encrypted, as
    large as the journal); returns what was removed. Only the journal's own process calls
    this (it holds the journal, ``instance_lock``), so no other backup is being written."""
    removed = []
    with file_errors(folder):
        for path in folder.iterdir():
            # What ``write_backup`` writes beside a backup before renaming it into place.
            hidden = hidden_name_parts(path.name)
            if hidden and _NAME.fullmatch(hidden[0]) and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the ``keep`` newest automatic backups (at least the newest one is
    always kept); returns what was removed."""
    removed = []
    with file_errors(folder):
        for _, path in automatic_backups(folder)[max(keep, 1) :]:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
