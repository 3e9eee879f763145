"""SQL for searching: how many entries match, a page of them with snippets, where a match lies.

Listing newest first needs each match's date. Reading it from the entries table would
decrypt one page of entry text per match (thousands for a common word); the covering index
``entries_by_id_created`` holds the id, date, time zone and check-in of every entry in a
few pages that stay in the cache, so sorting thousands of matches reads no entry text at all.
Snippets are made only for the page being shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from reflect.core.search import ELLIPSIS, Order, SearchFilters, SearchHit, SearchQuery, Snippet
from reflect.core.storage.connection import Connection
from reflect.core.storage.entries import DAY_MICROS, from_columns, to_columns

# Private-use characters, so no markup of ours can be confused with what a person wrote;
# the rare text that holds one of them gets another pair (see ``_markers_for``).
_MARKER_PAIRS = (("\ue000", "\ue001"), ("\U000f0000", "\U000f0001"), ("\U00100000", "\U00100001"))
SNIPPET_WORDS = 24  # about two lines of a results list

# Title matters most, then tags and moment notes, then the text (the columns' order).
BEST_MATCH = "bm25(entry_fts, 4.0, 1.0, 2.0, 2.0)"
_NEWEST = "e.created_at DESC, e.id DESC"
# The covering index gives each match's date and check-in without reading its text.
_MATCHING = (
    "FROM entry_fts JOIN entries e INDEXED BY entries_by_id_created ON e.id = entry_fts.rowid"
    " WHERE entry_fts MATCH :match"
)
_LOCAL_MICROS = "e.created_at + e.created_offset * 1000000"


def count(connection: Connection, query: SearchQuery) -> int:
    """How many entries match ``query`` (words that hold nothing searchable match none)."""
    if query.finds_nothing:
        return 0
    where, values = _filter_sql(query.filters)
    expression = query.expression
    if expression is None:
        sql = f"SELECT count(*) FROM entries e WHERE 1 {where}"  # noqa: S608
    elif not where:
        sql = "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH :match"  # the index alone
    else:
        sql = f"SELECT count(*) {_MATCHING} {where}"
    if expression is not None:
        values["match"] = expression
    return int(connection.execute(sql, values).fetchone()[0])


def page(connection: Connection, query: SearchQuery, offset: int, limit: int) -> list[SearchHit]:
    """``limit`` matches from the ``offset``-th on, in the query's order, ready to show:
    a snippet around the matched words, or the start of the text when only filters were set.

    One statement: SQLite sorts on the index's columns and makes snippets (which read the
    entry's text) only for the rows kept.
    """
    if query.finds_nothing:
        return []
    where, values = _filter_sql(query.filters)
    values.update(offset=offset, limit=limit)
    expression = query.expression
    if expression is None:
        sql = (
            "SELECT e.id, e.created_at, e.created_offset, e.title, substr(e.body, 1, 300)"  # noqa: S608
            f" FROM entries e WHERE 1 {where} ORDER BY {_NEWEST} LIMIT :limit OFFSET :offset"
        )
    else:
        order = f"{BEST_MATCH}, {_NEWEST}" if query.order is Order.BEST_MATCH else _NEWEST
        sql = (
            "SELECT e.id, e.created_at, e.created_offset, e.title,"
            " snippet(entry_fts, -1, :mark_open, :mark_close, :ellipsis, :words)"
            f" {_MATCHING} {where} ORDER BY {order} LIMIT :limit OFFSET :offset"
        )
        values.update(
            match=expression,
            mark_open=_MARKER_PAIRS[0][0],
            mark_close=_MARKER_PAIRS[0][1],
            ellipsis=ELLIPSIS,
            words=SNIPPET_WORDS,
        )
    return [
        _hit(row, highlighted=expression is not None) for row in connection.execute(sql, values)
    ]


def first_match(
    connection: Connection, query: SearchQuery, entry_id: int
) -> tuple[int, int] | None:
    """Where the first matched words lie in the entry's text, as ``(start, end)``
    characters; ``None`` when only its title, tags or notes matched (or nothing did)."""
    expression = query.expression
    if expression is None:
        return None
    for before, after in _MARKER_PAIRS:
        row = connection.execute(
            "SELECT entries.body, highlight(entry_fts, 1, ?, ?) FROM entry_fts"
            " JOIN entries ON entries.id = entry_fts.rowid"
            " WHERE entry_fts MATCH ? AND entry_fts.rowid = ?",
            (before, after, expression, entry_id),
        ).fetchone()
        if row is None:
            return None
        body, highlighted = str(row[0]), str(row[1])
        if before in body or after in body:
            continue  # the text itself holds these characters: try the next pair
        start = highlighted.find(before)
        if start == -1:
            return None
        return start, highlighted.find(after) - 1
    return None


def _hit(row: Sequence[object], *, highlighted: bool) -> SearchHit:
    entry_id, created_at, created_offset, title, text = row
    snippet = parse_snippet(str(text)) if highlighted else _opening(str(text))
    return SearchHit(
        entry_id=int(str(entry_id)),
        created=from_columns(int(str(created_at)), int(str(created_offset))),
        title=str(title),
        snippet=snippet,
    )


_SPACES = re.compile(r"\s+")


def parse_snippet(marked: str) -> Snippet:
    """FTS5's snippet (matched words between our markers) as text and highlight offsets,
    with line breaks and runs of spaces made single spaces so it reads as one passage."""
    before, after = _MARKER_PAIRS[0]
    text: list[str] = []
    highlights: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"([{before}{after}])", _SPACES.sub(" ", marked.strip())):
        if piece == before:
            start = length
        elif piece == after and start is not None:
            if length > start:
                highlights.append((start, length))
            start = None
        else:
            text.append(piece)
            length += len(piece)
    return Snippet("".join(text), tuple(highlights))


def _opening(text: str) -> Snippet:
    """The start of an entry's text, as a snippet without highlights."""
    words = _SPACES.sub(" ", text).strip().split(" ")
    shown = " ".join(words[:SNIPPET_WORDS])
    return Snippet(shown + (ELLIPSIS if len(words) > SNIPPET_WORDS else ""))


def _filter_sql(filters: SearchFilters) -> tuple[str, dict[str, object]]:
    """SQL conditions on ``e`` (the entries table) for ``filters``, and their values."""
    conditions: list[str] = []
    values: dict[str, object] = {}
    if filters.since is not None:
        values["since"] = _local_micros(filters.since)
        # The first test lets the index skip what is certainly earlier; the second uses the
        # entry's own date (its time zone is within a day of UTC).
        conditions.append(f"e.created_at >= :since - {DAY_MICROS} AND {_LOCAL_MICROS} >= :since")
    if filters.until is not None:
        values["until"] = _local_micros(filters.until + timedelta(days=1))
        conditions.append(f"e.created_at < :until + {DAY_MICROS} AND {_LOCAL_MICROS} < :until")
    if filters.moods:
        moods = sorted(filters.moods)
        names = [f"mood{index}" for index in range(len(moods))]
        conditions.append(f"e.mood IN ({', '.join(':' + name for name in names)})")
        values.update(zip(names, moods, strict=True))
    if filters.tag is not None:
        conditions.append(
            # The tag's id is looked up once; each match is then one primary-key probe.
            "EXISTS (SELECT 1 FROM entry_tags et WHERE et.entry_id = e.id"
            " AND et.tag_id = (SELECT id FROM tags WHERE name = :tag))"
        )
        values["tag"] = filters.tag
    if filters.moment_kind is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM moments m"
            " WHERE m.entry_id = e.id AND m.kind = :kind COLLATE NOCASE)"
        )
        values["kind"] = filters.moment_kind
    return "".join(f" AND {condition}" for condition in conditions), values


def _local_micros(day: date) -> int:
    """The start of ``day`` as wall-clock microseconds (how entries' own dates compare)."""
    return to_columns(datetime(day.year, day.month, day.day, tzinfo=UTC))[0]
