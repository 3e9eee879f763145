"""``python -m benchmarks``: every performance figure of Reflect in one table.

For journals of 1,000, 10,000 and 100,000 entries (made once by ``generate.py`` and kept in
``--out``), it measures the cold start to the unlock screen, the key derivation, unlock to a
usable window, search against a plain SQLite copy, the autosave's cost to the UI thread and
the database writes made there, a 200-excerpt PDF export, the first chart draw, and the
app's idle and peak memory; prints one table, each figure beside its target and whether it
is met; and writes the table and a plot to ``docs/PERFORMANCE.md``.

``--quick`` measures 1,000 entries with few repeats (under a minute; CI runs it). Only the
full run (all three sizes) writes the docs by default; any other run writes them only with
``--write-docs``. Slow figures never fail the command: it exits
0 once everything was measured, and 1 with one line on stderr when a measurement itself
broke. Run from the repository root::

    .venv/bin/python -m benchmarks [--quick] [--sizes 1000,10000] [--repeats 7]
        [--out benchmarks/out] [--write-docs] [--docs docs]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt (the scripts' too)

from benchmarks.measure import Run, Settings, measure_run
from benchmarks.options import parse_sizes
from benchmarks.report import text_table, write_docs

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out"
DEFAULT_DOCS = HERE.parent / "docs"
EXIT_OK, EXIT_BROKE, EXIT_INTERRUPTED = 0, 1, 130


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="1,000 entries, few repeats (about a minute)"
    )
    parser.add_argument("--sizes", type=parse_sizes, help="journal sizes, e.g. 1000,10000")
    parser.add_argument("--repeats", type=int, help="at most this many repeats of anything")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where journals are kept")
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="write PERFORMANCE.md and its plot after a --quick or --sizes run too",
    )
    parser.add_argument(
        "--docs", type=Path, default=DEFAULT_DOCS, help="the docs folder to write into"
    )
    args = parser.parse_args(argv)
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    settings = Settings.choose(quick=args.quick, sizes=args.sizes, repeats=args.repeats)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        run = measure_run(settings, args.out, say=lambda text: print(text, flush=True))
    except KeyboardInterrupt:
        print("benchmarks: stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # a measurement broke: one line, never a traceback
        said = " ".join(str(error).split()) or type(error).__name__
        print(f"benchmarks: could not measure: {said}", file=sys.stderr)
        return EXIT_BROKE
    print()
    print(text_table(run))
    save_results(run, args.out / "results.json")
    if args.write_docs or settings.full:
        page = write_docs(run, args.docs)
        print(f"\nWrote {page} and its plot.")
    return EXIT_OK


def save_results(run: Run, path: Path) -> None:
    """Every number, for comparing runs (kept beside the journals, not committed)."""
    found = {
        "settings": asdict(run.settings),
        "machine": run.machine,
        "rows": {str(size): row for size, row in run.rows.items()},
        "notes": run.notes,
        "sessions": {str(size): found for size, found in run.sessions.items()},
    }
    path.write_text(json.dumps(found, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
