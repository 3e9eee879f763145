"""``SearchPane``: the search field, its filters, and the results in place of the entry list.

While nothing is typed and no filter is set, the pane shows what it was given to browse
(the month filter and the entry list). Typing or filtering shows the results instead:
newest first or best match first, each with a snippet. Searching waits for a pause in
typing, runs on the search thread (``SearchService``), and a newer search stops an older
one. Choosing a result asks for the entry to be opened at the first match in its text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import JournalError
from reflect.core.search import SearchHit, SearchQuery
from reflect.core.searcher import PAGE_OF_HITS, Searcher, SearchResults
from reflect.ui.entry_list_model import EntryIdRole
from reflect.ui.localized import number
from reflect.ui.row_heights import follow_text_size
from reflect.ui.search_filters import SearchFilterBar
from reflect.ui.search_results_model import SearchResultsModel
from reflect.ui.search_service import SearchService
from reflect.ui.snippet_delegate import SnippetDelegate, row_height

TYPING_PAUSE_MS = 250


def count_text(total: int) -> str:
    """What the line above the results says."""
    if total == 0:
        return QCoreApplication.translate(
            "search_pane",
            "Nothing found. Try fewer words, or the start of a word with * (like hop*).",
        )
    if total == 1:  # one and other: see reflect.ui.localized
        return QCoreApplication.translate("search_pane", "1 entry found")
    return QCoreApplication.translate("search_pane", "{count} entries found").format(
        count=number(total)
    )


class SearchPane(QWidget):
    """Search field and filters above either ``browse`` or the search results."""

    # The entry to open and the first match in its text as (start, end) characters; start
    # equals end (0, 0) when only its title, tags or notes matched.
    open_requested = Signal(int, int, int)
    add_to_share_requested = Signal(int, int, int)  # entry id, start, end of its match
    failed = Signal(object)  # a JournalError to show

    def __init__(
        self,
        service: SearchService,
        browse: QWidget,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._query = SearchQuery()
        self._wanted_entry_id: int | None = None
        self._opened_match: tuple[int, int, int] | None = None  # entry id, start, end

        self.field = QLineEdit()
        self.field.setAccessibleName(QCoreApplication.translate("SearchPane", "Search"))
        self.field.setAccessibleDescription(
            QCoreApplication.translate(
                "SearchPane",
                'Words, the start of a word with * (hop*), or "words in quotes" together.',
            )
        )
        self.field.setPlaceholderText(
            QCoreApplication.translate("SearchPane", "Search your journal (Ctrl+F)")
        )
        self.field.setClearButtonEnabled(True)
        self.filters_button = QToolButton()
        self.filters_button.setText(QCoreApplication.translate("SearchPane", "Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(
            QCoreApplication.translate("SearchPane", "Search filters")
        )
        self.filters_button.setAccessibleDescription(
            QCoreApplication.translate("SearchPane", "Show or hide dates, tag, moments, check-in")
        )
        self.filter_bar = SearchFilterBar(today)
        self.filter_bar.hide()

        self.count = QLabel()
        self.count.setAccessibleName(
            QCoreApplication.translate("SearchPane", "Search results count")
        )
        self.count.setWordWrap(True)
        self.model = SearchResultsModel()
        self.results = self._make_results_view()
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.count)
        results_layout.addWidget(self.results)
        self.pages = QStackedWidget()
        self.pages.addWidget(browse)
        self.pages.addWidget(results_page)

        field_row = QHBoxLayout()
        field_row.setContentsMargins(0, 0, 0, 0)
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(field_row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.pages, 1)

        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._typing_pause.start)
        self.field.installEventFilter(self)
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.filter_bar.changed.connect(self.search_now)
        self.model.page_needed.connect(self._on_model_page_needed)
        self.results.selectionModel().currentChanged.connect(self._on_results_current_changed)
        self.results.activated.connect(self._on_results_activated)

    # --- what the window asks --------------------------------------------------------------

    @property
    def is_active(self) -> bool:
        """Whether results are shown (something typed or filtered)."""
        return not self._query.is_empty

    def query(self) -> SearchQuery:
        """The search as the field and filters say now."""
        bar = self.filter_bar
        return SearchQuery(self.field.text(), bar.filters(), bar.search_order())

    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def set_tags(self, tags: list[str]) -> None:
        self.filter_bar.set_tags(tags)

    def set_kinds(self, kinds: list[str]) -> None:
        self.filter_bar.set_kinds(kinds)

    def search_now(self) -> None:
        """Search for what the field and filters say (now, without waiting for a pause)."""
        self._typing_pause.stop()
        self._query = self.query()
        self._service.new_query()
        if self._query.is_empty:
            self.model.clear()
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        if not self.model.total:
            self.count.setText(QCoreApplication.translate("SearchPane", "Searching…"))
        query = self._query
        self._service.submit(
            lambda searcher: searcher.search(query), self._on_search_done, self.failed.emit
        )

    def refresh(self) -> None:
        """Search again (entries changed); the result on screen stays chosen."""
        if self.is_active:
            self.search_now()

    def forget_everything(self) -> None:
        """Drop what was searched for and found (the journal is locking)."""
        self._typing_pause.stop()
        self._wanted_entry_id = None
        self._opened_match = None
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.blockSignals(False)
        self.filters_button.setChecked(False)
        self._query = SearchQuery()
        self.model.clear()
        self.count.clear()
        self.pages.setCurrentIndex(0)

    # --- results ---------------------------------------------------------------------------

    def _on_search_done(self, results: SearchResults) -> None:
        chosen = self._wanted_entry_id
        self.model.show(results)
        self.count.setText(count_text(results.total))
        row = next((r for r, hit in enumerate(results.hits) if hit.entry_id == chosen), None)
        if row is not None:
            self.results.selectionModel().blockSignals(True)
            self.results.setCurrentIndex(self.model.index(row))
            self.results.selectionModel().blockSignals(False)

    def _on_model_page_needed(self, start: int) -> None:
        query = self._query

        def deliver(hits: list[SearchHit]) -> None:
            self.model.add_page(start, hits)

        self._service.submit(
            lambda searcher: searcher.page(query, start, PAGE_OF_HITS), deliver, self.failed.emit
        )

    def _on_results_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        entry_id = current.data(EntryIdRole) if current.isValid() else None
        if isinstance(entry_id, int):
            self._open(entry_id)

    def _on_results_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(EntryIdRole)
        if isinstance(entry_id, int):
            self._open(entry_id)

    def _open(self, entry_id: int) -> None:
        self._wanted_entry_id = entry_id
        query = self._query

        def find(searcher: Searcher) -> tuple[int, int] | None:
            return searcher.first_match(query, entry_id)

        def deliver(match: tuple[int, int] | None) -> None:
            if self._wanted_entry_id == entry_id:
                start, end = match or (0, 0)
                self._opened_match = (entry_id, start, end)
                self.open_requested.emit(entry_id, start, end)

        def opened_anyway(error: JournalError) -> None:
            deliver(None)  # the entry opens even when its match can't be found

        self._service.submit(find, deliver, opened_anyway)

    def _make_results_view(self) -> QTableView:
        # One column with fixed row heights, like the entry list (see MainWindow).
        view = QTableView()
        view.setModel(self.model)
        view.setItemDelegate(SnippetDelegate(view))
        view.setAccessibleName(QCoreApplication.translate("SearchPane", "Search results"))
        view.horizontalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        follow_text_size(view, row_height)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTabKeyNavigation(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        add = QAction(QCoreApplication.translate("SearchPane", "Add to Share…"), view)
        add.setToolTip(
            QCoreApplication.translate(
                "SearchPane", "Copy the paragraph where this result matched into a share"
            )
        )
        add.triggered.connect(self._on_add_to_share_triggered)
        view.addAction(add)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return view

    def _on_add_to_share_triggered(self) -> None:
        current = self.results.currentIndex()
        entry_id = current.data(EntryIdRole) if current.isValid() else None
        if isinstance(entry_id, int):
            match = self._opened_match
            _, start, end = match if match and match[0] == entry_id else (entry_id, 0, 0)
            self.add_to_share_requested.emit(entry_id, start, end)

    # --- keys in the field -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # noqa: S101 - Qt says so for KeyPress
            if event.key() == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                self.search_now()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._typing_pause.stop()
                if self._query != self.query():
                    self.search_now()
                if self.is_active:
                    self.results.setFocus()
                    if not self.results.currentIndex().isValid() and self.model.total:
                        self.results.setCurrentIndex(self.model.index(0))
                    return True
        return super().eventFilter(watched, event)
