"""The File menu's own-your-data actions, through the real session: a daily backup after
unlocking, and Restore from Backup… replacing the journal on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.core.automatic_backups import automatic_backup_folder
from reflect.core.journal import Journal
from reflect.ui.session import JournalSession
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import message_box, unlock
from tests.ui.test_backup_actions import answer_open_dialog, on_worker, restore_dialog


def test_unlocking_makes_the_days_backup_and_restore_replaces_the_journal_on_screen(
    qtbot: QtBot, session: JournalSession, journal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, session)  # creates the journal
    window = session.window
    assert window is not None
    backups = automatic_backup_folder(journal_folder)
    qtbot.waitUntil(lambda: backups.is_dir() and len(list(backups.iterdir())) == 1)

    on_worker(qtbot, session.worker, lambda j: j.add_entry(title="Kept in the backup"))
    backup = on_worker(qtbot, session.worker, lambda j: j.back_up(journal_folder.parent / "b.rb"))
    on_worker(qtbot, session.worker, lambda j: j.add_entry(title="Written after it"))
    window.load()
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 2)

    answer_open_dialog(monkeypatch, backup)
    assert window.actions_by_key["restore"].text() == "&Restore from Backup…"
    window.actions_by_key["restore"].trigger()
    dialog = restore_dialog(qtbot, window)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.restore_button.click()
    message_box(qtbot, window, "Journal Restored")
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 1)
    qtbot.waitUntil(lambda: "Kept in the backup" in str(window.entry_model.index(0).data()))
    kept = [p for p in journal_folder.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1
    with Journal.unlock(kept[0], PASSPHRASE) as before:
        assert before.entry_count() == 2


def test_the_file_menu_offers_every_own_your_data_action(
    qtbot: QtBot, session: JournalSession
) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    texts = {
        key: window.actions_by_key[key].text().replace("&", "")
        for key in ("import", "export", "back_up", "restore", "change_passphrase", "recovery_code")
    }
    assert texts == {
        "import": "Import…",
        "export": "Export Journal…",
        "back_up": "Back Up Now…",
        "restore": "Restore from Backup…",
        "change_passphrase": "Change Passphrase…",
        "recovery_code": "Recovery Code…",
    }
