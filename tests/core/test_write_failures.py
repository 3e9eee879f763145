"""When a write fails, the person hears the real reason, and nothing saved is lost.

A full disk, a busy journal or a failing write are never reported as "damaged": that word
sends people to restore an old backup over a journal that is fine.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import datetime
from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import InvalidInput, JournalBusy
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE


def test_a_file_size_limit_mid_save_is_a_disk_problem_and_loses_nothing(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    # RLIMIT_FSIZE stands in for a full disk, in a child process so pytest keeps writing.
    script = textwrap.dedent(
        f"""
        import resource, signal
        from pathlib import Path
        from reflect.core.crypto.kdf import KdfParams
        from reflect.core.errors import DiskError, DiskFull, JournalDamaged
        from reflect.core.journal import Journal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        folder = Path({str(journal_folder)!r})
        journal = Journal.create(folder, {PASSPHRASE!r}, kdf=KdfParams.fast_for_tests())
        journal.add_entry(title="kept", text="saved before the disk filled")
        size = (folder / "journal.db-wal").stat().st_size
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096, hard))
        try:
            journal.add_entry(text="x" * 2_000_000)
            print("no error")
        except (DiskError, DiskFull) as error:
            print("disk:", type(error).__name__)
        except JournalDamaged:
            print("wrongly called damaged")
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        journal.add_entry(title="after", text="space is back")
        print(sorted(s.title for s in journal.list_entries()))
        journal.lock()
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[0].startswith("disk:"), completed.stdout
    assert lines[1] == "['after', 'kept']"
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert journal.check_integrity() == []


def test_a_journal_busy_in_another_program_says_so(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    holding, release = threading.Event(), threading.Event()

    def hold_a_write() -> None:
        # Another program's long write (a connection belongs to the thread that opened it).
        with Journal.unlock(journal_folder, PASSPHRASE) as other, other._write():
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=hold_a_write)
    thread.start()
    assert holding.wait(10)
    second = Journal.unlock(journal_folder, PASSPHRASE)
    try:
        with pytest.raises(JournalBusy, match="busy"):
            second.add_entry(text="waits, then gives up")
    finally:
        release.set()
        thread.join()
    second.add_entry(text="works once the other is done")
    assert second.entry_count() == 1
    second.lock()


@pytest.mark.parametrize("year", [1, 999, 9999])
def test_dates_reflect_cannot_keep_are_refused(journal: Journal, year: int) -> None:
    with pytest.raises(InvalidInput, match="between the years"):
        journal.add_entry(text="x", created=datetime(year, 6, 1))
    entry_id = journal.add_entry(text="x").created
    assert entry_id is not None
    with pytest.raises(InvalidInput):
        journal.update_entry(entry_id, created=datetime(year, 6, 1))
    assert journal.get_entry(entry_id).created.year > 2000
