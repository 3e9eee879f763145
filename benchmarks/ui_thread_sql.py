"""Counting the SQL statements each thread runs, to prove the UI thread writes nothing.

``install()`` wraps ``sqlcipher3.connect`` so that every connection opened afterwards (the
journal's, the search connection, a backup's) reports each statement it starts, through
SQLite's trace hook, on the thread that runs it. Only counts are kept, never the SQL: the
statements carry entry text and the key. It is installed by the start-up probe in app
processes the benchmark starts, before Reflect imports anything, and costs one Python call
per statement on the thread that runs it.

A *write* is a statement that changes the database or opens, ends or rolls back a
transaction (``INSERT``, ``UPDATE``, ``DELETE``, ``CREATE``, ``BEGIN``, ``COMMIT``, a
``PRAGMA`` that sets something…). The UI thread should run no statement at all; the
table reports its writes, the figure the issue asks for, and the raw results keep every
statement it ran.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

WRITE_WORDS = frozenset(
    {
        "INSERT",
        "UPDATE",
        "DELETE",
        "REPLACE",
        "CREATE",
        "DROP",
        "ALTER",
        "VACUUM",
        "REINDEX",
        "ANALYZE",
        "BEGIN",
        "COMMIT",
        "END",
        "ROLLBACK",
        "SAVEPOINT",
        "RELEASE",
    }
)
_FIRST_WORD = re.compile(r"\s*([A-Za-z_]+)")
_CHANGING_WORD = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def is_write(sql: str) -> bool:
    """Whether ``sql`` (one statement as SQLite traces it) writes, as defined above."""
    match = _FIRST_WORD.match(sql)
    if match is None:
        return False  # "-- trigger" lines: part of a statement already counted
    word = match.group(1).upper()
    if word == "PRAGMA":
        return "=" in sql or "checkpoint" in sql.lower()
    if word == "WITH":  # a common table expression ahead of an INSERT/UPDATE/DELETE
        return _CHANGING_WORD.search(sql) is not None
    return word in WRITE_WORDS


@dataclass
class StatementCounts:
    """Statements started on the UI (main) thread and on every other thread."""

    ui_statements: int = 0
    ui_writes: int = 0
    other_statements: int = 0
    other_writes: int = 0

    def note(self, sql: str) -> None:
        # Runs on the thread that runs the statement; ``+=`` on ints holds the GIL, and a
        # count off by one under a race would still tell zero from not zero.
        write = is_write(sql)
        if threading.current_thread() is threading.main_thread():
            self.ui_statements += 1
            self.ui_writes += write
        else:
            self.other_statements += 1
            self.other_writes += write


COUNTS = StatementCounts()


def install() -> None:
    """Trace every connection opened from now on into ``COUNTS`` (once per process)."""
    import sqlcipher3  # noqa: PLC0415 - only in the app processes that ask for it

    connect: Callable[..., Any] = sqlcipher3.connect
    if getattr(connect, "counted", False):
        return

    def counted_connect(*args: Any, **kwargs: Any) -> Any:
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(COUNTS.note)
        return connection

    counted_connect.counted = True  # type: ignore[attr-defined]
    sqlcipher3.connect = counted_connect
