"""What every importer produces, whatever it reads: entries ready to add to a journal.

Each format (``jrnl``, ``dayone``, ``markdown``, ``json``…) has a parser that reads a file
or folder and returns ``ImportedEntry`` values, or raises ``ImportProblem`` naming the file
and line, having changed nothing. ``FORMATS`` maps a format's name (the CLI's ``--format``)
to its parser. ``source_key`` is what makes importing idempotent: the journal remembers the
keys it has imported, and importing an entry with a known key adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reflect.core.domain import FormatSpan
from reflect.core.errors import InvalidInput, as_detail
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording


@dataclass(frozen=True)
class ImportedMoment:
    """A moment over ``text[start:end]`` (characters) of its entry."""

    start: int
    end: int
    kind: str
    note: str = ""


@dataclass(frozen=True)
class ImportedEntry:
    """One entry read from elsewhere, not yet in the journal.

    ``source_key`` identifies it in its source for good (Day One's uuid; for formats without
    ids, a hash of its date, title and text), prefixed with the format: ``"dayone:…"``.
    ``created`` is aware (in the time zone it was written in, when the source says).
    """

    source_key: str
    created: datetime
    title: str
    text: str
    tags: tuple[str, ...] = ()
    mood: int | None = None
    moments: tuple[ImportedMoment, ...] = ()
    formatting: tuple[FormatSpan, ...] = ()
    starred: bool = False  # kept as the tag STARRED_TAG: Reflect has no stars of its own


STARRED_TAG = "starred"


class ImportProblem(InvalidInput):
    """A file that can't be imported as it is; says which file (and line) and why."""

    def __init__(self, path: Path, reason: str | Wording, line: int | None = None) -> None:
        why = as_detail(reason)
        if line is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors", "Reflect can't import {path}: {reason} Nothing was imported."
                ),
                path=path,
                reason=why,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Reflect can't import {path}, line {line}: {reason} Nothing was imported.",
                ),
                path=path,
                line=line,
                reason=why,
            )
        self.path, self.line, self.reason = path, line, why


Parser = Callable[[Path], list[ImportedEntry]]


@dataclass
class ImportFormats:
    """The formats Reflect can read, by name; each importer module registers its parser."""

    parsers: dict[str, Parser] = field(default_factory=dict)

    def register(self, name: str, parser: Parser) -> None:
        self.parsers[name] = parser


FORMATS = ImportFormats()
