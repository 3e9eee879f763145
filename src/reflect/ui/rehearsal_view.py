"""``RehearsalText``: the large words of a rehearsal, one paragraph at a time or scrolling.

The view keeps a *reading place* counted in words from the start of the text. In "One
Paragraph" mode it shows the paragraph holding that place, centred on the screen; in
"Auto-Scroll" mode it shows the whole text and scrolls so the words at the reading place
sit on a reading line a third of the way down. The window moves the place forward as
time passes (``advance``), so the scrolling follows the speaking rate word by word: a long
paragraph passes slowly, a short one quickly.

Each mode has its own ``QTextDocument``, built once; moving through the text only sets a
scroll bar or swaps one paragraph, so a 200-paragraph share scrolls as smoothly as a short
one. The documents follow the palette (no colours of their own) and lay each paragraph out
in its own direction, so right-to-left paragraphs read right to left.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reflect.core.reading_time import word_count

READING_LINE = 0.3  # of the view's height: where the words being spoken sit when scrolling
LINE_HEIGHT_PERCENT = 145  # airy lines are easier to keep your place in, read aloud
COLUMN_CHARACTERS = 60  # a comfortable line to read aloud; wider screens get wider margins
SIDE_MARGIN = 32.0  # at least; the window's bars use the same, so the left edges line up
BACK_TO_START_WORDS = 3.0  # "back" goes to this paragraph's start when this far into it


class RehearsalMode(Enum):
    """How the rehearsal shows the text."""

    PARAGRAPH = "One Paragraph"
    SCROLL = "Auto-Scroll"


class RehearsalText(QTextEdit):
    """The rehearsal's words, large and read-only; see the module docstring."""

    paragraph_changed = Signal(int)  # 0-based index of the paragraph at the reading place

    def __init__(self, paragraphs: Sequence[str], font_size: int, parent: QWidget | None = None):
        super().__init__(parent)
        # One paragraph is one block: a line break inside a paragraph stays a line break.
        self._paragraphs = [text.replace("\n", "\u2028") for text in paragraphs]
        counts = [max(1, word_count(text)) for text in paragraphs]
        self._starts = [0, *itertools.accumulate(counts)][:-1]  # words before each paragraph
        self._counts = counts
        self._mode = RehearsalMode.PARAGRAPH
        self._place = 0.0  # words from the start
        self._paragraph = 0
        self._block_spans: list[tuple[float, float]] | None = None  # (top, height), whole text
        self._moving = False  # the view itself is setting the scroll bar
        self._font = QFont(self.font())
        self._font.setPointSize(font_size)
        self._single = QTextDocument(self)
        self._whole = QTextDocument(self)
        for document in (self._single, self._whole):
            document.setUndoRedoEnabled(False)
        self._whole.documentLayout().documentSizeChanged.connect(self._forget_block_spans)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(QCoreApplication.translate("RehearsalText", "Rehearsal text"))
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        # Qt finishes laying out a long text a moment later: the place, not the scroll bar,
        # says where the reading is, so it is shown again whenever the range settles.
        self.verticalScrollBar().rangeChanged.connect(self._on_scroll_bar_range_changed)
        self._build_whole()
        self._show_single()
        self.setDocument(self._single)

    # What the window asks of the view

    @property
    def mode(self) -> RehearsalMode:
        return self._mode

    @property
    def paragraph(self) -> int:
        """The paragraph at the reading place (0-based)."""
        return self._paragraph

    @property
    def paragraph_count(self) -> int:
        return len(self._paragraphs)

    @property
    def place(self) -> float:
        """The reading place, in words from the start of the text."""
        return self._place

    @property
    def total_words(self) -> int:
        return self._starts[-1] + self._counts[-1]

    def set_mode(self, mode: RehearsalMode) -> None:
        """Show the text one paragraph at a time, or whole and scrolling, at the same place."""
        if mode is self._mode:
            return
        self._mode = mode
        if mode is RehearsalMode.PARAGRAPH:
            self._place = float(self._starts[self._paragraph])
            self._show_single()
            self.setDocument(self._single)
        else:
            self.setDocument(self._whole)
            self._fit_whole_margins()
        self._show_place()

    def set_font_size(self, points: int) -> None:
        """Lay the text out again at ``points`` (a rare, deliberate change: not per tick)."""
        self._font.setPointSize(points)
        self._build_whole()
        self._show_single()
        if self._mode is RehearsalMode.SCROLL:
            self._fit_whole_margins()
        self._show_place()

    def advance(self, words: float) -> None:
        """Move the reading place on by ``words`` (auto-scroll: the time that passed)."""
        self._move_to(min(self._place + words, float(self.total_words)))

    def next_paragraph(self) -> None:
        self._move_to(float(self._starts[min(self._paragraph + 1, len(self._starts) - 1)]))

    def previous_paragraph(self) -> None:
        """To the start of the previous paragraph; when scrolling and already a few words
        into this one, to the start of this one (as a music player's "back" does)."""
        start = self._starts[self._paragraph]
        if self._mode is RehearsalMode.SCROLL and self._place - start > BACK_TO_START_WORDS:
            self._move_to(float(start))
        else:
            self._move_to(float(self._starts[max(self._paragraph - 1, 0)]))

    def first_paragraph(self) -> None:
        self._move_to(0.0)

    def last_paragraph(self) -> None:
        self._move_to(float(self._starts[-1]))

    def page(self, forward: bool) -> bool:
        """Scroll a long paragraph on by most of a screen; ``False`` at its end (or start)."""
        bar = self.verticalScrollBar()
        if self._mode is not RehearsalMode.PARAGRAPH:
            return False
        if (bar.value() >= bar.maximum()) if forward else (bar.value() <= bar.minimum()):
            return False
        step = int(bar.pageStep() * 0.8)
        bar.setValue(bar.value() + (step if forward else -step))
        return True

    # Moving the place

    def _move_to(self, place: float) -> None:
        self._place = place
        self._show_place()

    def _show_place(self) -> None:
        paragraph = max(bisect.bisect_right(self._starts, self._place) - 1, 0)
        changed = paragraph != self._paragraph
        self._paragraph = paragraph
        if self._mode is RehearsalMode.PARAGRAPH:
            if changed:
                self._show_single()
            self._set_scroll(0)
        else:
            self._set_scroll(round(self._y_of_place() - self._reading_line()))
        if changed:
            self.paragraph_changed.emit(paragraph)

    def _set_scroll(self, value: int) -> None:
        self._moving = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._moving = False

    def _on_scroll_bar_value_changed(self, value: int) -> None:
        """Scrolled by hand (wheel, scroll bar): the reading place follows, so auto-scroll
        goes on from where the person is looking rather than jumping back."""
        if self._moving or self._mode is not RehearsalMode.SCROLL:
            return
        place = self._place_at(value + self._reading_line())
        paragraph = max(bisect.bisect_right(self._starts, place) - 1, 0)
        self._place = place
        if paragraph != self._paragraph:
            self._paragraph = paragraph
            self.paragraph_changed.emit(paragraph)

    def _on_scroll_bar_range_changed(self) -> None:
        if self._mode is RehearsalMode.SCROLL:
            self._show_place()

    # Words ⇄ pixels in the whole text

    def _spans(self) -> list[tuple[float, float]]:
        if self._block_spans is None:
            layout = self._whole.documentLayout()
            spans = []
            block = self._whole.begin()
            while block.isValid():
                rect = layout.blockBoundingRect(block)
                spans.append((rect.top(), rect.height()))
                block = block.next()
            self._block_spans = spans
        return self._block_spans

    def _forget_block_spans(self) -> None:
        self._block_spans = None

    def _y_of_place(self) -> float:
        top, height = self._spans()[self._paragraph]
        start, count = self._starts[self._paragraph], self._counts[self._paragraph]
        return top + height * min(max((self._place - start) / count, 0.0), 1.0)

    def _place_at(self, y: float) -> float:
        spans = self._spans()
        index = max(bisect.bisect_right([top for top, _ in spans], y) - 1, 0)
        top, height = spans[index]
        fraction = min(max((y - top) / height, 0.0), 1.0) if height > 0 else 0.0
        return self._starts[index] + fraction * self._counts[index]

    def _reading_line(self) -> float:
        return self.viewport().height() * READING_LINE

    # Building and fitting the documents

    def _block_format(self) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        block.setBottomMargin(QFontMetricsF(self._font).height() * 0.9)
        return block

    def _build_whole(self) -> None:
        self._whole.clear()
        self._whole.setDefaultFont(self._font)
        cursor = QTextCursor(self._whole)
        block = self._block_format()
        cursor.setBlockFormat(block)
        for index, text in enumerate(self._paragraphs):
            if index:
                cursor.insertBlock(block)
            cursor.insertText(text)
        self._block_spans = None

    def _show_single(self) -> None:
        self._single.clear()
        self._single.setDefaultFont(self._font)
        cursor = QTextCursor(self._single)
        cursor.setBlockFormat(self._block_format())
        cursor.insertText(self._paragraphs[self._paragraph])
        self._fit_single_margins()

    def _side_margin(self) -> float:
        """Wide screens keep a readable column, centred."""
        width = self.viewport().width()
        column = QFontMetricsF(self._font).averageCharWidth() * COLUMN_CHARACTERS
        return max(SIDE_MARGIN, (width - column) / 2)

    def _fit_single_margins(self) -> None:
        """Centre the paragraph on the screen (or start it at the top when it is longer)."""
        frame = QTextFrameFormat(self._single.rootFrame().frameFormat())
        side = self._side_margin()
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(24)
        frame.setBottomMargin(24)
        self._single.rootFrame().setFrameFormat(frame)
        self._single.setTextWidth(self.viewport().width())
        words = self._single.size().height() - 48
        frame.setTopMargin(max(24.0, (self.viewport().height() - words) / 2 - 24))
        self._single.rootFrame().setFrameFormat(frame)

    def _fit_whole_margins(self) -> None:
        """Room above the first paragraph and below the last, so every word can come to
        the reading line."""
        frame = QTextFrameFormat(self._whole.rootFrame().frameFormat())
        side = self._side_margin()
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(self._reading_line())
        frame.setBottomMargin(self.viewport().height() - self._reading_line())
        self._whole.rootFrame().setFrameFormat(frame)
        self._whole.setTextWidth(self.viewport().width())
        self._block_spans = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_single_margins()
        if self._mode is RehearsalMode.SCROLL:
            self._fit_whole_margins()
        self._show_place()
