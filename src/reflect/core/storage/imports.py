"""SQL for the keys of imported entries: which source keys a journal has already imported.

Every function runs inside the caller's transaction (see ``storage/entries.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from reflect.core.storage.connection import Connection

# SQLite binds at most 32,766 values in one statement; far fewer keep each lookup quick.
_BATCH = 500


def known_keys(connection: Connection, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` were imported before (their entries may have been deleted since)."""
    wanted = list(dict.fromkeys(keys))
    known: set[str] = set()
    for first in range(0, len(wanted), _BATCH):
        batch = wanted[first : first + _BATCH]
        placeholders = ",".join("?" * len(batch))
        rows = connection.execute(
            f"SELECT source_key FROM imported WHERE source_key IN ({placeholders})",  # noqa: S608
            batch,
        )
        known.update(str(row[0]) for row in rows)
    return known


def remember(connection: Connection, source_key: str, entry_id: int) -> None:
    """Note that ``source_key`` was imported as entry ``entry_id``."""
    connection.execute(
        "INSERT INTO imported (source_key, entry_id) VALUES (?, ?)", (source_key, entry_id)
    )
