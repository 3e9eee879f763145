"""``UnlockDialog``: the first thing a person sees. Creates a journal or unlocks one.

The key derivation runs on the journal worker, so the dialog stays responsive (and says
what it is doing) while the passphrase is checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import JournalError, WrongPassphrase
from reflect.core.journal import journal_exists
from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.passphrase_dialogs import RecoveryUnlockDialog
from reflect.ui.worker import JournalWorker


class UnlockDialog(QDialog):
    """Asks for the passphrase; accepted once the journal is open on the worker."""

    def __init__(
        self,
        worker: JournalWorker,
        folder: Path,
        parent: QWidget | None = None,
        **journal_options: Any,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._folder = folder
        self._journal_options = journal_options
        self._creating = not journal_exists(folder)
        self.setWindowTitle("Reflect")
        self.setMinimumWidth(460)

        heading = QLabel(self._heading_text())
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName("Confirm passphrase")

        form = QFormLayout()
        form.addRow("&Passphrase:", self.passphrase)
        self.forgot_button = QPushButton("Forgot your passphrase? Use your recovery code")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName("Forgot your passphrase? Use your recovery code")
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        self.recovery_dialog: RecoveryUnlockDialog | None = None
        if self._creating:
            self.forgot_button.hide()  # a new journal has no recovery code yet
            self.passphrase.setAccessibleDescription(
                "Choose a passphrase. It can't be recovered if you forget it."
            )
            form.addRow("&Type it again:", self.confirmation)
        else:
            self.confirmation.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName("Message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons, self.open_button, self.cancel_button = ok_cancel_buttons(
            self, "Create Journal" if self._creating else "Unlock"
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    @property
    def creating(self) -> bool:
        """Whether this dialog makes a new journal (rather than unlocking one)."""
        return self._creating

    def _heading_text(self) -> str:
        if self._creating:
            return (
                "Welcome to Reflect. Your journal will be kept in this folder, encrypted, on "
                f"this computer only:\n{self._folder}\n\nChoose a passphrase to protect it. "
                "Nobody can open the journal without it, not even you, so keep it somewhere "
                "safe."
            )
        return f"Welcome back. Your journal is in:\n{self._folder}"

    def _on_buttons_accepted(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_message("Please type your passphrase.")
            return
        if self._creating and passphrase != self.confirmation.text():
            self._show_message("The two passphrases don't match yet. Please type them again.")
            self.confirmation.clear()
            self.confirmation.setFocus()
            return
        self._set_busy(True)
        self._show_message("Creating your journal…" if self._creating else "Opening your journal…")
        self._worker.open_journal(
            self._folder,
            passphrase,
            create=self._creating,
            on_done=self._on_worker_opened,
            on_error=self._on_worker_failed,
            **self._journal_options,
        )

    def _on_forgot_button_clicked(self) -> None:
        """The recovery code opens the journal once a new passphrase is chosen with it."""
        recovery = RecoveryUnlockDialog(
            self._worker, self._folder, self, kdf=self._journal_options.get("kdf")
        )
        recovery.accepted.connect(lambda: self._on_worker_opened(None))
        recovery.open()
        self.recovery_dialog = recovery

    def _on_worker_opened(self, _: object) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self.accept()

    def _on_worker_failed(self, error: JournalError) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._show_message("That passphrase didn't open this journal. Try again?")
        else:
            self._show_message(str(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.confirmation, self.open_button, self.forgot_button):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        """Cancel is ignored while the journal is being opened, to keep one clear outcome."""
        if self._worker.busy:
            return
        super().reject()
