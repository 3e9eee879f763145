"""``SharedHistoryDialog``: "What I've Shared", the record of shares that left the journal.

Each line is one export or printing: the day, the share's name (kept even after the share
is deleted), the file's name, the format and how many passages from the journal it held.
Newest first, read-only: a memory of what was shared, not something to manage.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal import Journal
from reflect.core.share_text import day_line
from reflect.core.shares import ExportFormat, SharedRecord
from reflect.ui.worker import Fetch

TITLE = "What I've Shared"
INTRO = "The shares you have saved or printed, newest first. Only their names are kept here."
LOADING = "Looking through what you've shared…"
NOTHING_YET = (
    "Nothing shared yet. When you save a share as a PDF or Markdown, or print it, "
    "it will be listed here so you can look back on what you've shared."
)
COLUMNS = ("Date", "Share", "File", "Format", "Passages")
FORMAT_NAMES = {
    ExportFormat.PDF: "PDF",
    ExportFormat.MARKDOWN: "Markdown",
    ExportFormat.PRINTED: "Printed",
}


def record_cells(record: SharedRecord) -> tuple[str, str, str, str, str]:
    """The words a line of the history shows, column by column."""
    return (
        day_line(record.when.date()),
        record.share_name,
        record.file_name or "—",
        FORMAT_NAMES[record.format],
        str(len(record.passages)),
    )


def spoken(record: SharedRecord) -> str:
    """One line of the history as a sentence, for screen readers."""
    day, name, file_name, fmt, _ = record_cells(record)
    count = len(record.passages)
    passages = "1 passage" if count == 1 else f"{count} passages"
    place = f" as {file_name}" if record.file_name else ""
    return f"{day}: {name}, {fmt}{place}, {passages} from your journal"


class SharedHistoryDialog(QDialog):
    """The "What I've Shared" table, loaded from the journal when it opens."""

    def __init__(self, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("What I've shared")
        self.table.setAccessibleDescription(
            "Each time a share was saved or printed: the day, the share, the file, "
            "the format and how many passages it held."
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(LOADING)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName("What I've shared: nothing yet")
        self._pages = QStackedWidget()
        self._pages.addWidget(self.table)
        self._pages.addWidget(self.empty)
        self._pages.setCurrentWidget(self.empty)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._pages, 1)
        layout.addWidget(close)
        self.resize(680, 400)
        fetch(Journal.shared_history, self._show)

    def rows(self) -> list[tuple[str, ...]]:
        """Every line as shown, top to bottom."""
        return [
            tuple(str(self.model.index(row, column).data()) for column in range(len(COLUMNS)))
            for row in range(self.model.rowCount())
        ]

    def _show(self, records: Sequence[SharedRecord]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for record in records:
            cells = [QStandardItem(text) for text in record_cells(record)]
            for cell in cells:
                cell.setEditable(False)
            cells[0].setData(spoken(record), Qt.ItemDataRole.AccessibleTextRole)
            cells[4].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)
        self.empty.setText(NOTHING_YET)
        self._pages.setCurrentWidget(self.table if records else self.empty)
