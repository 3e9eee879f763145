"""Migrations: a journal written by an older Reflect opens, upgraded, with everything kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.errors import EntryNotFound, InvalidInput
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.core.storage import schema
from reflect.core.storage.connection import close_database, open_database
from tests.conftest import PASSPHRASE
from tests.helpers import found


def make_version_1_journal(folder: Path, kdf: KdfParams) -> None:
    """A journal exactly as Reflect's first schema left it, with one entry and a moment."""
    folder.mkdir(mode=0o700)
    data_key = bytes(range(32))
    connection = open_database(folder / DATABASE_NAME, data_key, create=True)
    connection.execute("PRAGMA journal_mode = WAL")
    schema.migrate(connection, 0, to_version=1)
    connection.execute(
        "INSERT INTO entries (id, created_at, created_offset, updated_at, updated_offset, title,"
        " body) VALUES (1, 1700000000000000, 3600, 1700000000000000, 3600, 'Old', 'old words')"
    )
    connection.execute(
        "INSERT INTO entry_fts (rowid, title, body, tags, notes)"
        " VALUES (1, 'Old', 'old words', NULL, 'n')"
    )
    connection.execute(
        "INSERT INTO moments (entry_id, start, \"end\", kind, note) VALUES (1, 0, 3, 'hope', 'n')"
    )
    close_database(connection)
    KeyFile.new(data_key, PASSPHRASE, kdf).write(folder / KEY_FILE_NAME)


def test_a_version_1_journal_is_upgraded_and_keeps_everything(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    make_version_1_journal(journal_folder, fast_kdf)
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        (entry,) = journal.iter_entries()
        assert (entry.title, entry.text, entry.mood) == ("Old", "old words", None)
        assert [m.passage(entry.text) for m in entry.moments] == ["old"]
        assert found(journal, "words") == [1]
        assert journal.user_prompts() == []
        assert journal.check_integrity() == []
    connection = open_database(journal_folder / DATABASE_NAME, bytes(range(32)))
    assert schema.user_version(connection) == schema.SCHEMA_VERSION
    close_database(connection)


def test_the_optional_check_in(journal: Journal) -> None:
    entry_id = journal.add_entry(text="a day").created
    assert entry_id is not None
    assert journal.get_entry(entry_id).mood is None
    journal.set_mood(entry_id, 4)
    assert journal.get_entry(entry_id).mood == 4
    journal.set_mood(entry_id, None)  # skipping is always fine
    assert journal.get_entry(entry_id).mood is None
    for wrong in (0, 6, 2.5, True):
        with pytest.raises(InvalidInput, match="from 1 to 5"):
            journal.set_mood(entry_id, wrong)  # type: ignore[arg-type]
    with pytest.raises(EntryNotFound):
        journal.set_mood(entry_id + 1, 3)


def test_a_persons_own_prompts_are_kept_in_the_journal(journal: Journal) -> None:
    first = journal.add_prompt("hope", "  What made you laugh   this week? ").created
    journal.add_prompt("gratitude", "Who surprised you kindly?")
    assert [(p.theme, p.text) for p in journal.user_prompts()] == [
        ("hope", "What made you laugh this week?"),
        ("gratitude", "Who surprised you kindly?"),
    ]
    assert first is not None
    journal.remove_prompt(first)
    assert [p.text for p in journal.user_prompts()] == ["Who surprised you kindly?"]
    with pytest.raises(InvalidInput):
        journal.remove_prompt(first)
    with pytest.raises(InvalidInput, match="themes"):
        journal.add_prompt("not-a-theme", "Anything?")
    with pytest.raises(InvalidInput):
        journal.add_prompt("hope", "   ")


def test_the_check_in_can_be_given_when_adding_and_kept_or_changed_when_updating(
    journal: Journal,
) -> None:
    entry_id = journal.add_entry(text="a day", mood=2).created
    assert entry_id is not None
    journal.update_entry(entry_id, text="a better day")  # mood not mentioned: kept
    assert journal.get_entry(entry_id).mood == 2
    journal.update_entry(entry_id, mood=5)
    assert journal.get_entry(entry_id).mood == 5
    journal.update_entry(entry_id, mood=None)
    assert journal.get_entry(entry_id).mood is None
    with pytest.raises(InvalidInput):
        journal.add_entry(text="x", mood=9)
