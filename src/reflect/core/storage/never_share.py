"""SQL for "Never Share" marks and for where an entry's words were shared before."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from reflect.core.storage.connection import Connection
from reflect.core.storage.entries import from_columns

# Whether a moment, or its whole entry, is marked (``m`` is the moment's row).
MOMENT_MARKED_SQL = (
    "(EXISTS (SELECT 1 FROM never_share_moments n WHERE n.moment_id = m.id)"
    " OR EXISTS (SELECT 1 FROM never_share_entries n WHERE n.entry_id = m.entry_id))"
)


def set_entry(connection: Connection, entry_id: int, on: bool) -> None:
    """Mark or unmark a whole entry."""
    if on:
        connection.execute(
            "INSERT OR IGNORE INTO never_share_entries (entry_id) VALUES (?)", (entry_id,)
        )
    else:
        connection.execute("DELETE FROM never_share_entries WHERE entry_id = ?", (entry_id,))


def set_moments(connection: Connection, moment_ids: Sequence[int], on: bool) -> None:
    """Mark or unmark these moments."""
    ids = json.dumps(list(moment_ids))
    if on:
        connection.execute(
            "INSERT OR IGNORE INTO never_share_moments (moment_id)"
            " SELECT id FROM moments WHERE id IN (SELECT value FROM json_each(?))",
            (ids,),
        )
    else:
        connection.execute(
            "DELETE FROM never_share_moments WHERE moment_id IN (SELECT value FROM json_each(?))",
            (ids,),
        )


def entry_marked(connection: Connection, entry_id: int) -> bool:
    """Whether the whole entry is marked."""
    row = connection.execute(
        "SELECT 1 FROM never_share_entries WHERE entry_id = ?", (entry_id,)
    ).fetchone()
    return row is not None


def marked_moment_ids(connection: Connection, entry_id: int) -> frozenset[int]:
    """The entry's marked moments."""
    rows = connection.execute(
        "SELECT n.moment_id FROM never_share_moments n JOIN moments m ON m.id = n.moment_id"
        " WHERE m.entry_id = ?",
        (entry_id,),
    )
    return frozenset(int(row[0]) for row in rows)


def covered(connection: Connection, entry_ids: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
    """For each of these entries with a mark, the spans no share may hold; a whole entry
    marked is ``[(0, -1)]`` (everything, however long it grows)."""
    ids = json.dumps(sorted(set(entry_ids)))
    spans: dict[int, list[tuple[int, int]]] = {}
    for entry_id, start, end in connection.execute(
        'SELECT m.entry_id, m.start, m."end" FROM never_share_moments n'
        " JOIN moments m ON m.id = n.moment_id"
        " WHERE m.entry_id IN (SELECT value FROM json_each(:ids))"
        " UNION ALL SELECT entry_id, 0, -1 FROM never_share_entries"
        " WHERE entry_id IN (SELECT value FROM json_each(:ids))",
        {"ids": ids},
    ):
        spans.setdefault(int(entry_id), []).append((int(start), int(end)))
    return spans


def shared_passages(
    connection: Connection, entry_ids: Sequence[int]
) -> list[tuple[int, int, int, datetime, str]]:
    """(entry id, start, end, when, share name) of every shared passage in these entries,
    the newest first."""
    rows = connection.execute(
        'SELECT p.entry_id, p.start, p."end", r.shared_at, r.shared_offset, r.share_name'
        " FROM shared_passages p JOIN shared_records r ON r.id = p.record_id"
        " WHERE p.entry_id IN (SELECT value FROM json_each(?))"
        " ORDER BY r.shared_at DESC, r.id DESC",
        (json.dumps(sorted(set(entry_ids))),),
    )
    return [
        (int(entry_id), int(start), int(end), from_columns(at, offset), str(name))
        for entry_id, start, end, at, offset, name in rows
    ]
