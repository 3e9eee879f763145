"""SIGKILL at a random moment of a backup leaves the journal whole and no half backup.

Trials alternate between "Back Up Now…" to a file of the person's choosing and the daily
automatic backup beside the journal (a new day each trial). The kill lands after a random
delay spread over twice the time one backup takes. Afterwards the journal opens,
passes ``cipher_integrity_check`` and holds what it held; the backup's name either doesn't
exist or is a complete backup, which is proved by restoring it (every page is checked)
and reading it back. Only hidden files can be left half written, and the next automatic
backup clears those from the folder Reflect owns.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from reflect.core.automatic_backups import automatic_backup_folder, backup_name
from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.restore import restore_backup
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.child_work import entry_text
from tests.faults.children import Child, kill_after, kill_delays, seeded_rng, typical_run

TRIALS = 40  # 20 of each kind
ENTRIES = 120
FIRST_DAY = date(2026, 1, 1)


def backing_up(folder: Path, to: Path | None, day: date) -> Child:
    return Child(child_work.backing_up, folder, PASSPHRASE, to, day)


def hidden_files(folder: Path) -> set[Path]:
    return {path for path in folder.iterdir() if path.name.startswith(".")}


def test_a_kill_at_any_moment_of_a_backup_leaves_no_half_backup(
    journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for number in range(ENTRIES):
            title = f"entry {number}"
            journal.add_entry(title=title, text=entry_text(title), tags=["kept"])
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    automatic = automatic_backup_folder(journal_folder)
    days = iter(range(1000))
    duration = typical_run(
        lambda: backing_up(journal_folder, None, FIRST_DAY - timedelta(days=next(days) + 1))
    )
    outcomes: Counter[str] = Counter()

    for trial, delay in enumerate(kill_delays(TRIALS, duration, seeded_rng("backing up"))):
        day = FIRST_DAY + timedelta(days=trial)
        target = chosen / f"trial {trial}.reflectbackup" if trial % 2 else None
        final = target or automatic / backup_name(day)
        kind = "chosen file" if target else "automatic"
        place = final.parent if final.parent.exists() else None
        hidden_before = hidden_files(place) if place else set()
        child = backing_up(journal_folder, target, day)
        child.open()
        reports = kill_after(child, delay)

        with Journal.unlock(journal_folder, PASSPHRASE) as journal:
            assert journal.check_integrity() == [], (trial, delay)
            assert journal.entry_count() == ENTRIES
        if reports == ["done"]:
            assert final.exists(), (trial, delay)
        if final.exists():
            restored = restore_backup(final, tmp_path / f"restored {trial}", PASSPHRASE).folder
            with Journal.unlock(restored, PASSPHRASE) as copy:
                assert copy.check_integrity() == []
                assert copy.entry_count() == ENTRIES
                assert copy.get_entry(1).text == entry_text("entry 0")
        left = hidden_files(final.parent) - hidden_before if final.parent.exists() else set()
        outcomes[f"{kind}: complete" if final.exists() else f"{kind}: not there"] += 1
        outcomes[f"{kind}: hidden half-written files left"] += len(left)

    print(f"one backup: {duration * 1000:.0f} ms; {TRIALS} kills: {dict(outcomes)}")
    for kind in ("chosen file", "automatic"):
        assert outcomes[f"{kind}: complete"] and outcomes[f"{kind}: not there"], outcomes

    # The next automatic backup (Reflect holds the journal, so no other is being written)
    # clears what killed ones left in the folder it owns.
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        journal.back_up_automatically(today=FIRST_DAY + timedelta(days=TRIALS))
    assert hidden_files(automatic) == set()
