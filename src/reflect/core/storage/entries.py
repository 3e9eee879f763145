"""SQL for entries, their tags and moments, with the search index kept in step.

Every function takes an open connection and runs inside the caller's transaction; the
``Journal`` facade decides where transactions begin and end.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from reflect.core.domain import (
    HOPE,
    KEEP,
    STRUGGLE,
    Entry,
    EntrySummary,
    FormatSpan,
    Keep,
    Moment,
    preview_of,
)
from reflect.core.prompts import Prompt
from reflect.core.storage.connection import Connection

if TYPE_CHECKING:
    from sqlite3 import Cursor  # sqlcipher3's cursor has the same API

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_columns(moment: datetime) -> tuple[int, int]:
    """An aware datetime as (microseconds since the epoch, seconds east of UTC)."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("times are stored with their time zone")
    return (moment - _EPOCH) // _MICROSECOND, int(offset.total_seconds())


def from_columns(micros: int, offset_seconds: int) -> datetime:
    """The datetime ``to_columns`` stored, in the time zone it was written in."""
    zone = timezone(timedelta(seconds=offset_seconds))
    return (_EPOCH + micros * _MICROSECOND).astimezone(zone)


def insert_entry(
    connection: Connection,
    *,
    created: datetime,
    title: str,
    text: str,
    formatting: Sequence[FormatSpan],
    mood: int | None = None,
) -> int:
    """Add an entry (without tags or moments) and return its id."""
    created_columns = to_columns(created)
    cursor = connection.execute(
        "INSERT INTO entries (created_at, created_offset, updated_at, updated_offset,"
        " title, body, formatting, mood) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (*created_columns, *created_columns, title, text, _formatting_json(formatting), mood),
    )
    return _inserted_id(cursor)


def update_entry(
    connection: Connection,
    entry_id: int,
    *,
    updated: datetime,
    created: datetime | None = None,
    title: str | None = None,
    text: str | None = None,
    formatting: Sequence[FormatSpan] | None = None,
    mood: int | Keep | None = KEEP,
) -> None:
    """Change the given fields of an entry; ``None`` (``mood``: ``KEEP``) leaves it as it is."""
    assignments = ["updated_at = ?", "updated_offset = ?"]
    values: list[object] = list(to_columns(updated))
    if created is not None:
        assignments += ["created_at = ?", "created_offset = ?"]
        values += to_columns(created)
    for column, value in (("title", title), ("body", text)):
        if value is not None:
            assignments.append(f"{column} = ?")
            values.append(value)
    if formatting is not None:
        assignments.append("formatting = ?")
        values.append(_formatting_json(formatting))
    if not isinstance(mood, Keep):
        assignments.append("mood = ?")
        values.append(mood)
    # Only fixed column names and "?" placeholders go into the text; values are bound.
    statement = f"UPDATE entries SET {', '.join(assignments)} WHERE id = ?"  # noqa: S608
    connection.execute(statement, (*values, entry_id))


def delete_entry(connection: Connection, entry_id: int) -> None:
    """Remove an entry; its moments and tag links go with it."""
    connection.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
    drop_unused_tags(connection)


def set_mood(connection: Connection, entry_id: int, mood: int | None) -> None:
    """Record (or clear, with ``None``) an entry's 1–5 check-in."""
    connection.execute("UPDATE entries SET mood = ? WHERE id = ?", (mood, entry_id))


def user_prompts(connection: Connection) -> list[Prompt]:
    """The person's own prompts, oldest first."""
    rows = connection.execute("SELECT id, theme, text FROM user_prompts ORDER BY id")
    return [Prompt(theme=str(theme), text=str(text), id=int(i)) for i, theme, text in rows]


def insert_user_prompt(connection: Connection, theme: str, text: str) -> int:
    """Keep a prompt the person wrote; returns its id."""
    cursor = connection.execute(
        "INSERT INTO user_prompts (theme, text) VALUES (?, ?)", (theme, text)
    )
    return _inserted_id(cursor)


def delete_user_prompt(connection: Connection, prompt_id: int) -> bool:
    """Forget one of the person's prompts; ``False`` when there was no such prompt."""
    cursor = connection.execute("DELETE FROM user_prompts WHERE id = ?", (prompt_id,))
    return cursor.rowcount > 0


def next_entry_id(connection: Connection) -> int:
    """An id no entry has now (one past the largest)."""
    row = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM entries").fetchone()
    return int(row[0])


def entry_exists(connection: Connection, entry_id: int) -> bool:
    """Whether an entry with this id exists."""
    row = connection.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone()
    return row is not None


def set_entry_tags(connection: Connection, entry_id: int, tags: Sequence[str]) -> None:
    """Replace an entry's tags with ``tags`` (already normalised), keeping their order."""
    connection.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    for position, name in enumerate(tags):
        connection.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING", (name,))
        connection.execute(
            "INSERT INTO entry_tags (entry_id, tag_id, position)"
            " SELECT ?, id, ? FROM tags WHERE name = ?",
            (entry_id, position, name),
        )
    drop_unused_tags(connection)


def drop_unused_tags(connection: Connection) -> None:
    """Forget tags no entry uses any more, so a deleted entry leaves no trace in them."""
    connection.execute(
        "DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags WHERE tag_id = tags.id)"
    )


def all_tags(connection: Connection) -> list[str]:
    """Every tag in use, alphabetically."""
    rows = connection.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")
    return [str(row[0]) for row in rows]


def insert_moment(
    connection: Connection, entry_id: int, *, start: int, end: int, kind: str, note: str
) -> int:
    """Add a moment to an entry and return its id."""
    cursor = connection.execute(
        'INSERT INTO moments (entry_id, start, "end", kind, note) VALUES (?, ?, ?, ?, ?)',
        (entry_id, start, end, kind, note),
    )
    return _inserted_id(cursor)


def moment_entry_id(connection: Connection, moment_id: int) -> int | None:
    """The entry a moment belongs to, or ``None`` when there is no such moment."""
    row = connection.execute("SELECT entry_id FROM moments WHERE id = ?", (moment_id,)).fetchone()
    return None if row is None else int(row[0])


def move_moment(connection: Connection, moment_id: int, start: int, end: int) -> None:
    """Give a moment new offsets (its words moved when the text around them changed)."""
    connection.execute(
        'UPDATE moments SET start = ?, "end" = ? WHERE id = ?', (start, end, moment_id)
    )


def replace_moment(
    connection: Connection, moment_id: int, *, start: int, end: int, kind: str, note: str
) -> None:
    """Give a moment new offsets, kind and note (the editor's view of it at a save)."""
    connection.execute(
        'UPDATE moments SET start = ?, "end" = ?, kind = ?, note = ? WHERE id = ?',
        (start, end, kind, note, moment_id),
    )


def delete_moment(connection: Connection, moment_id: int) -> None:
    """Remove one moment."""
    connection.execute("DELETE FROM moments WHERE id = ?", (moment_id,))


def get_entry(connection: Connection, entry_id: int) -> Entry | None:
    """One complete entry, or ``None``."""
    row = connection.execute(_ENTRY_SELECT + " WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        return None
    entry = _entry_from_row(
        row, _tags_for(connection, [entry_id]), _moments_for(connection, [entry_id])
    )
    marked = connection.execute(
        "SELECT 1 FROM never_share_entries WHERE entry_id = ?", (entry_id,)
    ).fetchone()
    return dataclasses.replace(entry, never_share=True) if marked else entry


def iter_entries(connection: Connection, batch_size: int = 500) -> Iterator[Entry]:
    """Every entry, complete, newest first; read in batches so memory stays flat."""
    last: tuple[int, int] | None = None
    while True:
        if last is None:
            rows = connection.execute(
                _ENTRY_SELECT + " ORDER BY created_at DESC, id DESC LIMIT ?", (batch_size,)
            ).fetchall()
        else:
            rows = connection.execute(
                _ENTRY_SELECT + " WHERE (created_at, id) < (?, ?)"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                (*last, batch_size),
            ).fetchall()
        if not rows:
            return
        ids = [int(row[0]) for row in rows]
        tags = _tags_for(connection, ids)
        moments = _moments_for(connection, ids)
        yield from (_entry_from_row(row, tags, moments) for row in rows)
        last = (int(rows[-1][1]), int(rows[-1][0]))


def entry_ids(connection: Connection) -> list[int]:
    """Every entry's id, newest first: one pass over a small index, however long the journal."""
    rows = connection.execute("SELECT id FROM entries ORDER BY created_at DESC, id DESC")
    return [int(row[0]) for row in rows]


def list_summaries(
    connection: Connection, entry_ids: Sequence[int] | None = None
) -> list[EntrySummary]:
    """Summaries of the given entries (in that order), or of every entry newest first."""
    query = (
        "SELECT e.id, e.created_at, e.created_offset, e.title, substr(e.body, 1, 400),"
        "       (SELECT group_concat(t.name, char(31) ORDER BY et.position)"
        "          FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id),"
        "       (SELECT count(*) FROM moments m WHERE m.entry_id = e.id AND m.kind = ?),"
        "       (SELECT count(*) FROM moments m WHERE m.entry_id = e.id AND m.kind = ?),"
        "       EXISTS (SELECT 1 FROM never_share_entries n WHERE n.entry_id = e.id)"
        "  FROM entries e"
    )
    parameters: tuple[object, ...] = (HOPE, STRUGGLE)
    if entry_ids is None:
        query += " ORDER BY e.created_at DESC, e.id DESC"
    else:
        query += f" WHERE e.id IN ({_placeholders(len(entry_ids))})"
        parameters += tuple(entry_ids)
    summaries = [
        EntrySummary(
            id=int(row[0]),
            created=from_columns(row[1], row[2]),
            title=str(row[3]),
            preview=preview_of(str(row[4])),
            tags=tuple(str(row[5]).split("\x1f")) if row[5] else (),
            hope_count=int(row[6]),
            struggle_count=int(row[7]),
            never_share=bool(row[8]),
        )
        for row in connection.execute(query, parameters)
    ]
    if entry_ids is None:
        return summaries
    by_id = {summary.id: summary for summary in summaries}
    return [by_id[i] for i in entry_ids if i in by_id]


def count_entries(connection: Connection) -> int:
    """How many entries the journal holds."""
    return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])


def reinsert_entry(connection: Connection, entry: Entry) -> None:
    """Put a deleted entry's row back under its own id, both times as they were.

    Tags, moments and the search index are the caller's to put back.
    """
    connection.execute(
        "INSERT INTO entries (id, created_at, created_offset, updated_at, updated_offset,"
        " title, body, formatting, mood) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.id,
            *to_columns(entry.created),
            *to_columns(entry.updated),
            entry.title,
            entry.text,
            _formatting_json(entry.formatting),
            entry.mood,
        ),
    )


def moment_exists(connection: Connection, moment_id: int) -> bool:
    """Whether a moment with this id exists (in any entry)."""
    row = connection.execute("SELECT 1 FROM moments WHERE id = ?", (moment_id,)).fetchone()
    return row is not None


def reinsert_moment(connection: Connection, moment: Moment) -> None:
    """Put a moment back under its own id (the caller checked the id is free)."""
    connection.execute(
        'INSERT INTO moments (id, entry_id, start, "end", kind, note) VALUES (?, ?, ?, ?, ?, ?)',
        (moment.id, moment.entry_id, moment.start, moment.end, moment.kind, moment.note),
    )


# --- months -----------------------------------------------------------------------------
#
# An entry belongs to the month on its own date: its created time in the offset it was
# written at (``created_at + created_offset`` seconds, as wall-clock time). The index on
# ``created_at`` knows nothing of offsets, and reading the offset means reading the entry's
# row (the whole table is the whole journal: about 1 s to decrypt at 100,000 entries). But
# an offset is always less than a day, so only entries within a day of a month's edge can
# belong to another month than their UTC time suggests: the middle of every month is
# counted from the index alone, and only the rows near its edges are read.

DAY_MICROS = 86_400_000_000


def _floor_seconds(micros: str) -> str:
    """SQL for whole seconds at or before ``micros`` (SQLite's ``/`` truncates toward zero)."""
    return f"(({micros}) - (((({micros}) % 1000000) + 1000000) % 1000000)) / 1000000"


def _month_start(seconds: str, *modifiers: str) -> str:
    """SQL for the microseconds at the start of the (UTC) month ``seconds`` falls in."""
    extra = "".join(f", '{modifier}'" for modifier in modifiers)
    return (
        f"CAST(strftime('%s', {seconds}, 'unixepoch', 'start of month'{extra}) AS INTEGER)"
        " * 1000000"
    )


_LOCAL_MICROS = "e.created_at + e.created_offset * 1000000"

# ``months`` runs over every calendar month from a day before the first entry to a day
# after the last (month starts as wall-clock microseconds); ``counted`` adds, for each
# month, the entries certainly in it (more than a day from either edge: index only) and,
# one by one, the entries within a day of its start, put in the month of their own date.
_ENTRY_MONTHS = f"""
WITH RECURSIVE
  span(earliest, latest) AS (
    SELECT (SELECT min(created_at) FROM entries), (SELECT max(created_at) FROM entries)
  ),
  months(start, next) AS (
    SELECT {_month_start(_floor_seconds("earliest - :day"))},
           {_month_start(_floor_seconds("earliest - :day"), "+1 month")}
      FROM span WHERE earliest IS NOT NULL
    UNION ALL
    SELECT next, {_month_start("next / 1000000", "+1 month")}
      FROM months, span WHERE next <= latest + :day
  ),
  counted(start, entries) AS (
    SELECT start, (SELECT count(*) FROM entries
                    WHERE created_at >= start + :day AND created_at < next - :day)
      FROM months
    UNION ALL
    SELECT {_month_start(_floor_seconds(_LOCAL_MICROS))}, 1
      FROM months JOIN entries e
        ON e.created_at >= months.start - :day AND e.created_at < months.start + :day
  )
SELECT CAST(strftime('%Y', start / 1000000, 'unixepoch') AS INTEGER),
       CAST(strftime('%m', start / 1000000, 'unixepoch') AS INTEGER),
       sum(entries)
  FROM counted GROUP BY start HAVING sum(entries) > 0 ORDER BY start DESC
"""  # noqa: S608 - only fixed SQL pieces are formatted in; values are bound


def entry_months(connection: Connection) -> list[tuple[int, int, int]]:
    """(year, month, entries) for every month with entries, newest first, by each
    entry's own date (the time zone it was written in)."""
    rows = connection.execute(_ENTRY_MONTHS, {"day": DAY_MICROS})
    return [(int(year), int(month), int(count)) for year, month, count in rows]


def entry_ids_in_month(connection: Connection, year: int, month: int) -> list[int]:
    """Ids of the entries dated in this month by their own date (as ``entry_months``
    counts them), newest first. The year must leave room for the next month's start."""
    first = to_columns(datetime(year, month, 1, tzinfo=UTC))[0]
    after = to_columns(datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC))[0]
    rows = connection.execute(
        "SELECT id FROM entries"
        " WHERE created_at >= ? AND created_at < ?"  # the index narrows it to a day either side
        " AND created_at + created_offset * 1000000 >= ?"
        " AND created_at + created_offset * 1000000 < ?"
        " ORDER BY created_at DESC, id DESC",
        (first - DAY_MICROS, after + DAY_MICROS, first, after),
    )
    return [int(row[0]) for row in rows]


# --- the search index -------------------------------------------------------------------


def unindex_entry(connection: Connection, entry_id: int) -> None:
    """Take an entry out of the search index. Call before changing what the index holds."""
    connection.execute(
        "INSERT INTO entry_fts (entry_fts, rowid, title, body, tags, notes)"
        " SELECT 'delete', rowid, title, body, tags, notes FROM entry_search_source"
        " WHERE rowid = ?",
        (entry_id,),
    )


def index_entry(connection: Connection, entry_id: int) -> None:
    """Put an entry's current words into the search index."""
    connection.execute(
        "INSERT INTO entry_fts (rowid, title, body, tags, notes)"
        " SELECT rowid, title, body, tags, notes FROM entry_search_source WHERE rowid = ?",
        (entry_id,),
    )


def index_problems(connection: Connection) -> list[str]:
    """FTS5's own check that the index matches the text it was built from."""
    try:
        connection.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as error:
        return [str(error)]
    return []


# --- rows to values ---------------------------------------------------------------------

_ENTRY_SELECT = (
    "SELECT id, created_at, created_offset, updated_at, updated_offset, title, body, formatting,"
    " mood FROM entries"
)


def _entry_from_row(
    row: Sequence[object], tags: dict[int, list[str]], moments: dict[int, list[Moment]]
) -> Entry:
    entry_id = int(row[0])  # type: ignore[call-overload]
    return Entry(
        id=entry_id,
        created=from_columns(row[1], row[2]),  # type: ignore[arg-type]
        updated=from_columns(row[3], row[4]),  # type: ignore[arg-type]
        title=str(row[5]),
        text=str(row[6]),
        tags=tuple(tags.get(entry_id, ())),
        moments=tuple(moments.get(entry_id, ())),
        formatting=tuple(FormatSpan(s, e, style) for s, e, style in json.loads(str(row[7]))),
        mood=None if row[8] is None else int(row[8]),  # type: ignore[call-overload]
    )


def _inserted_id(cursor: Cursor) -> int:
    if cursor.lastrowid is None:  # only after an INSERT that inserted nothing
        raise RuntimeError("the row was not inserted")
    return cursor.lastrowid


def _placeholders(count: int) -> str:
    return ",".join("?" * count)


def _tags_for(connection: Connection, entry_ids: Sequence[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    rows = connection.execute(
        "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"  # noqa: S608
        f" WHERE et.entry_id IN ({_placeholders(len(entry_ids))})"
        " ORDER BY et.entry_id, et.position",
        tuple(entry_ids),
    )
    for entry_id, name in rows:
        result.setdefault(int(entry_id), []).append(str(name))
    return result


def _moments_for(connection: Connection, entry_ids: Sequence[int]) -> dict[int, list[Moment]]:
    result: dict[int, list[Moment]] = {}
    rows = connection.execute(
        'SELECT id, entry_id, start, "end", kind, note FROM moments'  # noqa: S608
        f" WHERE entry_id IN ({_placeholders(len(entry_ids))}) ORDER BY entry_id, start, id",
        tuple(entry_ids),
    )
    for moment_id, entry_id, start, end, kind, note in rows:
        moment = Moment(int(moment_id), int(entry_id), int(start), int(end), str(kind), str(note))
        result.setdefault(moment.entry_id, []).append(moment)
    return result


def _formatting_json(formatting: Sequence[FormatSpan]) -> str:
    return json.dumps([[span.start, span.end, span.style] for span in formatting])
