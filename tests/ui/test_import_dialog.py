"""File → Import…: choosing, previewing and importing, with a real journal worker."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.imports import ImportResult
from reflect.ui import file_dialogs
from reflect.ui.import_dialog import (
    ChooseFormatDialog,
    ImportFlow,
    ImportPreviewDialog,
    import_into_journal,
)
from reflect.ui.worker import JournalWorker
from tests.import_samples import DAYONE_EXPORT, JRNL_TEXT, write_jrnl_journal, write_json


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[Any]:
    """The file dialog answers ``path`` (``None``: the person cancelled); what it was asked."""
    asked: list[Any] = []

    def open_file(*args: Any) -> Path | None:
        asked.append(args)
        return path

    monkeypatch.setattr(file_dialogs, "open_file", open_file)
    return asked


def choose(flow: ImportFlow, format_name: str) -> None:
    dialog = flow.dialog
    assert isinstance(dialog, ChooseFormatDialog) and dialog.isVisible()
    dialog.formats.setCurrentIndex(dialog.formats.findData(format_name))
    dialog.choose_button.click()


def wait_for_preview(qtbot: QtBot, flow: ImportFlow) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: isinstance(flow.dialog, ImportPreviewDialog), timeout=30_000)
    assert isinstance(flow.dialog, ImportPreviewDialog)
    return flow.dialog


def wait_for_message(qtbot: QtBot, flow: ImportFlow) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(flow.dialog, QMessageBox), timeout=60_000)
    assert isinstance(flow.dialog, QMessageBox)
    return flow.dialog


def entry_count(qtbot: QtBot, worker: JournalWorker) -> int:
    counted: list[int] = []
    worker.submit(lambda journal: journal.entry_count(), counted.append)
    qtbot.waitUntil(lambda: bool(counted))
    return counted[0]


def test_a_jrnl_journal_is_previewed_then_imported(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "journal.txt"
    source.write_text(JRNL_TEXT, encoding="utf-8")
    asked = answer_file_dialog(monkeypatch, source)
    imported: list[ImportResult] = []
    flow = import_into_journal(window, worker, imported.append)
    formats = flow.dialog.formats  # type: ignore[union-attr]
    labels = [formats.itemText(i) for i in range(formats.count())]
    assert {"jrnl (text or JSON)", "Day One export (.zip or .json)"} <= set(labels)
    choose(flow, "jrnl")
    assert "*.txt" in asked[0][3]

    preview = wait_for_preview(qtbot, flow)
    assert entry_count(qtbot, worker) == 0  # nothing is written before Import
    text = preview.summary.text()
    assert "journal.txt holds 3 entries, written between 14 March 2026 and 16 March 2026." in text
    assert "Tags: sponsor (2), gratitude (1), starred (1), walk (1)." in text
    assert preview.import_button.text() == "Import 3 Entries"
    preview.import_button.click()

    message = wait_for_message(qtbot, flow)
    assert message.text() == "Imported 3 entries."
    assert len(imported) == 1 and len(imported[0].changes.entries) == 3
    message.button(QMessageBox.StandardButton.Ok).click()
    assert entry_count(qtbot, worker) == 3


def test_a_file_imported_before_has_nothing_to_import(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "journal.txt"
    source.write_text(JRNL_TEXT, encoding="utf-8")
    answer_file_dialog(monkeypatch, source)
    flow = import_into_journal(window, worker, lambda _: None)
    choose(flow, "jrnl")
    wait_for_preview(qtbot, flow).import_button.click()
    wait_for_message(qtbot, flow).button(QMessageBox.StandardButton.Ok).click()

    flow = import_into_journal(window, worker, lambda _: None)
    choose(flow, "jrnl")
    preview = wait_for_preview(qtbot, flow)
    assert "All of them are already in your journal" in preview.summary.text()
    assert not preview.import_button.isEnabled()
    preview.reject()
    assert entry_count(qtbot, worker) == 3


def test_a_day_one_preview_says_what_is_left_out(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_file_dialog(monkeypatch, write_json(tmp_path / "Journal.json", DAYONE_EXPORT))
    flow = import_into_journal(window, worker, lambda _: None)
    choose(flow, "dayone")
    preview = wait_for_preview(qtbot, flow)
    assert "Location, weather, device details and photos are left out" in preview.summary.text()
    preview.reject()
    assert entry_count(qtbot, worker) == 0


def test_a_malformed_file_is_explained_and_nothing_changes(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "journal.txt"
    source.write_text("[2026-03-14 21:30] Fine\n[2026-02-30 10:00] No such day\n")
    answer_file_dialog(monkeypatch, source)
    flow = import_into_journal(window, worker, lambda _: None)
    choose(flow, "jrnl")
    message = wait_for_message(qtbot, flow)
    assert message.icon() == QMessageBox.Icon.Warning
    assert f"{source}, line 2" in message.text() and "Nothing was imported." in message.text()
    message.button(QMessageBox.StandardButton.Ok).click()
    assert entry_count(qtbot, worker) == 0


def test_a_lock_can_abandon_the_preview(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "journal.txt"
    source.write_text(JRNL_TEXT, encoding="utf-8")
    answer_file_dialog(monkeypatch, source)
    flow = import_into_journal(window, worker, lambda _: None)
    choose(flow, "jrnl")
    preview = wait_for_preview(qtbot, flow)
    flow.abandon()
    assert not preview.isVisible() and flow.dialog is None
    assert entry_count(qtbot, worker) == 0


def test_closing_the_file_dialog_ends_quietly(
    qtbot: QtBot, window: QWidget, worker: JournalWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_file_dialog(monkeypatch, None)
    flow = import_into_journal(window, worker, lambda _: None)
    choose(flow, "jrnl")
    assert flow.dialog is None
    assert not worker.busy


def test_ten_thousand_entries_import_behind_a_progress_bar_and_the_window_stays_responsive(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_file_dialog(monkeypatch, write_jrnl_journal(tmp_path / "big.txt", 10_000))
    imported: list[ImportResult] = []
    flow = import_into_journal(window, worker, imported.append)
    choose(flow, "jrnl")
    preview = wait_for_preview(qtbot, flow)
    assert "big.txt holds 10,000 entries" in preview.summary.text()

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    started = time.monotonic()
    timer.start()
    preview.import_button.click()
    progress = flow.progress_dialog
    assert progress is not None
    qtbot.waitUntil(progress.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: 0 < progress.value() < progress.maximum(), timeout=10_000)
    assert progress.labelText() == "Importing your entries…"
    message = wait_for_message(qtbot, flow)
    timer.stop()
    seconds = time.monotonic() - started
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    print(
        f"\nimported 10,000 entries in {seconds:.2f} s; UI timer: {len(ticks)} ticks, "
        f"longest gap {max(gaps) * 1000:.0f} ms"
    )
    assert message.text() == "Imported 10,000 entries."
    assert imported[0].added == 10_000
    assert len(ticks) >= seconds / 0.020 / 4  # at least a quarter of the ticks came
    assert max(gaps) < 0.5
    message.button(QMessageBox.StandardButton.Ok).click()


def test_cancel_stops_the_import_and_nothing_is_added(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_file_dialog(monkeypatch, write_jrnl_journal(tmp_path / "big.txt", 10_000))
    imported: list[ImportResult] = []
    flow = import_into_journal(window, worker, imported.append)
    choose(flow, "jrnl")
    wait_for_preview(qtbot, flow).import_button.click()
    progress = flow.progress_dialog
    assert progress is not None
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=10_000)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    message = wait_for_message(qtbot, flow)
    assert message.text() == "Stopped. Nothing was imported."
    assert imported == []
    message.button(QMessageBox.StandardButton.Ok).click()
    assert entry_count(qtbot, worker) == 0
