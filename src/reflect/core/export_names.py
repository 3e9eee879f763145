"""Safe, readable file names for exported entries: ``2026-03-14 2130 a-good-day.md``.

A title can hold anything a person types: slashes, ``..``, control and bidi-override
characters, words in any script, thousands of characters. The name keeps only letters,
digits and the marks that belong to them (so Hindi or Arabic titles stay readable), joins
the rest with ``-``, and is cut to a length every file system accepts. Names are unique
ignoring case, as they must be on macOS and Windows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Set

from reflect.core.domain import Entry

MAX_SLUG_BYTES = 80  # the whole name stays far below the usual 255-byte limit
SUFFIX = ".md"


def slug(title: str) -> str:
    """``title`` as a piece of a file name: lower case, words joined by ``-``, short."""
    kept = [
        char if char.isalnum() or unicodedata.category(char).startswith("M") else "-"
        for char in unicodedata.normalize("NFC", title).lower()
    ]
    words = [word for word in "".join(kept).split("-") if word]
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate.encode("utf-8")) > MAX_SLUG_BYTES:
            if not result:  # one very long word: cut it between characters
                result = _cut(word, MAX_SLUG_BYTES)
            break
        result = candidate
    return result


def _cut(word: str, limit: int) -> str:
    encoded = word.encode("utf-8")[:limit]
    return encoded.decode("utf-8", errors="ignore")


def entry_file_name(entry: Entry, taken: Set[str]) -> str:
    """A name for ``entry`` not in ``taken`` (compared by ``name_key``).

    The date and time are the entry's own, where it was written, so the files sort in
    the order they were written.
    """
    base = f"{entry.created:%Y-%m-%d %H%M}"
    title_part = slug(entry.title)
    if title_part:
        base = f"{base} {title_part}"
    name, number = base + SUFFIX, 1
    while name_key(name) in taken:
        number += 1
        name = f"{base} {number}{SUFFIX}"
    return name


def name_key(name: str) -> str:
    """What makes two names the same file on a case-insensitive file system."""
    return unicodedata.normalize("NFC", name).casefold()
