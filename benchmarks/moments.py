"""Benchmark: the moments browser's and Look Back's journal calls on large journals.

For each journal size (100,000 entries of about 200 words by default, with about 50,000
hope and struggle moments, made by ``generate.py`` and cached under ``benchmarks/out``) it
times, through the public ``Journal`` API as the windows call it:

* ``moment_ids`` for every moment and for each kind of filter (kind, tag, a year, a month,
  all three together): the listing the browser shows first, which must stay well under
  100 ms;
* ``moment_rows`` for a screenful (100 rows) at the top, the middle and the end of the list;
* ``moment_kinds``, ``on_this_day`` and ``how_far``.

Each call runs once to warm the caches ("first run", straight after unlocking for the
first call) and is then timed over ``--repeats`` rounds: median and max. It asserts
nothing. Run from the repository root::

    .venv/bin/python benchmarks/moments.py [--sizes 100000] [--repeats 9]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import Journal
from reflect.core.moment_listing import MomentFilter

if not __package__:  # run as ``python benchmarks/moments.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import PASSPHRASE, START, TAGS, ensure_journal
from benchmarks.options import parse, sizes_parser

OUT = Path(__file__).resolve().parent / "out"
SCREENFUL = 100
YEAR = START.year + 2


def filters() -> list[tuple[str, MomentFilter]]:
    return [
        ("every moment", MomentFilter()),
        ("hope", MomentFilter(kinds=frozenset({HOPE}))),
        ("struggle", MomentFilter(kinds=frozenset({STRUGGLE}))),
        ("a kind nobody used", MomentFilter(kinds=frozenset({"people who help"}))),
        (f"tag {TAGS[2]!r}", MomentFilter(tag=TAGS[2])),
        (f"the year {YEAR}", MomentFilter(since=date(YEAR, 1, 1), until=date(YEAR, 12, 31))),
        (f"March {YEAR}", MomentFilter(since=date(YEAR, 3, 1), until=date(YEAR, 3, 31))),
        (
            "struggle, tag, a year",
            MomentFilter(
                kinds=frozenset({STRUGGLE}),
                tag=TAGS[6],
                since=date(YEAR, 1, 1),
                until=date(YEAR, 12, 31),
            ),
        ),
    ]


def timed(call: Callable[[], Any], repeats: int) -> tuple[float, float, float, Any]:
    """(first, median, max) milliseconds of ``call``, and its first result."""
    start = time.perf_counter()
    result = call()
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times), max(times), result


def measure(journal: Journal, repeats: int) -> list[tuple[str, int, float, float, float]]:
    """Rows of (what, how many, first, median, max)."""
    rows = []
    every: list[int] = []
    for label, chosen in filters():
        first, median, slowest, ids = timed(partial(journal.moment_ids, chosen), repeats)
        every = every or ids
        rows.append((f"moment_ids: {label}", len(ids), first, median, slowest))
    for label, start in (("top", 0), ("middle", len(every) // 2), ("end", -SCREENFUL)):
        screen = every[start : start + SCREENFUL] if start >= 0 else every[start:]
        first, median, slowest, found = timed(partial(journal.moment_rows, screen), repeats)
        rows.append(
            (f"moment_rows: {SCREENFUL} at the {label}", len(found), first, median, slowest)
        )
    first, median, slowest, kinds = timed(journal.moment_kinds, repeats)
    rows.append(("moment_kinds", len(kinds), first, median, slowest))
    for day in (date(START.year + 5, 6, 1), date(START.year + 4, 2, 28)):
        first, median, slowest, looked = timed(partial(journal.on_this_day, day), repeats)
        entries = sum(len(year.entries) for year in looked.years)
        rows.append((f"on_this_day({day})", entries, first, median, slowest))
    first, median, slowest, far = timed(journal.how_far, repeats)
    shown = len(far.early_struggles) + len(far.recent_hopes)
    rows.append(("how_far", shown, first, median, slowest))
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = sizes_parser(__doc__, [100_000])
    parser.set_defaults(repeats=9)
    args = parse(parser, argv)
    for size in args.sizes:
        folder = OUT / f"journal-{size}"
        ensure_journal(folder, size)
        with Journal.unlock(folder, PASSPHRASE) as journal:
            rows = measure(journal, args.repeats)
        print(f"\n{size:,} entries, {args.repeats} repeats (ms)")
        print(f"{'call':<44} {'rows':>7} {'first':>7} {'median':>7} {'max':>7}")
        for what, count, first, median, slowest in rows:
            print(f"{what:<44} {count:>7,} {first:>7.1f} {median:>7.1f} {slowest:>7.1f}")


if __name__ == "__main__":
    main()
