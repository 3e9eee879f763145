"""Insights: counting by each entry's own date, by week or month, and the charts in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.errors import InvalidInput
from reflect.core.insights import (
    MONTH,
    WEEK,
    Chart,
    DayTotals,
    Period,
    bucket_starts,
    chart_text,
    gather,
    has_data,
)
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE

NEW_YORK = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))
LONDON = UTC
TODAY = datetime(2026, 3, 20, 12, 0, tzinfo=LONDON)
WINTER = Period(date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def journal(journal_folder: Path, fast_kdf: KdfParams) -> Iterator[Journal]:
    """A journal whose clock says it is 20 March 2026."""
    opened = Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf, clock=lambda: TODAY)
    yield opened
    opened.lock()


def write(
    journal: Journal,
    when: datetime,
    *kinds: str,
    mood: int | None = None,
    tags: tuple[str, ...] = (),
) -> None:
    """An entry at ``when`` with one moment of each of ``kinds``."""
    text = " ".join(f"word{i}" for i in range(max(len(kinds), 1)))
    moments = [MomentDraft(None, i * 6, i * 6 + 5, kind) for i, kind in enumerate(kinds)]
    journal.add_entry(text=text, created=when, moments=moments, mood=mood, tags=tags)


def at(year: int, month: int, day: int, hour: int = 12, zone: timezone = LONDON) -> datetime:
    return datetime(year, month, day, hour, tzinfo=zone)


# --- counting ---------------------------------------------------------------------------


def test_moments_are_counted_by_month_and_quiet_months_stay(journal: Journal) -> None:
    write(journal, at(2026, 1, 5), HOPE, HOPE, STRUGGLE)
    write(journal, at(2026, 1, 20), HOPE, "walks")  # a moment of the person's own kind
    write(journal, at(2026, 3, 2), STRUGGLE)

    insights = journal.insights(WINTER, MONTH)

    assert [(b.start, b.hope, b.struggle) for b in insights.buckets] == [
        (date(2026, 1, 1), 3, 1),
        (date(2026, 2, 1), 0, 0),
        (date(2026, 3, 1), 0, 1),
    ]
    assert (insights.hope, insights.struggle, insights.entries) == (3, 2, 3)


def test_weeks_run_monday_to_sunday_and_quiet_weeks_stay(journal: Journal) -> None:
    write(journal, at(2026, 1, 4), HOPE)  # a Sunday: the week of Monday 29 December
    write(journal, at(2026, 1, 5), STRUGGLE)  # the Monday after
    write(journal, at(2026, 1, 21), HOPE)

    insights = journal.insights(Period(date(2026, 1, 1), date(2026, 1, 31)), WEEK)

    assert [(b.start, b.hope, b.struggle) for b in insights.buckets] == [
        (date(2025, 12, 29), 1, 0),
        (date(2026, 1, 5), 0, 1),
        (date(2026, 1, 12), 0, 0),
        (date(2026, 1, 19), 1, 0),
        (date(2026, 1, 26), 0, 0),
    ]


def test_an_entry_counts_on_its_own_date_wherever_it_was_written(journal: Journal) -> None:
    # 23:30 on 31 January in New York is already 1 February in UTC; 00:30 on 1 March in
    # Tokyo is still 28 February there. Each counts on the date its writer saw.
    write(journal, datetime(2026, 1, 31, 23, 30, tzinfo=NEW_YORK), HOPE, mood=2)
    write(journal, datetime(2026, 3, 1, 0, 30, tzinfo=TOKYO), STRUGGLE, mood=4)

    by_month = journal.insights(WINTER, MONTH)
    by_week = journal.insights(WINTER, WEEK)

    assert [(b.hope, b.struggle, b.mood) for b in by_month.buckets] == [
        (1, 0, 2.0),
        (0, 0, None),
        (0, 1, 4.0),
    ]
    assert [day.day for day in by_month.days] == [date(2026, 1, 31), date(2026, 3, 1)]
    assert by_week.entries_on(date(2026, 1, 31)) == 1
    assert by_week.entries_on(date(2026, 2, 1)) == 0
    week_of = {b.start: b for b in by_week.buckets}
    assert week_of[date(2026, 1, 26)].hope == 1  # Saturday 31 January's week
    assert week_of[date(2026, 2, 23)].struggle == 1  # Sunday 1 March's week


def test_the_period_holds_its_first_and_last_days_and_nothing_else(journal: Journal) -> None:
    period = Period(date(2026, 2, 10), date(2026, 2, 12))
    for day in (9, 10, 12, 13):
        write(journal, at(2026, 2, day, 23), HOPE)
    write(journal, datetime(2026, 2, 12, 23, 59, tzinfo=TOKYO), HOPE)  # still the 12th there

    insights = journal.insights(period, MONTH)

    assert [(d.day.day, d.entries) for d in insights.days] == [(10, 1), (12, 2)]
    assert insights.hope == 3


def test_check_ins_are_averaged_where_there_are_any(journal: Journal) -> None:
    write(journal, at(2026, 1, 3), mood=2)
    write(journal, at(2026, 1, 4), mood=5)
    write(journal, at(2026, 1, 5))  # no check-in: not a zero
    write(journal, at(2026, 3, 1), mood=3)

    insights = journal.insights(WINTER, MONTH)

    assert [b.mood for b in insights.buckets] == [3.5, None, 3.0]
    assert [b.check_ins for b in insights.buckets] == [2, 0, 1]
    assert insights.check_ins == 3


def test_days_written_count_entries_per_day(journal: Journal) -> None:
    for hour in (8, 13, 22):
        write(journal, at(2026, 2, 14, hour))
    write(journal, at(2026, 2, 16))

    insights = journal.insights(WINTER, WEEK)

    assert insights.entries_on(date(2026, 2, 14)) == 3
    assert insights.entries_on(date(2026, 2, 15)) == 0
    assert insights.entries_on(date(2026, 2, 16)) == 1
    week_of = {b.start: b for b in insights.buckets}
    assert (week_of[date(2026, 2, 9)].days_written, week_of[date(2026, 2, 9)].entries) == (1, 3)


def test_the_most_used_tags_come_first_and_only_from_the_period(journal: Journal) -> None:
    write(journal, at(2026, 1, 2), tags=("meeting", "sleep"))
    write(journal, at(2026, 1, 3), tags=("meeting", "family"))
    write(journal, at(2026, 2, 3), tags=("meeting", "Art"))
    write(journal, at(2025, 12, 31), tags=("sleep", "sleep-outside", "old"))  # before

    insights = journal.insights(WINTER, MONTH, top_tags=3)

    assert [(use.tag, use.entries) for use in insights.top_tags] == [
        ("meeting", 3),
        ("Art", 1),  # a tie goes alphabetically, whatever the case
        ("family", 1),
    ]
    everything = journal.insights(None, MONTH)
    assert [use.tag for use in everything.top_tags][:2] == ["meeting", "sleep"]


def test_all_time_runs_from_the_first_entry_to_today(journal: Journal) -> None:
    write(journal, at(2024, 11, 15), HOPE)
    write(journal, at(2026, 2, 1), STRUGGLE)

    insights = journal.insights(None, MONTH)

    assert insights.period == Period(date(2024, 11, 15), TODAY.date())
    assert len(insights.buckets) == 17  # November 2024 to March 2026
    assert (insights.hope, insights.struggle) == (1, 1)


def test_an_empty_journal_has_quiet_charts(journal: Journal) -> None:
    insights = journal.insights(None, WEEK)

    assert insights.period == Period(TODAY.date(), TODAY.date())
    assert len(insights.buckets) == 1
    assert not any(has_data(insights, chart) for chart in Chart)


def test_a_locked_journal_shows_nothing(journal: Journal) -> None:
    journal.lock()
    with pytest.raises(Exception, match="locked"):
        journal.insights(WINTER, MONTH)


# --- periods and buckets ----------------------------------------------------------------


def test_recent_months_start_on_the_first_of_a_month() -> None:
    assert Period.recent_months(3, date(2026, 1, 15)) == Period(
        date(2025, 11, 1), date(2026, 1, 15)
    )
    assert Period.recent_months(12, date(2026, 12, 31)).start == date(2026, 1, 1)
    assert Period.recent_months(1, date(2026, 5, 9)).start == date(2026, 5, 1)


@pytest.mark.parametrize(
    ("start", "end"),
    [(date(2026, 2, 2), date(2026, 2, 1)), (date(999, 12, 31), date(2026, 1, 1))],
)
def test_a_period_must_make_sense(start: date, end: date) -> None:
    with pytest.raises(InvalidInput):
        Period(start, end)


def test_a_period_is_at_least_a_month_back() -> None:
    with pytest.raises(InvalidInput):
        Period.recent_months(0, date(2026, 1, 1))


def test_months_cross_the_new_year() -> None:
    starts = bucket_starts(Period(date(2025, 11, 20), date(2026, 2, 2)), MONTH)
    assert starts == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


def test_days_outside_the_period_are_left_out() -> None:
    days = [DayTotals(date(2026, 1, 1), 1, hope=1), DayTotals(date(2026, 2, 1), 1, hope=5)]
    insights = gather(Period(date(2026, 1, 1), date(2026, 1, 31)), MONTH, days)
    assert insights.hope == 1
    assert [day.day for day in insights.days] == [date(2026, 1, 1)]


def test_only_weeks_and_months() -> None:
    with pytest.raises(InvalidInput):
        gather(WINTER, "year", [])  # type: ignore[arg-type]


# --- in words ---------------------------------------------------------------------------


def test_each_chart_in_words_matches_its_numbers(journal: Journal) -> None:
    write(journal, at(2026, 1, 5), HOPE, HOPE, STRUGGLE, mood=2, tags=("meeting",))
    write(journal, at(2026, 1, 6), HOPE, mood=5, tags=("meeting", "sleep"))
    write(journal, at(2026, 3, 2), STRUGGLE)
    insights = journal.insights(WINTER, MONTH)

    moments = chart_text(insights, Chart.MOMENTS)
    assert moments.title == "Moments of hope and struggle, by month"
    assert moments.header == ("Month", "Hope", "Struggle")
    assert moments.rows == (
        ("January 2026", "3", "1"),
        ("February 2026", "0", "0"),
        ("March 2026", "0", "1"),
    )
    assert moments.summary.startswith(
        "From 1 January 2026 to 31 March 2026 you marked 3 moments of hope and 2 moments "
        "of struggle."
    )

    check_ins = chart_text(insights, Chart.CHECK_INS)
    assert check_ins.header == ("Month", "Average check-in", "Check-ins")
    assert check_ins.rows[0] == ("January 2026", "3.5 (lighter)", "2")
    assert check_ins.rows[1] == ("February 2026", "No check-ins", "0")
    assert "added a check-in to 2 entries" in check_ins.summary

    days = chart_text(insights, Chart.DAYS_WRITTEN)
    assert days.title == "Days you wrote"
    assert days.rows[0] == ("January 2026", "2", "2")
    assert days.summary.startswith("You wrote on 3 days from 1 January 2026 to 31 March 2026")

    tags = chart_text(insights, Chart.TAGS)
    assert tags.rows == (("meeting", "2"), ("sleep", "1"))
    assert tags.summary.endswith("meeting (2 entries) and sleep (1 entry).")


def test_weeks_are_named_by_their_monday(journal: Journal) -> None:
    write(journal, at(2026, 1, 7), HOPE)
    insights = journal.insights(Period(date(2026, 1, 5), date(2026, 1, 11)), WEEK)
    text = chart_text(insights, Chart.MOMENTS)
    assert text.title == "Moments of hope and struggle, by week"
    assert text.rows == (("Week of 5 January 2026", "1", "0"),)


def test_quiet_charts_say_so_gently(journal: Journal) -> None:
    insights = journal.insights(WINTER, MONTH)
    summaries = {chart: chart_text(insights, chart).summary for chart in Chart}

    assert summaries[Chart.MOMENTS].startswith("No moments marked in this period yet.")
    assert summaries[Chart.CHECK_INS].startswith("No check-ins in this period.")
    assert summaries[Chart.DAYS_WRITTEN].startswith("No entries in this period yet.")
    assert summaries[Chart.TAGS].startswith("No tags in this period yet.")
    for summary in summaries.values():
        for harsh in ("streak", "fail", "missed", "only", "bad", "should"):
            assert harsh not in summary.lower()
