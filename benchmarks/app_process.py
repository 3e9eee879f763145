"""Real ``python -m reflect`` processes for the figures only a whole app can give.

Each process is the app as a person starts it (``python -m reflect --journal FOLDER`` on
the offscreen platform), with the start-up probe (``probe/sitecustomize.py``) first on its
``PYTHONPATH`` and its settings in a throwaway folder, never the person's own:

* ``cold_start_ms``: from just before the process is started until the unlock screen has
  been painted, on the same monotonic clock; the probe then cancels the screen;
* ``measure_session``: the probe hands the session to ``app_session.drive``, which unlocks
  and works through the window (see there) on a *copy* of the benchmark journal that
  ``prepare_session`` made, with a long entry to autosave and a 200-excerpt share added
  (the cached journals stay as generated).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.app_session import PLAN_VARIABLE, RESULT_VARIABLE, Plan
from benchmarks.autosave import long_entry
from benchmarks.generate import PASSPHRASE
from benchmarks.share_pdf import add_share
from reflect.core.journal import Journal

PROBE_FOLDER = Path(__file__).resolve().parent / "probe"
REPOSITORY = Path(__file__).resolve().parents[1]
MODE_VARIABLE = "REFLECT_BENCHMARK_MODE"
STARTUP_TIMEOUT_S = 120.0
SESSION_TIMEOUT_S = 1800.0
LONG_ENTRY_WORDS = 10_000  # as autosave.py: a long entry makes a save's copy costly
SHARE_EXCERPTS = 200


class MeasurementFailed(Exception):
    """A measurement itself broke (not a slow result): said in one line."""


def app_environment(scratch: Path, mode: str, plan: Path | None = None) -> dict[str, str]:
    """The environment of an app process: offscreen, probed, settings kept in ``scratch``."""
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["XDG_CONFIG_HOME"] = str(scratch / "config")  # QSettings: window geometry…
    paths = [str(PROBE_FOLDER)]
    if mode == "session":
        paths.append(str(REPOSITORY))  # the driver lives in ``benchmarks``
    if environment.get("PYTHONPATH"):
        paths.append(environment["PYTHONPATH"])
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    environment[MODE_VARIABLE] = mode
    environment[RESULT_VARIABLE] = str(scratch / "result.json")
    if plan is not None:
        environment[PLAN_VARIABLE] = str(plan)
    return environment


def run_app(folder: Path, scratch: Path, mode: str, plan: Path | None = None) -> dict[str, Any]:
    """Run ``python -m reflect`` on ``folder`` with the probe in ``mode``; what it found,
    with ``"started"``: the monotonic time just before the process was started."""
    result = scratch / "result.json"
    result.unlink(missing_ok=True)
    (scratch / "config").mkdir(exist_ok=True)
    timeout = STARTUP_TIMEOUT_S if mode == "startup" else SESSION_TIMEOUT_S
    started = time.monotonic()
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "reflect", "--journal", str(folder)],
            env=app_environment(scratch, mode, plan),
            cwd=scratch,  # nothing importable there: Reflect comes from the installed package
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise MeasurementFailed(f"the app ({mode}) did not finish in {timeout:.0f} s") from None
    found: dict[str, Any] = json.loads(result.read_text("utf-8")) if result.exists() else {}
    if "error" in found or completed.returncode != 0 or not found:
        said = found.get("error") or _last_line(completed.stderr) or "no result"
        raise MeasurementFailed(f"the app ({mode}) exited with {completed.returncode}: {said}")
    found["started"] = started
    return found


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def cold_start_ms(folder: Path, scratch: Path, repeats: int) -> list[float]:
    """Milliseconds from starting ``python -m reflect`` until its unlock screen was painted."""
    times = []
    for _ in range(repeats):
        found = run_app(folder, scratch, "startup")
        times.append((found["shown"] - found["started"]) * 1000)
    return times


def prepare_session(
    folder: Path, scratch: Path, *, saves: int, pdf_repeats: int, queries: list[str]
) -> tuple[Path, Path]:
    """A copy of the journal in ``folder`` with a long entry and a 200-excerpt share added;
    returns the copy and the plan for ``app_session``."""
    copy = scratch / folder.name
    shutil.copytree(folder, copy)
    text, formatting, moments = long_entry(LONG_ENTRY_WORDS, random.Random(7))
    with Journal.unlock(copy, PASSPHRASE) as journal:
        long_entry_id = journal.add_entry(text=text, formatting=formatting, moments=moments).created
        share_id = add_share(journal, SHARE_EXCERPTS)
        entries = journal.entry_count()
    if long_entry_id is None:
        raise MeasurementFailed("the journal copy did not keep the long entry")
    exports = scratch / "exports"
    exports.mkdir()
    plan = scratch / "plan.json"
    Plan(entries, long_entry_id, share_id, saves, pdf_repeats, queries, str(exports)).write(plan)
    return copy, plan


def measure_session(copy: Path, plan: Path, scratch: Path) -> dict[str, Any]:
    """One app session on the prepared ``copy`` (see ``app_session``)."""
    return run_app(copy, scratch, "session", plan)
