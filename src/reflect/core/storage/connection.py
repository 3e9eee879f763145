"""Opening the SQLCipher database with the settings ARCHITECTURE.md decides, and turning
SQLCipher's exceptions into the journal's own errors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from reflect.core.errors import JournalDamaged, JournalError, JournalNotWritable

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; it is a fork of the standard sqlite3 module
    # and its Connection has the same API.
    from sqlite3 import Connection as Connection  # noqa: PLC0414 - re-exported for mypy
else:
    Connection = sqlcipher3.Connection

PAGE_SIZE = 4096  # SQLCipher 4's default; an encrypted file is a whole number of pages


class DiskFull(JournalError):
    """The disk has no room for the change; what was saved before is intact."""

    def __init__(self) -> None:
        super().__init__(
            "There isn't enough space on the disk to save this. Everything saved before is "
            "safe; free some space and Reflect will save again."
        )


def open_database(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open ``path`` keyed with the raw 256-bit ``key``.

    ``mode=rw`` makes a missing file an error; only creation may make a new database.
    """
    mode = "rwc" if create else "rw"
    with translate_errors(path):
        connection: Connection = sqlcipher3.connect(
            f"{path.absolute().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,  # transactions are explicit (BEGIN IMMEDIATE … COMMIT)
        )
    try:
        with translate_errors(path):
            _configure(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def _configure(connection: Connection, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    # A raw key as a blob literal: SQLCipher skips its own KDF (ours already ran) and no
    # passphrase is ever formatted into SQL.
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    # Reading the schema is the first access that decrypts a page: a damaged first page or
    # a key that doesn't belong to this file fails here.
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.execute("PRAGMA temp_store = MEMORY")
    if connection.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise JournalError("Reflect could not keep temporary data in memory; refusing to open.")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA foreign_keys = ON")
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise JournalNotWritable(Path(connection_path(connection)).parent)
    # FULL: a save reported done survives a power cut, not just a crash.
    connection.execute("PRAGMA synchronous = FULL")


def connection_path(connection: Connection) -> str:
    """The database file behind ``connection``."""
    return str(connection.execute("PRAGMA database_list").fetchone()[2])


def close_database(connection: Connection) -> None:
    """Fold the write-ahead log back and empty it, so deleted text leaves the disk, then close."""
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def integrity_problems(connection: Connection, path: Path) -> list[str]:
    """Every page whose authentication fails, then SQLite's own structural check."""
    with translate_errors(path):
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        if not problems:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
    return problems


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLCipher's exceptions into journal errors with words a person can act on."""
    try:
        yield
    except sqlcipher3.IntegrityError:
        raise  # a constraint broken by our own code: a bug, not a damaged journal
    except sqlcipher3.OperationalError as error:
        message = str(error).lower()
        if "disk is full" in message or "database or disk is full" in message:
            raise DiskFull() from None
        if "readonly" in message or "unable to open" in message or "permission" in message:
            raise JournalNotWritable(path.parent) from None
        if "disk i/o" in message:
            raise JournalDamaged(path, "the disk reported an error while reading it") from None
        raise JournalDamaged(path, str(error)) from None
    except sqlcipher3.DatabaseError as error:
        raise JournalDamaged(path, _damage_detail(str(error))) from None


def _damage_detail(message: str) -> str:
    if "not a database" in message:
        return "it can't be decrypted with this journal's key"
    if "malformed" in message:
        return "parts of it are missing or changed"
    return message
