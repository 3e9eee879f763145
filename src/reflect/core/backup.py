"""The backup file: a whole journal in one file that stays encrypted.

A backup is a zip archive (stored, not compressed: its parts are encrypted already, so they
would not shrink) of three members, in this order::

    manifest.json   {"format": "reflect-backup", "version": 1, "created": ISO 8601 UTC,
                     "reflect_version": "0.1.0", "schema_version": 4}
    reflect.key     the journal's key file, byte for byte
    journal.db      a consistent copy of the encrypted database (SQLite's backup API)

A zip because anyone can look inside with ordinary tools, and unzipping one gives a journal
folder Reflect opens: the person owns their data, not a format only Reflect reads. The
manifest says nothing about who wrote the journal or where it lives: no names, no paths.
It comes first so a damaged or foreign file is told apart from the first bytes.

Nothing readable is ever written: the database copy is encrypted page by page as it is
made (see ``reflect.core.storage.snapshot``) and the data key stays wrapped under the
passphrase, so a backup opens with the passphrase the journal had when it was made.
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from reflect import __version__
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.errors import (
    InvalidInput,
    JournalError,
    JournalTooNew,
    KeyFileDamaged,
    WrongPassphrase,
    as_detail,
    detail,
)
from reflect.core.export_names import check_file_path, hidden_name
from reflect.core.files import PRIVATE_FILE_MODE, file_errors, fsync_folder
from reflect.core.progress import Progress
from reflect.core.storage import schema, snapshot
from reflect.core.storage.connection import PAGE_SIZE, Connection, translate_errors
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording

BACKUP_SUFFIX = ".reflectbackup"
FORMAT = "reflect-backup"
VERSION = 1
# Member names are part of the format: they stay even if a journal folder's layout changes.
MANIFEST_MEMBER = "manifest.json"
KEY_MEMBER = "reflect.key"
DATABASE_MEMBER = "journal.db"
_SMALL_MEMBER_LIMIT = 64 * 1024  # a manifest or key file is a few hundred bytes
_CHUNK = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_LOCAL_HEADER_SIZE = 30  # the first member's name follows a zip local header of 30 bytes
# What a damaged archive can make zipfile raise, besides BadZipFile and OSError.
_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, ValueError, KeyError, zlib.error)


class NotABackup(InvalidInput):
    """The file chosen is not a Reflect backup at all."""

    def __init__(self, file: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} isn't a Reflect backup, so there's nothing in it to restore. Nothing "
                "was changed.",
            ),
            file=file,
        )


class BackupDamaged(JournalError):
    """A Reflect backup whose contents are cut short, changed or unreadable."""

    def __init__(self, file: Path, detail: str | Wording) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup {file} is damaged ({detail}), so it can't be restored. Nothing "
                "was changed; if you have another backup, try that one.",
            ),
            file=file,
            detail=as_detail(detail),
        )


class WrongBackupPassphrase(WrongPassphrase):
    """The passphrase given doesn't open the backup (a ``WrongPassphrase`` like any other)."""

    def __init__(self) -> None:
        JournalError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "errors",
                "That passphrase didn't open this backup. It needs the passphrase your "
                "journal had when the backup was made. Nothing was changed.",
            ),
        )


class BackupTooNew(JournalError):
    """A backup made by a newer version of Reflect, in a format this one doesn't know."""

    def __init__(self, found: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup was made by a newer version of Reflect (backup format {found}; "
                "this version understands up to {supported}). Please update Reflect to "
                "restore it; nothing was changed.",
            ),
            found=found,
            supported=VERSION,
        )


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself (nothing about the person or the journal's place)."""

    created: datetime
    reflect_version: str
    schema_version: int
    version: int = VERSION

    def to_bytes(self) -> bytes:
        """The manifest member's bytes (indented JSON, readable by a person)."""
        document = {
            "format": FORMAT,
            "version": self.version,
            "created": self.created.astimezone(UTC).isoformat(timespec="seconds"),
            "reflect_version": self.reflect_version,
            "schema_version": self.schema_version,
        }
        return (json.dumps(document, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, file: Path) -> Manifest:
        """Read a manifest; ``BackupTooNew`` for a newer format, else ``BackupDamaged``."""
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT:
                raise ValueError("not a Reflect backup manifest")
            version = document["version"]
            if type(version) is not int or version < 1:
                raise ValueError("no format version")
            if version > VERSION:
                raise BackupTooNew(version)
            created = datetime.fromisoformat(document["created"])
            schema_version = document["schema_version"]
            if type(schema_version) is not int or schema_version < 1 or created.tzinfo is None:
                raise ValueError("incomplete")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            damage = QT_TRANSLATE_NOOP("errors", "its manifest can't be read")
            raise BackupDamaged(file, detail(damage)) from None
        return cls(created, str(document.get("reflect_version", "")), schema_version, version)


# --- writing -----------------------------------------------------------------------------


def write_backup(
    destination: Path,
    source: Connection,
    *,
    database_path: Path,
    data_key: bytes,
    key_file: Path,
    progress: Progress,
    created: datetime,
) -> Path:
    """Write a backup of the open journal to ``destination`` and return its full path.

    ``source`` is the journal's connection, ``database_path`` its file, ``key_file`` its
    key file. The file appears whole or not at all: everything is written to hidden files
    beside ``destination`` (the database copy, then the archive; both encrypted, 0600),
    flushed to disk, and renamed into place. An existing Reflect backup there is replaced;
    any other file is refused. Cancelling (``progress.cancel``) leaves no trace.
    """
    destination = destination.absolute()
    check_destination(destination)
    with file_errors(key_file):
        key_bytes = key_file.read_bytes()
    KeyFile.from_bytes(key_bytes, key_file)  # never back up a key file that can't be read
    with translate_errors(database_path):
        manifest = Manifest(created, __version__, schema.user_version(source))
    copy = destination.with_name(hidden_name(destination.name, "db"))
    archive = destination.with_name(hidden_name(destination.name, "tmp"))
    try:
        with file_errors(destination.parent):
            _create_private(copy).close()
            progress.start(0, QT_TRANSLATE_NOOP("progress", "Copying your journal…"))
            snapshot.copy_database(source, database_path, copy, data_key, _page_progress(progress))
            with _create_private(archive) as raw:
                _write_archive(raw, manifest, key_bytes, copy, progress)
                raw.flush()
                os.fsync(raw.fileno())
            copy.unlink()
            os.replace(archive, destination)
            fsync_folder(destination.parent)
    finally:
        for leftover in (copy, archive):
            # Never hides the real error: on a read-only disk even this unlink fails.
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    return destination


def check_destination(destination: Path) -> None:
    """Refuse a destination a backup can't go to: a folder, a missing folder, or a file
    that isn't a Reflect backup (a typo must never cost a person one of their files)."""
    check_file_path(destination)
    with file_errors(destination.parent):
        if not destination.parent.is_dir():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "The folder {folder} doesn't exist. Choose a folder that does."
                ),
                folder=destination.parent,
            )
        if destination.is_dir():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "{folder} is a folder. Name a file for the backup, like {example}."
                ),
                folder=destination,
                example=destination / ("Reflect" + BACKUP_SUFFIX),
            )
        if destination.exists() and not is_backup_file(destination):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} already exists and isn't a Reflect backup, so Reflect won't write "
                    "over it. Choose another name.",
                ),
                file=destination,
            )


def _create_private(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have removed bits, never added
    return os.fdopen(fd, "wb")


def _page_progress(progress: Progress) -> snapshot.PageProgress:
    def on_pages(copied: int, total: int) -> None:
        if progress.total != total:  # known after the first step; grows if the journal does
            progress.start(total, QT_TRANSLATE_NOOP("progress", "Copying your journal…"))
        progress.advance(copied - progress.done)

    return on_pages


def _write_archive(
    raw: IO[bytes], manifest: Manifest, key_bytes: bytes, copy: Path, progress: Progress
) -> None:
    size = copy.stat().st_size
    progress.start(size, QT_TRANSLATE_NOOP("progress", "Writing the backup file…"))
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_member(MANIFEST_MEMBER, manifest.created), manifest.to_bytes())
        archive.writestr(_member(KEY_MEMBER, manifest.created), key_bytes)
        info = _member(DATABASE_MEMBER, manifest.created)
        with copy.open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
            while chunk := source.read(_CHUNK):
                target.write(chunk)
                progress.advance(len(chunk))


def _member(name: str, created: datetime) -> zipfile.ZipInfo:
    local = created.astimezone()
    info = zipfile.ZipInfo(name, date_time=local.timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = (0o100000 | PRIVATE_FILE_MODE) << 16  # unzip makes them private
    return info


# --- reading -----------------------------------------------------------------------------


def is_backup_file(file: Path) -> bool:
    """Whether ``file`` starts the way every Reflect backup starts (even a damaged one):
    a zip whose first member is the manifest. Cheap: reads a few bytes."""
    name = MANIFEST_MEMBER.encode("ascii")
    try:
        with file.open("rb") as stream:
            start = stream.read(_LOCAL_HEADER_SIZE + len(name))
    except OSError:
        return False
    return start.startswith(_ZIP_MAGIC) and start[_LOCAL_HEADER_SIZE:] == name


@contextmanager
def open_backup(file: Path) -> Iterator[zipfile.ZipFile]:
    """The backup at ``file`` as an open archive, or a plain error saying why it can't be:
    missing, not a backup at all, or a backup that is damaged."""
    with file_errors(file):
        if not file.exists():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "There's no file at {file}. Nothing was changed."),
                file=file,
            )
        if file.is_dir() or not is_backup_file(file):
            raise NotABackup(file)
        try:
            archive = zipfile.ZipFile(file)
        except _ZIP_ERRORS:
            damage = QT_TRANSLATE_NOOP("errors", "it has been cut short or changed")
            raise BackupDamaged(file, detail(damage)) from None
    with archive:
        yield archive


def read_manifest(file: Path) -> Manifest:
    """What the backup at ``file`` says about itself; checks it is a backup Reflect can
    restore, without reading the journal in it."""
    with open_backup(file) as archive:
        return check_manifest(archive, file)


def unwrap_key(archive: zipfile.ZipFile, file: Path, passphrase: str) -> bytes:
    """The backup's data key, unwrapped from its key file with ``passphrase`` (slow: the
    key derivation runs); ``WrongBackupPassphrase`` when it doesn't open it."""
    data = _small_member(archive, KEY_MEMBER, file)
    try:
        key_file = KeyFile.from_bytes(data, file)
    except KeyFileDamaged:
        damage = QT_TRANSLATE_NOOP("errors", "its key file can't be read")
        raise BackupDamaged(file, detail(damage)) from None
    try:
        return key_file.unwrap(passphrase)
    except WrongPassphrase:
        raise WrongBackupPassphrase() from None


def extract_database(
    archive: zipfile.ZipFile, file: Path, target: Path, progress: Progress
) -> None:
    """Copy the backup's (encrypted) database into the new file ``target`` (0600), checking
    the zip's CRC-32 as it goes, and flush it to disk."""
    info = _info(archive, DATABASE_MEMBER, file)
    if info.file_size == 0 or info.file_size % PAGE_SIZE:
        damage = QT_TRANSLATE_NOOP("errors", "its journal has been cut short")
        raise BackupDamaged(file, detail(damage))
    progress.start(info.file_size, QT_TRANSLATE_NOOP("progress", "Unpacking the backup…"))
    try:
        with archive.open(info) as source, _create_private(target) as sink:
            while chunk := source.read(_CHUNK):
                sink.write(chunk)
                progress.advance(len(chunk))
            sink.flush()
            os.fsync(sink.fileno())
    except _ZIP_ERRORS:
        damage = QT_TRANSLATE_NOOP("errors", "its journal has been cut short or changed")
        raise BackupDamaged(file, detail(damage)) from None


def write_key_file(archive: zipfile.ZipFile, file: Path, target: Path) -> None:
    """Copy the backup's key file, byte for byte, to the new file ``target`` (0600)."""
    data = _small_member(archive, KEY_MEMBER, file)
    with _create_private(target) as sink:
        sink.write(data)
        sink.flush()
        os.fsync(sink.fileno())


def check_manifest(archive: zipfile.ZipFile, file: Path) -> Manifest:
    """The manifest of an open backup, refusing one this Reflect can't restore."""
    manifest = Manifest.from_bytes(_small_member(archive, MANIFEST_MEMBER, file), file)
    if manifest.schema_version > schema.SCHEMA_VERSION:
        raise JournalTooNew(manifest.schema_version, schema.SCHEMA_VERSION)
    return manifest


def _info(archive: zipfile.ZipFile, name: str, file: Path) -> zipfile.ZipInfo:
    try:
        return archive.getinfo(name)
    except KeyError:
        damage = detail(QT_TRANSLATE_NOOP("errors", "its {member} is missing"), member=name)
        raise BackupDamaged(file, damage) from None


def _small_member(archive: zipfile.ZipFile, name: str, file: Path) -> bytes:
    info = _info(archive, name, file)
    if info.file_size > _SMALL_MEMBER_LIMIT:
        damage = detail(QT_TRANSLATE_NOOP("errors", "its {member} is far too large"), member=name)
        raise BackupDamaged(file, damage)
    try:
        return archive.read(info)
    except _ZIP_ERRORS:
        changed = QT_TRANSLATE_NOOP("errors", "its {member} has been cut short or changed")
        raise BackupDamaged(file, detail(changed, member=name)) from None
