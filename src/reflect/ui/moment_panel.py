"""``MomentPanel``: the moments under the text cursor, to read or change their notes.

Clicking (or moving the cursor) into a marked passage shows it here, one row per moment
(moments may overlap), with its note, a "Never Share" check box and a way to remove the mark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from reflect.ui.never_share import MOMENT_TIP, NEVER_SHARE, WHOLE_ENTRY_TIP, never_share_icon


def kind_label(kind: str) -> str:
    """How a moment's kind is named on screen (a person's own kind as they wrote it)."""
    if kind == HOPE:
        return QCoreApplication.translate("moment_panel", "Hope")
    if kind == STRUGGLE:
        return QCoreApplication.translate("moment_panel", "Struggle")
    return kind


class _MomentRow(QWidget):
    def __init__(self, editor: EntryTextEdit, key: int) -> None:
        super().__init__()
        self.key = key
        info = editor.moment_info(key)
        look = look_for(info.kind)
        # The swatch repeats the highlight's colour; the words say the kind for everyone.
        swatch = QLabel("■")
        swatch.setStyleSheet(f"color: {look.colour};")
        swatch.setAccessibleName("")
        kind = kind_label(info.kind)
        name = QLabel(kind)  # plain text: a kind of the person's own may hold "<"
        name.setTextFormat(Qt.TextFormat.PlainText)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        self.note = QLineEdit(info.note)
        self.note.setPlaceholderText(
            QCoreApplication.translate("_MomentRow", "Add a note to this moment, if you like")
        )
        self.note.setAccessibleName(QCoreApplication.translate("_MomentRow", "Moment note"))
        self.note.setAccessibleDescription(
            QCoreApplication.translate("_MomentRow", "Note for the {kind} moment").format(kind=kind)
        )
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.textEdited.connect(lambda text: editor.set_note(key, text))
        never_share = QCoreApplication.translate("never_share", NEVER_SHARE)
        self.never_share = QCheckBox(never_share)
        self.never_share.setIcon(never_share_icon())
        self.never_share.setAccessibleName(never_share)
        self.never_share.setAccessibleDescription(
            QCoreApplication.translate(
                "_MomentRow", "Keep this {kind} moment out of every share"
            ).format(kind=kind)
        )
        self.remove = QPushButton(QCoreApplication.translate("_MomentRow", "Remove Moment"))
        self.remove.setAccessibleName(QCoreApplication.translate("_MomentRow", "Remove Moment"))
        self.remove.setToolTip(
            QCoreApplication.translate(
                "_MomentRow", "Take the mark off these words (the words stay)"
            )
        )
        self.remove.clicked.connect(lambda: editor.remove_moment(key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(swatch)
        layout.addWidget(name)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.never_share)
        layout.addWidget(self.remove)

    def show_never_share(self, marked: bool, whole_entry: bool) -> None:
        """Tick the box when this moment (or its whole entry) is marked "Never Share"."""
        self.never_share.setChecked(marked or whole_entry)
        # The entry's own mark covers every moment: it is taken off above the text.
        self.never_share.setEnabled(not whole_entry)
        tip = WHOLE_ENTRY_TIP if whole_entry else MOMENT_TIP
        self.never_share.setToolTip(QCoreApplication.translate("never_share", tip))


class MomentPanel(QFrame):
    """Shows and edits the moments at the editor's cursor; hidden when there are none."""

    changed = Signal()
    never_share_toggled = Signal(int, bool)  # a moment's key; marked or not

    def __init__(self, editor: EntryTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("MomentPanel", "Moments here"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self.rows: list[_MomentRow] = []
        self._marked: Callable[[int], bool] = lambda _: False  # by key: see set_never_share
        self._whole_entry = False
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
            row.show_never_share(self._marked(row.key), self._whole_entry)
            row.never_share.clicked.connect(
                lambda on, k=row.key: self.never_share_toggled.emit(k, bool(on))
            )
        self.setVisible(bool(self.rows))

    def set_never_share(self, marked: Callable[[int], bool], whole_entry: bool) -> None:
        """Which moments are marked "Never Share" (``marked(key)``), and whether the whole
        entry is; the rows on show follow at once."""
        self._marked, self._whole_entry = marked, whole_entry
        for row in self.rows:
            row.show_never_share(marked(row.key), whole_entry)
