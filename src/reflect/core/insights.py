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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Literal

from reflect.core.domain import EARLIEST_YEAR, LATEST_YEAR
from reflect.core.errors import InvalidInput
from reflect.core.wording import (
    QT_TRANSLATE_NOOP,
    Day,
    Number,
    Say,
    Value,
    Wording,
    counted,
    english,
)

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
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The first day of the period comes after the last one.")
            )
        if self.start.year < EARLIEST_YEAR or self.end.year > LATEST_YEAR:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Please choose days between the years {earliest} and {latest}."
                ),
                earliest=EARLIEST_YEAR,
                latest=LATEST_YEAR,
            )

    @classmethod
    def recent_months(cls, count: int, today: date) -> Period:
        """This month and the ``count - 1`` before it, up to ``today``.

        Periods start on the first of a month, so no month in a chart by month is cut short.
        """
        if count < 1:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A period is at least one month long."))
        months_back = today.year * 12 + today.month - 1 - (count - 1)
        return cls(date(months_back // 12, months_back % 12 + 1, 1), today)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.end - self.start).days + 1

    def described(self) -> str:
        """The period in words: "from 1 September 2026 to 20 November 2026" (English)."""
        return f"from {Day(self.start)} to {Day(self.end)}"


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
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Charts gather days by week or by month."))
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
    """The charts, named as the Insights window names them (these values also name the
    saved PNG files, so they stay English; the window shows its own translated names)."""

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


INSIGHTS = "insights"  # the translation context of the words below
MOOD_WORDS = {
    1: QT_TRANSLATE_NOOP("insights", "very heavy"),
    2: QT_TRANSLATE_NOOP("insights", "heavy"),
    3: QT_TRANSLATE_NOOP("insights", "in between"),
    4: QT_TRANSLATE_NOOP("insights", "lighter"),
    5: QT_TRANSLATE_NOOP("insights", "light"),
}  # shown translated: ``QCoreApplication.translate("insights", MOOD_WORDS[n])``


def day_label(day: date) -> str:
    """ "1 September 2026"."""
    return str(Day(day))


def bucket_label(start: date, bucket: Bucket, say: Say = english) -> str:
    """ "September 2026", or "Week of 7 September 2026"."""
    return say(_bucket_words(start, bucket))


def _bucket_words(start: date, bucket: Bucket) -> Wording:
    if bucket == WEEK:
        return Wording.of(INSIGHTS, QT_TRANSLATE_NOOP("insights", "Week of {day}"), day=Day(start))
    return Wording.of(INSIGHTS, "{month}", month=Day(start, True))  # nothing to translate


def _period_values(period: Period) -> dict[str, Day]:
    """The fields ``{start}`` and ``{end}`` of a sentence about ``period``."""
    return {"start": Day(period.start), "end": Day(period.end)}


def chart_title(chart: Chart, bucket: Bucket, say: Say = english) -> str:
    """The title a chart is drawn with, in words."""
    by_week = bucket == WEEK
    if chart is Chart.MOMENTS:
        title = (
            QT_TRANSLATE_NOOP("insights", "Moments of hope and struggle, by week")
            if by_week
            else QT_TRANSLATE_NOOP("insights", "Moments of hope and struggle, by month")
        )
    elif chart is Chart.CHECK_INS:
        title = (
            QT_TRANSLATE_NOOP("insights", "How the days felt: check-ins by week")
            if by_week
            else QT_TRANSLATE_NOOP("insights", "How the days felt: check-ins by month")
        )
    elif chart is Chart.DAYS_WRITTEN:
        title = QT_TRANSLATE_NOOP("insights", "Days you wrote")
    else:
        title = QT_TRANSLATE_NOOP("insights", "Tags you used most")
    return say(Wording(INSIGHTS, title))


def has_data(insights: Insights, chart: Chart) -> bool:
    """Whether ``chart`` has anything to draw (otherwise its summary says why not)."""
    return {
        Chart.MOMENTS: insights.hope + insights.struggle > 0,
        Chart.CHECK_INS: insights.check_ins > 0,
        Chart.DAYS_WRITTEN: bool(insights.days),
        Chart.TAGS: bool(insights.top_tags),
    }[chart]


_HEADERS = {
    Chart.MOMENTS: (
        QT_TRANSLATE_NOOP("insights", "Hope"),
        QT_TRANSLATE_NOOP("insights", "Struggle"),
    ),
    Chart.CHECK_INS: (
        QT_TRANSLATE_NOOP("insights", "Average check-in"),
        QT_TRANSLATE_NOOP("insights", "Check-ins"),
    ),
    Chart.DAYS_WRITTEN: (
        QT_TRANSLATE_NOOP("insights", "Days written"),
        QT_TRANSLATE_NOOP("insights", "Entries"),
    ),
    Chart.TAGS: (
        QT_TRANSLATE_NOOP("insights", "Tag"),
        QT_TRANSLATE_NOOP("insights", "Entries"),
    ),
}


def chart_text(insights: Insights, chart: Chart, say: Say = english) -> ChartText:
    """The text alternative of ``chart``: title, summary and table rows, all strings, each
    worded by ``say`` (English unless the window passes its translator)."""
    title = chart_title(chart, insights.bucket, say)
    header = tuple(say(Wording(INSIGHTS, words)) for words in _HEADERS[chart])
    if chart is Chart.TAGS:
        tag_rows = tuple((use.tag, str(use.entries)) for use in insights.top_tags)
        return ChartText(title, say(_tags_summary(insights)), header, tag_rows)
    column = (
        QT_TRANSLATE_NOOP("insights", "Week")
        if insights.bucket == WEEK
        else QT_TRANSLATE_NOOP("insights", "Month")
    )
    summary, cells = {
        Chart.MOMENTS: (_moments_summary, _moment_cells),
        Chart.CHECK_INS: (_check_ins_summary, _mood_cells),
        Chart.DAYS_WRITTEN: (_days_summary, _day_cells),
    }[chart]
    rows: tuple[tuple[str, ...], ...] = tuple(
        (bucket_label(totals.start, insights.bucket, say), *cells(totals, say))
        for totals in insights.buckets
    )
    return ChartText(title, say(summary(insights)), (say(Wording(INSIGHTS, column)), *header), rows)


def _moment_cells(totals: BucketTotals, say: Say) -> tuple[str, ...]:
    return str(totals.hope), str(totals.struggle)


def _mood_cells(totals: BucketTotals, say: Say) -> tuple[str, ...]:
    return say(_mood_words(totals.mood)), str(totals.check_ins)


def _day_cells(totals: BucketTotals, say: Say) -> tuple[str, ...]:
    return str(totals.days_written), str(totals.entries)


def _mood_words(mood: float | None) -> Wording:
    if mood is None:
        return Wording(INSIGHTS, QT_TRANSLATE_NOOP("insights", "No check-ins"))
    words = Wording(INSIGHTS, MOOD_WORDS[int(mood + 0.5)])  # halves round up, always
    return Wording.of(
        INSIGHTS, QT_TRANSLATE_NOOP("insights", "{mood} ({words})"), mood=f"{mood:.1f}", words=words
    )


def _counted_moments(number: int) -> Wording:
    one = QT_TRANSLATE_NOOP("insights", "{count} moment")
    return counted(number, one, QT_TRANSLATE_NOOP("insights", "{count} moments"), INSIGHTS)


def _counted_entries(number: int) -> Wording:
    one = QT_TRANSLATE_NOOP("insights", "{count} entry")
    return counted(number, one, QT_TRANSLATE_NOOP("insights", "{count} entries"), INSIGHTS)


def _counted_days(number: int) -> Wording:
    one = QT_TRANSLATE_NOOP("insights", "{count} day")
    return counted(number, one, QT_TRANSLATE_NOOP("insights", "{count} days"), INSIGHTS)


def _moments_summary(insights: Insights) -> Wording:
    if not insights.hope and not insights.struggle:
        return Wording(
            INSIGHTS,
            QT_TRANSLATE_NOOP(
                "insights",
                "No moments marked in this period yet. When you mark words in an entry as "
                "hope or struggle, they are counted here.",
            ),
        )
    values: dict[str, Value] = {
        **_period_values(insights.period),
        "hope": _counted_moments(insights.hope),
        "struggle": _counted_moments(insights.struggle),
    }
    if not insights.hope:
        template = QT_TRANSLATE_NOOP(
            "insights",
            "From {start} to {end} you marked {hope} of hope and {struggle} of struggle. Both are "
            "part of your story.",
        )
        return Wording(INSIGHTS, template, values)
    best = max(insights.buckets, key=lambda totals: totals.hope)  # the earliest of a tie
    template = QT_TRANSLATE_NOOP(
        "insights",
        "From {start} to {end} you marked {hope} of hope and {struggle} of struggle. Most moments "
        "of hope: {most} ({most_hope}). Both are part of your story.",
    )
    most = _bucket_words(best.start, insights.bucket)
    return Wording(INSIGHTS, template, {**values, "most": most, "most_hope": Number(best.hope)})


def _check_ins_summary(insights: Insights) -> Wording:
    total = insights.check_ins
    if not total:
        return Wording(
            INSIGHTS,
            QT_TRANSLATE_NOOP(
                "insights",
                "No check-ins in this period. Check-ins are optional; when you add one to an "
                "entry, it shows here.",
            ),
        )
    mean = sum(totals.mood_total for totals in insights.buckets) / total
    if insights.bucket == WEEK:
        template = QT_TRANSLATE_NOOP(
            "insights",
            "From {start} to {end} you added a check-in to {entries}. On average they were "
            "{average}, where 1 is very heavy and 5 is light. A week without a check-in "
            "leaves a gap in the line.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "insights",
            "From {start} to {end} you added a check-in to {entries}. On average they were "
            "{average}, where 1 is very heavy and 5 is light. A month without a check-in "
            "leaves a gap in the line.",
        )
    return Wording.of(
        INSIGHTS,
        template,
        **_period_values(insights.period),
        entries=_counted_entries(total),
        average=f"{mean:.1f}",
    )


def _days_summary(insights: Insights) -> Wording:
    if not insights.days:
        return Wording(
            INSIGHTS,
            QT_TRANSLATE_NOOP(
                "insights",
                "No entries in this period yet. Whenever you write, the day shows here.",
            ),
        )
    template = QT_TRANSLATE_NOOP(
        "insights",
        "You wrote on {days} from {start} to {end}, {entries} in all. Each square is a day; the "
        "stronger its colour, the more you wrote that day.",
    )
    return Wording.of(
        INSIGHTS,
        template,
        days=_counted_days(len(insights.days)),
        **_period_values(insights.period),
        entries=_counted_entries(insights.entries),
    )


def _tags_summary(insights: Insights) -> Wording:
    if not insights.top_tags:
        return Wording(
            INSIGHTS,
            QT_TRANSLATE_NOOP(
                "insights", "No tags in this period yet. Tags you add to entries are counted here."
            ),
        )
    named = [
        Wording.of(
            INSIGHTS,
            QT_TRANSLATE_NOOP("insights", "{tag} ({entries})"),
            tag=use.tag,
            entries=_counted_entries(use.entries),
        )
        for use in insights.top_tags
    ]
    listed = named[0]
    if len(named) > 1:
        listed = Wording.of(
            INSIGHTS,
            QT_TRANSLATE_NOOP("insights", "{list} and {last}"),
            list=_comma_list(named[:-1]),
            last=named[-1],
        )
    template = QT_TRANSLATE_NOOP(
        "insights", "The tags you used most from {start} to {end}: {tags}."
    )
    return Wording.of(INSIGHTS, template, **_period_values(insights.period), tags=listed)


def _comma_list(items: list[Wording]) -> Wording:
    """ "a, b, c": each a ``Wording``, joined with the (translatable) comma."""
    joined = items[0]
    for item in items[1:]:
        template = QT_TRANSLATE_NOOP("insights", "{list}, {next}")
        joined = Wording.of(INSIGHTS, template, list=joined, next=item)
    return joined
