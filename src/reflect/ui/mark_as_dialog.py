""" "Mark as…": asks for a tag of the person's own for a moment, with completion."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import MAX_TAG_LENGTH, normalize_kind
from reflect.core.errors import InvalidInput
from reflect.ui.messages import error_text


class MarkAsDialog(QDialog):
    """A tag field (completing from tags already used) with Mark and Cancel."""

    def __init__(self, known_tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MarkAsDialog", "Mark as"))
        prompt = QLabel(
            QCoreApplication.translate(
                "MarkAsDialog", "Which tag fits these words? (for example: gratitude, my sponsor)"
            )
        )
        prompt.setWordWrap(True)
        self.tag = QLineEdit()
        self.tag.setAccessibleName(QCoreApplication.translate("MarkAsDialog", "Moment tag"))
        self.tag.setMaxLength(MAX_TAG_LENGTH)
        prompt.setBuddy(self.tag)
        completer = QCompleter(list(known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag.setCompleter(completer)
        self.problem = QLabel()
        self.problem.setAccessibleName(QCoreApplication.translate("MarkAsDialog", "Tag problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mark_button = buttons.addButton(
            QCoreApplication.translate("MarkAsDialog", "Mark"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.tag)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.chosen: str | None = None

    def _on_buttons_accepted(self) -> None:
        try:
            self.chosen = normalize_kind(self.tag.text())
        except InvalidInput as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            self.tag.setFocus()
            return
        self.accept()


def ask_for_tag(parent: QWidget, known_tags: Sequence[str]) -> str | None:
    """The tag the person chose, or ``None`` if they cancelled."""
    dialog = MarkAsDialog(known_tags, parent)
    try:
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
