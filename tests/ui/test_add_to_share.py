"""Every "Add to Share…" route from the main window: selected words in the editor, a
search result's paragraph, moments gathered in the browser; each lands in the composer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource
from reflect.ui.add_to_share_dialog import AddToShareDialog
from reflect.ui.main_window import MainWindow
from reflect.ui.moments_browser import MomentsBrowser
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window
from tests.ui.test_moments_in_editor import on_worker, select, type_text
from tests.ui.test_search_pane import search_for

FIRST = "Woke up scared.\nCalled my sponsor anyway. She picked up.\nSlept a little."


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(
            text=FIRST,
            created=datetime(2026, 1, 5, 9, tzinfo=UTC),
            moments=[MomentDraft(None, 16, 40, HOPE), MomentDraft(None, 57, 71, HOPE)],
        )
        journal.create_share("Thursday group")
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    yield shown
    for panel in shown.panels.values():
        panel.hide()
    shown._worker.shutdown()


def answer_add_to_share(qtbot: QtBot, new_name: str | None = None) -> None:
    """Wait for the "Add to Share" question and choose the share offered first, or a new
    share called ``new_name``."""
    found: list[AddToShareDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, AddToShareDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    dialog = found[0]
    if new_name is not None:
        dialog.new.setChecked(True)
        qtbot.keyClicks(dialog.name, new_name)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()


def share_texts(qtbot: QtBot, window: MainWindow, name: str) -> list[str]:
    share = on_worker(qtbot, window, lambda journal: journal.share_named(name))
    return [item.text for item in share.items]


def test_selected_words_with_emoji_before_them(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["new_entry"].trigger()
    text = window.editor.text
    text.insertPlainText("😊 ")  # QTest cannot type characters outside the BMP
    type_text(qtbot, text, "Made it to the meeting.\nSat at the back.")
    select(text, 2, 25)
    assert window.actions_by_key["add_to_share"] in text.context_actions
    window.actions_by_key["add_to_share"].trigger()  # saves first: the entry gets its id
    if window.editor.entry_id is None:  # still being saved: asked to try again
        qtbot.waitUntil(lambda: window.editor.entry_id is not None)
        window.actions_by_key["add_to_share"].trigger()
    answer_add_to_share(qtbot, new_name="My first share")
    qtbot.waitUntil(lambda: "shares" in window.panels and window.panels["shares"].isVisible())
    assert share_texts(qtbot, window, "My first share") == ["Made it to the meeting."]
    entry_id = window.editor.entry_id
    assert entry_id is not None
    share = on_worker(qtbot, window, lambda journal: journal.share_named("my first share"))
    assert share.items[0].source == ExcerptSource(entry_id, 2, 25)


def test_nothing_selected_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["new_entry"].trigger()
    window.actions_by_key["add_to_share"].trigger()
    assert "Select some words" in window.statusBar().currentMessage()


def test_a_search_result_brings_its_paragraph(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.search_pane
    search_for(qtbot, window, "sponsor")
    assert pane.count.text() == "1 entry found"
    qtbot.keyClick(pane.field, Qt.Key.Key_Down)  # to the results: opens the entry
    qtbot.waitUntil(lambda: window.editor.entry_id is not None)
    (add,) = [a for a in pane.results.actions() if a.text() == "Add to Share…"]
    add.trigger()
    answer_add_to_share(qtbot)  # "Thursday group", the only share, is offered first
    qtbot.waitUntil(
        lambda: (
            share_texts(qtbot, window, "Thursday group")
            == ["Called my sponsor anyway. She picked up."]
        )
    )


def test_moments_gathered_in_the_browser(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["browse_moments"].trigger()
    browser = window.panels["moments"]
    assert isinstance(browser, MomentsBrowser)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2)
    assert not browser.add_to_share.isEnabled()
    browser.table.selectAll()
    assert browser.add_to_share.isEnabled()
    browser.add_to_share.trigger()
    answer_add_to_share(qtbot)
    qtbot.waitUntil(
        lambda: (
            share_texts(qtbot, window, "Thursday group")
            == ["Called my sponsor anyway", "Slept a little"]
        )
    )
