"""``MomentPanel``: the moments under the text cursor, to read or change their notes.

Clicking (or moving the cursor) into a marked passage shows it here, one row per moment
(moments may overlap), with its note and a way to remove the mark.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import HOPE, MAX_NOTE_LENGTH, STRUGGLE
from reflect.render.entry_document import look_for
from reflect.ui.entry_text_edit import EntryTextEdit


def kind_label(kind: str) -> str:
    """How a moment's kind is named on screen."""
    if kind == HOPE:
        return "Hope"
    if kind == STRUGGLE:
        return "Struggle"
    return kind


class _MomentRow(QWidget):
    def __init__(self, editor: EntryTextEdit, key: int) -> None:
        super().__init__()
        info = editor.moment_info(key)
        look = look_for(info.kind)
        # The swatch repeats the highlight's colour; the words say the kind for everyone.
        swatch = QLabel("■")
        swatch.setStyleSheet(f"color: {look.colour};")
        swatch.setAccessibleName("")
        name = QLabel(f"<b>{kind_label(info.kind)}</b>")
        name.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLineEdit(info.note)
        self.note.setPlaceholderText("Add a note to this moment, if you like")
        self.note.setAccessibleName("Moment note")
        self.note.setAccessibleDescription(f"Note for the {kind_label(info.kind)} moment")
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.textEdited.connect(lambda text: editor.set_note(key, text))
        self.remove = QPushButton("Remove Moment")
        self.remove.setAccessibleName("Remove Moment")
        self.remove.setToolTip("Take the mark off these words (the words stay)")
        self.remove.clicked.connect(lambda: editor.remove_moment(key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(swatch)
        layout.addWidget(name)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.remove)


class MomentPanel(QFrame):
    """Shows and edits the moments at the editor's cursor; hidden when there are none."""

    changed = Signal()

    def __init__(self, editor: EntryTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Moments here")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self.rows: list[_MomentRow] = []
        editor.moments_at_cursor_changed.connect(self.show_moments)
        self.hide()

    def show_moments(self, keys: list[int]) -> None:
        """One row per moment in ``keys``."""
        for row in self.rows:
            self._layout.removeWidget(row)
            # Deleted later, when control is back in the event loop: a lock must not leave
            # a note's words in a widget until then. (``clear`` isn't an edit: no save.)
            row.note.clear()
            row.deleteLater()
        self.rows = [_MomentRow(self._editor, key) for key in keys]
        for row in self.rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self.rows))
