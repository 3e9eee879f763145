"""Looking back: this day in earlier years (29 February too), and how far you've come."""

from __future__ import annotations

from datetime import UTC, date, datetime

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import Journal
from reflect.core.look_back import MomentWhen, same_days_in_earlier_years, then_and_now
from tests.marked_entries import NEW_YORK_WINTER, TOKYO, write


def at(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def test_this_day_is_the_same_month_and_day_of_every_earlier_year() -> None:
    assert same_days_in_earlier_years(date(2026, 11, 20), 2023) == [
        date(2025, 11, 20),
        date(2024, 11, 20),
        date(2023, 11, 20),
    ]
    assert same_days_in_earlier_years(date(2026, 11, 20), 2026) == []
    assert same_days_in_earlier_years(date(2026, 11, 20), 2030) == []


def test_29_february_is_remembered_on_the_28th_in_years_without_one() -> None:
    assert same_days_in_earlier_years(date(2025, 2, 28), 2023) == [
        date(2024, 2, 28),
        date(2024, 2, 29),
        date(2023, 2, 28),
    ]
    # In a leap year the 29th comes tomorrow, so the 28th is only the 28th.
    assert same_days_in_earlier_years(date(2028, 2, 28), 2024) == [
        date(2027, 2, 28),
        date(2026, 2, 28),
        date(2025, 2, 28),
        date(2024, 2, 28),
    ]
    assert same_days_in_earlier_years(date(2028, 2, 29), 2019) == [
        date(2024, 2, 29),
        date(2020, 2, 29),
    ]
    assert same_days_in_earlier_years(date(2025, 3, 1), 2024) == [date(2024, 3, 1)]


def test_on_this_day_gathers_earlier_years_by_the_entries_own_dates(journal: Journal) -> None:
    assert journal.on_this_day(date(2026, 11, 20)).is_empty
    last_year = write(journal, "A year ago.", at(2025, 11, 20), title="Last year")
    # 20 November at 23:30 in New York is the 21st in UTC: still the 20th for the writer.
    late_evening = write(journal, "Late.", datetime(2023, 11, 20, 23, 30, tzinfo=NEW_YORK_WINTER))
    morning = write(journal, "Morning.", at(2023, 11, 20, 8))
    # 21 November at 08:00 in Tokyo is the 20th in UTC: the 21st for the writer.
    write(journal, "Not today.", datetime(2024, 11, 21, 8, 0, tzinfo=TOKYO))
    write(journal, "Today itself.", at(2026, 11, 20))
    write(journal, "Another day.", at(2025, 11, 19))

    looked = journal.on_this_day(date(2026, 11, 20))
    assert looked.day == date(2026, 11, 20)
    assert [(year.year, year.years_ago) for year in looked.years] == [(2025, 1), (2023, 3)]
    assert [entry.id for entry in looked.years[0].entries] == [last_year]
    assert looked.years[0].entries[0].title == "Last year"
    assert [entry.id for entry in looked.years[1].entries] == [late_evening, morning]
    assert looked.years[1].entries[0].preview == "Late."


def test_a_leap_day_entry_comes_back_on_the_28th_and_on_later_leap_days(
    journal: Journal,
) -> None:
    leap_day = write(journal, "An extra day.", at(2024, 2, 29))
    the_28th = write(journal, "The 28th.", at(2024, 2, 28))
    nothing_on_the_first = journal.on_this_day(date(2025, 3, 1))
    assert nothing_on_the_first.is_empty
    in_2025 = journal.on_this_day(date(2025, 2, 28))
    assert [[e.id for e in year.entries] for year in in_2025.years] == [[leap_day, the_28th]]
    on_the_next_leap_day = journal.on_this_day(date(2028, 2, 29))
    assert [[e.id for e in year.entries] for year in on_the_next_leap_day.years] == [[leap_day]]
    assert on_the_next_leap_day.years[0].years_ago == 4


def test_how_far_is_empty_until_moments_are_marked(journal: Journal) -> None:
    assert journal.how_far().is_empty
    write(journal, "Nothing marked here.", at(2025, 1, 1))
    assert journal.how_far().is_empty


def test_how_far_sets_the_earliest_struggles_beside_the_latest_hopes(journal: Journal) -> None:
    write(journal, "Couldn't sleep. Felt alone.", at(2023, 1, 5), [("Couldn't sleep", STRUGGLE)])
    write(
        journal, "Shaky. Called Sam.", at(2023, 2, 1), [("Shaky", STRUGGLE), ("Called Sam", HOPE)]
    )
    write(journal, "Angry all day.", at(2024, 6, 1), [("Angry all day", STRUGGLE)])
    write(journal, "Later struggle.", at(2025, 6, 1), [("Later struggle", STRUGGLE)])
    write(journal, "Laughed with my sister.", at(2026, 3, 1), [("Laughed", HOPE)])
    write(
        journal, "A good walk. Slept well.", at(2026, 3, 9), [("good walk", HOPE), ("Slept", HOPE)]
    )

    far = journal.how_far()
    assert [row.passage for row in far.early_struggles] == [
        "Couldn't sleep",
        "Shaky",
        "Angry all day",
    ]
    # One moment per entry (the newest has two); "Called Sam" is no later than the struggles.
    assert [row.passage for row in far.recent_hopes] == ["good walk", "Laughed"]
    assert far.early_struggles[0].created == at(2023, 1, 5)
    assert far.early_struggles[0].after == ". Felt alone."
    assert [row.passage for row in journal.how_far(1).recent_hopes] == ["good walk"]


def test_how_far_with_only_hope_has_no_struggles_to_show(journal: Journal) -> None:
    write(journal, "A good day.", at(2026, 3, 1), [("good day", HOPE)])
    far = journal.how_far()
    assert far.early_struggles == ()
    assert [row.passage for row in far.recent_hopes] == ["good day"]
    assert not far.is_empty


def when(moment_id: int, entry_id: int, at: int) -> MomentWhen:
    return MomentWhen(moment_id, entry_id, at)


def test_early_and_late_take_turns_one_per_entry() -> None:
    struggles = [when(1, 10, 100), when(2, 10, 100), when(3, 11, 200), when(4, 12, 300)]
    hopes = [when(5, 20, 900), when(6, 20, 900), when(7, 21, 800), when(8, 22, 700)]
    assert then_and_now(struggles, hopes, 3) == ([1, 3, 4], [5, 7, 8])
    assert then_and_now(struggles, hopes, 1) == ([1], [5])
    assert then_and_now([], hopes, 2) == ([], [5, 7])
    assert then_and_now(struggles, [], 2) == ([1, 3], [])
    assert then_and_now([], [], 3) == ([], [])


def test_early_on_is_always_older_than_lately() -> None:
    struggles = [when(1, 10, 100), when(2, 11, 500), when(3, 12, 600)]
    hopes = [when(4, 13, 550), when(5, 14, 400), when(6, 15, 50)]
    # Turns: 100, then 550; 500 (older than 550), then 400 is not newer than 500; 600 is
    # not older than 550. Every struggle shown is older than every hope shown.
    assert then_and_now(struggles, hopes, 3) == ([1, 2], [4])
    # The only struggle came after the only hope: the hope is shown, on its own.
    assert then_and_now([when(1, 10, 900)], [when(2, 11, 100)], 3) == ([], [2])
    # Written at the very same time: neither is earlier, so only the first side is shown.
    assert then_and_now([when(1, 10, 500)], [when(2, 11, 500)], 3) == ([], [2])
