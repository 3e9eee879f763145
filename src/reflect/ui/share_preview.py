"""``SharePreview``: exactly what will be printed, laid out as the page lays it out.

The preview shows the document ``reflect.render.share_pdf`` builds for the PDF (same
words, same type size, same separators), on a white sheet whatever the screen's colours,
so the person checks the real result, redactions applied and private notes absent. A
fresh preview keeps the place the person was reading, so accepting a redaction halfway
down does not throw them back to the top.

Laying out a long share is not free (about 130 ms on the UI thread for 200 excerpts), and
the composer hands over a new version after every change; so a hidden preview only keeps
the latest version and lays it out when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QShowEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from reflect.core.share_text import PrintedShare
from reflect.render.share_pdf import INK, share_document
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

NAME = QT_TRANSLATE_NOOP("SharePreview", "Print preview")
PAPER = QColor("#ffffff")
SHEET_MARGIN = 28  # pixels of white around the words, as a page has


class SharePreview(QTextBrowser):
    """A read-only view of the printed share; ``set_printed`` shows a new version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("SharePreview", NAME))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "SharePreview",
                "Exactly the words that will be printed, with your choices about names applied.",
            )
        )
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, PAPER)
        palette.setColor(QPalette.ColorRole.Text, INK)
        self.setPalette(palette)
        self._document: QTextDocument | None = None
        self._waiting: PrintedShare | None = None  # the latest version, while hidden

    def set_printed(self, printed: PrintedShare) -> None:
        """Show ``printed`` as it will be printed, keeping the scroll position (at once if
        the preview is on screen, else when it is shown)."""
        self._waiting = printed
        if self.isVisible():
            self._show_waiting()

    def clear(self) -> None:
        """Show nothing, and forget any version waiting to be shown."""
        self._waiting = None
        super().clear()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        self._show_waiting()

    def _show_waiting(self) -> None:
        printed, self._waiting = self._waiting, None
        if printed is None:
            return
        scroll = self.verticalScrollBar()
        place = scroll.value()
        document = share_document(printed)
        document.setDocumentMargin(SHEET_MARGIN)
        document.setParent(self)  # the browser does not own a document it is given
        old, self._document = self._document, document
        self.setDocument(document)
        # Lay the new document out now, so the scroll bar's range is ready for the place.
        document.setTextWidth(self.viewport().width())
        document.documentLayout().documentSize()
        scroll.setValue(min(place, scroll.maximum()))
        if old is not None:
            old.deleteLater()
