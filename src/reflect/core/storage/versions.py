"""Which SQLCipher and SQLite Reflect runs on, for the About window (no journal needed)."""

from __future__ import annotations

import contextlib
import functools

import sqlcipher3


@functools.cache
def sqlcipher_version() -> str:
    """SQLCipher's version, e.g. ``"4.6.1 community"`` (asked of an in-memory database)."""
    with contextlib.closing(sqlcipher3.connect(":memory:")) as connection:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else ""


def sqlite_version() -> str:
    """The version of SQLite that SQLCipher is built on."""
    return str(sqlcipher3.sqlite_version)
