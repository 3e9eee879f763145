"""Journal words copied from Reflect are cleared from the clipboard on every lock (and when
Reflect closes); what another program put there is left alone.

The off-screen platform can't say who owns the clipboard (``ownsClipboard()`` is always
false there), so these tests take the path Reflect takes on such systems: a copy counts as
Reflect's when a Reflect window was active, or when it carries Reflect's mark. Another
program is played by a bare ``QWindow`` (not a Reflect widget window) taking the focus
before it copies, as a browser would when the person switches to it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource
from reflect.ui.clipboard_guard import REFLECT_MARK, ClipboardGuard, put_text_on_clipboard
from reflect.ui.main_window import MainWindow
from reflect.ui.session import JournalSession
from reflect.ui.share_composer import ShareComposer
from reflect.ui.worker import JournalWorker
from tests.ui.qt_helpers import unlock

WORDS = "Today I told my sponsor about the phone call."


@pytest.fixture(autouse=True)
def empty_clipboard() -> Iterator[None]:
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def copy_from_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    """Select every word of the entry and press Ctrl+C, as a person would."""
    text = window.editor.text
    qtbot.keyClicks(text, WORDS)
    qtbot.keyClick(text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == WORDS


def another_program_in_front(qtbot: QtBot) -> QWindow:
    """A window that isn't Reflect's takes the focus (the person switched programs)."""
    other = QWindow()
    other.show()
    other.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is other)
    assert QApplication.activeWindow() is None  # no Reflect window is active now
    return other


def unlocked_window(qtbot: QtBot, session: JournalSession) -> MainWindow:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_words_copied_in_reflect_are_gone_after_the_lock(
    qtbot: QtBot, session: JournalSession
) -> None:
    window = unlocked_window(qtbot, session)
    copy_from_the_editor(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock Journal
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    assert clipboard_text() == ""
    data = QGuiApplication.clipboard().mimeData()
    assert data is None or data.formats() == []


def test_words_copied_in_reflect_are_gone_after_lock_and_hide_and_after_closing(
    qtbot: QtBot, session: JournalSession
) -> None:
    window = unlocked_window(qtbot, session)
    copy_from_the_editor(qtbot, window)
    window.actions_by_key["panic_lock"].trigger()
    assert clipboard_text() == ""

    window = unlocked_window(qtbot, session)
    qtbot.waitUntil(lambda: window.editor.text.toPlainText() == WORDS)  # back at the entry
    qtbot.keyClick(window.editor.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == WORDS
    window.close()  # Quit
    assert clipboard_text() == ""


def test_what_another_program_copied_afterwards_is_kept(
    qtbot: QtBot, session: JournalSession
) -> None:
    window = unlocked_window(qtbot, session)
    copy_from_the_editor(qtbot, window)
    other = another_program_in_front(qtbot)
    QGuiApplication.clipboard().setText("bus 42 leaves at 18:05")  # copied over there
    session.lock()  # the auto-lock, while the person is in the other program
    assert session.dialog is not None and session.dialog.isVisible()
    assert clipboard_text() == "bus 42 leaves at 18:05"
    other.destroy()


def test_the_same_words_copied_again_elsewhere_are_still_journal_words(
    qtbot: QtBot, session: JournalSession
) -> None:
    window = unlocked_window(qtbot, session)
    copy_from_the_editor(qtbot, window)
    other = another_program_in_front(qtbot)
    QGuiApplication.clipboard().setText(WORDS)  # pasted somewhere and copied from there
    session.lock()
    assert clipboard_text() == ""
    other.destroy()


def test_a_clipboard_reflect_never_touched_is_left_alone(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    other = another_program_in_front(qtbot)
    QGuiApplication.clipboard().setText("a recipe")
    assert not guard.clear_journal_text()
    assert clipboard_text() == "a recipe"
    other.destroy()


def test_reflects_own_copies_carry_its_mark_even_when_it_is_not_in_front(
    qtbot: QtBot,
) -> None:
    guard = ClipboardGuard()
    other = another_program_in_front(qtbot)  # a copy finished while the person looked away
    put_text_on_clipboard(WORDS)
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and data.hasFormat(REFLECT_MARK) and data.text() == WORDS
    assert guard.clear_journal_text()
    assert clipboard_text() == ""
    other.destroy()


def test_copy_as_text_in_the_shares_window_is_cleared_on_lock(
    qtbot: QtBot, journal: Journal, worker: JournalWorker
) -> None:
    created = journal.add_entry(text=WORDS).created
    share_id = journal.create_share("Thursday").created
    assert created is not None and share_id is not None
    journal.add_excerpts(share_id, [ExcerptSource(created, 0, len(WORDS))])
    guard = ClipboardGuard()
    composer = ShareComposer(worker.submit)
    qtbot.addWidget(composer)
    composer.show()
    composer.refresh()
    qtbot.waitUntil(lambda: composer.view is not None)
    composer.actions_by_key["copy_text"].trigger()
    qtbot.waitUntil(lambda: WORDS in clipboard_text())  # read on the worker, then copied
    assert guard.clear_journal_text()  # what the session does on every lock
    assert clipboard_text() == ""
