"""``MomentsBrowser``: every moment across the journal, to find, reread and gather.

A window with filters (kind, entry tag, dates), a count, and a table of moments: date,
kind, the words in a little context, and the note. Several can be selected (that is how
excerpts are gathered for a share); double-click or Enter opens one in its entry. "Never
Share" marks the selected moments (checked when every one of them is marked); the Sharing
column says which are marked and when each was last shared.

All reading goes through ``fetch`` (see ``reflect.ui.worker.Fetch``): the window lists the
ids a filter keeps, and the table asks for the words of the rows it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import Changes
from reflect.core.journal import Journal
from reflect.core.moment_listing import MomentFilter, MomentRow
from reflect.core.share_review import SharedBefore
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import number
from reflect.ui.moment_filters import MomentFilterBar
from reflect.ui.moment_list_model import (
    DATE,
    KIND,
    NOTE,
    PASSAGE,
    SHARING,
    MomentListModel,
    SharingRole,
)
from reflect.ui.never_share import NEVER_SHARE, never_share_icon
from reflect.ui.passage_delegate import PassageDelegate, row_height
from reflect.ui.plain_header import PlainHeader
from reflect.ui.row_heights import follow_text_size
from reflect.ui.shared_marks import MarkLinesDelegate
from reflect.ui.worker import Fetch

# Marked here, shown translated (context "MomentsBrowser").
WINDOW_TITLE = QT_TRANSLATE_NOOP("MomentsBrowser", "Moments")
LOADING = QT_TRANSLATE_NOOP("MomentsBrowser", "Looking through your moments…")
NOTHING_MARKED = QT_TRANSLATE_NOOP(
    "MomentsBrowser",
    "No moments marked yet. Select some words in an entry and choose "
    "Mark as Hope or Mark as Struggle.",
)
NOTHING_MATCHES = QT_TRANSLATE_NOOP(
    "MomentsBrowser",
    "No moments match these choices. Try another kind, tag or dates, or choose Show All.",
)


def count_text(listed: int, selected: int) -> str:
    """ "128 moments", and how many are selected when any are (one and other: see
    ``reflect.ui.localized``)."""
    if listed == 1:
        text = QCoreApplication.translate("moments_browser", "1 moment")
    else:
        text = QCoreApplication.translate("moments_browser", "{count} moments").format(
            count=number(listed)
        )
    if selected == 1:
        text += " · " + QCoreApplication.translate("moments_browser", "1 selected")
    elif selected:
        text += " · " + QCoreApplication.translate("moments_browser", "{count} selected").format(
            count=number(selected)
        )
    return text


class MomentsBrowser(QWidget):
    """The "Moments" window. Call ``refresh`` to (re)load it, ``forget_everything`` on lock."""

    open_requested = Signal(int, int, int)  # entry id, start, end of the moment's words
    add_to_share_requested = Signal(list)  # the selected moments' ids, in list order
    never_share_changed = Signal(object)  # Changes: moments were marked or unmarked

    def __init__(
        self,
        fetch: Fetch,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._fetch = fetch
        self._locks = 0  # results asked for before a lock are dropped
        self._listings = 0  # so are the ids of a listing that was asked for again since
        self._has_moments = False  # whether the journal holds any moment at all
        title = QCoreApplication.translate("MomentsBrowser", WINDOW_TITLE)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(960, 600)

        self.filters = MomentFilterBar(today)
        self.count = QLabel()
        self.count.setAccessibleName(QCoreApplication.translate("MomentsBrowser", "Moments listed"))
        self.model = MomentListModel()
        self.table = self._make_table()
        self.empty = QLabel()
        self.empty.setAccessibleName(QCoreApplication.translate("MomentsBrowser", "About the list"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self._pages = QStackedWidget()
        self._pages.addWidget(self.table)
        self._pages.addWidget(self.empty)

        self.add_to_share = self._make_add_to_share_action()
        add_button = QToolButton()
        add_button.setDefaultAction(self.add_to_share)
        add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_button.setAccessibleName(QCoreApplication.translate("MomentsBrowser", "Add to Share…"))
        self.never_share = self._make_never_share_action()
        never_button = QToolButton()
        never_button.setDefaultAction(self.never_share)
        never_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        never_button.setAccessibleName(QCoreApplication.translate("never_share", NEVER_SHARE))
        never_button.setAccessibleDescription(
            QCoreApplication.translate(
                "MomentsBrowser", "Keep the selected moments out of every share"
            )
        )
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(never_button)
        count_row.addWidget(add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(count_row)
        layout.addWidget(self._pages, 1)
        self._add_close_action()

        self.filters.changed.connect(self._on_filters_changed)
        self.model.rows_needed.connect(self._on_model_rows_needed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- what the main window calls ------------------------------------------------------

    def refresh(self) -> None:
        """Load the kinds and tags on offer, then the moments the filters keep.

        Kept moments stay selected; their words are read again as they are shown.
        """
        locks = self._locks

        def offer(choices: tuple[list[str], list[str]]) -> None:
            if locks == self._locks:
                kinds, tags = choices
                self._has_moments = bool(kinds)
                self.filters.set_kinds(kinds)
                self.filters.set_tags(tags)

        self._fetch(_kinds_and_tags, offer)
        self._list_moments()

    def forget_everything(self) -> None:
        """Clear the list, the filters' kinds and tags, and drop results on their way (lock)."""
        self._locks += 1
        self._has_moments = False
        self.model.set_ids([])
        self.filters.clear()
        self.count.clear()
        self.empty.clear()
        self._pages.setCurrentWidget(self.table)

    def selected_moment_ids(self) -> list[int]:
        """The selected moments' ids, in list order (complete, even for rows not loaded)."""
        ids = self.model.ids
        return [ids[row] for row in self._selected_rows()]

    def selected_moments(self) -> list[MomentRow]:
        """The selected moments whose words are loaded, in list order.

        Rows scrolled past unseen may still be loading; ``selected_moment_ids`` has them
        all (fetch their words with ``Journal.moment_rows``).
        """
        found = (self.model.moment_at(row) for row in self._selected_rows())
        return [moment for moment in found if moment is not None]

    # --- building ------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        # Fixed row heights: no layout pass over every row when rows load (see the entry list).
        table = QTableView()
        table.setHorizontalHeader(PlainHeader(table))  # Select All stays quick
        table.setModel(self.model)
        table.setAccessibleName(QCoreApplication.translate("MomentsBrowser", "Moments"))
        table.setAccessibleDescription(
            QCoreApplication.translate(
                "MomentsBrowser",
                "Double-click or press Enter to open a moment in its entry. "
                "Select several to gather them.",
            )
        )
        table.setItemDelegateForColumn(PASSAGE, PassageDelegate(table))
        table.setItemDelegateForColumn(SHARING, MarkLinesDelegate(SharingRole, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().hide()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        follow_text_size(table, row_height)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        widths = {
            DATE: metrics.horizontalAdvance("00 May 0000") + 24,
            KIND: metrics.horizontalAdvance("People who help") + 48,  # icon, name; longer elide
            SHARING: metrics.horizontalAdvance("Shared 30 Nov 2026 · Tuesday group") + 40,
            NOTE: metrics.horizontalAdvance("m") * 16,
        }
        for column, width in widths.items():
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        columns.setSectionResizeMode(PASSAGE, QHeaderView.ResizeMode.Stretch)
        return table

    def _make_add_to_share_action(self) -> QAction:
        action = QAction(QCoreApplication.translate("MomentsBrowser", "Add to Share…"), self)
        action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        action.setToolTip(
            QCoreApplication.translate(
                "MomentsBrowser", "Copy the selected moments into a share you are preparing"
            )
        )
        action.setEnabled(False)
        action.triggered.connect(self._on_add_to_share_triggered)
        self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def _make_never_share_action(self) -> QAction:
        words = QCoreApplication.translate("never_share", NEVER_SHARE)
        action = QAction(never_share_icon(), words, self)
        action.setCheckable(True)
        action.setToolTip(
            QCoreApplication.translate(
                "MomentsBrowser",
                "Keep the selected moments out of every share (their words stay in your journal)",
            )
        )
        action.setEnabled(False)
        action.triggered.connect(self._on_never_share_triggered)
        self.table.addAction(action)
        return action

    def _on_selection_changed(self) -> None:
        chosen = self.table.selectionModel().hasSelection()
        self.add_to_share.setEnabled(chosen)
        self.never_share.setEnabled(chosen)
        self._show_never_share()

    def _show_never_share(self) -> None:
        """Checked when every selected moment is marked (one still loading counts as not)."""
        rows = self._selected_rows()
        moments = [self.model.moment_at(row) for row in rows]
        self.never_share.setChecked(
            bool(rows) and all(m is not None and m.never_share for m in moments)
        )

    def _on_never_share_triggered(self) -> None:
        chosen, on = self.selected_moment_ids(), self.never_share.isChecked()
        locks = self._locks

        def done(changes: Changes) -> None:
            if locks == self._locks:
                self._list_moments()  # the rows are read again, marks and all
                self.never_share_changed.emit(changes)

        if chosen:
            self._fetch(lambda journal: journal.set_moments_never_share(chosen, on), done)

    def _on_add_to_share_triggered(self) -> None:
        chosen = self.selected_moment_ids()
        if chosen:
            self.add_to_share_requested.emit(chosen)

    def _add_close_action(self) -> None:
        close = QAction(QCoreApplication.translate("MomentsBrowser", "Close"), self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)

    # --- listing -------------------------------------------------------------------------

    def _list_moments(self) -> None:
        self._listings += 1
        asked = (self._locks, self._listings)
        chosen = self.filters.moment_filter()
        kept = set(self.selected_moment_ids())
        current = self.model.ids[self.table.currentIndex().row()] if self._has_current() else None
        if not self.model.rowCount():
            self.count.setText(QCoreApplication.translate("MomentsBrowser", LOADING))

        def show(moment_ids: list[int]) -> None:
            if asked == (self._locks, self._listings):
                self._show_ids(moment_ids, chosen, kept, current)

        self._fetch(lambda journal: journal.moment_ids(chosen), show)

    def _show_ids(
        self, moment_ids: list[int], chosen: MomentFilter, kept: set[int], current: int | None
    ) -> None:
        self.model.set_ids(moment_ids)
        self._reselect(kept, current)
        if moment_ids:
            self._pages.setCurrentWidget(self.table)
        else:
            nothing_yet = chosen.is_empty or not self._has_moments
            why = NOTHING_MARKED if nothing_yet else NOTHING_MATCHES
            self.empty.setText(QCoreApplication.translate("MomentsBrowser", why))
            self._pages.setCurrentWidget(self.empty)
        self._show_count()

    def _reselect(self, kept: set[int], current: int | None) -> None:
        """Select again the moments that were selected before the list was loaded anew."""
        rows = sorted(row for row in map(self.model.row_of, kept) if row is not None)
        selection = QItemSelection()
        # One range per run of neighbouring rows: "select all" then a refresh stays quick.
        first = 0
        for place in range(1, len(rows) + 1):
            if place == len(rows) or rows[place] != rows[place - 1] + 1:
                top, bottom = rows[first], rows[place - 1]
                selection.select(self.model.index(top, 0), self.model.index(bottom, SHARING))
                first = place
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        row = None if current is None else self.model.row_of(current)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _selected_rows(self) -> list[int]:
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for part in range(selection.count()):
            rows.update(range(selection.at(part).top(), selection.at(part).bottom() + 1))
        return sorted(rows)

    def _has_current(self) -> bool:
        return 0 <= self.table.currentIndex().row() < self.model.rowCount()

    def _show_count(self) -> None:
        listed = self.model.rowCount()
        if listed or self._pages.currentWidget() is self.empty:
            self.count.setText(count_text(listed, len(self._selected_rows())))

    # --- slots ---------------------------------------------------------------------------

    def _on_filters_changed(self) -> None:
        self._list_moments()

    def _on_model_rows_needed(self, moment_ids: list[int]) -> None:
        locks = self._locks

        def cache(found: tuple[list[MomentRow], dict[int, SharedBefore]]) -> None:
            if locks == self._locks:
                self.model.add_rows(*found)
                self._show_never_share()

        def read(journal: Journal) -> tuple[list[MomentRow], dict[int, SharedBefore]]:
            return journal.moment_rows(moment_ids), journal.moments_shared_before(moment_ids)

        self._fetch(read, cache)

    def _on_table_activated(self, index: QModelIndex) -> None:
        moment = self.model.moment_at(index.row())
        if moment is not None:  # a row still loading has nothing to open yet
            self.open_requested.emit(moment.entry_id, moment.start, moment.end)


def _kinds_and_tags(journal: Journal) -> tuple[list[str], list[str]]:
    return journal.moment_kinds(), journal.tags()
