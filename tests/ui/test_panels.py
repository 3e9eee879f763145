"""The windows across the journal, opened from the main window's menus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.journal import Journal
from reflect.ui.entry_list_model import EntryIdRole
from reflect.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(
            title="Early days",
            text="Everything felt heavy. Then I called my sister.",
            created=datetime(2024, 1, 10, 9, 0),
            moments=[MomentDraft(None, 0, 21, STRUGGLE)],
        )
        journal.add_entry(
            title="Ninety days",
            text="I said my number out loud in the group.",
            created=datetime(2026, 3, 15, 9, 0),
            moments=[MomentDraft(None, 2, 16, HOPE)],
        )
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    qtbot.waitUntil(lambda: shown.entry_model.rowCount() == 2)
    yield shown
    shown.close()


@pytest.mark.parametrize(
    ("key", "title"),
    [("browse_moments", "Moments"), ("insights", "Insights"), ("look_back", "Look Back")],
)
def test_each_panel_opens_from_its_action_and_is_cleared_by_a_lock(
    qtbot: QtBot, window: MainWindow, key: str, title: str
) -> None:
    window.actions_by_key[key].trigger()
    name = {"browse_moments": "moments"}.get(key, key)
    panel = window.panels[name]
    qtbot.waitUntil(panel.isVisible)
    assert panel.windowTitle() == title  # type: ignore[attr-defined]
    window.forget_everything()
    assert not panel.isVisible()


def test_double_clicking_a_moment_opens_it_in_the_entry(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["browse_moments"].trigger()
    browser = window.panels["moments"]
    browser.open_requested.emit(*_hope_moment(window))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.editor.title.text() == "Ninety days")
    qtbot.waitUntil(lambda: window.editor.text.textCursor().selectedText() == "said my number")


def _hope_moment(window: MainWindow) -> tuple[int, int, int]:
    entry_id = window.entry_model.index(0).data(EntryIdRole)  # newest first: Ninety days
    return int(entry_id), 2, 16
