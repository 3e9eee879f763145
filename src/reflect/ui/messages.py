"""Message boxes: ``tell`` (doesn't hold up the window) and the main window's two questions;
and the texts the core makes, in the person's language (``error_text``, ``wording_text``,
``stage_text``; the prompt library's are in ``prompt_model``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reflect.core.errors import JournalError
from reflect.render.translated import wording_text

__all__ = [
    "ask_about_unsaved_words",
    "confirm_delete",
    "error_text",
    "stage_text",
    "tell",
    "wording_text",
]


def error_text(error: BaseException) -> str:
    """What went wrong, in the person's language: a ``JournalError``'s sentence translated
    (context "errors"), anything else as its own words."""
    if isinstance(error, JournalError):
        return wording_text(error.wording)
    return str(error)


def stage_text(stage: str) -> str:
    """What long work is doing (``Progress.stage``, marked under "progress" in the core),
    in the person's language; a stage the window wrote itself comes back as it is."""
    return QCoreApplication.translate("progress", stage)


def tell(parent: QWidget, title: str, text: str, *, warn: bool = False) -> QMessageBox:
    """Show ``text`` under ``title`` without waiting; the box deletes itself when closed."""
    icon = QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.button(QMessageBox.StandardButton.Ok).setAccessibleName(
        QCoreApplication.translate("messages", "OK")
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm_delete(parent: QWidget, title: str) -> bool:
    """Ask before deleting the entry on screen; ``True`` to delete."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("messages", "Delete this entry?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "messages",
            "Its words and moments will be removed from your journal. Until you lock or "
            "close Reflect, File → Undo Delete brings it back.",
        )
    )
    delete_text = QCoreApplication.translate("messages", "Delete Entry")
    delete = box.addButton(delete_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def ask_about_unsaved_words(parent: QWidget, title: str, error: JournalError | None) -> str:
    """Words failed to save on closing: "retry", "discard" or "stay" (the person's choice)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("messages", "Reflect couldn't save your latest words."))
    lost = QCoreApplication.translate(
        "messages", "{reason}\n\nIf you close now, they will be lost."
    )
    box.setInformativeText(lost.format(reason=error_text(error) if error else "").strip())
    retry_text = QCoreApplication.translate("messages", "Try Again")
    retry = box.addButton(retry_text, QMessageBox.ButtonRole.AcceptRole)
    discard_text = QCoreApplication.translate("messages", "Close Without Saving")
    discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "discard" if clicked is discard else "stay"
