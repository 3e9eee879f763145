"""``SearchResultsModel``: the entries a search found, as rows, loaded a page at a time.

The search says how many entries match and hands over the first page; further pages are
asked for (``page_needed``) only when their rows scroll into view, so a search matching
thousands of entries costs what one screenful costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reflect.core.search import SearchHit
from reflect.core.searcher import PAGE_OF_HITS, SearchResults
from reflect.ui.entry_list_model import PLACEHOLDER, EntryIdRole
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import weekday_date

HitRole = Qt.ItemDataRole.UserRole + 2

_NO_PARENT = QModelIndex()
_LOADING: dict[int, str] = {  # shown translated, under the context "SearchResultsModel"
    Qt.ItemDataRole.DisplayRole: PLACEHOLDER,
    Qt.ItemDataRole.AccessibleTextRole: QT_TRANSLATE_NOOP("SearchResultsModel", "Loading result"),
}


def hit_text(hit: SearchHit) -> str:
    """A result in words: date, title, then the snippet (what screen readers read too)."""
    title = hit.title or QCoreApplication.translate("search_results_model", "Untitled entry")
    heading = QCoreApplication.translate("search_results_model", "{date}, {title}").format(
        date=weekday_date(hit.created), title=title
    )
    return f"{heading}\n{hit.snippet.text}"


class SearchResultsModel(QAbstractListModel):
    """The matches of one search, in its order."""

    page_needed = Signal(int)  # the row a page to fetch starts at

    def __init__(self) -> None:
        super().__init__()
        self._total = 0
        self._hits: dict[int, SearchHit] = {}
        self._requested: set[int] = set()

    @property
    def total(self) -> int:
        return self._total

    def show(self, results: SearchResults) -> None:
        """Show a new search's results (its first page)."""
        self.beginResetModel()
        self._total = results.total
        self._hits = dict(enumerate(results.hits))
        self._requested = {0}
        self.endResetModel()

    def add_page(self, start: int, hits: Sequence[SearchHit]) -> None:
        """Rows ``start`` onwards, fetched for the search on show."""
        hits = hits[: max(0, self._total - start)]
        for row, hit in enumerate(hits, start):
            self._hits[row] = hit
        if hits:
            self.dataChanged.emit(self.index(start), self.index(start + len(hits) - 1))

    def clear(self) -> None:
        self.show(SearchResults(0, []))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._total

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        hit = self._hits.get(index.row())
        if hit is None:
            self._request_page_of(index.row())
            loading = _LOADING.get(role)
            return (
                None
                if loading is None
                else QCoreApplication.translate("SearchResultsModel", loading)
            )
        values: dict[int, Any] = {
            HitRole: hit,
            EntryIdRole: hit.entry_id,
            Qt.ItemDataRole.DisplayRole: hit_text(hit),
            Qt.ItemDataRole.AccessibleTextRole: hit_text(hit).replace("\n", ". "),
        }
        return values.get(role)

    def _request_page_of(self, row: int) -> None:
        start = row - row % PAGE_OF_HITS
        if start not in self._requested:
            self._requested.add(start)
            self.page_needed.emit(start)
