"""File → Export Journal…: every entry, decrypted, to JSON or to a folder of Markdown files.

The warning comes first, before any choice: an export is not encrypted. Then the person
picks a format and a place, and the export runs on the journal's worker behind a progress
dialog with Cancel (a stopped export leaves no files). The done message says where the
files are and, once more, that they are not encrypted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core import exporting
from reflect.core.errors import JournalError
from reflect.core.exporting import EXPORT_WARNING, ExportFormat, ExportResult
from reflect.ui.messages import tell
from reflect.ui.progress_runner import run_with_progress
from reflect.ui.worker import JournalWorker

TITLE = "Export Journal"


class ExportDialog(QDialog):
    """The warning, and the choice of format; "Choose Where…" goes on, Cancel stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.warning = QLabel(EXPORT_WARNING)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Warning: the export is not encrypted")
        self.as_json = QRadioButton("JSON: one file, to import into Reflect or another app")
        self.as_json.setAccessibleName("Export as one JSON file")
        self.as_markdown = QRadioButton(
            "Markdown: a folder with one file per entry, to read in any text editor"
        )
        self.as_markdown.setAccessibleName("Export as a folder of Markdown files")
        self.formats = QButtonGroup(self)
        for button in (self.as_json, self.as_markdown):
            self.formats.addButton(button)
        self.as_json.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_on = buttons.addButton("Choose Where…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_on.setAccessibleName("Choose where to save the export")
        self.go_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addSpacing(8)
        layout.addWidget(QLabel("Export as:"))
        layout.addWidget(self.as_json)
        layout.addWidget(self.as_markdown)
        layout.addWidget(buttons)

    @property
    def chosen(self) -> ExportFormat:
        return ExportFormat.MARKDOWN if self.as_markdown.isChecked() else ExportFormat.JSON


def export_journal(window: QWidget, worker: JournalWorker) -> None:
    """Warn, let the person choose format and place, then export with progress and Cancel."""
    dialog = ExportDialog(window)
    dialog.accepted.connect(lambda: _choose_place(window, worker, dialog.chosen))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _choose_place(window: QWidget, worker: JournalWorker, kind: ExportFormat) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(documents or Path.home())
    name = f"Reflect journal {date.today():%Y-%m-%d}"
    if kind is ExportFormat.JSON:
        chosen, _ = QFileDialog.getSaveFileName(
            window, "Export Journal as JSON", str(start / f"{name}.json"), "JSON files (*.json)"
        )
        if not chosen:
            return
        target = Path(chosen)
        target = target if target.suffix.lower() == ".json" else target.with_suffix(".json")
        # The save dialog has already asked before replacing a file the person chose.
        _start_export(window, worker, kind, target, overwrite=True)
        return
    chosen = QFileDialog.getExistingDirectory(
        window, "Choose a Folder for the Markdown Files", str(start)
    )
    if chosen:
        _start_export(window, worker, kind, markdown_folder(Path(chosen), name), overwrite=False)


def markdown_folder(chosen: Path, name: str) -> Path:
    """The chosen folder if it is empty, else a new folder ``name`` (numbered) inside it:
    an export never mixes its files with others."""
    try:
        if not any(chosen.iterdir()):
            return chosen
    except OSError:
        return chosen  # the export itself will say what is wrong with it
    target, number = chosen / name, 1
    while target.exists():
        number += 1
        target = chosen / f"{name} {number}"
    return target


def _start_export(
    window: QWidget, worker: JournalWorker, kind: ExportFormat, target: Path, *, overwrite: bool
) -> None:
    try:
        exporting.check_target(kind, target, overwrite=overwrite)
    except JournalError as error:
        _tell_failure(window, error)
        return
    run_with_progress(
        window,
        worker,
        "Exporting your journal…",
        lambda journal, progress: exporting.export_journal(
            journal, kind, target, progress, overwrite=overwrite
        ),
        on_done=lambda result: _tell_done(window, result),
        on_error=lambda error: _tell_failure(window, error),
    )


def done_message(result: ExportResult) -> str:
    """What the person is told when the export is written."""
    count = f"{result.entries} {'entry' if result.entries == 1 else 'entries'}"
    return (
        f"Your journal is exported: {count}, in {result.path}. These files are not "
        "encrypted, so keep them somewhere safe, and delete them when you no longer need them."
    )


def _tell_done(window: QWidget, result: ExportResult) -> None:
    tell(window, "Journal Exported", done_message(result))


def _tell_failure(window: QWidget, error: JournalError) -> None:
    tell(window, "Journal Not Exported", str(error), warn=True)
