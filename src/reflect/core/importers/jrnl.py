"""jrnl's journals (https://jrnl.sh): its plain-text file and its JSON export, told apart
by their content (an export starts with ``{``).

The plain-text journal::

    [2026-03-14 21:30] Went to a meeting. Called my sponsor after. *
    More words, on as many lines as it takes, with @tags anywhere.

    [2026-03-15 08:05] The next entry

An entry starts with a line holding its date in brackets; the title is the first sentence
of that line (the rest of the line starts the body); a trailing `` *`` marks it starred.
Dates have no time zone: jrnl writes the computer's local time, so they are read as the
local time of the computer importing them (the time zone in effect on that date). Both of
jrnl's time formats are understood: 24-hour (``21:30``, jrnl 2's default, seconds allowed)
and 12-hour (``09:30:00 PM``, jrnl 4's default).

Tags are words starting with ``@`` or ``#`` (jrnl's tag symbols), kept in the text as jrnl
keeps them, lower-cased as jrnl lists them; a ``#`` must be followed by a letter or digit,
so a Markdown heading (``## Today``) is not a tag.

The JSON export (``jrnl --export json``): ``{"entries": [{"title", "body", "date", "time",
"tags", "starred"}…]}``; any other fields (jrnl may add device details) are left out.

An entry's source key hashes its date (to the minute, as the export keeps it) and its words,
so the same entry has the same key in the journal file and in its JSON export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reflect.core import domain
from reflect.core.errors import InvalidInput, detail
from reflect.core.importers.reading import (
    UnfitEntry,
    content_key,
    decode_text,
    entries_of_export,
    field_of,
    read_bytes,
)
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.wording import QT_TRANSLATE_NOOP

NAME = "jrnl"

# A date line: "[" + something starting like a date + "]", then a space or the line's end.
_DATE_LINE = re.compile(r"\[(?P<stamp>\d{4}-\d\d?-\d\d?\b[^\]\n]*)\](?:[ \t](?P<rest>.*))?")
_COMMON_STAMP = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", re.ASCII)
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %I:%M %p", "%Y-%m-%d %I:%M:%S %p")
# jrnl's own rule: a sentence ends at . ! ? … (maybe a closing quote or bracket) and a space.
_SENTENCE_END = re.compile(r"[.!?\u2026\u203c\u203d\u2047\u2048\u2049][\'\u2019\"\u201d]?[\])]*\s+")
# The symbol comes first so the scan can jump from symbol to symbol; "(?<!\S[@#])" then
# asks for a space (or nothing) before it: about three times as fast as a leading check.
_TAG = re.compile(r"[@#](?<!\S[@#])(\w[-+*#/\w]*)")
_STAR = " *"


@dataclass
class _Draft:
    """An entry being read from the plain-text journal."""

    created: datetime
    first_line: str
    more_lines: list[str] = field(default_factory=list)


def parse(path: Path) -> list[ImportedEntry]:
    """The entries of a jrnl journal file or JSON export at ``path``."""
    text = decode_text(path, read_bytes(path))
    if text.lstrip().startswith("{"):
        return _parse_export(path, text)
    return [_entry(draft) for draft in _drafts(path, text)]


def _drafts(path: Path, text: str) -> list[_Draft]:
    drafts: list[_Draft] = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = _DATE_LINE.fullmatch(line)
        if match is not None:
            when = _read_stamp(path, match["stamp"], number)
            drafts.append(_Draft(when, match["rest"] or ""))
        elif drafts:
            drafts[-1].more_lines.append(line)
        elif line.strip():
            raise ImportProblem(
                path,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "it doesn't start with a jrnl entry; each entry starts with its date, "
                    "like [2026-03-14 21:30] Title.",
                ),
                number,
            )
    if not drafts:
        raise ImportProblem(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "there are no jrnl entries in it; each entry starts with its date, "
                "like [2026-03-14 21:30] Title.",
            ),
        )
    return drafts


def _read_stamp(path: Path, stamp: str, line: int | None) -> datetime:
    naive = _parse_stamp(stamp)
    if naive is None:
        unknown = QT_TRANSLATE_NOOP(
            "errors",
            "the date [{stamp}] isn't one Reflect understands; jrnl dates look like "
            "[2026-03-14 21:30] or [2026-03-14 09:30:00 PM].",
        )
        raise ImportProblem(path, detail(unknown, stamp=stamp), line)
    try:
        # jrnl's wall-clock time in this computer's time zone (see the module's docstring).
        return domain.check_time(naive)
    except InvalidInput as error:
        raise ImportProblem(path, error.wording, line) from None


def _parse_stamp(stamp: str) -> datetime | None:
    common = _COMMON_STAMP.fullmatch(stamp)
    if common is not None:  # ten times quicker than strptime, for nearly every entry
        try:
            year, month, day, hour, minute = map(int, common.groups())
            return datetime(year, month, day, hour, minute)  # naive: local time
        except ValueError:
            return None
    for time_format in _TIME_FORMATS:
        try:
            return datetime.strptime(stamp.strip(), time_format)  # naive: local time
        except ValueError:
            continue
    return None


def _entry(draft: _Draft) -> ImportedEntry:
    first = draft.first_line.rstrip()
    starred = first.endswith(_STAR) or first == "*"
    if starred:
        first = first[:-1].rstrip()
    title, rest = _split_title(first.strip())
    body = "\n".join([rest, *draft.more_lines]).strip()
    return _imported(draft.created, title, body, starred, tags=None)


def _split_title(line: str) -> tuple[str, str]:
    """The first sentence of ``line``, and the rest of it."""
    end = _SENTENCE_END.search(line)
    if end is None:
        return line, ""
    return line[: end.end()].strip(), line[end.end() :].strip()


def _imported(
    created: datetime, title: str, body: str, starred: bool, tags: list[str] | None
) -> ImportedEntry:
    if len(" ".join(title.split())) > domain.MAX_TITLE_LENGTH:
        # A first "sentence" this long is a paragraph: keep every word, in the text.
        title, body = "", f"{title}\n{body}".strip()
    words = f"{title}\n{body}"
    return ImportedEntry(
        source_key=content_key(NAME, f"{created:%Y-%m-%d %H:%M}", title, body),
        created=created,
        title=title,
        text=body,
        tags=_usable_tags(tags if tags is not None else _TAG.findall(words)),
        starred=starred,
    )


def _usable_tags(names: list[str]) -> tuple[str, ...]:
    """Tags Reflect can keep (the words stay in the text either way), lower-cased like jrnl."""
    usable = []
    for name in names:
        try:
            usable.append(domain.normalize_tag(name.lstrip("@#").lower()))
        except InvalidInput:
            continue  # e.g. longer than a tag may be; the word is still in the entry
    return domain.normalize_tags(usable)


# --- the JSON export --------------------------------------------------------------------


def _parse_export(path: Path, text: str) -> list[ImportedEntry]:
    what = detail(QT_TRANSLATE_NOOP("errors", "a jrnl JSON export"))
    return entries_of_export(path, text, what, _exported_entry)


def _exported_entry(item: Any) -> ImportedEntry:
    if not isinstance(item, dict):
        raise UnfitEntry(
            QT_TRANSLATE_NOOP(
                "errors", "isn't an entry (a JSON object with a date, time, title and body)."
            )
        )
    date, time = field_of(item, "date", str), field_of(item, "time", str)
    title, body = field_of(item, "title", str, ""), field_of(item, "body", str, "")
    tags, starred = field_of(item, "tags", list, None), field_of(item, "starred", bool, False)
    if tags is not None and not all(isinstance(tag, str) for tag in tags):
        raise UnfitEntry(QT_TRANSLATE_NOOP("errors", "has a tag that isn't text."))
    naive = _parse_stamp(f"{date} {time}")
    if naive is None:
        unknown = QT_TRANSLATE_NOOP(
            "errors", "has a date Reflect doesn't understand ({date}, {time})."
        )
        raise UnfitEntry(detail(unknown, date=repr(date), time=repr(time)))
    try:
        created = domain.check_time(naive)
    except InvalidInput as error:
        unfit = QT_TRANSLATE_NOOP("errors", "has a date Reflect can't keep: {error}")
        raise UnfitEntry(detail(unfit, error=error.wording)) from None
    return _imported(created, title.strip(), body.strip(), starred, tags)


FORMATS.register(NAME, parse)
