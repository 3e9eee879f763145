"""Rehearsal mode: the keys, the clock (an injected one: no sleeping), both ways of showing
the text, text sizes, right-to-left paragraphs and what is remembered when leaving."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.reading_time import reading_seconds, word_count
from reflect.ui.rehearsal import FONT_SIZES, NO_WORDS, RehearsalWindow, time_left
from reflect.ui.rehearsal_clock import Stopwatch
from reflect.ui.rehearsal_view import RehearsalMode

PARAGRAPHS = [
    "The first months were the hardest part.",
    "I kept going to meetings even when I did not want to.",
    "Now I make coffee for the new people on Tuesdays.",
]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock) -> Iterator[Callable[..., RehearsalWindow]]:
    """Makes rehearsal windows on the fake clock; closes whatever is still open at the end
    (a closed window deletes itself, so pytest-qt's own clean-up can't be used)."""
    made: list[RehearsalWindow] = []

    def make(paragraphs: list[str] | None = None, **options: Any) -> RehearsalWindow:
        options = {"words_per_minute": 120, "slot_seconds": 300, **options}
        window = RehearsalWindow(
            PARAGRAPHS if paragraphs is None else paragraphs, clock=clock, **options
        )
        made.append(window)
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):
            window.close()


def started(qtbot: QtBot, window: RehearsalWindow) -> RehearsalWindow:
    window.start()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.text.hasFocus)
    return window


def key(qtbot: QtBot, window: RehearsalWindow, pressed: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.text, pressed)


def test_starts_full_screen_with_the_keys_on_the_text(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    window = started(qtbot, make_window(title="Ninety days"))

    assert window.isFullScreen()
    assert window.windowTitle() == "Rehearsal"  # the share's title stays off the title bar
    assert window.title.text() == "Ninety days"
    assert window.text.toPlainText() == PARAGRAPHS[0]
    assert window.paragraph.text() == "Paragraph 1 of 3"
    assert "Space" in window.hint.text() and "Esc" in window.hint.text()
    interactive = [window.text, *window.findChildren(QAbstractButton)]
    assert all(widget.accessibleName() for widget in interactive)
    assert {button.accessibleName() for button in window.findChildren(QAbstractButton)} == {
        "One Paragraph",
        "Auto-Scroll",
        "Smaller Text",
        "Larger Text",
        "Pause",
        "Leave Rehearsal",
    }
    assert window.text.accessibleName() == "Rehearsal text"


def test_space_pauses_the_clock_and_says_so(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow], clock: FakeClock
) -> None:
    window = started(qtbot, make_window())
    clock.now += 10
    key(qtbot, window, Qt.Key.Key_Space)

    assert window.is_paused
    assert window.paused.isVisible() and "Paused" in window.paused.text()
    assert window.pause_button.accessibleName() == "Resume"
    clock.now += 100  # a long pause counts for nothing
    assert window.elapsed_seconds() == 10
    assert window.elapsed.text() == "0:10 so far"

    key(qtbot, window, Qt.Key.Key_Space)
    assert not window.is_paused and not window.paused.isVisible()
    assert window.pause_button.accessibleName() == "Pause"
    clock.now += 5
    qtbot.waitUntil(lambda: window.elapsed.text() == "0:15 so far")

    window.pause_button.click()
    assert window.is_paused


def test_arrows_move_a_paragraph_at_a_time(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    window = started(qtbot, make_window())

    for pressed, expected in [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Down, 2),
        (Qt.Key.Key_PageDown, 2),  # the last paragraph stays
        (Qt.Key.Key_Left, 1),
        (Qt.Key.Key_Up, 0),
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_End, 2),
        (Qt.Key.Key_Home, 0),
    ]:
        key(qtbot, window, pressed)
        assert window.text.paragraph == expected, pressed
        assert window.text.toPlainText() == PARAGRAPHS[expected]
        assert window.paragraph.text() == f"Paragraph {expected + 1} of 3"


def test_down_reads_on_through_a_long_paragraph_before_moving(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    long = " ".join(["Some days the only thing I could do was show up."] * 40)
    window = started(qtbot, make_window([long, "The next part."], font_size=48))
    bar = window.text.verticalScrollBar()
    assert bar.maximum() > 0

    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.text.paragraph == 0 and bar.value() > 0
    while bar.value() < bar.maximum():
        key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Down)
    assert window.text.paragraph == 1
    key(qtbot, window, Qt.Key.Key_Right)  # Right always means the next paragraph
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.text.paragraph == 0


def test_leaving_remembers_the_time_practised_without_pauses(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow], clock: FakeClock
) -> None:
    window = started(qtbot, make_window())
    finished: list[int] = []
    window.rehearsal_finished.connect(finished.append)
    clock.now += 20
    key(qtbot, window, Qt.Key.Key_Space)
    clock.now += 30
    key(qtbot, window, Qt.Key.Key_Space)
    clock.now += 12.7

    with qtbot.waitSignal(window.rehearsal_finished) as blocker:
        key(qtbot, window, Qt.Key.Key_Escape)

    assert blocker.args == [32]
    window.close()  # leaving twice is still one rehearsal
    assert finished == [32]
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the words don't linger


def test_leave_button_and_a_glance_is_not_remembered(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow], clock: FakeClock
) -> None:
    window = started(qtbot, make_window())
    clock.now += 4.9
    with qtbot.assertNotEmitted(window.rehearsal_finished):
        window.leave.click()
    assert not window.isVisible()


def test_time_left_and_over_the_slot(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow], clock: FakeClock
) -> None:
    assert time_left(0, 300) == "5:00 left"
    assert time_left(300, 300) == "0:00 left"
    assert time_left(365, 300) == "1:05 over"

    window = started(qtbot, make_window(slot_seconds=60))
    assert window.remaining.text() == "1:00 left"
    clock.now += 45
    qtbot.waitUntil(lambda: window.remaining.text() == "0:15 left")
    assert window.elapsed.text() == "0:45 so far"
    clock.now += 80
    qtbot.waitUntil(lambda: window.remaining.text() == "1:05 over")
    # Said in words, in the same calm colour as the rest: never red.
    assert window.remaining.styleSheet() == ""
    role = QPalette.ColorRole.WindowText
    assert window.remaining.palette().color(role) == window.elapsed.palette().color(role)


def mode_of(window: RehearsalWindow) -> RehearsalMode:
    return window.text.mode


def test_m_and_the_buttons_switch_modes_at_the_same_place(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    window = started(qtbot, make_window())
    key(qtbot, window, Qt.Key.Key_Right)

    key(qtbot, window, Qt.Key.Key_M)
    assert mode_of(window) is RehearsalMode.SCROLL
    assert window.auto_scroll.isChecked() and not window.one_paragraph.isChecked()
    assert window.text.toPlainText() == "\n".join(PARAGRAPHS)
    assert window.text.paragraph == 1

    key(qtbot, window, Qt.Key.Key_M)
    assert mode_of(window) is RehearsalMode.PARAGRAPH
    assert window.text.toPlainText() == PARAGRAPHS[1]

    window.auto_scroll.click()
    assert mode_of(window) is RehearsalMode.SCROLL
    window.one_paragraph.click()
    assert mode_of(window) is RehearsalMode.PARAGRAPH
    assert window.text.hasFocus()  # a click leaves the keys with the text


def point_size(window: RehearsalWindow) -> int:
    document = window.text.document()
    assert isinstance(document, QTextDocument)
    return document.defaultFont().pointSize()


def ctrl_wheel(window: RehearsalWindow, steps: int) -> None:
    viewport = window.text.viewport()
    where = QPointF(viewport.rect().center())
    event = QWheelEvent(
        where,
        QPointF(viewport.mapToGlobal(where.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_text_size_between_18_and_72_points(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    window = started(qtbot, make_window(font_size=70))
    assert point_size(window) == 70
    key(qtbot, window, Qt.Key.Key_Plus)
    assert window.font_size == point_size(window) == 72
    assert not window.larger.isEnabled() and window.smaller.isEnabled()
    key(qtbot, window, Qt.Key.Key_Equal)
    assert window.font_size == 72

    key(qtbot, window, Qt.Key.Key_Minus, times=len(FONT_SIZES) + 2)
    assert window.font_size == point_size(window) == 18
    assert not window.smaller.isEnabled() and window.larger.isEnabled()

    window.larger.click()
    assert window.font_size == 20
    ctrl_wheel(window, 1)
    assert window.font_size == 22
    ctrl_wheel(window, -1)
    assert window.font_size == 20
    key(qtbot, window, Qt.Key.Key_M)  # the other mode has the same size
    assert point_size(window) == 20

    tiny = make_window(font_size=6)
    assert tiny.font_size == 18 and not tiny.smaller.isEnabled()


def long_share(count: int = 200) -> list[str]:
    """``count`` paragraphs of 20 words each."""
    return [
        "Some days were hard and I wrote about them, then I called my sponsor "
        "and we went for a walk."
    ] * count


def test_auto_scroll_moves_through_the_text_in_its_reading_time(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow], clock: FakeClock
) -> None:
    paragraphs = long_share()
    assert {word_count(text) for text in paragraphs} == {20}
    window = started(qtbot, make_window(paragraphs, words_per_minute=120))  # 2 words a second
    key(qtbot, window, Qt.Key.Key_M)
    whole = window.text.document()
    assert isinstance(whole, QTextDocument)
    bar = window.text.verticalScrollBar()
    assert bar.value() == 0

    clock.now += 30  # 60 words: the start of the fourth paragraph
    qtbot.waitUntil(lambda: window.text.paragraph == 3)
    revision = whole.revision()
    assert window.text.place == pytest.approx(60)
    first = bar.value()
    assert first > 0
    clock.now += 5
    qtbot.waitUntil(lambda: bar.value() > first)  # gliding within the paragraph
    assert window.text.paragraph == 3

    key(qtbot, window, Qt.Key.Key_Space)  # paused: the place stays while the clock runs on
    clock.now += 600
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.text.place == pytest.approx(70)

    key(qtbot, window, Qt.Key.Key_Right)  # arrows nudge a paragraph on and back
    assert window.text.place == 80 and window.text.paragraph == 4
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.text.place == 60 and window.text.paragraph == 3
    clock.now += 5
    qtbot.waitUntil(lambda: window.text.place == pytest.approx(70))
    key(qtbot, window, Qt.Key.Key_Left)  # well into a paragraph: back to its start
    assert window.text.place == 60

    clock.now += reading_seconds(window.text.total_words, 120)  # the whole reading time
    qtbot.waitUntil(lambda: window.text.place == window.text.total_words)
    assert window.text.paragraph == 199
    assert bar.maximum() - bar.value() < window.text.viewport().height() / 2  # near the end
    assert whole.revision() == revision  # scrolling never rebuilt the document


def test_scrolling_by_hand_moves_the_reading_place(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    window = started(qtbot, make_window(long_share(), words_per_minute=120))
    window.auto_scroll.click()
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Right, times=100)
    bar = window.text.verticalScrollBar()
    hundredth = bar.value()
    key(qtbot, window, Qt.Key.Key_Home)
    assert bar.value() == 0 and window.text.paragraph == 0

    bar.setValue(hundredth)  # as a wheel or the scroll bar would

    assert window.text.paragraph == 100 and window.text.place == pytest.approx(2000, abs=1)
    assert window.paragraph.text() == "Paragraph 101 of 200"


def test_right_to_left_paragraphs_read_right_to_left(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    hebrew = "היום אני רוצה לספר לכם על הדרך שעברתי"
    window = started(qtbot, make_window([hebrew, "And in English."]))

    for _ in RehearsalMode:
        document = window.text.document()
        assert isinstance(document, QTextDocument)
        block = document.firstBlock()
        assert block.text() == hebrew
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        line = block.layout().lineAt(0)
        left_room = line.naturalTextRect().left() - line.x()
        right_room = line.x() + line.width() - line.naturalTextRect().right()
        assert right_room < 1 < left_room  # set against the right-hand edge
        if block.next().isValid():  # the whole text: English goes on left to right
            assert block.next().textDirection() == Qt.LayoutDirection.LeftToRight
        key(qtbot, window, Qt.Key.Key_M)


def test_stopwatch_leaves_pauses_out(clock: FakeClock) -> None:
    watch = Stopwatch(clock)
    clock.now += 50
    assert watch.elapsed() == 0 and not watch.started  # nothing counts before the start
    watch.start()
    clock.now += 10
    watch.pause()
    clock.now += 1000
    assert watch.elapsed() == 10 and not watch.running
    watch.resume()
    watch.start()  # a second start changes nothing
    clock.now += 2.5
    assert watch.elapsed() == 12.5 and watch.running


def test_no_words_and_line_breaks(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    empty = started(qtbot, make_window(["", "  "]))
    assert empty.text.toPlainText() == NO_WORDS

    window = started(qtbot, make_window(["one line\nand the next", "two"]))
    window.auto_scroll.click()
    assert window.text.paragraph_count == 2
    document = window.text.document()
    assert isinstance(document, QTextDocument)
    assert document.blockCount() == 2  # a line break stays inside its paragraph


def test_keys_work_when_a_button_has_the_focus(
    qtbot: QtBot, make_window: Callable[..., RehearsalWindow]
) -> None:
    window = started(qtbot, make_window())
    window.leave.setFocus()
    qtbot.waitUntil(window.leave.hasFocus)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    assert window.text.paragraph == 1
    with qtbot.waitSignal(window.destroyed):
        qtbot.keyClick(focused, Qt.Key.Key_Escape)
