"""Screenshots of the main window with moments, and of a search, in light and dark palettes.

Makes a throwaway journal with a few entries, opens the real window off-screen and saves
``docs/images/main-window-{light,dark}.png`` and ``search-{light,dark}.png``. Run from the
repository root::

    .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, FormatSpan, MomentDraft
from reflect.core.journal import Journal
from reflect.ui.main_window import MainWindow
from reflect.ui.worker import JournalWorker

OUT = Path(__file__).resolve().parent / "images"
PASSPHRASE = "screenshots only, thrown away"  # noqa: S105
TEXT = (
    "Ninety days\n"
    "The morning was rough. I woke up at four with the old craving and lay there "
    "arguing with it.\n"
    "What helped\n"
    "calling Sam before breakfast\n"
    "the walk to the meeting\n"
    "writing this down\n"
    "Tonight I said my number out loud in the group, and people clapped. "
    "I felt proud, and a bit shy about it."
)


def spans(text: str, words: str, style: str) -> FormatSpan:
    start = text.index(words)
    return FormatSpan(start, start + len(words), style)


def moment(text: str, words: str, kind: str, note: str = "") -> MomentDraft:
    start = text.index(words)
    return MomentDraft(None, start, start + len(words), kind, note)


def fill(journal: Journal) -> int:
    now = datetime(2026, 11, 20, 21, 30).astimezone()
    earlier = [
        (
            "A quiet Sunday",
            "Slept late. Read on the balcony. Nothing much, and that was fine.",
            ("rest",),
            4,
        ),
        (
            "Hard phone call",
            "Mum called about the holidays. I got tense and short with her.",
            ("family",),
            2,
        ),
        ("", "Meeting at the church hall. Listened more than I spoke.", ("meeting",), 3),
    ]
    for days, (title, text, tags, mood) in enumerate(earlier, start=1):
        journal.add_entry(
            title=title, text=text, tags=tags, mood=mood, created=now - timedelta(days=days * 2)
        )
    formatting = [
        spans(TEXT, "Ninety days", "heading1"),
        spans(TEXT, "What helped", "heading3"),
        spans(TEXT, "calling Sam before breakfast", "bullet"),
        spans(TEXT, "the walk to the meeting", "bullet"),
        spans(TEXT, "writing this down", "bullet"),
        spans(TEXT, "out loud", "italic"),
        spans(TEXT, "proud", "bold"),
    ]
    moments = [
        moment(TEXT, "I woke up at four with the old craving", STRUGGLE),
        moment(TEXT, "calling Sam before breakfast", "people who help"),
        moment(TEXT, "I said my number out loud in the group", HOPE, "ninety days!"),
    ]
    changes = journal.add_entry(
        title="Ninety days",
        text=TEXT,
        formatting=formatting,
        moments=moments,
        tags=("milestone", "meeting"),
        mood=5,
        created=now,
    )
    if changes.created is None:
        raise SystemExit("the journal did not keep the entry")
    return changes.created


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e8e6e3",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.Text: "#e8e6e3",
        QPalette.ColorRole.Button: "#34373c",
        QPalette.ColorRole.ButtonText: "#e8e6e3",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#34373c",
        QPalette.ColorRole.ToolTipText: "#e8e6e3",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def wait_for(condition: object) -> None:
    while not condition():  # type: ignore[operator]
        QCoreApplication.processEvents()


def shoot(app: QApplication, folder: Path, entry_id: int, name: str) -> None:
    worker = JournalWorker()
    opened: list[object] = []
    worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
    wait_for(lambda: bool(opened))
    settings = QSettings(str(folder.parent / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(worker, settings)
    window.resize(1180, 720)
    window.show()
    window.load(place=(entry_id, 0))
    wait_for(lambda: window.editor.entry_id == entry_id and window.entry_model.rowCount() == 4)
    text = window.editor.text
    cursor = text.textCursor()
    cursor.setPosition(TEXT.index("my number") + 3)
    text.setTextCursor(cursor)
    for _ in range(50):
        QCoreApplication.processEvents()

    window.grab().save(str(OUT / f"main-window-{name}.png"))

    pane = window.search_pane
    pane.filters_button.setChecked(True)
    pane.field.setText("meeting")
    pane.search_now()
    wait_for(lambda: "found" in pane.count.text())
    pane.results.setFocus()
    pane.results.setCurrentIndex(pane.model.index(0))
    wait_for(lambda: window.editor.text.textCursor().hasSelection())
    for _ in range(50):
        QCoreApplication.processEvents()
    window.grab().save(str(OUT / f"search-{name}.png"))
    window.close()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "journal"
        with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
            entry_id = fill(journal)
        OUT.mkdir(exist_ok=True)
        shoot(app, folder, entry_id, "light")
        app.setPalette(dark_palette())
        shoot(app, folder, entry_id, "dark")
    print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
