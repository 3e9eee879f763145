"""``EntryListModel``: every entry, newest first, as rows for a list view.

The model holds the ordered ids and a cache of row summaries. A row whose summary isn't
cached yet shows a placeholder and asks for it (with its neighbours) through
``rows_needed``; the window fetches them on the journal worker. So a journal of any length
opens at once, and only what scrolls into view is read.

An entry marked "Never Share" says so in words on its row, with the mark's icon beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reflect.core.domain import EntrySummary
from reflect.ui.lazy_rows import LazyRows
from reflect.ui.localized import weekday_date
from reflect.ui.never_share import LIST_WORDS, SPOKEN, never_share_icon

EntryIdRole = Qt.ItemDataRole.UserRole + 1
PLACEHOLDER = "…"

_NO_PARENT = QModelIndex()
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.DecorationRole,
)


def row_text(summary: EntrySummary, never_share: str = LIST_WORDS) -> str:
    """A row's words: date, then title (or the first line when there is no title), then
    ``never_share`` (a text of never_share's, translated here) for a marked entry, tags and
    moments."""
    untitled = QCoreApplication.translate("entry_list_model", "Untitled entry")
    name = summary.title or summary.preview or untitled
    marked = QCoreApplication.translate("never_share", never_share)
    details = [marked] if summary.never_share else []
    if summary.tags:
        details.append(", ".join(summary.tags))
    if summary.hope_count:
        hope = QCoreApplication.translate("entry_list_model", "hope {count}")
        details.append(hope.format(count=summary.hope_count))
    if summary.struggle_count:
        struggle = QCoreApplication.translate("entry_list_model", "struggle {count}")
        details.append(struggle.format(count=summary.struggle_count))
    text = f"{weekday_date(summary.created)}\n{name}"
    return text + (f"\n{' · '.join(details)}" if details else "")


class EntryListModel(QAbstractListModel):
    """Entry ids in list order, with summaries fetched as rows come into view."""

    rows_needed = Signal(list)  # ids whose summaries should be fetched
    # Summaries arrived, or the list was set empty: what the list shows has been read. The
    # session starts the daily backup on the first one after unlocking (it would otherwise
    # hold up the first rows' reads on the worker).
    rows_read = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._rows: LazyRows[EntrySummary] = LazyRows()

    def set_ids(self, entry_ids: Sequence[int]) -> None:
        """Show these entries, in this order; cached summaries of kept ids stay."""
        self.beginResetModel()
        self._rows.set_ids(entry_ids, keep_cached=True)
        self.endResetModel()
        if not entry_ids:
            self.rows_read.emit()  # nothing to fetch

    def add_summaries(self, summaries: Iterable[EntrySummary]) -> None:
        """Cache fetched summaries and redraw their rows."""
        for summary in summaries:
            row = self._rows.store(summary.id, summary)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))
        self.rows_read.emit()

    def forget(self, entry_ids: Iterable[int]) -> None:
        """Drop cached summaries that changed; they are fetched again when shown."""
        for entry_id in entry_ids:
            row = self._rows.forget(entry_id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, entry_id: int) -> int | None:
        """The row showing ``entry_id``, if it is in the list."""
        return self._rows.row_of(entry_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows.ids)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows.ids):
            return None
        if role == EntryIdRole:
            return self._rows.ids[index.row()]
        if role not in _ROLES:
            return None
        summary = self._rows.at(index.row())
        if summary is None:
            if role == Qt.ItemDataRole.DecorationRole:
                return None
            if wanted := self._rows.wanted_around(index.row()):
                self.rows_needed.emit(wanted)
            loading = QCoreApplication.translate("EntryListModel", "Loading entry")
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else loading
        return _summary_data(summary, role)


def _summary_data(summary: EntrySummary, role: int) -> Any:
    """A fetched row's words (shown, or spoken), or its "Never Share" icon when marked."""
    if role == Qt.ItemDataRole.DecorationRole:  # beside the words, never instead of them
        return never_share_icon() if summary.never_share else None
    if role == Qt.ItemDataRole.DisplayRole:
        return row_text(summary)
    return row_text(summary, SPOKEN).replace("\n", ", ")
