"""Importing into a journal: the preview, one transaction, idempotency, Cancel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reflect.core import imports
from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.domain import HOPE, Changes, FormatSpan
from reflect.core.errors import InvalidInput
from reflect.core.importing import STARRED_TAG, ImportedEntry, ImportedMoment
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.core.progress import Cancelled, Progress
from reflect.core.storage import schema
from reflect.core.storage.connection import close_database, open_database
from tests.conftest import PASSPHRASE
from tests.helpers import found, snapshot

START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def entries(count: int, *, prefix: str = "test") -> list[ImportedEntry]:
    return [
        ImportedEntry(
            source_key=f"{prefix}:{number}",
            created=START + timedelta(days=number),
            title=f"Day {number}",
            text=f"Words of day {number}.",
            tags=("meeting",) if number % 2 else ("walk", "meeting"),
        )
        for number in range(count)
    ]


class CancelAfter(Progress):
    """A Progress whose person presses Cancel after ``steps`` steps."""

    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps

    def advance(self, steps: int = 1) -> None:
        if self.done + steps >= self.steps:
            self.cancel()
        super().advance(steps)


def test_an_import_stores_everything_an_entry_can_hold(journal: Journal) -> None:
    text = "I called my sponsor and it helped."
    rich = ImportedEntry(
        source_key="json:1",
        created=datetime(2026, 3, 14, 21, 30, tzinfo=UTC),
        title="  A   good day ",
        text=text,
        tags=("Sponsor",),
        mood=4,
        moments=(ImportedMoment(0, 20, "hope", "  remember  "),),
        formatting=(FormatSpan(2, 8, "bold"),),
        starred=True,
    )
    result = journal.import_entries([rich])
    assert (result.added, result.skipped, result.changes.tags) == (1, 0, True)
    (entry_id,) = result.changes.entries
    entry = journal.get_entry(entry_id)
    assert (entry.title, entry.text, entry.mood) == ("A good day", text, 4)
    assert entry.tags == ("Sponsor", STARRED_TAG)
    assert entry.formatting == (FormatSpan(2, 8, "bold"),)
    assert [(m.start, m.end, m.kind, m.note) for m in entry.moments] == [(0, 20, HOPE, "remember")]
    assert entry.created == rich.created
    assert found(journal, "sponsor") == [entry_id]
    assert found(journal, "remember") == [entry_id]  # moment notes are searched too
    assert journal.check_integrity() == []


def test_the_preview_counts_dates_tags_and_what_was_imported_before(journal: Journal) -> None:
    batch = entries(5)
    journal.import_entries(batch[:2])
    preview = journal.import_preview(batch)
    assert (preview.total, preview.new, preview.already_imported) == (5, 3, 2)
    assert (preview.first, preview.last) == (START, START + timedelta(days=4))
    assert preview.tags == (("meeting", 5), ("walk", 3))
    assert not preview.is_empty
    assert journal.entry_count() == 2  # a preview writes nothing


def test_the_preview_counts_tags_as_the_journal_keeps_them(journal: Journal) -> None:
    batch = [
        ImportedEntry(f"t:{number}", START, "", "words", tags=(tag,))
        for number, tag in enumerate(["Walk", "walk", "WALK", "sponsor"])
    ]
    assert journal.import_preview(batch).tags == (("Walk", 3), ("sponsor", 1))


def test_the_preview_of_nothing(journal: Journal) -> None:
    preview = journal.import_preview([])
    assert (preview.total, preview.first, preview.tags, preview.is_empty) == (0, None, (), True)


def test_importing_twice_adds_nothing_the_second_time(journal: Journal) -> None:
    assert journal.import_entries(entries(20)).added == 20
    before = journal.entry_ids()
    again = journal.import_entries(entries(20))
    assert (again.added, again.skipped, again.changes.entries) == (0, 20, frozenset())
    assert journal.entry_ids() == before
    assert again.summary == "Nothing new to import: all 20 entries were already in your journal."


def test_only_what_is_new_is_added(journal: Journal) -> None:
    journal.import_entries(entries(3))
    result = journal.import_entries(entries(5))
    assert (result.added, result.skipped) == (2, 3)
    assert result.summary == "Imported 2 entries (3 were already in your journal)."
    assert journal.entry_count() == 5


def test_an_entry_deleted_after_import_stays_deleted_when_imported_again(
    journal: Journal,
) -> None:
    first = journal.import_entries(entries(3))
    deleted = min(first.changes.entries)
    journal.delete_entry(deleted)
    again = journal.import_entries(entries(3))
    assert (again.added, again.skipped) == (0, 3)
    assert journal.entry_count() == 2
    assert journal.import_preview(entries(3)).already_imported == 3


def test_an_entry_repeated_in_one_file_is_added_once(journal: Journal) -> None:
    twice = [*entries(2), entries(2)[0]]
    assert journal.import_preview(twice).new == 2
    result = journal.import_entries(twice)
    assert (result.added, result.skipped) == (2, 1)


def test_an_entry_that_cant_be_stored_stops_the_import_before_anything_is_written(
    journal: Journal,
) -> None:
    batch = entries(10)
    batch[6] = ImportedEntry(
        "test:bad", START, "Bad", "short", moments=(ImportedMoment(0, 99, HOPE),)
    )
    folder_before = snapshot(journal.folder)
    with pytest.raises(InvalidInput, match=r"entry 7 \(dated 2025-01-01 09:00\).*Nothing was"):
        journal.import_entries(batch)
    with pytest.raises(InvalidInput, match="entry 7"):
        journal.import_preview(batch)
    assert journal.entry_count() == 0
    assert snapshot(journal.folder) == folder_before


def test_a_failure_in_the_middle_of_the_transaction_leaves_nothing(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.add_entry(title="Mine", text="written here")
    real_insert = imports._insert
    calls = []

    def failing_insert(connection: object, entry: imports.CheckedEntry) -> int:
        calls.append(entry)
        if len(calls) == 50:
            raise OSError("the disk went away")
        return real_insert(connection, entry)  # type: ignore[arg-type]

    monkeypatch.setattr(imports, "_insert", failing_insert)
    with pytest.raises(OSError, match="disk"):
        journal.import_entries(entries(100))
    monkeypatch.undo()
    assert journal.entry_count() == 1
    assert journal.tags() == []
    assert found(journal, "words") == []
    assert journal.import_entries(entries(100)).added == 100  # no key was kept either
    assert journal.check_integrity() == []


def test_cancel_rolls_everything_back(journal: Journal) -> None:
    progress = CancelAfter(30)
    with pytest.raises(Cancelled, match="Nothing was changed"):
        journal.import_entries(entries(100), progress)
    assert (progress.done, progress.total) == (30, 100)
    assert journal.entry_count() == 0
    assert journal.import_preview(entries(100)).new == 100


def test_progress_counts_the_entries_being_added(journal: Journal) -> None:
    journal.import_entries(entries(4))
    progress = Progress()
    journal.import_entries(entries(10), progress)
    assert (progress.done, progress.total, progress.fraction) == (6, 6, 1.0)
    assert progress.stage == "Importing your entries…"


def test_summaries_say_what_happened() -> None:
    def summary(added: int, skipped: int) -> str:
        return imports.ImportResult(added, skipped, Changes()).summary

    assert summary(1, 0) == "Imported 1 entry."
    assert summary(1200, 1) == "Imported 1,200 entries (1 was already in your journal)."
    assert summary(0, 1) == "Nothing new to import: the entry was already in your journal."
    assert summary(0, 0) == "There were no entries to import."


def test_a_version_3_journal_is_upgraded_and_can_import(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    journal_folder.mkdir(mode=0o700)
    data_key = bytes(range(32))
    connection = open_database(journal_folder / DATABASE_NAME, data_key, create=True)
    connection.execute("PRAGMA journal_mode = WAL")
    schema.migrate(connection, 0, to_version=3)
    close_database(connection)
    KeyFile.new(data_key, PASSPHRASE, fast_kdf).write(journal_folder / KEY_FILE_NAME)
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert journal.import_entries(entries(2)).added == 2
        assert journal.import_entries(entries(2)).added == 0
    connection = open_database(journal_folder / DATABASE_NAME, data_key)
    assert schema.user_version(connection) == schema.SCHEMA_VERSION >= 4
    close_database(connection)
