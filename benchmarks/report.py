"""The benchmark's outputs: the table (as text and as Markdown), the plot, and
``docs/PERFORMANCE.md``, all from one ``measure.Run``.

Each cell is a figure at one journal size with whether it meets its target: "met",
"not met", or "—" where the target does not apply at that size. The plot is drawn with
matplotlib's object API on the Agg canvas (no pyplot, no window).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as PlotFigure

from benchmarks.figures import FIGURES, UNLOCK_AFTER_KEY_TARGET_MS, AtMost, value_text, verdict
from benchmarks.measure import Run

IMAGE_NAME = "performance.png"
PAGE_NAME = "PERFORMANCE.md"
VALUE_COLOUR, TARGET_COLOUR = "#0072B2", "#555555"  # Okabe–Ito blue; grey for targets
HEADER = ("Figure", "Target")


def cells(run: Run) -> list[list[str]]:
    """The table's rows: figure, target, then "value (met)" for each size."""
    rows = []
    for figure in FIGURES:
        row = [figure.label, figure.target]
        for size in run.settings.sizes:
            measured = run.rows[size]
            if figure.key not in measured:
                row.append("not measured")
                continue
            said = verdict(figure.met(size, run.rows))
            row.append(f"{value_text(figure, measured[figure.key])} ({said})")
        rows.append(row)
    return rows


def header(run: Run) -> list[str]:
    return [*HEADER, *(f"{size:,} entries" for size in run.settings.sizes)]


def text_table(run: Run) -> str:
    """The table for a terminal: columns lined up with spaces."""
    lines = [header(run), *cells(run)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(lines[0]))]

    def line_text(line: Sequence[str]) -> str:
        first = [cell.ljust(width) for cell, width in zip(line[:2], widths, strict=False)]
        rest = [cell.rjust(width) for cell, width in zip(line[2:], widths[2:], strict=True)]
        return "  ".join(first + rest).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line_text(lines[0]), rule, *(line_text(line) for line in lines[1:])])


def markdown_table(run: Run) -> str:
    lines = [header(run), *cells(run)]
    alignment = ["---", "---", *("--:" for _ in run.settings.sizes)]
    return "\n".join("| " + " | ".join(line) + " |" for line in [lines[0], alignment, *lines[1:]])


def plot(run: Run, path: Path) -> None:
    """One small chart per figure: its value against journal size, and its target."""
    figures = [figure for figure in FIGURES if figure.key != "unlock_growth_ms"]
    columns = 3
    rows = math.ceil(len(figures) / columns)
    drawing = PlotFigure(figsize=(12, 2.6 * rows), dpi=100, layout="constrained")
    FigureCanvasAgg(drawing)
    sizes = list(run.settings.sizes)
    for number, figure in enumerate(figures):
        axes = drawing.add_subplot(rows, columns, number + 1)
        values = [run.rows[size].get(figure.key, math.nan) for size in sizes]
        axes.plot(sizes, values, marker="o", color=VALUE_COLOUR, label="measured")
        draw_target(axes, run, figure.key, figure.check)
        axes.set_title(figure.label, fontsize=9)
        axes.set_xscale("log")
        axes.set_xticks(sizes, [f"{size:,}" for size in sizes], fontsize=8)
        axes.minorticks_off()
        axes.set_xmargin(0.15)
        axes.tick_params(axis="y", labelsize=8)
        axes.set_ylabel(figure.unit or "count", fontsize=8)
        axes.set_ylim(bottom=0, top=max(1.0, axes.get_ylim()[1]))
        axes.set_xlabel("entries", fontsize=8)
    drawing.legend(
        *drawing.axes[0].get_legend_handles_labels(),
        loc="outside upper center",
        ncols=2,
        fontsize=9,
        frameon=False,
    )
    drawing.savefig(path)


def draw_target(axes: Axes, run: Run, key: str, check: object) -> None:
    """The target as a dashed line, where it is a number (per size for the unlock)."""
    sizes = run.settings.sizes
    style: dict[str, Any] = {"linestyle": "--", "color": TARGET_COLOUR, "label": "target"}
    if key in ("unlock_ms", "first_unlock_ms"):
        limits = [run.rows[s]["key_derivation_ms"] + UNLOCK_AFTER_KEY_TARGET_MS for s in sizes]
        axes.plot(sizes, limits, marker="_", markersize=12, **style)
    elif isinstance(check, AtMost):
        label = "target" if check.only_at is None else f"target at {check.only_at:,}"
        axes.axhline(check.limit, **{**style, "label": label})


# --- docs/PERFORMANCE.md ---------------------------------------------------------------

HOW = """\
## How each figure is measured

- **Cold start to the unlock screen**: a fresh `python -m reflect --journal FOLDER` process
  on the offscreen platform, from just before it is started until the unlock screen has
  been painted (the same monotonic clock on both sides). The app has no hook for this:
  the benchmark puts `benchmarks/probe/` first on that process's `PYTHONPATH`, whose
  `sitecustomize.py` watches for the first paint and then cancels the screen.
- **Key derivation**: reading `reflect.key` and unwrapping the data key with Argon2id at the
  default settings (`unlock.time_key_derivation`).
- **Unlock to usable window**, in a real app process: the passphrase is typed into the
  unlock screen and Unlock pressed; the clock stops when every entry id is in the list and
  every visible row has been painted with its summary (`open_window.ListWatcher`). Argon2id
  is included. It is the first window of the process, as when Reflect is opened. The
  first session on a fresh copy of a journal is the *first unlock of the day*: Reflect then
  also makes the daily automatic backup on the worker, and it has a line of its own; the
  main line is the median of the later sessions. *Growth* is how much longer that takes
  than for the smallest journal measured ("flat in journal size").
- **Search**: `search.compare`: seeded queries (words, two words, prefixes, phrases, a
  word with a tag filter), each the match count plus the first 20 hits with snippets, run
  on the journal and, through the same SQL, on a plain SQLite copy of the same data; one
  warm-up round, then the timed rounds.
- **Autosave, UI-thread cost p99**: a 10,000-word entry (formatting, 40 moments) is open
  in the editor; a word is typed at a random place and `save_now()` is timed on the UI
  thread, again and again (`autosave.time_saves`); the worker's half is outside the clock.
- **Database writes on the UI thread**: every connection the app process opens is traced
  (`benchmarks/ui_thread_sql.py`, SQLite's trace hook), and each statement is counted on
  the thread that runs it, for the whole session: unlock, autosaves, searches, charts, PDF.
- **PDF export**: `export_share` of a 200-excerpt share (accented, Hebrew and Arabic text,
  four people's names to redact) on the app's journal worker, as the share window runs it.
- **First chart draw**: the process's first chart (hope and struggle, all time by week) on a
  new figure, matplotlib already imported (`charts.draw_first`); then the Insights window
  is opened as well, so its charts count in the peak memory.
- **Memory**: idle is the app process's resident set *now* (`VmRSS` in `/proc/PID/status`)
  once the unlocked window is shown with its first rows, the worker is idle (the daily
  backup done) and the window has sat idle for a second, before any chart: what the app
  holds while a person writes. Argon2id's 64 MiB at unlock is freed by then, so it is not
  in this figure (each session's record in `results.json` also splits it into the heap,
  `RssAnon`, and mapped libraries, `RssFile`). The benchmark's own extras (matplotlib,
  the PDF export) are imported only after that reading. Peak is the high-water mark
  (`VmHWM`) after the autosaves, searches, charts and PDF exports; it includes Argon2id's
  64 MiB at unlock.
  MB are 10⁶ bytes.

The app sessions run on a copy of each benchmark journal with the long entry and the share
added, so the cached journals stay as `benchmarks/generate.py` made them. Times are
medians; memory and the UI-thread write count are the largest over the sessions.
"""


def performance_page(run: Run, image: str) -> str:
    """The whole of ``docs/PERFORMANCE.md`` for ``run``."""
    machine = "\n".join(f"- **{name}**: {value}" for name, value in run.machine.items())
    kind = "quick run" if run.settings.quick else "full run"
    notes = "".join(f"\n- {note}" for note in run.notes)
    return f"""# Performance

Written by `.venv/bin/python -m benchmarks`, a {kind}: {run.settings.described()}.

Run it again to measure your computer. `--quick` measures 1,000 entries only, in under a
minute, and leaves this page alone unless `--write-docs` is given. The journals are made by
`benchmarks/generate.py` (entries of about 200 words over five years, default Argon2id
settings) and kept in `benchmarks/out/` (or `--out`) for the next run.

## Results

{markdown_table(run)}

"met" / "not met": against the target; "—": the target does not apply at that size
(memory is promised at 100,000 entries; growth is measured from the smallest size).
{not_met_line(run)}
The computer may have been busy with other work: its load average is under "The machine".

![How each figure grows with journal size]({image})

## The machine

{machine}
{notes}

{HOW}"""


def not_met_line(run: Run) -> str:
    """Which figures missed their target at some size, in a sentence (or that none did)."""
    missed = [
        figure.label
        for figure in FIGURES
        if any(figure.met(size, run.rows) is False for size in run.settings.sizes)
    ]
    if not missed:
        return "\nEvery target that applies was met in this run.\n"
    return "\nNot met in this run: " + "; ".join(missed) + ".\n"


def write_docs(run: Run, docs: Path) -> Path:
    """Write ``PERFORMANCE.md`` and its plot into ``docs``; returns the page."""
    images = docs / "images"
    images.mkdir(parents=True, exist_ok=True)
    plot(run, images / IMAGE_NAME)
    page = docs / PAGE_NAME
    page.write_text(performance_page(run, f"images/{IMAGE_NAME}"), encoding="utf-8")
    return page
