"""An entry as a record of plain values, as Reflect's exports write it, and back.

The JSON export writes one record per entry; the Markdown export writes the same fields
(but the text) as front matter. Field names follow ``reflect list --json``. Reading a
record back checks every value the way the journal would, so a problem is reported with
its file and line before anything is imported (see docs/EXPORT-FORMAT.md).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from reflect.core import domain
from reflect.core.domain import Entry, FormatSpan
from reflect.core.errors import InvalidInput
from reflect.core.importing import ImportedMoment, ImportProblem

KEY_PREFIX = "reflect:"
FORMAT_NAME = "reflect-journal"  # the JSON export's "format"
FORMAT_VERSION = 1  # its "version", and the Markdown front matter's "reflect"

T = TypeVar("T")
R = TypeVar("R")


def entry_key(entry: Entry) -> str:
    """The entry's lasting identity in exports: the same for every export of this journal.

    Made from the id and the first ``created`` time, so an id the journal reuses for a
    newer entry gets a different key. Importing an export twice adds nothing the second
    time, and an entry exported as JSON and as Markdown is recognised as the same entry.
    """
    created = entry.created.isoformat()
    digest = hashlib.sha256(f"{entry.id}\n{created}".encode()).hexdigest()
    return KEY_PREFIX + digest[:32]


def moment_records(entry: Entry) -> list[dict[str, Any]]:
    """An entry's moments as ``list --json`` prints them (``text``: the words they mark)."""
    return [
        {
            "id": moment.id,
            "kind": moment.kind,
            "start": moment.start,
            "end": moment.end,
            "text": moment.passage(entry.text),
            "note": moment.note,
        }
        for moment in entry.moments
    ]


def formatting_records(spans: Iterable[FormatSpan]) -> list[dict[str, Any]]:
    return [{"start": span.start, "end": span.end, "style": span.style} for span in spans]


def entry_fields(entry: Entry) -> dict[str, Any]:
    """An entry as ``reflect list --json`` prints it (a public contract: add fields, never
    rename)."""
    return {
        "id": entry.id,
        "created": entry.created.isoformat(),
        "updated": entry.updated.isoformat(),
        "title": entry.title,
        "text": entry.text,
        "tags": list(entry.tags),
        "mood": entry.mood,
        "moments": moment_records(entry),
    }


def entry_record(entry: Entry) -> dict[str, Any]:
    """An entry as the JSON export writes it: ``list --json``'s fields, its key and its
    formatting."""
    return {
        "key": entry_key(entry),
        **entry_fields(entry),
        "formatting": formatting_records(entry.formatting),
    }


class RecordReader:
    """Reads the values of one record, turning any misfit into an ``ImportProblem``.

    ``what`` names the record in messages ("the 3rd entry"); ``line`` is where it starts
    (for JSON) and may be overridden per field (for front matter, each key has its line).
    """

    def __init__(self, path: Path, what: str, line: int | None = None) -> None:
        self.path, self.what, self.line = path, what, line

    def problem(self, reason: str, line: int | None = None) -> ImportProblem:
        return ImportProblem(self.path, f"{self.what}: {reason}", line or self.line)

    def string(self, value: object, field: str, line: int | None = None) -> str:
        if not isinstance(value, str):
            raise self.problem(f"'{field}' should be text in quotes.", line)
        return value

    def integer(self, value: object, field: str, line: int | None = None) -> int:
        if type(value) is not int:
            raise self.problem(f"'{field}' should be a whole number.", line)
        return value

    def items(self, value: object, field: str, line: int | None = None) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.problem(f"'{field}' should be a list.", line)
        return value

    def time(self, value: object, line: int | None = None, *, field_name: str) -> datetime:
        """An ISO 8601 date-time; without a time zone it means this computer's local time."""
        field = field_name
        text = self.string(value, field, line)
        try:
            return domain.check_time(datetime.fromisoformat(text.strip()))
        except ValueError:
            raise self.problem(
                f"'{field}' should be an ISO 8601 date and time, like 2026-03-14T21:30:00+01:00.",
                line,
            ) from None
        except InvalidInput as error:
            raise self.problem(str(error), line) from None
        except (OverflowError, OSError):  # a date at the very edge of what a computer counts
            raise self.problem(f"'{field}' is a date Reflect can't store.", line) from None

    def checked(self, check: Callable[[T], R], value: T, line: int | None = None) -> R:
        """``check(value)`` from ``reflect.core.domain``, its refusal told as a problem."""
        try:
            return check(value)
        except InvalidInput as error:
            raise self.problem(str(error), line) from None

    def title(self, value: object, line: int | None = None) -> str:
        return self.checked(domain.check_title, self.string(value, "title", line), line)

    def tags(self, value: object, line: int | None = None) -> tuple[str, ...]:
        if isinstance(value, str):  # "tags: a, b" from other apps' front matter
            value = [part for part in value.split(",") if part.strip()]
        names = [self.string(item, "tags", line) for item in self.items(value, "tags", line)]
        return tuple(self.checked(domain.normalize_tags, names, line))

    def mood(self, value: object, line: int | None = None) -> int | None:
        if value is not None and type(value) is not int:
            raise self.problem("'mood' should be a number from 1 to 5, or null.", line)
        return self.checked(domain.check_mood, value, line)

    def formatting(self, value: object, line: int | None = None, *, text: str) -> list[FormatSpan]:
        spans = []
        for number, item in enumerate(self.items(value, "formatting", line), start=1):
            field = f"formatting {number}"
            if not isinstance(item, dict):
                raise self.problem(f"'{field}' should have a start, an end and a style.", line)
            start = self.integer(item.get("start"), f"{field}: start", line)
            end = self.integer(item.get("end"), f"{field}: end", line)
            style = self.string(item.get("style"), f"{field}: style", line)
            if not style:
                raise self.problem(f"'{field}' needs a style.", line)
            self.checked(lambda s: domain.check_span(*s, text, "Formatting"), (start, end), line)
            spans.append(FormatSpan(start, end, style))
        return spans

    def moments(self, value: object, line: int | None = None, *, text: str) -> list[ImportedMoment]:
        moments = []
        for number, item in enumerate(self.items(value, "moments", line), start=1):
            field = f"moment {number}"
            if not isinstance(item, dict):
                raise self.problem(f"'{field}' should have a kind, a start and an end.", line)
            kind = self.checked(
                domain.normalize_kind, self.string(item.get("kind"), f"{field}: kind", line), line
            )
            note = item.get("note")
            note = "" if note is None else self.string(note, f"{field}: note", line)
            note = self.checked(domain.check_note, note, line)
            start = self.integer(item.get("start"), f"{field}: start", line)
            end = self.integer(item.get("end"), f"{field}: end", line)
            passage = item.get("text")
            if passage is not None:
                passage = self.string(passage, f"{field}: text", line)
                placed = _placed(start, end, passage, text)
                if placed is None:
                    raise self.problem(
                        f"'{field}' marks words that are no longer in the entry's text.", line
                    )
                start, end = placed
            self.checked(lambda s: domain.check_span(*s, text), (start, end), line)
            moments.append(ImportedMoment(start, end, kind, note))
        return moments


def _placed(start: int, end: int, passage: str, text: str) -> tuple[int, int] | None:
    """Where ``passage`` is in ``text``: at ``start`` if it is still there, else the place
    nearest to it (the text was edited outside Reflect); ``None`` if it is gone."""
    if start >= 0 and text[start:end] == passage:
        return start, end
    places: list[int] = []
    found = text.find(passage) if passage else -1
    while found != -1 and len(places) < 10_000:
        places.append(found)
        found = text.find(passage, found + 1)
    if not places:
        return None
    nearest = min(places, key=lambda place: abs(place - start))
    return nearest, nearest + len(passage)


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th… for messages about the n-th entry in a file."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"
