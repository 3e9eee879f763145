"""Benchmark: backing up and restoring a large journal, stage by stage.

For each journal size (100,000 entries of about 200 words by default: a 381 MB database,
made by ``generate.py`` and cached under ``benchmarks/out``) it times, ``--repeats`` times:

* ``Journal.back_up``: the online-backup copy of the open database (every page decrypted
  and encrypted again), then writing the zip (the copy's bytes once more) and the flush;
* ``restore_backup`` into a new folder: unwrapping the key (Argon2id at the journal's
  settings), unpacking the database, checking every page (``cipher_integrity_check`` and
  ``quick_check``), then opening it as a journal and closing it.

Stages are timed by watching ``Progress.start``, which each stage calls as it begins. The
files go to a temporary folder on the same disk as the journal, removed afterwards. It
asserts nothing. Run from the repository root::

    .venv/bin/python benchmarks/backup.py [--sizes 100000] [--repeats 3]
"""

from __future__ import annotations

import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from reflect.core.journal import Journal
from reflect.core.progress import Progress
from reflect.core.restore import restore_backup

if not __package__:  # run as ``python benchmarks/backup.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import PASSPHRASE, ensure_journal
from benchmarks.options import parse, sizes_parser

OUT = Path(__file__).resolve().parent / "out"


class StageClock(Progress):
    """A ``Progress`` that notes when each stage begins."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, float]] = [("start", time.perf_counter())]

    def start(self, total: int, stage: str = "") -> None:
        if stage != self.marks[-1][0]:
            self.marks.append((stage, time.perf_counter()))
        super().start(total, stage)

    def stages(self) -> dict[str, float]:
        """Seconds spent in each stage, the last ending now."""
        ends = [*self.marks[1:], ("end", time.perf_counter())]
        return {
            name: end - begin for (name, begin), (_, end) in zip(self.marks, ends, strict=False)
        }


def measure(folder: Path, repeats: int) -> tuple[dict[str, list[float]], int]:
    """Seconds per stage over ``repeats`` rounds, and the backup file's size."""
    seconds: dict[str, list[float]] = defaultdict(list)
    size = 0
    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        for round_number in range(repeats):
            target = Path(scratch) / f"b{round_number}.reflectbackup"
            with Journal.unlock(folder, PASSPHRASE) as journal:
                clock = StageClock()
                begun = time.perf_counter()
                journal.back_up(target, clock)
                seconds["backup: total"].append(time.perf_counter() - begun)
            for stage, spent in clock.stages().items():
                seconds[f"backup: {stage}"].append(spent)
            size = target.stat().st_size
            restored = Path(scratch) / f"r{round_number}"
            clock = StageClock()
            begun = time.perf_counter()
            restore_backup(target, restored, PASSPHRASE, clock)
            seconds["restore: total"].append(time.perf_counter() - begun)
            for stage, spent in clock.stages().items():
                seconds[f"restore: {stage}"].append(spent)
            shutil.rmtree(restored)
            target.unlink()
    return seconds, size


def main(argv: Sequence[str] | None = None) -> None:
    parser = sizes_parser(__doc__, [100_000])
    parser.set_defaults(repeats=3)
    args = parse(parser, argv)
    print(f"Reflect backup benchmark (Python {platform.python_version()}, {platform.machine()})")
    for size in args.sizes:
        folder = OUT / f"journal-{size}"
        ensure_journal(folder, size)
        seconds, backup_size = measure(folder, args.repeats)
        database_mb = (folder / "journal.db").stat().st_size / 1e6
        print(
            f"\n{size:,} entries: database {database_mb:.0f} MB, backup file "
            f"{backup_size / 1e6:.0f} MB; {args.repeats} repeats (seconds)"
        )
        print(f"{'stage':<52} {'median':>7} {'max':>7}")
        for stage, values in seconds.items():
            if stage.endswith(": start"):
                continue  # the moment before the first stage begins: nothing to report
            print(f"{stage:<52} {statistics.median(values):>7.2f} {max(values):>7.2f}")


if __name__ == "__main__":
    main()
