"""The whole writing flow through the real window, from the keyboard, checked at each step.

create journal → unlock → write → mark hope and struggle → edit before and inside the
moments → switch entries → lock → unlock → reload from disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import Journal
from reflect.ui.main_window import MainWindow
from reflect.ui.session import JournalSession
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import unlock

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(
    qtbot: QtBot,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    times: int = 1,
) -> None:
    """A key press sent to whatever has the keyboard focus, as a person's would be."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, modifiers)


def type_words(qtbot: QtBot, words: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, words)


def on_screen(window: MainWindow) -> tuple[str, list[tuple[str, str]]]:
    content = window.editor.text.content()
    moments = window.editor.text.marked_moments(content)
    return content.text, [(m.kind, content.text[m.start : m.end]) for m in moments]


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5000)


def test_write_mark_edit_switch_lock_unlock_and_reload(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    unlock(qtbot, session)  # no journal yet: this creates it
    window = session.window
    assert window is not None
    window.activateWindow()
    window.editor.text.setFocus()

    # Write, then select from the keyboard and mark.
    type_words(qtbot, "Rough start. Then I called Ana.")
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=12)  # "Rough start."
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)  # Mark as Struggle
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Left, SHIFT, times=18)  # "Then I called Ana."
    press(qtbot, Qt.Key.Key_H, CTRL_SHIFT)  # Mark as Hope
    assert on_screen(window) == (
        "Rough start. Then I called Ana.",
        [(STRUGGLE, "Rough start."), (HOPE, "Then I called Ana.")],
    )

    # Edit before and inside the moments.
    press(qtbot, Qt.Key.Key_Home)
    type_words(qtbot, "Monday. ")  # before both
    press(qtbot, Qt.Key.Key_Right, times=5)  # inside "Rough| start."
    type_words(qtbot, " and slow")
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Left)  # inside the hope moment, before its "."
    type_words(qtbot, " back")
    expected = (
        "Monday. Rough and slow start. Then I called Ana back.",
        [(STRUGGLE, "Rough and slow start."), (HOPE, "Then I called Ana back.")],
    )
    assert on_screen(window) == expected
    wait_saved(qtbot, window)
    first_id = window.editor.entry_id
    assert first_id is not None

    # A second entry, then back to the first from the list.
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor.entry_id is None)
    window.editor.text.setFocus()
    type_words(qtbot, "A quiet evening.")
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 2)
    window.entry_list.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)  # the oldest entry is last
    qtbot.waitUntil(lambda: window.editor.entry_id == first_id)
    assert on_screen(window) == expected
    window.editor.set_cursor_position(10)

    # Lock, unlock: the same entry, the same place, the same moments.
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    assert window.editor.text.content().text == ""
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: window.editor.entry_id == first_id)
    assert on_screen(window) == expected
    assert window.editor.cursor_position == 10

    # And from disk, through a journal opened afresh.
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        entries = {e.id: e for e in journal.iter_entries()}
    first = entries[first_id]
    assert first.text == expected[0]
    assert [(m.kind, m.passage(first.text)) for m in first.moments] == expected[1]
    assert sorted(e.text for e in entries.values()) == ["A quiet evening.", expected[0]]
