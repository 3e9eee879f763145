"""SIGKILL at a random moment while entries are being saved loses no save reported done.

Each trial starts a child that opens the journal and saves in a loop — a new entry each
time, and every third time a revision of the entry before — reporting each save after it
has returned. The parent kills it at a random moment after a random number of saves (0 to
7) have returned, then opens the journal: it must open, pass ``cipher_integrity_check``
and hold every save the child reported, each exactly as written. The one save in flight
at the kill may or may not be there, never half of it. The journal is the same across
trials, so each trial also opens what the earlier kills left behind.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.child_work import entry_text
from tests.faults.children import Child, seeded_rng

TRIALS = 32
MOST_SAVES = 8  # each kill comes after 0 to 7 saves have returned, inside the steps after


def time_one_step(folder: Path) -> float:
    """How long one step (a save, or a revision) takes in a child: the mean of 30."""
    with Child(child_work.saving, folder, PASSPHRASE, "timing") as child:
        child.open()
        asked = child.send()
        for _ in range(30):
            child.message()
        return (time.perf_counter() - asked) / 30


def test_every_save_reported_done_survives_a_kill_at_any_moment(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    step = time_one_step(journal_folder)
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        on_disk = {e.title: e.text for e in journal.iter_entries()}  # title → exact text
    rng = seeded_rng("saving")
    outcomes: Counter[str] = Counter()

    for trial in range(TRIALS):
        child = Child(child_work.saving, journal_folder, PASSPHRASE, trial)
        child.open()
        child.send()
        # Counting saves, not seconds, keeps the kills among the saves however busy the
        # machine is; then a random moment within the next step or two.
        steps: list[tuple[str, int, str]] = []
        wanted = rng.randrange(MOST_SAVES)
        while sum(s[0] == "saved" for s in steps) < wanted:
            steps.append(child.message())
        time.sleep(rng.random() * 2 * step)
        steps += child.kill()
        saved = [title for kind, _, title in steps if kind == "saved"]
        revised = {title for kind, _, title in steps if kind == "revised"}

        with Journal.unlock(journal_folder, PASSPHRASE) as journal:
            assert journal.check_integrity() == [], (trial,)
            found = {e.title: e.text for e in journal.iter_entries()}
        for title, text in on_disk.items():  # what earlier trials left stays exactly
            assert found.get(title) == text, (trial, title)
        for title in saved:  # every save reported done is there, whole
            assert title in found, (trial, title)
            allowed = [entry_text(title, revised=True)]
            if title not in revised:  # an unreported revision may be in or not; never half
                allowed.append(entry_text(title, revised=False))
            assert found[title] in allowed, (trial, title)
        in_flight = set(found) - set(on_disk) - set(saved)
        assert in_flight <= {f"trial {trial} entry {len(saved)}"}, (trial, in_flight)
        for title in in_flight:  # the save the kill interrupted: all of it, or nothing
            assert found[title] == entry_text(title, revised=False)
        on_disk = found

        revising = bool(saved) and len(saved) % 3 == 0 and len(revised) < len(saved) // 3
        outcomes["killed before the first save returned"] += not saved
        outcomes["a revision in flight"] += revising
        outcomes["a new entry in flight, kept"] += bool(in_flight)
        outcomes["a new entry in flight, not there"] += (
            bool(saved) and not revising and not in_flight
        )
        outcomes["saves reported done"] += len(saved)
        outcomes["revisions reported done"] += len(revised)

    print(f"one step: {step * 1000:.1f} ms; {TRIALS} kills: {dict(outcomes)}")
    # Kills landed inside saves, not only between them (each kind is usually seen too).
    assert outcomes["a new entry in flight, kept"] + outcomes["a revision in flight"], outcomes
