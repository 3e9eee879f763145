"""Safe, readable file names for exported entries: ``2026-03-14 2130 a-good-day.md``.

A title can hold anything a person types: slashes, ``..``, control and bidi-override
characters, words in any script, thousands of characters. The name keeps only letters,
digits and the marks that belong to them (so Hindi or Arabic titles stay readable), joins
the rest with ``-``, and is cut to a length every file system accepts. Names are unique
ignoring case, as they must be on macOS and Windows.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from collections.abc import Set
from pathlib import Path

from reflect.core.domain import Entry
from reflect.core.errors import InvalidInput
from reflect.core.wording import QT_TRANSLATE_NOOP

MAX_SLUG_BYTES = 80  # the whole name stays far below the usual 255-byte limit
SUFFIX = ".md"
NAME_MAX_BYTES = 255  # a name's limit on nearly every file system (when it can't be asked)
_HIDDEN_NAME_BYTES = 100  # of the chosen name kept in a work-in-progress name beside it
_RANDOM_BYTES = 6
_HIDDEN_NAME = re.compile(rf"\.(?P<name>.+)\.[0-9a-f]{{{2 * _RANDOM_BYTES}}}\.(?P<label>[^.]+)")


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


def check_file_path(path: Path) -> None:
    """Refuse, before any work, a place no file can have: a NUL or characters the file
    system can't take in it, or a name longer than its folder allows (``InvalidInput``)."""
    try:
        encoded = os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate that isn't a byte Python escaped
        encoded = b"\x00"
    if b"\x00" in encoded:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} can't be the name of a file: it holds a character no file name can "
                "have. Please choose another name.",
            ),
            path=path,
        )
    limit = _name_max(path.parent)
    for part in path.parts:
        if len(os.fsencode(part)) > limit:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "The name {name} is too long for a file. Please choose a shorter one."
                ),
                name=part,
            )


def hidden_name(name: str, label: str) -> str:
    """A hidden name for work in progress beside the file ``name``:
    ``.NAME.RANDOM.LABEL``, with NAME cut short so a name as long as the file system
    allows still leaves room (a full-length name plus the rest would be refused)."""
    kept = os.fsencode(name)[:_HIDDEN_NAME_BYTES].decode("utf-8", "ignore")
    return f".{kept}.{secrets.token_hex(_RANDOM_BYTES)}.{label}"


def hidden_name_parts(candidate: str) -> tuple[str, str] | None:
    """The (name, label) a ``hidden_name`` was made from, or None if ``candidate`` isn't
    one: how work a killed process left behind is recognised."""
    found = _HIDDEN_NAME.fullmatch(candidate)
    return (found["name"], found["label"]) if found else None


def _name_max(folder: Path) -> int:
    """The longest name (in bytes) ``folder``'s file system allows."""
    while not os.path.isdir(folder) and folder != folder.parent:  # isdir: never raises
        folder = folder.parent
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # no pathconf, or it can't tell
        return NAME_MAX_BYTES
