"""``ClipboardGuard``: journal words copied out of Reflect don't outlive the lock.

Whatever a person copies in Reflect (a passage from the editor, a share with Copy as
Text) stays on the system clipboard after Reflect locks, readable by anyone who pastes at
that computer, and kept by clipboard managers. So every lock (the action, the auto-lock,
Lock and Hide) and closing Reflect clear the clipboard, and on X11 the selection, when
what is there came from Reflect. What another program put there is left alone: the person
may be in the middle of copying something else.

"Came from Reflect" is decided without keeping any words: when the clipboard changes while
Reflect owns it or one of its windows is active, or the new content carries Reflect's mark
(``put_text_on_clipboard``), a keyed hash of its text is remembered (the key is random and
lives only in memory, so the hashes can't be matched against guesses later). At the lock,
the clipboard is cleared if Reflect still owns it, if it carries the mark, or if its text
hashes to one of those.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import deque

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

# Set on what Reflect itself puts on the clipboard (its value is empty: only its presence
# counts). Another program's copy never carries it.
REFLECT_MARK = "application/x-reflect-journal-text"
REMEMBERED = 256  # hashes of Reflect's latest copies (a selection changes as a mouse drags)


def put_text_on_clipboard(text: str) -> None:
    """Copy ``text`` as plain text, marked as Reflect's, so the next lock clears it."""
    clipboard = QGuiApplication.clipboard()
    # Qt makes the QMimeData itself: one made in Python and left on the clipboard crashes
    # PySide6 (6.11) when the application exits. The mark goes on the data Qt hands back,
    # which is the data it serves while this process owns the clipboard; on a system that
    # hands back a copy instead, owning the clipboard says the same as the mark.
    clipboard.setText(text)
    data = clipboard.mimeData()
    if data is not None and data.text() == text:
        data.setData(REFLECT_MARK, QByteArray())


class ClipboardGuard(QObject):
    """Remembers (as keyed hashes) what Reflect put on the clipboard; clears it on lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = QGuiApplication.clipboard()
        self._key = secrets.token_bytes(32)
        self._copied: deque[bytes] = deque(maxlen=REMEMBERED)
        self._clipboard.changed.connect(self._on_clipboard_changed)

    def clear_journal_text(self) -> bool:
        """Clear the clipboard (and the selection, and the find buffer, where the system has
        them) wherever it holds what Reflect put there; whether anything was cleared. What
        was remembered is forgotten either way."""
        cleared = False
        for mode in self._modes():
            if self._holds_reflect_copy(mode):
                self._clipboard.clear(mode)
                cleared = True
        self._copied.clear()
        return cleared

    def _on_clipboard_changed(self, mode: QClipboard.Mode) -> None:
        from_reflect = (
            self._owns(mode)
            # Where the system can't say who owns the clipboard: Reflect was in use.
            or QApplication.activeWindow() is not None
        )
        data = self._clipboard.mimeData(mode)
        if data is None or not (from_reflect or data.hasFormat(REFLECT_MARK)):
            return
        text = data.text() if data.hasText() else ""
        if text:
            self._copied.append(self._digest(text))

    def _holds_reflect_copy(self, mode: QClipboard.Mode) -> bool:
        if self._owns(mode):
            return True  # nothing but Reflect puts things there from this process
        data = self._clipboard.mimeData(mode)
        if data is None:
            return False
        if data.hasFormat(REFLECT_MARK):
            return True
        return data.hasText() and self._digest(data.text()) in self._copied

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        if mode == QClipboard.Mode.FindBuffer:
            return self._clipboard.ownsFindBuffer()
        return self._clipboard.ownsClipboard()

    def _modes(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        if self._clipboard.supportsFindBuffer():
            modes.append(QClipboard.Mode.FindBuffer)
        return modes

    def _digest(self, text: str) -> bytes:
        words = text.encode("utf-8", "surrogatepass")
        return hmac.new(self._key, words, hashlib.sha256).digest()
