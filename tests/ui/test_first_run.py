"""The first run, through real widgets and a real journal: the welcome, the strength hint,
the recovery code offered right there, and a first prompt to write from."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.core import passphrase_strength as core
from reflect.core.journal import Journal
from reflect.core.prompts import suggestion_for
from reflect.ui.first_run import first_prompt
from reflect.ui.main_window import MainWindow
from reflect.ui.passphrase_strength_hint import HINTS, LEVELS
from reflect.ui.recovery_code_dialog import RecoveryCodeDialog
from reflect.ui.session import JournalSession
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.ui.a11y_helpers import unnamed_controls, walk_with_tab
from tests.ui.qt_helpers import unlock


@pytest.fixture
def session(session: JournalSession) -> Iterator[JournalSession]:
    """The usual session, its unlock screen closed afterwards: a dialog left on screen would
    be found by a later test that looks for the unlock screen among the windows."""
    yield session
    if session.dialog is not None:
        session.dialog.close()


def first_dialog(session: JournalSession) -> UnlockDialog:
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible() and dialog.creating
    return dialog


def code_dialogs(window: MainWindow) -> list[RecoveryCodeDialog]:
    return [d for d in window.findChildren(RecoveryCodeDialog) if d.isVisible()]


def test_the_welcome_says_where_the_journal_lives_and_the_three_promises(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    dialog = first_dialog(session)
    welcome = dialog.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.heading.text() == "Welcome to Reflect"
    # The real folder, whole, selectable and copyable (also from the keyboard), not editable.
    assert welcome.folder_field.text() == str(journal_folder)
    assert welcome.folder_field.isReadOnly()
    assert welcome.folder_field.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "on this computer" in welcome.where.text()
    assert "encrypted" in welcome.private.text()
    assert "never sent anywhere" in welcome.private.text()
    assert "internet" in welcome.private.text()
    assert "nobody can reset it" in welcome.forgotten.text()
    assert "recovery code" in welcome.forgotten.text()
    # The recovery code is offered right there, and recommended.
    assert dialog.make_recovery_code.isVisible() and dialog.make_recovery_code.isChecked()
    assert "(recommended)" in dialog.make_recovery_code.text()
    assert dialog.open_button.text() == "Create Journal"
    assert not dialog.forgot_button.isVisible()  # nothing to recover yet
    assert unnamed_controls(dialog) == []
    # Tab: the folder, the passphrase, again, the offer, then the buttons, and round.
    order = walk_with_tab(qtbot, dialog, welcome.folder_field)
    assert order[:4] == [
        welcome.folder_field,
        dialog.passphrase,
        dialog.confirmation,
        dialog.make_recovery_code,
    ]
    assert dialog.open_button in order and dialog.cancel_button in order


def test_unlocking_an_existing_journal_shows_no_welcome(
    qtbot: QtBot, session: JournalSession
) -> None:
    unlock(qtbot, session)
    session.lock()
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible() and not dialog.creating
    assert dialog.welcome is None and dialog.strength_hint is None
    assert not dialog.make_recovery_code.isVisible() and not dialog.recovery_code_wanted
    assert dialog.forgot_button.isVisible()


def test_the_strength_hint_follows_the_new_passphrase_in_words(
    qtbot: QtBot, session: JournalSession
) -> None:
    dialog = first_dialog(session)
    hint = dialog.strength_hint
    assert hint is not None and hint.isVisible()
    assert hint.advice.text() == HINTS[core.Reason.SHORT]  # a nudge before anything is typed
    assert hint.bar.format() == ""

    qtbot.keyClicks(dialog.passphrase, "Password1!")
    assert hint.advice.text() == "That one is very common — someone could guess it."
    assert hint.bar.format() == "Weak" and hint.bar.value() == core.Level.WEAK
    description = dialog.passphrase.accessibleDescription()
    assert description.startswith("Choose a passphrase. It can't be recovered if you forget it.")
    assert "Weak. That one is very common" in description

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "a river, two crows and the smell of rain")
    assert hint.bar.format() == "Strong" and hint.bar.value() == core.Level.STRONG
    assert hint.advice.text() == "Strong. Choose one you'll remember, too."
    assert "Strong." in dialog.passphrase.accessibleDescription()
    # The passphrase itself is never in the hint, on the bar or in what is read out.
    for shown in (hint.advice.text(), hint.bar.format(), dialog.passphrase.accessibleDescription()):
        assert "crows" not in shown


def test_the_words_on_screen_are_the_core_hints_for_every_reason_and_level() -> None:
    assert {reason: HINTS[reason] for reason in core.Reason} == core.HINTS
    assert [LEVELS[level] for level in core.Level] == ["Too short", "Weak", "Fair", "Strong"]


def test_the_hint_is_advice_only_a_weak_passphrase_still_creates_the_journal(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    dialog = first_dialog(session)
    unlock(qtbot, session, "qwerty")
    assert session.window is not None and session.window.isVisible()
    Journal.unlock(journal_folder, "qwerty").lock()
    assert dialog.passphrase.text() == "" and dialog.confirmation.text() == ""


def test_the_recovery_code_comes_up_after_creating_and_can_be_saved_there(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    unlock(qtbot, session, recovery_code=True)
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: len(code_dialogs(window)) == 1)
    (dialog,) = code_dialogs(window)
    qtbot.waitUntil(lambda: not dialog.busy)  # it has asked whether there is a code already
    assert dialog.code_label.text() == dialog.code
    assert not dialog.replaces_note.isVisible()  # a new journal has no earlier code

    dialog.saved.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.use_button.click()
    qtbot.waitUntil(lambda: "Your recovery code is ready." in dialog.message.text())
    Journal.unlock_with_recovery_code(journal_folder, dialog.code).lock()

    dialog.cancel_button.click()  # "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.focusWidget() is window.editor.text  # back to the first entry


def test_no_recovery_code_dialog_when_the_offer_is_unchecked(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    unlock(qtbot, session, recovery_code=False)
    window = session.window
    assert window is not None
    banner = window.editor.prompt_banner
    qtbot.waitUntil(lambda: banner.current_prompt() == first_prompt())  # the first run ran
    assert code_dialogs(window) == []
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert not journal.has_recovery_code()


def test_the_first_entry_offers_a_gentle_prompt_with_the_cursor_in_the_text(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    banner = window.editor.prompt_banner
    qtbot.waitUntil(lambda: banner.isVisible() and banner.current_prompt() == first_prompt())
    assert banner.prompt_text.text() == first_prompt().text
    assert "no wrong way to begin" in first_prompt().text
    assert window.editor.entry_id is None and window.editor.is_blank  # a new, empty entry
    assert window.focusWidget() is window.editor.text
    assert window.editor.title.text() == ""  # offered, not imposed

    banner.use_button.click()  # the same path as any prompt: it becomes the title
    assert window.editor.title.text() == first_prompt().text
    qtbot.keyClicks(window.editor.text, "Tired, but here.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    window.close()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        (entry,) = journal.iter_entries()
        assert (entry.title, entry.text) == (first_prompt().text, "Tired, but here.")


def test_a_later_unlock_offers_the_day_s_prompt_and_no_recovery_code(
    qtbot: QtBot, session: JournalSession
) -> None:
    unlock(qtbot, session, recovery_code=True)
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: len(code_dialogs(window)) == 1)
    code_dialogs(window)[0].cancel_button.click()  # not now: File → Recovery Code… later
    session.lock()  # nothing written: the next unlock opens a new entry again
    qtbot.waitUntil(lambda: not session.worker.busy)

    unlock(qtbot, session)
    banner = window.editor.prompt_banner
    today = suggestion_for(date.today())
    qtbot.waitUntil(lambda: banner.isVisible() and banner.current_prompt() == today)
    assert today != first_prompt()
    assert code_dialogs(window) == []


def test_the_folder_field_shows_a_long_path_without_stretching_the_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path.joinpath(*["a-rather-long-folder-name"] * 12) / "journal"
    worker = JournalWorker()
    try:
        dialog = UnlockDialog(worker, folder)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.welcome is not None
        field = dialog.welcome.folder_field
        assert field.text() == str(folder)
        assert dialog.width() < field.fontMetrics().horizontalAdvance(str(folder))
    finally:
        worker.shutdown()
