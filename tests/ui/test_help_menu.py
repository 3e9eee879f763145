"""The Help menu and the keyboard shortcuts sheet made from the action tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reflect.ui import share_composer_actions
from reflect.ui.about_dialog import AboutDialog
from reflect.ui.actions import ACTIONS
from reflect.ui.rehearsal import KEYS as REHEARSAL_KEYS
from reflect.ui.rehearsal import RehearsalWindow
from reflect.ui.session import JournalSession
from reflect.ui.shortcuts_dialog import ShortcutsDialog, key_text, without_mnemonic
from tests.ui.qt_helpers import unlock

NATIVE = QKeySequence.SequenceFormat.NativeText


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_help_is_the_last_menu_with_the_shortcuts_sheet_on_the_help_key(
    qtbot: QtBot, session: JournalSession
) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    help_menu = menus[-1]
    assert isinstance(help_menu, QMenu) and _plain(help_menu.title()) == "Help"
    assert [_plain(a.text()) for a in help_menu.actions() if a.text()] == [
        "Keyboard Shortcuts",
        "About Reflect",
    ]
    shortcuts = window.actions_by_key["shortcuts"]
    assert shortcuts.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert shortcuts.shortcut().toString() == "F1"  # on this (Linux) platform


def test_no_two_actions_of_a_window_share_a_key() -> None:
    for table in (ACTIONS, share_composer_actions.ACTIONS):
        keys = [key_text(spec.shortcut) for spec in table if key_text(spec.shortcut)]
        assert len(keys) == len(set(keys)), keys


def test_the_menu_opens_one_sheet_brings_it_back_and_lock_closes_it(
    qtbot: QtBot, session: JournalSession
) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    window.actions_by_key["shortcuts"].trigger()
    sheet = window.help_menu.shortcuts
    assert isinstance(sheet, ShortcutsDialog)
    qtbot.waitUntil(sheet.isVisible)
    assert not sheet.isModal()  # the sheet can stay open beside the writing
    window.actions_by_key["shortcuts"].trigger()
    assert window.help_menu.shortcuts is sheet
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog)]) == 1

    window.actions_by_key["about"].trigger()
    about = window.help_menu.about
    assert isinstance(about, AboutDialog)
    qtbot.waitUntil(about.isVisible)

    session.lock()
    assert not sheet.isVisible() and not about.isVisible()
    assert window.help_menu.shortcuts is None and window.help_menu.about is None


def test_the_sheet_lists_every_shortcut_of_every_table_in_native_key_text(
    qtbot: QtBot,
) -> None:
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    shown = sheet.visible_shortcuts()
    expected = [
        (
            f"{without_mnemonic(spec.menu)} menu",
            without_mnemonic(spec.text),
            key_text(spec.shortcut),
        )
        for spec in ACTIONS
    ] + [
        (
            f"Shares window: {without_mnemonic(spec.menu)} menu",
            without_mnemonic(spec.text),
            key_text(spec.shortcut),
        )
        for spec in share_composer_actions.ACTIONS
    ]
    # A standard key this platform binds to nothing (Quit, Preferences here) is left out.
    expected = [row for row in expected if row[2]]
    assert shown[: len(expected)] == expected  # in menu order, main window first
    assert shown[len(expected) :] == [
        (
            "Rehearsal",
            what,
            ", ".join(QKeySequence(key).toString(NATIVE) for key in keys),
        )
        for keys, what in REHEARSAL_KEYS
    ]
    assert ("Format menu", "Heading 1", "Ctrl+1") in shown
    assert ("Help menu", "Keyboard Shortcuts", "F1") in shown
    assert ("Shares window: Arrange menu", "Move Up", "Alt+Up") in shown
    assert ("Rehearsal", "Pause or resume the clock", "Space") in shown
    assert ("Rehearsal", "Next paragraph, or scroll on", "Right, Down, PgDown") in shown
    assert not any(what == "Delete Entry…" for _, what, _ in shown)  # it has no key


def test_the_sheet_has_headings_a_filter_and_a_close_button(qtbot: QtBot) -> None:
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    sheet.show()
    model = sheet.tree.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headings == ["Action", "Keys"]

    qtbot.keyClicks(sheet.filter, "hope")
    assert sheet.visible_shortcuts() == [("Moments menu", "Mark as Hope", "Ctrl+Shift+H")]

    sheet.filter.setText("ctrl+shift+s")  # by keys, in any case
    assert ("Moments menu", "Mark as Struggle", "Ctrl+Shift+S") in sheet.visible_shortcuts()

    sheet.filter.setText("Format")  # a group's name shows all of it
    assert len(sheet.visible_shortcuts()) == sum(1 for s in ACTIONS if s.menu == "F&ormat")

    sheet.filter.setText("no such shortcut")
    assert sheet.visible_shortcuts() == []
    assert sheet.empty.isVisible() and not sheet.tree.isVisible()
    assert "“no such shortcut”" in sheet.empty.text()

    sheet.filter.clear()
    assert sheet.tree.isVisible() and not sheet.empty.isVisible()
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def _handled(window: RehearsalWindow, key: Qt.Key) -> bool:
    event = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    return window._handle_key(event)


def test_the_rehearsal_keys_listed_are_exactly_the_keys_it_answers_to(qtbot: QtBot) -> None:
    window = RehearsalWindow(["One.", "Two."], words_per_minute=130, slot_seconds=60)
    qtbot.addWidget(window)
    listed = {key for keys, _ in REHEARSAL_KEYS for key in keys}
    # Escape leaves (closes the window), so it is checked last, on its own.
    for key in Qt.Key:
        if key != Qt.Key.Key_Escape:
            assert _handled(window, key) == (key in listed), key
    assert Qt.Key.Key_Escape in listed
    assert _handled(window, Qt.Key.Key_Escape)
