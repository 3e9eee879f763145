"""``ShareOutput``: a share leaving the journal — saved as a PDF or Markdown, copied as
text, or printed — for the share composer.

Saving and printing first show the review (``ShareReviewDialog``): a last look, part by
part, read on the worker after every edit submitted before it. Only "Export"/"Print" or
"… Anyway" go on. Saving then asks where (a save dialog, injectable for tests), says
plainly that the file will not be encrypted, with Export and Cancel; only then does
``export_share`` run, on the journal's worker, and a calm message names the file. What is
printed, copied or saved is always read afresh on the worker, and never holds a part
marked "Never Share" (``printed_share`` leaves it out; Copy as Text says how many).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.share_review import ShareReview
from reflect.core.share_text import PrintedShare, as_plain_text
from reflect.core.shares import ExportFormat, Share
from reflect.render.share_export import SHARE_EXPORT_WARNING, export_share
from reflect.ui import file_dialogs
from reflect.ui.clipboard_guard import put_text_on_clipboard
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import tell, wording_text
from reflect.ui.share_review_dialog import ShareReviewDialog
from reflect.ui.share_state import printed_now
from reflect.ui.worker import Fetch, attempt

# Where to save: (parent, caption, suggested path, file filter) → the chosen path or None.
AskSavePath = Callable[[QWidget, str, Path, str], Path | None]

# English source texts (context "share_output"), shown translated.
EXPORT_TITLE = QT_TRANSLATE_NOOP("share_output", "Export Share")
_SUFFIXES = {ExportFormat.PDF: ".pdf", ExportFormat.MARKDOWN: ".md"}
_FILTERS = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("share_output", "PDF files (*.pdf)"),
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("share_output", "Markdown files (*.md)"),
}
_CAPTIONS = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("share_output", "Export Share as PDF"),
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("share_output", "Export Share as Markdown"),
}
_SAVED = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP(
        "share_output",
        "Saved your share as {file}. This PDF is not encrypted — keep it somewhere safe.",
    ),
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP(
        "share_output",
        "Saved your share as {file}. This Markdown file is not encrypted — keep it somewhere safe.",
    ),
}
_UNSAFE = re.compile(r"[^\w\s\-'’,()&]+")
MAX_NAME_CHARACTERS = 80


def ask_with_file_dialog(
    parent: QWidget, caption: str, suggested: Path, filters: str
) -> Path | None:
    """The save dialog (it asks before replacing a file the person chose; it leaves no
    trace of where the share went: see ``reflect.ui.file_dialogs``)."""
    return file_dialogs.save_file(parent, caption, suggested, filters)


def suggested_file_name(share: Share, fmt: ExportFormat) -> str:
    """The share's title (or name) as a safe, readable file name, e.g. "Ninety days.pdf"."""
    words = unicodedata.normalize("NFC", share.title or share.name)
    words = "".join(ch for ch in words if unicodedata.category(ch)[0] != "C")  # bidi, control
    cleaned = " ".join(_UNSAFE.sub(" ", words).split())[:MAX_NAME_CHARACTERS].strip()
    if not cleaned:
        cleaned = QCoreApplication.translate("share_output", "My share")
    return cleaned + _SUFFIXES[fmt]


def with_suffix(path: Path, fmt: ExportFormat) -> Path:
    """``path``, ending in ``.pdf`` or ``.md`` (added when the person left it out)."""
    suffix = _SUFFIXES[fmt]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def left_out_words(left_out: int) -> str:
    """ "1 part marked Never Share was left out." (or "" when none was)."""
    if not left_out:
        return ""
    if left_out == 1:
        return QCoreApplication.translate("share_output", "1 part marked Never Share was left out.")
    return QCoreApplication.translate(
        "share_output", "{count} parts marked Never Share were left out."
    ).format(count=left_out)


def with_left_out(message: str, left_out: int) -> str:
    """``message``, followed by how many parts marked Never Share were left out, if any."""
    if not left_out:
        return message
    return QCoreApplication.translate("share_output", "{message} {left_out}").format(
        message=message, left_out=left_out_words(left_out)
    )


def saved_message(path: Path, fmt: ExportFormat, left_out: int = 0) -> str:
    saved = QCoreApplication.translate("share_output", _SAVED[fmt]).format(file=path.name)
    return with_left_out(saved, left_out)


class ShareOutput(QObject):
    """Exports, copies and prints shares for ``window``; ``recorded`` after each export or
    printing is written into "What I've shared"."""

    recorded = Signal()
    status = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        window: QWidget,
        fetch: Fetch,
        *,
        ask_save_path: AskSavePath,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._fetch = fetch
        self._ask_save_path = ask_save_path
        self._today = today
        self._locks = 0
        self.warning: QMessageBox | None = None  # "not encrypted", while it is asking
        self.review: ShareReviewDialog | None = None  # the last look, while it is open

    def forget(self) -> None:
        """Drop work on its way and close the questions (the journal is locking)."""
        self._locks += 1
        for asking in (self.review, self.warning):
            if asking is not None:
                asking.close()
        self.review = self.warning = None

    def export(self, share: Share, fmt: ExportFormat) -> None:
        """Review, ask where, warn, then save ``share`` (as stored when the export runs)."""
        self._review(share.id, "Export", lambda: self._ask_where(share, fmt))

    def _ask_where(self, share: Share, fmt: ExportFormat) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents or Path.home()) / suggested_file_name(share, fmt)
        caption = QCoreApplication.translate("share_output", _CAPTIONS[fmt])
        filters = QCoreApplication.translate("share_output", _FILTERS[fmt])
        chosen = self._ask_save_path(self._window, caption, suggested, filters)
        if chosen is None:
            return
        path = with_suffix(chosen, fmt)
        title = QCoreApplication.translate("share_output", EXPORT_TITLE)
        warning = QCoreApplication.translate("share_export", SHARE_EXPORT_WARNING)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            warning,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setAccessibleName(title)
        box.setAccessibleDescription(warning)
        export = QCoreApplication.translate("ShareOutput", "Export")
        go = box.addButton(export, QMessageBox.ButtonRole.AcceptRole)
        go.setAccessibleName(export)
        box.addButton(QMessageBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("ShareOutput", "Cancel")
        )
        box.setDefaultButton(go)
        self.warning = box

        def answered() -> None:
            self.warning = None
            box.deleteLater()
            if box.clickedButton() is go:
                self._write(share.id, path, fmt)

        box.finished.connect(answered)
        box.open()

    def copy_as_text(self, share_id: int) -> None:
        """Put the share, as it will be printed, on the clipboard as plain text."""

        def copy(result: tuple[Share, PrintedShare] | JournalError) -> None:
            if isinstance(result, JournalError):
                title = QCoreApplication.translate("ShareOutput", "Share Not Copied")
                tell(self._window, title, str(result), warn=True)
                return
            put_text_on_clipboard(as_plain_text(result[1]))  # cleared on the next lock
            copied = QCoreApplication.translate(
                "ShareOutput", "Copied your share as text. Paste it wherever you need it."
            )
            self.status.emit(with_left_out(copied, result[1].left_out))

        self._read(share_id, copy)

    def print_share(self, share_id: int) -> None:
        """Review, then print the share through the system's print dialog, and remember it."""
        self._review(share_id, "Print", lambda: self._print(share_id))

    def _print(self, share_id: int) -> None:

        def ask(result: tuple[Share, PrintedShare] | JournalError) -> None:
            if isinstance(result, JournalError):
                title = QCoreApplication.translate("ShareOutput", "Share Not Printed")
                tell(self._window, title, str(result), warn=True)
                return
            # Imported here: printing support is only needed when someone prints.
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

            from reflect.render.share_pdf import page_layout  # noqa: PLC0415
            from reflect.render.share_pdf import print_share as paint  # noqa: PLC0415

            share, printed = result
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(page_layout(printed.settings.page_size))
            printer.setDocName(printed.title or QCoreApplication.translate("ShareOutput", "Share"))
            dialog = QPrintDialog(printer, self._window)
            dialog.setWindowTitle(QCoreApplication.translate("ShareOutput", "Print Share"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            paint(printed, printer)
            self._fetch(
                lambda journal: journal.record_export(share, "", ExportFormat.PRINTED),
                lambda _: self.recorded.emit(),
            )
            self.status.emit(
                QCoreApplication.translate("ShareOutput", "Sent your share to the printer.")
            )

        self._read(share_id, ask)

    # --- inside ----------------------------------------------------------------------------

    def _review(self, share_id: int, action: str, then: Callable[[], None]) -> None:
        """Show the review of the share as stored now; ``then`` if the person goes on."""
        if self.review is not None:  # one review at a time: the open one is up to date
            self.review.raise_()
            self.review.activateWindow()
            return
        locks = self._locks

        def show(result: ShareReview | JournalError) -> None:
            if locks != self._locks or self.review is not None:  # locked, or asked twice
                return
            if isinstance(result, JournalError):
                if action == "Export":
                    title = QCoreApplication.translate("ShareOutput", "Share Not Saved")
                else:
                    title = QCoreApplication.translate("ShareOutput", "Share Not Printed")
                tell(self._window, title, str(result), warn=True)
                return
            dialog = ShareReviewDialog(result, action, self._window)
            self.review = dialog

            def answered() -> None:
                if self.review is dialog:
                    self.review = None
                dialog.deleteLater()
                if dialog.choice() is not None and locks == self._locks:
                    then()

            dialog.finished.connect(answered)
            dialog.open()

        self._fetch(attempt(lambda journal: journal.review_share(share_id)), show)

    def _read(
        self,
        share_id: int,
        then: Callable[[tuple[Share, PrintedShare] | JournalError], None],
    ) -> None:
        locks, today = self._locks, self._today()

        def deliver(result: tuple[Share, PrintedShare] | JournalError) -> None:
            if locks == self._locks:
                then(result)

        self._fetch(attempt(lambda journal: printed_now(journal, share_id, today)), deliver)

    def _write(self, share_id: int, path: Path, fmt: ExportFormat) -> None:
        locks, today = self._locks, self._today()

        def work(journal: Journal) -> PrintedShare:
            share = journal.get_share(share_id)  # with every edit submitted before
            # The save dialog has already asked before replacing a file the person chose.
            return export_share(
                journal, share, path, fmt, today=today, overwrite=True, say=wording_text
            )

        def done(result: PrintedShare | JournalError) -> None:
            if locks != self._locks:
                return
            if isinstance(result, JournalError):
                title = QCoreApplication.translate("ShareOutput", "Share Not Saved")
                tell(self._window, title, str(result), warn=True)
                return
            self.recorded.emit()
            self.status.emit(
                QCoreApplication.translate("ShareOutput", "Saved your share as {file}.").format(
                    file=path.name
                )
            )
            tell(
                self._window,
                QCoreApplication.translate("ShareOutput", "Share Saved"),
                saved_message(path, fmt, result.left_out),
            )

        self.status.emit(QCoreApplication.translate("ShareOutput", "Saving your share…"))
        self._fetch(attempt(work), done)
