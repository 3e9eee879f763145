"""File → Import…: bring in entries from another journal, after showing what will come in.

The steps: choose the kind of journal, choose its file (or folder), read it on the journal
worker (never the UI thread) behind a progress dialog, show a preview (how many entries,
their dates and tags, how many were imported before), then import on the worker in one
transaction behind a progress dialog with Cancel. Nothing is written before the person
presses Import, and a stopped or failed import changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import JournalError
from reflect.core.importers import dayone, jrnl  # importing the package registers every format
from reflect.core.importing import FORMATS, ImportedEntry
from reflect.core.imports import (
    ImportPreview,
    ImportResult,
    already_phrase,
    entries_phrase,
    tags_phrase,
)
from reflect.core.journal import Journal
from reflect.core.progress import Progress
from reflect.ui.progress_runner import run_with_progress
from reflect.ui.worker import JournalWorker

# How each format is offered; a format registered without a line here is offered by name.
_LABELS = {
    jrnl.NAME: "jrnl (text or JSON)",
    dayone.NAME: "Day One export (.zip or .json)",
    "markdown": "Markdown or text files (a folder)",
    "json": "Reflect export (.json)",
}
_FILTERS = {
    jrnl.NAME: "jrnl journals (*.txt *.json *.jrnl);;All files (*)",
    dayone.NAME: "Day One exports (*.zip *.json);;All files (*)",
    "json": "Reflect exports (*.json);;All files (*)",
}
_FOLDER_FORMATS = {"markdown"}
_NOTES = {dayone.NAME: dayone.NOTE}
_TAGS_SHOWN = 12

Loaded = tuple[list[ImportedEntry], ImportPreview]


class ChooseFormatDialog(QDialog):
    """Which journal the person is bringing in: a list of the formats Reflect reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        prompt = QLabel("Where are the entries you'd like to bring in from?")
        prompt.setWordWrap(True)
        self.formats = QComboBox()
        self.formats.setAccessibleName("Journal format")
        for name in sorted(FORMATS.parsers, key=lambda n: (n not in _LABELS, _label(n))):
            self.formats.addItem(_label(name), name)
        prompt.setBuddy(self.formats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = buttons.addButton(
            "Choose File…", QDialogButtonBox.ButtonRole.AcceptRole
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
        self.choose_button.setText("Choose Folder…" if folder else "Choose File…")

    @property
    def chosen(self) -> str:
        return str(self.formats.currentData())


class ImportPreviewDialog(QDialog):
    """What an import would bring in, with Import and Cancel; nothing is written before."""

    def __init__(
        self, source: Path, preview: ImportPreview, note: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.summary = QLabel("\n\n".join(preview_paragraphs(source, preview, note)))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What will be imported")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            f"Import {entries_phrase(preview.new).title()}", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not preview.is_empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)


def preview_paragraphs(source: Path, preview: ImportPreview, note: str | None) -> list[str]:
    """The preview in a few short paragraphs."""
    if preview.total == 0 or preview.first is None or preview.last is None:
        return [f"There are no entries in {source.name}, so there's nothing to import."]
    first, last = f"{preview.first:%d %B %Y}", f"{preview.last:%d %B %Y}"
    span = f"written on {first}" if first == last else f"written between {first} and {last}"
    paragraphs = [f"{source.name} holds {entries_phrase(preview.total)}, {span}."]
    if preview.already_imported == preview.total:
        paragraphs.append("All of them are already in your journal, so there's nothing new.")
    elif preview.already_imported:
        they = "it" if preview.already_imported == 1 else "they"
        paragraphs.append(f"{already_phrase(preview.already_imported)}; {they}'ll be skipped.")
    if preview.tags:
        paragraphs.append(tags_phrase(preview, _TAGS_SHOWN))
    if note:
        paragraphs.append(note)
    if not preview.is_empty:
        paragraphs.append("Nothing is added until you choose Import, and you can stop at any time.")
    return paragraphs


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
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        title = f"Import from {_label(format_name)}"
        if format_name in _FOLDER_FORMATS:
            chosen = QFileDialog.getExistingDirectory(self._window, title, start)
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window, title, start, _FILTERS.get(format_name, "All files (*)")
            )
        if not chosen:
            self._end()
            return
        self._source = Path(chosen)
        parse, source = FORMATS.parsers[format_name], self._source

        def read(journal: Journal, progress: Progress) -> Loaded:
            progress.start(0, f"Reading {source.name}…")
            entries = parse(source)
            progress.check()  # a Cancel pressed while reading stops here
            progress.start(0, "Comparing with your journal…")
            return entries, journal.import_preview(entries)

        self._run(f"Reading {source.name}…", read, self._on_read)

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

        self._run("Importing your entries…", work, self._on_done)

    def _on_done(self, result: ImportResult) -> None:
        self._entries = ()
        self._on_imported(result)
        self._tell(QMessageBox.Icon.Information, result.summary)

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
                QMessageBox.Icon.Information, "Stopped. Nothing was imported."
            ),
        )

    def _on_error(self, error: JournalError) -> None:
        self._tell(QMessageBox.Icon.Warning, str(error))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, "Import", text, QMessageBox.StandardButton.Ok, self._window)
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
    return _LABELS.get(format_name, format_name)
