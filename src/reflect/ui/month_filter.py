"""``MonthFilter``: a drop-down that narrows the entry list to one month, or shows it all."""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

ALL_ENTRIES = "All entries"

Month = tuple[int, int]  # (year, month number 1–12)


def month_label(year: int, month: int, entries: int) -> str:
    """What a month's item says, e.g. "November 2026 (12)"."""
    return f"{calendar.month_name[month]} {year} ({entries})"


def month_spoken(year: int, month: int, entries: int) -> str:
    """The same for a screen reader, which would read "(12)" as a bare number."""
    return (
        f"{calendar.month_name[month]} {year}, {entries} {'entry' if entries == 1 else 'entries'}"
    )


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
        self.setAccessibleName("Show entries from")
        self.setAccessibleDescription("Choose a month to see only the entries written in it.")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._months: list[Month] = []  # the month of item i + 1 (item 0 is "All entries")
        self._announced: Month | None = None  # the choice month_changed last carried
        self.addItem(ALL_ENTRIES)
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
        self.addItem(ALL_ENTRIES)
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
