"""Searching from the window: results with snippets, opening at the match, filters, paging,
keys, stale searches dropped, and a lock forgetting it all."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.domain import HOPE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.search import SearchHit
from reflect.core.searcher import PAGE_OF_HITS, Searcher
from reflect.ui.main_window import MainWindow
from reflect.ui.search_results_model import HitRole
from reflect.ui.search_service import SearchService
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window, texts_held_by


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: object, tmp_path: Path
) -> Iterator[MainWindow]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:  # type: ignore[arg-type]
        journal.add_entry(
            title="Ninety days",
            text="😊 The morning was rough.\nThen coffee at the Café with Sam, one day at a time.",
            created=datetime(2026, 3, 14, 9, 0),
            tags=["Walks"],
        )
        journal.add_entry(
            title="Sunday",
            text="Feeling hopeful after the meeting.",
            created=datetime(2026, 3, 15, 9, 0),
            moments=[MomentDraft(None, 0, 16, HOPE, "keep this")],
        )
        journal.add_entry(title="Quiet", text="Nothing much.", created=datetime(2026, 3, 16))
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    qtbot.waitUntil(lambda: shown.entry_model.rowCount() == 3)
    yield shown
    shown.close()


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> None:
    pane = window.search_pane
    window.actions_by_key["find"].trigger()
    pane.field.setText(text)  # typing pauses are waited for, as when typing
    qtbot.waitUntil(lambda: pane.is_active and "found" in pane.count.text().lower())


def titles(window: MainWindow) -> list[str]:
    model = window.search_pane.model
    return [model.index(row).data(HitRole).title for row in range(model.rowCount())]


def test_typing_shows_results_with_highlighted_snippets(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.search_pane
    assert pane.field.accessibleName() == "Search"
    assert pane.results.accessibleName() == "Search results"
    search_for(qtbot, window, "cafe")
    assert pane.pages.currentIndex() == 1  # results instead of the entry list
    assert pane.count.text() == "1 entry found"
    hit: SearchHit = pane.model.index(0).data(HitRole)
    assert hit.title == "Ninety days"
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.highlights] == ["Café"]
    spoken = pane.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Ninety days" in spoken and "coffee at the Café" in spoken
    pane.results.grab()  # the delegate paints without complaint


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hop*", ["Sunday"]),
        ('"one day at a time"', ["Ninety days"]),
        ('"day one"', []),
        ("walks", ["Ninety days"]),  # tags
        ("keep", ["Sunday"]),  # moment notes
        ('"day at', ["Ninety days"]),  # malformed: plain words, no dialog
        ("coffee OR meeting", ["Sunday", "Ninety days"]),
    ],
)
def test_every_query_form_from_the_window(
    qtbot: QtBot, window: MainWindow, typed: str, expected: list[str]
) -> None:
    search_for(qtbot, window, typed)
    assert titles(window) == expected
    if not expected:
        assert window.search_pane.count.text().startswith("Nothing found")


def test_choosing_a_result_opens_the_entry_with_the_match_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    search_for(qtbot, window, "CAFE")
    pane = window.search_pane
    qtbot.keyClick(pane.field, Qt.Key.Key_Down)  # into the results, first one chosen
    qtbot.waitUntil(lambda: window.editor.title.text() == "Ninety days")
    qtbot.waitUntil(lambda: window.editor.text.textCursor().selectedText() == "Café")
    assert pane.results.hasFocus()  # moving through results by keys stays in the results
    qtbot.keyClick(pane.results, Qt.Key.Key_Return)  # Enter: go and write there
    qtbot.waitUntil(window.editor.text.hasFocus)
    assert window.editor.text.textCursor().selectedText() == "Café"


def test_a_result_matching_only_its_title_opens_at_the_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    search_for(qtbot, window, "quiet")
    window.search_pane.results.setCurrentIndex(window.search_pane.model.index(0))
    qtbot.waitUntil(lambda: window.editor.title.text() == "Quiet")
    assert not window.editor.text.textCursor().hasSelection()


def test_filters_narrow_and_order_the_results(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.search_pane
    qtbot.mouseClick(pane.filters_button, Qt.MouseButton.LeftButton)
    assert pane.filter_bar.isVisible()
    qtbot.waitUntil(lambda: pane.filter_bar.tag.count() == 2)  # "Any tag" and Walks
    bar = pane.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findText("Walks"))
    bar.tag.activated.emit(bar.tag.currentIndex())
    qtbot.waitUntil(lambda: titles(window) == ["Ninety days"])  # filters alone search
    bar.tag.setCurrentIndex(0)
    bar.moments.setCurrentIndex(bar.moments.findText("With hope"))
    bar.moments.activated.emit(bar.moments.currentIndex())
    qtbot.waitUntil(lambda: titles(window) == ["Sunday"])
    bar.moments.setCurrentIndex(0)
    bar.dates.setCurrentIndex(bar.dates.findText("Between dates…"))
    bar.dates.activated.emit(bar.dates.currentIndex())
    assert bar.since.isVisible() and bar.until.isVisible()
    bar.since.setDate(QDate(2026, 3, 15))
    bar.until.setDate(QDate(2026, 3, 16))
    qtbot.waitUntil(lambda: titles(window) == ["Quiet", "Sunday"])
    pane.field.setText("the")
    qtbot.waitUntil(lambda: titles(window) == ["Sunday"])


def test_escape_clears_the_search_and_the_entry_list_returns(
    qtbot: QtBot, window: MainWindow
) -> None:
    search_for(qtbot, window, "cafe")
    qtbot.keyClick(window.search_pane.field, Qt.Key.Key_Escape)
    assert window.search_pane.field.text() == ""
    assert window.search_pane.pages.currentIndex() == 0
    assert window.search_pane.model.rowCount() == 0


def test_many_results_load_page_by_page(qtbot: QtBot, window: MainWindow) -> None:
    def add_many(journal: Journal) -> None:
        for number in range(PAGE_OF_HITS * 2 + 5):
            journal.add_entry(title=f"Walk {number}", text="another walk")

    done: list[object] = []
    window._worker.submit(add_many, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    search_for(qtbot, window, "walk")
    pane = window.search_pane
    assert pane.model.rowCount() == PAGE_OF_HITS * 2 + 5
    assert pane.model.index(PAGE_OF_HITS * 2).data(HitRole) is None  # not fetched yet
    pane.results.scrollToBottom()
    last = pane.model.index(pane.model.rowCount() - 1)
    qtbot.waitUntil(lambda: last.data(HitRole) is not None)
    assert last.data(HitRole).title == "Walk 0"


def test_locking_forgets_the_search_and_closes_its_connection(
    qtbot: QtBot, window: MainWindow
) -> None:
    search_for(qtbot, window, "cafe")
    window.search_pane.filter_bar.show()
    window.forget_everything()
    held = [text for w in window.search_pane.findChildren(QWidget) for text in _texts(w)]
    assert not any("Caf" in text or "Walks" in text for text in held)
    assert window.search_pane.field.text() == ""
    service = window._search_service
    qtbot.waitUntil(lambda: service._searcher is None)


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    return texts_held_by(widget)


def test_only_the_latest_querys_results_arrive(qtbot: QtBot, journal: Journal) -> None:
    service = SearchService()
    service.adopt(journal.open_searcher())
    release = threading.Event()
    delivered: list[str] = []

    def slow(_: Searcher) -> str:
        release.wait(10)
        return "old"

    service.submit(slow, delivered.append, lambda error: delivered.append(str(error)))
    service.submit(lambda _: "queued", delivered.append, lambda e: None)  # same query: waits
    service.new_query()
    service.submit(lambda _: "new", delivered.append, lambda e: None)
    release.set()
    qtbot.waitUntil(lambda: delivered == ["new"])
    service.shutdown()
    assert service._searcher is None
