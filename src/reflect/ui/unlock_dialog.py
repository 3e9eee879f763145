"""``UnlockDialog``: the first thing a person sees. Creates a journal or unlocks one.

When there is no journal yet it is the first run: the welcome (where the journal lives,
that it stays encrypted on this computer, what a recovery code is for) sits above the
passphrase fields, with a strength hint under the new passphrase and the offer of a
recovery code. The key derivation runs on the journal worker, so the dialog stays
responsive (and says what it is doing) while the passphrase is checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import JournalError, WrongPassphrase
from reflect.core.journal_base import journal_exists  # not .journal: all of the core
from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.messages import error_text
from reflect.ui.passphrase_dialogs import RecoveryUnlockDialog
from reflect.ui.passphrase_strength_hint import PassphraseStrengthHint
from reflect.ui.welcome import WelcomePanel, recovery_code_note, recovery_code_offer
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
        self._created = False
        self.setWindowTitle(QCoreApplication.translate("UnlockDialog", "Reflect"))
        # In characters, not pixels, so it grows with the person's text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 87)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(
            QCoreApplication.translate("UnlockDialog", "Confirm passphrase")
        )
        self.forgot_button = QPushButton(
            QCoreApplication.translate(
                "UnlockDialog", "Forgot your passphrase? Use your recovery code"
            )
        )
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(self.forgot_button.text())
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        self.recovery_dialog: RecoveryUnlockDialog | None = None
        self.welcome: WelcomePanel | None = None
        self.strength_hint: PassphraseStrengthHint | None = None
        self.make_recovery_code = recovery_code_offer()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons, self.open_button, self.cancel_button = ok_cancel_buttons(
            self,
            QCoreApplication.translate("UnlockDialog", "Create Journal")
            if self._creating
            else QCoreApplication.translate("UnlockDialog", "Unlock"),
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        if self._creating:
            self._lay_out_first_run(layout)
        else:
            self._lay_out_unlock(layout)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.welcome is not None:
            # Tab: the folder, the passphrase and its confirmation, the offer, the buttons.
            QWidget.setTabOrder(self.welcome.folder_field, self.passphrase)
            QWidget.setTabOrder(self.passphrase, self.confirmation)
            QWidget.setTabOrder(self.confirmation, self.make_recovery_code)
            QWidget.setTabOrder(self.make_recovery_code, self.open_button)
        self.passphrase.setFocus()

    def _lay_out_first_run(self, layout: QVBoxLayout) -> None:
        """The welcome, then the new passphrase twice with its hint, then the code offer."""
        self.forgot_button.hide()  # a new journal has no recovery code yet
        self.welcome = WelcomePanel(self._folder)
        choose = QLabel(
            QCoreApplication.translate(
                "UnlockDialog", "Choose a passphrase to protect your journal:"
            )
        )
        choose.setWordWrap(True)
        self.strength_hint = PassphraseStrengthHint(
            self.passphrase,
            QCoreApplication.translate(
                "UnlockDialog", "Choose a passphrase. It can't be recovered if you forget it."
            ),
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("UnlockDialog", "&Passphrase:"), self.passphrase)
        form.addRow("", self.strength_hint)
        form.addRow(
            QCoreApplication.translate("UnlockDialog", "&Type it again:"), self.confirmation
        )
        layout.addWidget(self.welcome)
        layout.addSpacing(8)
        layout.addWidget(choose)
        layout.addLayout(form)
        layout.addWidget(self.make_recovery_code)
        layout.addWidget(recovery_code_note(self.make_recovery_code))

    def _lay_out_unlock(self, layout: QVBoxLayout) -> None:
        self.confirmation.hide()
        self.make_recovery_code.hide()
        heading = QLabel(
            QCoreApplication.translate(
                "UnlockDialog", "Welcome back. Your journal is in:\n{folder}"
            ).format(folder=self._folder)
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("UnlockDialog", "&Passphrase:"), self.passphrase)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def creating(self) -> bool:
        """Whether this dialog makes a new journal (rather than unlocking one)."""
        return self._creating

    @property
    def created(self) -> bool:
        """Whether this dialog has just created the journal (the first run)."""
        return self._created

    @property
    def recovery_code_wanted(self) -> bool:
        """The person chose "Make a recovery code now" while creating the journal."""
        return self._creating and self.make_recovery_code.isChecked()

    @property
    def kdf(self) -> KdfParams | None:
        """The key derivation settings journals are made with here (``None``: recommended)."""
        kdf = self._journal_options.get("kdf")
        return kdf if isinstance(kdf, KdfParams) else None

    def _on_buttons_accepted(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_message(
                QCoreApplication.translate("UnlockDialog", "Please type your passphrase.")
            )
            return
        if self._creating and passphrase != self.confirmation.text():
            self._show_message(
                QCoreApplication.translate(
                    "UnlockDialog", "The two passphrases don't match yet. Please type them again."
                )
            )
            self.confirmation.clear()
            self.confirmation.setFocus()
            return
        self._set_busy(True)
        self._show_message(
            QCoreApplication.translate("UnlockDialog", "Creating your journal…")
            if self._creating
            else QCoreApplication.translate("UnlockDialog", "Opening your journal…")
        )
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
        self._created = self._creating
        self.passphrase.clear()
        self.confirmation.clear()
        self.accept()

    def _on_worker_failed(self, error: JournalError) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._show_message(
                QCoreApplication.translate(
                    "UnlockDialog", "That passphrase didn't open this journal. Try again?"
                )
            )
        else:
            self._show_message(error_text(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase,
            self.confirmation,
            self.open_button,
            self.forgot_button,
            self.make_recovery_code,
        ):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        """Cancel is ignored while the journal is being opened, to keep one clear outcome."""
        if self._worker.busy:
            return
        super().reject()
