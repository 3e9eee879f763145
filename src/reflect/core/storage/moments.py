"""SQL for the moments browser and for looking back.

Listing moments newest first needs each moment's entry date, and reading it from the
entries table would decrypt the whole journal (about 1 s at 100,000 entries). The small
indexes hold everything the list needs: ``entries_by_created`` and ``entries_by_id_created``
the entries' dates and time zones, ``moments_by_entry`` each entry's moments in their
order, ``moments_by_kind`` and ``entry_tags_by_tag`` the moments of a kind and the entries
with a tag. Which one leads depends on the filter, so the rows read are about as many as
the rows kept (see ``_source``); the planner left to itself reads the entries' rows
(measured: 370 ms against 32 ms for the hope moments of 100,000 entries). Only ids leave
SQL, joined into one string, since building a Python row per moment would cost about as
much as the query. A moment's words and context are read later, only for the rows a view
shows.

Dates are the entries' own (their created time at the offset they were written at). An
offset is always less than a day, so an index on the UTC time narrows a date range to
within a day of its ends, and only entries that near an end need their offset.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from reflect.core.domain import BUILT_IN_KINDS, EARLIEST_YEAR
from reflect.core.look_back import MomentWhen
from reflect.core.moment_listing import (
    CONTEXT_WINDOW,
    MomentFilter,
    MomentRow,
    context_after,
    context_before,
)
from reflect.core.storage.connection import Connection
from reflect.core.storage.entries import DAY_MICROS, from_columns, to_columns
from reflect.core.storage.never_share import MOMENT_MARKED_SQL

_FIRST_MICROS = to_columns(datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC))[0]
_ROWS_PER_QUERY = 500  # well below SQLite's limit on bound values
_LOCAL_MICROS = "(e.created_at + e.created_offset * 1000000)"
# The entries in list order, each followed by its moments in theirs: no sort needed.
_IN_LIST_ORDER = (
    "entries e INDEXED BY entries_by_created"
    " CROSS JOIN moments m INDEXED BY moments_by_entry ON m.entry_id = e.id"
)
_NEWEST_FIRST = "e.created_at DESC, e.id DESC, m.start, m.id"


def moment_ids(connection: Connection, chosen: MomentFilter) -> list[int]:
    """Ids of the moments ``chosen`` keeps: newest entry first, then by place in the entry."""
    conditions, values = _filter_sql(chosen)
    row = connection.execute(
        f"SELECT group_concat(id) FROM (SELECT m.id FROM {_source(chosen)}"  # noqa: S608 - fixed SQL pieces; values are bound
        f" WHERE {conditions} ORDER BY {_NEWEST_FIRST})",
        values,
    ).fetchone()
    return [int(i) for i in row[0].split(",")] if row[0] else []


def _source(chosen: MomentFilter) -> str:
    """Where to start reading for ``chosen``: from the narrowest index it allows.

    A tag starts from the entries holding it, kinds from the moments of those kinds (each
    then finds its entry's date in ``entries_by_id_created``, which holds the time zone
    too); otherwise the entries are walked newest first, over a date range if there is one.
    """
    dated = "entries e INDEXED BY entries_by_id_created"
    if chosen.tag is not None:
        return (
            f"entry_tags et INDEXED BY entry_tags_by_tag CROSS JOIN {dated}"
            " ON e.id = et.entry_id"
            " CROSS JOIN moments m INDEXED BY moments_by_entry ON m.entry_id = e.id"
        )
    if chosen.kinds is not None:
        return f"moments m INDEXED BY moments_by_kind CROSS JOIN {dated} ON e.id = m.entry_id"
    return _IN_LIST_ORDER


def moment_kinds(connection: Connection) -> list[str]:
    """Every kind in use: hope, struggle, then a person's own alphabetically."""
    rows = connection.execute("SELECT DISTINCT kind FROM moments INDEXED BY moments_by_kind")
    kinds = [str(row[0]) for row in rows]
    built_in = [kind for kind in BUILT_IN_KINDS if kind in kinds]
    return built_in + sorted((k for k in kinds if k not in BUILT_IN_KINDS), key=str.casefold)


def moment_rows(connection: Connection, ids: Sequence[int]) -> list[MomentRow]:
    """These moments with their passages and context, in the order given; ids of moments
    that no longer exist are left out."""
    found: dict[int, MomentRow] = {}
    for chunk in _chunks(ids):
        rows = connection.execute(
            'SELECT m.id, m.entry_id, m.start, m."end", m.kind, m.note,'  # noqa: S608
            " e.created_at, e.created_offset, e.title,"
            " substr(e.body, max(1, m.start + 1 - :window), min(m.start, :window)),"
            ' substr(e.body, m.start + 1, m."end" - m.start),'
            ' substr(e.body, m."end" + 1, :window),'
            f" {MOMENT_MARKED_SQL}"
            " FROM moments m JOIN entries e ON e.id = m.entry_id"
            f" WHERE m.id IN ({','.join(f':id{n}' for n in range(len(chunk)))})",
            {"window": CONTEXT_WINDOW, **{f"id{n}": i for n, i in enumerate(chunk)}},
        )
        for row in rows:
            moment = _row(row)
            found[moment.moment_id] = moment
    return [found[i] for i in ids if i in found]


def moments_by_time(
    connection: Connection, kind: str, *, newest_first: bool, limit: int
) -> list[MomentWhen]:
    """Up to ``limit`` moments of ``kind`` by their entries' dates (then their place in the
    entry), walking the entries' index from one end."""
    direction = "DESC" if newest_first else "ASC"
    rows = connection.execute(
        f"SELECT m.id, m.entry_id, e.created_at FROM {_IN_LIST_ORDER} WHERE m.kind = :kind"  # noqa: S608
        f" ORDER BY e.created_at {direction}, e.id {direction}, m.start, m.id LIMIT :limit",
        {"kind": kind, "limit": limit},
    )
    return [MomentWhen(int(moment), int(entry), int(at)) for moment, entry, at in rows]


def first_entry_year(connection: Connection) -> int | None:
    """The year of the earliest entry's own date, or the year before it."""
    row = connection.execute("SELECT min(created_at) FROM entries").fetchone()
    if row[0] is None:
        return None
    # No offset is a day or more: a day before the earliest UTC time is no later.
    return max(EARLIEST_YEAR, from_columns(max(int(row[0]) - DAY_MICROS, _FIRST_MICROS), 0).year)


def entries_on_days(connection: Connection, days: Sequence[date]) -> list[int]:
    """Ids of the entries dated on any of ``days`` (by their own dates), newest first."""
    found: list[tuple[int, int]] = []
    for chunk in _chunks(days):
        starts = ",".join(str(_wall_clock_micros(day)) for day in chunk)
        rows = connection.execute(
            "SELECT e.id, e.created_at FROM json_each(:starts) d"  # noqa: S608
            " CROSS JOIN entries e INDEXED BY entries_by_created"
            " ON e.created_at >= d.value - :day AND e.created_at < d.value + 2 * :day"
            f" WHERE {_LOCAL_MICROS} >= d.value AND {_LOCAL_MICROS} < d.value + :day",
            {"starts": f"[{starts}]", "day": DAY_MICROS},
        )
        found += ((int(created_at), int(entry_id)) for entry_id, created_at in rows)
    return [entry_id for _, entry_id in sorted(found, reverse=True)]


def _filter_sql(chosen: MomentFilter) -> tuple[str, dict[str, object]]:
    """SQL conditions on ``e`` (entries) and ``m`` (moments) for ``chosen``, with values."""
    conditions = ["1"]
    values: dict[str, object] = {}
    if chosen.since is not None:
        values["since"] = _wall_clock_micros(chosen.since)
        # The first test is on the index alone; the entry's row (for its offset) is read
        # only for entries within a day of the edge.
        conditions.append(
            f"e.created_at >= :since - {DAY_MICROS}"
            f" AND (e.created_at >= :since + {DAY_MICROS} OR {_LOCAL_MICROS} >= :since)"
        )
    if chosen.until is not None and chosen.until < date.max:  # date.max: no end at all
        values["until"] = _wall_clock_micros(chosen.until + timedelta(days=1))
        conditions.append(
            f"e.created_at < :until + {DAY_MICROS}"
            f" AND (e.created_at < :until - {DAY_MICROS} OR {_LOCAL_MICROS} < :until)"
        )
    if chosen.tag is not None:
        conditions.append("et.tag_id = (SELECT id FROM tags WHERE name = :tag)")
        values["tag"] = chosen.tag
    if chosen.kinds is not None:
        names = [f"kind{n}" for n in range(len(chosen.kinds))]
        values.update(zip(names, sorted(chosen.kinds), strict=True))
        listed = ", ".join(f":{name}" for name in names)
        conditions.append(f"m.kind IN ({listed})" if names else "0")
    return " AND ".join(conditions), values


def _row(row: Sequence[object]) -> MomentRow:
    moment_id, entry_id, start, end, kind, note, created_at, offset, title = row[:9]
    before, passage, after = (str(text) for text in row[9:12])
    start_offset = int(str(start))
    return MomentRow(
        moment_id=int(str(moment_id)),
        entry_id=int(str(entry_id)),
        start=start_offset,
        end=int(str(end)),
        kind=str(kind),
        note=str(note),
        created=from_columns(int(str(created_at)), int(str(offset))),
        title=str(title),
        passage=passage,
        before=context_before(before, text_starts=start_offset <= CONTEXT_WINDOW),
        after=context_after(after),
        never_share=bool(row[12]),
    )


def _wall_clock_micros(day: date) -> int:
    """Midnight starting ``day`` as wall-clock microseconds (how entries' own dates compare)."""
    return to_columns(datetime(day.year, day.month, day.day, tzinfo=UTC))[0]


_Item = TypeVar("_Item")


def _chunks(items: Sequence[_Item]) -> Iterator[Sequence[_Item]]:
    for first in range(0, len(items), _ROWS_PER_QUERY):
        yield items[first : first + _ROWS_PER_QUERY]
