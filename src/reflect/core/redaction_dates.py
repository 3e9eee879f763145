"""Exact dates in a share, and the gentler way to say them aloud.

A date like "12 March 2024" can tell a listener who and where; "about three months in"
keeps what matters for the story. This module finds the dates (``find_dates``) and words
the replacement (``describe_date``) for ``reflect.core.redaction``.

Found: "12 March 2024", "12th of March", "March 12, 2024", "March 12th", "12/03/2024",
"12.03.24", "2024-03-12", each optionally with "on", a weekday and "the" before it
("on Tuesday, the 12th of March"), so the replacement reads well in the sentence.
Month names must be capitalised ("may" is a verb). Numeric dates are read day first, as
most of the world writes them, unless only the other reading is a real date (12/31/2024).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reflect.core.wording import QT_TRANSLATE_NOOP, Say, Wording, english

REDACTION_DATES = "redaction_dates"  # the translation context of the words said for dates

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
)
_MONTH = "(?P<month>" + "|".join(sorted((m.title() for m in _MONTHS), key=len, reverse=True))
_MONTH += r")\.?"
# "on", a weekday and "the" are taken with the date, so "on 12 March" becomes "one day".
_LEAD = rf"(?:\b[Oo]n\s+)?(?:\b(?:{_WEEKDAYS})\.?,?\s+)?(?:\bthe\s+)?"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
_NOT_NUMBER_BEFORE = r"(?<![\w/.\-])"
_NOT_NUMBER_AFTER = r"(?!\d)(?![/.\-]\d)"

_PATTERNS = (
    re.compile(_LEAD + r"\b" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?!\w)" + _YEAR),
    re.compile(_LEAD + r"\b" + _MONTH + r"\s+(?:the\s+)?" + _DAY + r"(?!\w)" + _YEAR),
    re.compile(
        r"(?:\b[Oo]n\s+)?" + _NOT_NUMBER_BEFORE
        + r"(?P<first>\d{1,2})(?P<sep>[/.\-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
        + _NOT_NUMBER_AFTER
    ),
    re.compile(
        r"(?:\b[Oo]n\s+)?" + _NOT_NUMBER_BEFORE
        + r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _NOT_NUMBER_AFTER
    ),
)  # fmt: skip

_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@dataclass(frozen=True)
class DateMention:
    """A date written in a text: ``text[start:end]``, and the day it means (``None`` when
    it has no year and none was given, or is not a real day, like 31 February)."""

    start: int
    end: int
    day: date | None


def find_dates(text: str, written_on: date | None = None) -> list[DateMention]:
    """Every exact date in ``text``, in order, none overlapping (the longer reading wins).

    A date without a year ("March 12th") takes the year of ``written_on``, the day the
    words were written, when given.
    """
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append(DateMention(match.start(), match.end(), _day_of(match, written_on)))
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def describe_date(day: date | None, story_start: date | None, say: Say = english) -> str:
    """How a date is said in a share: "about three months in" counted from
    ``story_start``, or "one day" when there is no story start (or no known day)."""
    return say(date_words(day, story_start))


def date_words(day: date | None, story_start: date | None) -> Wording:
    """``describe_date`` as a ``Wording`` (a count is spelled out: "three months")."""
    if day is None or story_start is None:
        return Wording(REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "one day"))
    days = (day - story_start).days
    if abs(days) < 4:
        if days >= 0:
            return Wording(
                REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "in the first few days")
            )
        return Wording(REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "a few days before"))
    span = _span(abs(days))
    if days > 0:
        return Wording.of(
            REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "about {span} in"), span=span
        )
    return Wording.of(
        REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "about {span} before"), span=span
    )


def _span(days: int) -> Wording:
    # Weeks under about two months, months under about two years, then years.
    if days < 60:
        weeks = round(days / 7)
        if weeks == 1:
            return Wording(REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "a week"))
        template = QT_TRANSLATE_NOOP("redaction_dates", "{number} weeks")
        return Wording.of(REDACTION_DATES, template, number=_spoken(weeks))
    months = round(days / 30.44)
    if months < 24:
        if months == 1:
            return Wording(REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "a month"))
        template = QT_TRANSLATE_NOOP("redaction_dates", "{number} months")
        return Wording.of(REDACTION_DATES, template, number=_spoken(months))
    years = round(days / 365.25)
    if years == 1:
        return Wording(REDACTION_DATES, QT_TRANSLATE_NOOP("redaction_dates", "a year"))
    template = QT_TRANSLATE_NOOP("redaction_dates", "{number} years")
    return Wording.of(REDACTION_DATES, template, number=_spoken(years))


# Numbers as they are read aloud, each its own text (a language's own words for them, as
# Spanish says "veintitrés"); from thirty, tens and ones are joined ("thirty-one").
_ONE_TO_TWENTY_NINE = (
    QT_TRANSLATE_NOOP("redaction_dates", "one"),
    QT_TRANSLATE_NOOP("redaction_dates", "two"),
    QT_TRANSLATE_NOOP("redaction_dates", "three"),
    QT_TRANSLATE_NOOP("redaction_dates", "four"),
    QT_TRANSLATE_NOOP("redaction_dates", "five"),
    QT_TRANSLATE_NOOP("redaction_dates", "six"),
    QT_TRANSLATE_NOOP("redaction_dates", "seven"),
    QT_TRANSLATE_NOOP("redaction_dates", "eight"),
    QT_TRANSLATE_NOOP("redaction_dates", "nine"),
    QT_TRANSLATE_NOOP("redaction_dates", "ten"),
    QT_TRANSLATE_NOOP("redaction_dates", "eleven"),
    QT_TRANSLATE_NOOP("redaction_dates", "twelve"),
    QT_TRANSLATE_NOOP("redaction_dates", "thirteen"),
    QT_TRANSLATE_NOOP("redaction_dates", "fourteen"),
    QT_TRANSLATE_NOOP("redaction_dates", "fifteen"),
    QT_TRANSLATE_NOOP("redaction_dates", "sixteen"),
    QT_TRANSLATE_NOOP("redaction_dates", "seventeen"),
    QT_TRANSLATE_NOOP("redaction_dates", "eighteen"),
    QT_TRANSLATE_NOOP("redaction_dates", "nineteen"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-one"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-two"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-three"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-four"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-five"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-six"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-seven"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-eight"),
    QT_TRANSLATE_NOOP("redaction_dates", "twenty-nine"),
)
_TENS_FROM_THIRTY = (
    QT_TRANSLATE_NOOP("redaction_dates", "thirty"),
    QT_TRANSLATE_NOOP("redaction_dates", "forty"),
    QT_TRANSLATE_NOOP("redaction_dates", "fifty"),
    QT_TRANSLATE_NOOP("redaction_dates", "sixty"),
    QT_TRANSLATE_NOOP("redaction_dates", "seventy"),
    QT_TRANSLATE_NOOP("redaction_dates", "eighty"),
    QT_TRANSLATE_NOOP("redaction_dates", "ninety"),
)


def _spoken(number: int) -> Wording | str:
    """``number_words(number)`` as a ``Wording`` (digits from 100 up, or below 1)."""
    if 1 <= number < 30:
        return Wording(REDACTION_DATES, _ONE_TO_TWENTY_NINE[number - 1])
    if 30 <= number < 100:
        tens, ones = divmod(number, 10)
        tens_words = Wording(REDACTION_DATES, _TENS_FROM_THIRTY[tens - 3])
        if not ones:
            return tens_words
        ones_words = Wording(REDACTION_DATES, _ONE_TO_TWENTY_NINE[ones - 1])
        joined = QT_TRANSLATE_NOOP("redaction_dates", "{tens}-{ones}")
        return Wording.of(REDACTION_DATES, joined, tens=tens_words, ones=ones_words)
    return str(number)


def number_words(number: int) -> str:
    """A whole number as it is read aloud ("twenty-three"); digits from 100 up."""
    if 0 <= number < 20:
        return _SMALL[number]
    if 20 <= number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens - 2] + (f"-{_SMALL[ones]}" if ones else "")
    return str(number)


def _day_of(match: re.Match[str], written_on: date | None) -> date | None:
    groups = match.groupdict()
    year_text = groups.get("year")
    if year_text is None:
        if written_on is None:
            return None
        year = written_on.year
    else:
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year < 70 else 1900
    if groups.get("first") is not None:
        first, second = int(groups["first"]), int(groups["second"])
        return _real_day(year, second, first) or _real_day(year, first, second)
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    return _real_day(year, month, int(groups["day"]))


def _real_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
