"""Starting the window: the unlock dialog first, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from reflect.ui.main_window import MainWindow
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker

ORGANIZATION = "Reflect"
APPLICATION = "Reflect"


def application() -> QApplication:
    """The running ``QApplication``, or a new one (tests and embedders bring their own)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def ui_settings() -> QSettings:
    """Non-sensitive UI state only (window geometry); never anything a person wrote."""
    return QSettings(ORGANIZATION, APPLICATION)


def run_app(folder: Path, **journal_options: Any) -> int:
    """Show the unlock dialog, then the main window; return when the window closes."""
    app = application()
    worker = JournalWorker()
    try:
        dialog = UnlockDialog(worker, folder, **journal_options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        window = MainWindow(worker, ui_settings())
        window.show()
        window.load()
        return app.exec()
    finally:
        worker.shutdown()
