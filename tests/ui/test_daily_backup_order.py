"""The daily backup waits for the first screen: in a large journal it holds the worker for
seconds, so it is queued only once the list's first rows have been read (issue 8's
benchmark found placeholder rows for 6.5 s at 100,000 entries when it went first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.automatic_backups import automatic_backup_folder, automatic_backups
from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.progress import Progress
from reflect.ui import backup_actions
from reflect.ui.session import JournalSession
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import unlock

ENTRIES = 40


@pytest.fixture
def journal_before_session(journal_folder: Path, fast_kdf: KdfParams) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for number in range(ENTRIES):
            journal.add_entry(title=f"Entry number {number}", text="A few words.")


def watch_backup_queued(monkeypatch: pytest.MonkeyPatch, session: JournalSession) -> list[str]:
    """What the list showed in its top row each time the session queued the daily backup
    (the real backup still runs: this only looks on)."""
    seen: list[str] = []
    real = backup_actions.automatic_backup

    def noting(window: QWidget, worker: JournalWorker, **options: Any) -> Progress:
        assert session.window is not None
        seen.append(str(session.window.entry_model.index(0).data()))
        return real(window, worker, **options)

    monkeypatch.setattr(backup_actions, "automatic_backup", noting)
    return seen


def test_the_first_rows_are_read_before_the_daily_backup_is_queued(
    qtbot: QtBot, session: JournalSession, journal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = watch_backup_queued(monkeypatch, session)
    unlock(qtbot, session)
    backups = automatic_backup_folder(journal_folder)
    qtbot.waitUntil(lambda: len(automatic_backups(backups)) == 1)
    # Queued once, when the newest entry's summary was already on screen; the worker runs
    # its jobs in order, so those reads were done before the backup began.
    assert len(seen) == 1
    assert f"Entry number {ENTRIES - 1}" in seen[0]


def test_a_lock_before_the_first_rows_queues_no_backup_for_the_locked_journal(
    qtbot: QtBot, session: JournalSession, journal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = watch_backup_queued(monkeypatch, session)
    dialog = session.dialog
    assert dialog is not None
    # Locked right after the session showed the window, before any read came back.
    dialog.accepted.connect(session.lock)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.dialog is not dialog and session.dialog is not None)
    qtbot.waitUntil(lambda: not session.worker.busy)
    assert seen == []
    assert not automatic_backup_folder(journal_folder).exists()
    # Unlocking again makes the day's backup after all.
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: len(automatic_backups(automatic_backup_folder(journal_folder))) == 1)
    assert len(seen) == 1
