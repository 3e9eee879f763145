"""Helpers for driving real Qt widgets in tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE


def answer_next_message_box(button_text: str, asked: list[str] | None = None) -> None:
    """Click ``button_text`` in the next message box that opens; note its text in ``asked``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                if asked is not None:
                    asked.append(box.text())
                button.click()
                return
        raise AssertionError(f"no {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(20, click)


def unlock_on_worker(qtbot: QtBot, worker: JournalWorker, folder: Path) -> None:
    """Open the journal in ``folder`` on ``worker`` and wait until it is open."""
    opened: list[object] = []
    worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened))


def open_main_window(qtbot: QtBot, folder: Path, settings_folder: Path) -> MainWindow:
    """A main window on the (already created) journal in ``folder``, loaded and shown."""
    worker = JournalWorker()
    unlock_on_worker(qtbot, worker, folder)
    settings = QSettings(str(settings_folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(worker, settings)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window
