"""Opening the SQLCipher database with the settings ARCHITECTURE.md decides, transactions,
and turning SQLCipher's exceptions into the journal's own errors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from reflect.core.errors import (
    DiskError,
    DiskFull,
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalNotWritable,
    SearchInterrupted,
)
from reflect.core.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; it is a fork of the standard sqlite3 module
    # and its Connection has the same API.
    from sqlite3 import Connection as Connection  # noqa: PLC0414 - re-exported for mypy
else:
    Connection = sqlcipher3.Connection

PAGE_SIZE = 4096  # SQLCipher 4's default; an encrypted file is a whole number of pages

# SQLite's primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _READONLY, _INTERRUPT, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3,
    5,
    6,
    8,
    9,
    10,
    11,
    13,
    14,
    26,
)


def open_database(
    path: Path, key: bytes, *, create: bool = False, any_thread: bool = False
) -> Connection:
    """Open ``path`` keyed with the raw 256-bit ``key``, without writing anything to it.

    ``mode=rw`` makes a missing file an error; only creation may make a new database. The
    caller checks the schema version before ``enable_write_ahead_log`` may change the file.
    ``any_thread``: the connection is made on one thread and used on another (one at a time).
    """
    mode = "rwc" if create else "rw"
    with translate_errors(path):
        connection: Connection = sqlcipher3.connect(
            f"{path.absolute().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,  # transactions are explicit (see ``transaction``)
            check_same_thread=not any_thread,
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
        raise JournalError(
            QT_TRANSLATE_NOOP(
                "errors", "Reflect could not keep temporary data in memory; refusing to open."
            )
        )
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA foreign_keys = ON")
    # FULL: a save reported done survives a power cut, not just a crash.
    connection.execute("PRAGMA synchronous = FULL")


def enable_write_ahead_log(connection: Connection, path: Path) -> None:
    """Switch to WAL (a no-op when the file already uses it)."""
    with translate_errors(path):
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise JournalNotWritable(path.parent)


def close_database(connection: Connection) -> None:
    """Fold the write-ahead log back and empty it, so deleted text leaves the disk, then close.

    Closing always happens: a failed checkpoint leaves the (encrypted) log for next time.
    """
    try:
        with contextlib.suppress(sqlcipher3.Error):
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def interrupt(connection: Connection) -> None:
    """Stop the statement running on ``connection`` (callable from any thread); nothing
    happens when none runs or the connection has just been closed."""
    with contextlib.suppress(sqlcipher3.ProgrammingError):
        connection.interrupt()


@contextlib.contextmanager
def transaction(connection: Connection) -> Iterator[Connection]:
    """One write transaction: all of it is saved, or none of it."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back on its own (a full disk does): rolling back
        # again would fail and hide the real reason.
        if connection.in_transaction:
            with contextlib.suppress(sqlcipher3.Error):
                connection.execute("ROLLBACK")
        raise


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
    """Turn SQLCipher's exceptions into journal errors with words a person can act on.

    Only corruption means "damaged": a full disk, a busy journal or a failing write must
    never send someone to restore an old backup over a journal that is fine.
    """
    try:
        yield
    except sqlcipher3.IntegrityError:
        raise  # a constraint broken by our own code: a bug, not a damaged journal
    except sqlcipher3.Error as error:
        raise _journal_error(error, path) from None


def _undecryptable(path: Path) -> JournalError:
    return JournalDamaged(
        path, QT_TRANSLATE_NOOP("errors", "it can't be decrypted with this journal's key")
    )


def _corrupt(path: Path) -> JournalError:
    return JournalDamaged(path, QT_TRANSLATE_NOOP("errors", "parts of it are missing or changed"))


_ERRORS_BY_CODE: dict[int, Callable[[Path], JournalError]] = {
    _FULL: lambda _: DiskFull(),
    _BUSY: lambda _: JournalBusy(),
    _INTERRUPT: lambda _: SearchInterrupted(),
    _LOCKED: lambda _: JournalBusy(),
    _READONLY: lambda path: JournalNotWritable(path.parent),
    _CANTOPEN: lambda path: JournalNotWritable(path.parent),
    _PERM: lambda path: JournalNotWritable(path.parent),
    _IOERR: DiskError,
    _NOTADB: _undecryptable,
    _CORRUPT: _corrupt,
}


def _journal_error(error: sqlcipher3.Error, path: Path) -> JournalError:
    code = int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF  # the primary code
    if code in _ERRORS_BY_CODE:
        return _ERRORS_BY_CODE[code](path)
    message = str(error)
    if "not a database" in message:
        return _undecryptable(path)
    if "malformed" in message:
        return _corrupt(path)
    return JournalError(
        QT_TRANSLATE_NOOP(
            "errors", "Reflect couldn't finish that ({message}). Everything saved before is safe."
        ),
        message=message,
    )
