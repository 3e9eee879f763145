"""Texts the core writes for people, in a form the window can translate.

The core has no Qt, so it can't translate; it can say *which* text it means. Each such text
is an English template with named fields (``"There's no journal in {folder} yet. …"``),
marked where it is written with ``QT_TRANSLATE_NOOP(context, template)`` so that
``pyside6-lupdate`` extracts it into the catalogues, plus the values of its fields. A
``Wording`` holds the three: ``str(wording)`` is the English sentence (what the CLI prints
and the PDF keeps), and the window shows ``QCoreApplication.translate(context, template)``
with the values put in (``reflect.render.translated.wording_text``). A value may itself be
a ``Wording`` ("{reason}" in an import problem), translated the same way, a ``Day`` (a date
the window writes with ``QLocale``) or a ``Number`` (a count, its digits grouped).

Where the core makes a text out of many pieces (the insights' summaries, the reading time,
a date said gently in a share) it takes a ``say`` function (``Say``) that turns each
``Wording`` into text: ``str`` (``english``, the default) for the CLI and the PDF's English,
the window's translator for the window. Counts are two texts, one for exactly 1 and one for
any other number ("{count} entries"): pyside6-lupdate doesn't mark Python texts as plural
messages, and one and other are the forms English and Spanish need.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation under ``context`` and return it unchanged.

    ``pyside6-lupdate`` reads the call statically: both arguments must be string literals
    where it is written (never a variable or an f-string)."""
    del context  # only lupdate reads it
    return text


@dataclass(frozen=True)
class Day:
    """A date in a text: "1 September 2026", or its month alone, "September 2026"
    (``month_only``). ``str()`` is English; the window writes it in the person's language."""

    day: date
    month_only: bool = False

    def __str__(self) -> str:
        month = MONTHS[self.day.month - 1]
        if self.month_only:
            return f"{month} {self.day.year}"
        return f"{self.day.day} {month} {self.day.year}"


@dataclass(frozen=True)
class Number:
    """A count in a text, its digits grouped: "1,204" in English; the window groups them
    the person's way."""

    value: int

    def __str__(self) -> str:
        return f"{self.value:,}"


@dataclass(frozen=True)
class Wording:
    """A text for people: an English ``template`` marked under ``context``, and the values
    of its named fields (text or another ``Wording``; anything else is given as ``str()``).

    Two wordings are equal when they say the same thing; the values don't take part in
    the hash (they are a read-only mapping).
    """

    context: str
    template: str
    values: Mapping[str, Value] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        values = {name: _value(value) for name, value in self.values.items()}
        object.__setattr__(self, "values", MappingProxyType(values))

    @classmethod
    def of(cls, context: str, template: str, /, **values: object) -> Wording:
        """``Wording(context, template, values)`` with the values given by name."""
        return cls(context, template, {name: _value(value) for name, value in values.items()})

    def __str__(self) -> str:
        """The English text, the fields filled in (a template without fields as it is)."""
        return self.template.format_map(self.values) if self.values else self.template


Value = str | Wording | Day | Number
Say = Callable[[Wording], str]  # a Wording in words: ``english`` or the window's translator


def english(wording: Wording) -> str:
    """``wording`` in English, as written in the code (the ``Say`` of the CLI)."""
    return str(wording)


def counted(number: int, one: str, other: str, context: str) -> Wording:
    """``one`` ("{count} entry") for exactly 1, else ``other`` ("{count} entries"); both
    templates marked under ``context`` where they are written."""
    return Wording.of(context, one if number == 1 else other, count=Number(number))


def _value(value: object) -> Value:
    return value if isinstance(value, str | Wording | Day | Number) else str(value)
