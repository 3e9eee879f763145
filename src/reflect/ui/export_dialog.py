"""File → Export Journal…: every entry, decrypted, to JSON or to a folder of Markdown files.

The warning comes first, before any choice: an export is not encrypted. Then the person
picks a format and a place, and the export runs on the journal's worker behind a progress
dialog with Cancel (a stopped export leaves no files). The done message says where the
files are and, once more, that they are not encrypted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core import exporting
from reflect.core.errors import JournalError
from reflect.core.exporting import EXPORT_WARNING, ExportFormat, ExportResult
from reflect.ui import file_dialogs
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import number
from reflect.ui.messages import error_text, tell
from reflect.ui.progress_runner import run_with_progress
from reflect.ui.worker import JournalWorker

TITLE = QT_TRANSLATE_NOOP("ExportDialog", "Export Journal")  # shown translated


class ExportDialog(QDialog):
    """The warning, and the choice of format; "Choose Where…" goes on, Cancel stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("ExportDialog", TITLE)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.warning = QLabel(EXPORT_WARNING)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Warning: the export is not encrypted")
        )
        self.as_json = QRadioButton(
            QCoreApplication.translate(
                "ExportDialog", "JSON: one file, to import into Reflect or another app"
            )
        )
        self.as_json.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Export as one JSON file")
        )
        self.as_markdown = QRadioButton(
            QCoreApplication.translate(
                "ExportDialog",
                "Markdown: a folder with one file per entry, to read in any text editor",
            )
        )
        self.as_markdown.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Export as a folder of Markdown files")
        )
        self.formats = QButtonGroup(self)
        for button in (self.as_json, self.as_markdown):
            self.formats.addButton(button)
        self.as_json.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_on = buttons.addButton(
            QCoreApplication.translate("ExportDialog", "Choose Where…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go_on.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Choose where to save the export")
        )
        self.go_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addSpacing(8)
        layout.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "Export as:")))
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
        chosen = file_dialogs.save_file(
            window,
            QCoreApplication.translate("export_dialog", "Export Journal as JSON"),
            start / f"{name}.json",
            QCoreApplication.translate("export_dialog", "JSON files (*.json)"),
        )
        if chosen is None:
            return
        target = chosen
        target = target if target.suffix.lower() == ".json" else target.with_suffix(".json")
        # The save dialog has already asked before replacing a file the person chose.
        _start_export(window, worker, kind, target, overwrite=True)
        return
    folder = file_dialogs.choose_folder(
        window,
        QCoreApplication.translate("export_dialog", "Choose a Folder for the Markdown Files"),
        start,
    )
    if folder is not None:
        _start_export(window, worker, kind, markdown_folder(folder, name), overwrite=False)


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
        QCoreApplication.translate("export_dialog", "Exporting your journal…"),
        lambda journal, progress: exporting.export_journal(
            journal, kind, target, progress, overwrite=overwrite
        ),
        on_done=lambda result: _tell_done(window, result),
        on_error=lambda error: _tell_failure(window, error),
    )


def done_message(result: ExportResult) -> str:
    """What the person is told when the export is written."""
    if result.entries == 1:  # one and other: see reflect.ui.localized
        said = QCoreApplication.translate(
            "export_dialog",
            "Your journal is exported: 1 entry, in {path}. These files are not encrypted, so "
            "keep them somewhere safe, and delete them when you no longer need them.",
        )
    else:
        said = QCoreApplication.translate(
            "export_dialog",
            "Your journal is exported: {count} entries, in {path}. These files are not "
            "encrypted, so keep them somewhere safe, and delete them when you no longer need them.",
        )
    return said.format(count=number(result.entries), path=result.path)


def _tell_done(window: QWidget, result: ExportResult) -> None:
    tell(
        window,
        QCoreApplication.translate("export_dialog", "Journal Exported"),
        done_message(result),
    )


def _tell_failure(window: QWidget, error: JournalError) -> None:
    tell(
        window,
        QCoreApplication.translate("export_dialog", "Journal Not Exported"),
        error_text(error),
        warn=True,
    )
