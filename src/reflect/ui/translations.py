"""Showing Reflect in the person's language: Qt translators chosen by the locale.

Reflect's own catalogue (``reflect/resources/translations/reflect_<language>.qm``, compiled
from the ``.ts`` sources in the repository's ``resources/translations``) and Qt's own
(``qtbase_<language>.qm``, for the standard buttons and dialogs) are loaded for the first of
the person's UI languages that has one. English needs none: it is the source language.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE = "reflect"


def translations_folder() -> Path:
    """Where the compiled ``.qm`` catalogues ship inside the package."""
    return Path(str(resources.files("reflect.resources").joinpath("translations")))


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the catalogues matching ``locale`` (default: the person's); returns them.

    Only when Reflect has its own catalogue for the language is Qt's loaded as well, so a
    window is never half in one language and half in another.
    """
    wanted = QLocale() if locale is None else locale
    ours = QTranslator(app)
    if not ours.load(wanted, CATALOGUE, "_", str(translations_folder())):
        return []
    installed = [ours]
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(wanted, "qtbase", "_", qt_folder):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (the source language): used when switching languages in tests."""
    for translator in translators:
        app.removeTranslator(translator)
