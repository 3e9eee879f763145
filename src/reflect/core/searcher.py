"""``Searcher``: searching a journal on its own connection, so a search can be stopped.

The UI searches as the person types. A search for a common word may take a while on a big
journal, and a newer search makes it useless: ``interrupt()`` (from any thread) stops it at
once. Interrupting the journal's own connection could stop a save, so searches get their
own read connection, which also keeps saves from waiting behind a search. It has a large
page cache because a search touches the index and the covering date index over and over;
SQLCipher decrypts a page each time it reads one from disk, and from the cache never.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from reflect.core.errors import JournalError, JournalIsLocked, SearchInterrupted
from reflect.core.search import SearchHit, SearchQuery
from reflect.core.storage import search as store
from reflect.core.storage.connection import (
    Connection,
    interrupt,
    open_database,
    translate_errors,
)

CACHE_KIB = 128 * 1024  # 128 MiB: a 100,000-entry journal's index and dates stay in memory
PAGE_OF_HITS = 20  # results made ready at once: more rows than a window shows


@dataclass(frozen=True)
class SearchResults:
    """How many entries match, and the first of them ready to show."""

    total: int
    hits: list[SearchHit]


class Searcher:
    """A read connection for searches. Made on one thread, it may be used on another (one
    thread at a time); ``interrupt`` may be called from any thread. Close it when done."""

    def __init__(self, database_path: Path, data_key: bytes) -> None:
        self._path = database_path
        self._interrupted = False
        self._connection: Connection | None = open_database(
            database_path, data_key, any_thread=True
        )
        with translate_errors(database_path):
            self._connection.execute(f"PRAGMA cache_size = -{CACHE_KIB:d}")
            self._connection.execute("PRAGMA query_only = ON")  # it never writes

    def search(self, query: SearchQuery, first: int = PAGE_OF_HITS) -> SearchResults:
        """How many entries match, and the first ``first`` of them with their snippets."""
        with self._reading() as connection:
            return SearchResults(
                store.count(connection, query), store.page(connection, query, 0, first)
            )

    def page(self, query: SearchQuery, offset: int, limit: int) -> list[SearchHit]:
        """Matches ``offset`` to ``offset + limit`` (in the query's order) with snippets."""
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit can't be negative")
        with self._reading() as connection:
            return store.page(connection, query, offset, limit)

    def first_match(self, query: SearchQuery, entry_id: int) -> tuple[int, int] | None:
        """Where in the entry's text ``query`` first matches (see ``store.first_match``)."""
        with self._reading() as connection:
            return store.first_match(connection, query, entry_id)

    def interrupt(self) -> None:
        """Stop the search running now, if any: it raises ``SearchInterrupted``."""
        connection = self._connection
        if connection is not None:
            self._interrupted = True
            interrupt(connection)

    def close(self) -> None:
        """Close the connection (on the thread using it). Safe to call more than once."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Connection]:
        if self._connection is None:
            raise JournalIsLocked()
        self._interrupted = False
        try:
            with translate_errors(self._path):
                yield self._connection
        except JournalError:
            # Stopped while SQLite was still loading the index, the error says only that
            # the index could not be loaded; it is the interruption all the same.
            if self._interrupted:
                raise SearchInterrupted() from None
            raise
