"""SQL for shares, their items, the people list, rehearsals and "What I've shared".

Item positions within a share are kept dense (0, 1, 2…), so "move to position n" is one
range update. Settings and redaction decisions are small JSON documents on the share row:
they are read and written whole, and a value a newer Reflect added is ignored, not lost on
read (it is replaced only when the person changes the settings).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from reflect.core.shares import (
    ExcerptSource,
    ExportFormat,
    ItemKind,
    Person,
    RedactionDecision,
    Rehearsal,
    SharedRecord,
    ShareItem,
    ShareSettings,
    ShareSummary,
)
from reflect.core.storage.connection import Connection
from reflect.core.storage.entries import from_columns, to_columns

# --- shares ----------------------------------------------------------------------------


def list_shares(connection: Connection) -> list[ShareSummary]:
    """Every share, the most recently changed first."""
    rows = connection.execute(
        "SELECT s.id, s.name, s.updated_at, s.updated_offset,"
        " (SELECT count(*) FROM share_items i WHERE i.share_id = s.id)"
        " FROM shares s ORDER BY s.updated_at DESC, s.id DESC"
    )
    return [
        ShareSummary(int(i), str(name), from_columns(at, offset), int(count))
        for i, name, at, offset, count in rows
    ]


def share_row(connection: Connection, share_id: int) -> tuple[Any, ...] | None:
    """(id, name, title, created, updated, settings, decisions) of a share, or ``None``."""
    row = connection.execute(
        "SELECT id, name, title, created_at, created_offset, updated_at, updated_offset,"
        " settings, decisions FROM shares WHERE id = ?",
        (share_id,),
    ).fetchone()
    if row is None:
        return None
    return (
        int(row[0]),
        str(row[1]),
        str(row[2]),
        from_columns(row[3], row[4]),
        from_columns(row[5], row[6]),
        settings_from_json(row[7]),
        decisions_from_json(row[8]),
    )


def share_id_named(connection: Connection, name: str) -> int | None:
    """The id of the share called ``name`` (ignoring case), if there is one."""
    row = connection.execute("SELECT id FROM shares WHERE name = ?", (name,)).fetchone()
    return None if row is None else int(row[0])


def insert_share(connection: Connection, name: str, title: str, now: datetime) -> int:
    """Add an empty share and return its id."""
    at, offset = to_columns(now)
    cursor = connection.execute(
        "INSERT INTO shares (name, title, created_at, created_offset, updated_at, updated_offset)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (name, title, at, offset, at, offset),
    )
    return int(cursor.lastrowid or 0)


def update_share(
    connection: Connection,
    share_id: int,
    *,
    name: str | None,
    title: str | None,
    settings: ShareSettings | None,
    decisions: Sequence[RedactionDecision] | None,
) -> None:
    """Change the given parts of a share's own row."""
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = name
    if title is not None:
        changes["title"] = title
    if settings is not None:
        changes["settings"] = settings_to_json(settings)
    if decisions is not None:
        changes["decisions"] = decisions_to_json(decisions)
    if changes:
        assignments = ", ".join(f"{column} = :{column}" for column in changes)
        connection.execute(
            f"UPDATE shares SET {assignments} WHERE id = :id",  # noqa: S608 - fixed column names
            {**changes, "id": share_id},
        )


def touch_share(connection: Connection, share_id: int, now: datetime) -> None:
    """Mark a share as changed now (the list shows the most recently changed first)."""
    at, offset = to_columns(now)
    connection.execute(
        "UPDATE shares SET updated_at = ?, updated_offset = ? WHERE id = ?",
        (at, offset, share_id),
    )


def delete_share(connection: Connection, share_id: int) -> bool:
    """Delete a share with its items and rehearsals; its history records keep its name."""
    return connection.execute("DELETE FROM shares WHERE id = ?", (share_id,)).rowcount > 0


# --- items -----------------------------------------------------------------------------


def share_items(connection: Connection, share_id: int) -> list[ShareItem]:
    """A share's items in order, each excerpt with its entry's date when the entry exists."""
    rows = connection.execute(
        'SELECT i.id, i.kind, i.text, i.note, i.entry_id, i.start, i."end",'
        " e.created_at, e.created_offset"
        " FROM share_items i"
        " LEFT JOIN entries e INDEXED BY entries_by_id_created ON e.id = i.entry_id"
        " WHERE i.share_id = ? ORDER BY i.position",
        (share_id,),
    )
    items = []
    for item_id, kind, text, note, entry_id, start, end, at, offset in rows:
        source = None if entry_id is None else ExcerptSource(int(entry_id), int(start), int(end))
        created = None if at is None else from_columns(at, offset)
        items.append(ShareItem(int(item_id), ItemKind(kind), str(text), str(note), source, created))
    return items


def item_count(connection: Connection, share_id: int) -> int:
    """How many items a share has."""
    row = connection.execute("SELECT count(*) FROM share_items WHERE share_id = ?", (share_id,))
    return int(row.fetchone()[0])


def item_place(connection: Connection, item_id: int) -> tuple[int, int] | None:
    """(share id, position) of an item, or ``None`` if it is gone."""
    row = connection.execute(
        "SELECT share_id, position FROM share_items WHERE id = ?", (item_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), int(row[1]))


def insert_item(
    connection: Connection,
    share_id: int,
    position: int,
    *,
    kind: ItemKind,
    text: str,
    source: ExcerptSource | None = None,
) -> int:
    """Add an item at ``position`` (0 ≤ position ≤ count), moving later items down one."""
    connection.execute(
        "UPDATE share_items SET position = position + 1 WHERE share_id = ? AND position >= ?",
        (share_id, position),
    )
    cursor = connection.execute(
        'INSERT INTO share_items (share_id, position, kind, text, entry_id, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            share_id,
            position,
            kind.value,
            text,
            None if source is None else source.entry_id,
            None if source is None else source.start,
            None if source is None else source.end,
        ),
    )
    return int(cursor.lastrowid or 0)


def update_item(
    connection: Connection, item_id: int, *, text: str | None, note: str | None
) -> None:
    """Change an item's words and/or its private note."""
    if text is not None:
        connection.execute("UPDATE share_items SET text = ? WHERE id = ?", (text, item_id))
    if note is not None:
        connection.execute("UPDATE share_items SET note = ? WHERE id = ?", (note, item_id))


def move_item(connection: Connection, item_id: int, share_id: int, old: int, new: int) -> None:
    """Move an item from position ``old`` to ``new``, shifting the items between."""
    if new < old:
        connection.execute(
            "UPDATE share_items SET position = position + 1"
            " WHERE share_id = ? AND position >= ? AND position < ?",
            (share_id, new, old),
        )
    elif new > old:
        connection.execute(
            "UPDATE share_items SET position = position - 1"
            " WHERE share_id = ? AND position > ? AND position <= ?",
            (share_id, old, new),
        )
    connection.execute("UPDATE share_items SET position = ? WHERE id = ?", (new, item_id))


def delete_item(connection: Connection, item_id: int, share_id: int, position: int) -> None:
    """Remove an item, closing the gap it leaves."""
    connection.execute("DELETE FROM share_items WHERE id = ?", (item_id,))
    connection.execute(
        "UPDATE share_items SET position = position - 1 WHERE share_id = ? AND position > ?",
        (share_id, position),
    )


def entry_span_text(connection: Connection, source: ExcerptSource) -> str | None:
    """The words ``source`` points at, or ``None`` if the entry is gone or too short."""
    row = connection.execute(
        "SELECT length(body) >= :end, substr(body, :start + 1, :end - :start)"
        " FROM entries WHERE id = :id",
        {"id": source.entry_id, "start": source.start, "end": source.end},
    ).fetchone()
    if row is None or not row[0]:
        return None
    return str(row[1])


# --- links into entries, moved when an entry's text changes -------------------------------

# (table, key column) of every span that points into an entry and must follow its words.
_LINKED = (("share_items", "id"), ("shared_passages", "rowid"))


def linked_spans(connection: Connection, entry_id: int) -> list[tuple[str, int, int, int]]:
    """(table, row key, start, end) of every share item and shared passage in an entry."""
    spans: list[tuple[str, int, int, int]] = []
    for table, key in _LINKED:
        rows = connection.execute(
            f'SELECT {key}, start, "end" FROM {table} WHERE entry_id = ?',  # noqa: S608
            (entry_id,),
        )
        spans.extend((table, int(row_key), int(start), int(end)) for row_key, start, end in rows)
    return spans


def move_linked_span(connection: Connection, table: str, key: int, start: int, end: int) -> None:
    """Store a linked span's new place (``table`` comes from ``linked_spans``)."""
    column = dict(_LINKED)[table]
    connection.execute(
        f'UPDATE {table} SET start = ?, "end" = ? WHERE {column} = ?',  # noqa: S608
        (start, end, key),
    )


# --- people ----------------------------------------------------------------------------


def list_people(connection: Connection) -> list[Person]:
    """The people list, by name."""
    rows = connection.execute("SELECT id, name, alias, forms FROM people ORDER BY name")
    return [
        Person(int(i), str(name), str(alias), tuple(_string_list(forms)))
        for i, name, alias, forms in rows
    ]


def person_id_named(connection: Connection, name: str) -> int | None:
    """The id of the person called ``name`` (ignoring case), if there is one."""
    row = connection.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
    return None if row is None else int(row[0])


def insert_person(connection: Connection, person: Person) -> int:
    """Add someone to the people list and return their id."""
    cursor = connection.execute(
        "INSERT INTO people (name, alias, forms) VALUES (?, ?, ?)",
        (person.name, person.alias, json.dumps(list(person.forms), ensure_ascii=False)),
    )
    return int(cursor.lastrowid or 0)


def update_person(connection: Connection, person_id: int, person: Person) -> bool:
    """Replace a person's name, alias and forms; ``False`` if they are gone."""
    cursor = connection.execute(
        "UPDATE people SET name = ?, alias = ?, forms = ? WHERE id = ?",
        (person.name, person.alias, json.dumps(list(person.forms), ensure_ascii=False), person_id),
    )
    return cursor.rowcount > 0


def delete_person(connection: Connection, person_id: int) -> bool:
    """Remove someone from the people list; ``False`` if they were already gone."""
    return connection.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount > 0


# --- rehearsals and history --------------------------------------------------------------


def insert_rehearsal(connection: Connection, share_id: int, when: datetime, seconds: int) -> None:
    """Remember one practice run of a share."""
    connection.execute(
        "INSERT INTO share_rehearsals (share_id, rehearsed_at, rehearsed_offset, seconds)"
        " VALUES (?, ?, ?, ?)",
        (share_id, *to_columns(when), seconds),
    )


def rehearsals(connection: Connection, share_id: int) -> list[Rehearsal]:
    """A share's practice runs, oldest first."""
    rows = connection.execute(
        "SELECT rehearsed_at, rehearsed_offset, seconds FROM share_rehearsals"
        " WHERE share_id = ? ORDER BY rehearsed_at, id",
        (share_id,),
    )
    return [Rehearsal(from_columns(at, offset), int(seconds)) for at, offset, seconds in rows]


def insert_record(
    connection: Connection,
    *,
    share_id: int | None,
    share_name: str,
    when: datetime,
    file_name: str,
    fmt: ExportFormat,
    passages: Sequence[ExcerptSource],
) -> int:
    """Add a line to "What I've shared", with the journal spans it printed."""
    cursor = connection.execute(
        "INSERT INTO shared_records (share_id, share_name, shared_at, shared_offset, file_name,"
        " format) VALUES (?, ?, ?, ?, ?, ?)",
        (share_id, share_name, *to_columns(when), file_name, fmt.value),
    )
    record_id = int(cursor.lastrowid or 0)
    connection.executemany(
        'INSERT INTO shared_passages (record_id, entry_id, start, "end") VALUES (?, ?, ?, ?)',
        [(record_id, p.entry_id, p.start, p.end) for p in passages],
    )
    return record_id


def shared_records(connection: Connection) -> list[SharedRecord]:
    """Every line of "What I've shared", newest first, with its passages."""
    passages: dict[int, list[ExcerptSource]] = {}
    for record_id, entry_id, start, end in connection.execute(
        'SELECT record_id, entry_id, start, "end" FROM shared_passages ORDER BY rowid'
    ):
        passages.setdefault(int(record_id), []).append(ExcerptSource(entry_id, start, end))
    rows = connection.execute(
        "SELECT id, share_id, share_name, shared_at, shared_offset, file_name, format"
        " FROM shared_records ORDER BY shared_at DESC, id DESC"
    )
    return [
        SharedRecord(
            int(i),
            None if share_id is None else int(share_id),
            str(name),
            from_columns(at, offset),
            str(file_name),
            ExportFormat(fmt),
            tuple(passages.get(int(i), ())),
        )
        for i, share_id, name, at, offset, file_name, fmt in rows
    ]


# --- the JSON documents on a share row ----------------------------------------------------


def settings_to_json(settings: ShareSettings) -> str:
    """Settings as stored."""
    values = asdict(settings)
    if settings.story_start is not None:
        values["story_start"] = settings.story_start.isoformat()
    return json.dumps(values, sort_keys=True)


def settings_from_json(text: str) -> ShareSettings:
    """Stored settings; a missing or unreadable value takes its default."""
    try:
        stored = json.loads(text)
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    defaults = ShareSettings()
    values: dict[str, Any] = {}
    for spec in fields(ShareSettings):
        value = stored.get(spec.name, getattr(defaults, spec.name))
        if spec.name == "story_start":
            value = _date_or_none(value)
        elif type(value) is not type(getattr(defaults, spec.name)):
            value = getattr(defaults, spec.name)
        values[spec.name] = value
    return ShareSettings(**values)


def decisions_to_json(decisions: Sequence[RedactionDecision]) -> str:
    """Decisions as stored: a list of [original, replacement, accepted]."""
    return json.dumps(
        [[d.original, d.replacement, d.accepted] for d in decisions], ensure_ascii=False
    )


def decisions_from_json(text: str) -> tuple[RedactionDecision, ...]:
    """Stored decisions; malformed rows are left out."""
    try:
        stored = json.loads(text)
    except ValueError:
        return ()
    decisions = []
    for row in stored if isinstance(stored, list) else ():
        if (
            isinstance(row, list)
            and len(row) == 3
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and isinstance(row[2], bool)
        ):
            decisions.append(RedactionDecision(row[0], row[1], row[2]))
    return tuple(decisions)


def _string_list(text: str) -> list[str]:
    try:
        values = json.loads(text)
    except ValueError:
        return []
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _date_or_none(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# --- where excerpts come from --------------------------------------------------------------


def moment_spans(connection: Connection, moment_ids: Sequence[int]) -> dict[int, ExcerptSource]:
    """The entry span of each of these moments that still exists."""
    rows = connection.execute(
        'SELECT id, entry_id, start, "end" FROM moments'
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(moment_ids)),),
    )
    return {int(i): ExcerptSource(int(e), int(start), int(end)) for i, e, start, end in rows}


def kind_spans_oldest_first(connection: Connection, kind: str) -> list[ExcerptSource]:
    """Every moment of ``kind`` as an entry span, oldest entry first, then by place."""
    rows = connection.execute(
        'SELECT m.entry_id, m.start, m."end"'
        " FROM moments m INDEXED BY moments_by_kind"
        " JOIN entries e INDEXED BY entries_by_id_created ON e.id = m.entry_id"
        " WHERE m.kind = ? ORDER BY e.created_at, e.id, m.start, m.id",
        (kind,),
    )
    return [ExcerptSource(int(entry), int(start), int(end)) for entry, start, end in rows]


def entry_dates(connection: Connection, entry_ids: Sequence[int]) -> dict[int, datetime]:
    """When each of these entries was written (read from an index, not the entries' text)."""
    rows = connection.execute(
        "SELECT id, created_at, created_offset FROM entries INDEXED BY entries_by_id_created"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(entry_ids)),),
    )
    return {int(entry_id): from_columns(at, offset) for entry_id, at, offset in rows}
