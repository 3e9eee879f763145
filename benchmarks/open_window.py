"""Benchmark: from the data key in hand to a usable main window, for journals of any size.

The clock starts when the data key has been unwrapped (Argon2id is ``unlock.py``'s
business) and the ``JournalWorker`` thread is already running, as it is when the unlock
dialog is on screen. It stops when the window is usable:

1. ``Journal.open_with_key`` runs on the worker thread (as ``JournalWorker.open_journal``
   runs ``Journal.unlock``) and its result reaches the UI thread;
2. a ``MainWindow`` is made, shown and loaded, as ``JournalSession`` does after unlocking;
3. every entry id is in the list model;
4. every row visible in the list has its summary cached, and the list has been painted
   since the last of them arrived (events processed; nothing is forced to paint).

Each size is measured ``--repeats`` times after one untimed warm-up (the first window of a
process also pays for loading fonts and styles; its time is shown as "first"). Then one
more window jumps its list to the bottom and back, then drags it from the top to the bottom
in steps, and the report counts the summaries the list model asked for (far fewer than the
entries, or scrolling loads everything) and how long each move took to draw.

Journals are made once by ``generate.py`` and kept under ``--out`` (ignored by git).
The target is under 300 ms after the key for 100,000 entries. The script prints a table
and asserts nothing. Run it from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/open_window.py \\
        [--sizes 1000,10000,100000] [--repeats 7] [--out benchmarks/out]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QSettings,
    QTimer,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from reflect.core.crypto.keyfile import KeyFile
from reflect.core.journal import KEY_FILE_NAME, Journal
from reflect.ui.entry_list_model import PLACEHOLDER
from reflect.ui.main_window import MainWindow
from reflect.ui.worker import ErrorHandler, JournalWorker, ResultHandler

if not __package__:  # run as ``python benchmarks/open_window.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import PASSPHRASE, SEED, ensure_journal
from benchmarks.options import parse, sizes_parser

TARGET_MS = 300.0
TARGET_SIZE = 100_000
TIMEOUT_S = 60.0
DEFAULT_OUT = Path(__file__).resolve().parent / "out"


class KeyedWorker(JournalWorker):
    """A ``JournalWorker`` that opens the journal with a data key already unwrapped.

    ``open_journal`` takes a passphrase and so includes Argon2id; this is the same task
    from the moment the key is in hand (``Journal.unlock`` minus the key file).
    """

    def open_with_key(
        self,
        folder: Path,
        data_key: bytes,
        on_done: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        def work() -> None:
            self._journal = Journal.open_with_key(folder, data_key)

        self._submit(work, on_done, on_error)


# --- watching the window -----------------------------------------------------------------


class ListWatcher(QObject):
    """Tells when every visible row of the entry list is cached and painted, and counts
    the summaries the model asks for.

    It asks the view where rows are only from ``screen_ready`` (once per batch of events):
    after a ``dataChanged`` the view lays every row out again when next asked, so asking in
    a ``dataChanged`` slot would add a layout per row.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._view = window.entry_list
        self.model = window.entry_model
        self._moved = True  # reset or scrolled, and not painted since
        self._changed_rows: set[int] = set()  # rows whose data changed, not painted since
        self.requested_ids = 0
        self.model.rows_needed.connect(self._on_model_rows_needed)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.model.modelReset.connect(self._on_moved)
        self._view.verticalScrollBar().valueChanged.connect(self._on_moved)
        self._view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # The paint runs right after this filter and before processEvents returns to
            # ``wait_until``, so by the time ``screen_ready`` looks, it is done.
            self._moved = False
            self._changed_rows.clear()
        return False

    def _on_moved(self, *_: object) -> None:
        self._moved = True

    def _on_model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._changed_rows.update(range(top_left.row(), bottom_right.row() + 1))

    def _on_model_rows_needed(self, entry_ids: list[int]) -> None:
        self.requested_ids += len(entry_ids)

    def visible_rows(self) -> list[int]:
        """Rows the list shows now, top to bottom."""
        viewport = self._view.viewport().rect()
        first = self._view.indexAt(viewport.topLeft())
        if not first.isValid():
            return []
        rows = []
        for row in range(first.row(), self.model.rowCount()):
            if not self._view.visualRect(self.model.index(row)).intersects(viewport):
                break
            rows.append(row)
        return rows

    def screen_ready(self) -> bool:
        """Every visible row shows its summary and has been painted since it arrived."""
        if self._moved:
            return False
        rows = self.visible_rows()
        return (
            bool(rows)
            and self._changed_rows.isdisjoint(rows)
            and all(self.model.data(self.model.index(row)) != PLACEHOLDER for row in rows)
        )


def wait_until(condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    """Process events (sleeping while there are none) until ``condition`` holds.

    Sleeping in the event loop keeps the UI thread off the GIL while the worker thread
    runs Python; a heartbeat timer bounds each sleep so the timeout is noticed.
    """
    heartbeat = QTimer()
    heartbeat.start(50)
    deadline = time.perf_counter() + timeout_s
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not become usable in time")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        heartbeat.stop()


# --- one measurement ---------------------------------------------------------------------


@dataclass
class Opened:
    """A window opened on the clock, and when each step was done (seconds from the key)."""

    window: MainWindow
    worker: KeyedWorker
    watcher: ListWatcher
    steps: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return self.steps["first screen drawn"]

    def close(self) -> None:
        self.window.close()  # saves nothing here; shuts the worker down (locks the journal)
        self.window.deleteLater()
        self.worker.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(folder: Path, data_key: bytes, settings: QSettings, count: int) -> Opened:
    """Open ``folder`` from its data key to a usable main window, timing each step."""
    settings.clear()  # every window starts like the first one: default geometry
    worker = KeyedWorker()
    opened: list[object] = []
    failed: list[object] = []
    steps: dict[str, float] = {}

    start = time.perf_counter()
    worker.open_with_key(folder, data_key, on_done=opened.append, on_error=failed.append)
    wait_until(lambda: bool(opened or failed))
    if failed:
        raise RuntimeError(f"opening failed: {failed[0]}")
    steps["journal open"] = time.perf_counter() - start
    window = MainWindow(worker, settings)
    watcher = ListWatcher(window)
    window.show()
    window.load()
    steps["window shown"] = time.perf_counter() - start
    wait_until(lambda: window.entry_model.rowCount() == count)
    steps["ids listed"] = time.perf_counter() - start
    wait_until(watcher.screen_ready)
    steps["first screen drawn"] = time.perf_counter() - start
    return Opened(window, worker, watcher, steps)


DRAG_STEPS = 20


@dataclass(frozen=True)
class Scrolled:
    """What scrolling cost: summaries asked for, and time until each new screen was drawn."""

    first_screen_ids: int
    after_jumps_ids: int  # after jumping to the bottom and back to the top
    after_drag_ids: int  # after then dragging from the top to the bottom in DRAG_STEPS steps
    jump_seconds: list[float]
    drag_seconds: list[float]


def scroll_and_count(opened: Opened) -> Scrolled:
    """Jump to the last row and back to the first, then drag the scroll bar down in steps,
    waiting each time until the rows in view are drawn; count the summaries asked for."""
    view, watcher = opened.window.entry_list, opened.watcher
    scroll_bar = view.verticalScrollBar()
    first_screen_ids = watcher.requested_ids

    def timed(move: Callable[[], None]) -> float:
        start = time.perf_counter()
        move()
        wait_until(watcher.screen_ready)
        return time.perf_counter() - start

    jumps = [timed(view.scrollToBottom), timed(view.scrollToTop)]
    after_jumps = watcher.requested_ids
    drags = []
    for step in range(1, DRAG_STEPS + 1):
        position = scroll_bar.maximum() * step // DRAG_STEPS
        drags.append(timed(partial(scroll_bar.setValue, position)))
    return Scrolled(first_screen_ids, after_jumps, watcher.requested_ids, jumps, drags)


# --- measuring sizes ---------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` quantile (nearest rank): with few repeats, p95 is the slowest."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass(frozen=True)
class Row:
    """The measurements for one journal size."""

    entries: int
    generation_s: float | None
    first_s: float
    runs: list[dict[str, float]]
    scrolled: Scrolled

    def totals(self) -> list[float]:
        return [run["first screen drawn"] for run in self.runs]

    def median_ms(self, step: str = "first screen drawn") -> float:
        return statistics.median(run[step] for run in self.runs) * 1000

    @property
    def met(self) -> bool:
        return self.median_ms() < TARGET_MS


def measure_size(out: Path, count: int, repeats: int, settings: QSettings) -> Row:
    folder = out / f"journal-{count}"
    generation_s = ensure_journal(folder, count, SEED)
    data_key = KeyFile.read(folder / KEY_FILE_NAME).unwrap(PASSPHRASE)

    warm_up = open_window(folder, data_key, settings, count)
    first_s = warm_up.total
    warm_up.close()
    runs = []
    for _ in range(repeats):
        opened = open_window(folder, data_key, settings, count)
        runs.append(opened.steps)
        opened.close()
    opened = open_window(folder, data_key, settings, count)
    try:
        scrolled = scroll_and_count(opened)
    finally:
        opened.close()
    return Row(count, generation_s, first_s, runs, scrolled)


# --- reporting ---------------------------------------------------------------------------

STEPS = ("journal open", "window shown", "ids listed", "first screen drawn")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    for line in (headers, *rows):
        print("  ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)))


def print_report(rows: Sequence[Row], repeats: int) -> None:
    print(
        f"Reflect open-window benchmark (Python {platform.python_version()}, "
        f"Qt {qVersion()}, platform {QApplication.platformName()}, "
        f"{os.cpu_count()} cores); {repeats} repeats after one warm-up"
    )
    print("From the data key in hand to a shown main window whose visible list rows are drawn:")
    print()
    print_table(
        ("entries", "median", "p95", "max", "first", "target", "met"),
        [
            (
                f"{row.entries:,}",
                ms(statistics.median(row.totals())),
                ms(percentile(row.totals(), 0.95)),
                ms(max(row.totals())),
                ms(row.first_s),
                f"< {TARGET_MS:.0f} ms",
                "yes" if row.met else "no",
            )
            for row in rows
        ],
    )
    print()
    print("Where the time goes (median, cumulative from the key):")
    print_table(
        ("entries", *STEPS),
        [
            (f"{row.entries:,}", *(f"{row.median_ms(step):.0f} ms" for step in STEPS))
            for row in rows
        ],
    )
    print()
    print(
        "Scrolling: summaries the model asked for by the first screen, then after jumping to\n"
        f"the bottom and back, then after dragging top to bottom in {DRAG_STEPS} steps (a small\n"
        "journal is nearly all seen that way); time from each move until the rows in view\n"
        "were drawn (median / max):"
    )
    print_table(
        ("entries", "first screen", "+ jumps", "+ drag", "share", "jump", "drag step"),
        [
            (
                f"{row.entries:,}",
                f"{row.scrolled.first_screen_ids:,}",
                f"{row.scrolled.after_jumps_ids:,}",
                f"{row.scrolled.after_drag_ids:,}",
                f"{row.scrolled.after_drag_ids / row.entries:.1%}",
                f"{ms(statistics.median(row.scrolled.jump_seconds))} / "
                f"{ms(max(row.scrolled.jump_seconds))}",
                f"{ms(statistics.median(row.scrolled.drag_seconds))} / "
                f"{ms(max(row.scrolled.drag_seconds))}",
            )
            for row in rows
        ],
    )
    print()
    print(
        f"Target: under {TARGET_MS:.0f} ms after the key for {TARGET_SIZE:,} entries "
        "(median). 'first' is the warm-up: the process's first window for the first size."
    )
    for row in rows:
        if row.generation_s is not None:
            print(f"Generating {row.entries:,} entries took {row.generation_s:.1f} s.")


# --- command line ------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = sizes_parser(__doc__, [1_000, 10_000, 100_000])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where journals are kept")
    return parse(parser, argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="reflect-bench-") as temp:
        # Window geometry goes to a throwaway file, never the person's own settings.
        settings = QSettings(str(Path(temp) / "ui.ini"), QSettings.Format.IniFormat)
        rows = [measure_size(args.out, size, args.repeats, settings) for size in args.sizes]
    print_report(rows, args.repeats)
    app.quit()


if __name__ == "__main__":
    main()
