"""No recent-files traces: Reflect's file dialogs (``reflect.ui.file_dialogs``) leave
nothing in the settings Qt's file dialog shares with every Qt program, never write the
desktop's ``recently-used.xbel``, and every dialog in Reflect goes through them.

The dialogs here are real ``QFileDialog``s, answered by typing into their file name field
as a person would.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

import reflect
from reflect.core.backup import BACKUP_SUFFIX
from reflect.ui import file_dialogs
from reflect.ui.backup_actions import back_up_now
from reflect.ui.session import JournalSession
from reflect.ui.worker import JournalWorker
from tests.ui.qt_helpers import unlock

SOURCE = Path(reflect.__file__).parent


@pytest.fixture
def qt_config(tmp_path: Path) -> Iterator[Path]:
    """A config folder of the test's own for every QSettings made from here on, Qt's file
    dialog's included (so nothing another test did is seen, and nothing leaks out)."""
    before = Path(file_dialogs.qt_file_dialog_settings().fileName()).parent
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(before))


def qt_project_file() -> Path:
    return Path(file_dialogs.qt_file_dialog_settings().fileName())


def file_dialog_settings() -> dict[str, object]:
    settings = file_dialogs.qt_file_dialog_settings()
    settings.beginGroup(file_dialogs.SETTINGS_GROUP)
    return {key: settings.value(key) for key in settings.allKeys()}


def recently_used_files() -> list[Path]:
    return list(Path(os.environ["XDG_DATA_HOME"]).rglob("recently-used.xbel*"))


def answer_file_dialog(answer: Path | None) -> list[str]:
    """Type ``answer`` into the next file dialog and accept it (``None``: Cancel); the list
    gets the dialog's title and whether it was Qt's own dialog."""
    seen: list[str] = []

    def type_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, type_and_accept)
            return
        native = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen.extend([dialog.windowTitle(), "native" if native else "Qt's own"])
        if answer is None:
            dialog.reject()
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(answer))
        dialog.accept()

    QTimer.singleShot(0, type_and_accept)
    return seen


def test_qt_file_dialog_on_its_own_records_where_it_went(
    qtbot: QtBot, qt_config: Path, tmp_path: Path
) -> None:
    """What the module guards against, seen where the tests below look for it."""
    dialog = QFileDialog(None, "Plain Qt", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    shiboken6.delete(dialog)  # as the static functions do when they return
    assert qt_project_file().parent == qt_config
    recorded = file_dialog_settings()
    assert recorded["lastVisited"] == tmp_path.as_uri()
    assert {"history", "sidebarWidth", "treeViewHeader"} <= set(recorded)


def test_saving_leaves_no_file_dialog_settings_and_no_recent_files(
    qtbot: QtBot, qt_config: Path, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    seen = answer_file_dialog(documents / "Reflect backup")
    chosen = file_dialogs.save_file(
        None, "Save an Encrypted Backup", documents / "suggested.reflectbackup", "All files (*)"
    )
    assert chosen == documents / "Reflect backup"
    assert seen == ["Save an Encrypted Backup", "Qt's own"]
    assert not qt_project_file().exists()  # not even an empty file is left
    assert recently_used_files() == []


def test_opening_and_choosing_a_folder_leave_no_trace_either(
    qtbot: QtBot, qt_config: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Import"
    folder.mkdir()
    (folder / "journal.txt").write_text("words", encoding="utf-8")
    answer_file_dialog(folder / "journal.txt")
    assert file_dialogs.open_file(None, "Import", folder, "Text (*.txt)") == folder / "journal.txt"
    answer_file_dialog(folder)
    assert file_dialogs.choose_folder(None, "Choose a Folder", tmp_path) == folder
    answer_file_dialog(None)
    assert file_dialogs.choose_folder(None, "Choose a Folder", tmp_path) is None
    assert not qt_project_file().exists()
    assert recently_used_files() == []


def test_what_other_programs_keep_there_is_put_back_as_it_was(
    qtbot: QtBot, qt_config: Path, tmp_path: Path
) -> None:
    theirs = file_dialogs.qt_file_dialog_settings()
    theirs.setValue("FileDialog/history", ["file:///srv/photos"])
    theirs.setValue("FileDialog/lastVisited", "file:///srv/photos")
    theirs.setValue("FileDialog/viewMode", "List")
    theirs.setValue("SomethingElse/kept", "yes")
    theirs.sync()
    before = file_dialog_settings()
    answer_file_dialog(tmp_path / "chart.png")
    assert file_dialogs.save_file(None, "Save Chart as PNG", tmp_path / "x.png", "") == (
        tmp_path / "chart.png"
    )
    assert file_dialog_settings() == before
    assert str(tmp_path) not in qt_project_file().read_text(encoding="utf-8")
    assert file_dialogs.qt_file_dialog_settings().value("SomethingElse/kept") == "yes"


def test_back_up_now_goes_through_the_traceless_dialog(
    qtbot: QtBot, qt_config: Path, tmp_path: Path, worker: JournalWorker, window: QMainWindow
) -> None:
    seen = answer_file_dialog(tmp_path / "my backup")
    back_up_now(window, worker)
    assert seen == ["Save an Encrypted Backup", "Qt's own"]
    qtbot.waitUntil((tmp_path / f"my backup{BACKUP_SUFFIX}").is_file)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    for box in window.findChildren(QMessageBox):
        box.close()
    assert not qt_project_file().exists()
    assert recently_used_files() == []


def test_every_file_dialog_in_reflect_is_one_of_these() -> None:
    asking = re.compile(
        r"QFileDialog|getSaveFileName|getOpenFileName|getExistingDirectory"
        r"|RecentDocument|recently-used"
    )
    using = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if path.name != "file_dialogs.py" and asking.search(path.read_text(encoding="utf-8"))
    ]
    assert using == []


def test_no_journal_folder_is_remembered_in_the_settings(
    qtbot: QtBot, session: JournalSession, journal_folder: Path, tmp_path: Path
) -> None:
    unlock(qtbot, session)  # creates the journal
    session.lock()
    assert session.window is not None
    session.window.close()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)  # the session's
    assert settings.allKeys()  # the window's size and place, for one
    written = [str(settings.value(key)) for key in settings.allKeys()]
    assert [value for value in written if journal_folder.name in value] == []
