"""Locking: by the action, or after idle time. Nothing written stays in any widget, and
unlocking returns to the same entry and cursor."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.preferences import AUTO_LOCK_MINUTES
from reflect.ui.preferences_dialog import PreferencesDialog
from reflect.ui.session import JournalSession
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import answer_next_message_box, end_session, unlock, widgets_holding


def test_lock_hides_every_word_and_unlock_returns_to_the_same_place(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    word = f"marigold{uuid.uuid4().hex[:6]}"
    unlock(qtbot, session)  # creates the journal
    window = session.window
    assert window is not None
    qtbot.keyClicks(window.editor.title, f"Title {word}")
    qtbot.keyClicks(window.editor.text, f"Today {word} and the rest of the words.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    qtbot.waitUntil(lambda: bool(widgets_holding(word)))  # it is on screen and in the list
    cursor = window.editor.cursor_position - 5
    window.editor.set_cursor_position(cursor)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock Journal
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    assert not window.isVisible()
    assert widgets_holding(word) == []
    assert not window.editor.text.document().isUndoAvailable()
    assert window.windowTitle() == "Reflect"
    assert session.dialog is not None and not session.dialog.creating

    unlock(qtbot, session)
    qtbot.waitUntil(lambda: window.editor.title.text() == f"Title {word}")
    assert window.editor.cursor_position == cursor
    assert window.entry_list.currentIndex().row() == 0
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert [e.title for e in journal.iter_entries()] == [f"Title {word}"]


def test_auto_lock_after_idle_time_saves_and_clears(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    word = f"juniper{uuid.uuid4().hex[:6]}"
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    session = JournalSession(
        journal_folder,
        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        idle_ms=3000,  # room for the typing below on a busy machine
    )
    session.start()
    try:
        unlock(qtbot, session)
        window = session.window
        assert window is not None
        qtbot.keyClicks(window.editor.text, f"typed {word} just before walking away")
        window.editor.text.selectAll()
        window.actions_by_key["mark_hope"].trigger()  # a moment with a note, on screen
        qtbot.keyClicks(window.editor.moment_panel.rows[0].note, f"note {word}")
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # locked by itself
        assert widgets_holding(word) == []
        assert window.editor.text.moments_at_cursor == []
        with Journal.unlock(journal_folder, PASSPHRASE) as journal:
            assert [e.text for e in journal.iter_entries()] == [
                f"typed {word} just before walking away"
            ]
    finally:
        end_session(session)


def test_cancelling_the_lock_screen_ends_the_session(qtbot: QtBot, session: JournalSession) -> None:
    unlock(qtbot, session)
    assert session.window is not None
    session.lock()
    qtbot.waitUntil(lambda: not session.worker.busy)  # the lock itself has finished
    with qtbot.waitSignal(session.ended):
        assert session.dialog is not None
        session.dialog.reject()


def test_the_auto_lock_time_is_a_preference_with_limits(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert AUTO_LOCK_MINUTES.read(settings) == 5
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.auto_lock.accessibleName() == "Auto-lock minutes"
    dialog.auto_lock.setValue(12)
    dialog.accept()
    assert AUTO_LOCK_MINUTES.read(settings) == 12
    settings.setValue(AUTO_LOCK_MINUTES.key, "nonsense")
    assert AUTO_LOCK_MINUTES.read(settings) == 5
    settings.setValue(AUTO_LOCK_MINUTES.key, 100_000)
    assert AUTO_LOCK_MINUTES.read(settings) == 5
    with pytest.raises(ValueError, match="between"):
        AUTO_LOCK_MINUTES.write(settings, 0)


def test_results_already_on_their_way_do_not_refill_views_after_locking(
    qtbot: QtBot, session: JournalSession
) -> None:
    word = f"thistle{uuid.uuid4().hex[:6]}"
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    qtbot.keyClicks(window.editor.details.tags, word)
    qtbot.keyClicks(window.editor.text, f"about {word}")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    window.load((window.editor.entry_id or 0, 0))  # list, tags and the entry: all requested
    window.forget_everything()  # ...and the lock comes before their results
    qtbot.waitUntil(lambda: not session.worker.busy)
    qtbot.wait(50)
    assert widgets_holding(word) == []
    assert window.entry_model.rowCount() == 0


@pytest.fixture
def quick_session(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[JournalSession]:
    """A session whose auto-lock waits less than a second."""
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    started = JournalSession(
        journal_folder, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), idle_ms=700
    )
    started.start()
    unlock(qtbot, started)
    yield started
    end_session(started)


def test_auto_lock_keeps_watching_after_the_person_chose_to_stay(
    qtbot: QtBot, quick_session: JournalSession
) -> None:
    window = quick_session.window
    assert window is not None
    quick_session.worker.lock()  # from here every save fails
    qtbot.keyClicks(window.editor.text, "not saved yet")
    asked: list[str] = []
    answer_next_message_box("Cancel", asked)  # the first auto-lock asks; the person stays
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    assert window.isVisible()
    answer_next_message_box("Close Without Saving", asked)  # auto-lock comes back
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert len(asked) == 2
    assert widgets_holding("not saved yet") == []


def test_auto_lock_closes_an_open_preferences_dialog_first(
    qtbot: QtBot, quick_session: JournalSession
) -> None:
    window = quick_session.window
    assert window is not None
    QTimer.singleShot(0, window.actions_by_key["preferences"].trigger)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert quick_session.dialog is not None and quick_session.dialog.isVisible()
    assert not any(
        isinstance(w, PreferencesDialog) and w.isVisible() for w in QApplication.allWidgets()
    )
    assert QApplication.activeModalWidget() is None  # nothing blocks the passphrase field


def test_an_unusable_tag_never_stops_the_words_from_being_saved(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    qtbot.keyClicks(window.editor.details.tags, "walks, " + "x" * 70)
    qtbot.keyClicks(window.editor.text, "words first")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    assert window.editor.details.tag_problem.isVisible()
    assert "64 characters" in window.editor.details.tag_problem.text()
    window.close()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        (entry,) = journal.iter_entries()
    assert (entry.text, entry.tags) == ("words first", ("walks",))
