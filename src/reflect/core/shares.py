"""Shares: what a person prepares to read aloud in a peer-support group.

A share is an ordered list of items. An *excerpt* is a copy of words from an entry that
can be edited for the share without changing the journal, and keeps a link back to where
it came from; a *connecting text* is the person's own words between excerpts. Every item
can carry a private note, which is never exported. Shares, the people list (names and the
aliases that protect them), rehearsals and the "What I've shared" history all live inside
the encrypted journal.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from reflect.core.errors import InvalidInput
from reflect.core.wording import QT_TRANSLATE_NOOP

MAX_SHARE_NAME_LENGTH = 200
MAX_ALIAS_LENGTH = 200
MAX_ITEM_LENGTH = 200_000
MAX_NOTE_LENGTH = 2000

DEFAULT_WORDS_PER_MINUTE = 130
MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE = 60, 250
DEFAULT_SLOT_SECONDS = 5 * 60
SLOT_CHOICES_SECONDS = (3 * 60, 5 * 60, 10 * 60)
MAX_SLOT_SECONDS = 4 * 60 * 60
DEFAULT_FONT_SIZE = 18
MIN_FONT_SIZE, MAX_FONT_SIZE = 14, 28
PAGE_SIZES = ("A4", "Letter")


class ItemKind(Enum):
    """What a share item is: words from the journal, or the person's own connecting text."""

    EXCERPT = "excerpt"
    TEXT = "text"


class ExportFormat(Enum):
    """How a share left the journal, as the "What I've shared" history records it."""

    PDF = "pdf"
    MARKDOWN = "markdown"
    PRINTED = "printed"


@dataclass(frozen=True)
class ExcerptSource:
    """Where an excerpt's words came from: ``text[start:end]`` of an entry (in characters,
    like every offset into an entry). The span moves with the words when the entry is
    edited, as moments do."""

    entry_id: int
    start: int
    end: int


@dataclass(frozen=True)
class ShareItem:
    """One excerpt or connecting text in a share, in the share's order.

    ``text`` is the share's own copy (edited or not). ``source`` is ``None`` for connecting
    text and for an excerpt whose entry has since been deleted; ``entry_created`` is that
    entry's date, for showing where it came from; ``never_share`` says the words it came
    from are marked "Never Share".
    """

    id: int
    kind: ItemKind
    text: str
    note: str = ""
    source: ExcerptSource | None = None
    entry_created: datetime | None = None
    # Its words are under a "Never Share" mark (set after they were added): left out of
    # every export until the mark or the item is removed.
    never_share: bool = False

    @property
    def is_excerpt(self) -> bool:
        """Whether these are words from the journal (rather than connecting text)."""
        return self.kind is ItemKind.EXCERPT


@dataclass(frozen=True)
class ShareSettings:
    """How a share is timed and printed. Each value is checked by ``checked_settings``.

    ``story_start`` is the day the person counts from (say, the start of their recovery):
    when set, exact dates can be offered as "about three months in".
    """

    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
    slot_seconds: int = DEFAULT_SLOT_SECONDS
    font_size: int = DEFAULT_FONT_SIZE
    page_size: str = "A4"
    show_title: bool = True
    show_date: bool = False
    paragraph_numbers: bool = False
    story_start: date | None = None


@dataclass(frozen=True)
class RedactionDecision:
    """What the person chose for one piece of text Reflect proposed to replace.

    Decisions are kept per share and keyed by the original words (``decision_key``), so a
    choice holds wherever those words appear in the share and survives editing.
    ``accepted`` ``False`` means "keep these words as they are".
    """

    original: str
    replacement: str
    accepted: bool


@dataclass(frozen=True)
class Rehearsal:
    """One practice run of a share: when, and how long it took."""

    when: datetime
    seconds: int


@dataclass(frozen=True)
class Share:
    """A share, complete: its items in order, its settings and decisions, its rehearsals
    (oldest first). ``title`` is what the PDF prints at the top ("" for none); ``name`` is
    what the person calls it in Reflect and is never printed."""

    id: int
    name: str
    title: str
    created: datetime
    updated: datetime
    items: tuple[ShareItem, ...] = ()
    settings: ShareSettings = field(default_factory=ShareSettings)
    decisions: tuple[RedactionDecision, ...] = ()
    rehearsals: tuple[Rehearsal, ...] = ()


@dataclass(frozen=True)
class ShareSummary:
    """What a list of shares shows."""

    id: int
    name: str
    updated: datetime
    item_count: int


@dataclass(frozen=True)
class Person:
    """Someone in the person's story, and how they are called when shared.

    ``forms`` are other ways they are written (a nickname, a short form); the name and
    every form are found as whole words, ignoring case.
    """

    id: int
    name: str
    alias: str
    forms: tuple[str, ...] = ()

    @property
    def all_forms(self) -> tuple[str, ...]:
        """The name and its other forms."""
        return (self.name, *self.forms)


@dataclass(frozen=True)
class SharedRecord:
    """One line of "What I've shared": a share exported or printed on a day.

    ``share_id`` is ``None`` once that share is deleted; its name is kept. ``passages`` are
    the journal spans its excerpts came from, so a passage can show it was shared before.
    """

    id: int
    share_id: int | None
    share_name: str
    when: datetime
    file_name: str
    format: ExportFormat
    passages: tuple[ExcerptSource, ...] = ()


# --- checks: every value a share, item or person holds goes through one of these ----------


def spans_meet(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two spans of one entry share a character; an empty span (words since
    deleted) counts as the character at its place."""
    return start < max(other_end, other_start + 1) and other_start < max(end, start + 1)


def covers(spans: list[tuple[int, int]], source: ExcerptSource) -> bool:
    """Whether any of an entry's "Never Share" spans (``(0, -1)``: the whole entry)
    reaches into ``source``."""
    return any(
        end == -1 or spans_meet(start, end, source.start, source.end) for start, end in spans
    )


def decision_key(original: str) -> str:
    """How decisions are matched to text: NFC, case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", original).casefold().split())


def check_share_name(name: str) -> str:
    """A share's name as stored: trimmed, single-line, not empty, not too long."""
    cleaned = _one_line(name)
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Please give the share a name, so you can find it again.")
        )
    if len(cleaned) > MAX_SHARE_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A share's name can be at most {length} characters."),
            length=MAX_SHARE_NAME_LENGTH,
        )
    return cleaned


def check_share_title(title: str) -> str:
    """A printed title: trimmed, single-line; empty means no title."""
    cleaned = _one_line(title)
    if len(cleaned) > MAX_SHARE_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A title can be at most {length} characters."),
            length=MAX_SHARE_NAME_LENGTH,
        )
    return cleaned


def check_item_text(text: str) -> str:
    """An item's words, unchanged, as long as they are not too long."""
    if len(text) > MAX_ITEM_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "That passage is too long for one part of a share; please split it."
            )
        )
    _refuse_nul(text)
    return text


def check_note(note: str) -> str:
    """A private note, unchanged, as long as it is not too long."""
    if len(note) > MAX_NOTE_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A note can be at most {length} characters long."),
            length=MAX_NOTE_LENGTH,
        )
    _refuse_nul(note)
    return note


def check_person(name: str, alias: str, forms: tuple[str, ...] | list[str]) -> Person:
    """A people-list row as stored (id 0 until stored): names trimmed, forms de-duplicated."""
    cleaned_name = _one_line(name)
    cleaned_alias = _one_line(alias)
    if not cleaned_name:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Please write the name as it appears in your journal.")
        )
    if not cleaned_alias:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Please choose how {name} should be called when you share, "
                "for example “my sister” or “a friend”.",
            ),
            name=cleaned_name,
        )
    if len(cleaned_name) > MAX_ALIAS_LENGTH or len(cleaned_alias) > MAX_ALIAS_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Names and aliases can be at most {length} characters."),
            length=MAX_ALIAS_LENGTH,
        )
    seen = {decision_key(cleaned_name)}
    kept: list[str] = []
    for form in forms:
        cleaned = _one_line(form)
        if cleaned and decision_key(cleaned) not in seen and len(cleaned) <= MAX_ALIAS_LENGTH:
            seen.add(decision_key(cleaned))
            kept.append(cleaned)
    return Person(0, cleaned_name, cleaned_alias, tuple(kept))


def checked_settings(settings: ShareSettings) -> ShareSettings:
    """``settings`` if every value is in range; a clear ``InvalidInput`` otherwise."""
    if not MIN_WORDS_PER_MINUTE <= settings.words_per_minute <= MAX_WORDS_PER_MINUTE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A speaking rate between {lowest} and {highest} words a minute, please."
            ),
            lowest=MIN_WORDS_PER_MINUTE,
            highest=MAX_WORDS_PER_MINUTE,
        )
    if not 60 <= settings.slot_seconds <= MAX_SLOT_SECONDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A time slot between 1 minute and 4 hours, please.")
        )
    if not MIN_FONT_SIZE <= settings.font_size <= MAX_FONT_SIZE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A print size between {lowest} and {highest} points, please."
            ),
            lowest=MIN_FONT_SIZE,
            highest=MAX_FONT_SIZE,
        )
    if settings.page_size not in PAGE_SIZES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The page size must be one of: {sizes}."),
            sizes=", ".join(PAGE_SIZES),
        )
    return settings


def _one_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _refuse_nul(text: str) -> None:
    if "\x00" in text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The text contains a character Reflect can't store (NUL).")
        )
