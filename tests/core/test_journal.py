"""The journal facade against a real SQLCipher database: entries, tags, moments, search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, Changes, FormatSpan, MomentDraft
from reflect.core.errors import (
    EntryNotFound,
    FolderNotEmpty,
    InvalidInput,
    JournalAlreadyExists,
    JournalIsLocked,
)
from reflect.core.instance_lock import LOCK_FILE_NAME
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from tests.conftest import PASSPHRASE
from tests.helpers import found


def test_a_new_journal_is_a_private_folder_with_a_database_and_a_key_file(
    journal: Journal, journal_folder: Path
) -> None:
    assert sorted(
        p.name for p in journal_folder.iterdir() if not p.name.endswith(("-wal", "-shm"))
    ) == [
        DATABASE_NAME,
        KEY_FILE_NAME,
        LOCK_FILE_NAME,  # while it is open (tests/faults/test_second_instance.py)
    ]
    assert journal_folder.stat().st_mode & 0o777 == 0o700
    for path in journal_folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name
    assert journal.list_entries() == []


def test_an_entry_comes_back_exactly_as_it_was_written(journal: Journal) -> None:
    when = datetime(2026, 3, 14, 21, 30, tzinfo=timezone(timedelta(hours=-5)))
    text = "Day 1 again.\n\nI called Sam 😊 and we walked — café after.\u00a0Felt lighter.\n"
    changes = journal.add_entry(
        title="  A new   start ", text=text, created=when, tags=["Walk", "hope", "walk"]
    )
    assert changes.created is not None
    entry = journal.get_entry(changes.created)
    assert entry.text == text
    assert entry.title == "A new start"
    assert entry.created == when
    assert entry.created.utcoffset() == timedelta(hours=-5)
    assert entry.tags == ("Walk", "hope")
    assert changes == Changes(entries=frozenset({entry.id}), tags=True, created=entry.id)


def test_entries_are_listed_newest_first_with_their_counts(journal: Journal) -> None:
    base = datetime(2025, 1, 1, tzinfo=UTC)
    ids = [
        journal.add_entry(text=f"entry {i}", created=base + timedelta(days=i)).created
        for i in range(3)
    ]
    assert ids[1] is not None
    journal.add_moment(ids[1], 0, 5, HOPE)
    journal.add_moment(ids[1], 0, 5, STRUGGLE)
    journal.add_moment(ids[1], 6, 7, "Family")
    summaries = journal.list_entries()
    assert [s.id for s in summaries] == list(reversed(ids))
    assert (summaries[1].hope_count, summaries[1].struggle_count) == (1, 1)
    assert summaries[1].preview == "entry 1"
    assert [e.id for e in journal.iter_entries()] == list(reversed(ids))


def test_iterating_a_long_journal_reads_in_batches_without_losing_any(journal: Journal) -> None:
    same_time = datetime(2025, 5, 5, tzinfo=UTC)  # equal times: the id breaks the tie
    for i in range(1203):
        journal.add_entry(text=f"n{i}", created=same_time)
    seen = [e.id for e in journal.iter_entries()]
    assert len(seen) == len(set(seen)) == 1203 == journal.entry_count()
    assert seen == sorted(seen, reverse=True)


def test_a_naive_date_means_local_time(journal: Journal) -> None:
    naive = datetime(2026, 2, 1, 8, 0)
    entry_id = journal.add_entry(text="x", created=naive).created
    assert entry_id is not None
    assert journal.get_entry(entry_id).created == naive.astimezone()


def test_updating_changes_only_what_is_given(journal: Journal) -> None:
    entry_id = journal.add_entry(title="t", text="first words", tags=["a"]).created
    assert entry_id is not None
    before = journal.get_entry(entry_id)
    changes = journal.update_entry(entry_id, text="second words")
    after = journal.get_entry(entry_id)
    assert (after.title, after.text, after.tags, after.created) == (
        "t",
        "second words",
        ("a",),
        before.created,
    )
    assert after.updated >= before.updated
    assert changes == Changes(entries=frozenset({entry_id}))
    journal.update_entry(entry_id, tags=[])
    assert journal.get_entry(entry_id).tags == ()
    assert journal.tags() == []


def test_deleting_an_entry_takes_its_moments_tags_and_index_rows_with_it(journal: Journal) -> None:
    keep = journal.add_entry(text="keep this", tags=["shared"]).created
    gone = journal.add_entry(text="forget marmalade", tags=["shared", "private"]).created
    assert keep is not None and gone is not None
    journal.add_moment(gone, 0, 6, HOPE, note="a note about quinces")
    changes = journal.delete_entry(gone)
    assert changes.deleted == frozenset({gone})
    assert found(journal, "marmalade") == []
    assert found(journal, "quinces") == []
    assert journal.tags() == ["shared"]
    assert journal.check_integrity() == []
    with pytest.raises(EntryNotFound):
        journal.get_entry(gone)
    with pytest.raises(EntryNotFound):
        journal.delete_entry(gone)


def test_the_search_index_follows_every_change(journal: Journal) -> None:
    entry_id = journal.add_entry(
        title="Morning", text="A café by the river", tags=["Walks"]
    ).created
    assert entry_id is not None
    assert found(journal, "cafe") == [entry_id]  # accents don't matter
    assert found(journal, "RIVER") == [entry_id]  # nor case
    assert found(journal, "walks") == [entry_id]  # tags are found
    journal.update_entry(entry_id, text="A bench in the park", title="Evening")
    assert found(journal, "river") == []
    assert found(journal, "morning") == []
    assert found(journal, "bench evening") == [entry_id]
    moment_id = journal.add_moment(entry_id, 2, 7, HOPE, note="sunlight").created
    assert found(journal, "sunlight") == [entry_id]
    assert moment_id is not None
    journal.remove_moment(moment_id)
    assert found(journal, "sunlight") == []
    assert found(journal, '" AND *') == []  # operators are only words
    assert journal.check_integrity() == []


def test_moments_are_kept_with_their_kind_and_note(journal: Journal) -> None:
    text = "I 😊 asked for help. It was hard."
    entry_id = journal.add_entry(text=text).created
    assert entry_id is not None
    journal.add_moment(entry_id, 4, 19, "Hope", note="  first time ")
    journal.add_moment(entry_id, 20, len(text), "struggle")
    journal.add_moment(entry_id, 4, 9, "  My   people ")
    moments = journal.get_entry(entry_id).moments
    assert [(m.kind, m.passage(text), m.note) for m in moments] == [
        (HOPE, "asked for help.", "first time"),
        ("My people", "asked", ""),
        (STRUGGLE, "It was hard.", ""),
    ]


def test_a_save_with_the_editors_moments_makes_them_the_entrys_moments(journal: Journal) -> None:
    text = "Hard morning. Then a walk with Sam helped."
    changes = journal.add_entry(
        text=text, moments=[MomentDraft(None, 0, 13, STRUGGLE), MomentDraft(None, 19, 42, "Hope")]
    )
    assert changes.created is not None
    struggle_id, hope_id = changes.moment_ids
    entry_id = changes.created

    new_text = "A hard morning. Then a walk with Sam helped a lot."
    changes = journal.update_entry(
        entry_id,
        text=new_text,
        moments=[
            MomentDraft(hope_id, 21, 50, HOPE, note=" outside "),  # moved, grown, noted
            MomentDraft(None, 33, 36, "people"),  # new
        ],  # the struggle moment was removed in the editor
    )
    people_id = changes.moment_ids[1]
    assert changes.moment_ids[0] == hope_id
    moments = journal.get_entry(entry_id).moments
    assert [(m.id, m.kind, m.passage(new_text), m.note) for m in moments] == [
        (hope_id, HOPE, "a walk with Sam helped a lot.", "outside"),
        (people_id, "people", "Sam", ""),
    ]
    # Undo in the editor brings back the removed moment: its old id is gone, so it is new.
    changes = journal.update_entry(
        entry_id,
        moments=[
            MomentDraft(hope_id, 21, 50, HOPE, "outside"),
            MomentDraft(struggle_id, 2, 14, STRUGGLE),
        ],
    )
    assert changes.moment_ids[0] == hope_id
    assert changes.moment_ids[1] not in (struggle_id, hope_id, people_id)
    assert [m.passage(new_text) for m in journal.get_entry(entry_id).moments] == [
        "hard morning",
        "a walk with Sam helped a lot.",
    ]
    assert journal.check_integrity() == []


def test_a_moment_from_another_entry_is_never_taken_over_by_a_save(journal: Journal) -> None:
    other = journal.add_entry(text="Other words", moments=[MomentDraft(None, 0, 5, HOPE)])
    entry_id = journal.add_entry(text="Mine").created
    assert other.created is not None and entry_id is not None
    changes = journal.update_entry(entry_id, moments=[MomentDraft(other.moment_ids[0], 0, 4, HOPE)])
    assert changes.moment_ids[0] != other.moment_ids[0]
    assert [m.passage("Other words") for m in journal.get_entry(other.created).moments] == ["Other"]


@pytest.mark.parametrize(
    "draft",
    [
        MomentDraft(None, 3, 3, HOPE),
        MomentDraft(None, 0, 2, "  "),
        MomentDraft(None, 0, 2, HOPE, "x" * 2001),
    ],
)
def test_a_save_with_a_bad_moment_changes_nothing(journal: Journal, draft: MomentDraft) -> None:
    entry_id = journal.add_entry(text="short text", moments=[MomentDraft(None, 0, 5, HOPE)]).created
    assert entry_id is not None
    with pytest.raises(InvalidInput):
        journal.update_entry(entry_id, text="short text, longer", moments=[draft])
    entry = journal.get_entry(entry_id)
    assert entry.text == "short text"
    assert [m.passage(entry.text) for m in entry.moments] == ["short"]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 3), (5, 2), (0, 99)])
def test_a_moment_must_cover_some_of_the_text(journal: Journal, start: int, end: int) -> None:
    entry_id = journal.add_entry(text="short text").created
    assert entry_id is not None
    with pytest.raises(InvalidInput, match="must cover some of the entry's text"):
        journal.add_moment(entry_id, start, end, HOPE)


def test_moments_and_formatting_move_with_their_words_when_the_text_changes(
    journal: Journal,
) -> None:
    text = "Morning was hard. Then I called Sam."
    entry_id = journal.add_entry(text=text, formatting=[FormatSpan(25, 36, "italic")]).created
    assert entry_id is not None
    journal.add_moment(entry_id, 0, 17, STRUGGLE)
    journal.add_moment(entry_id, 18, 36, HOPE)

    journal.update_entry(entry_id, text="Honestly, " + text)  # typed before both
    entry = journal.get_entry(entry_id)
    assert [m.passage(entry.text) for m in entry.moments] == [
        "Morning was hard.",
        "Then I called Sam.",
    ]
    assert entry.text[entry.formatting[0].start : entry.formatting[0].end] == "called Sam."

    journal.update_entry(entry_id, text=entry.text.replace("was hard", "was really hard"))
    entry = journal.get_entry(entry_id)
    assert [m.passage(entry.text) for m in entry.moments] == [
        "Morning was really hard.",  # typed inside: part of the moment
        "Then I called Sam.",
    ]

    journal.update_entry(entry_id, text="Then I called Sam.")  # the first moment's words gone
    entry = journal.get_entry(entry_id)
    assert [(m.kind, m.passage(entry.text)) for m in entry.moments] == [
        (HOPE, "Then I called Sam.")
    ]
    assert journal.check_integrity() == []


@pytest.mark.parametrize("tag", ["", "   ", "x" * 65, "bad\x07tag"])
def test_unusable_tags_are_refused(journal: Journal, tag: str) -> None:
    with pytest.raises(InvalidInput):
        journal.add_entry(text="x", tags=[tag])
    assert journal.entry_count() == 0


def test_formatting_is_stored_beside_the_text(journal: Journal) -> None:
    spans = (FormatSpan(0, 4, "bold"), FormatSpan(5, 9, "italic"))
    entry_id = journal.add_entry(text="bold text", formatting=spans).created
    assert entry_id is not None
    assert journal.get_entry(entry_id).formatting == spans
    with pytest.raises(InvalidInput):
        journal.update_entry(entry_id, formatting=[FormatSpan(0, 40, "bold")])


def test_a_locked_journal_refuses_every_call(journal: Journal) -> None:
    journal.lock()
    journal.lock()  # twice is fine
    assert journal.is_locked
    with pytest.raises(JournalIsLocked):
        journal.list_entries()
    with pytest.raises(JournalIsLocked):
        journal.add_entry(text="x")


def test_locking_empties_the_write_ahead_log(journal: Journal, journal_folder: Path) -> None:
    journal.add_entry(text="some words")
    journal.lock()
    wal = journal_folder / f"{DATABASE_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_what_was_saved_is_there_after_unlocking_again(
    journal: Journal, journal_folder: Path
) -> None:
    entry_id = journal.add_entry(title="kept", text="still here", tags=["t"]).created
    journal.lock()
    with Journal.unlock(journal_folder, PASSPHRASE) as again:
        assert entry_id is not None
        entry = again.get_entry(entry_id)
        assert (entry.title, entry.text, entry.tags) == ("kept", "still here", ("t",))


def test_a_journal_is_never_created_over_another(journal: Journal, journal_folder: Path) -> None:
    with pytest.raises(JournalAlreadyExists):
        Journal.create(journal_folder, "another passphrase")


def test_a_journal_is_not_created_among_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FolderNotEmpty):
        Journal.create(tmp_path, "passphrase")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_an_existing_empty_folder_can_hold_a_new_journal(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    Journal.create(folder, "passphrase", kdf=fast_kdf).lock()
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_NAME, KEY_FILE_NAME]
    assert [p.name for p in tmp_path.iterdir()] == ["empty"]  # no staging folder left behind


def test_an_empty_passphrase_is_refused(journal_folder: Path) -> None:
    with pytest.raises(InvalidInput):
        Journal.create(journal_folder, "")
    assert not journal_folder.exists()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(), title=st.text(max_size=40))
def test_any_text_round_trips_exactly(journal: Journal, text: str, title: str) -> None:
    entry_id = journal.add_entry(title=title, text=text).created
    assert entry_id is not None
    assert journal.get_entry(entry_id).text == text
    journal.update_entry(entry_id, text=text + "\n" + text)
    assert journal.get_entry(entry_id).text == text + "\n" + text


def test_a_save_with_edits_in_two_places_keeps_the_moment_between_them(journal: Journal) -> None:
    text = "I was hopefull. Then it got hard. Later I called."
    entry_id = journal.add_entry(text=text, formatting=[FormatSpan(16, 33, "bold")]).created
    assert entry_id is not None
    journal.add_moment(entry_id, 0, 15, HOPE)
    journal.add_moment(entry_id, 16, 33, STRUGGLE, note="the hard part")
    journal.update_entry(entry_id, text="I was hopeful. Then it got hard. Later I called Sam.")
    entry = journal.get_entry(entry_id)
    assert [(m.kind, m.passage(entry.text), m.note) for m in entry.moments] == [
        (HOPE, "I was hopeful.", ""),
        (STRUGGLE, "Then it got hard.", "the hard part"),
    ]
    span = entry.formatting[0]
    assert entry.text[span.start : span.end] == "Then it got hard."
