"""Starting the window: one journal session on the running (or a new) QApplication."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reflect.ui.app_icon import APP_ID, app_icon
from reflect.ui.apply_preferences import apply_preferences
from reflect.ui.crash_dialog import CrashReporter, quit_after_crash
from reflect.ui.session import JournalSession
from reflect.ui.translations import install_translators

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
    # Matches the .desktop file, so Wayland docks show Reflect's own icon and name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Before any window exists: texts are translated when widgets are made.
    install_translators(app)
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
    settings = ui_settings()
    apply_preferences(settings)  # the chosen colours from the first screen on
    session = JournalSession(folder, settings, **session_options)
    session.ended.connect(app.quit)
    # Errors nothing else caught: a calm dialog without a word of the journal in it.
    crashes = CrashReporter(lambda: quit_after_crash(session.window))
    crashes.install()
    try:
        session.start()
        return app.exec()
    finally:
        crashes.uninstall()  # the hooks as they were: tests and embedders run many apps
        session.shut_down()
        app.setQuitOnLastWindowClosed(quit_on_last_window)
