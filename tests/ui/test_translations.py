"""Every text people see goes through Qt's translation, and the Spanish catalogue is whole.

The catalogue is checked against the code as it is now (a fresh ``lupdate`` into a copy),
so a new label without a translation fails here rather than showing English in a Spanish
window.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reflect.ui.session import JournalSession
from reflect.ui.translations import install_translators, remove_translators
from tests.i18n_check import find_untranslated
from tests.ui.qt_helpers import unlock

ROOT = Path(__file__).resolve().parents[2]
SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


def _load_update_script() -> ModuleType:
    path = ROOT / "resources" / "translations" / "update.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Reflect in Spanish for one test (request it before any window is made)."""
    installed = install_translators(qapp, SPANISH)
    assert installed, "the Spanish catalogue did not load"
    yield
    remove_translators(qapp, installed)


def test_no_text_reaches_qt_without_translation() -> None:
    findings = [
        str(finding)
        for package in ("ui", "render")
        for path in sorted((ROOT / "src" / "reflect" / package).rglob("*.py"))
        for finding in find_untranslated(path)
    ]
    assert findings == []


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_the_catalogue_holds_every_text_of_the_code_translated(
    language: str, tmp_path: Path
) -> None:
    committed = update.catalogue(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    update.extract(fresh, language)

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(m.context, m.source) for m in update.read_messages(path)}

    assert keys(fresh) == keys(committed), "run resources/translations/update.py"
    untranslated = [m.source for m in update.read_messages(fresh) if not m.finished]
    assert untranslated == []


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_the_shipped_catalogue_is_compiled_from_its_source(language: str, tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    update.release(update.catalogue(language), rebuilt)
    assert rebuilt.read_bytes() == update.compiled(language).read_bytes()


_FIELDS = re.compile(r"\{[a-z_]+\}|%\d|<[^>]+>")


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_translations_keep_fields_mnemonics_and_markup(language: str) -> None:
    wrong = []
    finished = [m for m in update.read_messages(update.catalogue(language)) if m.finished]
    for message in finished:
        wanted = sorted(_FIELDS.findall(message.source))
        for form in message.translation:
            if sorted(_FIELDS.findall(form)) != wanted or form.count("&") != message.source.count(
                "&"
            ):
                wrong.append(f"{message.context}: {message.source!r} → {form!r}")
    assert wrong == []


def test_a_spanish_locale_shows_spanish_menus(
    qtbot: QtBot, spanish: None, session: JournalSession
) -> None:
    assert session.dialog is not None
    assert session.dialog.windowTitle() == "Reflect"
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Archivo", "&Editar", "F&ormato"]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    entries = [action.text() for action in file_menu.actions() if action.text()]
    assert "&Nueva entrada" in entries
    assert all(not text.startswith("&New") for text in entries)


def test_an_english_locale_needs_no_catalogue(qapp: QApplication) -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert install_translators(qapp, english) == []
