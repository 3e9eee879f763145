"""Screenshot of "Never Share" and "shared before" marks: the main window above (an entry
marked Never Share in the list; a moment's Never Share box; the strip of passages shared
before) and the Moments window below (its Sharing column).

Makes a throwaway journal (the main window's and the browser's screenshot entries), opens
the real windows off-screen and saves ``docs/images/never-share.png``. Run from the
repository root::

    .venv/bin/python docs/make_never_share_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from make_browser_screenshots import browser_loaded, fill_more, settle
from make_screenshots import OUT, PASSPHRASE, TEXT, fill, wait_for
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource, ExportFormat
from reflect.ui.main_window import MainWindow
from reflect.ui.worker import JournalWorker

SHARED_ON = datetime(2026, 11, 24, 20, 0).astimezone()  # Tuesday group, after the entry
WIDTH, GAP = 1180, 12


def prepare(journal: Journal, entry_id: int) -> None:
    """Mark a hard entry and a moment Never Share; share two passages in a group."""
    rows = {row.passage: row for row in journal.moment_rows(journal.moment_ids())}
    hard = next(s for s in journal.summaries(journal.entry_ids()) if s.title == "Hard phone call")
    journal.set_entry_never_share(hard.id, True)
    craving = rows["I woke up at four with the old craving"]
    journal.set_moments_never_share(
        [craving.moment_id, rows["we talked for hours about Mum"].moment_id], True
    )
    share_id = journal.create_share("Tuesday group").created
    if share_id is None:
        raise SystemExit("the journal did not make the share")
    number = rows["I said my number out loud in the group"]
    weather = rows["let it pass like weather"]
    journal.add_excerpts(
        share_id,
        [
            ExcerptSource(entry_id, number.start, number.end),
            ExcerptSource(weather.entry_id, weather.start, weather.end),
        ],
    )
    journal.record_export(journal.get_share(share_id), "Tuesday group.pdf", ExportFormat.PDF)


def shoot_window(folder: Path, worker: JournalWorker, entry_id: int) -> QImage:
    settings = QSettings(str(folder.parent / "never-share.ini"), QSettings.Format.IniFormat)
    window = MainWindow(worker, settings)
    window.resize(WIDTH, 720)
    window.show()
    window.load(place=(entry_id, 0))
    wait_for(lambda: window.editor.entry_id == entry_id and window.entry_model.rowCount() > 3)
    wait_for(window.editor.shared_marks.isVisible)
    text = window.editor.text
    cursor = text.textCursor()
    cursor.setPosition(TEXT.index("old craving") + 3)  # in the moment marked Never Share
    text.setTextCursor(cursor)
    wait_for(lambda: bool(window.editor.moment_panel.rows))
    wait_for(lambda: not worker.busy)
    settle()
    image = window.grab().toImage()
    window.close()
    return image


def shoot_browser(worker: JournalWorker) -> QImage:
    browser = browser_loaded(worker, WIDTH, 430, row=0)
    image = browser.grab().toImage()
    browser.close()
    return image


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "journal"
        kdf = KdfParams.fast_for_tests()
        with Journal.create(folder, PASSPHRASE, kdf=kdf, clock=lambda: SHARED_ON) as journal:
            entry_id = fill(journal)
            fill_more(journal)
            prepare(journal, entry_id)
        worker = JournalWorker()
        opened: list[object] = []
        worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
        wait_for(lambda: bool(opened))
        bottom = shoot_browser(worker)
        top = shoot_window(folder, worker, entry_id)  # closing the window stops the worker
    ratio = top.devicePixelRatio()
    picture = QImage(
        top.width(), top.height() + bottom.height() + int(GAP * ratio), QImage.Format.Format_RGB32
    )
    picture.fill(QColor(app.palette().window().color()).darker(115))
    painter = QPainter(picture)
    painter.drawImage(QPoint(0, 0), top)
    painter.drawImage(QPoint(0, top.height() + int(GAP * ratio)), bottom)
    painter.end()
    OUT.mkdir(exist_ok=True)
    picture.save(str(OUT / "never-share.png"))
    print(f"saved to {OUT / 'never-share.png'}")


if __name__ == "__main__":
    main()
