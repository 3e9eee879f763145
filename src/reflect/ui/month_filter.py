"""``MonthFilter``: a drop-down that narrows the entry list to one month, or shows it all."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import month_year, number

ALL_ENTRIES = QT_TRANSLATE_NOOP("MonthFilter", "All entries")  # shown translated

Month = tuple[int, int]  # (year, month number 1–12)


def month_label(year: int, month: int, entries: int) -> str:
    """What a month's item says, e.g. "November 2026 (12)"."""
    label = QCoreApplication.translate("month_filter", "{month} ({count})")
    return label.format(month=month_year(year, month), count=number(entries))


def month_spoken(year: int, month: int, entries: int) -> str:
    """The same for a screen reader, which would read "(12)" as a bare number."""
    if entries == 1:  # one and other: see reflect.ui.localized
        spoken = QCoreApplication.translate("month_filter", "{month}, 1 entry")
    else:
        spoken = QCoreApplication.translate("month_filter", "{month}, {count} entries")
    return spoken.format(month=month_year(year, month), count=number(entries))


def labelled(month_filter: MonthFilter) -> QWidget:
    """``month_filter`` after a "Show:" label, its buddy: on Linux a screen reader names a
    combo box only by the label it is labelled by (its accessible name is not read there)."""
    row = QWidget()
    label = QLabel(QCoreApplication.translate("MonthFilter", "Show:"), row)
    label.setBuddy(month_filter)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(month_filter, 1)
    return row


class MonthFilter(QComboBox):
    """ "All entries" or one of the months that hold entries (newest first), with counts.

    ``month_changed`` carries the new choice, a ``(year, month)`` tuple or ``None`` for all
    entries. It is emitted when the person picks another month, and also when
    ``set_months`` finds the chosen month gone (its last entry was deleted or moved) and
    falls back to "All entries", so the list never stays filtered by a month the widget no
    longer shows. Keeping a choice, or forgetting everything on lock, emits nothing.
    """

    month_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("MonthFilter", "Show entries from"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "MonthFilter", "Choose a month to see only the entries written in it."
            )
        )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._months: list[Month] = []  # the month of item i + 1 (item 0 is "All entries")
        self._announced: Month | None = None  # the choice month_changed last carried
        self.addItem(QCoreApplication.translate("MonthFilter", ALL_ENTRIES))
        self.activated.connect(self._on_activated)

    def month(self) -> Month | None:
        """The chosen month, or ``None`` when every entry is shown."""
        index = self.currentIndex()
        return self._months[index - 1] if 0 < index <= len(self._months) else None

    def set_months(self, months: Sequence[tuple[int, int, int]]) -> None:
        """Offer these ``(year, month, entries)``, in the order given (the journal's:
        newest first), keeping the chosen month if it is still among them."""
        chosen = self.month()
        self._months = [(year, month) for year, month, _ in months]
        kept = chosen if chosen in self._months else None
        self._fill(months)
        self.setCurrentIndex(0 if kept is None else self._months.index(kept) + 1)
        self._announced = kept
        if kept != chosen:
            self.month_changed.emit(kept)

    def forget_everything(self) -> None:
        """Back to "All entries" with no months left in the widget (on lock)."""
        self._months = []
        self._announced = None
        self._fill(())

    def _fill(self, months: Sequence[tuple[int, int, int]]) -> None:
        self.clear()
        self.addItem(QCoreApplication.translate("MonthFilter", ALL_ENTRIES))
        for row, (year, month, entries) in enumerate(months, start=1):
            self.addItem(month_label(year, month, entries))
            self.setItemData(
                row, month_spoken(year, month, entries), Qt.ItemDataRole.AccessibleTextRole
            )

    def _on_activated(self, _index: int) -> None:
        chosen = self.month()
        if chosen != self._announced:  # picking the same month again changes nothing
            self._announced = chosen
            self.month_changed.emit(chosen)
