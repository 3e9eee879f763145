"""The read-aloud bar: rate and slot choices, a quiet indicator, over or under in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.reading_time import Timing, describe, timing
from reflect.ui.reading_time_bar import CUSTOM, FITS, OVER, ReadingTimeBar


def make_bar(qtbot: QtBot) -> ReadingTimeBar:
    bar = ReadingTimeBar()
    qtbot.addWidget(bar)
    bar.resize(560, 100)
    bar.show()
    return bar


def test_starts_at_130_words_a_minute_and_5_minutes(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    assert bar.rate.value() == 130 and (bar.rate.minimum(), bar.rate.maximum()) == (60, 250)
    assert bar.slot.currentText() == "5 minutes" and bar.slot_seconds == 300
    assert [bar.slot.itemText(i) for i in range(bar.slot.count())] == [
        "3 minutes",
        "5 minutes",
        "10 minutes",
        CUSTOM,
    ]
    assert not bar.custom_minutes.isVisible()
    assert (
        bar.accessibleName() == "Read-aloud time" and bar.bar.accessibleName() == "Read-aloud time"
    )
    assert bar.summary.text() == "Nothing to read aloud yet — you have 5 minutes."


def test_timing_is_described_and_filled_calmly(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    under = timing("word " * 390, 130, 300)  # three minutes of five
    bar.set_timing(under)
    assert bar.summary.text() == describe(under)
    assert "2 min under your 5 minutes" in bar.summary.text()
    assert bar.bar.value() == 600 and bar.marker.text() == FITS
    assert bar.bar.accessibleDescription() == describe(under)
    palette_before = bar.bar.palette().color(bar.bar.foregroundRole())
    bar.grab().save("/tmp/h5-reading-time-under.png")

    over = Timing(words=800, seconds=369, slot_seconds=300)
    bar.set_timing(over)
    assert "1 min 9 s over your 5 minutes" in bar.summary.text()
    assert bar.bar.value() == bar.bar.maximum()  # full, not beyond, and no new colour
    assert bar.marker.text() == OVER and bar.marker.isVisible()
    assert bar.bar.palette().color(bar.bar.foregroundRole()) == palette_before
    bar.grab().save("/tmp/h5-reading-time-over.png")


def test_choices_announce_the_rate_and_slot(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    with qtbot.waitSignal(bar.pace_changed) as faster:
        qtbot.keyClick(bar.rate, Qt.Key.Key_Up)
    assert faster.args == [131, 300]
    bar.slot.setFocus()
    with qtbot.waitSignal(bar.pace_changed) as ten:
        qtbot.keyClick(bar.slot, Qt.Key.Key_Down)  # from 5 minutes to 10
    assert ten.args == [131, 600]


def test_custom_reveals_minutes_and_choosing_it_alone_changes_nothing(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    emitted: list[tuple[int, int]] = []
    bar.pace_changed.connect(lambda rate, slot: emitted.append((rate, slot)))
    bar.slot.setFocus()
    qtbot.keyClick(bar.slot, Qt.Key.Key_End)  # the last choice, Custom…
    assert bar.slot.currentText() == CUSTOM
    qtbot.waitUntil(bar.custom_minutes.isVisible)
    assert bar.custom_minutes.value() == 5 and emitted == []
    assert (bar.custom_minutes.minimum(), bar.custom_minutes.maximum()) == (1, 240)
    bar.custom_minutes.setValue(7)
    assert emitted == [(130, 420)]
    bar.grab().save("/tmp/h5-reading-time-custom.png")


def test_set_pace_shows_the_choice_without_a_signal(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    emitted: list[tuple[int, int]] = []
    bar.pace_changed.connect(lambda rate, slot: emitted.append((rate, slot)))
    bar.set_pace(110, 420)
    assert (bar.rate.value(), bar.slot.currentText(), bar.custom_minutes.value()) == (
        110,
        CUSTOM,
        7,
    )
    assert bar.custom_minutes.isVisible()
    bar.set_pace(150, 180)
    assert bar.slot.currentText() == "3 minutes" and not bar.custom_minutes.isVisible()
    assert emitted == []
    for widget in (bar.rate, bar.slot, bar.custom_minutes):
        assert isinstance(widget, QWidget) and widget.accessibleName()
