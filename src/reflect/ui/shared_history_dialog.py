"""``SharedHistoryDialog``: "What I've Shared", the record of shares that left the journal.

Each line is one export or printing: the day, the share's name (kept even after the share
is deleted), the file's name, the format and how many passages from the journal it held.
Newest first, read-only: a memory of what was shared, not something to manage.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
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
from reflect.core.shares import ExportFormat, SharedRecord
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import day_in_words
from reflect.ui.worker import Fetch

# English source texts (context "shared_history_dialog"), shown translated.
TITLE = QT_TRANSLATE_NOOP("shared_history_dialog", "What I've Shared")
INTRO = QT_TRANSLATE_NOOP(
    "shared_history_dialog",
    "The shares you have saved or printed, newest first. Only their names are kept here.",
)
LOADING = QT_TRANSLATE_NOOP("shared_history_dialog", "Looking through what you've shared…")
NOTHING_YET = QT_TRANSLATE_NOOP(
    "shared_history_dialog",
    "Nothing shared yet. When you save a share as a PDF or Markdown, or print it, "
    "it will be listed here so you can look back on what you've shared.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("shared_history_dialog", "Date"),
    QT_TRANSLATE_NOOP("shared_history_dialog", "Share"),
    QT_TRANSLATE_NOOP("shared_history_dialog", "File"),
    QT_TRANSLATE_NOOP("shared_history_dialog", "Format"),
    QT_TRANSLATE_NOOP("shared_history_dialog", "Passages"),
)
FORMAT_NAMES = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("shared_history_dialog", "PDF"),
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("shared_history_dialog", "Markdown"),
    ExportFormat.PRINTED: QT_TRANSLATE_NOOP("shared_history_dialog", "Printed"),
}


def _tr(text: str) -> str:
    """One of this module's texts above, in the person's language."""
    return QCoreApplication.translate("shared_history_dialog", text)


def record_cells(record: SharedRecord) -> tuple[str, str, str, str, str]:
    """The words a line of the history shows, column by column."""
    return (
        day_in_words(record.when),
        record.share_name,
        record.file_name or "—",
        _tr(FORMAT_NAMES[record.format]),
        str(len(record.passages)),
    )


def spoken(record: SharedRecord) -> str:
    """One line of the history as a sentence, for screen readers."""
    day, name, file_name, fmt, _ = record_cells(record)
    count = len(record.passages)
    if count == 1:
        passages = QCoreApplication.translate("shared_history_dialog", "1 passage")
    else:
        passages = QCoreApplication.translate("shared_history_dialog", "{count} passages").format(
            count=count
        )
    if record.file_name:
        shape = QCoreApplication.translate(
            "shared_history_dialog",
            "{day}: {share}, {format} as {file}, {passages} from your journal",
        )
    else:
        shape = QCoreApplication.translate(
            "shared_history_dialog", "{day}: {share}, {format}, {passages} from your journal"
        )
    return shape.format(day=day, share=name, format=fmt, file=file_name, passages=passages)


class SharedHistoryDialog(QDialog):
    """The "What I've Shared" table, loaded from the journal when it opens."""

    def __init__(self, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr(TITLE))
        self.setAccessibleName(_tr(TITLE))
        intro = QLabel(_tr(INTRO))
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([_tr(column) for column in COLUMNS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            QCoreApplication.translate("SharedHistoryDialog", "What I've shared")
        )
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "SharedHistoryDialog",
                "Each time a share was saved or printed: the day, the share, the file, "
                "the format and how many passages it held.",
            )
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(_tr(LOADING))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(
            QCoreApplication.translate("SharedHistoryDialog", "What I've shared: nothing yet")
        )
        self._pages = QStackedWidget()
        self._pages.addWidget(self.table)
        self._pages.addWidget(self.empty)
        self._pages.setCurrentWidget(self.empty)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("SharedHistoryDialog", "Close")
        )
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
        self.empty.setText(_tr(NOTHING_YET))
        self._pages.setCurrentWidget(self.table if records else self.empty)
