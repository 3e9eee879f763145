"""Texts made in the core (``reflect.core.wording``), in the person's language.

The core marks each text it makes for people with ``QT_TRANSLATE_NOOP(context, template)``
and hands over a ``Wording``: the English template and the values of its fields. Here the
template is translated under its context and the values are put in: a ``Wording`` value
translated the same way, a ``Day`` written with ``QLocale`` (month names in the person's
language, in a shape that is itself translated), a ``Number`` grouped the person's way.
``wording_text`` is the ``Say`` the window passes to the core's wording functions; the UI
uses it through ``reflect.ui.messages``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from reflect.core.wording import Day, Number, Value, Wording


def wording_text(wording: Wording) -> str:
    """``wording`` in the person's language (English where there is no translation)."""
    text = QCoreApplication.translate(wording.context, wording.template)
    if not wording.values:
        return text  # as written: a text without fields may hold braces of its own
    values = {name: _value_text(value) for name, value in wording.values.items()}
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a field
        return wording.template.format_map(values)


def day_text(day: Day) -> str:
    """ "1 September 2026" (or "September 2026") in the person's language."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return str(day)  # no locale at all: the core's English
    when = QDate(day.day.year, day.day.month, day.day.day)
    if day.month_only:
        return locale.toString(when, QCoreApplication.translate("dates", "MMMM yyyy"))
    return locale.toString(when, QCoreApplication.translate("dates", "d MMMM yyyy"))


def number_text(number: Number) -> str:
    """A count with its digits grouped the person's way ("1,204"; "1204" in Spanish)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return str(number)
    return locale.toString(number.value)


def _value_text(value: Value) -> str:
    if isinstance(value, Wording):
        return wording_text(value)
    if isinstance(value, Day):
        return day_text(value)
    if isinstance(value, Number):
        return number_text(value)
    return value
