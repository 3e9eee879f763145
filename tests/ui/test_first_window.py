"""The first window, end to end through real widgets: create or unlock, write, save."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.main import main
from reflect.ui.entry_list_model import (
    PLACEHOLDER,
    EntryIdRole,
    EntryListModel,
)
from reflect.ui.lazy_rows import FETCH_AHEAD, FETCH_BEHIND
from reflect.ui.main_window import MainWindow
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.helpers import files_containing, snapshot


@pytest.fixture
def worker() -> Iterator[JournalWorker]:
    started = JournalWorker()
    yield started
    started.shutdown()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def made_journal(journal_folder: Path, fast_kdf: KdfParams) -> Path:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    return journal_folder


def submit_passphrase(
    qtbot: QtBot, dialog: UnlockDialog, passphrase: str, again: str | None = None
) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if again is not None:
        qtbot.keyClicks(dialog.confirmation, again)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)


def open_window(
    qtbot: QtBot, worker: JournalWorker, folder: Path, settings: QSettings
) -> MainWindow:
    dialog = UnlockDialog(worker, folder)
    qtbot.addWidget(dialog)
    submit_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    window = MainWindow(worker, settings)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def test_the_dialog_creates_a_journal(
    qtbot: QtBot, worker: JournalWorker, journal_folder: Path, fast_kdf: KdfParams
) -> None:
    dialog = UnlockDialog(worker, journal_folder, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    assert dialog.creating
    assert dialog.passphrase.accessibleName() == "Passphrase"
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert dialog.open_button.text() == "Create Journal"

    submit_passphrase(qtbot, dialog, "one thing", again="another thing")
    assert "don't match" in dialog.message.text()
    assert not journal_folder.exists()

    submit_passphrase(qtbot, dialog, "one thing", again="one thing")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert (journal_folder / KEY_FILE_NAME).exists() and (journal_folder / DATABASE_NAME).exists()
    assert dialog.passphrase.text() == ""  # not left lying in a widget


def test_a_wrong_passphrase_says_so_and_allows_another_try(
    qtbot: QtBot, worker: JournalWorker, made_journal: Path
) -> None:
    before = snapshot(made_journal)
    dialog = UnlockDialog(worker, made_journal)
    qtbot.addWidget(dialog)
    assert not dialog.creating and dialog.open_button.text() == "Unlock"
    submit_passphrase(qtbot, dialog, "not my passphrase")
    qtbot.waitUntil(lambda: "didn't open this journal" in dialog.message.text())
    assert dialog.passphrase.isEnabled() and dialog.result() != QDialog.DialogCode.Accepted
    assert snapshot(made_journal) == before

    submit_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)


def test_a_damaged_journal_is_explained_in_the_dialog(
    qtbot: QtBot, worker: JournalWorker, made_journal: Path
) -> None:
    (made_journal / KEY_FILE_NAME).write_text("not a key file", encoding="utf-8")
    dialog = UnlockDialog(worker, made_journal)
    qtbot.addWidget(dialog)
    submit_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: "damaged" in dialog.message.text())
    assert "Traceback" not in dialog.message.text()


def test_writing_in_the_window_is_saved_and_listed(
    qtbot: QtBot, worker: JournalWorker, made_journal: Path, settings: QSettings, temp_folder: Path
) -> None:
    word = f"zephyrine{uuid.uuid4().hex[:8]}"
    window = open_window(qtbot, worker, made_journal, settings)
    assert window.windowTitle() == "Reflect"
    editor = window.editor
    assert editor.title.accessibleName() == "Entry title"
    assert editor.text.accessibleName() == "Entry text"

    qtbot.keyClicks(editor.title, "Tuesday")
    qtbot.keyClicks(editor.text, f"I went to the meeting and said {word} out loud.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5000)

    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 1)
    qtbot.waitUntil(lambda: "Tuesday" in str(window.entry_model.data(window.entry_model.index(0))))
    assert window.windowTitle() == "Reflect"  # never the entry's title
    # While the journal is open, the word is nowhere on disk in plaintext.
    assert files_containing(word, made_journal, temp_folder) == []

    window.close()
    assert files_containing(word, made_journal, temp_folder) == []
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        (entry,) = journal.iter_entries()
        assert (entry.title, entry.text) == (
            "Tuesday",
            f"I went to the meeting and said {word} out loud.",
        )


def test_switching_entries_saves_at_once_and_nothing_typed_is_lost(
    qtbot: QtBot, worker: JournalWorker, made_journal: Path, settings: QSettings
) -> None:
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        journal.add_entry(title="Older", text="older words")
    window = open_window(qtbot, worker, made_journal, settings)
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 1)

    qtbot.keyClicks(window.editor.text, "fresh words")  # a new entry, not saved yet
    window.entry_list.setCurrentIndex(window.entry_model.index(0))  # open "Older"
    qtbot.waitUntil(lambda: window.editor.title.text() == "Older")
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 2)
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, ", and more")
    window.close()  # saves right away, then locks
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        texts = sorted(e.text for e in journal.iter_entries())
    assert texts == ["fresh words", "older words, and more"]


def test_an_empty_new_entry_is_not_saved(
    qtbot: QtBot, worker: JournalWorker, made_journal: Path, settings: QSettings
) -> None:
    window = open_window(qtbot, worker, made_journal, settings)
    qtbot.keyClicks(window.editor.text, "x")
    window.editor.text.clear()
    window.close()
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        assert journal.entry_count() == 0


def test_the_entry_list_shows_the_journal_newest_first(
    qtbot: QtBot, worker: JournalWorker, made_journal: Path, settings: QSettings
) -> None:
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        for i in range(150):
            journal.add_entry(title=f"Entry {i}", text="words", tags=["a"])
    window = open_window(qtbot, worker, made_journal, settings)
    model = window.entry_model
    qtbot.waitUntil(lambda: model.rowCount() == 150)
    qtbot.waitUntil(lambda: str(model.data(model.index(0))).endswith("Entry 149\na"))
    qtbot.waitUntil(lambda: "Entry 0" in str(model.data(model.index(149))))


def test_the_entry_list_model_fetches_rows_as_they_are_shown(
    qtbot: QtBot, journal: Journal, qtmodeltester: object
) -> None:
    for i in range(300):
        journal.add_entry(title=f"Entry {i}")
    entry_ids = sorted(journal.entry_ids())  # ids count up in the order they were added
    model = EntryListModel()
    model.set_ids(journal.entry_ids())
    assert model.rowCount() == 300
    with qtbot.waitSignal(model.rows_needed) as needed:
        assert model.data(model.index(200)) == PLACEHOLDER
    wanted = needed.args[0]
    assert len(wanted) == FETCH_BEHIND + FETCH_AHEAD and entry_ids[300 - 1 - 200] in wanted
    with qtbot.assertNotEmitted(model.rows_needed):
        model.data(model.index(201))  # already asked for: no second request
    with qtbot.waitSignal(model.dataChanged):
        model.add_summaries(journal.summaries(wanted))
    assert str(model.data(model.index(200))).endswith("Entry 99")
    assert model.data(model.index(200), EntryIdRole) == entry_ids[99]
    model.forget([entry_ids[99]])
    with qtbot.waitSignal(model.rows_needed):
        model.data(model.index(200))
    model.add_summaries(journal.summaries(journal.entry_ids()))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_main_reuses_the_running_application(qtbot: QtBot, made_journal: Path) -> None:
    steps: list[str] = []

    def drive() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, UnlockDialog) and w.isVisible()
        ]
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if dialogs and "dialog" not in steps:
            steps.append("dialog")
            submit_passphrase(qtbot, dialogs[0], PASSPHRASE)
        elif windows and "window" not in steps:
            steps.append("window")
            qtbot.keyClicks(windows[0].editor.text, "written through main()")
            windows[0].close()
            return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    assert main(["--journal", str(made_journal)]) == 0
    assert steps == ["dialog", "window"]
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == ["written through main()"]
