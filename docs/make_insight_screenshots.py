"""Screenshots of the Insights window: each chart in a light and a dark palette.

Makes a throwaway journal of about two and a half years of made-up entries (a person who
writes more often as time goes on, marks more hope and a little less struggle, and whose
check-ins slowly get lighter), opens the real window off-screen and saves
``docs/images/insights-<chart>-light.png`` and ``-dark.png`` for each chart, plus
``insights-table-light.png`` (a chart's table). Run from the repository root::

    .venv/bin/python docs/make_insight_screenshots.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.insights import Chart
from reflect.core.journal import Journal
from reflect.ui.insights_window import InsightsWindow
from reflect.ui.worker import JournalWorker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import dark_palette, wait_for  # the docs folder, just added

OUT = Path(__file__).resolve().parent / "images"
PASSPHRASE = "screenshots only, thrown away"  # noqa: S105
DAYS = 900
SLUGS = {
    Chart.MOMENTS: "hope-and-struggle",
    Chart.CHECK_INS: "check-ins",
    Chart.DAYS_WRITTEN: "days-written",
    Chart.TAGS: "tags",
}
# What each chart is shown over: days written looks best over all the years.
PERIODS = {Chart.DAYS_WRITTEN: "All time"}
HARD = "The old pull came back after dinner."
HOPEFUL = "I called Sam and we walked it off."
PLAIN = "Went to the meeting at the church hall."
TAGS = {
    "meeting": 0.4,
    "gratitude": 0.25,
    "sponsor": 0.2,
    "walks": 0.2,
    "family": 0.15,
    "sleep": 0.15,
}


def fill(journal: Journal, today: date) -> None:
    """About two and a half years of a person finding their feet."""
    rng = random.Random(7)  # noqa: S311 - made-up entries, nothing secret
    for back in range(DAYS, -1, -1):
        progress = 1 - back / DAYS  # 0 at the start, 1 today
        if rng.random() > 0.55 + 0.3 * progress:
            continue  # a day without writing: nothing to see here, and that's fine
        for _ in range(2 if rng.random() < 0.12 else 1):
            text = f"{PLAIN} {HARD} {HOPEFUL}"
            moments = []
            if rng.random() < 0.55 - 0.3 * progress:
                moments.append(_moment(text, HARD, STRUGGLE))
            if rng.random() < 0.2 + 0.5 * progress:
                moments.append(_moment(text, HOPEFUL, HOPE))
            tags = [tag for tag, share in TAGS.items() if rng.random() < share]
            if rng.random() < 0.35 - 0.25 * progress:
                tags.append("cravings")
            mood = None
            if rng.random() < 0.7:
                mood = min(5, max(1, round(rng.gauss(2.3 + 1.4 * progress, 0.9))))
            when = datetime.combine(today - timedelta(days=back), datetime.min.time())
            journal.add_entry(
                text=text,
                created=(when + timedelta(hours=rng.randint(7, 22))).astimezone(),
                tags=tags,
                moments=moments,
                mood=mood,
            )


def _moment(text: str, words: str, kind: str) -> MomentDraft:
    start = text.index(words)
    return MomentDraft(None, start, start + len(words), kind)


def settle() -> None:
    for _ in range(30):
        QCoreApplication.processEvents()


def shoot(window: InsightsWindow, name: str) -> None:
    for chart, slug in SLUGS.items():
        period = PERIODS.get(chart, "Last 12 months")
        if window.period_choice.currentText() != period:
            window.period_choice.setCurrentText(period)
            wait_for(lambda p=period: _shows(window, p))
        window.chart_tabs.setCurrentIndex(list(Chart).index(chart))
        settle()
        window.grab().save(str(OUT / f"insights-{slug}-{name}.png"))
    if name == "light":
        window.period_choice.setCurrentText("Last 12 months")
        wait_for(lambda: _shows(window, "Last 12 months"))
        window.chart_tabs.setCurrentIndex(0)
        window.table_toggle.setChecked(True)
        settle()
        window.grab().save(str(OUT / "insights-table-light.png"))
        window.table_toggle.setChecked(False)


def _shows(window: InsightsWindow, period: str) -> bool:
    insights = window.insights
    if insights is None:
        return False
    everything = period == "All time"
    return (insights.period.start.day == 1 and insights.period.days < 400) != everything


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "journal"
        with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
            fill(journal, date.today())
        worker = JournalWorker()
        opened: list[object] = []
        worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
        wait_for(lambda: bool(opened))
        window = InsightsWindow(worker.submit)
        window.resize(1000, 680)
        window.show()
        wait_for(lambda: window.insights is not None)
        OUT.mkdir(exist_ok=True)
        shoot(window, "light")
        app.setPalette(dark_palette())
        settle()
        shoot(window, "dark")
        window.close()
        worker.shutdown()
    print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
