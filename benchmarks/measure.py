"""Measuring every figure of ``figures.FIGURES`` for each journal size, with the scripts'
own functions, so the one command and the separate scripts measure the same way.

Per size, one after another so that nothing measured shares the machine with another
measurement: the key derivation (``unlock.time_key_derivation``), cold starts
(``app_process.cold_start_ms``), search against the plain copy (``search.compare``), then
whole app sessions on a copy of the journal (``app_process.measure_session``). Times are
medians over the repeats; memory and the count of UI-thread writes are the largest seen
over the sessions, so one bad session cannot hide.

The first session on a fresh copy is the first unlock of the day: it also makes the daily
automatic backup, as Reflect does after the first screen is loaded. Its unlock is reported
on a line of its own; "unlock to usable window" is the median of the later sessions.
"""

from __future__ import annotations

import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.app_process import cold_start_ms, measure_session, prepare_session
from benchmarks.generate import ensure_journal
from benchmarks.search import compare
from benchmarks.unlock import kdf_description, sqlcipher_version, time_key_derivation

FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000,)
SESSION_QUERIES = 10  # searches typed in each app session (for its memory, not timed)
# Session figures: the median over sessions, or the largest (memory, writes).
MEDIAN_OF_SESSIONS = ("autosave_p99_ms", "pdf_export_ms", "chart_first_draw_ms")
LARGEST_OF_SESSIONS = ("memory_idle_mb", "memory_peak_mb", "ui_thread_writes")


@dataclass(frozen=True)
class Settings:
    """How much is measured: sizes and how many times each figure."""

    sizes: tuple[int, ...]
    repeats: int  # cold starts and key derivations per size
    search_queries: int
    search_rounds: int  # timed rounds over the queries, after one warm-up round
    later_sessions: int  # app sessions per size after the first of the day
    saves: int  # autosaves timed per session
    pdf_repeats: int  # PDF exports per session
    quick: bool

    @classmethod
    def choose(
        cls, *, quick: bool, sizes: Sequence[int] | None = None, repeats: int | None = None
    ) -> Settings:
        """The full or quick settings; ``repeats`` caps every count of repetitions."""
        if quick:
            chosen = cls(QUICK_SIZES, 3, 50, 1, 1, 30, 1, quick=True)
        else:
            chosen = cls(FULL_SIZES, 7, 60, 3, 3, 200, 3, quick=False)
        cap = chosen.repeats if repeats is None else repeats
        return cls(
            tuple(sizes) if sizes else chosen.sizes,
            cap,
            chosen.search_queries,
            min(chosen.search_rounds, cap),
            min(chosen.later_sessions, cap),
            chosen.saves,
            min(chosen.pdf_repeats, cap),
            quick=quick,
        )

    @property
    def full(self) -> bool:
        """The run whose table belongs in the docs: every size, full repeats or not."""
        return not self.quick and self.sizes == FULL_SIZES

    def described(self) -> str:
        exports = "export" if self.pdf_repeats == 1 else "exports"
        return (
            f"{self.repeats} cold starts and key derivations per size; "
            f"{self.search_queries} queries × {self.search_rounds} timed rounds after a "
            f"warm-up round; {self.later_sessions + 1} app sessions per size (the first of "
            f"the day and {self.later_sessions} more), each with {self.saves} autosaves and "
            f"{self.pdf_repeats} PDF {exports}"
        )


@dataclass
class Run:
    """Everything one run measured, and where."""

    settings: Settings
    rows: dict[int, dict[str, float]] = field(default_factory=dict)
    machine: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sessions: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # raw, per size


def measure_run(settings: Settings, out: Path, say: Callable[[str], None]) -> Run:
    """Measure every size in ``settings``, keeping the journals in ``out``."""
    run = Run(settings, machine=describe_machine(out))
    started = time.perf_counter()
    for size in settings.sizes:
        run.rows[size] = measure_size(size, out, run, say)
    add_growth(run.rows)
    run.machine["load average after"] = load_average()
    run.machine["time taken"] = f"{time.perf_counter() - started:.0f} s"
    return run


def measure_size(size: int, out: Path, run: Run, say: Callable[[str], None]) -> dict[str, float]:
    """The figures of one journal size (its app sessions' findings go to ``run.sessions``)."""
    settings = run.settings
    folder = out / f"journal-{size}"
    say(f"{size:,} entries: journal…")
    generated = ensure_journal(folder, size)
    if generated is not None:
        run.notes.append(f"Generating {size:,} entries took {generated:.0f} s (not a figure).")
    row: dict[str, float] = {}
    repeats = settings.repeats
    say(f"{size:,} entries: key derivation, cold start…")
    row["key_derivation_ms"] = median_ms([time_key_derivation(folder) for _ in range(repeats)])
    with tempfile.TemporaryDirectory(prefix=".session-", dir=out) as temp:
        scratch = Path(temp)
        row["cold_start_ms"] = statistics.median(cold_start_ms(folder, scratch, repeats))
        say(f"{size:,} entries: search…")
        searched = compare(
            folder, settings.search_queries, settings.search_rounds, best_match=False
        )
        reflect, plain = searched.warm["reflect"], searched.warm["plain"]
        row["search_median_ms"], row["search_p95_ms"] = reflect.median, reflect.p95
        row["plain_median_ms"], row["plain_p95_ms"] = plain.median, plain.p95
        row["search_ratio_median"] = reflect.median / plain.median
        row["search_ratio_p95"] = reflect.p95 / plain.p95
        say(f"{size:,} entries: app sessions…")
        queries = [query.text for query in searched.queries[:SESSION_QUERIES]]
        copy, plan = prepare_session(
            folder, scratch, saves=settings.saves, pdf_repeats=settings.pdf_repeats, queries=queries
        )
        sessions = [
            measure_session(copy, plan, scratch) for _ in range(1 + settings.later_sessions)
        ]
    run.sessions[size] = sessions
    row.update(session_figures(sessions))
    return row


def session_figures(sessions: Sequence[dict[str, Any]]) -> dict[str, float]:
    """The table's figures from the sessions' findings (see ``MEDIAN_OF_SESSIONS``); the
    first session is the first unlock of the day."""
    first, *later = sessions
    found = {key: statistics.median(s[key] for s in sessions) for key in MEDIAN_OF_SESSIONS}
    found["unlock_ms"] = statistics.median(s["unlock_ms"] for s in later)
    found["first_unlock_ms"] = first["unlock_ms"]
    found.update({key: max(s[key] for s in sessions) for key in LARGEST_OF_SESSIONS})
    return found


def add_growth(rows: dict[int, dict[str, float]]) -> None:
    """How much longer unlocking takes than for the smallest size measured. The key
    derivation is the same work at every size, so it is not subtracted: its own repeats
    would only add their noise."""
    smallest = rows[min(rows)]["unlock_ms"]
    for row in rows.values():
        row["unlock_growth_ms"] = row["unlock_ms"] - smallest


def median_ms(seconds: Sequence[float]) -> float:
    return statistics.median(seconds) * 1000


# --- the machine -------------------------------------------------------------------------


def describe_machine(out: Path) -> dict[str, str]:
    from PySide6 import __version__ as pyside_version  # noqa: PLC0415 - only its version
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    cores = os.cpu_count() or 0
    return {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "CPU": f"{cores} cores, {cpu_model()}",
        "Python": platform.python_version(),
        "Qt": f"{qVersion()} (PySide6 {pyside_version})",
        "SQLCipher": f"{sqlcipher_version()} (SQLite {sqlcipher3.sqlite_version})",
        "system": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "journals on": f"{out} ({filesystem_type(out)})",
        "key derivation settings": kdf_description(),
        "load average before": load_average(),
    }


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown model"


def filesystem_type(path: Path) -> str:
    """The type of the file system ``path`` is on (tmpfs, ext4…), from ``/proc/mounts``."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return "file system unknown"
    resolved, best, kind = str(path.resolve()), "", "file system unknown"
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1]
        inside = resolved == mount or resolved.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, kind = mount, parts[2]
    return kind


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f} (1, 5, 15 min)"
