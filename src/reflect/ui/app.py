"""Starting the window: one journal session on the running (or a new) QApplication."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reflect.ui.session import JournalSession

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
    """Non-sensitive UI state only (window geometry, preferences); never anything written."""
    return QSettings(ORGANIZATION, APPLICATION)


def run_app(folder: Path, **session_options: Any) -> int:
    """Run a session on ``folder`` until the person closes it; returns the exit code."""
    app = application()
    # Locking hides the window while the unlock screen shows: the session, not "the last
    # window closed", decides when Reflect ends.
    quit_on_last_window = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    session = JournalSession(folder, ui_settings(), **session_options)
    session.ended.connect(app.quit)
    try:
        session.start()
        return app.exec()
    finally:
        session.shut_down()
        app.setQuitOnLastWindowClosed(quit_on_last_window)
