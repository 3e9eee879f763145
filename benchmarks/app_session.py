"""A session in a real ``python -m reflect`` process, driven from inside and measured.

The start-up probe (``probe/sitecustomize.py``) hands the running ``JournalSession`` to
``drive``, which does what a person would, through the same widgets and the same worker:

1. types the passphrase into the unlock screen and presses Unlock; the clock runs until
   every entry id is in the list and every visible row is drawn with its summary
   (``open_window.ListWatcher``), Argon2id included;
2. waits for the worker to finish what the unlock queued (today's automatic backup among
   it), lets the window sit idle for a moment, then reads the process's resident set now
   (``VmRSS``, not the high-water mark: Argon2id's 64 MiB at unlock is freed by then):
   **idle**. What only this driver needs later (the PDF export, matplotlib) is imported
   after that reading, so it does not count as the app's idle memory;
3. opens a long entry and saves it after each of a few typed words, timing what each save
   costs the UI thread (``autosave.time_saves``);
4. searches a few queries through the search field, waiting for each result list;
5. reads the insights for the whole journal by week on the worker and draws the
   hope-and-struggle chart on a new figure (``charts.draw_first``: matplotlib is imported
   first, apart from the clock), then opens the Insights window on all time, by week;
6. exports the 200-excerpt share as a PDF on the worker, as the share window does;
7. reads the process's peak resident memory (the kernel's high-water mark for the whole
   process, Argon2id's 64 MiB at unlock included): **peak**, and the SQL statement
   counts per thread (``ui_thread_sql``).

It writes what it found as JSON to the file the parent named and closes the window, which
ends the app as closing it does. Any failure is written instead (type and message of a
benchmark error; nothing of the journal is in these synthetic journals anyway) and the
process exits at once with status 1: an unexpected error must not wait on a crash dialog.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.autosave import percentile, time_saves
from benchmarks.charts import draw_first
from benchmarks.generate import PASSPHRASE
from benchmarks.open_window import ListWatcher, wait_until
from benchmarks.ui_thread_sql import COUNTS
from reflect.core.insights import WEEK, Chart, Insights
from reflect.core.journal import Journal
from reflect.ui.main_window import MainWindow
from reflect.ui.messages import wording_text
from reflect.ui.session import JournalSession

PLAN_VARIABLE = "REFLECT_BENCHMARK_PLAN"
RESULT_VARIABLE = "REFLECT_BENCHMARK_RESULT"
LONG_WAIT_S = 600.0  # a backup of 100,000 entries takes seconds; a hang should still end
ALL_TIME_BY_WEEK = (2, 0)  # the Insights window's period and grouping choices
SETTLE_S = 1.0  # idle time before the idle reading: timers and deferred deletes have run


@dataclass(frozen=True)
class Plan:
    """What the parent prepared in the journal, and how much to do."""

    entries: int  # entries in the journal, so the list is known to be complete
    long_entry_id: int
    share_id: int
    saves: int
    pdf_repeats: int
    queries: list[str]
    scratch: str  # a folder for the exported PDFs

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Plan:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def memory_mb(field: str) -> float:
    """``VmRSS`` (resident now), ``VmHWM`` (its peak), ``RssAnon`` / ``RssFile`` (what of the
    resident set is the heap, what mapped files: libraries) of this process, in MB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024 / 1e6  # the kernel counts kB of 1024 bytes
    raise RuntimeError(f"/proc/self/status has no {field} (the memory figures need Linux)")


def drive(session: JournalSession) -> None:
    """Run the steps above on ``session`` (its unlock screen is showing)."""
    result = Path(os.environ[RESULT_VARIABLE])
    try:
        plan = Plan.read(Path(os.environ[PLAN_VARIABLE]))
        found, window = _work(session, plan)
    except BaseException as error:  # told to the parent, which stops with one line
        result.write_text(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        os._exit(1)
    result.write_text(json.dumps(found), encoding="utf-8")
    window.close()  # saves, locks, ends the session: the app quits as when a person closes it


def _work(session: JournalSession, plan: Plan) -> tuple[dict[str, Any], MainWindow]:
    found: dict[str, Any] = {}
    started = time.perf_counter()
    window = _unlock(session, plan, found)
    worker = session.worker
    wait_until(lambda: not worker.busy, LONG_WAIT_S)
    found["worker_idle_after_unlock_ms"] = (time.perf_counter() - started) * 1000
    settled = time.perf_counter() + SETTLE_S
    wait_until(lambda: time.perf_counter() > settled)
    found["memory_idle_mb"] = memory_mb("VmRSS")
    found["memory_idle_anon_mb"] = memory_mb("RssAnon")
    found["memory_idle_file_mb"] = memory_mb("RssFile")
    # The high-water mark after each step, to tell which one raised the peak.
    found["peak_after_unlock_mb"] = memory_mb("VmHWM")

    window.open_entry_at(plan.long_entry_id, 0, 0)
    wait_until(lambda: window.editor.entry_id == plan.long_entry_id)
    costs = time_saves(window.editor, plan.saves, random.Random(7))
    found["autosave_median_ms"] = statistics.median(costs)
    found["autosave_p99_ms"] = percentile(costs, 0.99)
    found["peak_after_autosaves_mb"] = memory_mb("VmHWM")

    _search(window, plan.queries)
    found["peak_after_searches_mb"] = memory_mb("VmHWM")
    found.update(_charts(window, worker.submit))
    found["peak_after_charts_mb"] = memory_mb("VmHWM")
    pdf_seconds = [_export_pdf(worker.submit, plan, number) for number in range(plan.pdf_repeats)]
    found["pdf_export_ms"] = statistics.median(pdf_seconds) * 1000

    found["memory_peak_mb"] = memory_mb("VmHWM")
    found["memory_end_mb"] = memory_mb("VmRSS")
    found["ui_thread_writes"] = COUNTS.ui_writes
    found["ui_thread_statements"] = COUNTS.ui_statements
    found["worker_statements"] = COUNTS.other_statements
    return found, window


def _unlock(session: JournalSession, plan: Plan, found: dict[str, Any]) -> MainWindow:
    """Unlock through the unlock screen; time it until the first list screen is drawn."""
    dialog = session.dialog
    if dialog is None:
        raise RuntimeError("the unlock screen is not showing")
    windows: list[MainWindow] = []
    # Connected after the session's own slot, so it runs once the window is made and shown.
    dialog.accepted.connect(lambda: windows.append(_shown_window(session)))
    dialog.passphrase.setText(PASSPHRASE)
    started = time.perf_counter()
    dialog.open_button.click()
    wait_until(lambda: bool(windows))
    window = windows[0]
    watcher = ListWatcher(window)
    wait_until(lambda: window.entry_model.rowCount() == plan.entries)
    found["unlock_ids_listed_ms"] = (time.perf_counter() - started) * 1000
    wait_until(watcher.screen_ready)
    found["unlock_ms"] = (time.perf_counter() - started) * 1000
    return window


def _shown_window(session: JournalSession) -> MainWindow:
    if session.window is None:
        raise RuntimeError("the unlock screen was accepted but no window was made")
    return session.window


def _search(window: MainWindow, queries: list[str]) -> None:
    """Type each query into the search field and wait for its results, then clear it."""
    pane = window.search_pane
    shown = [0]

    def count_shown() -> None:
        shown[0] += 1

    pane.model.modelReset.connect(count_shown)
    for text in queries:
        wanted = shown[0] + 1
        pane.field.setText(text)
        pane.search_now()
        wait_until(lambda: shown[0] >= wanted)  # noqa: B023 - waited for in this round
    pane.field.clear()
    pane.search_now()


Submit = Callable[..., None]


def _on_worker(submit: Submit, call: Callable[[Journal], Any]) -> Any:
    """``call(journal)`` on the journal worker, waited for; a failure is raised here."""
    results: list[Any] = []
    errors: list[Any] = []
    submit(call, results.append, errors.append)
    wait_until(lambda: bool(results or errors), LONG_WAIT_S)
    if errors:
        raise RuntimeError(f"the worker failed: {errors[0]}")
    return results[0]


def _charts(window: MainWindow, submit: Submit) -> dict[str, float]:
    """The first chart draw of the process, then the Insights window itself."""
    insights: Insights = _on_worker(submit, lambda journal: journal.insights(None, WEEK))
    drawn = draw_first(insights, Chart.MOMENTS)
    window.actions_by_key["insights"].trigger()
    panel: Any = window.panels["insights"]
    period, grouping = ALL_TIME_BY_WEEK
    panel.period_choice.setCurrentIndex(period)
    panel.grouping_choice.setCurrentIndex(grouping)
    wait_until(lambda: panel.insights is not None)
    panel.canvas.repaint()  # drawn now, so the peak below includes the window's chart
    return {"chart_import_ms": drawn["import"], "chart_first_draw_ms": drawn["first"]}


def _export_pdf(submit: Submit, plan: Plan, number: int) -> float:
    """Seconds ``export_share`` took on the worker, as the share window runs it."""
    # Imported here, after the idle reading: the app itself loads these only to export.
    from benchmarks.share_pdf import TODAY  # noqa: PLC0415
    from reflect.core.shares import ExportFormat  # noqa: PLC0415
    from reflect.render.share_export import export_share  # noqa: PLC0415

    target = Path(plan.scratch) / f"share-{number}.pdf"

    def work(journal: Journal) -> float:
        share = journal.get_share(plan.share_id)
        started = time.perf_counter()
        export_share(
            journal, share, target, ExportFormat.PDF, today=TODAY, overwrite=True, say=wording_text
        )
        return time.perf_counter() - started

    seconds: float = _on_worker(submit, work)
    if not target.stat().st_size:
        raise RuntimeError("the exported PDF is empty")
    target.unlink()
    return seconds
