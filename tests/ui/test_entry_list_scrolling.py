"""Scrolling a long entry list reads only the rows that come into view, never every entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.entry_list_model import PLACEHOLDER
from reflect.ui.lazy_rows import FETCH_AHEAD, FETCH_BEHIND
from reflect.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window

ENTRIES = 3_000


def visible_rows(window: MainWindow) -> list[int]:
    """The rows the entry list shows now, top to bottom."""
    view, model = window.entry_list, window.entry_model
    viewport = view.viewport().rect()
    inset = 1  # past the top margin
    top = view.indexAt(viewport.topLeft() + QPoint(inset, inset)).row()
    rows = []
    for row in range(max(top, 0), model.rowCount() if top >= 0 else 0):
        if not view.visualRect(model.index(row)).intersects(viewport):
            break
        rows.append(row)
    return rows


def rows_drawn(window: MainWindow) -> bool:
    """Every row on screen shows its entry, not the placeholder."""
    model = window.entry_model
    rows = visible_rows(window)
    return bool(rows) and all(model.data(model.index(row)) != PLACEHOLDER for row in rows)


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    """A main window on a journal of ``ENTRIES`` entries, one a day; closed after the test."""
    first_day = datetime(2021, 1, 1, 9, 0).astimezone()
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for day in range(ENTRIES):  # through the public API: about a millisecond each
            journal.add_entry(title=f"Day {day}", created=first_day + timedelta(days=day))
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    yield shown
    shown.close()  # stops the worker thread, even when the test failed


def test_scrolling_to_the_end_and_back_fetches_only_what_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    model = window.entry_model
    requested: list[list[int]] = []
    model.rows_needed.connect(requested.append)  # the ids are still on their way: nothing asked yet
    qtbot.waitUntil(lambda: model.rowCount() == ENTRIES)
    qtbot.waitUntil(lambda: rows_drawn(window))
    assert str(model.data(model.index(0))).endswith(f"Day {ENTRIES - 1}")  # newest first

    scroll_bar = window.entry_list.verticalScrollBar()
    for position in (scroll_bar.maximum() // 2, scroll_bar.maximum(), 0):
        scroll_bar.setValue(position)
        qtbot.waitUntil(lambda: rows_drawn(window))
    assert visible_rows(window)[0] == 0
    assert str(model.data(model.index(ENTRIES - 1))).endswith("Day 0")  # seen at the end

    fetched = {entry_id for ids in requested for entry_id in ids}
    assert all(len(ids) <= FETCH_BEHIND + FETCH_AHEAD for ids in requested)
    assert sum(map(len, requested)) == len(fetched)  # nothing was asked for twice
    assert len(fetched) <= 4 * (FETCH_BEHIND + FETCH_AHEAD) < ENTRIES // 5
