"""Benchmark: the Insights charts over ten years of daily entries, and their query at scale.

A journal of one entry a day for ten years (made-up words, tags and moments from
``generate.py``, and a check-in on most days) is written through ``Journal.add_entry``
with cheap key-derivation settings. Then, for each chart, by month and by week over all
ten years:

- **query**: ``Journal.insights`` for the whole journal (one read serves all four charts);
- **first draw, cold**: a fresh process (matplotlib already imported, timed apart) builds
  the figure and draws it with the Agg canvas, as opening Insights does; this includes
  loading the font, which only the first chart of a session pays;
- **first draw, warm**: a new figure for the chart in a process that has drawn before
  (switching to a chart not yet shown);
- **redraw, period**: the same figure shown again with another period (the last 12 months
  and all time in turn);
- **redraw, palette**: the same figure in the dark, then the light palette.

Canvas: 900 × 500 pixels (9 × 5 inches at 100 dpi), about what the window shows. Times are
medians over ``--repeats``. Targets (issue 4): first draw under 150 ms, redraw under 50 ms.
Importing matplotlib is reported on its own: it is paid once, when Insights first opens.

With ``--big`` (default ``benchmarks/out/journal-100000``, made by ``generate.py``) the
query is also timed on 100,000 entries for a few periods. Run from the repository root::

    .venv/bin/python benchmarks/charts.py [--repeats 7] [--big benchmarks/out/journal-100000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from functools import partial
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.insights import MONTH, WEEK, Bucket, Chart, Insights, Period
from reflect.core.journal import Journal

if not __package__:  # run as ``python benchmarks/charts.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import PASSPHRASE, SEED, synthetic_entries

YEARS = 10
TARGET_FIRST_MS, TARGET_REDRAW_MS = 150.0, 50.0
DEFAULT_BIG = Path(__file__).resolve().parent / "out" / "journal-100000"
BUCKETS: tuple[Bucket, ...] = (MONTH, WEEK)


def write_daily_journal(folder: Path, today: date) -> int:
    """One entry a day for ``YEARS`` years up to ``today``; returns how many."""
    rng = random.Random(SEED)
    first = today.replace(year=today.year - YEARS)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
        for day, entry in zip(days, synthetic_entries(len(days), SEED), strict=True):
            hour, minute = rng.randint(6, 22), rng.randint(0, 59)
            journal.add_entry(
                title=entry.title,
                text=entry.text,
                created=datetime.combine(day, clock_time(hour, minute)).astimezone(),
                tags=entry.tags,
                moments=entry.moments,
                mood=None if rng.random() < 0.3 else rng.randint(1, 5),
            )
    return len(days)


def median_ms(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# --- a cold process: one chart's first draw ----------------------------------------------


def cold_first_draw(folder: Path, chart: Chart, bucket: Bucket) -> dict[str, float]:
    """In this (fresh) process: import, read, and draw ``chart`` once. Times in ms."""
    with Journal.unlock(folder, PASSPHRASE) as journal:
        insights = journal.insights(None, bucket)
    return draw_first(insights, chart)


def draw_first(insights: Insights, chart: Chart) -> dict[str, float]:
    """Import the charts (if not yet) and draw ``chart`` on a new figure: the milliseconds
    each took ("import", "first"). The first call in a process also loads the font."""
    started = time.perf_counter()
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 - timed here

    from reflect.render.charts import LIGHT, ChartFigure  # noqa: PLC0415

    imported = time.perf_counter()
    shown = ChartFigure()
    FigureCanvasAgg(shown.figure)
    shown.show(insights, chart, LIGHT)
    shown.figure.canvas.draw()
    drawn = time.perf_counter()
    return {"import": (imported - started) * 1000, "first": (drawn - imported) * 1000}


def cold_runs(folder: Path, chart: Chart, bucket: Bucket, repeats: int) -> dict[str, float]:
    """Medians of ``cold_first_draw`` over ``repeats`` fresh processes."""
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, __file__, "--cold", str(folder), chart.name, bucket],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(repeats)
    ]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


# --- a warm process: first draws of new figures and redraws ------------------------------


def warm_times(
    chart: Chart, all_time: Insights, last_year: Insights, repeats: int
) -> dict[str, float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415

    from reflect.render.charts import DARK, LIGHT, ChartFigure  # noqa: PLC0415

    def new_figure() -> ChartFigure:
        shown = ChartFigure()
        FigureCanvasAgg(shown.figure)
        return shown

    def first_draw() -> None:
        shown = new_figure()
        shown.show(all_time, chart, LIGHT)
        shown.figure.canvas.draw()

    shown = new_figure()
    shown.show(all_time, chart, LIGHT)
    shown.figure.canvas.draw()
    periods = itertools.cycle([last_year, all_time])
    themes = itertools.cycle([DARK, LIGHT])

    def period_change() -> None:
        shown.show(next(periods), chart, LIGHT)
        shown.figure.canvas.draw()

    def palette_change() -> None:
        shown.show(all_time, chart, next(themes))
        shown.figure.canvas.draw()

    return {
        "warm": median_ms(first_draw, repeats),
        "period": median_ms(period_change, repeats),
        "palette": median_ms(palette_change, repeats),
    }


# --- the report ---------------------------------------------------------------------------


def measure_daily(repeats: int) -> None:
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="reflect-charts-") as temp:
        folder = Path(temp) / "journal"
        started = time.perf_counter()
        entries = write_daily_journal(folder, today)
        print(
            f"{entries:,} daily entries over {YEARS} years written in "
            f"{time.perf_counter() - started:.1f} s.\n"
        )
        print(
            "| chart | by | query | first draw, cold | first draw, warm "
            "| redraw: period | redraw: palette | targets met |"
        )
        print("|---|---|--:|--:|--:|--:|--:|:-:|")
        imports = []
        with Journal.unlock(folder, PASSPHRASE) as journal:
            for bucket in BUCKETS:
                query = median_ms(partial(journal.insights, None, bucket), repeats)
                all_time = journal.insights(None, bucket)
                last_year = journal.insights(Period.recent_months(12, today), bucket)
                for chart in Chart:
                    cold = cold_runs(folder, chart, bucket, max(3, repeats // 2))
                    imports.append(cold["import"])
                    warm = warm_times(chart, all_time, last_year, repeats)
                    met = (
                        max(cold["first"], warm["warm"]) <= TARGET_FIRST_MS
                        and max(warm["period"], warm["palette"]) <= TARGET_REDRAW_MS
                    )
                    print(
                        f"| {chart.value} | {bucket} | {query:.0f} ms | {cold['first']:.0f} ms "
                        f"| {warm['warm']:.0f} ms | {warm['period']:.0f} ms "
                        f"| {warm['palette']:.0f} ms | {'yes' if met else 'no'} |"
                    )
        print(
            f"\nImporting matplotlib and the charts (once, when Insights first opens): "
            f"median {statistics.median(imports):.0f} ms.\n"
            f"Targets: first draw < {TARGET_FIRST_MS:.0f} ms, redraw < {TARGET_REDRAW_MS:.0f} ms."
        )


def measure_big(folder: Path, repeats: int) -> None:
    if not folder.exists():
        print(f"\n{folder} is missing; make it with generate.py to time the query there.")
        return
    with Journal.unlock(folder, PASSPHRASE) as journal:
        count = journal.entry_count()
        newest = journal.insights(None, MONTH).days[-1].day  # the newest entry's day
        print(f"\nThe insights query on {count:,} entries ({folder.name}), median of {repeats}:\n")
        print("| period | by month | by week |")
        print("|---|--:|--:|")
        periods: Sequence[tuple[str, Period | None]] = (
            ("last 3 months", Period.recent_months(3, newest)),
            ("last 12 months", Period.recent_months(12, newest)),
            ("all time", None),
        )
        for words, period in periods:
            times = [
                median_ms(partial(journal.insights, period, bucket), repeats) for bucket in BUCKETS
            ]
            print(f"| {words} | {times[0]:.0f} ms | {times[1]:.0f} ms |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--big", type=Path, default=DEFAULT_BIG)
    parser.add_argument("--cold", nargs=3, metavar=("JOURNAL", "CHART", "BUCKET"))
    args = parser.parse_args(argv)
    if args.cold:  # the child process of cold_runs
        folder, chart, bucket = args.cold
        print(json.dumps(cold_first_draw(Path(folder), Chart[chart], bucket)))
        return 0
    measure_daily(args.repeats)
    measure_big(args.big, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
