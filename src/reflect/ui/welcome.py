"""The welcome a person sees when Reflect has no journal yet, above choosing a passphrase.

Short on purpose (someone may open Reflect in a hard moment): where the journal lives, that
it stays encrypted on this computer and is never sent anywhere, and that a forgotten
passphrase can only be got round with a recovery code, which is offered right there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QStyle, QVBoxLayout, QWidget

from reflect.ui.secret_dialog import plain_label

HEADING_SCALE = 1.35


class WelcomePanel(QWidget):
    """The welcome: its heading, the journal's folder and the three promises, in plain words."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(QCoreApplication.translate("WelcomePanel", "Welcome to Reflect"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.heading.text())

        self.where = plain_label(
            QCoreApplication.translate(
                "WelcomePanel", "Your journal stays on this computer, in this folder:"
            )
        )
        # A read-only field: the whole path can be selected and copied, from the keyboard
        # too, and a long path scrolls instead of stretching the window.
        self.folder_field = QLineEdit(str(folder))
        self.folder_field.setReadOnly(True)
        self.folder_field.setCursorPosition(0)
        self.folder_field.setAccessibleName(
            QCoreApplication.translate("WelcomePanel", "Journal folder")
        )
        self.where.setBuddy(self.folder_field)
        self.private = plain_label(
            QCoreApplication.translate(
                "WelcomePanel",
                "It's encrypted here and never sent anywhere. Reflect doesn't connect to "
                "the internet at all.",
            )
        )
        self.forgotten = plain_label(
            QCoreApplication.translate(
                "WelcomePanel",
                "If you forget your passphrase, nobody can reset it, not even Reflect. A "
                "recovery code is the only other way back in.",
            )
        )
        for label in (self.where, self.private, self.forgotten):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addWidget(self.where)
        layout.addWidget(self.folder_field)
        layout.addSpacing(4)
        layout.addWidget(self.private)
        layout.addSpacing(4)
        layout.addWidget(self.forgotten)


def recovery_code_offer() -> QCheckBox:
    """The offer of a recovery code, checked: the code is shown once the journal has been
    created, in the same dialog that File → Recovery Code… opens."""
    offer = QCheckBox(
        QCoreApplication.translate("WelcomePanel", "Make a &recovery code now (recommended)")
    )
    offer.setChecked(True)
    offer.setAccessibleName(
        QCoreApplication.translate("WelcomePanel", "Make a recovery code now (recommended)")
    )
    offer.setAccessibleDescription(_code_note())
    return offer


def recovery_code_note(offer: QCheckBox) -> QLabel:
    """What the offer does, in a line under it (indented to the box's text)."""
    note = plain_label(_code_note())  # full contrast: a faded note is hard to read
    indent = offer.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, offer)
    spacing = offer.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, offer)
    note.setContentsMargins(indent + spacing, 0, 0, 0)
    return note


def _code_note() -> str:
    return QCoreApplication.translate(
        "WelcomePanel",
        "Right after your journal is created, you'll see a code to write down or print.",
    )
