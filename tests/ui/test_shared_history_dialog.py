""" "What I've Shared": the journal's record of exports, newest first, read-only."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource, ExportFormat
from reflect.ui.shared_history_dialog import COLUMNS, NOTHING_YET, SharedHistoryDialog
from reflect.ui.worker import JournalWorker
from tests.marked_entries import write


def open_dialog(qtbot: QtBot, worker: JournalWorker) -> SharedHistoryDialog:
    dialog = SharedHistoryDialog(worker.submit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not worker.busy)
    return dialog


def test_nothing_shared_yet_says_what_will_appear(qtbot: QtBot, worker: JournalWorker) -> None:
    dialog = open_dialog(qtbot, worker)
    assert dialog.empty.isVisible() and dialog.empty.text() == NOTHING_YET
    assert dialog.rows() == []


def test_lists_each_export_newest_first(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    entry = write(
        journal, "Went to the meeting anyway. It helped.", datetime(2026, 1, 10, tzinfo=UTC)
    )
    share_id = journal.create_share("Thursday group").created
    assert share_id is not None
    journal.add_excerpts(share_id, journal_spans(journal, entry))
    share = journal.get_share(share_id)
    journal.record_export(share, "Thursday.pdf", ExportFormat.PDF)
    journal.record_export(share, "", ExportFormat.PRINTED)
    journal.record_export(journal.quick_share("hope"), "Hope.md", ExportFormat.MARKDOWN)
    journal.delete_share(share_id)  # the history keeps the name
    history = journal.shared_history()

    dialog = open_dialog(qtbot, worker)
    assert dialog.table.isVisible()
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == list(
        COLUMNS
    )
    days = [f"{r.when.day} " for r in history]
    rows = dialog.rows()
    assert [row[1:] for row in rows] == [
        ("Hope moments", "Hope.md", "Markdown", "0"),
        ("Thursday group", "—", "Printed", "2"),
        ("Thursday group", "Thursday.pdf", "PDF", "2"),
    ]
    assert all(row[0].startswith(day) for row, day in zip(rows, days, strict=True))
    spoken = dialog.model.index(2, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("Thursday group, PDF as Thursday.pdf, 2 passages from your journal")
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    dialog.grab().save("/tmp/h5-shared-history.png")


def journal_spans(journal: Journal, entry_id: int) -> list[ExcerptSource]:
    """Two excerpts from an entry: its first and its second sentence."""
    text = journal.get_entry(entry_id).text
    middle = text.index("It helped")
    return [ExcerptSource(entry_id, 0, middle - 1), ExcerptSource(entry_id, middle, len(text))]
