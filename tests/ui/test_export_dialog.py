"""Export Journal…: the warning first, a choice of format and place, progress with Cancel,
and a done message naming where the files went. The worker, journal and files are real;
only the file dialogs are answered by replacing ``reflect.ui.file_dialogs``' functions."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.exporting import EXPORT_WARNING
from reflect.core.importers import markdown
from reflect.core.journal import Journal
from reflect.ui import file_dialogs
from reflect.ui.export_dialog import ExportDialog, export_journal
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import message_box, unlock_on_worker

ENTRIES = 3


@pytest.fixture
def worker(qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams) -> Iterator[JournalWorker]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for number in range(ENTRIES):
            journal.add_entry(title=f"Day {number}", text=f"Words of day {number}.")
    started = JournalWorker()
    unlock_on_worker(qtbot, started, journal_folder)
    yield started
    started.shutdown()


def answer_file_dialogs(
    monkeypatch: pytest.MonkeyPatch, answer: Path | None, asked: list[str]
) -> None:
    """The save dialog (JSON) and the folder dialog (Markdown) both answer ``answer``."""

    def save_file(_parent: object, caption: str, suggested: Path, _filter: str) -> Path | None:
        asked.extend([caption, str(suggested)])
        return answer

    def choose_folder(_parent: object, caption: str, suggested: Path) -> Path | None:
        asked.extend([caption, str(suggested)])
        return answer

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    monkeypatch.setattr(file_dialogs, "choose_folder", choose_folder)


def open_dialog(qtbot: QtBot, window: QMainWindow, worker: JournalWorker) -> ExportDialog:
    export_journal(window, worker)
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_warning_comes_first_and_cancel_writes_nothing(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer_file_dialogs(monkeypatch, None, asked)
    dialog = open_dialog(qtbot, window, worker)
    assert dialog.warning.text() == EXPORT_WARNING
    assert "NOT encrypted" in dialog.warning.text()
    assert dialog.as_json.isChecked()
    for widget in (dialog, dialog.warning, dialog.as_json, dialog.as_markdown, dialog.go_on):
        assert widget.accessibleName()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == []


def test_exporting_json_names_where_it_went(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer_file_dialogs(monkeypatch, tmp_path / "my journal", asked)  # no suffix typed
    open_dialog(qtbot, window, worker).go_on.click()
    box = message_box(qtbot, window, "Journal Exported")
    written = tmp_path / "my journal.json"
    assert f"{ENTRIES} entries, in {written}" in box.text()
    assert "not encrypted" in box.text()
    assert asked[1].endswith(f"Reflect journal {date.today():%Y-%m-%d}.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert [entry["title"] for entry in document["entries"]] == ["Day 2", "Day 1", "Day 0"]


def test_markdown_goes_into_a_new_folder_inside_a_folder_with_files(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "other.txt").write_text("someone else's file", encoding="utf-8")
    answer_file_dialogs(monkeypatch, tmp_path, [])
    dialog = open_dialog(qtbot, window, worker)
    dialog.as_markdown.click()
    dialog.go_on.click()
    box = message_box(qtbot, window, "Journal Exported")
    folder = tmp_path / f"Reflect journal {date.today():%Y-%m-%d}"
    assert str(folder) in box.text()
    assert sorted(entry.title for entry in markdown.parse(folder)) == ["Day 0", "Day 1", "Day 2"]
    assert (tmp_path / "other.txt").read_text(encoding="utf-8") == "someone else's file"


def test_an_empty_chosen_folder_is_used_as_it_is(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    answer_file_dialogs(monkeypatch, folder, [])
    dialog = open_dialog(qtbot, window, worker)
    dialog.as_markdown.click()
    dialog.go_on.click()
    message_box(qtbot, window, "Journal Exported")
    assert len(list(folder.iterdir())) == ENTRIES


def test_a_place_that_cant_be_used_is_explained(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_file_dialogs(monkeypatch, tmp_path / "missing" / "journal.json", [])
    open_dialog(qtbot, window, worker).go_on.click()
    box = message_box(qtbot, window, "Journal Not Exported")
    assert "no folder" in box.text()
    assert not (tmp_path / "missing").exists()


def test_cancel_during_the_export_leaves_no_files(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    answer_file_dialogs(monkeypatch, out / "journal.json", [])
    # Hold the worker, so Cancel is pressed while the export waits its turn.
    release = threading.Event()
    worker.submit(lambda _journal: release.wait(10))
    open_dialog(qtbot, window, worker).go_on.click()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is not None)
    progress = window.findChild(QProgressDialog)
    assert isinstance(progress, QProgressDialog)
    cancel = progress.findChild(QPushButton)
    assert isinstance(cancel, QPushButton) and cancel.text() == "Cancel"
    cancel.click()
    release.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert list(out.iterdir()) == []
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
