"""Changing the passphrase, and setting a new one with the recovery code.

``change_passphrase(window, worker)`` and ``show_new_recovery_code(window, worker)`` are
what the main window's "Change Passphrase…" and "Recovery Code…" call.
``RecoveryUnlockDialog`` is the unlock screen's "Forgot your passphrase?" path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import JournalError, WrongPassphrase
from reflect.core.recovery import RecoveryCodeMistyped, normalize_recovery_code
from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.messages import error_text
from reflect.ui.recovery_code_dialog import RecoveryCodeDialog
from reflect.ui.secret_dialog import SecretDialog, passphrase_field, plain_label
from reflect.ui.worker import JournalWorker


def change_passphrase(
    window: QWidget, worker: JournalWorker, *, kdf: KdfParams | None = None
) -> ChangePassphraseDialog:
    """Open the "Change Passphrase" dialog over ``window`` (returned, for tests)."""
    dialog = ChangePassphraseDialog(worker, window, kdf=kdf)
    dialog.open()
    return dialog


def show_new_recovery_code(
    window: QWidget, worker: JournalWorker, *, kdf: KdfParams | None = None
) -> RecoveryCodeDialog:
    """Open the "Recovery Code" dialog over ``window`` (returned, for tests)."""
    dialog = RecoveryCodeDialog(worker, window, kdf=kdf)
    dialog.open()
    return dialog


class ChangePassphraseDialog(SecretDialog):
    """Current passphrase, then the new one twice; the change runs on the journal worker."""

    def __init__(
        self, worker: JournalWorker, parent: QWidget | None, *, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(worker, parent)
        self._kdf = kdf
        self.setWindowTitle(
            QCoreApplication.translate("ChangePassphraseDialog", "Change Passphrase")
        )
        heading = plain_label(
            QCoreApplication.translate(
                "ChangePassphraseDialog",
                "Type your current passphrase, then choose a new one. Only the way your journal "
                "opens changes; everything you wrote stays as it is.",
            )
        )
        self.current = passphrase_field(
            QCoreApplication.translate("ChangePassphraseDialog", "Current passphrase")
        )
        self.new_passphrase = passphrase_field(
            QCoreApplication.translate("passphrase_dialogs", "New passphrase")
        )
        self.confirmation = passphrase_field(
            QCoreApplication.translate("passphrase_dialogs", "Confirm new passphrase")
        )
        self.buttons, self.change_button, self.cancel_button = _lay_out(
            self,
            heading,
            (
                QCoreApplication.translate("ChangePassphraseDialog", "&Current passphrase:"),
                self.current,
            ),
            QCoreApplication.translate("ChangePassphraseDialog", "Change Passphrase"),
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.current.setFocus()

    def inputs(self) -> list[QWidget]:
        """Disabled while the change runs."""
        return [self.current, self.new_passphrase, self.confirmation, self.change_button]

    def _on_buttons_accepted(self) -> None:
        old, new = self.current.text(), self.new_passphrase.text()
        if not old:
            self.show_message(
                QCoreApplication.translate(
                    "ChangePassphraseDialog", "Please type your current passphrase."
                )
            )
            self.current.setFocus()
            return
        problem = _new_passphrase_problem(new, self.confirmation.text())
        if problem:
            self.show_message(problem)
            self.new_passphrase.setFocus()
            return
        self.show_message(
            QCoreApplication.translate("ChangePassphraseDialog", "Changing your passphrase…")
        )
        kdf = self._kdf
        self.submit(
            lambda journal: journal.change_passphrase(old, new, kdf=kdf),
            self._on_worker_changed,
            self._on_worker_failed,
        )

    def _on_worker_changed(self, _: object) -> None:
        for field in (self.current, self.new_passphrase, self.confirmation):
            field.clear()
            field.hide()
        self.change_button.hide()
        self.cancel_button.setText(QCoreApplication.translate("ChangePassphraseDialog", "Close"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("ChangePassphraseDialog", "Close")
        )
        self.cancel_button.setFocus()
        self.show_message(
            QCoreApplication.translate(
                "ChangePassphraseDialog",
                "Changed your passphrase. From now on, use the new one; the old one no longer "
                "opens your journal.",
            )
        )

    def _on_worker_failed(self, error: JournalError) -> None:
        if isinstance(error, WrongPassphrase):
            self.show_message(
                QCoreApplication.translate(
                    "ChangePassphraseDialog",
                    "That isn't your current passphrase, so nothing was changed. Try again?",
                )
            )
            self.current.selectAll()
            self.current.setFocus()
        else:
            self.show_message(error_text(error))


class RecoveryUnlockDialog(SecretDialog):
    """The recovery code opens the journal, and a new passphrase must be chosen with it.

    Accepted once the journal is open on the worker with the new passphrase.
    """

    def __init__(
        self,
        worker: JournalWorker,
        folder: Path,
        parent: QWidget | None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self._folder = folder
        self._kdf = kdf
        self.setWindowTitle(
            QCoreApplication.translate("RecoveryUnlockDialog", "Use Your Recovery Code")
        )
        heading = plain_label(
            QCoreApplication.translate(
                "RecoveryUnlockDialog",
                "Type the recovery code you wrote down or printed. Capitals, spaces and dashes "
                "don't matter. Then choose a new passphrase: from now on it opens your journal, "
                "and your recovery code keeps working too.",
            )
        )
        # Shown as typed: people copy it from paper and need to see what they typed.
        self.code = QLineEdit()
        self.code.setAccessibleName(
            QCoreApplication.translate("RecoveryUnlockDialog", "Recovery code")
        )
        self.code.setPlaceholderText(
            QCoreApplication.translate("RecoveryUnlockDialog", "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        )
        self.new_passphrase = passphrase_field(
            QCoreApplication.translate("passphrase_dialogs", "New passphrase")
        )
        self.confirmation = passphrase_field(
            QCoreApplication.translate("passphrase_dialogs", "Confirm new passphrase")
        )
        self.buttons, self.unlock_button, self.cancel_button = _lay_out(
            self,
            heading,
            (QCoreApplication.translate("RecoveryUnlockDialog", "&Recovery code:"), self.code),
            QCoreApplication.translate("RecoveryUnlockDialog", "Unlock"),
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.code.setFocus()

    def inputs(self) -> list[QWidget]:
        """Disabled while the code is checked and the journal opened."""
        return [self.code, self.new_passphrase, self.confirmation, self.unlock_button]

    def _on_buttons_accepted(self) -> None:
        try:
            code = normalize_recovery_code(self.code.text())  # a typo is told at once
        except RecoveryCodeMistyped as error:
            self.show_message(error_text(error))
            self.code.setFocus()
            return
        new = self.new_passphrase.text()
        problem = _new_passphrase_problem(new, self.confirmation.text())
        if problem:
            self.show_message(problem)
            self.new_passphrase.setFocus()
            return
        self.show_message(
            QCoreApplication.translate("RecoveryUnlockDialog", "Checking your recovery code…")
        )
        folder, kdf = self._folder, self._kdf

        def set_new_passphrase() -> None:
            # Here, on its thread: the unlock screen this dialog opens from paints without
            # importing the whole core.
            from reflect.core.journal import Journal  # noqa: PLC0415

            with Journal.unlock_with_recovery_code(folder, code) as journal:
                journal.set_passphrase(new, kdf=kdf)

        # The worker runs calls on an open journal only, so the code is checked on a
        # thread of its own; the worker then opens the journal with the new passphrase.
        self.run_in_background(
            set_new_passphrase, lambda _: self._open_with(new), self._on_recovery_failed
        )

    def _open_with(self, passphrase: str) -> None:
        self.show_message(
            QCoreApplication.translate(
                "RecoveryUnlockDialog", "Your new passphrase is set. Opening your journal…"
            )
        )
        self._set_busy(True)
        self._worker.open_journal(
            self._folder,
            passphrase,
            create=False,
            on_done=self._if_open(lambda _: self.accept()),
            on_error=self._if_open(self._on_opening_failed),
        )

    def _on_recovery_failed(self, error: JournalError) -> None:
        self.show_message(error_text(error))
        self.code.selectAll()
        self.code.setFocus()

    def _on_opening_failed(self, error: JournalError) -> None:
        said = QCoreApplication.translate(
            "RecoveryUnlockDialog",
            "Your new passphrase is set, but the journal didn't open: {reason}",
        )
        self.show_message(said.format(reason=error_text(error)))


def _lay_out(
    dialog: ChangePassphraseDialog | RecoveryUnlockDialog,
    heading: QWidget,
    first: tuple[str, QWidget],
    action: str,
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Heading, a form of ``first`` then the new passphrase twice, the message line, and
    ``action`` / Cancel buttons; returns the button box and its two buttons."""
    form = QFormLayout()
    form.addRow(*first)
    form.addRow(
        QCoreApplication.translate("passphrase_dialogs", "&New passphrase:"), dialog.new_passphrase
    )
    form.addRow(
        QCoreApplication.translate("passphrase_dialogs", "&Type it again:"), dialog.confirmation
    )
    buttons, ok, cancel = ok_cancel_buttons(dialog, action)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading)
    layout.addLayout(form)
    layout.addWidget(dialog.message)
    layout.addWidget(buttons)
    return buttons, ok, cancel


def _new_passphrase_problem(new: str, confirmation: str) -> str:
    if not new:
        return QCoreApplication.translate(
            "passphrase_dialogs", "Please choose a new passphrase; it can't be empty."
        )
    if new != confirmation:
        return QCoreApplication.translate(
            "passphrase_dialogs", "The two new passphrases don't match yet. Please type them again."
        )
    return ""
