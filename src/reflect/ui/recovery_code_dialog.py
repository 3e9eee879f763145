"""``RecoveryCodeDialog``: make a recovery code, show it once, and keep it only once saved.

The code is made (at random, instantly) when the dialog opens and is stored only when the
person says it is written down and types their passphrase: closing the dialog before that
changes nothing, so an earlier code keeps working. There is no Copy button: a clipboard
can be read by other programs and kept by clipboard managers; writing it down or printing
it are the ways offered.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import JournalError, WrongPassphrase
from reflect.core.recovery import RECOVERY_CODE_PURPOSE, new_recovery_code
from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.messages import error_text
from reflect.ui.secret_dialog import SecretDialog, passphrase_field, plain_label
from reflect.ui.worker import JournalWorker

CODE_SCALE = 1.8  # the code is copied by hand: large, in a font where 0 and 8 differ


class RecoveryCodeDialog(SecretDialog):
    """Shows a new recovery code; "Use This Code" stores it, replacing any earlier one."""

    def __init__(
        self, worker: JournalWorker, parent: QWidget | None, *, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(worker, parent)
        self._kdf = kdf
        self._code = new_recovery_code()
        self._folder: Path | None = None
        self._replacing = False
        self.setWindowTitle(QCoreApplication.translate("RecoveryCodeDialog", "Recovery Code"))
        # In characters, not pixels, so it grows with the person's text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        purpose = plain_label(RECOVERY_CODE_PURPOSE)
        self.replaces_note = plain_label(
            QCoreApplication.translate(
                "RecoveryCodeDialog",
                "You already have a recovery code. Once you use this new one, the old one stops "
                "working.",
            )
        )
        self.replaces_note.hide()  # until the worker has said whether there is one
        self.code_label = _code_label(self._code, self.font().pointSizeF())
        self.print_button = QPushButton(QCoreApplication.translate("RecoveryCodeDialog", "&Print…"))
        self.print_button.setAccessibleName(
            QCoreApplication.translate("RecoveryCodeDialog", "Print recovery code")
        )
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.saved = QCheckBox(
            QCoreApplication.translate(
                "RecoveryCodeDialog",
                "I've written this code down or printed it, and it's somewhere safe and private.",
            )
        )
        self.saved.setAccessibleName(
            QCoreApplication.translate("RecoveryCodeDialog", "I've saved my recovery code")
        )
        self.passphrase = passphrase_field(
            QCoreApplication.translate("RecoveryCodeDialog", "Your passphrase")
        )
        self.passphrase.setAccessibleDescription(
            QCoreApplication.translate(
                "RecoveryCodeDialog", "Type your passphrase to confirm it's you."
            )
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("RecoveryCodeDialog", "&Your passphrase:"), self.passphrase
        )
        confirm_note = plain_label(
            QCoreApplication.translate(
                "RecoveryCodeDialog",
                "Nothing changes until you choose Use This Code. To use it, type your passphrase.",
            )
        )

        self._build_buttons()
        self.saved.toggled.connect(self._on_saved_toggled)

        layout = QVBoxLayout(self)
        layout.addWidget(purpose)
        layout.addWidget(self.replaces_note)
        layout.addWidget(self.code_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.saved)
        layout.addWidget(confirm_note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._showing_code = [self.code_label, self.print_button, self.saved, confirm_note]
        self.saved.setFocus()
        self.submit(
            lambda journal: (journal.has_recovery_code(), journal.folder),
            self._on_worker_answered,
            self._on_worker_failed,
        )

    def _build_buttons(self) -> None:
        self.buttons, self.use_button, self.cancel_button = ok_cancel_buttons(
            self, QCoreApplication.translate("RecoveryCodeDialog", "Use This Code")
        )
        remove = QCoreApplication.translate("RecoveryCodeDialog", "Remove Recovery Code")
        self.remove_button = self.buttons.addButton(
            remove, QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setAccessibleName(remove)
        self.remove_button.hide()  # until the worker has said there is a code to remove
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    @property
    def code(self) -> str:
        """The code shown (for tests and printing)."""
        return self._code

    def inputs(self) -> list[QWidget]:
        """Disabled while the key file changes."""
        return [self.saved, self.passphrase, self.use_button, self.remove_button]

    def refresh_inputs(self) -> None:
        """The code is used only once the person says it's saved."""
        self.use_button.setEnabled(self.saved.isChecked() and not self.busy)

    def _on_worker_answered(self, answer: tuple[bool, Path]) -> None:
        self._replacing, self._folder = answer
        self.replaces_note.setVisible(self._replacing)
        self.remove_button.setVisible(self._replacing)

    def _on_saved_toggled(self, _: bool) -> None:
        self.refresh_inputs()

    def _on_buttons_accepted(self) -> None:
        passphrase = self._typed_passphrase()
        if not passphrase:
            return
        self.show_message(
            QCoreApplication.translate("RecoveryCodeDialog", "Setting up your recovery code…")
        )
        code, kdf = self._code, self._kdf
        self.submit(
            lambda journal: journal.set_recovery_code(passphrase, code, kdf=kdf),
            self._on_worker_code_set,
            self._on_worker_failed,
        )

    def _on_remove_button_clicked(self) -> None:
        passphrase = self._typed_passphrase()
        if not passphrase:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecoveryCodeDialog", "Remove Recovery Code"),
            QCoreApplication.translate(
                "RecoveryCodeDialog",
                "Remove your recovery code? After this, only your passphrase opens your journal.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.show_message(
            QCoreApplication.translate("RecoveryCodeDialog", "Removing your recovery code…")
        )
        self.submit(
            lambda journal: journal.remove_recovery_code(passphrase),
            self._on_worker_code_removed,
            self._on_worker_failed,
        )

    def _on_worker_code_set(self, _: object) -> None:
        if self._replacing:
            self._finish(
                QCoreApplication.translate(
                    "RecoveryCodeDialog",
                    "Your recovery code is ready. Keep it somewhere safe and private. "
                    "Your old code no longer works.",
                )
            )
        else:
            self._finish(
                QCoreApplication.translate(
                    "RecoveryCodeDialog",
                    "Your recovery code is ready. Keep it somewhere safe and private.",
                )
            )

    def _on_worker_code_removed(self, _: object) -> None:
        for widget in self._showing_code:
            widget.hide()
        self.code_label.clear()
        self._finish(
            QCoreApplication.translate(
                "RecoveryCodeDialog",
                "Removed your recovery code. Now only your passphrase opens your journal.",
            )
        )

    def _on_worker_failed(self, error: JournalError) -> None:
        if isinstance(error, WrongPassphrase):
            self.show_message(
                QCoreApplication.translate(
                    "RecoveryCodeDialog",
                    "That isn't your passphrase, so nothing was changed. Try again?",
                )
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        else:
            self.show_message(error_text(error))

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            QCoreApplication.translate("RecoveryCodeDialog", "Print Recovery Code")
        )
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_recovery_code(self._code, printer, self._folder)

    def _typed_passphrase(self) -> str:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_message(
                QCoreApplication.translate(
                    "RecoveryCodeDialog", "Please type your passphrase first, to confirm it's you."
                )
            )
            self.passphrase.setFocus()
        return passphrase

    def _finish(self, text: str) -> None:
        self.passphrase.clear()
        for widget in (self.passphrase, self.saved, self.use_button, self.remove_button):
            widget.hide()
        self.cancel_button.setText(QCoreApplication.translate("RecoveryCodeDialog", "Close"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("RecoveryCodeDialog", "Close")
        )
        self.cancel_button.setFocus()
        self.show_message(text)


def print_recovery_code(code: str, printer: QPrinter, folder: Path | None = None) -> None:
    """Print one page: what the code is for, the code itself, and which journal it opens."""
    recovery_code_document(code, folder).print_(printer)


def recovery_code_document(code: str, folder: Path | None = None) -> QTextDocument:
    """The printed page as a document (what ``print_recovery_code`` prints)."""
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    heading = QCoreApplication.translate("recovery_code_dialog", "Reflect recovery code")
    made = QCoreApplication.translate(
        "recovery_code_dialog", "Made on {date}. A newer code replaces this one."
    )
    journal = ""
    if folder:
        journal = QCoreApplication.translate(
            "recovery_code_dialog", "For the journal in: {folder}"
        ).format(folder=folder)
        journal = f"<p>{html.escape(journal)}</p>"
    document = QTextDocument()
    document.setHtml(
        f"<h2>{html.escape(heading)}</h2>"
        f"<p>{html.escape(RECOVERY_CODE_PURPOSE)}</p>"
        f'<p style="font-family: {html.escape(fixed)}; font-size: xx-large; white-space: pre">'
        f"{html.escape(code)}</p>"  # on one line: a break at a dash could look like part of it
        f"{journal}<p>{html.escape(made.format(date=date.today().isoformat()))}</p>"
    )
    return document


def _code_label(code: str, base_size: float) -> QLabel:
    label = QLabel(code)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no copying
    label.setFont(_code_font(base_size))
    label.setAccessibleName(QCoreApplication.translate("recovery_code_dialog", "Recovery code"))
    label.setAccessibleDescription(" ".join(code))  # read out one character at a time
    return label


def _code_font(base_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base_size * CODE_SCALE)
    return font
