"""SIGKILL at a random moment of a passphrase change leaves exactly one passphrase working.

Each trial starts a child process that opens the journal and waits; the parent tells it to
change the passphrase, waits a random time and kills it without any chance to clean up.
The delays are spread evenly (one random point in each of as many equal slices as there
are trials) over 1.2 times the time one change takes, measured first, so kills land
before, during and after the moment the new key file takes the old one's place.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import opens_with

TRIALS = 40
SPREAD = 1.2

# The child: open the journal, say so, wait for "go", change the passphrase, say done.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reflect.core.crypto.kdf import KdfParams
    from reflect.core.journal import Journal

    folder, old, new = sys.argv[1:4]
    journal = Journal.unlock(Path(folder), old)
    print("ready", flush=True)
    sys.stdin.readline()
    journal.change_passphrase(old, new, kdf=KdfParams.fast_for_tests())
    print("done", flush=True)
    sys.stdin.readline()  # stay alive: a kill after the change must still find one key
    """
)


class Child:
    """A child process with the journal open, about to change ``old`` to ``new``."""

    def __init__(self, folder: Path, old: str, new: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), old, new],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._line() == "ready"

    def go(self) -> float:
        """Start the change; returns the moment it was asked for (``time.perf_counter``)."""
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        return time.perf_counter()

    def wait_until_done(self) -> None:
        assert self._line() == "done"

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()


def time_one_change(folder: Path) -> float:
    """How long a change takes, from asking to hearing it's done: the longest of six, so
    the slowest changes are covered too and some kills surely land after the switch."""
    durations = []
    for old, new in [(PASSPHRASE, "calibrating"), ("calibrating", PASSPHRASE)] * 3:
        child = Child(folder, old, new)
        try:
            asked = child.go()
            child.wait_until_done()
            durations.append(time.perf_counter() - asked)
        finally:
            child.kill()
    return max(durations)


def test_a_kill_at_any_moment_leaves_exactly_one_passphrase_working(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="Day one", text="Still here.")
    duration = time_one_change(journal_folder)
    rng = random.Random(os.urandom(8))
    slices = [(i + rng.random()) / TRIALS * SPREAD * duration for i in range(TRIALS)]
    rng.shuffle(slices)

    outcomes: Counter[str] = Counter()
    current = PASSPHRASE
    for trial, delay in enumerate(slices):
        new = f"passphrase number {trial}"
        child = Child(journal_folder, current, new)
        temp_files = set(journal_folder.glob("*.tmp"))  # left by earlier kills
        try:
            child.go()
            # Sleep rather than spin: a spinning parent would take a CPU from the child and
            # make trials slower than the timed change, so no kill would land after it.
            time.sleep(delay)
        finally:
            child.kill()
        old_opens, new_opens = opens_with(journal_folder, current), opens_with(journal_folder, new)
        assert old_opens != new_opens, (trial, delay, old_opens, new_opens)
        outcomes["after the switch" if new_opens else "before the switch"] += 1
        new_temp_files = set(journal_folder.glob("*.tmp")) - temp_files
        outcomes["before it, with the new file half written"] += bool(new_temp_files)
        current = new if new_opens else current
        with Journal.unlock(journal_folder, current) as reopened:
            assert reopened.check_integrity() == []
            assert [e.title for e in reopened.iter_entries()] == ["Day one"]

    print(f"one change: {duration * 1000:.2f} ms; {dict(outcomes)}")
    assert outcomes["before the switch"] > 0 and outcomes["after the switch"] > 0, outcomes
    with Journal.unlock(journal_folder, current) as journal:
        journal.change_passphrase(current, PASSPHRASE, kdf=fast_kdf)
    assert not list(journal_folder.glob("*.tmp")), "a leftover temporary file stayed"
