"""``MomentFilterBar``: which moments the browser lists, by kind, entry tag and dates.

Every choice starts at "all", which narrows nothing; "Show All" goes back there. Dates work
as in the search filters: a recent period, or any two dates (in either order).
``changed`` is emitted on each choice the person makes, and when a chosen kind or tag is
no longer in use and the choice widens to match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from reflect.core.domain import BUILT_IN_KINDS
from reflect.core.moment_listing import MomentFilter
from reflect.ui.filter_widgets import Item, PeriodChoice, filter_combo, refill
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.moment_marks import kind_icon, kind_label

# Shown translated, under the context "MomentFilterBar".
ALL_MOMENTS = QT_TRANSLATE_NOOP("MomentFilterBar", "All moments")
ANY_TAG = QT_TRANSLATE_NOOP("MomentFilterBar", "Any tag")


class MomentFilterBar(QWidget):
    """Kind, tag and dates above the moments list, and a way back to all of them."""

    changed = Signal()

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = filter_combo(
            QCoreApplication.translate("MomentFilterBar", "Kind"),
            QCoreApplication.translate("MomentFilterBar", "Only moments of this kind."),
        )
        self.tag = filter_combo(
            QCoreApplication.translate("MomentFilterBar", "Tag"),
            QCoreApplication.translate("MomentFilterBar", "Only moments in entries with this tag."),
        )
        self.period = PeriodChoice(
            QCoreApplication.translate(
                "MomentFilterBar", "Only moments in entries written in this period."
            ),
            today,
            self,
        )
        self.dates, self.since, self.until = self.period.dates, self.period.since, self.period.until
        self.show_all = QPushButton(QCoreApplication.translate("MomentFilterBar", "Show &All"))
        self.show_all.setAccessibleName(QCoreApplication.translate("MomentFilterBar", "Show All"))
        self.show_all.setAccessibleDescription(
            QCoreApplication.translate("MomentFilterBar", "List every moment again.")
        )
        self.set_kinds([])
        self.set_tags([])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in (
            (QCoreApplication.translate("MomentFilterBar", "&Kind"), self.kind),
            (QCoreApplication.translate("MomentFilterBar", "&Tag"), self.tag),
            (QCoreApplication.translate("MomentFilterBar", "&Dates"), self.dates),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            layout.addWidget(buddy)
            layout.addWidget(widget)
        layout.addWidget(self.since)
        layout.addWidget(self.until)
        layout.addStretch(1)
        layout.addWidget(self.show_all)

        for combo in (self.kind, self.tag):
            combo.activated.connect(self._on_choice_made)
        self.period.changed.connect(self._on_choice_made)
        self.show_all.clicked.connect(self._on_show_all_clicked)
        self._update_show_all()

    def moment_filter(self) -> MomentFilter:
        """What is chosen, as the journal understands it."""
        kind = self.kind.currentData()
        since, until = self.period.period()
        return MomentFilter(
            kinds=None if kind is None else frozenset({kind}),
            tag=self.tag.currentData(),
            since=since,
            until=until,
        )

    def set_kinds(self, kinds: Sequence[str]) -> None:
        """Offer hope, struggle and the person's own kinds in use (``kinds``)."""
        own = [kind for kind in kinds if kind not in BUILT_IN_KINDS]
        self._refill(self.kind, ALL_MOMENTS, [*BUILT_IN_KINDS, *own])

    def set_tags(self, tags: Sequence[str]) -> None:
        """Offer the journal's tags, keeping the chosen one while it is in use."""
        self._refill(self.tag, ANY_TAG, tags)

    def clear(self) -> None:
        """Back to every moment, with no kinds or tags left in the lists (on lock)."""
        for combo in (self.kind, self.tag):
            combo.setCurrentIndex(0)
        self.period.reset()
        self.set_kinds([])
        self.set_tags([])
        self._update_show_all()

    # --- helpers -------------------------------------------------------------------------

    def _refill(self, combo: QComboBox, everything: str, values: Sequence[str]) -> None:
        items: list[Item] = [(QCoreApplication.translate("MomentFilterBar", everything), None)]
        for value in values:
            if combo is self.kind:  # the kind's line beside its name, as in the list
                items.append((kind_label(value), value, kind_icon(value)))
            else:
                items.append((value, value))
        if refill(combo, items):  # the chosen kind or tag is no longer in use: the list widens
            self._on_choice_made()

    def _on_choice_made(self) -> None:
        self._update_show_all()
        self.changed.emit()

    def _on_show_all_clicked(self) -> None:
        for combo in (self.kind, self.tag):
            combo.setCurrentIndex(0)
        self.period.reset()
        self._on_choice_made()

    def _update_show_all(self) -> None:
        self.show_all.setEnabled(not self.moment_filter().is_empty)
