"""Every way a journal can fail to open gets its own clear error, and nothing is changed.

Never a traceback, never a new empty journal in place of a damaged one.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.errors import (
    DatabaseMissing,
    JournalDamaged,
    JournalError,
    JournalNotFound,
    JournalTooNew,
    KeyFileDamaged,
    KeyFileMissing,
    WrongPassphrase,
)
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.core.storage.connection import PAGE_SIZE, close_database, open_database
from tests.conftest import PASSPHRASE
from tests.helpers import snapshot


@pytest.fixture
def closed_journal(journal_folder: Path, fast_kdf: KdfParams) -> Path:
    """A locked journal with a few hundred entries, so its file has many pages."""
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for i in range(300):
            journal.add_entry(title=f"Day {i}", text=f"Entry number {i}. " * 40, tags=["daily"])
    return journal_folder


def unlock_fails_leaving_folder_as_it_was(folder: Path, error: type[JournalError]) -> JournalError:
    before = snapshot(folder) if folder.exists() else None
    with pytest.raises(error) as raised:
        Journal.unlock(folder, PASSPHRASE)
    after = snapshot(folder) if folder.exists() else None
    assert before == after, "the journal folder was changed"
    message = str(raised.value)
    assert message and "Traceback" not in message and "\n" not in message
    return raised.value


def test_a_wrong_passphrase_is_told_apart_and_changes_nothing(closed_journal: Path) -> None:
    before = snapshot(closed_journal)
    with pytest.raises(WrongPassphrase, match="That passphrase didn't open this journal"):
        Journal.unlock(closed_journal, "not the passphrase")
    assert snapshot(closed_journal) == before


def test_a_missing_folder_is_not_found(tmp_path: Path) -> None:
    unlock_fails_leaving_folder_as_it_was(tmp_path / "nowhere", JournalNotFound)
    assert not (tmp_path / "nowhere").exists()


def test_an_empty_folder_is_not_a_journal(tmp_path: Path) -> None:
    unlock_fails_leaving_folder_as_it_was(tmp_path, JournalNotFound)


def test_a_missing_database_is_reported_and_not_recreated(closed_journal: Path) -> None:
    (closed_journal / DATABASE_NAME).unlink()
    unlock_fails_leaving_folder_as_it_was(closed_journal, DatabaseMissing)
    assert not (closed_journal / DATABASE_NAME).exists()


def test_a_missing_key_file_is_reported(closed_journal: Path) -> None:
    (closed_journal / KEY_FILE_NAME).unlink()
    unlock_fails_leaving_folder_as_it_was(closed_journal, KeyFileMissing)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: b"\x00" * len(data),
        lambda data: data.replace(b'"wrapped_key": "', b'"wrapped_key": "AAAA', 1),
        lambda data: data.replace(b'"iterations": 1', b'"iterations": 2', 1),
        lambda data: bytes(b ^ 0x01 if i == len(data) // 3 else b for i, b in enumerate(data)),
    ],
    ids=["truncated", "empty", "zeroed", "longer-key", "edited-settings", "one-bit"],
)
def test_a_damaged_key_file_is_reported_as_damaged(closed_journal: Path, damage: object) -> None:
    path = closed_journal / KEY_FILE_NAME
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    unlock_fails_leaving_folder_as_it_was(closed_journal, KeyFileDamaged)


def test_edited_settings_with_a_fixed_up_checksum_still_do_not_open(closed_journal: Path) -> None:
    # Someone changes the cost settings and recomputes the checksum: GCM's associated data
    # still refuses, so the journal reads as locked to this passphrase, never as opened.
    rewrite_key_file(closed_journal, lambda doc: doc["slots"][0]["kdf"].update(iterations=2))
    unlock_fails_leaving_folder_as_it_was(closed_journal, WrongPassphrase)


@pytest.mark.parametrize(
    "cut",
    [0, PAGE_SIZE // 2, PAGE_SIZE * 3 + 100, None],
    ids=["empty", "half-page", "ragged", "half"],
)
def test_a_truncated_database_is_damaged(closed_journal: Path, cut: int | None) -> None:
    path = closed_journal / DATABASE_NAME
    size = path.stat().st_size
    os.truncate(path, size // 2 // PAGE_SIZE * PAGE_SIZE if cut is None else cut)
    unlock_fails_leaving_folder_as_it_was(closed_journal, JournalDamaged)


def test_damage_to_the_first_page_is_found_on_unlock(closed_journal: Path) -> None:
    path = closed_journal / DATABASE_NAME
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    error = unlock_fails_leaving_folder_as_it_was(closed_journal, JournalDamaged)
    assert "damaged" in str(error)


@pytest.mark.parametrize("seed", range(8))
def test_random_damage_is_found_and_reported_clearly(closed_journal: Path, seed: int) -> None:
    path = closed_journal / DATABASE_NAME
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    page = rng.randrange(1, len(data) // PAGE_SIZE)  # anywhere after the first page
    for _ in range(rng.randint(1, 16)):
        data[page * PAGE_SIZE + rng.randrange(PAGE_SIZE)] ^= rng.randint(1, 255)
    path.write_bytes(bytes(data))
    before = snapshot(closed_journal)
    with Journal.unlock(closed_journal, PASSPHRASE) as journal:
        assert journal.check_integrity(), "the damage went unnoticed"
        try:
            journal.list_entries()  # reading may meet the damaged page, or not
            message = "damaged"
        except JournalDamaged as error:
            message = str(error)
        assert "damaged" in message
    assert snapshot(closed_journal).keys() == before.keys()
    assert snapshot(closed_journal)[DATABASE_NAME] == before[DATABASE_NAME]


def test_a_journal_from_a_newer_version_is_refused_and_untouched(closed_journal: Path) -> None:
    data_key = KeyFile.read(closed_journal / KEY_FILE_NAME).unwrap(PASSPHRASE)
    connection = open_database(closed_journal / DATABASE_NAME, data_key)
    connection.execute("PRAGMA user_version = 99")
    connection.execute("PRAGMA journal_mode = DELETE")  # so switching it back would show
    close_database(connection)
    error = unlock_fails_leaving_folder_as_it_was(closed_journal, JournalTooNew)
    assert "newer version of Reflect" in str(error)


def test_a_key_file_from_another_journal_is_damage_not_a_new_journal(
    closed_journal: Path, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    other = tmp_path / "other"
    Journal.create(other, PASSPHRASE, kdf=fast_kdf).lock()
    (closed_journal / KEY_FILE_NAME).write_bytes((other / KEY_FILE_NAME).read_bytes())
    unlock_fails_leaving_folder_as_it_was(closed_journal, JournalDamaged)


def test_a_key_file_from_a_newer_version_is_refused_as_too_new(closed_journal: Path) -> None:
    rewrite_key_file(closed_journal, lambda document: document.update(version=2))
    unlock_fails_leaving_folder_as_it_was(closed_journal, JournalTooNew)


def test_a_key_file_with_too_many_keys_is_damaged(closed_journal: Path) -> None:
    rewrite_key_file(closed_journal, lambda doc: doc.update(slots=doc["slots"] * 9))
    unlock_fails_leaving_folder_as_it_was(closed_journal, KeyFileDamaged)


def rewrite_key_file(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the key file's JSON and give it a matching checksum, as a tool would."""
    path = folder / KEY_FILE_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["checksum"]
    change(document)
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
    document["checksum"] = hashlib.sha256(canonical).hexdigest()
    path.write_text(json.dumps(document), encoding="utf-8")
