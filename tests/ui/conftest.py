"""Fixtures for the window tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.ui.session import JournalSession


@pytest.fixture
def session(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[JournalSession]:
    started = JournalSession(
        journal_folder,
        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        kdf=fast_kdf,
    )
    started.start()
    yield started
    if started.window is not None:
        started.window.close()
    started.shut_down()
