"""``RestoreDialog``: says what restoring a backup will do, and asks for its passphrase."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.localized import date_at_time


def when(moment: datetime) -> str:
    """A backup's time as people say it, in this computer's time zone: "Monday 23 November
    2026 at 21:45" (in the person's language)."""
    return date_at_time(moment.astimezone())


class RestoreDialog(QDialog):
    """Explains what a restore changes and keeps, and takes the backup's passphrase.

    The passphrase is that of the journal when the backup was made, which may not be
    today's: the dialog says so, since it is the one surprise in a restore.
    """

    def __init__(self, file: Path, created: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("RestoreDialog", "Restore from Backup")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        # In characters, not pixels, so it grows with the person's text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 83)
        made = when(created)

        asked = QCoreApplication.translate(
            "RestoreDialog", "Restore the backup made on {date}?\n{file}"
        )
        heading = _label(asked.format(date=made, file=file.name))
        heading.setAccessibleName(QCoreApplication.translate("RestoreDialog", "Backup to restore"))
        explanation = _label(
            QCoreApplication.translate(
                "RestoreDialog",
                "Restoring puts the journal in this backup in place of the one open now.\n\n"
                "• Reflect checks every page of the backup first. If anything is wrong, "
                "nothing changes.\n"
                "• Anything written after {date} isn't in this backup. Your journal as it is "
                "now is kept in a folder beside it, so nothing you wrote is lost.\n"
                "• Afterwards your journal opens with the passphrase it had when the backup "
                "was made.",
            ).format(date=made)
        )
        explanation.setAccessibleName(
            QCoreApplication.translate("RestoreDialog", "What restoring does")
        )

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(
            QCoreApplication.translate("RestoreDialog", "Backup passphrase")
        )
        self.passphrase.setAccessibleDescription(
            QCoreApplication.translate(
                "RestoreDialog", "The passphrase your journal had when this backup was made"
            )
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("RestoreDialog", "Backup &passphrase:"), self.passphrase
        )

        self.message = _label("")
        self.message.setAccessibleName(QCoreApplication.translate("RestoreDialog", "Message"))

        self.buttons, self.restore_button, self.cancel_button = ok_cancel_buttons(
            self, QCoreApplication.translate("RestoreDialog", "Restore")
        )
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
            self.show_message(
                QCoreApplication.translate("RestoreDialog", "Please type the backup's passphrase.")
            )
            return
        self.accept()


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
