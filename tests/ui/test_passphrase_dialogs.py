"""The passphrase and recovery code dialogs, driven like a person would, on the real worker."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import KEY_FILE_NAME, Journal
from reflect.core.recovery import RECOVERY_CODE_PURPOSE, WrongRecoveryCode
from reflect.ui.passphrase_dialogs import (
    ChangePassphraseDialog,
    RecoveryUnlockDialog,
    change_passphrase,
    show_new_recovery_code,
)
from reflect.ui.recovery_code_dialog import (
    RecoveryCodeDialog,
    print_recovery_code,
    recovery_code_document,
)
from reflect.ui.session import JournalSession
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.helpers import opens_with
from tests.ui.qt_helpers import answer_next_message_box, pdf_text, unlock, widgets_holding

NEW = "a slower morning"


def type_into(
    qtbot: QtBot,
    dialog: ChangePassphraseDialog | RecoveryUnlockDialog,
    first: str,
    new: str,
    again: str,
) -> None:
    """Type into a dialog's first field (current passphrase or code) and the new one, twice."""
    first_field = dialog.code if isinstance(dialog, RecoveryUnlockDialog) else dialog.current
    for field, text in zip(
        (first_field, dialog.new_passphrase, dialog.confirmation), (first, new, again), strict=True
    ):
        field.clear()
        qtbot.keyClicks(field, text)


def assert_every_control_is_named(dialog: QWidget) -> None:
    for control in dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton):
        assert control.accessibleName(), control


# --- Change Passphrase -------------------------------------------------------------------------


def change_dialog(
    qtbot: QtBot, window: QWidget, worker: JournalWorker, fast_kdf: KdfParams
) -> ChangePassphraseDialog:
    dialog = change_passphrase(window, worker, kdf=fast_kdf)
    assert dialog.isVisible()
    return dialog


def test_changing_the_passphrase_in_the_dialog(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    dialog = change_dialog(qtbot, window, worker, fast_kdf)
    assert_every_control_is_named(dialog)
    for field in (dialog.current, dialog.new_passphrase, dialog.confirmation):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    type_into(qtbot, dialog, PASSPHRASE, NEW, NEW)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "Changed your passphrase" in dialog.message.text())
    assert dialog.cancel_button.text() == "Close"
    assert widgets_holding(NEW) == []  # nothing typed stays in a widget
    assert opens_with(journal_folder, NEW)
    assert not opens_with(journal_folder, PASSPHRASE)
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_a_wrong_current_passphrase_keeps_what_was_typed(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    key_file = (journal_folder / KEY_FILE_NAME).read_bytes()
    dialog = change_dialog(qtbot, window, worker, fast_kdf)
    type_into(qtbot, dialog, "not it", NEW, NEW)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "isn't your current passphrase" in dialog.message.text())
    assert not dialog.busy and dialog.change_button.isEnabled()
    assert (dialog.current.text(), dialog.new_passphrase.text()) == ("not it", NEW)
    assert (journal_folder / KEY_FILE_NAME).read_bytes() == key_file


@pytest.mark.parametrize(
    "typed",
    [
        ("", NEW, NEW, "type your current passphrase"),
        (PASSPHRASE, "", "", "can't be empty"),
        (PASSPHRASE, NEW, NEW + "!", "don't match"),
    ],
)
def test_what_is_missing_is_said_before_anything_runs(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    fast_kdf: KdfParams,
    typed: tuple[str, str, str, str],
) -> None:
    current, new, again, says = typed
    dialog = change_dialog(qtbot, window, worker, fast_kdf)
    type_into(qtbot, dialog, current, new, again)
    dialog.change_button.click()
    assert says in dialog.message.text()
    assert not dialog.busy and not worker.busy


# --- Recovery Code -----------------------------------------------------------------------------


def code_dialog(
    qtbot: QtBot, window: QWidget, worker: JournalWorker, fast_kdf: KdfParams
) -> RecoveryCodeDialog:
    dialog = show_new_recovery_code(window, worker, kdf=fast_kdf)
    qtbot.waitUntil(lambda: not dialog.busy)  # it has asked whether there is a code already
    return dialog


def use_code(qtbot: QtBot, dialog: RecoveryCodeDialog, passphrase: str = PASSPHRASE) -> None:
    dialog.saved.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    dialog.use_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)


def test_a_recovery_code_is_kept_only_once_it_is_saved(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    dialog = code_dialog(qtbot, window, worker, fast_kdf)
    assert_every_control_is_named(dialog)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert RECOVERY_CODE_PURPOSE in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.code_label.text() == dialog.code
    assert dialog.code_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert dialog.code_label.font().family() == fixed.family()
    assert dialog.code_label.font().pointSizeF() > 1.5 * dialog.font().pointSizeF()
    assert not dialog.replaces_note.isVisible() and not dialog.remove_button.isVisible()
    assert not dialog.use_button.isEnabled()  # until it is written down
    use_code(qtbot, dialog)
    assert "Your recovery code is ready." in dialog.message.text()
    assert "old code" not in dialog.message.text()
    Journal.unlock_with_recovery_code(journal_folder, dialog.code).lock()


def test_a_new_code_says_it_replaces_the_old_one(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    first = code_dialog(qtbot, window, worker, fast_kdf)
    use_code(qtbot, first)
    old_code = first.code
    first.cancel_button.click()
    second = code_dialog(qtbot, window, worker, fast_kdf)
    assert second.replaces_note.isVisible() and second.remove_button.isVisible()
    assert second.code != old_code
    use_code(qtbot, second)
    assert "Your old code no longer works." in second.message.text()
    with pytest.raises(WrongRecoveryCode):
        Journal.unlock_with_recovery_code(journal_folder, old_code)


def test_closing_before_using_the_code_changes_nothing(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    key_file = (journal_folder / KEY_FILE_NAME).read_bytes()
    dialog = code_dialog(qtbot, window, worker, fast_kdf)
    dialog.saved.setChecked(True)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert (journal_folder / KEY_FILE_NAME).read_bytes() == key_file


def test_the_code_needs_the_passphrase(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    key_file = (journal_folder / KEY_FILE_NAME).read_bytes()
    dialog = code_dialog(qtbot, window, worker, fast_kdf)
    dialog.saved.setChecked(True)
    dialog.use_button.click()
    assert "type your passphrase first" in dialog.message.text()
    use_code(qtbot, dialog, "someone else")
    assert "isn't your passphrase" in dialog.message.text()
    assert dialog.use_button.isEnabled() and dialog.passphrase.text() == "someone else"
    assert (journal_folder / KEY_FILE_NAME).read_bytes() == key_file


def test_the_code_can_be_removed(
    qtbot: QtBot,
    window: QWidget,
    worker: JournalWorker,
    journal_folder: Path,
    fast_kdf: KdfParams,
) -> None:
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    dialog = code_dialog(qtbot, window, worker, fast_kdf)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    asked: list[str] = []
    answer_next_message_box("Yes", asked)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: "Removed your recovery code" in dialog.message.text())
    assert "only your passphrase opens your journal" in asked[0]
    assert not dialog.code_label.isVisible() and not dialog.code_label.text()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert not journal.has_recovery_code()


def test_the_printed_page_holds_the_code_and_what_it_is_for(qtbot: QtBot, tmp_path: Path) -> None:
    code = "7K3M-Q9TZ-ABCD-EFGH-JKMN-PQRS-TVWX"
    assert code in recovery_code_document(code, tmp_path / "journal").toPlainText()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "code.pdf"))
    print_recovery_code(code, printer, tmp_path / "journal")
    text = unicodedata.normalize("NFKC", pdf_text(tmp_path / "code.pdf"))  # "fl": a ligature
    assert code in text.split()  # whole, never broken over lines
    assert "the only other way into your journal" in " ".join(text.split())
    assert str(tmp_path / "journal") in "".join(text.splitlines())  # a long path wraps


# --- locking with a dialog open ----------------------------------------------------------------


def test_locking_closes_the_dialogs_and_forgets_what_they_showed(
    qtbot: QtBot, session: JournalSession, fast_kdf: KdfParams
) -> None:
    unlock(qtbot, session)
    window, worker = session.window, session.worker
    assert window is not None
    codes = code_dialog(qtbot, window, worker, fast_kdf)
    code = codes.code
    qtbot.keyClicks(codes.passphrase, "half typed")
    session.lock()
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    assert not codes.isVisible()
    qtbot.waitUntil(lambda: widgets_holding(code) == [] and widgets_holding("half typed") == [])

    unlock(qtbot, session)
    changing = change_passphrase(window, worker, kdf=fast_kdf)
    qtbot.keyClicks(changing.new_passphrase, "half typed")
    session.lock()
    assert not changing.isVisible()
    qtbot.waitUntil(lambda: widgets_holding("half typed") == [])


# --- Forgot your passphrase? -------------------------------------------------------------------


@pytest.fixture
def recovery_code(journal_folder: Path, fast_kdf: KdfParams) -> str:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="Before I forgot")
        return journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)


@pytest.fixture
def locked_session(recovery_code: str, session: JournalSession) -> JournalSession:
    """The conftest session, started on a journal that has a recovery code (made first)."""
    return session


def open_recovery(session: JournalSession) -> UnlockDialog:
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.forgot_button.isVisible()
    assert dialog.forgot_button.accessibleName()
    dialog.forgot_button.click()
    assert dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible()
    return dialog


def test_the_recovery_code_opens_the_journal_with_a_new_passphrase(
    qtbot: QtBot, locked_session: JournalSession, recovery_code: str, journal_folder: Path
) -> None:
    unlock_dialog = open_recovery(locked_session)
    recovery = unlock_dialog.recovery_dialog
    assert recovery is not None
    assert_every_control_is_named(recovery)
    typed = " ".join(recovery_code.lower().split("-"))
    type_into(qtbot, recovery, typed, NEW, NEW)
    recovery.unlock_button.click()
    qtbot.waitUntil(lambda: locked_session.window is not None and locked_session.window.isVisible())
    assert not unlock_dialog.isVisible()
    assert widgets_holding(NEW) == []
    assert opens_with(journal_folder, NEW) and not opens_with(journal_folder, PASSPHRASE)


def test_a_typo_in_the_recovery_code_is_told_at_once(
    qtbot: QtBot, locked_session: JournalSession, recovery_code: str
) -> None:
    recovery = open_recovery(locked_session).recovery_dialog
    assert recovery is not None
    typo = ("B" if recovery_code[0] != "B" else "C") + recovery_code[1:]
    type_into(qtbot, recovery, typo, NEW, NEW)
    recovery.unlock_button.click()
    assert "typo" in recovery.message.text()
    assert not recovery.busy and recovery.code.text() == typo


def test_an_old_recovery_code_is_told_apart_from_a_typo(
    qtbot: QtBot, locked_session: JournalSession, journal_folder: Path, fast_kdf: KdfParams
) -> None:
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        old = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
        journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    recovery = open_recovery(locked_session).recovery_dialog
    assert recovery is not None
    type_into(qtbot, recovery, old, NEW, NEW)
    recovery.unlock_button.click()
    qtbot.waitUntil(lambda: "only the newest one works" in recovery.message.text())
    assert not recovery.busy and recovery.new_passphrase.text() == NEW
    assert opens_with(journal_folder, PASSPHRASE)


def test_a_new_journal_offers_no_recovery(qtbot: QtBot, session: JournalSession) -> None:
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.creating
    assert not dialog.forgot_button.isVisible()
