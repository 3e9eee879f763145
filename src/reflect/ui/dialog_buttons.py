"""``ok_cancel_buttons``: the button row of Reflect's dialogs, its first button named for
what it does ("Restore", "Unlock"…: the caller translates it), both with accessible names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def ok_cancel_buttons(
    dialog: QDialog, action: str
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A button box with ``action`` and Cancel (which rejects ``dialog``); the caller
    connects ``accepted``. Returns the box, the action button and the Cancel button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(action)
    ok.setAccessibleName(action.replace("&", ""))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("dialog_buttons", "Cancel"))
    buttons.rejected.connect(dialog.reject)
    return buttons, ok, cancel
