"""Texts made in the core reach the window in the person's language.

The core has no Qt: it marks its texts (``QT_TRANSLATE_NOOP``) and hands over templates and
values; the window translates them (``reflect.ui.messages``). With the Spanish catalogue
installed, an error the journal raises, a sentence the core composes from pieces, its dates
and counts all show in Spanish; without it, exactly the English the CLI prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import EntryNotFound, detail
from reflect.core.importing import ImportProblem
from reflect.core.journal import KEY_FILE_NAME, Journal
from reflect.core.reading_time import Timing
from reflect.core.wording import QT_TRANSLATE_NOOP, Day, Number, Wording
from reflect.ui.messages import error_text, stage_text, wording_text
from reflect.ui.reading_time_bar import ReadingTimeBar
from reflect.ui.translations import install_translators, remove_translators
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE

SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Reflect in Spanish, dates and numbers too, for one test."""
    installed = install_translators(qapp, SPANISH)
    assert installed, "the Spanish catalogue did not load"
    before = QLocale()
    QLocale.setDefault(SPANISH)
    yield
    QLocale.setDefault(before)
    remove_translators(qapp, installed)


@pytest.fixture
def worker() -> Iterator[JournalWorker]:
    started = JournalWorker()
    yield started
    started.shutdown()


def test_an_error_from_the_journal_shows_in_spanish_in_the_unlock_dialog(
    qtbot: QtBot, spanish: None, worker: JournalWorker, journal_folder: Path, fast_kdf: KdfParams
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    key_file = journal_folder / KEY_FILE_NAME
    key_file.write_text("[]", encoding="utf-8")  # JSON, but not a key file
    dialog = UnlockDialog(worker, journal_folder)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "JSON" in dialog.message.text())
    assert dialog.message.text() == (
        f"El archivo de clave del diario ({key_file}) está dañado (no es un objeto JSON), "
        "así que el diario no se puede abrir. No se cambió nada; si tienes una copia de "
        "seguridad, puedes restaurarla."
    )
    assert dialog.message.accessibleDescription() == dialog.message.text()


def test_a_sentence_made_of_pieces_is_translated_piece_by_piece(spanish: None) -> None:
    reason = detail(QT_TRANSLATE_NOOP("errors", "it isn't valid JSON ({why})."), why="line 3")
    problem = ImportProblem(Path("/datos/diario.json"), reason, 3)
    assert error_text(problem) == (
        "Reflect no puede importar /datos/diario.json, línea 3: no es JSON válido (line 3). "
        "No se importó nada."
    )
    assert error_text(EntryNotFound(12)) == "No hay ninguna entrada número 12 en este diario."
    assert stage_text(QT_TRANSLATE_NOOP("progress", "Copying your journal…")) == (
        "Copiando tu diario…"
    )


def test_dates_and_counts_are_written_the_spanish_way(spanish: None) -> None:
    template = QT_TRANSLATE_NOOP("insights", "Week of {day}")
    assert wording_text(Wording.of("insights", template, day=Day(date(2026, 9, 7)))) == (
        "Semana del 7 de septiembre de 2026"
    )
    assert wording_text(Wording.of("x", "{month}", month=Day(date(2026, 9, 1), True))) == (
        "septiembre de 2026"
    )
    assert wording_text(Wording.of("x", "{n}", n=Number(12_345))) == "12.345"


def test_the_reading_time_bar_says_its_sentence_in_spanish(qtbot: QtBot, spanish: None) -> None:
    bar = ReadingTimeBar()
    qtbot.addWidget(bar)
    bar.set_timing(Timing(words=600, seconds=250, slot_seconds=300))
    assert bar.summary.text() == (
        "Leerlo en voz alta lleva unos 4 min 10 s: 50 s menos que el tiempo que tienes (5 minutos)."
    )


def test_without_a_catalogue_the_window_says_what_the_cli_says() -> None:
    problem = ImportProblem(Path("/data/export.json"), "it is a folder; please choose a file.")
    assert error_text(problem) == str(problem)
    assert error_text(ValueError("not a journal error")) == "not a journal error"
    said = Wording.of("insights", "Week of {day}", day=Day(date(2026, 9, 7)))
    assert wording_text(said) == str(said) == "Week of 7 September 2026"
