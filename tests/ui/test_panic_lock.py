"""Lock and Hide (Ctrl+Shift+L): every window is hidden at once, before anything else, then
the journal is locked without a question, in whichever Reflect window the keys are pressed;
and if the words can't be saved, nothing typed is lost."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.ui.main_window import MainWindow
from reflect.ui.panic import PANIC_KEYS
from reflect.ui.session import JournalSession
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import answer_next_message_box, unlock, unlock_on_worker, widgets_holding

PANIC = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def press_panic(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_L, PANIC)


def unlocked_window(qtbot: QtBot, session: JournalSession) -> MainWindow:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    return window


def seen_when_saving_began(window: MainWindow) -> list[list[str]]:
    """The windows on screen at the moment each save begins."""
    seen: list[list[str]] = []

    def note(state: str) -> None:
        if state == "Saving…":
            seen.append([type(w).__name__ for w in shown_windows()])

    window.editor.state_changed.connect(note)
    return seen


def test_every_window_is_hidden_before_the_save_and_the_lock_asks_nothing(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    word = f"heron{uuid.uuid4().hex[:6]}"
    window = unlocked_window(qtbot, session)
    window.actions_by_key["browse_moments"].trigger()
    panel = window.panels["moments"]
    assert isinstance(panel, QWidget)
    qtbot.waitUntil(panel.isVisible)
    qtbot.keyClicks(window.editor.text, f"Just now {word} and the rest")  # not saved yet
    seen = seen_when_saving_began(window)

    press_panic(qtbot, panel)  # in the Moments window, not the main one
    assert seen == [[]]  # the save began with nothing on screen
    dialog = session.dialog
    assert dialog is not None
    assert shown_windows() == [dialog]  # all within the key press
    assert dialog.isMinimized()  # the unlock screen, in front of no one
    qtbot.waitUntil(lambda: not session.worker.busy)
    assert widgets_holding(word) == []
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == [f"Just now {word} and the rest"]

    unlock(qtbot, session)  # after restoring it, the unlock screen works as always
    assert window.isVisible()


def test_the_menu_action_and_the_main_windows_shortcut_do_the_same(
    qtbot: QtBot, session: JournalSession
) -> None:
    window = unlocked_window(qtbot, session)
    action = window.actions_by_key["panic_lock"]
    assert action.text() == "Lock and &Hide"
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    assert action.shortcut() == QKeySequence(PANIC_KEYS)  # the keys caught in every window
    press_panic(qtbot, window.editor.text)
    assert shown_windows() == [session.dialog]
    assert session.dialog is not None and session.dialog.isMinimized()
    unlock(qtbot, session)
    action.trigger()
    assert shown_windows() == [session.dialog]
    assert session.dialog.isMinimized()


def test_it_works_while_a_question_is_open_and_the_question_counts_as_unanswered(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    window = unlocked_window(qtbot, session)
    qtbot.keyClicks(window.editor.text, "an entry that stays")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    questions: list[str] = []

    def panic_in_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, panic_in_the_question)
            return
        questions.append(box.text())
        press_panic(qtbot, box)

    QTimer.singleShot(0, panic_in_the_question)
    window.actions_by_key["delete_entry"].trigger()  # asks "Delete this entry?"
    assert questions == ["Delete this entry?"]
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isMinimized())
    assert shown_windows() == [session.dialog]
    qtbot.waitUntil(lambda: not session.worker.busy)
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == ["an entry that stays"]


def test_when_saving_fails_nothing_is_lost_and_the_question_waits_for_the_person(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    window = unlocked_window(qtbot, session)
    qtbot.keyClicks(window.editor.text, "First part.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    session.worker.lock()  # from here every save fails
    qtbot.keyClicks(window.editor.text, " Second part.")

    press_panic(qtbot, window.editor.text)
    assert shown_windows() == [session.panic.waiting]  # hidden, nothing asked
    waiting = session.panic.waiting
    assert waiting is not None and waiting.isMinimized()
    assert waiting.windowTitle() == "Reflect"
    assert window.editor.text.toPlainText() == "First part. Second part."
    assert window.editor.has_unsaved_changes

    asked: list[str] = []
    answer_next_message_box("Cancel", asked)  # the person stays with their words
    waiting.showNormal()  # brought back from the task bar
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == ["Reflect couldn't save your latest words."]
    assert window.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # ready for the keyboard
    assert window.editor.text.toPlainText() == "First part. Second part."

    unlock_on_worker(qtbot, session.worker, journal_folder)  # saving works again
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock Journal
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    qtbot.waitUntil(lambda: not session.worker.busy)
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == ["First part. Second part."]


def test_during_the_couldnt_save_question_it_hides_that_too_and_keeps_the_words(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    window = unlocked_window(qtbot, session)
    session.worker.lock()  # from here every save fails
    qtbot.keyClicks(window.editor.text, "Words that wait.")
    questions: list[str] = []

    def panic_in_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, panic_in_the_question)
            return
        questions.append(box.text())
        press_panic(qtbot, box)

    QTimer.singleShot(0, panic_in_the_question)
    session.lock()  # asks, since the words can't be saved; then Lock and Hide is pressed
    assert questions == ["Reflect couldn't save your latest words."]
    assert shown_windows() == [session.panic.waiting]
    assert window.editor.text.toPlainText() == "Words that wait."

    unlock_on_worker(qtbot, session.worker, journal_folder)  # saving works again
    assert session.panic.waiting is not None
    session.panic.waiting.showNormal()  # brought back: the lock goes on, and now saves
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not session.worker.busy)
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == ["Words that wait."]


def test_at_the_unlock_screen_it_only_hides(qtbot: QtBot, session: JournalSession) -> None:
    dialog = session.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, "half a passphr")
    press_panic(qtbot, dialog.passphrase)
    assert dialog.isVisible() and dialog.isMinimized()
    assert shown_windows() == [dialog]
    assert session.window is None
