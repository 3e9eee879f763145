"""The journal's vocabulary: entries, moments, tags and the changes a call made.

Offsets (moment spans, formatting spans) count characters, i.e. Python code points, into
the entry's plain text exactly as the editor shows it (see ARCHITECTURE.md).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from reflect.core.errors import InvalidInput
from reflect.core.wording import QT_TRANSLATE_NOOP


class Keep(Enum):
    """Marks an optional value that an update should leave as it is (``None`` clears it)."""

    KEEP = "keep"


KEEP = Keep.KEEP

HOPE = "hope"
STRUGGLE = "struggle"
BUILT_IN_KINDS = (HOPE, STRUGGLE)

MAX_TAG_LENGTH = 64
MAX_TITLE_LENGTH = 500


@dataclass(frozen=True)
class FormatSpan:
    """A piece of formatting (``bold``, ``heading1``, ``quote``…) over ``text[start:end]``."""

    start: int
    end: int
    style: str


@dataclass(frozen=True)
class Moment:
    """A passage of an entry marked with a kind (hope, struggle or a tag) and a note."""

    id: int
    entry_id: int
    start: int
    end: int
    kind: str
    note: str = ""

    def passage(self, text: str) -> str:
        """The words this moment marks in ``text`` (the entry's plain text)."""
        return text[self.start : self.end]


@dataclass(frozen=True)
class MomentDraft:
    """A moment as an editor holds it: ``id`` is ``None`` until the journal has stored it.

    The editor tracks spans itself (it sees every keystroke, undo and paste) and hands the
    journal the full set of an entry's moments with each save; see ``Journal.update_entry``.
    """

    id: int | None
    start: int
    end: int
    kind: str
    note: str = ""


MAX_NOTE_LENGTH = 2000


@dataclass(frozen=True)
class Entry:
    """One journal entry, complete."""

    id: int
    created: datetime
    updated: datetime
    title: str
    text: str
    tags: tuple[str, ...] = ()
    moments: tuple[Moment, ...] = ()
    formatting: tuple[FormatSpan, ...] = ()
    mood: int | None = None  # the optional check-in, 1 (heavy) to 5 (light)
    never_share: bool = False  # the whole entry is marked "Never Share"


@dataclass(frozen=True)
class EntrySummary:
    """What a list of entries shows: enough to draw a row, without the full text."""

    id: int
    created: datetime
    title: str
    preview: str
    tags: tuple[str, ...]
    hope_count: int
    struggle_count: int
    never_share: bool = False  # the whole entry is marked "Never Share"


@dataclass(frozen=True)
class Changes:
    """What a mutating call changed, so views refresh only that.

    ``created`` is the id of an entry, moment, share or share item the call made, when it
    made one; ``shares`` the shares whose items, settings or history changed; ``people``
    whether the people list changed;
    ``moment_ids`` are the stored ids of the moments a save was given, in the same order.
    """

    entries: frozenset[int] = field(default_factory=frozenset)
    deleted: frozenset[int] = field(default_factory=frozenset)
    tags: bool = False
    created: int | None = None
    moment_ids: tuple[int, ...] = ()
    shares: frozenset[int] = field(default_factory=frozenset)
    people: bool = False


def normalize_tag(name: str) -> str:
    """A tag as stored: NFC, single spaces, trimmed; refuses empty or over-long tags."""
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A tag needs at least one letter or number.")
        )
    if len(cleaned) > MAX_TAG_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A tag can be at most {length} characters long."),
            length=MAX_TAG_LENGTH,
        )
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A tag can't contain control characters."))
    return cleaned


def normalize_tags(names: Iterable[str]) -> tuple[str, ...]:
    """Tags in the order given, without repeats (compared without regard to case)."""
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        tag = normalize_tag(name)
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return tuple(result)


def normalize_kind(kind: str) -> str:
    """A moment's kind: ``hope``, ``struggle`` or a user tag."""
    tag = normalize_tag(kind)
    lowered = tag.casefold()
    return lowered if lowered in BUILT_IN_KINDS else tag


MOOD_RANGE = range(1, 6)
MAX_PROMPT_LENGTH = 300


def check_mood(mood: int | None) -> int | None:
    """A check-in is skippable (``None``) or a whole number from 1 to 5."""
    if mood is not None and (type(mood) is not int or mood not in MOOD_RANGE):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A check-in is a number from 1 to 5, or none at all.")
        )
    return mood


def check_prompt_text(text: str) -> str:
    """A person's own prompt: some words, on one line, not too long."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A prompt needs a few words."))
    if len(cleaned) > MAX_PROMPT_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A prompt can be at most {length} characters long."),
            length=MAX_PROMPT_LENGTH,
        )
    return cleaned


def check_title(title: str) -> str:
    """A title as stored: one line, trimmed."""
    cleaned = " ".join(title.split())
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A title can be at most {length} characters long."),
            length=MAX_TITLE_LENGTH,
        )
    return cleaned


def check_note(note: str) -> str:
    """A moment's note as stored: trimmed, not too long."""
    cleaned = note.strip()
    if len(cleaned) > MAX_NOTE_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A note can be at most {length} characters long."),
            length=MAX_NOTE_LENGTH,
        )
    return cleaned


def check_span(start: int, end: int, text: str, *, formatting: bool = False) -> None:
    """Refuse a span (a moment's, or ``formatting``'s) that is empty or reaches outside
    ``text``."""
    if 0 <= start < end <= len(text):
        return
    if formatting:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Formatting must cover some of the entry's text "
            "(got {start}–{end} in a text of {length} characters).",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "A moment must cover some of the entry's text "
            "(got {start}–{end} in a text of {length} characters).",
        )
    raise InvalidInput(template, start=start, end=end, length=len(text))


def canonical_text(text: str) -> str:
    """Text as the editor will show and give it back: one kind of line break, no leading BOM.

    Text arriving from elsewhere (stdin, imports) is stored in this form, so opening it in
    the editor never changes it behind the person's back.
    """
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


EARLIEST_YEAR, LATEST_YEAR = 1000, 9998


def check_time(moment: datetime) -> datetime:
    """An aware datetime Reflect can store and read back; a naive one means local time."""
    # The year is checked before any time-zone arithmetic, which overflows at the edges.
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Please choose a date between the years {earliest} and {latest}."
            ),
            earliest=EARLIEST_YEAR,
            latest=LATEST_YEAR,
        )
    return moment if moment.tzinfo is not None else moment.astimezone()


def preview_of(text: str, length: int = 80) -> str:
    """The first line of ``text``, shortened for a list row."""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first_line if len(first_line) <= length else first_line[: length - 1].rstrip() + "…"
