"""``tell``: a message box that doesn't hold up the window (it goes on working meanwhile)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget, title: str, text: str, *, warn: bool = False) -> QMessageBox:
    """Show ``text`` under ``title`` without waiting; the box deletes itself when closed."""
    icon = QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.button(QMessageBox.StandardButton.Ok).setAccessibleName("OK")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
