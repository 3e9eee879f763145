"""Benchmark: importing a jrnl journal of 10,000 entries (issue 6, "Import").

Writes a jrnl plain-text journal of ``--sizes`` entries (default 10,000) of about 200
words each, a few ``@tags`` and stars, then for each repeat creates a new journal and
times the three steps the app takes: reading the file (``FORMATS["jrnl"]``, on the worker
thread in the app), the preview (``Journal.import_preview``) and the import
(``Journal.import_entries``: one transaction, so one sync to disk). For comparison it
also times adding the first ``--compare`` entries one by one with ``Journal.add_entry``
(one transaction and sync each), which is what an import without a transaction would
cost. Prints a table and asserts nothing. Run it from the repository root::

    .venv/bin/python benchmarks/import_jrnl.py [--sizes 10000] [--repeats 3]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import reflect.core.importers  # noqa: F401 - registers the formats
from reflect.core.crypto.kdf import KdfParams
from reflect.core.importing import FORMATS
from reflect.core.journal import Journal

if not __package__:  # run as ``python benchmarks/import_jrnl.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import REAL_WORDS, TAGS
from benchmarks.options import parse, sizes_parser

PASSPHRASE = "benchmark passphrase, thrown away"  # noqa: S105
WORDS = REAL_WORDS.split()
START = datetime(2018, 1, 1, 7, 0)


def write_jrnl_file(path: Path, count: int, seed: int = 6) -> None:
    """A jrnl journal of ``count`` entries, a few hours apart, about 200 words each."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as file:
        for number in range(count):
            when = START + timedelta(hours=7 * number, minutes=rng.randrange(60))
            star = " *" if rng.random() < 0.1 else ""
            title = " ".join(rng.choices(WORDS, k=rng.randint(2, 6))).capitalize()
            lines = []
            for _ in range(rng.randint(2, 5)):
                words = rng.choices(WORDS, k=rng.randint(30, 70))
                if rng.random() < 0.4:
                    words.insert(rng.randrange(len(words)), "@" + rng.choice(TAGS))
                lines.append(" ".join(words) + ".")
            file.write(f"[{when:%Y-%m-%d %H:%M}] {title}.{star}\n" + "\n".join(lines) + "\n\n")


def measure(size: int, repeats: int, compare: int, folder: Path) -> dict[str, list[float]]:
    source = folder / f"jrnl-{size}.txt"
    write_jrnl_file(source, size)
    times: dict[str, list[float]] = {}
    for repeat in range(repeats):
        for step, seconds in one_round(source, folder / str(repeat), size, compare).items():
            times.setdefault(step, []).append(seconds)
    return times


def one_round(source: Path, folder: Path, size: int, compare: int) -> dict[str, float]:
    """Seconds for each step, into new journals in ``folder``."""
    clock = time.perf_counter
    started = clock()
    entries = FORMATS.parsers["jrnl"](source)
    read = clock()
    with Journal.create(folder / "imported", PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
        previewed = clock()
        journal.import_preview(entries)
        imported = clock()
        assert journal.import_entries(entries).added == size
        done = clock()
    with Journal.create(
        folder / "one-by-one", PASSPHRASE, kdf=KdfParams.fast_for_tests()
    ) as journal:
        one_by_one = clock()
        _add_one_by_one(journal, entries[:compare])
        one_by_one = clock() - one_by_one
    return {
        "read the file": read - started,
        "preview": imported - previewed,
        "import": done - imported,
        f"add_entry × {compare}": one_by_one,
    }


def _add_one_by_one(journal: Journal, entries: Sequence[Any]) -> None:
    for entry in entries:
        journal.add_entry(
            title=entry.title, text=entry.text, created=entry.created, tags=entry.tags
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = sizes_parser(__doc__, [10_000])
    parser.set_defaults(repeats=3)
    parser.add_argument("--compare", type=int, default=500, help="entries added one by one")
    args = parse(parser, argv)
    print(f"{'entries':>8}  {'step':<22}{'median':>10}{'max':>10}")
    with tempfile.TemporaryDirectory(prefix="reflect-import-bench-") as temporary:
        for size in args.sizes:
            times = measure(size, args.repeats, min(args.compare, size), Path(temporary))
            for step, seconds in times.items():
                print(
                    f"{size:>8,}  {step:<22}{statistics.median(seconds):>9.2f}s"
                    f"{max(seconds):>9.2f}s"
                )


if __name__ == "__main__":
    main()
