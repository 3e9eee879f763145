"""The Moments window: listing, filters, selecting several, opening one, forgetting on lock."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import Journal
from reflect.core.moment_listing import MomentRow
from reflect.ui.moment_list_model import DATE, KIND, NOTE, PASSAGE
from reflect.ui.moments_browser import LOADING, NOTHING_MARKED, NOTHING_MATCHES, MomentsBrowser
from reflect.ui.passage_delegate import passage_layout
from reflect.ui.worker import JournalWorker
from tests.marked_entries import NEW_YORK_WINTER, TOKYO, write
from tests.ui.qt_helpers import texts_held_by

TODAY = date(2026, 2, 10)


@pytest.fixture
def marked(journal: Journal) -> dict[str, int]:
    """Entries with moments, written before the window opens; entry ids by title."""
    return {
        "January": write(
            journal,
            "Rough morning. Called Sam. Went to the meeting anyway.",
            datetime(2026, 1, 10, 8, 0, tzinfo=UTC),
            [("Went to the meeting anyway", HOPE), ("Rough morning", STRUGGLE)],
            title="January",
            tags=["meeting"],
        ),
        # 31 January, 23:30 in New York: 1 February in UTC.
        "Late": write(
            journal,
            "Late night craving. It passed.",
            datetime(2026, 1, 31, 23, 30, tzinfo=NEW_YORK_WINTER),
            [("It passed", HOPE), ("Late night craving", STRUGGLE, "remember this")],
            title="Late",
            tags=["cravings"],
        ),
        # 1 February, 00:30 in Tokyo: 31 January in UTC.
        "Sleep": write(
            journal,
            "Slept well for once. 😴 Called my sister.",
            datetime(2026, 2, 1, 0, 30, tzinfo=TOKYO),
            [("Slept well", HOPE), ("Called my sister", "People who help")],
            title="Sleep",
        ),
    }


def open_browser(qtbot: QtBot, worker: JournalWorker) -> MomentsBrowser:
    browser = MomentsBrowser(worker.submit, today=lambda: TODAY)
    qtbot.addWidget(browser)
    browser.show()
    browser.refresh()
    wait_until_listed(qtbot, worker, browser)
    return browser


def wait_until_listed(qtbot: QtBot, worker: JournalWorker, browser: MomentsBrowser) -> None:
    """Until the listing asked for has arrived and every row's words have been read."""

    def loaded() -> bool:
        model = browser.model
        for row in range(model.rowCount()):
            model.index(row, PASSAGE).data()  # as drawing the row would: asks for its words
        return all(model.moment_at(row) is not None for row in range(model.rowCount()))

    qtbot.waitUntil(lambda: not worker.busy)  # the listing is in
    qtbot.waitUntil(lambda: loaded() and not worker.busy)
    assert browser.count.text() not in ("", LOADING)


def passages(browser: MomentsBrowser) -> list[str]:
    rows = (browser.model.moment_at(row) for row in range(browser.model.rowCount()))
    return [row.passage for row in rows if row is not None]


def choose(
    qtbot: QtBot, worker: JournalWorker, browser: MomentsBrowser, combo: QComboBox, text: str
) -> None:
    """Pick ``text`` in ``combo`` as a person would, and wait for the new list."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait_until_listed(qtbot, worker, browser)


def test_every_moment_is_listed_with_its_date_kind_words_and_note(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    assert browser.windowTitle() == "Moments"
    assert browser.count.text() == "6 moments"
    assert passages(browser) == [
        "Late night craving",
        "It passed",
        "Slept well",
        "Called my sister",
        "Rough morning",
        "Went to the meeting anyway",
    ]
    model = browser.model
    first = [model.index(0, column).data() for column in (DATE, KIND, PASSAGE, NOTE)]
    assert first == ["31 Jan 2026", "Struggle", "Late night craving. It passed.", "remember this"]
    assert model.index(3, KIND).data() == "People who help"
    assert not model.index(3, KIND).data(Qt.ItemDataRole.DecorationRole).isNull()  # its line
    assert model.index(2, PASSAGE).data() == "Slept well for once. 😴 Called my sister."
    spoken = model.index(0, PASSAGE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == (
        "31 January 2026, Struggle: Late night craving."
        " In context: Late night craving. It passed.. Note: remember this"
    )
    assert model.index(1, NOTE).data(Qt.ItemDataRole.AccessibleTextRole) == "No note"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Date",
        "Kind",
        "Moment",
        "Note",
    ]


def test_every_control_has_a_name(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    filters = browser.filters
    named = [filters.kind, filters.tag, filters.dates, filters.since, filters.until]
    named += [filters.show_all, browser.table, browser.count]
    assert all(widget.accessibleName() for widget in named)
    focusable = [
        w
        for w in browser.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(browser)
    ]
    assert all(w.accessibleName() for w in focusable if w not in (browser.table.viewport(),))


def test_moments_are_filtered_by_kind(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    kinds = browser.filters.kind
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "All moments",
        "Hope",
        "Struggle",
        "People who help",
    ]
    choose(qtbot, worker, browser, kinds, "Hope")
    assert passages(browser) == ["It passed", "Slept well", "Went to the meeting anyway"]
    assert browser.count.text() == "3 moments"
    choose(qtbot, worker, browser, kinds, "People who help")
    assert passages(browser) == ["Called my sister"]
    assert browser.count.text() == "1 moment"


def test_moments_are_filtered_by_their_entry_s_tag(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    tags = browser.filters.tag
    assert [tags.itemText(i) for i in range(tags.count())] == ["Any tag", "cravings", "meeting"]
    choose(qtbot, worker, browser, tags, "meeting")
    assert passages(browser) == ["Rough morning", "Went to the meeting anyway"]


def test_dates_are_the_entries_own_whatever_time_zone_they_were_written_in(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    filters = browser.filters
    assert not filters.since.isVisible()
    choose(qtbot, worker, browser, filters.dates, "Between dates…")
    assert filters.since.isVisible() and filters.until.isVisible()
    assert filters.since.date() == QDate(2026, 1, 11)  # the past month, to start from
    filters.since.setDate(QDate(2026, 1, 31))
    filters.until.setDate(QDate(2026, 1, 31))
    wait_until_listed(qtbot, worker, browser)
    assert passages(browser) == ["Late night craving", "It passed"]
    # Dates in the other order mean the same days.
    filters.since.setDate(QDate(2026, 2, 28))
    filters.until.setDate(QDate(2026, 2, 1))
    wait_until_listed(qtbot, worker, browser)
    assert passages(browser) == ["Slept well", "Called my sister"]
    choose(qtbot, worker, browser, filters.dates, "Past month")  # 12 January to 10 February
    assert len(passages(browser)) == 4
    choose(qtbot, worker, browser, filters.dates, "Any time")
    assert not filters.since.isVisible()
    assert len(passages(browser)) == 6


def test_nothing_matching_says_so_and_show_all_brings_everything_back(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    assert not browser.filters.show_all.isEnabled()
    choose(qtbot, worker, browser, browser.filters.tag, "cravings")
    choose(qtbot, worker, browser, browser.filters.kind, "People who help")
    assert browser.empty.isVisible() and not browser.table.isVisible()
    assert browser.empty.text() == NOTHING_MATCHES
    assert browser.count.text() == "0 moments"
    assert browser.filters.show_all.isEnabled()
    browser.filters.show_all.click()
    wait_until_listed(qtbot, worker, browser)
    assert browser.table.isVisible() and len(passages(browser)) == 6
    assert browser.filters.kind.currentText() == "All moments"
    assert browser.filters.tag.currentText() == "Any tag"


def test_an_empty_journal_says_how_to_mark_a_moment(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "No moments in here.", datetime(2026, 1, 1, tzinfo=UTC))
    browser = open_browser(qtbot, worker)
    assert browser.empty.isVisible()
    assert browser.empty.text() == NOTHING_MARKED
    assert "Mark as Hope or Mark as Struggle" in NOTHING_MARKED
    assert browser.count.text() == "0 moments"


def test_several_moments_can_be_selected_with_the_keyboard_in_list_order(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    table = browser.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [m.passage for m in browser.selected_moments()] == ["Late night craving", "It passed"]
    assert browser.count.text() == "6 moments · 2 selected"
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    chosen = browser.selected_moments()
    assert [m.passage for m in chosen] == [
        "Late night craving",
        "It passed",
        "Went to the meeting anyway",
    ]
    assert browser.selected_moment_ids() == [m.moment_id for m in chosen]
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(browser.selected_moment_ids()) == 6


def test_double_click_and_enter_ask_to_open_the_moment_s_words(
    qtbot: QtBot, worker: JournalWorker, journal: Journal, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    table = browser.table
    where = table.visualRect(browser.model.index(2, PASSAGE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(browser.open_requested) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    entry_id, start, end = opened.args
    assert entry_id == marked["Sleep"]
    assert journal.get_entry(entry_id).text[start:end] == "Slept well"

    table.setCurrentIndex(browser.model.index(3, DATE))
    with qtbot.waitSignal(browser.open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    entry_id, start, end = opened.args
    assert journal.get_entry(entry_id).text[start:end] == "Called my sister"


def test_refreshing_keeps_the_selection_and_shows_new_moments(
    qtbot: QtBot, worker: JournalWorker, journal: Journal, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    browser.table.selectRow(1)
    kept = browser.selected_moment_ids()
    write(journal, "A brand new hope.", datetime(2026, 2, 9, tzinfo=UTC), [("new hope", HOPE)])
    browser.refresh()
    qtbot.waitUntil(lambda: browser.count.text().startswith("7 moments"))
    wait_until_listed(qtbot, worker, browser)
    assert passages(browser)[0] == "new hope"
    assert browser.selected_moment_ids() == kept
    assert browser.count.text() == "7 moments · 1 selected"


def test_locking_forgets_every_moment_tag_and_kind(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int]
) -> None:
    browser = open_browser(qtbot, worker)
    choose(qtbot, worker, browser, browser.filters.tag, "cravings")
    browser.refresh()  # its results are on their way when the lock comes
    browser.forget_everything()
    qtbot.waitUntil(lambda: not worker.busy)
    assert browser.model.rowCount() == 0
    assert browser.count.text() == ""
    assert browser.filters.tag.count() == 1 and browser.filters.tag.currentText() == "Any tag"
    kinds = browser.filters.kind
    assert [kinds.itemText(i) for i in range(kinds.count())] == ["All moments", "Hope", "Struggle"]
    held = [text for widget in browser.findChildren(QWidget) for text in texts_held_by(widget)]
    for words in ("craving", "Sam", "People who help", "cravings", "remember this"):
        assert not any(words in text for text in held), words


def test_the_list_model_behaves_as_qt_expects(
    qtbot: QtBot, worker: JournalWorker, marked: dict[str, int], qtmodeltester: ModelTester
) -> None:
    browser = open_browser(qtbot, worker)
    qtmodeltester.check(browser.model)


def a_row(before: str, passage: str, after: str) -> MomentRow:
    return MomentRow(
        moment_id=1,
        entry_id=1,
        start=len(before),
        end=len(before) + len(passage),
        kind=HOPE,
        note="",
        created=datetime(2026, 1, 1, tzinfo=UTC),
        title="",
        passage=passage,
        before=before,
        after=after,
    )


def test_the_passage_is_bold_where_it_stands_even_after_emoji(qtbot: QtBot) -> None:
    font = QFont()
    moment = a_row("😴👩\u200d👩\u200d👧 ", "I slept", " well.")
    layout = passage_layout(moment, font, 2000, lines=2)
    (bold,) = layout.formats()
    text = layout.text()
    # QTextLayout counts UTF-16 code units: the emoji before take more than their length.
    assert text[bold.start : bold.start + bold.length] != moment.passage
    assert (
        text.encode("utf-16-le")[bold.start * 2 : (bold.start + bold.length) * 2].decode(
            "utf-16-le"
        )
        == "I slept"
    )
    assert bold.format.fontWeight() == QFont.Weight.Bold


def test_a_long_passage_is_cut_to_its_lines_ending_in_an_ellipsis(qtbot: QtBot) -> None:
    words = " ".join(["walking"] * 200)
    layout = passage_layout(a_row("Before ", words, " after."), QFont(), 300, lines=2)
    assert layout.lineCount() <= 2
    assert layout.text().endswith("walking…")
    assert layout.text().startswith("Before walking")
