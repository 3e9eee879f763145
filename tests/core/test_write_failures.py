"""When a write fails, the person hears the real reason, and nothing saved is lost.

A full disk, a busy journal or a failing write are never reported as "damaged": that word
sends people to restore an old backup over a journal that is fine. (A full disk, both a
file size limit and a really full file system, is in tests/faults/test_full_disk.py.)
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import InvalidInput, JournalBusy
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE


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
