"""File → Import…: bring in entries from another journal, after showing what will come in.

The steps: choose the kind of journal, choose its file (or folder), read it on the journal
worker (never the UI thread) behind a progress dialog, show a preview (how many entries,
their dates and tags, how many were imported before), then import on the worker in one
transaction behind a progress dialog with Cancel. Nothing is written before the person
presses Import, and a stopped or failed import changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import JournalError
from reflect.core.importers import dayone, jrnl  # importing the package registers every format
from reflect.core.importing import FORMATS, ImportedEntry
from reflect.core.imports import ImportPreview, ImportResult
from reflect.core.journal import Journal
from reflect.core.progress import Progress
from reflect.ui import file_dialogs
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import day_month_year, number
from reflect.ui.messages import error_text, wording_text
from reflect.ui.progress_runner import run_with_progress
from reflect.ui.worker import JournalWorker

# How each format is offered; a format registered without a line here is offered by name.
# Labels and file filters are translated where shown (context "import_dialog").
_LABELS = {
    jrnl.NAME: QT_TRANSLATE_NOOP("import_dialog", "jrnl (text or JSON)"),
    dayone.NAME: QT_TRANSLATE_NOOP("import_dialog", "Day One export (.zip or .json)"),
    "markdown": QT_TRANSLATE_NOOP("import_dialog", "Markdown or text files (a folder)"),
    "json": QT_TRANSLATE_NOOP("import_dialog", "Reflect export (.json)"),
}
_FILTERS = {
    jrnl.NAME: QT_TRANSLATE_NOOP(
        "import_dialog", "jrnl journals (*.txt *.json *.jrnl);;All files (*)"
    ),
    dayone.NAME: QT_TRANSLATE_NOOP(
        "import_dialog", "Day One exports (*.zip *.json);;All files (*)"
    ),
    "json": QT_TRANSLATE_NOOP("import_dialog", "Reflect exports (*.json);;All files (*)"),
}
_ALL_FILES = QT_TRANSLATE_NOOP("import_dialog", "All files (*)")
_FOLDER_FORMATS = {"markdown"}
_NOTES = {dayone.NAME: dayone.NOTE}
_TAGS_SHOWN = 12

Loaded = tuple[list[ImportedEntry], ImportPreview]


class ChooseFormatDialog(QDialog):
    """Which journal the person is bringing in: a list of the formats Reflect reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ChooseFormatDialog", "Import"))
        prompt = QLabel(
            QCoreApplication.translate(
                "ChooseFormatDialog", "Where are the entries you'd like to bring in from?"
            )
        )
        prompt.setWordWrap(True)
        self.formats = QComboBox()
        self.formats.setAccessibleName(
            QCoreApplication.translate("ChooseFormatDialog", "Journal format")
        )
        for name in sorted(FORMATS.parsers, key=lambda n: (n not in _LABELS, _label(n))):
            self.formats.addItem(_label(name), name)
        prompt.setBuddy(self.formats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = buttons.addButton(
            QCoreApplication.translate("ChooseFormatDialog", "Choose File…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.formats.currentIndexChanged.connect(self._on_formats_current_index_changed)
        self._on_formats_current_index_changed()
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.formats)
        layout.addWidget(buttons)

    def _on_formats_current_index_changed(self) -> None:
        folder = self.chosen in _FOLDER_FORMATS
        self.choose_button.setText(
            QCoreApplication.translate("ChooseFormatDialog", "Choose Folder…")
            if folder
            else QCoreApplication.translate("ChooseFormatDialog", "Choose File…")
        )

    @property
    def chosen(self) -> str:
        return str(self.formats.currentData())


class ImportPreviewDialog(QDialog):
    """What an import would bring in, with Import and Cancel; nothing is written before."""

    def __init__(
        self, source: Path, preview: ImportPreview, note: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", "Import"))
        self.summary = QLabel("\n\n".join(preview_paragraphs(source, preview, note)))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            QCoreApplication.translate("ImportPreviewDialog", "What will be imported")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if preview.new == 1:  # one and other: see reflect.ui.localized
            go = QCoreApplication.translate("ImportPreviewDialog", "Import 1 Entry")
        else:
            go = QCoreApplication.translate("ImportPreviewDialog", "Import {count} Entries").format(
                count=number(preview.new)
            )
        self.import_button = buttons.addButton(go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(not preview.is_empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)


def preview_paragraphs(source: Path, preview: ImportPreview, note: str | None) -> list[str]:
    """The preview in a few short paragraphs."""
    if preview.total == 0 or preview.first is None or preview.last is None:
        nothing = QCoreApplication.translate(
            "import_dialog", "There are no entries in {file}, so there's nothing to import."
        )
        return [nothing.format(file=source.name)]
    paragraphs = [_holds(source, preview.total, preview.first, preview.last)]
    skipped = preview.already_imported
    if skipped == preview.total:
        paragraphs.append(
            QCoreApplication.translate(
                "import_dialog", "All of them are already in your journal, so there's nothing new."
            )
        )
    elif skipped == 1:
        paragraphs.append(
            QCoreApplication.translate(
                "import_dialog", "1 was already in your journal; it'll be skipped."
            )
        )
    elif skipped:
        they = QCoreApplication.translate(
            "import_dialog", "{count} were already in your journal; they'll be skipped."
        )
        paragraphs.append(they.format(count=number(skipped)))
    if preview.tags:
        paragraphs.append(_tags(preview.tags, _TAGS_SHOWN))
    if note:
        paragraphs.append(note)
    if not preview.is_empty:
        paragraphs.append(
            QCoreApplication.translate(
                "import_dialog",
                "Nothing is added until you choose Import, and you can stop at any time.",
            )
        )
    return paragraphs


def _holds(source: Path, total: int, first: datetime, last: datetime) -> str:
    """How many entries the file holds and when they were written, in one sentence."""
    first_day, last_day = day_month_year(first), day_month_year(last)
    if first_day != last_day:
        text = QCoreApplication.translate(
            "import_dialog", "{file} holds {count} entries, written between {first} and {last}."
        )
    elif total == 1:
        text = QCoreApplication.translate(
            "import_dialog", "{file} holds 1 entry, written on {first}."
        )
    else:
        text = QCoreApplication.translate(
            "import_dialog", "{file} holds {count} entries, written on {first}."
        )
    return text.format(file=source.name, count=number(total), first=first_day, last=last_day)


def _tags(tags: Sequence[tuple[str, int]], shown: int) -> str:
    """ "Tags: a (3), b (1) and 4 more." — the ``shown`` most used tags of an import."""
    each = QCoreApplication.translate("import_dialog", "{tag} ({count})")
    listed = ", ".join(each.format(tag=t, count=number(n)) for t, n in tags[:shown])
    more = len(tags) - shown
    if more > 0:
        return QCoreApplication.translate("import_dialog", "Tags: {tags} and {count} more.").format(
            tags=listed, count=number(more)
        )
    return QCoreApplication.translate("import_dialog", "Tags: {tags}.").format(tags=listed)


class ImportFlow(QObject):
    """One import, from choosing the format to the closing message. Dialogs are opened
    window-modal (``open``, not ``exec``), so the window keeps drawing throughout."""

    def __init__(
        self,
        window: QWidget,
        worker: JournalWorker,
        on_imported: Callable[[ImportResult], None],
    ) -> None:
        super().__init__(window)
        self._window, self._worker, self._on_imported = window, worker, on_imported
        self.dialog: QDialog | None = None  # the dialog or message showing now (for tests)
        self.progress_dialog: QProgressDialog | None = None
        self._format = ""
        self._source = Path()
        self._entries: Sequence[ImportedEntry] = ()

    def start(self) -> None:
        dialog = ChooseFormatDialog(self._window)
        dialog.accepted.connect(lambda: self._choose_source(dialog.chosen))
        dialog.rejected.connect(self._end)
        self._show(dialog)

    def _choose_source(self, format_name: str) -> None:
        self._format = format_name
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
            or Path.home()
        )
        title = QCoreApplication.translate("ImportFlow", "Import from {format}").format(
            format=_label(format_name)
        )
        if format_name in _FOLDER_FORMATS:
            chosen = file_dialogs.choose_folder(self._window, title, start)
        else:
            shown = _FILTERS.get(format_name, _ALL_FILES)
            chosen = file_dialogs.open_file(
                self._window, title, start, QCoreApplication.translate("import_dialog", shown)
            )
        if chosen is None:
            self._end()
            return
        self._source = chosen
        parse, source = FORMATS.parsers[format_name], self._source
        # Said in the UI thread's language now; the worker only passes the words on.
        reading = QCoreApplication.translate("ImportFlow", "Reading {file}…").format(
            file=source.name
        )
        comparing = QCoreApplication.translate("ImportFlow", "Comparing with your journal…")

        def read(journal: Journal, progress: Progress) -> Loaded:
            progress.start(0, reading)
            entries = parse(source)
            progress.check()  # a Cancel pressed while reading stops here
            progress.start(0, comparing)
            return entries, journal.import_preview(entries)

        self._run(reading, read, self._on_read)

    def _on_read(self, loaded: Loaded) -> None:
        self._entries, preview = loaded
        dialog = ImportPreviewDialog(self._source, preview, _NOTES.get(self._format), self._window)
        dialog.accepted.connect(self._import)
        dialog.rejected.connect(self._end)
        self._show(dialog)

    def _import(self) -> None:
        entries = self._entries

        def work(journal: Journal, progress: Progress) -> ImportResult:
            return journal.import_entries(entries, progress)

        self._run(
            QCoreApplication.translate("ImportFlow", "Importing your entries…"), work, self._on_done
        )

    def _on_done(self, result: ImportResult) -> None:
        self._entries = ()
        self._on_imported(result)
        self._tell(QMessageBox.Icon.Information, wording_text(result.wording))

    def _run(
        self,
        label: str,
        work: Callable[[Journal, Progress], Any],
        on_done: Callable[[Any], None],
    ) -> None:
        self.dialog = None
        self.progress_dialog = run_with_progress(
            self._window,
            self._worker,
            label,
            work,
            on_done=on_done,
            on_error=self._on_error,
            on_cancelled=lambda: self._tell(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("ImportFlow", "Stopped. Nothing was imported."),
            ),
        )

    def _on_error(self, error: JournalError) -> None:
        self._tell(QMessageBox.Icon.Warning, error_text(error))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        title = QCoreApplication.translate("ImportFlow", "Import")
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.finished.connect(self._end)
        self._show(box)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def abandon(self) -> None:
        """Close whatever the flow shows and forget what it read (the window is locking).
        An import already running on the worker still finishes or stops on its own."""
        dialog = self.dialog
        self._end()
        if dialog is not None:
            dialog.blockSignals(True)  # closing it is not the person's answer
            dialog.close()
            dialog.deleteLater()

    def _end(self) -> None:
        self.dialog = None
        self._entries = ()
        self.deleteLater()


def import_into_journal(
    window: QWidget, worker: JournalWorker, on_imported: Callable[[ImportResult], None]
) -> ImportFlow:
    """Start File → Import… over ``window``; ``on_imported(result)`` follows a finished
    import (``result.changes`` says which entries are new). Returns the flow (for tests)."""
    flow = ImportFlow(window, worker, on_imported)
    flow.start()
    return flow


def _label(format_name: str) -> str:
    label = _LABELS.get(format_name)
    return format_name if label is None else QCoreApplication.translate("import_dialog", label)
