"""SIGKILL at a random moment of a passphrase change leaves exactly one passphrase working.

Each trial starts a child process that opens the journal and waits; the parent tells it to
change the passphrase, waits a random time and kills it without any chance to clean up.
The delays are spread evenly (one random point in each of as many equal slices as there
are trials) over twice the typical time one change takes, measured first, so kills land
before, during and after the moment the new key file takes the old one's place. A change
the child reported done must have taken. (The children and the spreading are shared with
the other kill tests: tests/faults/children.py.)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.children import Child, kill_after, kill_delays, seeded_rng, typical_run
from tests.helpers import opens_with

TRIALS = 40


def changing(folder: Path, old: str, new: str) -> Child:
    return Child(child_work.changing_passphrase, folder, old, new)


def test_a_kill_at_any_moment_leaves_exactly_one_passphrase_working(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="Day one", text="Still here.")
    changes = iter([(PASSPHRASE, "calibrating"), ("calibrating", PASSPHRASE)] * 3)
    duration = typical_run(lambda: changing(journal_folder, *next(changes)))
    delays = kill_delays(TRIALS, duration, seeded_rng("changing the passphrase"))

    outcomes: Counter[str] = Counter()
    current = PASSPHRASE
    for trial, delay in enumerate(delays):
        new = f"passphrase number {trial}"
        child = changing(journal_folder, current, new)
        child.open()
        temp_files = set(journal_folder.glob(".*.tmp"))  # left by earlier kills
        reports = kill_after(child, delay)
        old_opens, new_opens = opens_with(journal_folder, current), opens_with(journal_folder, new)
        assert old_opens != new_opens, (trial, delay, old_opens, new_opens)
        if reports == ["done"]:
            assert new_opens, (trial, delay)  # a change reported done has taken
        outcomes["after the switch" if new_opens else "before the switch"] += 1
        outcomes["after it, not yet reported done"] += new_opens and reports != ["done"]
        new_temp_files = set(journal_folder.glob(".*.tmp")) - temp_files
        outcomes["before it, with the new file half written"] += bool(new_temp_files)
        current = new if new_opens else current
        with Journal.unlock(journal_folder, current) as reopened:
            assert reopened.check_integrity() == []
            assert [e.title for e in reopened.iter_entries()] == ["Day one"]

    print(f"one change: {duration * 1000:.2f} ms; {TRIALS} kills: {dict(outcomes)}")
    assert outcomes["before the switch"] > 0 and outcomes["after the switch"] > 0, outcomes
    with Journal.unlock(journal_folder, current) as journal:
        journal.change_passphrase(current, PASSPHRASE, kdf=fast_kdf)
    assert not list(journal_folder.glob(".*.tmp")), "a leftover temporary file stayed"
