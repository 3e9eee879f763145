"""Benchmark: how long unlocking a journal takes, split at the moment the key is derived.

For each journal size it builds a throwaway journal with ``generate.py`` (default Argon2id
settings, entries of about 200 words spread over five years) and times, several times over:

* key derivation: reading ``reflect.key`` and unwrapping the data key (the Argon2id cost);
* after key: ``Journal.open_with_key`` plus what the window needs to draw its list: every
  entry id (newest first) and the summaries of the first screenful of rows (the list model
  loads the rest as they scroll into view); locking afterwards is outside the clock;
* unlock total: ``Journal.unlock`` plus the same first list.

The target is that everything after the key is derived takes under 100 ms for a journal of
10,000 entries. The script prints a table and asserts nothing. Run it from the repository
root::

    .venv/bin/python benchmarks/unlock.py [--sizes 1000,10000] [--repeats 7]
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
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from reflect.core.crypto.keyfile import KeyFile
from reflect.core.journal import KEY_FILE_NAME, Journal

if not __package__:  # run as ``python benchmarks/unlock.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import PASSPHRASE, generate_journal
from benchmarks.options import parse, sizes_parser

TARGET_AFTER_KEY_MS = 100.0
TARGET_SIZE = 10_000


@dataclass(frozen=True)
class Timing:
    """Seconds taken by each repeat of one measurement."""

    seconds: list[float]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def max_ms(self) -> float:
        return max(self.seconds) * 1000

    def cell(self) -> str:
        return f"{self.median_ms:.0f} ms / {self.max_ms:.0f} ms"


@dataclass(frozen=True)
class Row:
    """The measurements for one journal size."""

    entries: int
    generation_s: float
    key_derivation: Timing
    after_key: Timing
    unlock_total: Timing

    @property
    def met(self) -> bool:
        return self.after_key.median_ms < TARGET_AFTER_KEY_MS


# --- measuring ---------------------------------------------------------------------------


def repeat(measure: Callable[[], float], repeats: int) -> Timing:
    """Run ``measure`` (which returns the seconds it timed) ``repeats`` times."""
    return Timing([measure() for _ in range(repeats)])


def time_key_derivation(folder: Path) -> float:
    start = time.perf_counter()
    KeyFile.read(folder / KEY_FILE_NAME).unwrap(PASSPHRASE)
    return time.perf_counter() - start


FIRST_SCREEN_ROWS = 60


def load_first_list(journal: Journal) -> None:
    """What the main window asks for right after unlocking."""
    journal.summaries(journal.entry_ids()[:FIRST_SCREEN_ROWS])


def time_until_listed(open_journal: Callable[[], Journal]) -> float:
    """Seconds from calling ``open_journal`` until the first list screen is loaded."""
    start = time.perf_counter()
    journal = open_journal()
    load_first_list(journal)
    elapsed = time.perf_counter() - start
    journal.lock()
    return elapsed


def measure_size(count: int, repeats: int) -> Row:
    """Generate a journal of ``count`` entries in a temporary folder and time unlocking it."""
    with tempfile.TemporaryDirectory(prefix="reflect-bench-") as temp:
        folder = Path(temp) / "journal"
        generation_s = generate_journal(folder, count)
        data_key = KeyFile.read(folder / KEY_FILE_NAME).unwrap(PASSPHRASE)
        return Row(
            entries=count,
            generation_s=generation_s,
            key_derivation=repeat(lambda: time_key_derivation(folder), repeats),
            after_key=repeat(
                lambda: time_until_listed(lambda: Journal.open_with_key(folder, data_key)), repeats
            ),
            unlock_total=repeat(
                lambda: time_until_listed(lambda: Journal.unlock(folder, PASSPHRASE)), repeats
            ),
        )


# --- reporting ---------------------------------------------------------------------------


def sqlcipher_version() -> str:
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row else "unknown"


def kdf_description() -> str:
    """The Argon2id settings a new journal gets, read back from a real key file."""
    with tempfile.TemporaryDirectory(prefix="reflect-bench-") as temp:
        folder = Path(temp) / "journal"
        Journal.create(folder, PASSPHRASE).lock()
        kdf = KeyFile.read(folder / KEY_FILE_NAME).slots[0].kdf
    return f"Argon2id: memory {kdf.memory_kib} KiB, iterations {kdf.iterations}, lanes {kdf.lanes}"


COLUMNS = (
    ("entries", 9),
    ("key derivation (median/max)", 29),
    ("after key (median/max)", 24),
    ("unlock total (median/max)", 27),
    ("target after key", 18),
    ("met", 3),
)


def format_line(cells: Sequence[str]) -> str:
    return "".join(cell.ljust(width) for cell, (_, width) in zip(cells, COLUMNS, strict=True))


def format_row(row: Row) -> str:
    return format_line(
        (
            str(row.entries),
            row.key_derivation.cell(),
            row.after_key.cell(),
            row.unlock_total.cell(),
            f"< {TARGET_AFTER_KEY_MS:.0f} ms",
            "yes" if row.met else "no",
        )
    ).rstrip()


def print_report(rows: Sequence[Row], repeats: int, kdf: str) -> None:
    print(
        f"Reflect unlock benchmark (Python {platform.python_version()}, "
        f"SQLCipher {sqlcipher_version()}, machine: {os.cpu_count()} cores)"
    )
    print(f"{kdf}; {repeats} repeats each")
    print(format_line([name for name, _ in COLUMNS]).rstrip())
    for row in rows:
        print(format_row(row))
    print(
        f"Target: everything after the key is derived takes under {TARGET_AFTER_KEY_MS:.0f} ms "
        f"for a journal of {TARGET_SIZE:,} entries (median of 'after key')."
    )
    print()
    for row in rows:
        print(f"Generating {row.entries:,} entries took {row.generation_s:.1f} s (not a target).")


# --- command line ------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = sizes_parser(__doc__, [1_000, 10_000])
    return parse(parser, argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    kdf = kdf_description()
    rows = [measure_size(size, args.repeats) for size in args.sizes]
    print_report(rows, args.repeats, kdf)


if __name__ == "__main__":
    main()
