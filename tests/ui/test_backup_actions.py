"""Back Up Now, Restore from Backup and the daily backup, through the real worker.

Only the file dialogs are answered by replacing ``reflect.ui.file_dialogs``' functions;
the journal, the storage and the crypto are real.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from reflect.core.automatic_backups import automatic_backup_folder, backup_name
from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.restore import restore_backup
from reflect.ui import file_dialogs
from reflect.ui.backup_actions import (
    RestoreHooks,
    automatic_backup,
    back_up_now,
    restore_from_backup,
)
from reflect.ui.restore_dialog import RestoreDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.helpers import snapshot
from tests.ui.qt_helpers import message_box, unlock_on_worker


@pytest.fixture
def worker(qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams) -> Iterator[JournalWorker]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="First", text="The first words.", tags=["start"])
    started = JournalWorker()
    unlock_on_worker(qtbot, started, journal_folder)
    yield started
    started.shutdown()


def on_worker(qtbot: QtBot, worker: JournalWorker, call: Any) -> Any:
    results: list[Any] = []
    worker.submit(call, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results))
    return results[0]


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path, asked: list[str]) -> None:
    def save_file(_parent: object, caption: str, suggested: Path, _filter: str) -> Path:
        asked.extend([caption, str(suggested)])
        return answer

    monkeypatch.setattr(file_dialogs, "save_file", save_file)


def test_back_up_now_writes_an_encrypted_backup_and_says_so(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer_save_dialog(monkeypatch, tmp_path / "my backup", asked)  # no suffix typed
    back_up_now(window, worker)
    box = message_box(qtbot, window, "Backup Made")
    written = tmp_path / "my backup.reflectbackup"
    assert str(written) in box.text()
    assert "encrypted" in box.text() and "passphrase" in box.text()
    assert box.accessibleName() == "Backup Made"
    assert "Encrypted" in asked[0] and asked[1].endswith(".reflectbackup")
    restored = restore_backup(written, tmp_path / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as copy:
        assert [e.text for e in copy.iter_entries()] == ["The first words."]


def test_a_backup_that_cant_be_written_is_explained(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter = tmp_path / "letter.reflectbackup"
    letter.write_text("not a backup", encoding="utf-8")
    answer_save_dialog(monkeypatch, letter, [])
    back_up_now(window, worker)
    box = message_box(qtbot, window, "Backup Not Made")
    assert "won't write over it" in box.text()
    assert letter.read_text(encoding="utf-8") == "not a backup"


def test_the_daily_backup_is_made_once_and_noted_in_the_status_bar(
    qtbot: QtBot, worker: JournalWorker, window: QMainWindow, journal_folder: Path
) -> None:
    automatic_backup(window, worker)
    qtbot.waitUntil(lambda: "automatic backup is made" in window.statusBar().currentMessage())
    folder = automatic_backup_folder(journal_folder)
    assert [p.name for p in folder.iterdir()] == [backup_name(date.today())]
    window.statusBar().clearMessage()
    automatic_backup(window, worker)
    on_worker(qtbot, worker, lambda journal: None)  # after the second one has run
    assert window.statusBar().currentMessage() == ""
    assert len(list(folder.iterdir())) == 1


def answer_open_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path) -> None:
    def open_file(_parent: object, _caption: str, _start: Path, _filter: str) -> Path:
        return answer

    monkeypatch.setattr(file_dialogs, "open_file", open_file)


class Hooks:
    """What a session does during a restore, recorded."""

    def __init__(self, stay: bool = False) -> None:
        self.calls: list[str] = []
        self._stay = stay

    def close_views(self) -> bool:
        self.calls.append("close_views")
        return not self._stay

    def hooks(self) -> RestoreHooks:
        return RestoreHooks(
            self.close_views,
            lambda: self.calls.append("reopened"),
            lambda: self.calls.append("closed"),
        )


def restore_dialog(qtbot: QtBot, window: QMainWindow) -> RestoreDialog:
    dialogs: list[RestoreDialog] = []

    def shown() -> bool:
        dialogs[:] = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
        return bool(dialogs)

    qtbot.waitUntil(shown)
    return dialogs[0]


def test_restore_checks_the_backup_replaces_the_journal_and_keeps_the_old_one(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal_folder = tmp_path / "journal"
    backup = on_worker(qtbot, worker, lambda j: j.back_up(tmp_path / "b.reflectbackup"))
    on_worker(qtbot, worker, lambda j: j.add_entry(text="written after the backup"))
    answer_open_dialog(monkeypatch, backup)
    hooks = Hooks()
    restore_from_backup(window, worker, journal_folder, hooks.hooks())

    dialog = restore_dialog(qtbot, window)
    assert "Afterwards your journal opens with the passphrase it had" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.message))
    )
    for widget in [*dialog.findChildren(QLineEdit), *dialog.findChildren(QPushButton)]:
        assert widget.accessibleName(), widget
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "didn't open this backup" in dialog.message.text())
    assert hooks.calls == []  # nothing was closed or changed

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.restore_button.click()
    box = message_box(qtbot, window, "Journal Restored")
    assert hooks.calls == ["close_views", "reopened"]
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("journal.before-restore-")]
    assert len(kept) == 1 and str(kept[0]) in box.text()
    texts = on_worker(qtbot, worker, lambda j: [e.text for e in j.iter_entries()])
    assert texts == ["The first words."]  # the journal open now is the restored one
    with Journal.unlock(kept[0], PASSPHRASE) as old:
        assert old.entry_count() == 2


def test_staying_when_asked_to_close_changes_nothing(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal_folder = tmp_path / "journal"
    backup = on_worker(qtbot, worker, lambda j: j.back_up(tmp_path / "b.reflectbackup"))
    answer_open_dialog(monkeypatch, backup)
    hooks = Hooks(stay=True)
    before = sorted(p.name for p in tmp_path.iterdir())
    restore_from_backup(window, worker, journal_folder, hooks.hooks())
    dialog = restore_dialog(qtbot, window)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    untouched = snapshot(journal_folder)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: hooks.calls == ["close_views"])
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # the checked copy is gone
    assert on_worker(qtbot, worker, lambda j: j.entry_count()) == 1
    assert snapshot(journal_folder).keys() == untouched.keys()


def test_a_file_that_is_not_a_backup_is_explained_before_anything_is_asked(
    qtbot: QtBot,
    worker: JournalWorker,
    window: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal_folder = tmp_path / "journal"
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear diary", encoding="utf-8")
    answer_open_dialog(monkeypatch, letter)
    hooks = Hooks()
    restore_from_backup(window, worker, journal_folder, hooks.hooks())
    box = message_box(qtbot, window, "Backup Not Restored")
    assert "isn't a Reflect backup" in box.text()
    assert hooks.calls == [] and not window.findChildren(RestoreDialog)
