"""``RestoreDialog``: says what restoring a backup will do, and asks for its passphrase."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.dialog_buttons import ok_cancel_buttons


def when(moment: datetime) -> str:
    """A backup's time as people say it, in this computer's time zone: "Monday 23 November
    2026 at 21:45"."""
    local = moment.astimezone()
    return f"{local:%A} {local.day} {local:%B %Y} at {local:%H:%M}"


class RestoreDialog(QDialog):
    """Explains what a restore changes and keeps, and takes the backup's passphrase.

    The passphrase is that of the journal when the backup was made, which may not be
    today's: the dialog says so, since it is the one surprise in a restore.
    """

    def __init__(self, file: Path, created: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from Backup")
        self.setAccessibleName("Restore from Backup")
        self.setMinimumWidth(500)
        made = when(created)

        heading = _label(f"Restore the backup made on {made}?\n{file.name}")
        heading.setAccessibleName("Backup to restore")
        explanation = _label(
            "Restoring puts the journal in this backup in place of the one open now.\n\n"
            "• Reflect checks every page of the backup first. If anything is wrong, "
            "nothing changes.\n"
            f"• Anything written after {made} isn't in this backup. Your journal as it is "
            "now is kept in a folder beside it, so nothing you wrote is lost.\n"
            "• Afterwards your journal opens with the passphrase it had when the backup "
            "was made."
        )
        explanation.setAccessibleName("What restoring does")

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Backup passphrase")
        self.passphrase.setAccessibleDescription(
            "The passphrase your journal had when this backup was made"
        )
        form = QFormLayout()
        form.addRow("Backup &passphrase:", self.passphrase)

        self.message = _label("")
        self.message.setAccessibleName("Message")

        self.buttons, self.restore_button, self.cancel_button = ok_cancel_buttons(self, "Restore")
        self.buttons.accepted.connect(self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def show_message(self, text: str) -> None:
        """Say something under the passphrase (e.g. that it didn't open the backup)."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_buttons_accepted(self) -> None:
        if not self.passphrase.text():
            self.show_message("Please type the backup's passphrase.")
            return
        self.accept()


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
