"""The crash dialog: calm words, the error's type and frames only — never what was written."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflect.ui import app as app_module
from reflect.ui.crash_dialog import CrashDialog, CrashReporter, crash_details, quit_after_crash
from reflect.ui.session import JournalSession
from tests.ui.qt_helpers import texts_held_by, unlock

SECRET_MESSAGE = "Dana drove me to the meeting"
SECRET_LOCAL = "I nearly called my old dealer"


class NoteNotSaved(Exception):
    """An error of Reflect's own kind, with the note's words in its message."""


def _fail_with_entry_text() -> None:
    entry_text = SECRET_LOCAL  # a local holding journal text, as a real frame might
    raise NoteNotSaved(f"couldn't keep “{SECRET_MESSAGE}” after “{entry_text[:12]}”")


def _fail_with_a_cause() -> None:
    notes: dict[str, str] = {}
    try:
        notes[SECRET_MESSAGE]
    except KeyError as missing:
        raise RuntimeError(SECRET_LOCAL) from missing


@pytest.fixture
def quits() -> list[bool]:
    """One ``True`` each time the crash dialog asked Reflect to quit."""
    return []


@pytest.fixture
def reporter(
    qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> Iterator[CrashReporter]:
    """A reporter installed over Python's own hooks, as in Reflect (pytest's are set aside
    for the test: they would be called too, and fail it for the errors it makes on purpose)."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    installed = CrashReporter(lambda: quits.append(True))
    installed.install()
    yield installed
    installed.uninstall()


def _open_dialog(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    return reporter.dialog


def _every_text(dialog: QWidget) -> str:
    texts = texts_held_by(dialog)
    for child in dialog.findChildren(QWidget):
        texts += [*texts_held_by(child), child.accessibleDescription()]
    return "\n".join(texts)


def _crash_dialogs() -> list[QWidget]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def test_details_hold_the_type_and_frames_never_the_message_or_locals() -> None:
    with pytest.raises(NoteNotSaved) as caught:
        _fail_with_entry_text()
    details = crash_details(caught.type, caught.tb)
    assert details.splitlines()[0] == f"{__name__}.NoteNotSaved"
    assert "in _fail_with_entry_text" in details
    assert "test_crash_dialog.py, line " in details
    assert SECRET_MESSAGE not in details and SECRET_LOCAL[:12] not in details
    assert str(Path.home()) not in details  # no folder names beyond the package's own


def test_an_error_in_the_ui_shows_the_dialog_without_the_words(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    QTimer.singleShot(0, _fail_with_entry_text)  # raised in a slot: PySide6's excepthook
    dialog = _open_dialog(qtbot, reporter)
    shown = _every_text(dialog)
    assert "Something went wrong inside Reflect." in shown
    assert "Reflect saves your writing as you go" in shown
    assert "NoteNotSaved" in shown and "_fail_with_entry_text" in shown
    assert SECRET_MESSAGE not in shown and SECRET_LOCAL[:12] not in shown

    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details_text() == dialog.details.toPlainText()
    assert "NoteNotSaved" in copied
    assert SECRET_MESSAGE not in copied and SECRET_LOCAL[:12] not in copied


def test_a_chained_error_names_both_types_and_neither_message(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    try:
        _fail_with_a_cause()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    dialog = _open_dialog(qtbot, reporter)
    details = dialog.details_text()
    assert details.index("RuntimeError") < details.index("Caused by:") < details.index("KeyError")
    assert SECRET_MESSAGE not in details and SECRET_LOCAL not in details


def test_an_error_in_another_thread_is_shown_on_the_ui_thread(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    worker = threading.Thread(target=_fail_with_entry_text)
    worker.start()
    worker.join()
    dialog = _open_dialog(qtbot, reporter)
    assert dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    assert "NoteNotSaved" in dialog.details_text()
    assert SECRET_MESSAGE not in _every_text(dialog)


def test_more_errors_while_it_is_open_add_to_it_instead_of_stacking(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    for _ in range(3):
        QTimer.singleShot(0, _fail_with_entry_text)
    QTimer.singleShot(0, _fail_with_a_cause)
    dialog = _open_dialog(qtbot, reporter)
    qtbot.waitUntil(lambda: dialog.times == 4)
    assert _crash_dialogs() == [dialog]
    assert dialog.repeats.text() == "This has happened 4 times since this message opened."
    details = dialog.details_text()
    assert details.count("NoteNotSaved") == 1  # the same error is kept once
    assert "RuntimeError" in details

    dialog.continue_button.click()  # Continue: closed; the next error opens a new one
    assert reporter.dialog is None and _crash_dialogs() == []
    QTimer.singleShot(0, _fail_with_entry_text)
    again = _open_dialog(qtbot, reporter)
    assert again.times == 1 and not again.repeats.isVisible()


def test_quit_reflect_asks_the_app_to_quit(
    qtbot: QtBot, reporter: CrashReporter, quits: list[bool]
) -> None:
    QTimer.singleShot(0, _fail_with_entry_text)
    dialog = _open_dialog(qtbot, reporter)
    dialog.quit_button.click()
    assert quits == [True]
    assert not dialog.isVisible()


def test_quitting_after_a_crash_closes_the_window_which_saves_and_ends_the_session(
    qtbot: QtBot, session: JournalSession
) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    with qtbot.waitSignal(session.ended):
        quit_after_crash(window)
    assert not window.isVisible()


def test_a_hook_installed_before_still_hears_of_errors(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, *_: heard.append(kind.__name__))
    monkeypatch.setattr(threading, "excepthook", lambda args: heard.append(args.thread.name))
    reporter = CrashReporter(lambda: None)
    reporter.install()
    try:
        QTimer.singleShot(0, _fail_with_entry_text)
        qtbot.waitUntil(lambda: heard == ["NoteNotSaved"])
        worker = threading.Thread(target=_fail_with_entry_text, name="worker")
        worker.start()
        worker.join()
        assert heard == ["NoteNotSaved", "worker"]
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.times == 2)
        dialog = reporter.dialog
        assert dialog is not None and not dialog.isModal()  # windows stay usable: save, quit
    finally:
        reporter.uninstall()


def test_uninstall_puts_the_hooks_back() -> None:
    before, thread_before = sys.excepthook, threading.excepthook
    reporter = CrashReporter(lambda: None)
    reporter.install()
    assert sys.excepthook is not before and threading.excepthook is not thread_before
    reporter.uninstall()
    assert sys.excepthook is before and threading.excepthook is thread_before


def test_run_app_reports_crashes_while_it_runs_and_restores_the_hooks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(app_module, "ui_settings", lambda: settings)
    before, thread_before = sys.excepthook, threading.excepthook
    during: list[object] = []

    def look_and_leave() -> None:
        during.append(sys.excepthook)
        during.append(threading.excepthook)
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(0, look_and_leave)
    assert app_module.run_app(tmp_path / "journal") == 0
    assert len(during) == 2 and during[0] is not before and during[1] is not thread_before
    assert getattr(during[0], "__self__", None).__class__ is CrashReporter
    assert sys.excepthook is before and threading.excepthook is thread_before
    for widget in QApplication.topLevelWidgets():
        widget.close()  # the unlock screen run_app opened
