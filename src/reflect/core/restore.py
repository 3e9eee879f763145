"""Restoring a backup: into a new folder, or in place of the journal that is there.

Nothing is replaced before the backup has proved whole. It is unpacked into a hidden folder
beside the target; its key file must unwrap with the passphrase given (a wrong one is found
before the database is even unpacked); every page is read (``cipher_integrity_check``,
then ``quick_check``); and it is opened as a journal (which brings an older schema up to
date) and closed again. Only then is it renamed into place. Any failure, or Cancel, removes
the hidden folder and leaves everything as it was.

Replacing a journal moves the current one aside first, to ``<name>.before-restore-<time>``
beside it, and keeps it there: restoring an older backup drops whatever was written since,
and the person may have picked the wrong file. Reflect never deletes a journal; the person
is told where the old one is (it opens with its old passphrase) and may delete it later.
"""

from __future__ import annotations

import secrets
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reflect.core import backup
from reflect.core.backup import BackupDamaged, Manifest
from reflect.core.errors import (
    FolderNotEmpty,
    JournalAlreadyExists,
    JournalDamaged,
    SearchInterrupted,
    detail,
)
from reflect.core.files import (
    file_errors,
    fsync_folder,
    make_private_folder,
    make_private_folders,
)
from reflect.core.journal import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    Clock,
    Journal,
    journal_exists,
    local_now,
)
from reflect.core.progress import Progress
from reflect.core.storage import snapshot
from reflect.core.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Restored:
    """Where the restored journal is, and where the journal it replaced was kept."""

    folder: Path
    kept_aside: Path | None = None


class PreparedRestore:
    """A backup unpacked and checked in a hidden folder beside its target, ready to be put
    in place (``put_in_place``) or thrown away (``discard``)."""

    def __init__(self, stage: Path, folder: Path, manifest: Manifest) -> None:
        self._stage = stage
        self.folder = folder
        self.manifest = manifest

    def put_in_place(self, *, replace: bool = False, clock: Clock = local_now) -> Restored:
        """Rename the checked journal to ``folder``. A journal (or anything) there is moved
        aside when ``replace``, else refused. That journal must be locked: its files move.
        """
        folder, aside = self.folder, None
        try:
            with file_errors(folder.parent):
                if _occupied(folder):
                    if not replace:
                        raise _occupied_error(folder)
                    aside = _aside_name(folder, clock())
                    folder.rename(aside)
                elif folder.exists():
                    folder.rmdir()  # empty
                try:
                    self._stage.rename(folder)
                except BaseException:
                    if aside is not None:
                        aside.rename(folder)  # put the journal that was there back
                    raise
                fsync_folder(folder.parent)
        finally:
            self.discard()
        return Restored(folder, aside)

    def discard(self) -> None:
        """Remove the unpacked copy (a no-op once it has been put in place)."""
        shutil.rmtree(self._stage, ignore_errors=True)


def restore_backup(
    file: Path,
    folder: Path,
    passphrase: str,
    progress: Progress | None = None,
    *,
    replace: bool = False,
    clock: Clock = local_now,
) -> Restored:
    """Restore the backup ``file`` to ``folder``, opening it with the passphrase the journal
    had when the backup was made. Without ``replace``, ``folder`` must be new or empty
    (checked first, before any slow work); with it, a journal there is kept aside."""
    folder = folder.absolute()
    if not replace:
        check_new_folder(folder)
    prepared = prepare_restore(file, folder, passphrase, progress)
    return prepared.put_in_place(replace=replace, clock=clock)


def prepare_restore(
    file: Path, folder: Path, passphrase: str, progress: Progress | None = None
) -> PreparedRestore:
    """Unpack and check the backup ``file`` beside ``folder``; nothing else is touched.

    Raises ``WrongPassphrase``, ``NotABackup``, ``BackupDamaged``, ``BackupTooNew`` or
    ``JournalTooNew`` (each with words for the person), or ``Cancelled``.
    """
    progress = progress or Progress()
    folder = folder.absolute()
    with backup.open_backup(file) as archive:
        manifest = backup.check_manifest(archive, file)
        progress.start(0, QT_TRANSLATE_NOOP("progress", "Checking the passphrase…"))
        data_key = backup.unwrap_key(archive, file, passphrase)
        progress.check()
        stage = folder.parent / f".{folder.name}.restoring-{secrets.token_hex(4)}"
        with file_errors(folder.parent):
            make_private_folders(folder.parent)
            make_private_folder(stage)
        try:
            _unpack(archive, file, stage, progress)
            _check(stage, data_key, file, progress)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
    return PreparedRestore(stage, folder, manifest)


def _unpack(archive: zipfile.ZipFile, file: Path, stage: Path, progress: Progress) -> None:
    with file_errors(stage):
        backup.extract_database(archive, file, stage / DATABASE_NAME, progress)
        backup.write_key_file(archive, file, stage / KEY_FILE_NAME)
        fsync_folder(stage)


def _check(stage: Path, data_key: bytes, file: Path, progress: Progress) -> None:
    """Read every page, then open it as a journal: what a restore promises will open."""
    progress.start(0, QT_TRANSLATE_NOOP("progress", "Checking every page of the backup…"))
    try:
        problems = snapshot.check_copy(stage / DATABASE_NAME, data_key, lambda: progress.cancelled)
        if problems:
            damage = QT_TRANSLATE_NOOP("errors", "parts of its journal are missing or changed")
            raise BackupDamaged(file, detail(damage))
        progress.start(0, QT_TRANSLATE_NOOP("progress", "Opening the restored journal…"))
        Journal.open_with_key(stage, data_key).lock()
    except SearchInterrupted:
        progress.check()  # Cancel stopped the check
        raise
    except JournalDamaged:
        damage = QT_TRANSLATE_NOOP("errors", "its journal can't be decrypted or read")
        raise BackupDamaged(file, detail(damage)) from None


def check_new_folder(folder: Path) -> None:
    """Refuse a folder that holds a journal, or anything else, as a place to restore to."""
    if _occupied(folder):
        raise _occupied_error(folder)


def _occupied(folder: Path) -> bool:
    with file_errors(folder):
        return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


def _occupied_error(folder: Path) -> JournalAlreadyExists | FolderNotEmpty:
    return JournalAlreadyExists(folder) if journal_exists(folder) else FolderNotEmpty(folder)


def _aside_name(folder: Path, now: datetime) -> Path:
    """A new name beside ``folder`` saying what it is: ``journal.before-restore-2026-11-23-
    214500`` (``-2``, ``-3``… if two restores happen within a second)."""
    base = f"{folder.name}.before-restore-{now:%Y-%m-%d-%H%M%S}"
    candidate, number = folder.with_name(base), 1
    while candidate.exists():
        number += 1
        candidate = folder.with_name(f"{base}-{number}")
    return candidate
