"""Scrolling a long entry list reads only the rows that come into view, never every entry."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.entry_list_model import FETCH_AHEAD, FETCH_BEHIND, PLACEHOLDER
from reflect.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window

ENTRIES = 3_000


def visible_rows(window: MainWindow) -> range:
    """The rows the entry list shows now."""
    view = window.entry_list
    inset = view.spacing() + 1
    height = view.viewport().height()
    top = view.indexAt(QPoint(inset, inset)).row()
    bottom = view.indexAt(QPoint(inset, height - inset)).row()
    if bottom < 0:  # the point fell between two rows, or below the last one
        bottom = view.indexAt(QPoint(inset, height - inset - view.spacing() * 2)).row()
    return range(top, max(top, bottom) + 1)


def rows_drawn(window: MainWindow) -> bool:
    """Every row on screen shows its entry, not the placeholder."""
    model = window.entry_model
    rows = visible_rows(window)
    return rows.start >= 0 and all(model.data(model.index(row)) != PLACEHOLDER for row in rows)


def test_scrolling_to_the_end_and_back_fetches_only_what_is_shown(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    first_day = datetime(2021, 1, 1, 9, 0).astimezone()
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for day in range(ENTRIES):
            journal.add_entry(title=f"Day {day}", created=first_day + timedelta(days=day))
    window = open_main_window(qtbot, journal_folder, tmp_path)
    model = window.entry_model
    requested: list[list[int]] = []
    model.rows_needed.connect(requested.append)  # before any result arrives: load() queued it
    qtbot.waitUntil(lambda: model.rowCount() == ENTRIES)
    qtbot.waitUntil(lambda: rows_drawn(window))
    assert str(model.data(model.index(0))).endswith(f"Day {ENTRIES - 1}")  # newest first

    scroll_bar = window.entry_list.verticalScrollBar()
    for position in (scroll_bar.maximum() // 2, scroll_bar.maximum(), 0):
        scroll_bar.setValue(position)
        qtbot.waitUntil(lambda: rows_drawn(window))
    assert visible_rows(window).start == 0
    assert str(model.data(model.index(ENTRIES - 1))).endswith("Day 0")  # fetched at the end

    fetched = {entry_id for ids in requested for entry_id in ids}
    assert all(len(ids) <= FETCH_BEHIND + FETCH_AHEAD for ids in requested)
    assert sum(map(len, requested)) == len(fetched)  # nothing was asked for twice
    assert len(fetched) <= 4 * (FETCH_BEHIND + FETCH_AHEAD) < ENTRIES // 5
