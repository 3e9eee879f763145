"""``EntryTextEdit``: the body of an entry, with its formatting and its moments.

Each moment has a *key* (local to this editor) and marks its words with a character
property of that key (see ``reflect.render.entry_document``). Qt then carries the mark
through everything the document does: typing inside, deleting across, undo and redo (which
bring a deleted moment back), and formatting changes. Two rules are ours:

* words typed or pasted at a moment's edge stay outside it; strictly inside, they join it
  (the same rule as ``reflect.core.spans``);
* pasted or copied text keeps only the formatting Reflect stores (bold, italic, headings,
  lists, quotes): no foreign fonts or colours, and no moment marks or highlights.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QThread, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reflect.core.domain import FormatSpan, Moment
from reflect.render import entry_document as doc
from reflect.render.entry_document import DocumentContent

# Typed at the start of a paragraph and followed by a space, these set its style.
MARKDOWN_SHORTCUTS = {
    "-": doc.BULLET,
    "*": doc.BULLET,
    "1.": doc.NUMBERED,
    "#": "heading1",
    "##": "heading2",
    "###": "heading3",
    ">": doc.QUOTE,
}


@dataclass
class MomentInfo:
    """What the editor knows of a moment besides where its words are."""

    kind: str
    note: str = ""


@dataclass(frozen=True)
class MarkedMoment:
    """A moment as it is on screen now: its key, kind, note and span (characters)."""

    key: int
    kind: str
    note: str
    start: int
    end: int


class Snapshot:
    """The words on screen at one instant, to be read later, off the UI thread.

    Cloning the document costs the UI thread a few milliseconds even for a very long entry;
    reading it (every paragraph and run of formatting, in Python) costs several times that,
    so the journal worker does the reading, on a copy nobody else touches.
    """

    def __init__(self, document: QTextDocument, moments: dict[int, MomentInfo]) -> None:
        self._document: QTextDocument | None = document
        self._moments = moments
        self._content: tuple[DocumentContent, tuple[MarkedMoment, ...]] | None = None

    def read(self) -> tuple[DocumentContent, tuple[MarkedMoment, ...]]:
        """The stored form of the words, and their moments (read once, then kept)."""
        if self._content is None:
            document, self._document = self._document, None  # freed on its owner's thread
            content = doc.read(document) if document is not None else DocumentContent("", [])
            self._content = (content, tuple(marked_moments(content, self._moments)))
        return self._content


def marked_moments(content: DocumentContent, moments: dict[int, MomentInfo]) -> list[MarkedMoment]:
    """The moments whose words are in ``content``, in text order."""
    found = [
        MarkedMoment(key, moments[key].kind, moments[key].note, start, end)
        for key, (start, end) in content.moment_spans.items()
        if key in moments
    ]
    return sorted(found, key=lambda m: (m.start, m.end, m.key))


class EntryTextEdit(QTextEdit):
    """Rich text editing restricted to what Reflect stores, with moments as marks."""

    moments_edited = Signal()  # a moment's note or existence changed
    moments_at_cursor_changed = Signal(list)  # keys of the moments under the cursor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._moments: dict[int, MomentInfo] = {}  # never shrinks: undo can bring one back
        self._next_key = 1
        self._at_cursor: list[int] = []
        self.context_actions: Sequence[QAction] = ()  # added to the context menu
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)

    # --- loading and reading ---------------------------------------------------------

    def load(
        self,
        text: str,
        formatting: Sequence[FormatSpan],
        moments: Sequence[Moment | MarkedMoment],
    ) -> list[int]:
        """Show an entry's words; returns the key given to each of ``moments``, in order."""
        self._moments.clear()
        keys = [self._new_key(moment.kind, moment.note) for moment in moments]
        spans = [(key, m.start, m.end) for key, m in zip(keys, moments, strict=True)]
        doc.build(self.document(), text, formatting, spans, self._kinds())
        self._on_cursor_position_changed()
        return keys

    def clear_everything(self) -> None:
        """Empty the text, its undo history and every moment (on lock)."""
        self._moments.clear()
        self.document().setUndoRedoEnabled(False)
        self.clear()
        self.document().setUndoRedoEnabled(True)
        self._on_cursor_position_changed()

    def content(self) -> DocumentContent:
        """The stored form of what is on screen."""
        return doc.read(self.document())

    def marked_moments(self, content: DocumentContent) -> list[MarkedMoment]:
        """The moments on screen (those whose words are still there), in text order."""
        return marked_moments(content, self._moments)

    def snapshot(self, owner: QThread) -> Snapshot:
        """A copy of the words on screen, handed to ``owner`` (the thread that will read it)."""
        copy = self.document().clone()
        copy.moveToThread(owner)
        moments = {key: MomentInfo(info.kind, info.note) for key, info in self._moments.items()}
        return Snapshot(copy, moments)

    def moment_info(self, key: int) -> MomentInfo:
        """Kind and note of a moment."""
        return self._moments[key]

    @property
    def moments_at_cursor(self) -> list[int]:
        """Keys of the moments whose words the cursor is in or beside (earliest first)."""
        return list(self._at_cursor)

    # --- moments ---------------------------------------------------------------------

    def mark(self, kind: str) -> int | None:
        """Mark the selected words as a moment of ``kind``; its key, or ``None`` if no words."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not cursor.selectedText().strip():
            return None
        key = self._new_key(kind)
        doc.add_moment_key(
            self.document(), cursor.selectionStart(), cursor.selectionEnd(), key, self._kinds()
        )
        self._on_cursor_position_changed()
        self.moments_edited.emit()
        return key

    def remove_moment(self, key: int) -> None:
        """Take a moment's mark off its words (undo brings it back)."""
        doc.remove_moment_key(self.document(), key, self._kinds())
        self._on_cursor_position_changed()
        self.moments_edited.emit()

    def set_note(self, key: int, note: str) -> None:
        """Change a moment's note."""
        if self._moments[key].note != note:
            self._moments[key].note = note
            self.moments_edited.emit()

    # --- formatting ------------------------------------------------------------------

    def toggle_bold(self) -> None:
        """Bold on or off for the selection (or what is typed next)."""
        bold = self.fontWeight() < QFont.Weight.DemiBold.value
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
        self.mergeCurrentCharFormat(char_format)

    def toggle_italic(self) -> None:
        """Italic on or off for the selection (or what is typed next)."""
        char_format = QTextCharFormat()
        char_format.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(char_format)

    def set_paragraph_style(self, style: str | None) -> None:
        """Give the paragraphs of the selection ``style``; if they all have it, take it off."""
        cursor = self.textCursor()
        selected = list(self._selected_blocks(cursor))
        if style is not None and all(doc.paragraph_style(b) == style for b in selected):
            style = None
        cursor.beginEditBlock()
        try:
            for block in selected:
                doc.set_paragraph_style(block, style)
        finally:
            cursor.endEditBlock()
        if not cursor.hasSelection() and cursor.block().length() == 1:  # an empty paragraph
            self.mergeCurrentCharFormat(doc.heading_look(doc.HEADINGS.get(style or "", 0)))

    def paragraph_style(self) -> str | None:
        """The style of the paragraph the cursor is in."""
        return doc.paragraph_style(self.textCursor().block())

    def _selected_blocks(self, cursor: QTextCursor) -> Iterator[QTextBlock]:
        block = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        while block.isValid():
            yield block
            if block == last:
                break
            block = block.next()

    # --- typing and pasting ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing keeps moments' edges where they are, and knows a few Markdown habits."""
        typed = event.text()
        is_typing = (
            bool(typed)
            and (typed.isprintable() or typed in "\r\n\t")
            and not (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        )
        if not is_typing:
            super().keyPressEvent(event)
            return
        with self._inserting():
            super().keyPressEvent(event)
        if typed == " ":
            self._apply_markdown_shortcut()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste only what Reflect can keep: text with bold, italic and paragraph styles."""
        if source.hasHtml():
            pasted = QTextDocument()
            pasted.setHtml(source.html())
            content = doc.read(pasted)
        elif source.hasText():
            content = DocumentContent(source.text().replace("\r\n", "\n").replace("\r", "\n"), [])
        else:
            return
        with self._inserting() as cursor:
            cursor.beginEditBlock()
            try:
                cursor.removeSelectedText()
                at = cursor.position()
                cursor.setCharFormat(_plain_like(cursor.charFormat()))
                cursor.insertText(content.text)
                doc.insert_formatting(
                    QTextCursor(self.document()), at, content.text, content.formatting
                )
            finally:
                cursor.endEditBlock()
            self.setTextCursor(cursor)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy text with Reflect's own formatting, never moment highlights."""
        selection = QTextDocument()
        cursor = QTextCursor(selection)
        cursor.insertFragment(self.textCursor().selection())
        content = doc.read(selection)
        clean = QTextDocument()
        doc.build(clean, content.text, content.formatting)
        data = QMimeData()
        data.setText(content.text)
        data.setHtml(clean.toHtml())
        return data

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The usual editing menu, then the moment actions."""
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    @contextlib.contextmanager
    def _inserting(self) -> Iterator[QTextCursor]:
        """Around an insertion: new words join a moment by ``reflect.core.spans``' rules.

        Typed strictly inside a moment, they join it; at its edge, they stay outside.
        Replacing some of a moment's own words keeps the new words in it; replacing words
        across its edge, or all of them, leaves the new words outside.
        """
        cursor = self.textCursor()
        start, removed_end = cursor.selectionStart(), cursor.selectionEnd()
        before, after = self._keys_before(start), self._keys_after(removed_end)
        if removed_end > start:
            inside = self._keys_on_all(start, removed_end) & (before | after)
        else:
            inside = before & after
        length_after_removal = self.document().characterCount() - (removed_end - start)
        yield cursor
        end = start + self.document().characterCount() - length_after_removal
        if end <= start:
            return
        fixer = QTextCursor(self.document())
        fixer.joinPreviousEditBlock()  # one undo step with the typing itself
        try:
            doc.restyle_range(self.document(), start, end, lambda _: set(inside), self._kinds())
        finally:
            fixer.endEditBlock()

    def _keys_on_all(self, start: int, end: int) -> set[int]:
        """Moments that every character between ``start`` and ``end`` belongs to."""
        common: set[int] | None = None
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            for fragment in doc.fragments(block):
                lo, hi = fragment.position(), fragment.position() + fragment.length()
                if hi > start and lo < end:
                    keys = doc.moment_keys(fragment.charFormat())
                    common = keys if common is None else common & keys
            block = block.next()
        return common or set()

    def _keys_before(self, position: int) -> set[int]:
        """Moments of the character just before ``position`` (across a paragraph break)."""
        block = self.document().findBlock(position)
        if position == block.position():
            block = block.previous()
            if not block.isValid() or block.length() <= 1:
                return set()
            position = block.position() + block.length() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return doc.moment_keys(cursor.charFormat())

    def _keys_after(self, position: int) -> set[int]:
        """Moments of the character just after ``position`` (across a paragraph break)."""
        block = self.document().findBlock(position)
        if position == block.position() + block.length() - 1:
            block = block.next()
            if not block.isValid() or block.length() <= 1:
                return set()
            position = block.position()
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return doc.moment_keys(cursor.charFormat())

    def _apply_markdown_shortcut(self) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        typed = block.text()[: cursor.position() - block.position()]
        style = MARKDOWN_SHORTCUTS.get(typed[:-1]) if typed.endswith(" ") else None
        if style is None or doc.paragraph_style(block) is not None:
            return
        cursor.beginEditBlock()  # its own undo step: undo gives back the typed characters
        try:
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + len(typed), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            doc.set_paragraph_style(cursor.block(), style)
        finally:
            cursor.endEditBlock()

    # --- helpers ---------------------------------------------------------------------

    def _new_key(self, kind: str, note: str = "") -> int:
        key = self._next_key
        self._next_key += 1
        self._moments[key] = MomentInfo(kind, note)
        return key

    def _kinds(self) -> dict[int, str]:
        return {key: info.kind for key, info in self._moments.items()}

    def _on_cursor_position_changed(self) -> None:
        cursor = self.textCursor()
        keys = doc.moment_keys(cursor.charFormat())
        if not cursor.hasSelection() and not cursor.atBlockEnd():
            keys |= self._keys_after(cursor.position())
        at_cursor = sorted(k for k in keys if k in self._moments)
        if at_cursor != self._at_cursor:
            self._at_cursor = at_cursor
            self.moments_at_cursor_changed.emit(at_cursor)


def _plain_like(char_format: QTextCharFormat) -> QTextCharFormat:
    """The format pasted words start from: the surrounding look without moment marks."""
    return doc.with_moments(char_format, (), {})
