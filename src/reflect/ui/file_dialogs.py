"""Every file dialog Reflect shows: save a file, open a file, choose a folder.

Each leaves no trace of where the person went. The dialogs are Qt's own (not the
platform's): a GTK or portal dialog adds the file to ``recently-used.xbel`` and the
desktop's "Recent" lists, where anyone at a shared computer can see that a journal was
exported or backed up. Qt's dialog keeps nothing in Reflect's settings, but its destructor
writes the folders it visited (``history``, ``lastVisited``) and its layout into the
"FileDialog" group of the settings every Qt program shares (``QSettings(UserScope,
"QtProject")``: ``$XDG_CONFIG_HOME/QtProject.conf`` on Linux). So each dialog is deleted
at once and that group put back exactly as it was before the dialog opened, which keeps
other programs' own choices there. Reflect never remembers a last folder of its own: each
dialog starts in the place its caller suggests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

SHARED_ORGANIZATION = "QtProject"  # where QFileDialog keeps its settings
SETTINGS_GROUP = "FileDialog"


def qt_file_dialog_settings() -> QSettings:
    """The settings QFileDialog itself writes to (opened the way Qt opens them)."""
    return QSettings(QSettings.Scope.UserScope, SHARED_ORGANIZATION)


def save_file(parent: QWidget | None, caption: str, suggested: Path, filters: str) -> Path | None:
    """Where to save a file, starting at ``suggested`` (a folder and a name); ``None`` if
    the person cancelled. The dialog asks before replacing a file the person chose."""
    dialog = _dialog(parent, caption, suggested.parent, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    return _chosen(dialog)


def open_file(parent: QWidget | None, caption: str, start: Path, filters: str) -> Path | None:
    """An existing file to read, starting in the folder ``start``; ``None`` if cancelled."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def choose_folder(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    """An existing folder, starting in ``start``; ``None`` if the person cancelled."""
    dialog = _dialog(parent, caption, start, "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)


def _dialog(parent: QWidget | None, caption: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(folder), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])  # it was read from the shared settings: other programs' folders
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    with leaving_no_trace():
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            files = dialog.selectedFiles()
        finally:
            shiboken6.delete(dialog)  # its destructor writes the settings: now, not later
    return Path(files[0]) if accepted and files else None


@contextmanager
def leaving_no_trace() -> Iterator[None]:
    """Put QFileDialog's shared settings back as they were before the ``with`` block."""
    settings = qt_file_dialog_settings()
    existed = Path(settings.fileName()).exists()
    settings.beginGroup(SETTINGS_GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        _put_back(before, existed)


def _put_back(before: dict[str, object], existed: bool) -> None:
    settings = qt_file_dialog_settings()
    settings.sync()  # read what the dialog's destructor has just written
    settings.beginGroup(SETTINGS_GROUP)
    for key in settings.allKeys():
        if key not in before:
            settings.remove(key)
    for key, value in before.items():
        if settings.value(key) != value:
            settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
    file = Path(settings.fileName())
    if not existed and not settings.allKeys() and file.exists():
        file.unlink(missing_ok=True)  # not even an empty file says a Qt program ran
