"""Fixtures for the window tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.session import JournalSession
from reflect.ui.worker import JournalWorker
from tests.ui.qt_helpers import end_session, unlock_on_worker


@pytest.fixture
def journal_before_session(journal_folder: Path, fast_kdf: KdfParams) -> None:
    """What is in the journal before the session starts: nothing (a module that needs a
    journal written beforehand overrides this fixture)."""


@pytest.fixture
def session(
    qtbot: QtBot,
    journal_folder: Path,
    fast_kdf: KdfParams,
    tmp_path: Path,
    journal_before_session: None,
) -> Iterator[JournalSession]:
    started = JournalSession(
        journal_folder,
        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        kdf=fast_kdf,
    )
    started.start()
    yield started
    end_session(started)


@pytest.fixture
def worker(qtbot: QtBot, journal: Journal) -> Iterator[JournalWorker]:
    """The test's journal (the ``journal`` fixture), open on a journal worker too: the test
    can write through ``journal`` and the widgets read through the worker."""
    opened = JournalWorker()
    unlock_on_worker(qtbot, opened, journal.folder)
    yield opened
    opened.shutdown()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    """Stands in for the main window that dialogs open over."""
    shown = QMainWindow()
    qtbot.addWidget(shown)
    shown.show()
    return shown
