"""Backups and restores: a whole journal out to one encrypted file and back, identical.

Real SQLCipher and real key files throughout; damaged backups are made by changing real
backup files, never by mocking the storage or the crypto.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import uuid
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core import prompts
from reflect.core.backup import (
    DATABASE_MEMBER,
    KEY_MEMBER,
    MANIFEST_MEMBER,
    BackupDamaged,
    BackupTooNew,
    NotABackup,
    read_manifest,
)
from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.domain import HOPE, STRUGGLE, FormatSpan, MomentDraft
from reflect.core.errors import (
    FolderNotEmpty,
    InvalidInput,
    JournalAlreadyExists,
    JournalError,
    JournalTooNew,
    WrongPassphrase,
)
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.core.progress import Cancelled, Progress
from reflect.core.restore import prepare_restore, restore_backup
from reflect.core.storage.connection import PAGE_SIZE, close_database, open_database
from tests.conftest import PASSPHRASE
from tests.core.test_schema import make_version_1_journal
from tests.helpers import files_containing, found, snapshot

TOKYO = timezone(timedelta(hours=9))
NEW_YORK = timezone(timedelta(hours=-5))


def distinctive() -> str:
    return f"bryophyte{uuid.uuid4().hex[:10]}"


def fill(journal: Journal, word: str = "") -> None:
    """Entries with everything a journal holds: titles, text in several scripts, tags,
    check-ins, formatting, moments of every kind with notes, the person's own prompts,
    time zones, and a deleted entry (free pages in the file)."""
    text = f"Today {word} was hard.\nThen I called Sam 🌱 and it got lighter.\nשלום ו-مرحبا"
    journal.add_entry(
        title=f"A turning point {word}",
        text=text,
        created=datetime(2024, 3, 14, 21, 30, tzinfo=TOKYO),
        tags=["family", f"tag{word}"],
        mood=2,
        formatting=[FormatSpan(0, 5, "bold"), FormatSpan(0, text.index("\n"), "heading2")],
        moments=[
            MomentDraft(None, 0, 19 + len(word), STRUGGLE, note=f"note {word}"),
            MomentDraft(None, text.index("Then"), text.index("\nשלום"), HOPE),
            MomentDraft(None, text.index("Sam"), text.index("Sam") + 3, "people who help"),
        ],
    )
    gone = journal.add_entry(text="This one is deleted.").created
    assert gone is not None
    journal.delete_entry(gone)
    for day in range(1, 6):
        text = f"One day at a time, day {day}.\nA list item"
        journal.add_entry(
            title=f"Day {day}",
            text=text,
            created=datetime(2025, 1, day, 8, tzinfo=NEW_YORK),
            formatting=[FormatSpan(text.index("A list"), len(text), "bullet")],
            mood=day,
        )
    journal.add_prompt("hope", f"What gave you hope {word}?")


def everything(journal: Journal) -> tuple[object, ...]:
    """All a journal holds, as values to compare."""
    return (
        list(journal.iter_entries()),
        journal.user_prompts(),
        journal.tags(),
        journal.moment_kinds(),
        journal.entry_months(),
    )


def test_backup_then_restore_gives_the_identical_journal(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    before = everything(journal)
    backup = journal.back_up(tmp_path / "journal.reflectbackup")
    restored = restore_backup(backup, tmp_path / "restored", PASSPHRASE)
    assert restored.folder == tmp_path / "restored" and restored.kept_aside is None
    with Journal.unlock(restored.folder, PASSPHRASE) as copy:
        assert everything(copy) == before
        assert copy.check_integrity() == []
        assert found(copy, "lighter") == found(journal, "lighter") != []
        assert found(copy, "note") == found(journal, "note") != []  # moment notes too


def test_a_backup_holds_what_is_still_in_the_write_ahead_log(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    wal = journal.folder / (DATABASE_NAME + "-wal")
    assert wal.stat().st_size > 0  # recent writes are in the log, not yet in journal.db
    before = everything(journal)
    backup = journal.back_up(tmp_path / "b.reflectbackup")
    restored = restore_backup(backup, tmp_path / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as copy:
        assert everything(copy) == before


def test_a_backup_is_a_snapshot_of_its_moment(journal: Journal, tmp_path: Path) -> None:
    journal.add_entry(text="before the backup")
    backup = journal.back_up(tmp_path / "b.reflectbackup")
    journal.add_entry(text="after the backup")
    restored = restore_backup(backup, tmp_path / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as copy:
        assert [e.text for e in copy.iter_entries()] == ["before the backup"]


def test_a_backup_stays_whole_when_another_connection_writes_during_it(
    journal: Journal, tmp_path: Path
) -> None:
    """SQLite restarts the copy when another connection commits, so the copy is of one
    moment; a journal over 4 MiB is copied in several steps, so the write lands between."""
    for number in range(12):
        journal.add_entry(text=f"entry {number} " + "words " * 100_000)
    other = Journal.unlock(journal.folder, PASSPHRASE)

    class WriteDuringCopy(Progress):
        def advance(self, steps: int = 1) -> None:
            if self.stage.startswith("Copying") and other.entry_count() == 12:
                other.add_entry(text="written by another connection mid-copy")
            super().advance(steps)

    try:
        backup = journal.back_up(tmp_path / "b.reflectbackup", WriteDuringCopy())
    finally:
        other.lock()
    restored = restore_backup(backup, tmp_path / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as copy:
        assert copy.check_integrity() == []
        assert everything(copy) == everything(journal)
        assert copy.entry_count() == 13


def test_a_backup_file_holds_no_plaintext(
    journal: Journal, tmp_path: Path, temp_folder: Path
) -> None:
    word = distinctive()
    fill(journal, word)
    out = tmp_path / "out"
    out.mkdir()
    journal.back_up(out / "b.reflectbackup")
    # Only words unique to this test: the temp folder also holds other tests' plain files.
    for needle in (word, f"tag{word}", f"note {word}"):
        assert files_containing(needle, out, temp_folder) == [], needle
    restored = restore_backup(out / "b.reflectbackup", tmp_path / "restored", PASSPHRASE)
    assert files_containing(word, restored.folder, out, temp_folder) == []


def test_a_backup_file_is_private_and_says_only_what_it_is(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    backup = journal.back_up(tmp_path / "b.reflectbackup")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.reflectbackup", "journal"]
    with zipfile.ZipFile(backup) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [MANIFEST_MEMBER, KEY_MEMBER, DATABASE_MEMBER]
        assert {i.compress_type for i in infos} == {zipfile.ZIP_STORED}
        raw_manifest = archive.read(MANIFEST_MEMBER)
        assert archive.read(KEY_MEMBER) == (journal.folder / "reflect.key").read_bytes()
    manifest = json.loads(raw_manifest)
    assert set(manifest) == {"format", "version", "created", "reflect_version", "schema_version"}
    assert str(tmp_path).encode() not in raw_manifest
    assert read_manifest(backup).schema_version == manifest["schema_version"]


def test_a_new_backup_replaces_an_old_one_but_never_another_file(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(text="first")
    target = journal.back_up(tmp_path / "b.reflectbackup")
    journal.add_entry(text="second")
    journal.back_up(target)
    with Journal.unlock(restore_backup(target, tmp_path / "r", PASSPHRASE).folder, PASSPHRASE) as r:
        assert r.entry_count() == 2
    precious = tmp_path / "letter.txt"
    precious.write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="isn't a Reflect backup"):
        journal.back_up(precious)
    assert precious.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(InvalidInput, match="is a folder"):
        journal.back_up(tmp_path)
    with pytest.raises(InvalidInput, match="doesn't exist"):
        journal.back_up(tmp_path / "no such folder" / "b.reflectbackup")


def test_cancelling_a_backup_leaves_nothing(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    out = tmp_path / "out"
    out.mkdir()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        journal.back_up(out / "b.reflectbackup", progress)
    assert list(out.iterdir()) == []


# --- restoring what can't be restored ------------------------------------------------------


@pytest.fixture
def backup_file(journal: Journal, tmp_path: Path) -> Path:
    fill(journal)
    out = tmp_path / "backups"
    out.mkdir()
    return journal.back_up(out / "b.reflectbackup")


def rewrite(backup: Path, target: Path, **members: bytes) -> Path:
    """A copy of ``backup`` with some members' bytes changed (a valid zip, CRCs right)."""
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, members.get(info.filename.replace(".", "_"), source.read(info)))
    return target


def test_a_wrong_passphrase_changes_nothing(backup_file: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())
    with pytest.raises(WrongPassphrase, match="didn't open this backup"):
        restore_backup(backup_file, tmp_path / "restored", "not the passphrase")
    assert sorted(tmp_path.iterdir()) == before


def damaged_backups(backup: Path, folder: Path) -> dict[str, tuple[Path, type[JournalError]]]:
    data = backup.read_bytes()
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read(MANIFEST_MEMBER))
        database = bytearray(archive.read(DATABASE_MEMBER))
        db_offset = archive.getinfo(DATABASE_MEMBER).header_offset + 30 + len(DATABASE_MEMBER)
    cases: dict[str, tuple[bytes | Path, type[JournalError]]] = {}
    cases["garbage"] = (os.urandom(5000), NotABackup)
    cases["empty"] = (b"", NotABackup)
    cases["a text file"] = (b"Dear diary\n" * 100, NotABackup)
    cases["cut in half"] = (data[: len(data) // 2], BackupDamaged)
    cases["cut before its end"] = (data[:-10], BackupDamaged)
    flipped = bytearray(data)
    flipped[db_offset + 3 * PAGE_SIZE + 100] ^= 0xFF
    cases["a changed byte (zip CRC)"] = (bytes(flipped), BackupDamaged)
    database[3 * PAGE_SIZE + 100] ^= 0xFF  # CRC recomputed: only the page HMAC can tell
    cases["a changed page"] = (
        rewrite(backup, folder / "page", journal_db=bytes(database)),
        BackupDamaged,
    )
    cases["a cut database"] = (
        rewrite(backup, folder / "cut", journal_db=bytes(database[: 2 * PAGE_SIZE])),
        BackupDamaged,
    )
    cases["an unreadable key file"] = (
        rewrite(backup, folder / "key", reflect_key=b"{}"),
        BackupDamaged,
    )
    with Journal.create(folder / "other", PASSPHRASE, kdf=KdfParams.fast_for_tests()):
        other_key = (folder / "other" / "reflect.key").read_bytes()  # same passphrase
    cases["the key file of another journal"] = (
        rewrite(backup, folder / "other-key", reflect_key=other_key),
        BackupDamaged,
    )
    newer = json.dumps({**manifest, "version": 2}).encode()
    cases["a newer backup format"] = (
        rewrite(backup, folder / "v2", manifest_json=newer),
        BackupTooNew,
    )
    schema = json.dumps({**manifest, "schema_version": 999}).encode()
    cases["a newer journal"] = (rewrite(backup, folder / "s", manifest_json=schema), JournalTooNew)
    cases["a manifest that isn't one"] = (
        rewrite(backup, folder / "m", manifest_json=b"not json"),
        BackupDamaged,
    )
    files = {}
    for name, (content, error) in cases.items():
        path = folder / f"{name}.reflectbackup"
        if isinstance(content, Path):
            content.rename(path)
        else:
            path.write_bytes(content)
        files[name] = (path, error)
    return files


def test_damaged_or_foreign_files_are_refused_clearly_and_change_nothing(
    backup_file: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    target = tmp_path / "restored"
    for name, (file, error) in damaged_backups(backup_file, bad).items():
        before = sorted(tmp_path.iterdir())
        with pytest.raises(error) as raised:
            restore_backup(file, target, PASSPHRASE)
        message = str(raised.value)
        assert "\n" not in message and message.endswith("."), (name, message)
        assert "changed" in message or "untouched" in message, (name, message)
        assert sorted(tmp_path.iterdir()) == before, name  # no target, no hidden leftovers


def test_restore_into_a_folder_holding_a_journal_or_files_is_refused(
    backup_file: Path, journal: Journal, tmp_path: Path
) -> None:
    with pytest.raises(JournalAlreadyExists):
        restore_backup(backup_file, journal.folder, PASSPHRASE)
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"meow")
    with pytest.raises(FolderNotEmpty):
        restore_backup(backup_file, other, PASSPHRASE)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert restore_backup(backup_file, empty, PASSPHRASE).folder == empty


def test_a_missing_backup_file_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="There's no file"):
        restore_backup(tmp_path / "nothing.reflectbackup", tmp_path / "r", PASSPHRASE)


def test_a_backup_from_an_older_reflect_is_restored_and_brought_up_to_date(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    """Made by hand the way a Reflect with the first schema would have made it."""
    make_version_1_journal(tmp_path / "old", fast_kdf)
    manifest = {
        "format": "reflect-backup",
        "version": 1,
        "created": "2025-01-01T12:00:00+00:00",
        "reflect_version": "0.0.1",
        "schema_version": 1,
    }
    old_backup = tmp_path / "old.reflectbackup"
    with zipfile.ZipFile(old_backup, "w") as archive:
        archive.writestr(MANIFEST_MEMBER, json.dumps(manifest))
        archive.write(tmp_path / "old" / "reflect.key", KEY_MEMBER)
        archive.write(tmp_path / "old" / DATABASE_NAME, DATABASE_MEMBER)
    restored = restore_backup(old_backup, tmp_path / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as journal:
        assert [(e.title, e.text) for e in journal.iter_entries()] == [("Old", "old words")]
        assert journal.check_integrity() == []


# --- restoring over the journal -------------------------------------------------------------


def test_restoring_over_a_journal_keeps_the_old_one_aside(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    before = everything(journal)
    backup = journal.back_up(tmp_path / "b.reflectbackup")
    journal.add_entry(text="written after the backup")
    count = journal.entry_count()
    journal.lock()
    moment = datetime(2026, 11, 23, 21, 45, 7)
    restored = restore_backup(
        backup, journal.folder, PASSPHRASE, replace=True, clock=lambda: moment
    )
    assert restored.kept_aside == journal.folder.with_name(
        "journal.before-restore-2026-11-23-214507"
    )
    with Journal.unlock(journal.folder, PASSPHRASE) as copy:
        assert everything(copy) == before
    with Journal.unlock(restored.kept_aside, PASSPHRASE) as old:
        assert old.entry_count() == count  # nothing written was lost
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "b.reflectbackup",
        "journal",
        "journal.before-restore-2026-11-23-214507",
    ]


def test_a_backup_that_fails_its_checks_never_replaces_the_journal(
    backup_file: Path, journal: Journal, tmp_path: Path
) -> None:
    journal.lock()
    bad = tmp_path / "bad"
    bad.mkdir()
    untouched = snapshot(journal.folder)
    for name, (file, error) in damaged_backups(backup_file, bad).items():
        with pytest.raises(error):
            restore_backup(file, journal.folder, PASSPHRASE, replace=True)
        assert snapshot(journal.folder) == untouched, name
    with pytest.raises(WrongPassphrase):
        restore_backup(backup_file, journal.folder, "wrong", replace=True)
    assert snapshot(journal.folder) == untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "bad", "journal"]


def test_cancelling_a_restore_leaves_nothing(backup_file: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())

    class CancelWhileUnpacking(Progress):
        def advance(self, steps: int = 1) -> None:
            self.cancel()
            super().advance(steps)

    with pytest.raises(Cancelled):
        restore_backup(backup_file, tmp_path / "r", PASSPHRASE, CancelWhileUnpacking())
    assert sorted(tmp_path.iterdir()) == before


def test_a_prepared_restore_can_be_thrown_away(backup_file: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())
    prepared = prepare_restore(backup_file, tmp_path / "r", PASSPHRASE)
    assert sorted(tmp_path.iterdir()) != before  # the checked copy waits, hidden
    prepared.discard()
    assert sorted(tmp_path.iterdir()) == before


# --- any journal -----------------------------------------------------------------------------

PARAGRAPH = st.text(st.characters(codec="utf-8", exclude_characters="\n"))


@st.composite
def journal_contents(draw: st.DrawFn) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for _ in range(draw(st.integers(1, 4))):
        text = "\n".join(draw(st.lists(PARAGRAPH, min_size=1, max_size=3)))
        moments, formatting = [], []
        if text:
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            kind = draw(st.sampled_from([HOPE, STRUGGLE, "courage"]))
            moments.append(MomentDraft(None, start, end, kind, draw(st.text(max_size=20))))
            formatting.append(FormatSpan(start, end, draw(st.sampled_from(["bold", "italic"]))))
        entries.append(
            {
                "title": draw(st.text(max_size=30)),
                "text": text,
                "tags": draw(st.lists(st.from_regex(r"[a-zé]{1,8}", fullmatch=True), max_size=3)),
                "mood": draw(st.none() | st.integers(1, 5)),
                "moments": moments,
                "formatting": formatting,
            }
        )
    return entries


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=journal_contents())
def test_any_journal_comes_back_identical(contents: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        with Journal.create(base / "j", PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
            for entry in contents:
                journal.add_entry(**entry)  # type: ignore[arg-type]
            before = everything(journal)
            backup = journal.back_up(base / "b.reflectbackup")
        restored = restore_backup(backup, base / "r", PASSPHRASE).folder
        with Journal.unlock(restored, PASSPHRASE) as copy:
            assert everything(copy) == before


def every_row(folder: Path, passphrase: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table in the journal's database, by table, in a fixed order."""
    key = KeyFile.read(folder / KEY_FILE_NAME).unwrap(passphrase)
    connection = open_database(folder / DATABASE_NAME, key)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(
                connection.execute(f'SELECT * FROM "{table}"').fetchall(),  # noqa: S608
                key=repr,
            )
            for table in tables
        }
    finally:
        close_database(connection)


def test_a_restored_journal_holds_every_row_of_every_table(
    journal: Journal, tmp_path: Path
) -> None:
    # Whatever the journal comes to hold (shares, people, history…) lives in its database,
    # and the backup is the whole database: compared table by table, not feature by feature.
    fill(journal, distinctive())
    journal.add_prompt(sorted(prompts.theme_keys())[0], "What went right today?")
    backup = journal.back_up(tmp_path / "all.reflectbackup")
    before = every_row(journal.folder, PASSPHRASE)
    restored = restore_backup(backup, tmp_path / "restored", PASSPHRASE)
    after = every_row(restored.folder, PASSPHRASE)
    assert after == before
    assert {"entries", "moments", "tags", "entry_tags", "user_prompts"} <= before.keys()
