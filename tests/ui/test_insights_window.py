"""The Insights window: each chart with its table and words, saving, lock, palettes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QPushButton, QTabBar, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.insights import WEEK, Chart, chart_text
from reflect.core.journal import Journal
from reflect.ui.insights_window import InsightsWindow
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import answer_next_message_box, unlock_on_worker

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def write_a_season(journal: Journal) -> None:
    """Two months of entries up to today, with moments, check-ins and tags."""
    today = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    for days_back in range(0, 60, 2):
        journal.add_entry(
            text="One day at a time.",
            created=today - timedelta(days=days_back),
            mood=days_back % 5 + 1 if days_back % 3 else None,
            tags=["meeting"] if days_back % 4 else ["meeting", "sleep"],
            moments=[MomentDraft(None, 0, 7, HOPE if days_back % 6 else STRUGGLE)],
        )


@pytest.fixture
def worker(qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams) -> Iterator[JournalWorker]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        write_a_season(journal)
    opened = JournalWorker()
    unlock_on_worker(qtbot, opened, journal_folder)
    yield opened
    opened.shutdown()


@pytest.fixture
def window(qtbot: QtBot, worker: JournalWorker) -> InsightsWindow:
    shown = InsightsWindow(worker.submit)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.insights is not None)
    return shown


def table_rows(window: InsightsWindow) -> list[tuple[str, ...]]:
    model = window.table.model()
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def table_header(window: InsightsWindow) -> tuple[str, ...]:
    model = window.table.model()
    return tuple(
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    )


def visible_axes_titles(window: InsightsWindow) -> list[str]:
    """The titles of the charts on show (keys are axes too, untitled)."""
    axes = window.chart_figure.figure.axes
    return [a.get_title("left") for a in axes if a.get_visible() and a.get_title("left")]


def test_each_chart_is_shown_with_its_table_and_words(window: InsightsWindow) -> None:
    assert window.windowTitle() == "Insights"
    insights = window.insights
    assert insights is not None
    for index, chart in enumerate(Chart):
        window.chart_tabs.setCurrentIndex(index)
        text = chart_text(insights, chart)

        assert window.chart is chart
        assert visible_axes_titles(window) == [text.title]
        assert window.canvas.accessibleName() == text.title
        assert window.summary.text() == text.summary
        assert table_header(window) == text.header
        assert table_rows(window) == list(text.rows)
        assert len(text.rows) > 0


def test_the_table_takes_the_charts_place(window: InsightsWindow, qtbot: QtBot) -> None:
    assert window.pages.currentWidget() is window.canvas
    qtbot.mouseClick(window.table_toggle, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.table
    assert window.table.accessibleName() == "Chart as a table"
    qtbot.mouseClick(window.table_toggle, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.canvas


def test_a_new_period_or_grouping_is_read_again(window: InsightsWindow, qtbot: QtBot) -> None:
    window.grouping_choice.setCurrentText("By week")
    qtbot.waitUntil(lambda: window.insights is not None and window.insights.bucket == WEEK)
    assert table_header(window)[0] == "Week"

    window.period_choice.setCurrentText("Last 3 months")
    qtbot.waitUntil(
        lambda: (
            window.insights is not None
            and window.insights.period.start == date.today().replace(day=1) - _months(2)
        )
    )


def _months(count: int) -> timedelta:
    """The days back to the first of the month ``count`` months before this one."""
    today = date.today().replace(day=1)
    month = today
    for _ in range(count):
        month = (month - timedelta(days=1)).replace(day=1)
    return today - month


def test_tags_are_counted_whole_so_grouping_rests(window: InsightsWindow) -> None:
    window.chart_tabs.setCurrentIndex(list(Chart).index(Chart.TAGS))
    assert not window.grouping_choice.isEnabled()
    assert table_rows(window)[0] == ("meeting", "30")
    window.chart_tabs.setCurrentIndex(0)
    assert window.grouping_choice.isEnabled()


def test_save_chart_writes_a_png(window: InsightsWindow, tmp_path: Path) -> None:
    path = tmp_path / "hope.png"
    assert window.save_chart(path)
    assert path.read_bytes().startswith(PNG_SIGNATURE)
    assert "not encrypted" in window.status.text()


def test_a_save_that_fails_is_told_gently(window: InsightsWindow, tmp_path: Path) -> None:
    asked: list[str] = []
    answer_next_message_box("OK", asked)
    assert not window.save_chart(tmp_path / "no such folder" / "hope.png")
    assert len(asked) == 1 and "couldn't save the chart as hope.png" in asked[0]
    assert window.status.text() == ""


def test_locking_forgets_everything(
    window: InsightsWindow, worker: JournalWorker, qtbot: QtBot
) -> None:
    window.chart_tabs.setCurrentIndex(list(Chart).index(Chart.TAGS))
    window.refresh()  # an answer on its way when the lock comes
    window.forget_everything()

    assert window.insights is None
    assert window.table.model().rowCount() == 0
    assert window.summary.text() == ""
    assert window.canvas.accessibleName() == "Chart"
    assert window.chart_figure.figure.axes == []
    assert not window.save_button.isEnabled()
    assert not window.save_chart(Path("never.png"))
    # The read asked for before the lock comes back, and is dropped.
    qtbot.waitUntil(lambda: not worker.busy)
    assert window.insights is None
    assert window.table.model().rowCount() == 0


def test_it_reads_again_when_shown_after_a_lock(window: InsightsWindow, qtbot: QtBot) -> None:
    window.forget_everything()
    window.hide()
    window.refresh()  # hidden: waits
    assert window.insights is None
    window.show()
    qtbot.waitUntil(lambda: window.insights is not None)


def test_it_follows_the_palette(window: InsightsWindow) -> None:
    figure = window.chart_figure.figure
    light = window.palette().color(QPalette.ColorRole.Window)
    assert figure.get_facecolor()[:3] == pytest.approx(
        (light.redF(), light.greenF(), light.blueF()), abs=1e-6
    )

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2d31"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8e6e3"))
    window.setPalette(dark)

    assert figure.get_facecolor()[:3] == pytest.approx((0x2B / 255, 0x2D / 255, 0x31 / 255))


def test_every_control_has_an_accessible_name(window: InsightsWindow) -> None:
    # Every control the window made (Qt's own parts, like a tab bar's scroll arrows, aside).
    controls: list[QWidget] = [*window.findChildren(QComboBox), *window.findChildren(QPushButton)]
    controls += [*window.findChildren(QTabBar), window.table, window.canvas]
    assert len(controls) == 7
    unnamed = [f"{type(c).__name__} {c.parent()}" for c in controls if not c.accessibleName()]
    assert unnamed == []
    assert window.summary.accessibleName() == "Summary"
    assert window.summary.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_an_empty_journal_says_so_gently(qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams) -> None:
    folder = tmp_path / "empty"
    Journal.create(folder, PASSPHRASE, kdf=fast_kdf).lock()
    worker = JournalWorker()
    try:
        unlock_on_worker(qtbot, worker, folder)
        shown = InsightsWindow(worker.submit)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitUntil(lambda: shown.insights is not None)

        assert shown.summary.text().startswith("No moments marked in this period yet.")
        assert visible_axes_titles(shown) == []
        assert not shown.save_button.isEnabled()
    finally:
        worker.shutdown()


def test_opening_the_main_window_does_not_load_matplotlib() -> None:
    script = textwrap.dedent(
        """
        import sys
        import reflect.ui.main_window
        print(sorted(m for m in sys.modules if m.split(".")[0] == "matplotlib"))
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "[]"


def test_the_table_model_keeps_qts_rules(
    window: InsightsWindow, qtmodeltester: ModelTester
) -> None:
    for index in range(len(Chart)):
        window.chart_tabs.setCurrentIndex(index)
        qtmodeltester.check(window.table.model())
