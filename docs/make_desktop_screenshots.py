"""Screenshots of the desktop parts: first run, Preferences, discreet mode and Spanish.

Off-screen, from the repository root (saves ``docs/images/first-run*.png``,
``preferences.png`` and ``spanish-main-window.png``)::

    .venv/bin/python docs/make_desktop_screenshots.py

Discreet mode is about what the desktop shows (window titles and icons in title bars and
task bars), which an off-screen grab can't show. So it is taken on a virtual X screen with a
window manager drawing the title bars (Debian packages ``xvfb`` and ``openbox``)::

    ../shared/tools/xshot docs/images/discreet-mode.png 12 -- \\
        sh -c 'openbox & exec .venv/bin/python docs/make_desktop_screenshots.py --discreet'
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

if "--discreet" not in sys.argv:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import PASSPHRASE, fill

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.app_icon import app_icon
from reflect.ui.preferences import DISCREET_MODE
from reflect.ui.preferences_dialog import PreferencesDialog
from reflect.ui.session import JournalSession
from reflect.ui.translations import install_translators, remove_translators

T = TypeVar("T")
OUT = Path(__file__).resolve().parent / "images"
FIRST_PASSPHRASE = "river stone morning lantern"  # noqa: S105 - a throwaway journal's


def need(value: T | None, what: str) -> T:
    """``value``, which the screenshots can't go on without."""
    if value is None:
        raise SystemExit(f"no {what} to photograph")
    return value


def settle(condition: Callable[[], bool] = lambda: True, rounds: int = 40) -> None:
    """Let Qt lay out and paint; wait until ``condition`` holds."""
    while not condition():
        QCoreApplication.processEvents()
    for _ in range(rounds):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print(f"saved {OUT / name}")


def settings_in(folder: Path, name: str) -> QSettings:
    return QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)


def open_session(folder: Path, settings: QSettings, passphrase: str = PASSPHRASE) -> JournalSession:
    """A real session on ``folder``, unlocked the way a person would: type, press Open."""
    session = JournalSession(folder, settings, kdf=KdfParams.fast_for_tests())
    session.start()
    dialog = need(session.dialog, "unlock screen")
    dialog.passphrase.setText(passphrase)
    dialog.open_button.click()
    settle(lambda: session.window is not None and session.window.isVisible())
    settle(lambda: session.window is not None and session.window.entry_model.rowCount() > 0)
    return session


def first_run(temp: Path) -> None:
    settings = settings_in(temp, "first-run")
    session = JournalSession(temp / "new journal", settings, kdf=KdfParams.fast_for_tests())
    session.start()
    dialog = need(session.dialog, "unlock screen")
    settle()
    save(dialog, "first-run.png")
    dialog.passphrase.setText("password1")
    settle()
    save(dialog, "first-run-common-passphrase.png")
    dialog.passphrase.setText(FIRST_PASSPHRASE)
    dialog.confirmation.setText(FIRST_PASSPHRASE)
    dialog.make_recovery_code.setChecked(False)  # the code's own dialog has its screenshot
    settle()
    save(dialog, "first-run-strong-passphrase.png")
    dialog.open_button.click()
    settle(lambda: session.window is not None and session.window.isVisible(), rounds=200)
    window = need(session.window, "main window")
    window.resize(1100, 700)
    settle(rounds=100)
    save(window, "first-run-first-entry.png")
    window.close()
    session.shut_down()


def preferences(temp: Path) -> None:
    dialog = PreferencesDialog(settings_in(temp, "preferences"))
    dialog.show()
    settle()
    save(dialog, "preferences.png")
    dialog.reject()


def spanish(app: QApplication, folder: Path, temp: Path) -> None:
    # As on a computer set to Spanish: dates and numbers follow the locale, words the catalogue.
    spanish_locale = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    QLocale.setDefault(spanish_locale)
    installed = install_translators(app, spanish_locale)
    try:
        session = open_session(folder, settings_in(temp, "spanish"))
        window = need(session.window, "main window")
        window.resize(1180, 720)
        file_menu = window.menuBar().actions()[0].menu()
        settle(rounds=100)
        save(window, "spanish-main-window.png")
        if isinstance(file_menu, QMenu):
            file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
            settle()
            save(file_menu, "spanish-file-menu.png")
            file_menu.close()
        window.close()
        session.shut_down()
    finally:
        remove_translators(app, installed)
        QLocale.setDefault(QLocale.system())


def discreet(folder: Path, temp: Path) -> None:
    """Show the main window in discreet mode on the X screen, for xshot to photograph."""
    settings = settings_in(temp, "discreet")
    DISCREET_MODE.write(settings, True)
    session = open_session(folder, settings)
    window = need(session.window, "main window")
    window.resize(1000, 640)
    window.move(40, 40)
    QTimer.singleShot(30_000, QCoreApplication.quit)  # xshot has long taken its picture
    QCoreApplication.exec()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setOrganizationName("Reflect screenshots")
    app.setWindowIcon(app_icon())
    with tempfile.TemporaryDirectory() as temp_name:
        temp = Path(temp_name)
        folder = temp / "journal"
        with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
            fill(journal)
        if "--discreet" in sys.argv:
            discreet(folder, temp)
            return
        OUT.mkdir(exist_ok=True)
        first_run(temp)
        preferences(temp)
        spanish(app, folder, temp)


if __name__ == "__main__":
    main()
