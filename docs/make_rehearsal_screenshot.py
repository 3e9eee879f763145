"""Screenshots of rehearsal mode: one paragraph at a time, and auto-scroll.

Opens the real ``RehearsalWindow`` off-screen at 1280×800 with a sample share (an invented
story, no real names) on a fixed clock, and saves ``docs/images/rehearsal.png`` (one
paragraph), ``rehearsal-scroll.png`` (auto-scroll, a little over the slot, as it says
calmly) and ``rehearsal-dark.png``. Run from the repository root::

    .venv/bin/python docs/make_rehearsal_screenshot.py
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reflect.core.reading_time import format_clock
from reflect.ui.rehearsal import RehearsalWindow
from reflect.ui.rehearsal_view import RehearsalMode

OUT = Path(__file__).resolve().parent / "images"
SIZE = (1280, 800)
SHARE = [
    "For a long time I thought I was fine. I went to work, I paid my bills, and every "
    "evening I drank until the day went quiet. I told myself everyone did that.",
    "The morning I missed my daughter's school play, something cracked. I sat in the car "
    "outside the hall and couldn't make myself go in. That was the first time I said it "
    "out loud: I need help.",
    "My first meeting, I sat by the door so I could leave. A woman with grey hair brought "
    "me a cup of tea and didn't ask me anything. She just said, “Keep coming back.” So I did.",
    "The early months were hard. Some nights I wrote in my journal just to get through the "
    "hour. I still have those pages. They are messy and honest, and I'm glad I kept them.",
    "What helped most was small: calling my sister before breakfast, walking to the meeting "
    "instead of driving past it, writing down one good thing before bed.",
    "Today I have fourteen months. I make the coffee on Tuesdays and I sit near the front "
    "now. When someone new sits by the door, I bring them a cup of tea.",
    "I don't have it all figured out. But I'm here, and I'm not on my own any more. "
    "Thank you for listening.",
]


class StillClock:
    """A clock that stands still where it is put, so the screenshots are the same each run."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def dark_palette() -> QPalette:
    """The dark palette of ``make_screenshots.py`` (not imported: that script loads the
    whole main window)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e8e6e3",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.Text: "#e8e6e3",
        QPalette.ColorRole.Button: "#34373c",
        QPalette.ColorRole.ButtonText: "#e8e6e3",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def settle(until: Callable[[], bool] = lambda: True) -> None:
    """Let Qt lay out and paint (and the window's timer show the clock)."""
    for _ in range(100):
        QCoreApplication.processEvents()
    while not until():
        QCoreApplication.processEvents()


def shoot(name: str, mode: RehearsalMode, *, elapsed: float, slot: int, words: float) -> None:
    clock = StillClock()
    window = RehearsalWindow(
        SHARE,
        words_per_minute=130,
        slot_seconds=slot,
        font_size=32,
        title="What it was like, and what it's like now",
        clock=clock,
    )
    window.start()
    window.showNormal()  # the off-screen "screen" is small: a window of the size wanted
    window.resize(*SIZE)
    settle()
    clock.now += elapsed  # the time passes first: auto-scroll then starts from ``words``
    window.set_mode(mode)
    window.text.advance(words)
    settle(lambda: window.elapsed.text().startswith(format_clock(int(elapsed))))
    settle()
    window.grab().save(str(OUT / f"{name}.png"))
    window.close()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    OUT.mkdir(exist_ok=True)
    shoot("rehearsal", RehearsalMode.PARAGRAPH, elapsed=70, slot=300, words=70)
    shoot("rehearsal-scroll", RehearsalMode.SCROLL, elapsed=185, slot=180, words=100)
    app.setPalette(dark_palette())
    shoot("rehearsal-dark", RehearsalMode.PARAGRAPH, elapsed=70, slot=300, words=70)
    print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
