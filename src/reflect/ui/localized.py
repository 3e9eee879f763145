"""Dates, times and numbers as the person reads them, in their language.

Each date shape is a ``QLocale`` format that is itself translated (context "localized"), so a
translation can put the words in its own order ("lunes 5 de enero de 2026"). Python's
``strftime`` is not used for what is shown: it follows the C library's locale, which Qt
sets when the application starts, not the language Reflect is shown in.

Counts are said with two texts, one for exactly 1 and one for any other number ("{count}
entries"): pyside6-lupdate does not mark Python texts as plural (numerus) messages, and two
forms, one and other, are what English and Spanish need.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from reflect.core.wording import Day
from reflect.render.translated import day_text


def number(count: int) -> str:
    """``count`` with its digits grouped the person's way: "10,000" ("10.000" in Spanish);
    "10,000" too where no locale is set at all (the C locale groups nothing)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{count:,}"
    return locale.toString(count)


def _qdate(when: date) -> QDate:
    return QDate(when.year, when.month, when.day)


def _qdatetime(when: datetime) -> QDateTime:
    # The time as written where it was written, as the entry itself shows it.
    return QDateTime(_qdate(when), QTime(when.hour, when.minute))


def weekday_date(when: date) -> str:
    """Short day and month names: "Mon 05 Jan 2026"."""
    shape = QCoreApplication.translate("localized", "ddd dd MMM yyyy")
    return QLocale().toString(_qdate(when), shape)


def full_date(when: date) -> str:
    """Whole day and month names: "Monday 05 January 2026"."""
    shape = QCoreApplication.translate("localized", "dddd dd MMMM yyyy")
    return QLocale().toString(_qdate(when), shape)


def full_date_time(when: datetime) -> str:
    """Whole names and the time: "Monday 05 January 2026, 14:30"."""
    shape = QCoreApplication.translate("localized", "dddd dd MMMM yyyy, HH:mm")
    return QLocale().toString(_qdatetime(when), shape)


def date_at_time(when: datetime) -> str:
    """As said in a sentence: "Monday 5 January 2026 at 14:30"."""
    shape = QCoreApplication.translate("localized", "dddd d MMMM yyyy 'at' HH:mm")
    return QLocale().toString(_qdatetime(when), shape)


def day_month_year(when: date) -> str:
    """Day and whole month name: "05 January 2026"."""
    shape = QCoreApplication.translate("localized", "dd MMMM yyyy")
    return QLocale().toString(_qdate(when), shape)


def short_day_month_year(when: date) -> str:
    """Day and short month name: "05 Jan 2026"."""
    shape = QCoreApplication.translate("localized", "dd MMM yyyy")
    return QLocale().toString(_qdate(when), shape)


def day_month(when: date) -> str:
    """The day, whichever the year: "05 January"."""
    shape = QCoreApplication.translate("localized", "dd MMMM")
    return QLocale().toString(_qdate(when), shape)


def month_year(year: int, month: int) -> str:
    """A month: "January 2026"."""
    shape = QCoreApplication.translate("localized", "MMMM yyyy")
    return QLocale().toString(QDate(year, month, 1), shape)


def day_in_words(when: date) -> str:
    """ "3 March 2026", as a sentence says it (the same shape the core's dates take)."""
    return day_text(Day(when))


def short_day_in_words(when: date) -> str:
    """ "3 Mar 2026"."""
    shape = QCoreApplication.translate("dates", "d MMM yyyy")  # a QLocale date format
    return QLocale().toString(_qdate(when), shape)
