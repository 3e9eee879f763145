"""Discreet mode: every Reflect window says only "Notes", with a plain document icon, and
turning it off gives each window its own title back, without restarting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.apply_preferences import apply_preferences
from reflect.ui.discreet import DiscreetMode, discreet_mode
from reflect.ui.preferences import DISCREET_MODE
from reflect.ui.preferences_dialog import PreferencesDialog
from reflect.ui.session import JournalSession
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import end_session, unlock

NOTES = "Notes"


@pytest.fixture
def discreet(qapp: QApplication) -> Iterator[DiscreetMode]:
    """The application's discreet mode, turned off again after the test (the application,
    and so its name and icon, outlive the test)."""
    mode = discreet_mode(qapp)
    yield mode
    mode.set_on(False)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def discreet_session(
    qtbot: QtBot,
    journal_folder: Path,
    fast_kdf: KdfParams,
    settings: QSettings,
    discreet: DiscreetMode,
) -> Iterator[JournalSession]:
    """A session started the way ``run_app`` starts one, with discreet mode chosen."""
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    DISCREET_MODE.write(settings, True)
    apply_preferences(settings)  # as run_app does, before the first window
    started = JournalSession(journal_folder, settings)
    started.start()
    yield started
    end_session(started)


def same_icon(first: QIcon, second: QIcon) -> bool:
    return first.cacheKey() == second.cacheKey()


def choose_in_preferences(discreet_on: bool) -> None:
    """Tick or untick "Discreet mode" in the Preferences dialog about to open, and save."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.discreet_mode.setChecked(discreet_on)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_every_window_says_notes_and_the_real_titles_come_back_when_turned_off(
    qtbot: QtBot, discreet_session: JournalSession, discreet: DiscreetMode, qapp: QApplication
) -> None:
    dialog = discreet_session.dialog
    assert dialog is not None
    assert dialog.windowTitle() == NOTES  # the unlock screen, from the very start
    assert qapp.applicationDisplayName() == NOTES
    assert same_icon(qapp.windowIcon(), discreet.icon)
    assert same_icon(dialog.windowIcon(), discreet.icon)

    unlock(qtbot, discreet_session)
    window = discreet_session.window
    assert window is not None
    moments = window.actions_by_key["browse_moments"]
    moments.trigger()
    panel = window.panels["moments"]
    assert isinstance(panel, QWidget)
    qtbot.waitUntil(panel.isVisible)
    assert [window.windowTitle(), panel.windowTitle()] == [NOTES, NOTES]
    assert same_icon(window.windowIcon(), discreet.icon)

    choose_in_preferences(False)
    window.actions_by_key["preferences"].trigger()
    qtbot.waitUntil(lambda: not discreet.on)  # once OK is pressed
    assert [window.windowTitle(), panel.windowTitle()] == ["Reflect", "Moments"]
    assert not same_icon(qapp.windowIcon(), discreet.icon)
    assert qapp.applicationDisplayName() != NOTES

    choose_in_preferences(True)
    window.actions_by_key["preferences"].trigger()
    qtbot.waitUntil(lambda: discreet.on)
    assert [window.windowTitle(), panel.windowTitle()] == [NOTES, NOTES]


def test_windows_made_later_and_titles_set_later_say_notes_too(
    qtbot: QtBot, discreet: DiscreetMode
) -> None:
    discreet.set_on(True)
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setWindowTitle("Backup Made")
    assert box.windowTitle() == NOTES
    box.show()
    assert box.windowTitle() == NOTES
    later = QWidget()
    qtbot.addWidget(later)
    later.show()  # a window with no title of its own is neutral too
    assert later.windowTitle() == NOTES

    discreet.set_on(False)
    assert box.windowTitle() == "Backup Made"
    assert later.windowTitle() == ""
    box.setWindowTitle("Backup Not Made")  # once off, titles are left alone
    assert box.windowTitle() == "Backup Not Made"


def test_the_unlock_screen_after_a_lock_says_notes(
    qtbot: QtBot, discreet_session: JournalSession
) -> None:
    unlock(qtbot, discreet_session)
    discreet_session.lock()
    dialog = discreet_session.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == NOTES


def test_off_by_default_nothing_changes(
    qtbot: QtBot, session: JournalSession, qapp: QApplication, discreet: DiscreetMode
) -> None:
    assert not discreet.on
    dialog = session.dialog
    assert dialog is not None and dialog.windowTitle() == "Reflect"
    assert qapp.applicationDisplayName() != NOTES
