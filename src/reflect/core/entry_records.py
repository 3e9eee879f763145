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
from reflect.core.errors import InvalidInput, detail
from reflect.core.importing import ImportedMoment, ImportProblem
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording

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

    ``what`` names the record in messages ("the 3rd entry", ``entry_called``); ``line`` is
    where it starts
    (for JSON) and may be overridden per field (for front matter, each key has its line).
    """

    def __init__(self, path: Path, what: Wording, line: int | None = None) -> None:
        self.path, self.what, self.line = path, what, line

    def problem(self, reason: str | Wording, line: int | None = None) -> ImportProblem:
        """``reason`` (a marked template, or a ``Wording``) said of this record."""
        said = detail(
            QT_TRANSLATE_NOOP("errors", "{what}: {reason}"), what=self.what, reason=reason
        )
        return ImportProblem(self.path, said, line or self.line)

    def field_problem(self, template: str, field: str, line: int | None) -> ImportProblem:
        """A problem with the field named ``field`` (``template`` has ``'{field}'``)."""
        return self.problem(detail(template, field=field), line)

    def string(self, value: object, field: str, line: int | None = None) -> str:
        if not isinstance(value, str):
            template = QT_TRANSLATE_NOOP("errors", "'{field}' should be text in quotes.")
            raise self.field_problem(template, field, line)
        return value

    def integer(self, value: object, field: str, line: int | None = None) -> int:
        if type(value) is not int:
            template = QT_TRANSLATE_NOOP("errors", "'{field}' should be a whole number.")
            raise self.field_problem(template, field, line)
        return value

    def items(self, value: object, field: str, line: int | None = None) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            template = QT_TRANSLATE_NOOP("errors", "'{field}' should be a list.")
            raise self.field_problem(template, field, line)
        return value

    def time(self, value: object, line: int | None = None, *, field_name: str) -> datetime:
        """An ISO 8601 date-time; without a time zone it means this computer's local time."""
        field = field_name
        text = self.string(value, field, line)
        try:
            return domain.check_time(datetime.fromisoformat(text.strip()))
        except ValueError:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "'{field}' should be an ISO 8601 date and time, like 2026-03-14T21:30:00+01:00.",
            )
            raise self.field_problem(template, field, line) from None
        except InvalidInput as error:
            raise self.problem(error.wording, line) from None
        except (OverflowError, OSError):  # a date at the very edge of what a computer counts
            template = QT_TRANSLATE_NOOP("errors", "'{field}' is a date Reflect can't store.")
            raise self.field_problem(template, field, line) from None

    def checked(self, check: Callable[[T], R], value: T, line: int | None = None) -> R:
        """``check(value)`` from ``reflect.core.domain``, its refusal told as a problem."""
        try:
            return check(value)
        except InvalidInput as error:
            raise self.problem(error.wording, line) from None

    def title(self, value: object, line: int | None = None) -> str:
        return self.checked(domain.check_title, self.string(value, "title", line), line)

    def tags(self, value: object, line: int | None = None) -> tuple[str, ...]:
        if isinstance(value, str):  # "tags: a, b" from other apps' front matter
            value = [part for part in value.split(",") if part.strip()]
        names = [self.string(item, "tags", line) for item in self.items(value, "tags", line)]
        return tuple(self.checked(domain.normalize_tags, names, line))

    def mood(self, value: object, line: int | None = None) -> int | None:
        if value is not None and type(value) is not int:
            template = QT_TRANSLATE_NOOP(
                "errors", "'mood' should be a number from 1 to 5, or null."
            )
            raise self.problem(template, line)
        return self.checked(domain.check_mood, value, line)

    def formatting(self, value: object, line: int | None = None, *, text: str) -> list[FormatSpan]:
        spans = []
        for number, item in enumerate(self.items(value, "formatting", line), start=1):
            field = f"formatting {number}"
            if not isinstance(item, dict):
                template = QT_TRANSLATE_NOOP(
                    "errors", "'{field}' should have a start, an end and a style."
                )
                raise self.field_problem(template, field, line)
            start = self.integer(item.get("start"), f"{field}: start", line)
            end = self.integer(item.get("end"), f"{field}: end", line)
            style = self.string(item.get("style"), f"{field}: style", line)
            if not style:
                template = QT_TRANSLATE_NOOP("errors", "'{field}' needs a style.")
                raise self.field_problem(template, field, line)
            self.checked(lambda s: domain.check_span(*s, text, formatting=True), (start, end), line)
            spans.append(FormatSpan(start, end, style))
        return spans

    def moments(self, value: object, line: int | None = None, *, text: str) -> list[ImportedMoment]:
        moments = []
        for number, item in enumerate(self.items(value, "moments", line), start=1):
            field = f"moment {number}"
            if not isinstance(item, dict):
                template = QT_TRANSLATE_NOOP(
                    "errors", "'{field}' should have a kind, a start and an end."
                )
                raise self.field_problem(template, field, line)
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
                    template = QT_TRANSLATE_NOOP(
                        "errors", "'{field}' marks words that are no longer in the entry's text."
                    )
                    raise self.field_problem(template, field, line)
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


def newer_export(version: int) -> Wording:
    """Why an export written by a newer Reflect is refused."""
    newer = QT_TRANSLATE_NOOP(
        "errors",
        "it was written by a newer version of Reflect (export format {version}; this "
        "version reads up to {supported}). Please update Reflect to import it.",
    )
    return detail(newer, version=version, supported=FORMAT_VERSION)


def entry_called(number: int) -> Wording:
    """ "the 3rd entry": the n-th entry of a file, as messages name it (one template per
    English suffix, so each language can say it its own way)."""
    suffix = ordinal(number)[-2:]
    if suffix == "st":
        template = QT_TRANSLATE_NOOP("errors", "the {number}st entry")
    elif suffix == "nd":
        template = QT_TRANSLATE_NOOP("errors", "the {number}nd entry")
    elif suffix == "rd":
        template = QT_TRANSLATE_NOOP("errors", "the {number}rd entry")
    else:
        template = QT_TRANSLATE_NOOP("errors", "the {number}th entry")
    return detail(template, number=number)
