"""Screenshots of the Moments and Look Back windows, in a light and a dark palette.

Makes a throwaway journal (the main window's screenshot entries and a couple of years of
moments before them), opens the real windows off-screen and saves
``docs/images/moments-browser-{light,dark}.png`` and ``look-back-{light,dark}.png``. Run
from the repository root::

    .venv/bin/python docs/make_browser_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from make_screenshots import OUT, PASSPHRASE, dark_palette, fill, moment, wait_for
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import Journal
from reflect.ui.look_back import LookBack
from reflect.ui.moment_list_model import PASSAGE
from reflect.ui.moments_browser import MomentsBrowser
from reflect.ui.worker import JournalWorker

TODAY = date(2026, 11, 20)  # the day of the main window's screenshot entry
PEOPLE = "people who help"

# (when, title, text, tags, moments as (words, kind, note))
EARLIER: tuple[
    tuple[datetime, str, str, tuple[str, ...], tuple[tuple[str, str, str], ...]], ...
] = (
    (
        datetime(2024, 11, 20, 22, 10),
        "Two weeks",
        "Two weeks in. I keep thinking about using, and the evenings are the worst. "
        "I sat on the kitchen floor and waited for it to pass.",
        ("cravings",),
        (("the evenings are the worst", STRUGGLE, "evenings"),),
    ),
    (
        datetime(2024, 12, 3, 19, 0),
        "Skipped the meeting",
        "I skipped the meeting and sat in the car for an hour, too ashamed to go in. "
        "Drove home and went straight to bed.",
        ("meeting",),
        (("sat in the car for an hour, too ashamed to go in", STRUGGLE, ""),),
    ),
    (
        datetime(2025, 1, 15, 8, 30),
        "",
        "Bad night. I called Sam at six in the morning and he picked up on the first ring. "
        "We talked until the sun came up.",
        ("sponsor",),
        (("he picked up on the first ring", PEOPLE, "Sam"),),
    ),
    (
        datetime(2025, 6, 10, 21, 0),
        "Weather",
        "Walking home past the pub I noticed the craving and let it pass like weather. "
        "It took ten minutes. I bought strawberries instead.",
        ("cravings",),
        (("let it pass like weather", HOPE, "ask my sponsor about this"),),
    ),
    (
        datetime(2025, 11, 20, 20, 15),
        "A year on",
        "Made dinner for my sister and we talked for hours about Mum. "
        "A year ago I couldn't have sat through it.",
        ("family",),
        (("we talked for hours about Mum", HOPE, ""),),
    ),
    (
        datetime(2026, 10, 2, 18, 45),
        "Camping",
        "Said yes to the camping trip without overthinking it. "
        "Packed the small stove and the good blanket.",
        ("friends",),
        (("Said yes to the camping trip without overthinking it", HOPE, "!"),),
    ),
)


def fill_more(journal: Journal) -> None:
    for when, title, text, tags, marks in EARLIER:
        drafts = [moment(text, words, kind, note) for words, kind, note in marks]
        journal.add_entry(
            title=title, text=text, tags=tags, created=when.astimezone(), moments=drafts
        )


def settle() -> None:
    for _ in range(50):
        QCoreApplication.processEvents()


def shoot_browser(worker: JournalWorker, name: str) -> None:
    browser = browser_loaded(worker, 1100, 520, row=1)
    save(browser, f"moments-browser-{name}.png")


def browser_loaded(worker: JournalWorker, width: int, height: int, *, row: int) -> MomentsBrowser:
    """The Moments window at that size with every row's words read, ``row`` selected."""
    browser = MomentsBrowser(worker.submit, today=lambda: TODAY)
    browser.resize(width, height)
    browser.show()
    browser.refresh()
    wait_for(lambda: not worker.busy and browser.model.rowCount() > 0)
    model = browser.model
    for shown in range(model.rowCount()):
        model.index(shown, PASSAGE).data()  # ask for every row's words, as scrolling would
    wait_for(lambda: all(model.moment_at(r) for r in range(model.rowCount())))
    browser.table.selectRow(row)
    browser.table.setFocus()
    settle()
    return browser


def shoot_look_back(worker: JournalWorker, name: str) -> None:
    window = LookBack(worker.submit, lambda: TODAY)
    window.resize(1000, 720)
    window.show()
    window.refresh()
    wait_for(lambda: not worker.busy and window.early.model.rowCount() > 0)
    window.on_this_day.setFocus()
    settle()
    save(window, f"look-back-{name}.png")


def save(window: QWidget, file_name: str) -> None:
    window.grab().save(str(OUT / file_name))
    window.close()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "journal"
        with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
            fill(journal)
            fill_more(journal)
        OUT.mkdir(exist_ok=True)
        worker = JournalWorker()
        opened: list[object] = []
        worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
        wait_for(lambda: bool(opened))
        for name in ("light", "dark"):
            if name == "dark":
                app.setPalette(dark_palette())
            shoot_browser(worker, name)
            shoot_look_back(worker, name)
        worker.shutdown()
    print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
