"""The Look Back window: this day in earlier years, how far you've come, and gentle emptiness."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import Journal
from reflect.ui.look_back import (
    NO_HOPE,
    NO_STRUGGLE,
    NOTHING_MARKED,
    NOTHING_ON_THIS_DAY,
    LookBack,
)
from reflect.ui.moment_list_model import MomentRowRole
from reflect.ui.worker import JournalWorker
from tests.marked_entries import NEW_YORK_WINTER, write
from tests.ui.qt_helpers import texts_held_by


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)


def open_look_back(qtbot: QtBot, worker: JournalWorker, today: date) -> LookBack:
    window = LookBack(worker.submit, lambda: today)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: not worker.busy)
    return window


def tree_lines(window: LookBack) -> list[str]:
    """The years and, under each, its entries, as the tree shows them."""
    model = window.on_this_day_model
    lines = []
    for row in range(model.rowCount()):
        year = model.index(row, 0)
        lines.append(str(year.data()))
        lines += [f"  {model.index(r, 0, year).data()}" for r in range(model.rowCount(year))]
    return lines


def passages(model: QStandardItemModel) -> list[str]:
    return [model.index(row, 0).data(MomentRowRole).passage for row in range(model.rowCount())]


def test_on_this_day_shows_earlier_years_newest_first(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    last_year = write(journal, "Coffee with Sam.", at(2025, 11, 20), title="Coffee")
    write(journal, "Late and tired.", datetime(2023, 11, 20, 23, 30, tzinfo=NEW_YORK_WINTER))
    write(journal, "Not on the day.", at(2024, 11, 21))
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    assert window.windowTitle() == "Look Back"
    assert window.on_this_day_title.text() == "&On this day · 20 November"
    assert tree_lines(window) == [
        "A year ago today · 2025",
        "  Coffee — Coffee with Sam.",
        "3 years ago today · 2023",
        "  Late and tired.",
    ]
    tree = window.on_this_day
    tree.setFocus()
    tree.setCurrentIndex(window.on_this_day_model.index(0, 0, window.on_this_day_model.index(0, 0)))
    with qtbot.waitSignal(window.open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [last_year, 0, 0]


def test_a_leap_day_entry_is_shown_on_the_28th_with_its_own_date(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "An extra day.", at(2024, 2, 29))
    window = open_look_back(qtbot, worker, date(2025, 2, 28))
    assert tree_lines(window) == ["A year ago · 2024", "  29 February: An extra day."]


def test_an_empty_journal_gets_gentle_words_not_blank_space(
    qtbot: QtBot, worker: JournalWorker
) -> None:
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    assert window.on_this_day_empty.isVisible()
    assert window.on_this_day_empty.text() == NOTHING_ON_THIS_DAY
    assert window.how_far_intro.text() == NOTHING_MARKED
    assert not window.early.isVisible() and not window.lately.isVisible()


def test_how_far_sets_early_struggles_beside_recent_hopes(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "Couldn't sleep at all.", at(2023, 1, 5), [("Couldn't sleep", STRUGGLE)])
    write(journal, "Angry all day.", at(2024, 6, 1), [("Angry all day", STRUGGLE)])
    laughed = write(journal, "We laughed at dinner.", at(2026, 3, 1), [("laughed at dinner", HOPE)])
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    assert window.early.isVisible() and window.lately.isVisible()
    assert passages(window.early.model) == ["Couldn't sleep", "Angry all day"]
    assert passages(window.lately.model) == ["laughed at dinner"]
    view = window.lately.view
    view.setFocus()
    view.setCurrentIndex(window.lately.model.index(0, 0))
    with qtbot.waitSignal(window.open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    entry_id, start, end = opened.args
    assert entry_id == laughed
    assert journal.get_entry(laughed).text[start:end] == "laughed at dinner"
    spoken = window.early.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("05 January 2023, Struggle: Couldn't sleep.")


def test_one_side_without_moments_says_how_to_mark_one(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "A good day.", at(2026, 3, 1), [("good day", HOPE)])
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    assert window.early.empty.isVisible() and window.early.empty.text() == NO_STRUGGLE
    assert window.lately.view.isVisible() and not window.lately.empty.isVisible()
    assert window.lately.empty.text() == NO_HOPE  # what it would say


def test_the_words_stay_gentle() -> None:
    judging = ("better", "worse", "fail", "streak", "progress", "improve", "should")
    for text in (NOTHING_ON_THIS_DAY, NOTHING_MARKED, NO_STRUGGLE, NO_HOPE):
        assert not any(word in text.lower() for word in judging), text


def test_every_control_has_a_name_and_the_keyboard_reaches_it(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "Hard.", at(2025, 11, 20), [("Hard", STRUGGLE)])
    write(journal, "Hope.", at(2026, 1, 2), [("Hope", HOPE)])
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
    ]
    assert {w.accessibleName() for w in focusable} == {
        "On this day",
        "Early moments of struggle",
        "Recent moments of hope",
    }


def test_locking_forgets_every_entry_and_moment(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "Secret words.", at(2025, 11, 20), [("Secret", STRUGGLE)], title="Private")
    write(journal, "Hidden hope.", at(2026, 1, 2), [("Hidden", HOPE)])
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    assert tree_lines(window)
    window.refresh()  # results on their way when the lock comes are dropped
    window.forget_everything()
    qtbot.waitUntil(lambda: not worker.busy)
    assert window.on_this_day_model.rowCount() == 0
    assert window.early.model.rowCount() == 0 and window.lately.model.rowCount() == 0
    held = [text for widget in window.findChildren(QWidget) for text in texts_held_by(widget)]
    for words in ("Secret", "Private", "Hidden"):
        assert not any(words in text for text in held), words


def test_activating_a_year_opens_or_closes_it(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    write(journal, "A year ago.", at(2025, 11, 20))
    window = open_look_back(qtbot, worker, date(2026, 11, 20))
    tree = window.on_this_day
    year: QModelIndex = window.on_this_day_model.index(0, 0)
    assert tree.isExpanded(year)
    tree.setFocus()
    tree.setCurrentIndex(year)
    with qtbot.assertNotEmitted(window.open_requested):
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not tree.isExpanded(year)
