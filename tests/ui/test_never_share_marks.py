""" "Never Share" in the main window: the editor's context menu (the whole entry), the moment
panel's check box (one moment), the moments browser (the selected moments); the marks in
words on the entry list and the browser's rows; Add to Share refused for marked words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QIcon
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.errors import NeverShareRefused
from reflect.core.journal import Journal
from reflect.ui.main_window import MainWindow
from reflect.ui.moment_list_model import PASSAGE, SHARING, SharingRole
from reflect.ui.moments_browser import MomentsBrowser
from reflect.ui.never_share import ENTRY_MARKED, NEVER_SHARE, SPOKEN
from reflect.ui.shared_marks import MarkLines
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import message_box, open_main_window
from tests.ui.test_add_to_share import answer_add_to_share, share_texts
from tests.ui.test_moments_browser import wait_until_listed
from tests.ui.test_moments_in_editor import on_worker, put_cursor, select, type_text

TEXT = "Woke up scared.\nCalled my sponsor anyway. She picked up.\nSlept a little."
CALLED = (16, 40)  # "Called my sponsor anyway"
SLEPT = (57, 71)  # "Slept a little"


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(
            title="Thursday",
            text=TEXT,
            created=datetime(2026, 1, 5, 9, tzinfo=UTC),
            moments=[MomentDraft(None, *CALLED, HOPE), MomentDraft(None, *SLEPT, STRUGGLE)],
        )
        journal.create_share("Thursday group")
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    yield shown
    for panel in shown.panels.values():
        panel.hide()
    shown._worker.shutdown()


def open_first_entry(qtbot: QtBot, window: MainWindow) -> int:
    (entry_id,) = on_worker(qtbot, window, lambda journal: journal.entry_ids())
    window.open_entry_at(entry_id, 0, 0)
    qtbot.waitUntil(lambda: window.editor.entry_id == entry_id)
    return int(entry_id)


def choose_in_context_menu(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Open the editor's context menu and choose the action called ``text``."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        (action,) = [a for a in menu.actions() if a.text() == text]
        chosen.append(action.text())
        menu.close()
        action.trigger()

    editor = window.editor.text
    QTimer.singleShot(0, choose)
    where = QPoint(5, 5)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, editor.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(editor, event)
    qtbot.waitUntil(lambda: chosen == [text])


def entry_marked(qtbot: QtBot, window: MainWindow, entry_id: int) -> bool:
    return bool(on_worker(qtbot, window, lambda journal: journal.get_entry(entry_id).never_share))


def marked_moments(qtbot: QtBot, window: MainWindow, entry_id: int) -> frozenset[int]:
    return frozenset(
        on_worker(qtbot, window, lambda journal: journal.never_share_moment_ids(entry_id))
    )


def open_browser(qtbot: QtBot, window: MainWindow) -> MomentsBrowser:
    window.actions_by_key["browse_moments"].trigger()
    browser = window.panels["moments"]
    assert isinstance(browser, MomentsBrowser)
    wait_until_listed(qtbot, window._worker, browser)
    return browser


# The context menu is a real popup; the offscreen platform can't raise it or grab keys.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", "This plugin does not support grabbing the keyboard"
)
def test_the_editor_context_menu_marks_the_whole_entry(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    action = window.actions_by_key["never_share"]
    assert action.text() == NEVER_SHARE and action.isCheckable() and not action.isChecked()
    assert not action.icon().isNull()
    assert action in window.editor.text.context_actions
    line = window.editor.never_share_line
    assert line.isHidden()

    choose_in_context_menu(qtbot, window, NEVER_SHARE)
    qtbot.waitUntil(line.isVisible)
    assert entry_marked(qtbot, window, entry_id)
    assert action.isChecked()
    assert line.words.text() == ENTRY_MARKED
    assert ENTRY_MARKED in line.accessibleDescription()
    assert "Never Share" in window.statusBar().currentMessage()
    # The list says it in words, with the icon beside them, and to screen readers too.
    model = window.entry_model
    row = model.index(0)
    qtbot.waitUntil(lambda: "Never Share" in str(row.data()))
    assert str(row.data()).splitlines()[2] == "Never Share · hope 1 · struggle 1"
    icon = row.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert SPOKEN in str(row.data(Qt.ItemDataRole.AccessibleTextRole))
    # Every moment of the entry is covered: its box is ticked, and changed above the text.
    put_cursor(window.editor.text, CALLED[0] + 3)
    (moment_row,) = window.editor.moment_panel.rows
    assert moment_row.never_share.isChecked() and not moment_row.never_share.isEnabled()
    assert not window.editor.has_unsaved_changes  # the mark is not an edit of the words

    line.remove.click()  # "Remove Mark"
    qtbot.waitUntil(lambda: not action.isChecked())
    assert not entry_marked(qtbot, window, entry_id)
    assert line.isHidden()
    qtbot.waitUntil(lambda: "Never Share" not in str(row.data()))
    assert row.data(Qt.ItemDataRole.DecorationRole) is None
    assert moment_row.never_share.isEnabled() and not moment_row.never_share.isChecked()


def test_the_moment_panel_marks_one_moment(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    moment_ids = on_worker(qtbot, window, lambda journal: journal.get_entry(entry_id).moments)
    called = next(m.id for m in moment_ids if m.start == CALLED[0])
    put_cursor(window.editor.text, CALLED[0] + 3)
    (row,) = window.editor.moment_panel.rows
    box = row.never_share
    assert box.text() == NEVER_SHARE and box.accessibleName() == NEVER_SHARE
    assert "Hope moment" in box.accessibleDescription()
    assert not box.isChecked() and box.isEnabled()

    box.click()
    qtbot.waitUntil(lambda: marked_moments(qtbot, window, entry_id) == {called})
    assert not entry_marked(qtbot, window, entry_id)  # only the moment
    put_cursor(window.editor.text, SLEPT[0] + 3)  # the other moment: not marked
    (other,) = window.editor.moment_panel.rows
    assert not other.never_share.isChecked()
    put_cursor(window.editor.text, CALLED[0] + 3)
    (again,) = window.editor.moment_panel.rows
    assert again.never_share.isChecked()

    again.never_share.click()
    qtbot.waitUntil(lambda: marked_moments(qtbot, window, entry_id) == frozenset())


def test_a_new_moment_can_be_marked_before_it_is_saved(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["new_entry"].trigger()
    text = window.editor.text
    type_text(qtbot, text, "A quiet evening. Nobody needs to hear about this.")
    select(text, 17, 48)
    window.actions_by_key["mark_struggle"].trigger()
    put_cursor(text, 20)
    (row,) = window.editor.moment_panel.rows
    row.never_share.click()  # saves first, so the entry and the moment get their ids
    qtbot.waitUntil(lambda: window.editor.entry_id is not None)
    entry_id = window.editor.entry_id
    assert entry_id is not None
    qtbot.waitUntil(lambda: len(marked_moments(qtbot, window, entry_id)) == 1)
    assert row.never_share.isChecked()


def test_marking_a_blank_new_entry_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["new_entry"].trigger()
    action = window.actions_by_key["never_share"]
    action.trigger()
    qtbot.waitUntil(lambda: "Write something first" in window.statusBar().currentMessage())
    assert not action.isChecked()
    assert window.editor.never_share_line.isHidden()


def test_the_browser_marks_the_selected_moments(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    put_cursor(window.editor.text, CALLED[0] + 3)  # the editor shows this moment's box
    browser = open_browser(qtbot, window)
    action = browser.never_share
    assert action.text() == NEVER_SHARE and action.isCheckable()
    assert action in browser.table.actions()  # the table's context menu
    assert not action.isEnabled()
    browser.table.selectAll()
    assert action.isEnabled() and not action.isChecked()

    action.trigger()
    qtbot.waitUntil(lambda: len(marked_moments(qtbot, window, entry_id)) == 2)
    wait_until_listed(qtbot, window._worker, browser)
    qtbot.waitUntil(action.isChecked)  # every selected moment is marked
    model = browser.model
    for row in range(model.rowCount()):
        cell = model.index(row, SHARING)
        assert cell.data() == "Never Share"
        assert SPOKEN in cell.data(Qt.ItemDataRole.AccessibleTextRole)
        lines = cell.data(SharingRole)
        assert isinstance(lines, MarkLines)
        ((icon, words),) = lines.lines
        assert words == "Never Share" and not icon.isNull()
        assert SPOKEN in model.index(row, PASSAGE).data(Qt.ItemDataRole.AccessibleTextRole)
    # The editor's moment panel heard of it.
    box = window.editor.moment_panel.rows[0].never_share
    qtbot.waitUntil(box.isChecked)

    browser.table.selectRow(0)  # one of them
    assert action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: len(marked_moments(qtbot, window, entry_id)) == 1)
    wait_until_listed(qtbot, window._worker, browser)
    assert browser.model.index(0, SHARING).data() == ""
    assert browser.model.index(0, SHARING).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Not shared"
    )
    assert not action.isChecked()


def test_marked_words_are_refused_from_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    window.actions_by_key["never_share"].trigger()
    qtbot.waitUntil(lambda: entry_marked(qtbot, window, entry_id))
    select(window.editor.text, *CALLED)
    window.actions_by_key["add_to_share"].trigger()
    answer_add_to_share(qtbot)
    refused = message_box(qtbot, window, "Add to Share")  # told where the words were chosen
    assert refused.text() == str(NeverShareRefused())
    assert "Never Share" in refused.text() and "remove the mark first" in refused.text()
    refused.accept()
    assert share_texts(qtbot, window, "Thursday group") == []


def test_marked_moments_are_refused_from_the_browser(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    browser = open_browser(qtbot, window)
    browser.table.selectRow(0)
    browser.never_share.trigger()
    qtbot.waitUntil(lambda: len(marked_moments(qtbot, window, entry_id)) == 1)
    browser.table.selectAll()  # one marked, one not: nothing goes in
    browser.add_to_share.trigger()
    answer_add_to_share(qtbot)
    refused = message_box(qtbot, browser, "Add to Share")  # over the browser, not hidden
    assert refused.text() == str(NeverShareRefused())
    refused.accept()
    assert share_texts(qtbot, window, "Thursday group") == []
