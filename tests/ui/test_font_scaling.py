"""Text follows the system's text size: with the application font twice as large (what a
person who asks their desktop for large text gets), every window shows every word twice as
large, and nothing is cut off by a size fixed in pixels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.ui.recovery_code_dialog import recovery_code_document
from reflect.ui.session import JournalSession
from tests.ui.a11y_helpers import describe, widgets_of
from tests.ui.a11y_windows import WINDOWS, Opener, write_story

TEXT_WIDGETS = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
    QTabBar,
    QGroupBox,
)
SMALLEST = 0.85  # notes under a group of settings are a little smaller than the text


@pytest.fixture
def journal_before_session(journal_folder: Path, fast_kdf: KdfParams) -> None:
    write_story(journal_folder, fast_kdf)


@pytest.fixture
def base_size() -> Iterator[float]:
    """The application font's point size before the test (put back after it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    yield font.pointSizeF()
    app.setFont(font)


def make_text_larger(base: float, times: float) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(base * times)
    QApplication.setFont(font)


@pytest.fixture
def larger_text(request: pytest.FixtureRequest, base_size: float) -> float:
    """The application font made larger before anything is built, by the factor the test
    is parametrized with (2, or 1.5: a usual "large text" setting); the factor."""
    times: float = request.param
    make_text_larger(base_size, times)
    return times


@pytest.fixture
def opener(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    tmp_path: Path,
    larger_text: float,
    session: JournalSession,
) -> Iterator[Opener]:
    made = Opener(request, qtbot, tmp_path)
    yield made
    made.close_all()


def text_widgets(top: QWidget) -> list[QWidget]:
    """The widgets of ``top`` on screen now that show words."""
    shown = [w for w in widgets_of(top) if w.isVisibleTo(top) and isinstance(w, TEXT_WIDGETS)]
    return [w for w in shown if not isinstance(w, QLabel) or w.text()]


def too_small(top: QWidget, base: float, times: float) -> list[str]:
    """Text widgets whose font did not grow ``times`` over ``base`` points (a point size
    fixed in the code, or a size in pixels, which has no point size at all)."""
    least = base * times * SMALLEST
    return [
        f"{describe(w, top)}: {w.font().pointSizeF()} pt"
        for w in text_widgets(top)
        if w.font().pointSizeF() < least
    ]


def cut_off(top: QWidget) -> list[str]:
    """Buttons and one-line labels narrower or lower than their words need."""
    return [
        f"{describe(w, top)}: {w.size().toTuple()} < {w.minimumSizeHint().toTuple()}"
        for w in text_widgets(top)
        if isinstance(w, QAbstractButton | QLabel)
        and w.text()
        and not (isinstance(w, QLabel) and w.wordWrap())
        and w.isVisible()
        and (w.width() < w.minimumSizeHint().width() or w.height() < w.minimumSizeHint().height())
    ]


SCALED_WINDOWS = [
    "unlock (create)",
    "unlock",
    "main window",
    "moments",
    "look back",
    "shares composer",
    "share review",
    "preferences",
    "recovery code",
    "about",
]


CASES = [(name, 2.0) for name in ("unlock (create)", "main window", "preferences")] + [
    (name, 1.5) for name in SCALED_WINDOWS
]


@pytest.mark.parametrize(
    ("name", "larger_text"),
    CASES,
    ids=[f"{n} at {t:g}x" for n, t in CASES],
    indirect=["larger_text"],
)
def test_larger_system_text_makes_every_word_larger_and_cuts_none_off(
    opener: Opener, base_size: float, larger_text: float, name: str
) -> None:
    """On the off-screen test display (800 × 800 pixels): with twice the text, windows are
    taller than that, so only the sizes are checked; with half as large again, nothing may
    be cut off either."""
    window = WINDOWS[name](opener)
    assert text_widgets(window)
    problems = too_small(window, base_size, larger_text)
    if larger_text < 2:
        problems += cut_off(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("larger_text", [2.0], indirect=True)
def test_the_rehearsal_bar_grows_with_the_system_text(
    opener: Opener, base_size: float, larger_text: float
) -> None:
    """The rehearsal's own words have their own size (18–72 points, chosen with Ctrl+wheel);
    its bar of buttons and times follows the system's text."""
    window = WINDOWS["rehearsal"](opener)
    problems = too_small(window, base_size, larger_text)
    assert not problems, "\n".join(problems)


def test_the_editor_and_lists_follow_a_change_of_system_text_size_while_open(
    qtbot: QtBot, request: pytest.FixtureRequest, tmp_path: Path, base_size: float
) -> None:
    """The main window stays open for hours: a person who makes their text larger
    meanwhile sees the entry, the lists and the labels grow at once, rows included."""
    opener = Opener(request, qtbot, tmp_path)
    window = opener.window()
    assert not too_small(window, base_size, 1)
    make_text_larger(base_size, 2)
    qtbot.waitUntil(lambda: window.editor.text.font().pointSizeF() >= base_size * 2)
    problems = too_small(window, base_size, 2)
    assert not problems, "\n".join(problems)
    qtbot.waitUntil(lambda: not cut_off(window))  # once the layouts have caught up
    for rows, lines in ((window.entry_list, 3), (window.search_pane.results, 2)):
        height = rows.verticalHeader().defaultSectionSize()
        assert height >= rows.fontMetrics().lineSpacing() * lines, "rows cut their lines off"


def test_the_printed_recovery_code_is_larger_than_its_page_in_any_text_size(
    base_size: float,
) -> None:
    for times in (1, 2):
        make_text_larger(base_size, times)
        document = recovery_code_document("7QX4-M2KD-9TRB")
        code = document.find("7QX4-M2KD-9TRB")
        size = code.charFormat().font().pointSizeF()
        assert size >= document.defaultFont().pointSizeF() * 1.5 >= base_size * times * 1.5
