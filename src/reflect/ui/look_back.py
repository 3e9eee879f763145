"""``LookBack``: "On this day" in earlier years, and "How far you've come".

"On this day" lists the entries written on today's month and day in earlier years, a year
at a time. "How far you've come" sets a few early moments of struggle beside recent moments
of hope: the person's own path in their own words, never a score or a comparison.
Activating an entry or a moment asks (``open_requested``) for it to be opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import EntrySummary
from reflect.core.journal import Journal
from reflect.core.look_back import HowFar, OnThisDay, YearOnThisDay
from reflect.core.moment_listing import MomentRow
from reflect.ui.entry_list_model import EntryIdRole
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import day_month, full_date
from reflect.ui.moment_list_model import MomentRowRole, spoken
from reflect.ui.passage_delegate import PassageDelegate
from reflect.ui.worker import Fetch

# Marked here, translated where shown: QCoreApplication.translate("LookBack", NO_HOPE)…
WINDOW_TITLE = QT_TRANSLATE_NOOP("LookBack", "Look Back")
LOOKING = QT_TRANSLATE_NOOP("LookBack", "Looking back…")
NOTHING_ON_THIS_DAY = QT_TRANSLATE_NOOP(
    "LookBack",
    "Nothing written on this day in earlier years yet. "
    "What you write today will be waiting here a year from now.",
)
HOW_FAR_INTRO = QT_TRANSLATE_NOOP(
    "LookBack", "Hard moments you wrote through early on, beside moments of hope from lately."
)
NOTHING_MARKED = QT_TRANSLATE_NOOP(
    "LookBack",
    "When you mark moments of struggle and hope in your entries, "
    "you'll find them here side by side.",
)
NO_STRUGGLE = QT_TRANSLATE_NOOP(
    "LookBack",
    "Nothing here yet. If you'd like, select some words about a hard time and choose "
    "Mark as Struggle.",
)
NO_HOPE = QT_TRANSLATE_NOOP(
    "LookBack",
    "Nothing here yet. When something gives you hope, select those words and choose Mark as Hope.",
)
MOMENT_LINES = 3


def year_heading(day: date, year: YearOnThisDay) -> str:
    """ "A year ago today · 2025"; without "today" for 29 February shown on the 28th."""
    on_the_day = all(
        (entry.created.month, entry.created.day) == (day.month, day.day) for entry in year.entries
    )
    if year.years_ago == 1:  # one and other: see reflect.ui.localized
        if on_the_day:
            heading = QCoreApplication.translate("look_back", "A year ago today · {year}")
        else:
            heading = QCoreApplication.translate("look_back", "A year ago · {year}")
    elif on_the_day:
        heading = QCoreApplication.translate("look_back", "{count} years ago today · {year}")
    else:
        heading = QCoreApplication.translate("look_back", "{count} years ago · {year}")
    return heading.format(count=year.years_ago, year=year.year)


def entry_line(day: date, entry: EntrySummary) -> str:
    """An entry under its year: its title and first words, and its date when not ``day``'s."""
    untitled = QCoreApplication.translate("look_back", "Untitled entry")
    words = " — ".join(part for part in (entry.title, entry.preview) if part) or untitled
    if (entry.created.month, entry.created.day) != (day.month, day.day):
        return QCoreApplication.translate("look_back", "{date}: {words}").format(
            date=day_month(entry.created), words=words
        )
    return words


class _MomentColumn(QWidget):
    """One side of "How far you've come": a heading, the moments, or why there are none."""

    def __init__(self, heading: str, name: str, when_empty: str) -> None:
        super().__init__()
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setAccessibleDescription(
            QCoreApplication.translate(
                "_MomentColumn", "Press Enter to open a moment in its entry."
            )
        )
        self.view.setItemDelegate(PassageDelegate(self.view, lines=MOMENT_LINES, dated=True))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSpacing(2)
        self.empty = QLabel(when_empty)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(
            QCoreApplication.translate("_MomentColumn", "{name}: none yet").format(name=name)
        )
        self._pages = QStackedWidget()
        self._pages.addWidget(self.view)
        self._pages.addWidget(self.empty)
        title = QLabel(heading)
        title.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self._pages, 1)

    def show_moments(self, moments: Sequence[MomentRow]) -> None:
        self.model.clear()
        for moment in moments:
            item = QStandardItem(spoken(moment))
            item.setData(moment, MomentRowRole)
            item.setData(spoken(moment), Qt.ItemDataRole.AccessibleTextRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self._pages.setCurrentWidget(self.view if moments else self.empty)

    def clear(self) -> None:
        self.model.clear()
        self._pages.setCurrentWidget(self.view)


class LookBack(QWidget):
    """The "Look Back" window. Call ``refresh`` to (re)load it, ``forget_everything`` on lock."""

    open_requested = Signal(int, int, int)  # entry id, start, end (0, 0 for a whole entry)

    def __init__(
        self,
        fetch: Fetch,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._fetch = fetch
        self._today = today
        self._locks = 0  # results asked for before a lock are dropped
        title = QCoreApplication.translate("LookBack", WINDOW_TITLE)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(900, 680)

        self.on_this_day_title = _section_title(
            QCoreApplication.translate("LookBack", "&On this day")
        )
        self.on_this_day_model = QStandardItemModel(self)
        self.on_this_day = self._make_on_this_day_view()
        self.on_this_day_title.setBuddy(self.on_this_day)  # Alt+O goes to the entries
        self.on_this_day_empty = QLabel()
        self.on_this_day_empty.setWordWrap(True)
        self.on_this_day_empty.setAccessibleName(
            QCoreApplication.translate("LookBack", "On this day: none yet")
        )
        self._on_this_day_pages = QStackedWidget()
        self._on_this_day_pages.addWidget(self.on_this_day)
        self._on_this_day_pages.addWidget(self.on_this_day_empty)

        how_far_title = _section_title(
            QCoreApplication.translate("LookBack", "How far you've come")
        )
        self.how_far_intro = QLabel(QCoreApplication.translate("LookBack", HOW_FAR_INTRO))
        self.how_far_intro.setWordWrap(True)
        self.early = _MomentColumn(
            QCoreApplication.translate("LookBack", "&Early on: moments of struggle"),
            QCoreApplication.translate("LookBack", "Early moments of struggle"),
            QCoreApplication.translate("LookBack", NO_STRUGGLE),
        )
        self.lately = _MomentColumn(
            QCoreApplication.translate("LookBack", "&Lately: moments of hope"),
            QCoreApplication.translate("LookBack", "Recent moments of hope"),
            QCoreApplication.translate("LookBack", NO_HOPE),
        )
        self._columns = QWidget()
        columns = QHBoxLayout(self._columns)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.early)
        columns.addWidget(self.lately)

        layout = QVBoxLayout(self)
        layout.addWidget(self.on_this_day_title)
        layout.addWidget(self._on_this_day_pages, 2)
        layout.addSpacing(12)
        layout.addWidget(how_far_title)
        layout.addWidget(self.how_far_intro)
        layout.addWidget(self._columns, 3)
        self._add_close_action()

        self.on_this_day.activated.connect(self._on_on_this_day_activated)
        for column in (self.early, self.lately):
            column.view.activated.connect(self._on_moment_activated)

    def refresh(self) -> None:
        """Look back from today: this day in earlier years, and how far you've come."""
        day = self._today()
        locks = self._locks
        title = QCoreApplication.translate("LookBack", "&On this day · {date}")
        self.on_this_day_title.setText(title.format(date=day_month(day)))
        if not self.on_this_day_model.rowCount():  # say what is happening, not a blank box
            self.on_this_day_empty.setText(QCoreApplication.translate("LookBack", LOOKING))
            self._on_this_day_pages.setCurrentWidget(self.on_this_day_empty)

        def show_day(found: OnThisDay) -> None:
            if locks == self._locks:
                self._show_on_this_day(found)

        def show_how_far(found: HowFar) -> None:
            if locks == self._locks:
                self._show_how_far(found)

        self._fetch(lambda journal: journal.on_this_day(day), show_day)
        self._fetch(Journal.how_far, show_how_far)

    def forget_everything(self) -> None:
        """Clear every entry and moment shown, and drop results on their way (lock)."""
        self._locks += 1
        self.on_this_day_model.clear()
        self.on_this_day_empty.clear()
        self._on_this_day_pages.setCurrentWidget(self.on_this_day)
        self.early.clear()
        self.lately.clear()
        self.how_far_intro.setText(QCoreApplication.translate("LookBack", HOW_FAR_INTRO))
        self._columns.show()

    # --- building and showing ------------------------------------------------------------

    def _make_on_this_day_view(self) -> QTreeView:
        view = QTreeView()
        view.setModel(self.on_this_day_model)
        view.setHeaderHidden(True)
        view.setAccessibleName(QCoreApplication.translate("LookBack", "On this day"))
        view.setAccessibleDescription(
            QCoreApplication.translate(
                "LookBack", "Entries written on this day in earlier years. Press Enter to open one."
            )
        )
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformRowHeights(True)
        return view

    def _show_on_this_day(self, found: OnThisDay) -> None:
        self.on_this_day_model.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for year in found.years:
            year_item = QStandardItem(year_heading(found.day, year))
            year_item.setFont(bold)
            year_item.setEditable(False)
            for entry in year.entries:
                line = entry_line(found.day, entry)
                item = QStandardItem(line)
                item.setData(entry.id, EntryIdRole)
                tip = QCoreApplication.translate("LookBack", "{date}: {words}").format(
                    date=full_date(entry.created), words=line
                )
                item.setData(tip, Qt.ItemDataRole.ToolTipRole)
                item.setEditable(False)
                year_item.appendRow(item)
            self.on_this_day_model.appendRow(year_item)
        self.on_this_day.expandAll()
        self.on_this_day_empty.setText(QCoreApplication.translate("LookBack", NOTHING_ON_THIS_DAY))
        pages = self._on_this_day_pages
        pages.setCurrentWidget(self.on_this_day_empty if found.is_empty else self.on_this_day)
        if not found.is_empty:  # Enter opens the latest year's first entry
            first_year = self.on_this_day_model.index(0, 0)
            self.on_this_day.setCurrentIndex(self.on_this_day_model.index(0, 0, first_year))

    def _show_how_far(self, found: HowFar) -> None:
        self.early.show_moments(found.early_struggles)
        self.lately.show_moments(found.recent_hopes)
        intro = NOTHING_MARKED if found.is_empty else HOW_FAR_INTRO
        self.how_far_intro.setText(QCoreApplication.translate("LookBack", intro))
        self._columns.setVisible(not found.is_empty)

    def _add_close_action(self) -> None:
        close = QAction(QCoreApplication.translate("LookBack", "Close"), self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)

    # --- slots ---------------------------------------------------------------------------

    def _on_on_this_day_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(EntryIdRole)
        if isinstance(entry_id, int):
            self.open_requested.emit(entry_id, 0, 0)
        else:  # a year: open or close it
            self.on_this_day.setExpanded(index, not self.on_this_day.isExpanded(index))

    def _on_moment_activated(self, index: QModelIndex) -> None:
        moment = index.data(MomentRowRole)
        if isinstance(moment, MomentRow):
            self.open_requested.emit(moment.entry_id, moment.start, moment.end)


def _section_title(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    return title
