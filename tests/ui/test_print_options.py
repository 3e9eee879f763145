"""Print options: every edit announces the whole title and settings; set_values is quiet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.shares import ShareSettings
from reflect.ui.print_options import PrintOptions

STORED = ShareSettings(
    words_per_minute=110,
    slot_seconds=7 * 60,
    font_size=22,
    page_size="Letter",
    show_title=True,
    show_date=False,
    paragraph_numbers=False,
    story_start=None,
)


def make_options(qtbot: QtBot) -> PrintOptions:
    options = PrintOptions()
    qtbot.addWidget(options)
    options.set_values("Ten years", STORED)
    options.show()
    return options


def test_set_values_shows_them_without_a_signal(qtbot: QtBot) -> None:
    options = PrintOptions()
    qtbot.addWidget(options)
    emitted: list[object] = []
    options.changed.connect(lambda *args: emitted.append(args))
    options.set_values("Ten years", STORED)
    options.set_values("", ShareSettings(story_start=date(2025, 3, 1), show_date=True))
    assert emitted == []
    assert options.title.text() == "" and options.title.placeholderText() == "No title"
    assert options.font_size.value() == 18 and options.page_size.currentText() == "A4"
    assert options.show_date.isChecked() and options.count_dates.isChecked()
    assert options.story_start.isEnabled() and options.story_start.date() == QDate(2025, 3, 1)
    assert options.values() == ("", ShareSettings(story_start=date(2025, 3, 1), show_date=True))


def test_each_edit_emits_the_title_and_settings_passing_timing_through(qtbot: QtBot) -> None:
    options = make_options(qtbot)
    assert options.values() == ("Ten years", STORED)
    with qtbot.waitSignal(options.changed) as titled:
        qtbot.keyClicks(options.title, "!")
    assert titled.args == ["Ten years!", STORED]

    with qtbot.waitSignal(options.changed) as bigger:
        qtbot.keyClick(options.font_size, Qt.Key.Key_Up)
    assert bigger.args[1] == ShareSettings(**{**STORED.__dict__, "font_size": 23})
    assert bigger.args[1].words_per_minute == 110 and bigger.args[1].slot_seconds == 420

    with qtbot.waitSignal(options.changed) as paged:
        options.page_size.setCurrentIndex(options.page_size.findText("A4"))
    assert paged.args[1].page_size == "A4"

    for box, field in (
        (options.show_title, "show_title"),
        (options.show_date, "show_date"),
        (options.paragraph_numbers, "paragraph_numbers"),
    ):
        before = getattr(options.values()[1], field)
        with qtbot.waitSignal(options.changed) as toggled:
            qtbot.keyClick(box, Qt.Key.Key_Space)
        assert getattr(toggled.args[1], field) is not before
    options.grab().save("/tmp/h5-print-options.png")


def test_counting_dates_from_a_day_is_on_and_off(qtbot: QtBot) -> None:
    options = make_options(qtbot)
    assert not options.story_start.isEnabled()
    options.story_start.setDate(QDate(2024, 6, 1))  # while off, the day is not a setting
    assert options.values()[1].story_start is None
    with qtbot.waitSignal(options.changed) as on:
        qtbot.keyClick(options.count_dates, Qt.Key.Key_Space)
    assert on.args[1].story_start == date(2024, 6, 1)
    assert options.story_start.isEnabled()
    with qtbot.waitSignal(options.changed) as moved:
        options.story_start.setDate(QDate(2024, 7, 15))
    assert moved.args[1].story_start == date(2024, 7, 15)
    with qtbot.waitSignal(options.changed) as off:
        qtbot.keyClick(options.count_dates, Qt.Key.Key_Space)
    assert off.args[1].story_start is None


def test_the_print_size_stays_between_14_and_28(qtbot: QtBot) -> None:
    options = make_options(qtbot)
    assert (options.font_size.minimum(), options.font_size.maximum()) == (14, 28)
    names = {widget.accessibleName() for widget in options.findChildren(QWidget)}
    assert names >= {
        "Title to print",
        "Print size",
        "Page size",
        "Print the title",
        "Print the date",
        "Number the paragraphs",
        "Count dates from",
        "Count dates from this day",
    }
