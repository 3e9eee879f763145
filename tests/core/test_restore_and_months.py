"""Putting a deleted entry back (Undo Delete), and the months the entry list can show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, Changes, Entry, FormatSpan, Moment, MomentDraft
from reflect.core.errors import InvalidInput
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import found

NEW_YORK_WINTER = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))
SAVED_AT = datetime(2026, 3, 20, 7, 15, 30, 123456, tzinfo=TOKYO)


def zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.fixture
def travelling_journal(journal_folder: Path, fast_kdf: KdfParams) -> Iterator[Journal]:
    """A journal whose clock says it is in Tokyo: saves get a different offset than entries."""
    opened = Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf, clock=lambda: SAVED_AT)
    yield opened
    opened.lock()


def write_full_entry(journal: Journal) -> Entry:
    """An entry using everything an entry can hold, saved once after it was written."""
    text = "Day 3. I called Sam 😊 and we walked.\nIt was hard at the meeting.\nStill here."
    changes = journal.add_entry(
        title="Walking with Sam",
        text=text,
        created=datetime(2026, 3, 14, 21, 30, 5, 42, tzinfo=NEW_YORK_WINTER),
        tags=["Walks", "hope", "Family"],
        formatting=[FormatSpan(0, 6, "bold"), FormatSpan(37, 64, "quote")],
        mood=2,
        moments=[
            MomentDraft(None, 7, 36, HOPE, "the marmalade café"),
            MomentDraft(None, 37, 64, STRUGGLE),
            MomentDraft(None, 65, 76, "Family", "sister"),
        ],
    )
    assert changes.created is not None
    journal.update_entry(changes.created, title="Walking with Sam again")
    return journal.get_entry(changes.created)


def test_a_deleted_entry_comes_back_exactly_as_it_was(travelling_journal: Journal) -> None:
    journal = travelling_journal
    older = journal.add_entry(text="older", created=datetime(2026, 1, 1, tzinfo=UTC)).created
    entry = write_full_entry(journal)
    newer = journal.add_entry(text="newer", created=datetime(2026, 4, 1, tzinfo=UTC)).created
    assert entry.updated == SAVED_AT != entry.created  # both times are checked below
    ids_before, tags_before = journal.entry_ids(), journal.tags()

    journal.delete_entry(entry.id)
    assert found(journal, "marmalade") == []
    assert "Walks" not in journal.tags()
    changes = journal.restore_entry(entry)

    assert changes == Changes(entries=frozenset({entry.id}), tags=True, created=entry.id)
    back = journal.get_entry(entry.id)
    assert back == entry
    assert back.created.utcoffset() == timedelta(hours=-5)
    assert back.updated.utcoffset() == timedelta(hours=9)
    assert journal.entry_ids() == ids_before == [newer, entry.id, older]
    assert journal.tags() == tags_before
    for words in (["marmalade"], ["meeting"], ["walks"], ["sister"], ["again"]):
        assert found(journal, " ".join(words)) == [entry.id], words
    assert journal.check_integrity() == []


def test_a_restored_entry_can_be_changed_and_deleted_again(journal: Journal) -> None:
    entry = write_full_entry(journal)
    journal.delete_entry(entry.id)
    journal.restore_entry(entry)
    journal.update_entry(entry.id, text="Different words now.", moments=[])
    assert found(journal, "marmalade") == []
    assert found(journal, "different") == [entry.id]
    journal.delete_entry(entry.id)
    assert journal.entry_ids() == []
    assert journal.tags() == []
    assert journal.check_integrity() == []


def test_a_moment_id_taken_in_the_meantime_is_replaced_not_stolen(journal: Journal) -> None:
    other = journal.add_entry(text="Other words here").created
    entry = write_full_entry(journal)
    assert other is not None
    journal.delete_entry(entry.id)
    # The freed moment ids are the highest, so SQLite hands the first one out again.
    reused = journal.add_moment(other, 0, 5, HOPE, note="not yours").created
    assert reused == entry.moments[0].id

    journal.restore_entry(entry)

    back = journal.get_entry(entry.id)
    assert journal.get_entry(other).moments == (Moment(reused, other, 0, 5, HOPE, "not yours"),)
    assert back.moments[0].id != reused
    assert [m.id for m in back.moments[1:]] == [m.id for m in entry.moments[1:]]
    without_ids = [(m.start, m.end, m.kind, m.note, m.entry_id) for m in back.moments]
    assert without_ids == [(m.start, m.end, m.kind, m.note, m.entry_id) for m in entry.moments]
    assert back == Entry(**{**entry.__dict__, "moments": back.moments})
    assert found(journal, "marmalade") == [entry.id]
    assert found(journal, "yours") == [other]
    assert journal.check_integrity() == []


def test_an_entry_whose_id_was_given_out_again_comes_back_under_a_new_one(
    journal: Journal,
) -> None:
    entry = write_full_entry(journal)
    journal.delete_entry(entry.id)
    # Without AUTOINCREMENT, SQLite gives the next entry the highest id again.
    newer = journal.add_entry(text="A new page").created
    assert newer == entry.id
    changes = journal.restore_entry(entry)
    assert changes.created is not None and changes.created != newer
    back = journal.get_entry(changes.created)
    assert (back.title, back.text, back.tags, back.created) == (
        entry.title,
        entry.text,
        entry.tags,
        entry.created,
    )
    assert [m.passage(back.text) for m in back.moments] == [
        m.passage(entry.text) for m in entry.moments
    ]
    assert journal.get_entry(newer).text == "A new page"
    assert found(journal, "marmalade") == [changes.created]
    assert journal.check_integrity() == []


def test_an_entry_that_does_not_fit_its_own_text_is_refused(journal: Journal) -> None:
    entry = write_full_entry(journal)
    journal.delete_entry(entry.id)
    broken = Entry(**{**entry.__dict__, "moments": (Moment(99, entry.id, 0, 999, HOPE),)})
    with pytest.raises(InvalidInput):
        journal.restore_entry(broken)
    assert journal.entry_ids() == []
    assert journal.check_integrity() == []


# --- months ------------------------------------------------------------------------------


def add_at(journal: Journal, when: datetime) -> int:
    entry_id = journal.add_entry(text=f"written {when.isoformat()}", created=when).created
    assert entry_id is not None
    return entry_id


def test_an_entry_belongs_to_the_month_on_its_own_date(journal: Journal) -> None:
    # 23:30 on 31 January in New York is already February in UTC, and later still in Tokyo.
    late_january = add_at(journal, datetime(2024, 1, 31, 23, 30, tzinfo=NEW_YORK_WINTER))
    # 00:30 on 1 February in Tokyo is still 31 January in UTC.
    early_february = add_at(journal, datetime(2024, 2, 1, 0, 30, tzinfo=TOKYO))
    mid_february = add_at(journal, datetime(2024, 2, 14, 12, 0, tzinfo=UTC))
    # The widest offsets there are: the last moment of a month and the first of the next.
    leap_day_late = add_at(journal, datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=zone(-12)))
    march_first = add_at(journal, datetime(2024, 3, 1, 0, 0, tzinfo=zone(14)))
    new_years_eve = add_at(journal, datetime(2023, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))
    # Before 1970 times are negative: half a second before midnight is still December.
    sixties = add_at(journal, datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC))
    long_ago = add_at(journal, datetime(1000, 1, 1, 0, 0, tzinfo=zone(5.5)))

    assert journal.entry_months() == [
        (2024, 3, 1),
        (2024, 2, 3),
        (2024, 1, 1),
        (2023, 12, 1),
        (1969, 12, 1),
        (1000, 1, 1),
    ]
    # Newest first by the moment written: Tokyo's 00:30 came before New York's 23:30.
    assert journal.entry_ids((2024, 1)) == [late_january]
    assert journal.entry_ids((2024, 2)) == [leap_day_late, mid_february, early_february]
    assert journal.entry_ids((2024, 3)) == [march_first]
    assert journal.entry_ids((2023, 12)) == [new_years_eve]
    assert journal.entry_ids((1969, 12)) == [sixties]
    assert journal.entry_ids((1000, 1)) == [long_ago]
    assert journal.entry_ids((2024, 4)) == []
    assert journal.entry_ids((999, 12)) == []
    assert journal.entry_ids((9999, 12)) == []
    assert (
        journal.entry_ids()
        == journal.entry_ids(None)
        == [
            leap_day_late,
            march_first,
            mid_february,
            late_january,
            early_february,
            new_years_eve,
            sixties,
            long_ago,
        ]
    )


def test_months_follow_changes_to_entries(journal: Journal) -> None:
    assert journal.entry_months() == []
    first = add_at(journal, datetime(2025, 6, 30, 22, 0, tzinfo=zone(-7)))
    second = add_at(journal, datetime(2025, 6, 2, 8, 0, tzinfo=zone(2)))
    assert journal.entry_months() == [(2025, 6, 2)]
    journal.update_entry(first, created=datetime(2025, 7, 1, 0, 30, tzinfo=zone(-7)))
    assert journal.entry_months() == [(2025, 7, 1), (2025, 6, 1)]
    entry = journal.get_entry(second)
    journal.delete_entry(second)
    assert journal.entry_months() == [(2025, 7, 1)]
    journal.restore_entry(entry)
    assert journal.entry_ids((2025, 6)) == [second]


@pytest.mark.parametrize("month", [(2024, 0), (2024, 13), (2024, -1)])
def test_a_month_must_be_a_real_month(journal: Journal, month: tuple[int, int]) -> None:
    with pytest.raises(InvalidInput, match="month number from 1 to 12"):
        journal.entry_ids(month)


# Offsets a datetime can carry: anything under a day either way, to the minute.
offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
times = st.datetimes(
    min_value=datetime(1000, 1, 2), max_value=datetime(9998, 12, 30), timezones=offsets
)
near_month_edges = st.builds(
    lambda year, month, minutes, offset: (
        datetime(year, month, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    ).astimezone(offset),
    st.integers(1900, 2100),
    st.integers(1, 12),
    st.integers(-36 * 60, 36 * 60),
    offsets,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(created=st.lists(st.one_of(times, near_month_edges), min_size=1, max_size=6))
def test_months_and_their_entries_match_each_entrys_own_date(
    journal: Journal, created: list[datetime]
) -> None:
    for when in created:
        add_at(journal, when)
    entries = list(journal.iter_entries())  # examples share the journal; check all of it
    by_month = Counter((e.created.year, e.created.month) for e in entries)
    assert journal.entry_months() == sorted(
        ((year, month, count) for (year, month), count in by_month.items()), reverse=True
    )
    for year, month in {(when.year, when.month) for when in created}:
        assert journal.entry_ids((year, month)) == [
            e.id for e in entries if (e.created.year, e.created.month) == (year, month)
        ]
