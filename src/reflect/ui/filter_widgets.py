"""Pieces the filter bars share (search filters, moments browser): a named drop-down, its
refilling as the journal's tags and kinds change, and the choice of a period.

A period is "Any time", a recent stretch ending today, or two dates the person picks (in
either order); both ends are included and are the entries' own dates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QDateEdit

from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# Shown translated, under the context "PeriodChoice".
ANY_TIME = QT_TRANSLATE_NOOP("PeriodChoice", "Any time")
BETWEEN = QT_TRANSLATE_NOOP("PeriodChoice", "Between dates…")
RECENT = (  # days back, today in
    (QT_TRANSLATE_NOOP("PeriodChoice", "Past week"), 7),
    (QT_TRANSLATE_NOOP("PeriodChoice", "Past month"), 31),
    (QT_TRANSLATE_NOOP("PeriodChoice", "Past year"), 365),
)
_BETWEEN = -1
_FIRST_RANGE_DAYS = 30  # "Between dates…" starts as the past month, to adjust from

Item = tuple[str, object] | tuple[str, object, QIcon]  # label, value (and an icon)


def filter_combo(name: str, description: str) -> QComboBox:
    """A drop-down with its accessible name and description (both translated already)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setAccessibleDescription(description)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def refill(combo: QComboBox, items: Sequence[Item]) -> bool:
    """Offer ``items``, keeping the chosen value when it is still offered; ``True`` when it
    is not (the choice fell back to the first item, which should narrow nothing)."""
    chosen = combo.currentData()
    combo.clear()
    for label, value, *icon in items:
        if icon:
            combo.addItem(icon[0], label, value)
        else:
            combo.addItem(label, value)
    index = 0 if chosen is None else combo.findData(chosen)
    combo.setCurrentIndex(max(0, index))
    return index == -1


class PeriodChoice(QObject):
    """The "Dates" drop-down and the two date fields shown for "Between dates…"; the
    owner lays the three widgets out. ``changed`` is emitted on each choice made."""

    changed = Signal()

    def __init__(
        self, description: str, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.dates = filter_combo(QCoreApplication.translate("PeriodChoice", "Dates"), description)
        self.dates.addItem(QCoreApplication.translate("PeriodChoice", ANY_TIME), None)
        for label, days in RECENT:
            self.dates.addItem(QCoreApplication.translate("PeriodChoice", label), days)
        self.dates.addItem(QCoreApplication.translate("PeriodChoice", BETWEEN), _BETWEEN)
        self.since = _date_edit(
            QCoreApplication.translate("PeriodChoice", "From date"),
            QCoreApplication.translate("PeriodChoice", "The first day of the period, included."),
        )
        self.until = _date_edit(
            QCoreApplication.translate("PeriodChoice", "To date"),
            QCoreApplication.translate("PeriodChoice", "The last day of the period, included."),
        )
        self._show_range()
        self.dates.activated.connect(self._on_dates_activated)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._on_range_edited)

    @property
    def is_any_time(self) -> bool:
        return self.dates.currentData() is None

    def period(self) -> tuple[date | None, date | None]:
        """The first and last day chosen; ``None`` where the period is open."""
        days = self.dates.currentData()
        if days is None:
            return None, None
        if days == _BETWEEN:
            since, until = _day(self.since.date()), _day(self.until.date())
            return (since, until) if since <= until else (until, since)
        today = self._today()
        return today - timedelta(days=days - 1), today

    def reset(self) -> None:
        """Back to "Any time" (emits nothing)."""
        self.dates.setCurrentIndex(0)
        self._show_range()

    def _on_dates_activated(self) -> None:
        if self.dates.currentData() == _BETWEEN and self.since.isHidden():
            today = self._today()
            for edit, day in (
                (self.since, today - timedelta(days=_FIRST_RANGE_DAYS)),
                (self.until, today),
            ):
                edit.blockSignals(True)  # one ``changed`` for the choice, below
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._show_range()
        self.changed.emit()

    def _on_range_edited(self) -> None:
        if self.dates.currentData() == _BETWEEN:
            self.changed.emit()

    def _show_range(self) -> None:
        between = self.dates.currentData() == _BETWEEN
        self.since.setVisible(between)
        self.until.setVisible(between)


def _date_edit(name: str, description: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(description)
    return edit


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
