"""What every part of an open journal stands on: its folder, its connection and data key
while unlocked, locking, and reading or writing in a transaction.

``Journal`` (journal.py) is built from this base and the parts beside it: keys
(journal_keys.py) and the views across the journal (journal_views.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from reflect.core.errors import JournalIsLocked
from reflect.core.instance_lock import InstanceLock
from reflect.core.storage.connection import (
    Connection,
    close_database,
    transaction,
    translate_errors,
)

DATABASE_NAME = "journal.db"
KEY_FILE_NAME = "reflect.key"

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The current time in the computer's time zone."""
    return datetime.now().astimezone()


def journal_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a journal (or the remains of one): never create over it.

    A folder Reflect may not look into counts as holding one: better to refuse to create
    than to create over something unseen.
    """
    try:
        return (folder / DATABASE_NAME).exists() or (folder / KEY_FILE_NAME).exists()
    except OSError:
        return True


class OpenJournal:
    """An unlocked journal's state and plumbing; see ``Journal`` for what it can do."""

    def __init__(
        self,
        folder: Path,
        connection: Connection,
        data_key: bytes,
        clock: Clock,
        instance: InstanceLock,
    ) -> None:
        self._folder = folder
        self._connection: Connection | None = connection
        self._instance = instance  # this process's hold on the folder (instance_lock.py)
        # Kept while unlocked only to open search connections (``open_searcher``).
        self._data_key: bytes | None = data_key
        self._clock = clock

    def lock(self) -> None:
        """Close the database and forget the key. Safe to call more than once.

        Searchers opened with ``open_searcher`` are their owners' to close.
        """
        self._data_key = None
        connection, self._connection = self._connection, None
        try:
            if connection is not None:
                with translate_errors(self.database_path):
                    close_database(connection)
        finally:
            self._instance.release()  # after closing: the next process finds it all on disk

    @property
    def is_locked(self) -> bool:
        """Whether ``lock()`` has been called."""
        return self._connection is None

    @property
    def folder(self) -> Path:
        """The journal's folder."""
        return self._folder

    @property
    def database_path(self) -> Path:
        """The encrypted database file."""
        return self._folder / DATABASE_NAME

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.lock()

    @property
    def _key_path(self) -> Path:
        return self._folder / KEY_FILE_NAME

    def _live_data_key(self) -> bytes:
        if self._data_key is None:
            raise JournalIsLocked()
        return self._data_key

    def _live_connection(self) -> Connection:
        if self._connection is None:
            raise JournalIsLocked()
        return self._connection

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        connection = self._live_connection()
        with translate_errors(self.database_path):
            yield connection

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: all of it is saved, or none of it."""
        connection = self._live_connection()
        with translate_errors(self.database_path), transaction(connection):
            yield connection
