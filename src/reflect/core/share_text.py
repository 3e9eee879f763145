"""What a share looks like once it leaves Reflect: the words that will be printed, in order.

``printed_share`` is the one place that decides what is printed. It applies the person's
redaction decisions (and the people list) to each item, drops private notes and empty
paragraphs, and keeps the title and date only when the person chose them. The PDF, the
Markdown and the plain text are all made from its result, and the preview shows it too,
so what the person checks is exactly what leaves the journal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reflect.core.domain import canonical_text
from reflect.core.reading_time import word_count as count_words
from reflect.core.redaction import by_key, find_suggestions, redact
from reflect.core.shares import (
    ExcerptSource,
    ItemKind,
    Person,
    RedactionDecision,
    Share,
    ShareItem,
    ShareSettings,
    decision_key,
)
from reflect.core.wording import Day, Say, Wording, english

# Spelled out rather than ``%B``: Qt sets the C library's locale when an application
# starts, and the printed date must not change language with it.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Between two items in plain text and Markdown: quiet, and obvious at a glance. In
# Markdown it is also a thematic break, so it renders as a rule.
SEPARATOR = "*   *   *"


@dataclass(frozen=True)
class PrintedItem:
    """One excerpt or connecting text as printed: redactions applied, blank paragraphs
    dropped. ``source`` says where an excerpt came from (never printed)."""

    kind: ItemKind
    paragraphs: tuple[str, ...]
    source: ExcerptSource | None


@dataclass(frozen=True)
class PrintedShare:
    """Exactly what will be printed; the preview shows this. ``title`` and ``date_line``
    are "" when the person chose not to print them. Private notes are never here."""

    title: str
    date_line: str
    items: tuple[PrintedItem, ...]
    settings: ShareSettings
    left_out: int = 0  # parts whose words are marked "Never Share": never printed

    def paragraphs(self) -> list[str]:
        """Every paragraph that will be read aloud, in order (rehearsal and timing)."""
        return [paragraph for item in self.items for paragraph in item.paragraphs]

    def word_count(self) -> int:
        """How many words will be read aloud (the title and date are not counted)."""
        return sum(count_words(paragraph) for paragraph in self.paragraphs())


def printed_share(
    share: Share,
    people: Sequence[Person],
    *,
    today: date,
    extra_people: Sequence[Person] = (),
    say: Say = english,
) -> PrintedShare:
    """What ``share`` prints as on ``today``, with the people list and decisions applied,
    and without the parts whose words are marked "Never Share" (``left_out`` counts them).

    ``extra_people`` (the command line's ``--redact NAME=ALIAS``) are always replaced,
    even where the person once chose to keep that name in this share. The words Reflect
    puts in (a replacement it proposed, the date line) are worded by ``say``: English unless
    the window passes its translator.
    """
    decisions = _with_extra_people(share.decisions, extra_people)
    everyone = [*people, *extra_people]
    settings = share.settings
    items = tuple(
        printed
        for item in share.items
        if not item.never_share
        and (printed := _printed_item(item, everyone, decisions, settings, say)).paragraphs
    )
    return PrintedShare(
        title=share.title if settings.show_title else "",
        date_line=say(Wording.of("share_text", "{day}", day=Day(today)))
        if settings.show_date
        else "",
        items=items,
        settings=settings,
        left_out=sum(item.never_share for item in share.items),
    )


def day_line(day: date) -> str:
    """A day as printed under the title, e.g. "23 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def as_plain_text(printed: PrintedShare) -> str:
    """The share as plain text ("Copy as Text"): title, date, then the items, a separator
    line between each two."""
    return _assemble(printed, _plain_paragraph, header=_plain_header(printed))


def as_markdown(printed: PrintedShare) -> str:
    """The share as Markdown: the same words, escaped so they render exactly as written.
    The title is a heading; connecting text is in italics, as in the PDF."""
    header = []
    if printed.title:
        header.append("# " + escape_markdown(printed.title))
    if printed.date_line:
        header.append(escape_markdown(printed.date_line))
    return _assemble(printed, _markdown_paragraph, header=header)


def escape_markdown(text: str) -> str:
    """``text`` with a backslash before every character Markdown could read as syntax.

    Characters that are syntax anywhere are always escaped; those that are syntax only at
    the start of a line (``#``, ``-``, ``+``, ``=``, ``1.``) only there. Apostrophes and
    full stops inside sentences are left alone, so the file stays pleasant to read.
    """
    lines = []
    for line in text.split("\u2028"):
        escaped = _ANYWHERE.sub(r"\\\g<0>", line)
        escaped = _LINE_START.sub(r"\g<1>\\\g<2>", escaped, count=1)
        lines.append(_NUMBERED_START.sub(r"\g<1>\\\g<2>", escaped, count=1))
    # A line separator inside a paragraph: a Markdown hard line break.
    return "\\\n".join(lines)


# How one paragraph is written out: its number (if numbered), its words, its item's kind.
_ParagraphWriter = Callable[[int | None, str, ItemKind], str]

# --- inside ----------------------------------------------------------------------------------

# "#" everywhere, not only at a line's start: a heading's closing "#"s would vanish.
_ANYWHERE = re.compile(r"[\\`*_\[\]<>&|~#]")
# At a line's start: a list item or a setext underline...
_LINE_START = re.compile(r"^(\s*)([+=-])")
# ...or an ordered list item ("12." or "12)"): the dot is escaped, the number kept.
_NUMBERED_START = re.compile(r"^(\s*\d{1,9})([.)])")


def _printed_item(
    item: ShareItem,
    people: Sequence[Person],
    decisions: Sequence[RedactionDecision],
    settings: ShareSettings,
    say: Say,
) -> PrintedItem:
    written_on = item.entry_created.date() if item.entry_created is not None else None
    text = canonical_text(item.text)
    suggestions = find_suggestions(
        text, people, decisions, story_start=settings.story_start, written_on=written_on, say=say
    )
    text = redact(text, suggestions, by_key(decisions))
    paragraphs = tuple(line.strip() for line in text.split("\n") if line.strip())
    return PrintedItem(item.kind, paragraphs, item.source)


def _with_extra_people(
    decisions: Sequence[RedactionDecision], extra_people: Sequence[Person]
) -> list[RedactionDecision]:
    """The share's decisions, with every form of each extra person accepted."""
    forced = {
        decision_key(form): RedactionDecision(form, person.alias, True)
        for person in extra_people
        for form in person.all_forms
    }
    kept = [d for d in decisions if decision_key(d.original) not in forced]
    return [*kept, *forced.values()]


def _plain_header(printed: PrintedShare) -> list[str]:
    return [line for line in (printed.title, printed.date_line) if line]


def _plain_paragraph(number: int | None, text: str, kind: ItemKind) -> str:
    del kind  # plain text has no italics; the separator lines show where items meet
    return text if number is None else f"{number}. {text}"


def _markdown_paragraph(number: int | None, text: str, kind: ItemKind) -> str:
    escaped = escape_markdown(text)
    if kind is ItemKind.TEXT:
        escaped = f"*{escaped}*"
    # "1\." so the number stays a plain number, never an ordered list Markdown renumbers.
    return escaped if number is None else f"{number}\\. {escaped}"


def _assemble(printed: PrintedShare, paragraph: _ParagraphWriter, *, header: list[str]) -> str:
    blocks: list[str] = []
    if header:
        blocks.append("\n\n".join(header))
    numbering = printed.settings.paragraph_numbers
    number = 0
    for index, item in enumerate(printed.items):
        if index:
            blocks.append(SEPARATOR)
        for text in item.paragraphs:
            number += 1
            blocks.append(paragraph(number if numbering else None, text, item.kind))
    return "\n\n".join(blocks) + "\n" if blocks else ""
