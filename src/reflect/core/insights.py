"""Insights: what the charts of a person's journey show, as plain data and plain words.

Everything here is counted by each entry's own date (the time zone it was written in), as
the entry list's months are. The storage layer adds entries up per day
(``storage/insights.py``); this module gathers those days into weeks (Monday to Sunday) or
months, keeping the weeks and months with nothing in them, so a quiet stretch shows as a
quiet stretch instead of vanishing from the chart.

Each chart also has a text alternative (``chart_text``): a title, a short summary in
gentle words and a table, for screen readers, for the CLI, and for anyone who would rather
read than look. Nothing here grades a person: no streaks, no "bad" weeks, no comparisons
with anyone else.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Literal

from reflect.core.domain import EARLIEST_YEAR, LATEST_YEAR
from reflect.core.errors import InvalidInput

Bucket = Literal["week", "month"]
WEEK: Bucket = "week"
MONTH: Bucket = "month"
BUCKETS: tuple[Bucket, ...] = (WEEK, MONTH)
TOP_TAGS = 10  # how many tags the tags chart shows


@dataclass(frozen=True)
class Period:
    """A stretch of days, ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise InvalidInput("The first day of the period comes after the last one.")
        if self.start.year < EARLIEST_YEAR or self.end.year > LATEST_YEAR:
            raise InvalidInput(
                f"Please choose days between the years {EARLIEST_YEAR} and {LATEST_YEAR}."
            )

    @classmethod
    def recent_months(cls, count: int, today: date) -> Period:
        """This month and the ``count - 1`` before it, up to ``today``.

        Periods start on the first of a month, so no month in a chart by month is cut short.
        """
        if count < 1:
            raise InvalidInput("A period is at least one month long.")
        months_back = today.year * 12 + today.month - 1 - (count - 1)
        return cls(date(months_back // 12, months_back % 12 + 1, 1), today)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.end - self.start).days + 1

    def described(self) -> str:
        """The period in words: "from 1 September 2026 to 20 November 2026"."""
        return f"from {day_label(self.start)} to {day_label(self.end)}"


@dataclass(frozen=True, slots=True)  # slots: a journal of years makes thousands of these
class DayTotals:
    """What one day holds, counted by entries' own dates.

    ``check_ins`` entries had a check-in (1 very heavy … 5 light), adding up to
    ``mood_total``; ``hope`` and ``struggle`` count the moments marked in that day's entries.
    """

    day: date
    entries: int = 0
    check_ins: int = 0
    mood_total: int = 0
    hope: int = 0
    struggle: int = 0


@dataclass(frozen=True, slots=True)
class BucketTotals:
    """The days of one week or month added up (only the days inside the period)."""

    start: date  # the Monday of the week, or the first of the month
    entries: int = 0
    days_written: int = 0
    check_ins: int = 0
    mood_total: int = 0
    hope: int = 0
    struggle: int = 0

    @property
    def mood(self) -> float | None:
        """The mean check-in of the entries that have one; ``None`` when none has."""
        return self.mood_total / self.check_ins if self.check_ins else None


@dataclass(frozen=True)
class TagUse:
    """A tag and how many entries in the period carry it."""

    tag: str
    entries: int


@dataclass(frozen=True)
class Insights:
    """Everything the four charts show for one period, gathered by week or by month."""

    period: Period
    bucket: Bucket
    buckets: tuple[BucketTotals, ...]  # every week or month of the period, oldest first
    days: tuple[DayTotals, ...]  # the days with entries, oldest first
    top_tags: tuple[TagUse, ...]  # most used first
    _by_day: dict[date, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_day", {day.day: day.entries for day in self.days})

    def entries_on(self, day: date) -> int:
        """How many entries are dated ``day`` (0 for a day outside the period)."""
        return self._by_day.get(day, 0)

    @property
    def hope(self) -> int:
        return sum(bucket.hope for bucket in self.buckets)

    @property
    def struggle(self) -> int:
        return sum(bucket.struggle for bucket in self.buckets)

    @property
    def check_ins(self) -> int:
        return sum(bucket.check_ins for bucket in self.buckets)

    @property
    def entries(self) -> int:
        return sum(day.entries for day in self.days)


def bucket_start(day: date, bucket: Bucket) -> date:
    """The first day of the week (a Monday) or month ``day`` falls in."""
    if bucket == WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_bucket_start(start: date, bucket: Bucket) -> date:
    """The first day of the week or month after the one starting on ``start``."""
    if bucket == WEEK:
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def bucket_starts(period: Period, bucket: Bucket) -> list[date]:
    """The first day of every week or month touching ``period``, oldest first."""
    starts = [bucket_start(period.start, bucket)]
    while (following := next_bucket_start(starts[-1], bucket)) <= period.end:
        starts.append(following)
    return starts


def gather(
    period: Period,
    bucket: Bucket,
    days: Iterable[DayTotals],
    top_tags: Sequence[TagUse] = (),
) -> Insights:
    """Add days up into weeks or months; days outside ``period`` are left out."""
    if bucket not in BUCKETS:
        raise InvalidInput("Charts gather days by week or by month.")
    first, last = period.start, period.end
    kept = sorted((day for day in days if first <= day.day <= last), key=_day_of)
    starts = bucket_starts(period, bucket)
    # In BucketTotals' order: entries, days written, check-ins, mood total, hope, struggle.
    sums = {start: [0] * 6 for start in starts}
    for day in kept:
        totals = sums[bucket_start(day.day, bucket)]
        totals[0] += day.entries
        totals[1] += day.entries > 0
        totals[2] += day.check_ins
        totals[3] += day.mood_total
        totals[4] += day.hope
        totals[5] += day.struggle
    buckets = tuple(BucketTotals(start, *sums[start]) for start in starts)
    return Insights(period, bucket, buckets, tuple(kept), tuple(top_tags))


def _day_of(totals: DayTotals) -> date:
    return totals.day


# --- in words ---------------------------------------------------------------------------


class Chart(Enum):
    """The charts, named as the Insights window names them."""

    MOMENTS = "Hope and struggle"
    CHECK_INS = "Check-ins"
    DAYS_WRITTEN = "Days written"
    TAGS = "Tags"


@dataclass(frozen=True)
class ChartText:
    """A chart told in words: its title, a short summary and the table behind it."""

    title: str
    summary: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


MOOD_WORDS = {1: "very heavy", 2: "heavy", 3: "in between", 4: "lighter", 5: "light"}


def day_label(day: date) -> str:
    """ "1 September 2026"."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def bucket_label(start: date, bucket: Bucket) -> str:
    """ "September 2026", or "Week of 7 September 2026"."""
    if bucket == WEEK:
        return f"Week of {day_label(start)}"
    return f"{calendar.month_name[start.month]} {start.year}"


def counted(number: int, one: str, many: str | None = None) -> str:
    """ "1 entry", "2 entries", "1,204 entries"."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"


def chart_title(chart: Chart, bucket: Bucket) -> str:
    """The title a chart is drawn with, in words."""
    return {
        Chart.MOMENTS: f"Moments of hope and struggle, by {bucket}",
        Chart.CHECK_INS: f"How the days felt: check-ins by {bucket}",
        Chart.DAYS_WRITTEN: "Days you wrote",
        Chart.TAGS: "Tags you used most",
    }[chart]


def has_data(insights: Insights, chart: Chart) -> bool:
    """Whether ``chart`` has anything to draw (otherwise its summary says why not)."""
    return {
        Chart.MOMENTS: insights.hope + insights.struggle > 0,
        Chart.CHECK_INS: insights.check_ins > 0,
        Chart.DAYS_WRITTEN: bool(insights.days),
        Chart.TAGS: bool(insights.top_tags),
    }[chart]


def chart_text(insights: Insights, chart: Chart) -> ChartText:
    """The text alternative of ``chart``: title, summary and table rows, all strings."""
    title = chart_title(chart, insights.bucket)
    if chart is Chart.TAGS:
        tag_rows = tuple((use.tag, str(use.entries)) for use in insights.top_tags)
        return ChartText(title, _tags_summary(insights), ("Tag", "Entries"), tag_rows)
    column = "Week" if insights.bucket == WEEK else "Month"
    summary, header, cells = {
        Chart.MOMENTS: (_moments_summary, ("Hope", "Struggle"), _moment_cells),
        Chart.CHECK_INS: (_check_ins_summary, ("Average check-in", "Check-ins"), _mood_cells),
        Chart.DAYS_WRITTEN: (_days_summary, ("Days written", "Entries"), _day_cells),
    }[chart]
    rows: tuple[tuple[str, ...], ...] = tuple(
        (bucket_label(totals.start, insights.bucket), *cells(totals)) for totals in insights.buckets
    )
    return ChartText(title, summary(insights), (column, *header), rows)


def _moment_cells(totals: BucketTotals) -> tuple[str, ...]:
    return str(totals.hope), str(totals.struggle)


def _mood_cells(totals: BucketTotals) -> tuple[str, ...]:
    return _mood_words(totals.mood), str(totals.check_ins)


def _day_cells(totals: BucketTotals) -> tuple[str, ...]:
    return str(totals.days_written), str(totals.entries)


def _sentence_start(words: str) -> str:
    return words[:1].upper() + words[1:]


def _mood_words(mood: float | None) -> str:
    if mood is None:
        return "No check-ins"
    return f"{mood:.1f} ({MOOD_WORDS[int(mood + 0.5)]})"  # halves round up, always


def _most_hope(insights: Insights) -> str:
    best = max(insights.buckets, key=lambda totals: totals.hope)  # the earliest of a tie
    return f"{bucket_label(best.start, insights.bucket)} ({best.hope:,})"


def _moments_summary(insights: Insights) -> str:
    when = insights.period.described()
    if not insights.hope and not insights.struggle:
        return (
            "No moments marked in this period yet. When you mark words in an entry as "
            "hope or struggle, they are counted here."
        )
    summary = (
        f"{_sentence_start(when)} you marked {counted(insights.hope, 'moment')} of hope and "
        f"{counted(insights.struggle, 'moment')} of struggle."
    )
    if insights.hope:
        summary += f" Most moments of hope: {_most_hope(insights)}."
    return summary + " Both are part of your story."


def _check_ins_summary(insights: Insights) -> str:
    when = insights.period.described()
    total = insights.check_ins
    if not total:
        return (
            "No check-ins in this period. Check-ins are optional; when you add one to an "
            "entry, it shows here."
        )
    mean = sum(totals.mood_total for totals in insights.buckets) / total
    return (
        f"{_sentence_start(when)} you added a check-in to "
        f"{counted(total, 'entry', 'entries')}. On average they were {mean:.1f}, where 1 is "
        f"very heavy and 5 is light. A {insights.bucket} without a check-in leaves a gap "
        "in the line."
    )


def _days_summary(insights: Insights) -> str:
    when = insights.period.described()
    if not insights.days:
        return "No entries in this period yet. Whenever you write, the day shows here."
    return (
        f"You wrote on {counted(len(insights.days), 'day')} {when}, "
        f"{counted(insights.entries, 'entry', 'entries')} in all. Each square is a day; "
        "the stronger its colour, the more you wrote that day."
    )


def _tags_summary(insights: Insights) -> str:
    when = insights.period.described()
    if not insights.top_tags:
        return "No tags in this period yet. Tags you add to entries are counted here."
    named = [f"{use.tag} ({counted(use.entries, 'entry', 'entries')})" for use in insights.top_tags]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"The tags you used most {when}: {listed}."
