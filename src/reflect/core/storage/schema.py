"""The database schema and its migrations, versioned with ``PRAGMA user_version``.

Each migration is a list of single statements (so no SQL is ever split by hand) and runs in
its own transaction. A journal whose version is newer than
this code knows is refused before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from reflect.core.errors import JournalDamaged, JournalTooNew
from reflect.core.storage.connection import Connection, transaction
from reflect.core.wording import QT_TRANSLATE_NOOP

# What the search index holds for an entry: the index keeps no copy of the text (external
# content), and rows leave it through FTS5's 'delete' command with the exact values they
# were added with; hence the fixed ORDER BY inside group_concat. 'secure-delete' makes
# deleted words leave the index at once instead of lingering until a merge.
_V1: tuple[str, ...] = (
    """
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,       -- microseconds since 1970-01-01 UTC
        created_offset INTEGER NOT NULL,   -- seconds east of UTC where and when it was written
        updated_at INTEGER NOT NULL,
        updated_offset INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',     -- the plain text exactly as the editor shows it
        formatting TEXT NOT NULL DEFAULT '[]'  -- JSON list of [start, end, style]
    )
    """,
    """
    CREATE INDEX entries_by_created ON entries (created_at DESC, id DESC)
    """,
    """
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    )
    """,
    """
    CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (entry_id, tag_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id)
    """,
    """
    CREATE TABLE moments (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        CHECK (0 <= start AND start < "end")
    )
    """,
    """
    CREATE INDEX moments_by_entry ON moments (entry_id, start)
    """,
    """
    CREATE INDEX moments_by_kind ON moments (kind)
    """,
    """
    CREATE VIEW entry_search_source (rowid, title, body, tags, notes) AS
    SELECT e.id, e.title, e.body,
           (SELECT group_concat(t.name, ' ' ORDER BY et.position)
              FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id),
           (SELECT group_concat(m.note, ' ' ORDER BY m.id)
              FROM moments m WHERE m.entry_id = e.id AND m.note <> '')
      FROM entries e
    """,
    """
    CREATE VIRTUAL TABLE entry_fts USING fts5 (
        title, body, tags, notes,
        content = 'entry_search_source', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    """
    INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 1)
    """,
)

# Version 2: the optional 1–5 check-in on an entry, and people's own reflection prompts.
_V2: tuple[str, ...] = (
    """
    ALTER TABLE entries ADD COLUMN mood INTEGER CHECK (mood BETWEEN 1 AND 5)
    """,
    """
    CREATE TABLE user_prompts (
        id INTEGER PRIMARY KEY,
        theme TEXT NOT NULL,
        text TEXT NOT NULL
    )
    """,
)

# Version 3: every entry's date, time zone and check-in beside its id, in a few pages, so a
# search sorts and filters thousands of matches without decrypting their text (see
# storage/search.py).
_V3: tuple[str, ...] = (
    """
    CREATE INDEX entries_by_id_created ON entries (id, created_at, created_offset, mood)
    """,
)

# Version 4: the source keys of imported entries (``reflect.core.importing``), so importing
# the same file again adds nothing. A key outlives its entry (``entry_id`` becomes NULL):
# an entry the person deleted stays deleted when they import the same file again.
_V4: tuple[str, ...] = (
    """
    CREATE TABLE imported (
        source_key TEXT PRIMARY KEY,
        entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE INDEX imported_by_entry ON imported (entry_id)  -- deleting an entry reads no other key
    """,
)

# Version 5: shares (issue 5). An excerpt is a copy of an entry's words plus a link to
# where they came from (``entry_id``, ``start``, ``end``), which moves with the words when
# the entry is edited and becomes NULL when the entry is deleted; the copy stays. A share's
# settings and redaction decisions are small JSON documents beside it. "What I've shared"
# keeps the share's name (a record outlives its share) and the journal spans it printed.
_V5: tuple[str, ...] = (
    """
    CREATE TABLE shares (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        title TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        created_offset INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_offset INTEGER NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        decisions TEXT NOT NULL DEFAULT '[]'
    )
    """,
    """
    CREATE TABLE share_items (
        id INTEGER PRIMARY KEY,
        share_id INTEGER NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('excerpt', 'text')),
        text TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
        start INTEGER,
        "end" INTEGER,
        CHECK (start IS NULL OR (0 <= start AND start <= "end"))
    )
    """,
    """
    CREATE INDEX share_items_by_share ON share_items (share_id, position)
    """,
    """
    CREATE INDEX share_items_by_entry ON share_items (entry_id)
    """,
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        alias TEXT NOT NULL,
        forms TEXT NOT NULL DEFAULT '[]'
    )
    """,
    """
    CREATE TABLE share_rehearsals (
        id INTEGER PRIMARY KEY,
        share_id INTEGER NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
        rehearsed_at INTEGER NOT NULL,
        rehearsed_offset INTEGER NOT NULL,
        seconds INTEGER NOT NULL CHECK (seconds >= 0)
    )
    """,
    """
    CREATE INDEX share_rehearsals_by_share ON share_rehearsals (share_id)
    """,
    """
    CREATE TABLE shared_records (
        id INTEGER PRIMARY KEY,
        share_id INTEGER REFERENCES shares (id) ON DELETE SET NULL,
        share_name TEXT NOT NULL,
        shared_at INTEGER NOT NULL,
        shared_offset INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL
    )
    """,
    """
    CREATE INDEX shared_records_by_share ON shared_records (share_id)
    """,
    """
    CREATE TABLE shared_passages (
        record_id INTEGER NOT NULL REFERENCES shared_records (id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        CHECK (0 <= start AND start <= "end")
    )
    """,
    """
    CREATE INDEX shared_passages_by_entry ON shared_passages (entry_id)
    """,
    """
    CREATE INDEX shared_passages_by_record ON shared_passages (record_id)
    """,
)

# Version 6: "Never Share" marks (issue 9) on whole entries and on moments. Tables of their
# own rather than columns: a mark leaves with its entry or moment (ON DELETE CASCADE) and
# no existing row or index changes.
_V6: tuple[str, ...] = (
    """
    CREATE TABLE never_share_entries (
        entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE
    )
    """,
    """
    CREATE TABLE never_share_moments (
        moment_id INTEGER PRIMARY KEY REFERENCES moments (id) ON DELETE CASCADE
    )
    """,
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5, _V6)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(connection: Connection) -> int:
    """The schema version stored in the database."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def check_version(connection: Connection, path: Path) -> int:
    """The stored version, refusing an empty database and one newer than this code."""
    version = user_version(connection)
    if version == 0:
        # Every journal Reflect creates has a version; an empty file keyed anew would look
        # like this, and must never silently become a fresh, empty journal.
        raise JournalDamaged(path, QT_TRANSLATE_NOOP("errors", "it holds no journal data"))
    if version > SCHEMA_VERSION:
        raise JournalTooNew(version, SCHEMA_VERSION)
    return version


def migrate(connection: Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Bring the schema from ``from_version`` up to ``to_version`` (normally the newest)."""
    for version in range(from_version + 1, to_version + 1):
        with transaction(connection):
            for statement in MIGRATIONS[version - 1]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version:d}")
