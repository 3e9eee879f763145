"""``RehearsalWindow``: a full-screen place to practise reading a share aloud.

Large words (``RehearsalText``), one paragraph at a time or gently scrolling at the
speaking rate, with the time so far and the time left in the slot. Over the slot it says
so calmly ("1:05 over"): no red, no alarm, nothing said by colour alone. Everything works
from the keyboard, and a quiet line at the bottom says how.

The time is a ``Stopwatch`` on a monotonic clock (injectable, so tests need no sleeping)
that leaves pauses out; a timer only refreshes the display and moves the scrolling on by
the time that passed. When the person leaves, ``rehearsal_finished`` says how long they
practised (once, and only if it was at least a few seconds), so the share can remember it.
The window deletes itself when closed: the share's words do not linger in a hidden window.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reflect.core.reading_time import format_clock
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.rehearsal_clock import Stopwatch
from reflect.ui.rehearsal_view import RehearsalMode, RehearsalText

# Never the share's own title: window titles are seen by others.
WINDOW_TITLE = QT_TRANSLATE_NOOP("RehearsalWindow", "Rehearsal")
FONT_SIZES = (18, 20, 22, 24, 28, 32, 36, 40, 48, 56, 64, 72)
MIN_REMEMBERED_SECONDS = 5  # a glance is not a rehearsal
SCROLL_TICK_MS = 33  # smooth enough that the scrolling glides
CLOCK_TICK_MS = 200  # only the clock changes: a few times a second is plenty
HINT = QT_TRANSLATE_NOOP(
    "RehearsalWindow",
    "Space pause  ·  ← → move  ·  + − text size  ·  M switch mode  ·  Esc leave",
)
PAUSED = QT_TRANSLATE_NOOP("RehearsalWindow", "Paused")
NO_WORDS = QT_TRANSLATE_NOOP("RehearsalWindow", "There are no words in this share yet.")

_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown)
_PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp)
_PAGING_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_PageUp}
_LARGER_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
_SMALLER_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)

# Every key ``_handle_key`` answers to, with what it does: the keyboard shortcuts sheet
# (reflect.ui.shortcuts_dialog) reads this, and a test keeps it and ``_handle_key`` together.
KEYS: tuple[tuple[tuple[Qt.Key, ...], str], ...] = (
    ((Qt.Key.Key_Space,), QT_TRANSLATE_NOOP("RehearsalWindow", "Pause or resume the clock")),
    (_NEXT_KEYS, QT_TRANSLATE_NOOP("RehearsalWindow", "Next paragraph, or scroll on")),
    (_PREVIOUS_KEYS, QT_TRANSLATE_NOOP("RehearsalWindow", "Previous paragraph, or scroll back")),
    ((Qt.Key.Key_Home,), QT_TRANSLATE_NOOP("RehearsalWindow", "First paragraph")),
    ((Qt.Key.Key_End,), QT_TRANSLATE_NOOP("RehearsalWindow", "Last paragraph")),
    (_LARGER_KEYS, QT_TRANSLATE_NOOP("RehearsalWindow", "Larger text")),
    (_SMALLER_KEYS, QT_TRANSLATE_NOOP("RehearsalWindow", "Smaller text")),
    (
        (Qt.Key.Key_M,),
        QT_TRANSLATE_NOOP("RehearsalWindow", "Switch between one paragraph and auto-scroll"),
    ),
    ((Qt.Key.Key_Escape,), QT_TRANSLATE_NOOP("RehearsalWindow", "Leave the rehearsal")),
)


def time_left(elapsed: int, slot: int) -> str:
    """ "3:37 left", or calmly "1:05 over" once past the slot."""
    if elapsed <= slot:
        return QCoreApplication.translate("rehearsal", "{clock} left").format(
            clock=format_clock(slot - elapsed)
        )
    return QCoreApplication.translate("rehearsal", "{clock} over").format(
        clock=format_clock(elapsed - slot)
    )


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a share's title is words, not markup
    label.setAccessibleName(name)
    return label


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    # Reached by Tab, but a click leaves the keyboard with the text, where the keys work.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class RehearsalWindow(QWidget):
    """Full-screen rehearsal of a share's paragraphs; see the module docstring."""

    rehearsal_finished = Signal(int)  # seconds practised (pauses not counted)

    def __init__(
        self,
        paragraphs: Sequence[str],
        *,
        words_per_minute: int,
        slot_seconds: int,
        font_size: int = 32,
        title: str = "",
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window even over the composer
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("RehearsalWindow", WINDOW_TITLE))
        self.stopwatch = Stopwatch(clock)
        self._scrolled_until = 0.0  # the stopwatch's seconds the scrolling has caught up to
        self._words_per_second = max(words_per_minute, 1) / 60
        self._slot = max(slot_seconds, 0)
        self._font_size = min(max(font_size, FONT_SIZES[0]), FONT_SIZES[-1])
        self._finished = False
        words = [text.strip() for text in paragraphs if text.strip()] or [
            QCoreApplication.translate("RehearsalWindow", NO_WORDS)
        ]

        self.text = RehearsalText(words, self._font_size)
        self.text.installEventFilter(self)
        self.text.viewport().installEventFilter(self)
        self.text.paragraph_changed.connect(self._on_text_paragraph_changed)

        self.title = _label(title, QCoreApplication.translate("RehearsalWindow", "Share title"))
        paused = QCoreApplication.translate("RehearsalWindow", PAUSED)
        self.paused = _label(paused, paused)
        self.paused.hide()
        self.elapsed = _label("", QCoreApplication.translate("RehearsalWindow", "Time so far"))
        self.remaining = _label("", QCoreApplication.translate("RehearsalWindow", "Time left"))
        self.remaining.setToolTip(
            QCoreApplication.translate("RehearsalWindow", "Your time to share: {clock}").format(
                clock=format_clock(self._slot)
            )
        )
        self.remaining.setVisible(self._slot > 0)
        self.paragraph = _label("", QCoreApplication.translate("RehearsalWindow", "Paragraph"))
        self.hint = _label(
            QCoreApplication.translate("RehearsalWindow", HINT),
            QCoreApplication.translate("RehearsalWindow", "Keys"),
        )
        self._make_buttons()
        self._lay_out()
        for button in self._buttons:
            button.installEventFilter(self)  # the keys work wherever the focus is
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._update_size_buttons()
        self._on_text_paragraph_changed(0)
        self._show_time()

    def _make_buttons(self) -> None:
        one_paragraph = QCoreApplication.translate("RehearsalWindow", "One Paragraph")
        self.one_paragraph = _button(
            one_paragraph,
            one_paragraph,
            QCoreApplication.translate("RehearsalWindow", "Show one paragraph at a time (M)"),
        )
        auto_scroll = QCoreApplication.translate("RehearsalWindow", "Auto-Scroll")
        self.auto_scroll = _button(
            auto_scroll,
            auto_scroll,
            QCoreApplication.translate(
                "RehearsalWindow", "Scroll gently at your speaking rate (M)"
            ),
        )
        modes = QButtonGroup(self)
        for button in (self.one_paragraph, self.auto_scroll):
            button.setCheckable(True)
            modes.addButton(button)
        self.one_paragraph.setChecked(True)
        self.one_paragraph.clicked.connect(lambda: self.set_mode(RehearsalMode.PARAGRAPH))
        self.auto_scroll.clicked.connect(lambda: self.set_mode(RehearsalMode.SCROLL))
        self.smaller = _button(
            QCoreApplication.translate("RehearsalWindow", "A−"),
            QCoreApplication.translate("RehearsalWindow", "Smaller Text"),
            QCoreApplication.translate("RehearsalWindow", "Smaller text (−)"),
        )
        self.smaller.clicked.connect(lambda: self.change_font_size(-1))
        self.larger = _button(
            QCoreApplication.translate("RehearsalWindow", "A+"),
            QCoreApplication.translate("RehearsalWindow", "Larger Text"),
            QCoreApplication.translate("RehearsalWindow", "Larger text (+)"),
        )
        self.larger.clicked.connect(lambda: self.change_font_size(+1))
        pause = QCoreApplication.translate("RehearsalWindow", "Pause")
        self.pause_button = _button(
            pause, pause, QCoreApplication.translate("RehearsalWindow", "Pause the clock (Space)")
        )
        self.pause_button.clicked.connect(self.toggle_pause)
        leave = QCoreApplication.translate("RehearsalWindow", "Leave Rehearsal")
        self.leave = _button(
            leave, leave, QCoreApplication.translate("RehearsalWindow", "Leave the rehearsal (Esc)")
        )
        self.leave.clicked.connect(self.close)
        self._buttons = (
            self.one_paragraph,
            self.auto_scroll,
            self.smaller,
            self.larger,
            self.pause_button,
            self.leave,
        )

    def _lay_out(self) -> None:
        bar_font = QFont(self.font())
        bar_font.setPointSizeF(max(bar_font.pointSizeF(), 10) * 1.3)
        for widget in (self.title, self.paragraph, *self._buttons):
            widget.setFont(bar_font)
        clock_font = QFont(bar_font)
        clock_font.setPointSizeF(bar_font.pointSizeF() * 1.4)
        clock_font.setWeight(QFont.Weight.DemiBold)
        for label in (self.elapsed, self.remaining, self.paused):
            label.setFont(clock_font)
        # Room for the widest each clock will say, so the bar doesn't shift every second.
        metrics = QFontMetrics(clock_font)
        so_far = QCoreApplication.translate("RehearsalWindow", "{clock} so far")
        left = QCoreApplication.translate("rehearsal", "{clock} left")
        over = QCoreApplication.translate("rehearsal", "{clock} over")
        self.elapsed.setMinimumWidth(metrics.horizontalAdvance(so_far.format(clock="00:00")))
        self.remaining.setMinimumWidth(
            max(metrics.horizontalAdvance(text.format(clock="00:00")) for text in (left, over))
        )
        for label in (self.elapsed, self.remaining):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Words that may be long give way first, so the bars fit a small screen.
        for label in (self.title, self.paragraph):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.paragraph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        # "Pause" and "Resume" take the same room, so nothing jumps when pausing.
        self.pause_button.setText(QCoreApplication.translate("RehearsalWindow", "Resume"))
        widest = self.pause_button.sizeHint().width()
        self.pause_button.setText(QCoreApplication.translate("RehearsalWindow", "Pause"))
        self.pause_button.setMinimumWidth(max(widest, self.pause_button.sizeHint().width()))

        top = QHBoxLayout()
        top.setContentsMargins(32, 20, 32, 12)
        top.setSpacing(32)
        top.addWidget(self.title, 1)
        top.addWidget(self.paused)
        top.addWidget(self.elapsed)
        top.addWidget(self.remaining)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(32, 12, 32, 8)
        bottom.setSpacing(8)
        for button in (self.one_paragraph, self.auto_scroll):
            bottom.addWidget(button)
        bottom.addSpacing(24)
        bottom.addWidget(self.smaller)
        bottom.addWidget(self.larger)
        bottom.addWidget(self.paragraph, 1)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.leave)

        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setContentsMargins(32, 0, 32, 16)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hint)

    # What the composer and the keys ask for

    def start(self) -> None:
        """Fill the screen, start the clock, and put the keyboard on the text."""
        self.showFullScreen()
        self.activateWindow()
        self.text.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        if not self.stopwatch.started:
            self.stopwatch.start()
            self._show_paused(False)
            self._timer.start()

    @property
    def is_paused(self) -> bool:
        return self.stopwatch.started and not self.stopwatch.running

    @property
    def font_size(self) -> int:
        return self._font_size

    def elapsed_seconds(self) -> float:
        """Seconds practised so far, pauses not counted."""
        return self.stopwatch.elapsed()

    def toggle_pause(self) -> None:
        if not self.stopwatch.started or self._finished:
            return
        if self.stopwatch.running:
            self.stopwatch.pause()
            self._timer.stop()  # nothing moves while paused
        else:
            self.stopwatch.resume()
            self._timer.start()
        self._show_paused(not self.stopwatch.running)
        self._show_time()

    def set_mode(self, mode: RehearsalMode) -> None:
        self.text.set_mode(mode)
        self.one_paragraph.setChecked(mode is RehearsalMode.PARAGRAPH)
        self.auto_scroll.setChecked(mode is RehearsalMode.SCROLL)
        scrolling = mode is RehearsalMode.SCROLL
        self._timer.setInterval(SCROLL_TICK_MS if scrolling else CLOCK_TICK_MS)
        self._scrolled_until = self.stopwatch.elapsed()

    def switch_mode(self) -> None:
        paragraph = self.text.mode is RehearsalMode.PARAGRAPH
        self.set_mode(RehearsalMode.SCROLL if paragraph else RehearsalMode.PARAGRAPH)

    def change_font_size(self, steps: int) -> None:
        """Up or down the ladder of sizes, from wherever the size is now."""
        if steps > 0:
            larger = [size for size in FONT_SIZES if size > self._font_size]
            size = larger[min(steps, len(larger)) - 1] if larger else self._font_size
        else:
            smaller = [size for size in FONT_SIZES if size < self._font_size]
            size = smaller[-min(-steps, len(smaller))] if smaller else self._font_size
        if size != self._font_size:
            self._font_size = size
            self.text.set_font_size(size)
        self._update_size_buttons()

    # The clock

    def _on_timer_timeout(self) -> None:
        now = self.stopwatch.elapsed()
        if self.text.mode is RehearsalMode.SCROLL:
            self.text.advance((now - self._scrolled_until) * self._words_per_second)
        self._scrolled_until = now
        self._show_time()

    def _show_time(self) -> None:
        elapsed = int(self.elapsed_seconds())
        so_far = QCoreApplication.translate("RehearsalWindow", "{clock} so far").format(
            clock=format_clock(elapsed)
        )
        if self.elapsed.text() != so_far:  # most ticks change nothing on screen
            self.elapsed.setText(so_far)
            self.remaining.setText(time_left(elapsed, self._slot))

    def _show_paused(self, paused: bool) -> None:
        self.paused.setVisible(paused)
        if paused:
            label = QCoreApplication.translate("RehearsalWindow", "Resume")
            tip = QCoreApplication.translate("RehearsalWindow", "Resume the clock (Space)")
        else:
            label = QCoreApplication.translate("RehearsalWindow", "Pause")
            tip = QCoreApplication.translate("RehearsalWindow", "Pause the clock (Space)")
        self.pause_button.setText(label)
        self.pause_button.setAccessibleName(label)
        self.pause_button.setToolTip(tip)

    # Keys, wheel and leaving

    def _on_text_paragraph_changed(self, index: int) -> None:
        self.paragraph.setText(
            QCoreApplication.translate("RehearsalWindow", "Paragraph {number} of {count}").format(
                number=index + 1, count=self.text.paragraph_count
            )
        )

    def _update_size_buttons(self) -> None:
        self.smaller.setEnabled(self._font_size > FONT_SIZES[0])
        self.larger.setEnabled(self._font_size < FONT_SIZES[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if isinstance(watched, QPushButton) and event.key() == Qt.Key.Key_Space:
                return False  # Space presses a button that has the focus, as everywhere
            return self._handle_key(event)
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y():
                self.change_font_size(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        """The rehearsal's keys, wherever the focus is; ``False`` for anything else."""
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_M:
            self.switch_mode()
        elif key in _LARGER_KEYS:
            self.change_font_size(1)
        elif key in _SMALLER_KEYS:
            self.change_font_size(-1)
        elif key in _NEXT_KEYS:
            if not (key in _PAGING_KEYS and self.text.page(forward=True)):
                self.text.next_paragraph()
        elif key in _PREVIOUS_KEYS:
            if not (key in _PAGING_KEYS and self.text.page(forward=False)):
                self.text.previous_paragraph()
        elif key == Qt.Key.Key_Home:
            self.text.first_paragraph()
        elif key == Qt.Key.Key_End:
            self.text.last_paragraph()
        else:
            return False
        self._scrolled_until = self.stopwatch.elapsed()  # a move is a new start
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:
            self._finished = True
            self._timer.stop()
            self.stopwatch.pause()
            seconds = int(self.stopwatch.elapsed())
            if seconds >= MIN_REMEMBERED_SECONDS:
                self.rehearsal_finished.emit(seconds)
        super().closeEvent(event)
