"""Automatic backups: one a day, beside the journal, only the newest few kept."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from reflect.core.automatic_backups import (
    DEFAULT_KEEP,
    automatic_backup_folder,
    automatic_backups,
    backup_name,
)
from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.paths import default_journal_folder
from reflect.core.restore import restore_backup
from tests.conftest import PASSPHRASE

DAY = date(2026, 11, 23)


def test_they_live_beside_the_journal_in_a_folder_of_its_own(tmp_path: Path) -> None:
    default = default_journal_folder()
    assert automatic_backup_folder(default) == default.parent / "backups" / "journal"
    assert automatic_backup_folder(tmp_path / "diary") == tmp_path / "backups" / "diary"


def test_the_first_unlock_of_a_day_makes_one_and_later_ones_none(journal: Journal) -> None:
    made = journal.back_up_automatically(today=DAY)
    folder = automatic_backup_folder(journal.folder)
    assert made == folder / "reflect-2026-11-23.reflectbackup"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    journal.add_entry(text="more words, later that day")
    assert journal.back_up_automatically(today=DAY) is None
    assert [path for _, path in automatic_backups(folder)] == [made]
    restored = restore_backup(made, journal.folder.parent / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as copy:
        assert copy.entry_count() == 0  # the morning's backup, untouched by the afternoon


def test_only_the_newest_are_kept(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "kept"
    for offset in range(10):
        journal.back_up_automatically(folder, today=DAY + timedelta(days=offset))
    days = [day for day, _ in automatic_backups(folder)]
    assert days == [DAY + timedelta(days=offset) for offset in range(9, 2, -1)]
    assert len(days) == DEFAULT_KEEP
    journal.back_up_automatically(folder, keep=2, today=DAY + timedelta(days=10))
    assert [day for day, _ in automatic_backups(folder)] == [
        DAY + timedelta(days=10),
        DAY + timedelta(days=9),
    ]


def test_other_files_in_the_folder_are_never_touched(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "kept"
    folder.mkdir()
    others = [
        "notes.txt",
        "reflect-2020-01-01.reflectbackup.txt",
        "reflect-2020-02-31.reflectbackup",
    ]
    for name in others:
        (folder / name).write_text("mine", encoding="utf-8")
    (folder / backup_name(date(2020, 1, 1))).mkdir()  # a folder named like one: not a backup
    for offset in range(3):
        journal.back_up_automatically(folder, keep=1, today=DAY + timedelta(days=offset))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*others, backup_name(date(2020, 1, 1)), backup_name(DAY + timedelta(days=2))]
    )


def test_a_backup_dated_in_the_future_does_not_stop_todays(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "kept"
    journal.back_up_automatically(folder, today=date(2030, 1, 1))  # the clock was wrong once
    assert journal.back_up_automatically(folder, today=DAY) is not None
    assert [day for day, _ in automatic_backups(folder)] == [date(2030, 1, 1), DAY]


def test_the_day_comes_from_the_journals_clock(tmp_path: Path, fast_kdf: KdfParams) -> None:
    evening = datetime(2026, 11, 23, 23, 59, tzinfo=timezone(timedelta(hours=-8)))
    with Journal.create(tmp_path / "j", PASSPHRASE, kdf=fast_kdf, clock=lambda: evening) as j:
        made = j.back_up_automatically()
    assert made is not None and made.name == "reflect-2026-11-23.reflectbackup"
