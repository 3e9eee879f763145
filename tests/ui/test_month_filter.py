"""The month filter over the entry list: its items, the person's choice, forgetting on lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.ui.month_filter import ALL_ENTRIES, MonthFilter

MONTHS = [(2026, 11, 12), (2026, 10, 1), (2025, 12, 3)]


@pytest.fixture
def month_filter(qtbot: QtBot) -> MonthFilter:
    widget = MonthFilter()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def items(widget: MonthFilter) -> list[str]:
    return [widget.itemText(i) for i in range(widget.count())]


def spoken(widget: MonthFilter) -> list[object]:
    return [widget.itemData(i, Qt.ItemDataRole.AccessibleTextRole) for i in range(widget.count())]


def test_it_offers_all_entries_then_each_month_with_its_entries(month_filter: MonthFilter) -> None:
    assert month_filter.accessibleName() == "Show entries from"
    assert items(month_filter) == [ALL_ENTRIES] == ["All entries"]
    assert month_filter.month() is None
    month_filter.set_months(MONTHS)
    assert items(month_filter) == [
        "All entries",
        "November 2026 (12)",
        "October 2026 (1)",
        "December 2025 (3)",
    ]
    assert spoken(month_filter)[1:] == [
        "November 2026, 12 entries",
        "October 2026, 1 entry",
        "December 2025, 3 entries",
    ]
    assert month_filter.month() is None


def test_picking_a_month_with_the_keyboard_says_which(
    qtbot: QtBot, month_filter: MonthFilter
) -> None:
    month_filter.set_months(MONTHS)
    month_filter.setFocus()
    with qtbot.waitSignal(month_filter.month_changed) as picked:
        qtbot.keyClick(month_filter, Qt.Key.Key_Down)
    assert picked.args == [(2026, 11)]
    assert month_filter.month() == (2026, 11)
    with qtbot.waitSignal(month_filter.month_changed) as picked:
        qtbot.keyClick(month_filter, Qt.Key.Key_End)
    assert picked.args == [(2025, 12)]
    with qtbot.waitSignal(month_filter.month_changed) as picked:
        qtbot.keyClick(month_filter, Qt.Key.Key_Home)
    assert picked.args == [None]
    assert month_filter.month() is None


def test_picking_the_same_month_again_changes_nothing(
    qtbot: QtBot, month_filter: MonthFilter
) -> None:
    month_filter.set_months(MONTHS)
    month_filter.setCurrentIndex(2)
    with qtbot.waitSignal(month_filter.month_changed) as picked:
        month_filter.activated.emit(2)  # as a click in the popup would
    assert picked.args == [(2026, 10)]
    with qtbot.assertNotEmitted(month_filter.month_changed):
        month_filter.activated.emit(2)


def test_new_counts_keep_the_chosen_month_without_a_signal(
    qtbot: QtBot, month_filter: MonthFilter
) -> None:
    month_filter.set_months(MONTHS)
    month_filter.setCurrentIndex(2)
    month_filter.activated.emit(2)
    with qtbot.assertNotEmitted(month_filter.month_changed):
        month_filter.set_months([(2027, 1, 1), (2026, 11, 12), (2026, 10, 2), (2025, 12, 3)])
    assert month_filter.month() == (2026, 10)
    assert month_filter.currentText() == "October 2026 (2)"


def test_when_the_chosen_month_is_gone_it_falls_back_to_all_entries(
    qtbot: QtBot, month_filter: MonthFilter
) -> None:
    month_filter.set_months(MONTHS)
    month_filter.setCurrentIndex(2)
    month_filter.activated.emit(2)
    with qtbot.waitSignal(month_filter.month_changed) as fallen_back:
        month_filter.set_months([(2026, 11, 12), (2025, 12, 3)])
    assert fallen_back.args == [None]
    assert month_filter.month() is None
    assert month_filter.currentText() == "All entries"
    with qtbot.assertNotEmitted(month_filter.month_changed):
        month_filter.set_months([])
    assert items(month_filter) == ["All entries"]


def test_forgetting_everything_leaves_no_month_behind(
    qtbot: QtBot, month_filter: MonthFilter
) -> None:
    month_filter.set_months(MONTHS)
    month_filter.setCurrentIndex(1)
    month_filter.activated.emit(1)
    with qtbot.assertNotEmitted(month_filter.month_changed):  # nothing to fetch while locked
        month_filter.forget_everything()
    assert items(month_filter) == ["All entries"]
    assert spoken(month_filter) == [None]
    assert month_filter.month() is None
    assert month_filter.currentIndex() == 0
    # After unlocking, the months come back with nothing chosen.
    with qtbot.assertNotEmitted(month_filter.month_changed):
        month_filter.set_months(MONTHS)
    assert month_filter.month() is None
