"""Every window and dialog, walked widget by widget: each control has a name a screen reader
announces, menus say what their actions do, labels point at their controls, no two things
answer to the same Alt+letter, and Tab reaches every control in a sensible order.

Each window is built over a real journal holding entries, moments of both kinds, a tag, a
share with its parts, a person, a saved export and a prompt of the person's own, so lists,
tables and panels are filled the way a person would see them (``tests/ui/a11y_windows.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE
from reflect.core.moment_listing import MomentRow
from reflect.ui.add_to_share_dialog import AddToShareDialog
from reflect.ui.moments_browser import MomentsBrowser
from reflect.ui.preferences import BACKUP_COUNT, DISCREET_MODE
from reflect.ui.preferences_dialog import PreferencesDialog
from reflect.ui.session import JournalSession
from reflect.ui.unlock_dialog import UnlockDialog
from tests.ui.a11y_helpers import (
    accessible_name,
    actions_without_text,
    labels_pointing_nowhere,
    menus_without_alt_key,
    mnemonic_clashes,
    unnamed_controls,
    unreachable_by_tab,
    walk_with_tab,
)
from tests.ui.a11y_windows import MEETING, WINDOWS, Opener, write_story

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def journal_before_session(journal_folder: Path, fast_kdf: KdfParams) -> None:
    write_story(journal_folder, fast_kdf)


@pytest.fixture
def opener(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, session: JournalSession
) -> Iterator[Opener]:
    """(Set up after the session, so torn down before its worker is shut down.)"""
    made = Opener(request, qtbot, tmp_path)
    yield made
    made.close_all()


# Windows that stay open while the person works, rather than dialogs that ask one thing.
WORKING_WINDOWS = {
    "main window",
    "main window (new entry, searching)",
    "moments",
    "insights",
    "look back",
    "shares composer",
    "rehearsal",
}
# What a button that only closes a dialog says.
CLOSING = {"Close", "OK", "Cancel"}


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_window_works_with_a_screen_reader_and_the_keyboard(
    opener: Opener, name: str
) -> None:
    """Every control has a name, every menu item words, every label its control; no two
    things answer to one Alt+letter on any tab page; Tab reaches every control; a dialog
    has a default button for Enter (unless all it can do is close) and Escape closes it."""
    window = WINDOWS[name](opener)
    problems = (
        unnamed_controls(window) + actions_without_text(window) + labels_pointing_nowhere(window)
    )
    problems += menus_without_alt_key(window)
    for _ in pages_shown_in_turn(window):
        found = mnemonic_clashes(window)
        found += [f"Tab never reaches {w}" for w in unreachable_by_tab(opener.qtbot, window)]
        problems += [problem for problem in found if problem not in problems]
    if name not in WORKING_WINDOWS:
        problems += no_default_button(window)
    assert not problems, "\n".join(problems)
    if name not in WORKING_WINDOWS - {"moments", "insights", "look back", "rehearsal"}:
        press(opener.qtbot, Qt.Key.Key_Escape)
        opener.qtbot.waitUntil(lambda: not window.isVisible())


def pages_shown_in_turn(window: QWidget) -> Iterator[None]:
    """Show each page of each tab widget of ``window`` in turn (once if it has none)."""
    yield
    for tabs in window.findChildren(QTabWidget):
        first = tabs.currentIndex()
        for page in range(tabs.count()):
            if page != first:
                tabs.setCurrentIndex(page)
                yield
        tabs.setCurrentIndex(first)


def no_default_button(dialog: QWidget) -> list[str]:
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    if any(b.isDefault() for b in buttons) or all(
        b.text().replace("&", "") in CLOSING for b in buttons
    ):
        return []
    return [f"no default button for Enter among {[b.text() for b in buttons]}"]


def _names(widgets: list[QWidget]) -> list[str]:
    return [accessible_name(w) for w in widgets]


def test_the_unlock_screens_go_from_the_top_down_to_the_buttons(opener: Opener) -> None:
    creating = WINDOWS["unlock (create)"](opener)
    assert _names(walk_with_tab(opener.qtbot, creating)) == [
        "Journal folder",
        "Passphrase",
        "Confirm passphrase",
        "Make a recovery code now (recommended)",
        "Create Journal",
        "Cancel",
    ]
    unlocking = WINDOWS["unlock"](opener)
    assert _names(walk_with_tab(opener.qtbot, unlocking)) == [
        "Passphrase",
        "Forgot your passphrase? Use your recovery code",
        "Unlock",
        "Cancel",
    ]


def test_preferences_go_down_each_column_then_to_the_buttons(opener: Opener) -> None:
    dialog = WINDOWS["preferences"](opener)
    assert _names(walk_with_tab(opener.qtbot, dialog)) == [
        "Auto-lock minutes",
        "Discreet mode",
        "Daily backups to keep",
        "Editor font:",  # a combo box is named by its label
        "Editor font size",
        # "Use System Font" is off while the system's font is used
        "Theme:",
        "Speaking rate",
        "Print size for new shares",
        "Page size:",
        "OK",
        "Cancel",
        "Restore Defaults",
    ]


def test_the_main_window_goes_from_search_to_the_list_to_the_entry(opener: Opener) -> None:
    window = WINDOWS["main window"](opener)
    assert _names(walk_with_tab(opener.qtbot, window))[:9] == [
        "Search",
        "Search filters",
        "Show:",  # the month filter, named by its label
        "Entries",
        "Entry title",
        "Entry date",
        "Entry tags",
        "Check-in:",
        "Entry text",
    ]


def test_focus_lands_where_typing_starts(opener: Opener) -> None:
    dialog = WINDOWS["unlock"](opener)
    opener.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert isinstance(dialog, UnlockDialog) and dialog.focusWidget() is dialog.passphrase


# --- the keyboard alone --------------------------------------------------------------------


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key pressed wherever the focus is now (as a person at the keyboard would)."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)


def tab_to(qtbot: QtBot, widget: QWidget) -> None:
    """Press Tab until ``widget`` has the focus."""
    for _ in range(40):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(widget).__name__}")


def test_preferences_are_changed_and_kept_from_the_keyboard(opener: Opener) -> None:
    dialog = WINDOWS["preferences"](opener)
    assert isinstance(dialog, PreferencesDialog)
    qtbot = opener.qtbot
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tab_to(qtbot, dialog.backup_count)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.backup_count, "12")
    tab_to(qtbot, dialog.discreet_mode)  # round the dialog, back to the top
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = QSettings(str(opener.tmp_path / "p.ini"), QSettings.Format.IniFormat)
    assert BACKUP_COUNT.read(settings) == 12
    assert DISCREET_MODE.read(settings) is True


def test_a_moment_is_found_opened_and_shared_from_the_keyboard(opener: Opener) -> None:
    """Ctrl+Shift+B opens the moments; arrows choose one; Enter opens its words in the
    entry; Ctrl+Shift+A and Enter add it to the share."""
    window = opener.window()
    qtbot = opener.qtbot
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_B, CTRL_SHIFT)
    browser = window.panels.get("moments")
    assert isinstance(browser, MomentsBrowser)
    qtbot.waitUntil(lambda: browser.isActiveWindow() and browser.model.rowCount() == 3)
    tab_to(qtbot, browser.table)
    press(qtbot, Qt.Key.Key_Home)

    def current() -> MomentRow | None:
        return browser.model.moment_at(browser.table.currentIndex().row())

    qtbot.waitUntil(lambda: current() is not None)
    while (moment := current()) is not None and moment.kind != HOPE:
        press(qtbot, Qt.Key.Key_Down)
    assert moment is not None and moment.passage == MEETING[:20]

    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.text.textCursor().selectedText() == MEETING[:20])

    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow)
    browser.table.setFocus()  # where the person left it
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AddToShareDialog))
    press(qtbot, Qt.Key.Key_Return)  # into the share chosen already (the latest)
    opener.settle()
    items = opener.on_worker(lambda journal: journal.get_share(journal.shares()[0].id).items)
    assert [item.text for item in items][-1] == MEETING[:20]


def test_the_walker_finds_each_kind_of_problem(qtbot: QtBot) -> None:
    """The checks above pass because the windows are right, not because they look at
    nothing: a dialog with one of each mistake is caught on every count."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    unnamed = QLineEdit()
    named_by_label = QLineEdit()
    combo_named_in_code_only = QComboBox()  # Linux screen readers hear only its choice
    combo_named_in_code_only.addItem("Weekly")
    combo_named_in_code_only.setAccessibleName("Grouping")
    gone = QLineEdit()
    pointing_nowhere = QLabel("&Old field:")
    pointing_nowhere.setBuddy(gone)
    label = QLabel("&Name:")
    label.setBuddy(named_by_label)
    clashing = QPushButton("&Next")
    layout = QFormLayout(dialog)
    layout.addRow(unnamed)
    layout.addRow(label, named_by_label)
    layout.addRow(combo_named_in_code_only)
    layout.addRow(pointing_nowhere)
    layout.addRow(clashing)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(gone))

    problems = unnamed_controls(dialog)
    assert len(problems) == 2 and "QLineEdit" in problems[0] and "QComboBox" in problems[1]
    assert labels_pointing_nowhere(dialog) == ["label '&Old field:' in QDialog"]
    assert mnemonic_clashes(dialog) == ["Alt+N: label '&Name:', QPushButton '&Next' in QDialog"]
