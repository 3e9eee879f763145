"""``SearchFilterBar``: narrowing a search by dates, tag, moments and check-in, and its order.

Every choice starts at "any", which narrows nothing. ``changed`` is emitted on each choice
the person makes, and when a chosen tag or kind is no longer in use and the choice widens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.search import Order, SearchFilters
from reflect.ui.entry_details import CHECK_IN_CHOICES
from reflect.ui.filter_widgets import Item, PeriodChoice, filter_combo, refill
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# Shown translated, under the context "SearchFilterBar".
ANY_TAG = QT_TRANSLATE_NOOP("SearchFilterBar", "Any tag")
ANY_MOMENT = QT_TRANSLATE_NOOP("SearchFilterBar", "Any moments")
ANY_CHECK_IN = QT_TRANSLATE_NOOP("SearchFilterBar", "Any check-in")
BUILT_IN_MOMENTS = (
    (QT_TRANSLATE_NOOP("SearchFilterBar", "With hope"), HOPE),
    (QT_TRANSLATE_NOOP("SearchFilterBar", "With struggle"), STRUGGLE),
)
ORDERS = (
    (QT_TRANSLATE_NOOP("SearchFilterBar", "Newest first"), Order.NEWEST),
    (QT_TRANSLATE_NOOP("SearchFilterBar", "Best match first"), Order.BEST_MATCH),
)


class SearchFilterBar(QWidget):
    """The filters under the search field."""

    changed = Signal()

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.period = PeriodChoice(
            QCoreApplication.translate("SearchFilterBar", "Only entries written in this period."),
            today,
            self,
        )
        self.dates, self.since, self.until = self.period.dates, self.period.since, self.period.until
        self.tag = filter_combo(
            QCoreApplication.translate("SearchFilterBar", "Tag"),
            QCoreApplication.translate("SearchFilterBar", "Only entries with this tag."),
        )
        self.moments = filter_combo(
            QCoreApplication.translate("SearchFilterBar", "Moments"),
            QCoreApplication.translate(
                "SearchFilterBar", "Only entries with a moment of this kind."
            ),
        )
        self.check_in = filter_combo(
            QCoreApplication.translate("SearchFilterBar", "Check-in"),
            QCoreApplication.translate("SearchFilterBar", "Only entries with this check-in."),
        )
        self.check_in.addItem(QCoreApplication.translate("SearchFilterBar", ANY_CHECK_IN), None)
        for label, value in CHECK_IN_CHOICES[1:]:  # marked under the context "EntryDetails"
            self.check_in.addItem(QCoreApplication.translate("EntryDetails", label), value)
        self.order = filter_combo(
            QCoreApplication.translate("SearchFilterBar", "Order"),
            QCoreApplication.translate("SearchFilterBar", "How the results are listed."),
        )
        for label, order in ORDERS:
            self.order.addItem(QCoreApplication.translate("SearchFilterBar", label), order)
        self.set_tags([])
        self.set_kinds([])

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        rows = (
            (QCoreApplication.translate("SearchFilterBar", "&Dates"), self.dates),
            (QCoreApplication.translate("SearchFilterBar", "Ta&g"), self.tag),
            (QCoreApplication.translate("SearchFilterBar", "Momen&ts"), self.moments),
            (QCoreApplication.translate("SearchFilterBar", "Chec&k-in"), self.check_in),
            (QCoreApplication.translate("SearchFilterBar", "O&rder"), self.order),
        )
        for row, (caption, widget) in enumerate(rows):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            layout.addWidget(buddy, row, 0)
            layout.addWidget(widget, row, 1)
        layout.addWidget(self.since, len(rows), 0)
        layout.addWidget(self.until, len(rows), 1)

        self.period.changed.connect(self.changed)
        for combo in (self.tag, self.moments, self.check_in, self.order):
            combo.activated.connect(self.changed)

    def filters(self) -> SearchFilters:
        """What is chosen, as the journal's search understands it."""
        since, until = self.period.period()
        mood = self.check_in.currentData()
        return SearchFilters(
            since=since,
            until=until,
            tag=self.tag.currentData(),
            moment_kind=self.moments.currentData(),
            moods=frozenset() if mood is None else frozenset({mood}),
        )

    def search_order(self) -> Order:
        order = self.order.currentData()
        return order if isinstance(order, Order) else Order.NEWEST

    def set_tags(self, tags: Sequence[str]) -> None:
        """Offer the journal's tags, keeping the chosen one if it is still in use."""
        any_tag = QCoreApplication.translate("SearchFilterBar", ANY_TAG)
        self._refill(self.tag, [(any_tag, None), *((tag, tag) for tag in tags)])

    def set_kinds(self, kinds: Sequence[str]) -> None:
        """Offer hope, struggle and the person's own moment kinds in use."""
        marked = QCoreApplication.translate("SearchFilterBar", "Marked “{kind}”")
        own = [(marked.format(kind=kind), kind) for kind in kinds if kind not in (HOPE, STRUGGLE)]
        built_in = [
            (QCoreApplication.translate("SearchFilterBar", label), kind)
            for label, kind in BUILT_IN_MOMENTS
        ]
        any_moment = QCoreApplication.translate("SearchFilterBar", ANY_MOMENT)
        self._refill(self.moments, [(any_moment, None), *built_in, *own])

    def clear(self) -> None:
        """Back to "any" everywhere (the journal is locking: tags are journal content)."""
        for combo in (self.tag, self.moments, self.check_in, self.order):
            combo.setCurrentIndex(0)
        self.period.reset()
        self.set_tags([])
        self.set_kinds([])

    def _refill(self, combo: QComboBox, items: Sequence[Item]) -> None:
        if refill(combo, items):
            self.changed.emit()  # the chosen tag or kind is gone: the search widens
