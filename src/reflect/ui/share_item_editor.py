"""``ShareItemEditor``: the words of the chosen part of a share, and its private note.

The words are the share's own copy: editing them here never changes the journal, and a
calm line says so. The note is for the person alone and is never printed or exported.
Edits are announced (``save_requested``) after a short pause in typing, and at once by
``flush`` — which the composer calls before the chosen part changes, before anything is
read for printing, when its window closes and when the journal locks — so no keystroke
is lost. "Show in Journal" opens the entry an excerpt came from, at its words. When those
words are marked "Never Share" in the journal, a calm line above them says the part is
left out of every export, and how to change that.

The editor never replaces what is on screen for the part being edited: the journal's copy
comes from these very edits, so reloading the share leaves the cursor where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.shares import ShareItem
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.never_share import never_share_icon
from reflect.ui.share_items_model import NEVER_SHARE_MARK, heading

SAVE_DELAY_MS = 400  # a pause in typing; the entry editor waits about as long
# English source texts, shown with QCoreApplication.translate("share_item_editor", TEXT).
NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "share_item_editor", "Choose a part of your share to see its words here."
)
ABOUT_EXCERPT = QT_TRANSLATE_NOOP(
    "share_item_editor",
    "Changes here are only for this share. Your journal entry stays exactly as you wrote it.",
)
ABOUT_OWN_WORDS = QT_TRANSLATE_NOOP(
    "share_item_editor", "These are your own words, just for this share."
)
NOTE_LABEL = QT_TRANSLATE_NOOP("share_item_editor", "Private note — never printed")
NOTE_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "share_item_editor",
    "A reminder for yourself: why you chose this, or how you'd like to say it.",
)
WORDS_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "share_item_editor", "Write what you'd like to say here, in your own words."
)
SHOW_TIP = QT_TRANSLATE_NOOP(
    "share_item_editor", "Open the entry these words came from, with them selected."
)
GONE_TIP = QT_TRANSLATE_NOOP(
    "share_item_editor", "The entry these words came from has since been deleted."
)
OWN_WORDS_TIP = QT_TRANSLATE_NOOP(
    "share_item_editor", "These are your own words; they aren't in a journal entry."
)
ABOUT_NEVER_SHARE_SHAPE = QT_TRANSLATE_NOOP(
    "share_item_editor",
    "{mark}. You marked these words Never Share in your journal, so this part "
    "stays out of every export and printing. If you'd like to share it after all, remove "
    "the mark in your journal (Show in Journal takes you there), or remove this part.",
)
ABOUT_NEVER_SHARE = ABOUT_NEVER_SHARE_SHAPE.format(mark=NEVER_SHARE_MARK)  # in English


def _tr(text: str) -> str:
    """One of this module's texts above, in the person's language."""
    return QCoreApplication.translate("share_item_editor", text)


def about_never_share() -> str:
    """The line above a part marked Never Share, in the person's language."""
    mark = QCoreApplication.translate("share_items_model", NEVER_SHARE_MARK)
    return _tr(ABOUT_NEVER_SHARE_SHAPE).format(mark=mark)


class ShareItemEditor(QWidget):
    """Edits one part of a share at a time; see the module docstring."""

    save_requested = Signal(int, str, str)  # item id, its words, its private note
    open_requested = Signal(int, int, int)  # entry id, start, end of the excerpt's words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: ShareItem | None = None
        self._loading = False
        self._dirty = False  # edits on screen that no save has been asked for yet

        self.where = QLabel(_tr(NOTHING_CHOSEN))
        self.where.setAccessibleName(
            QCoreApplication.translate("ShareItemEditor", "Where these words come from")
        )
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        bold = QFont(self.where.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.where.setFont(bold)
        self.show_in_journal = QPushButton(
            QCoreApplication.translate("ShareItemEditor", "Show in &Journal")
        )
        self.show_in_journal.setAccessibleName(
            QCoreApplication.translate("ShareItemEditor", "Show in Journal")
        )
        self.show_in_journal.setToolTip(_tr(SHOW_TIP))
        self.show_in_journal.setAutoDefault(False)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(
            QCoreApplication.translate("ShareItemEditor", "Words for this share")
        )
        self.text.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        larger = QFont(self.text.font())  # words to be read aloud: easy on the eyes
        larger.setPointSizeF(larger.pointSizeF() * 1.15)
        self.text.setFont(larger)
        self.text.document().setDocumentMargin(8)
        self.never_share_sign = QLabel()
        self.never_share_sign.setAccessibleName(
            QCoreApplication.translate("ShareItemEditor", "Never Share sign")
        )
        self.never_share_sign.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.never_share = QLabel(about_never_share())
        self.never_share.setAccessibleName(
            QCoreApplication.translate("ShareItemEditor", "About Never Share")
        )
        self.never_share.setTextFormat(Qt.TextFormat.PlainText)
        self.never_share.setWordWrap(True)
        self.about = QLabel()
        self.about.setAccessibleName(
            QCoreApplication.translate("ShareItemEditor", "About editing these words")
        )
        self.about.setWordWrap(True)
        self.note_label = QLabel(
            QCoreApplication.translate("ShareItemEditor", "&Private note — never printed")
        )
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(_tr(NOTE_LABEL))
        self.note.setPlaceholderText(_tr(NOTE_PLACEHOLDER))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.note_label.setBuddy(self.note)

        self._lay_out()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.text.textChanged.connect(self._on_edited)
        self.note.textChanged.connect(self._on_edited)
        self.show_in_journal.clicked.connect(self._on_show_in_journal_clicked)
        self.show_item(None)

    @property
    def item_id(self) -> int | None:
        """The part being edited, if any."""
        return None if self._item is None else self._item.id

    @property
    def has_pending_edits(self) -> bool:
        """Whether there are edits on screen that no save has been asked for yet."""
        return self._dirty

    def show_item(self, item: ShareItem | None) -> None:
        """Edit ``item`` (``None``: nothing). The same part again only refreshes where its
        words come from: what is on screen is newer than any copy read back."""
        if item is not None and self._item is not None and item.id == self._item.id:
            self._item = item
            self._show_origin(item)
            return
        self.flush()
        self._item = item
        self._loading = True
        try:
            self.text.setPlainText("" if item is None else item.text)
            self.note.setPlainText("" if item is None else item.note)
        finally:
            self._loading = False
        for box in (self.text, self.note):
            box.setEnabled(item is not None)
        self.note_label.setEnabled(item is not None)
        if item is None:
            self._notice.hide()
            self.where.setText(_tr(NOTHING_CHOSEN))
            self.about.clear()
            self.text.setPlaceholderText("")
            self.show_in_journal.setEnabled(False)
            return
        self._show_origin(item)

    def flush(self) -> None:
        """Ask at once for the edits on screen to be saved (if there are any)."""
        self._timer.stop()
        if self._dirty and self._item is not None:
            self._dirty = False
            self.save_requested.emit(
                self._item.id, self.text.toPlainText(), self.note.toPlainText()
            )

    def forget(self) -> None:
        """Clear everything shown, without saving (call ``flush`` first to keep edits)."""
        self._timer.stop()
        self._dirty = False
        self._item = None
        self.show_item(None)

    # --- inside ----------------------------------------------------------------------------

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.where, 1)
        top.addWidget(self.show_in_journal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        self._notice = QWidget()
        notice = QHBoxLayout(self._notice)
        notice.setContentsMargins(0, 4, 0, 4)
        notice.addWidget(self.never_share_sign, 0, Qt.AlignmentFlag.AlignTop)
        notice.addWidget(self.never_share, 1)
        self._notice.hide()
        layout.addWidget(self._notice)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.about)
        layout.addSpacing(8)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)

    def _show_origin(self, item: ShareItem) -> None:
        self.where.setText(heading(item))
        self.about.setText(_tr(ABOUT_EXCERPT if item.is_excerpt else ABOUT_OWN_WORDS))
        self.text.setPlaceholderText("" if item.is_excerpt else _tr(WORDS_PLACEHOLDER))
        can_open = item.is_excerpt and item.source is not None
        self.show_in_journal.setEnabled(can_open)
        tip = SHOW_TIP if can_open else (GONE_TIP if item.is_excerpt else OWN_WORDS_TIP)
        self.show_in_journal.setToolTip(_tr(tip))
        self.show_in_journal.setAccessibleDescription(_tr(tip))
        if item.never_share:
            size = self.fontMetrics().height()
            self.never_share_sign.setPixmap(never_share_icon().pixmap(size, size))
        self._notice.setVisible(item.never_share)

    def _on_edited(self) -> None:
        if self._loading or self._item is None:
            return
        self._dirty = True
        self._timer.start()

    def _on_show_in_journal_clicked(self) -> None:
        source = None if self._item is None else self._item.source
        if source is not None:
            self.open_requested.emit(source.entry_id, source.start, source.end)
