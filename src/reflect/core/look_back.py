"""Looking back: entries from this day in earlier years, and how far a person has come.

"On this day" gathers the entries written on today's month and day in each earlier year,
by each entry's own date (the time zone it was written in). Someone who wrote on 29
February finds those words again on 28 February in the years without one, rather than
only once every four years.

"How far you've come" sets a few of the earliest moments of struggle beside the most
recent moments of hope, the struggles always the older: the person's own path, never
measured against anything else.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from reflect.core.domain import EARLIEST_YEAR, EntrySummary
from reflect.core.moment_listing import MomentRow

HOW_FAR_MOMENTS = 3  # moments on either side of "How far you've come"


@dataclass(frozen=True)
class YearOnThisDay:
    """The entries of one earlier year written on this day, newest first."""

    year: int
    years_ago: int
    entries: tuple[EntrySummary, ...]


@dataclass(frozen=True)
class OnThisDay:
    """What was written on ``day``'s month and day in earlier years, the latest year first."""

    day: date
    years: tuple[YearOnThisDay, ...]

    @property
    def is_empty(self) -> bool:
        return not self.years


@dataclass(frozen=True)
class HowFar:
    """Early moments of struggle (oldest first) and recent moments of hope (newest first)."""

    early_struggles: tuple[MomentRow, ...]
    recent_hopes: tuple[MomentRow, ...]

    @property
    def is_empty(self) -> bool:
        return not self.early_struggles and not self.recent_hopes


def same_days_in_earlier_years(day: date, first_year: int) -> list[date]:
    """The dates, from ``first_year`` up to the year before ``day``'s, that count as "this
    day": the same month and day, and 29 February of leap years when ``day`` is 28
    February of a year without one. Latest first."""
    days: list[date] = []
    for year in range(day.year - 1, max(first_year, EARLIEST_YEAR) - 1, -1):
        leap_day = date(year, 2, 29) if calendar.isleap(year) else None
        if (day.month, day.day) == (2, 29):
            days.extend([leap_day] if leap_day else [])
            continue
        days.append(day.replace(year=year))
        if (day.month, day.day) == (2, 28) and leap_day and not calendar.isleap(day.year):
            days.append(leap_day)
    return days


def group_by_year(day: date, entries: Iterable[EntrySummary]) -> OnThisDay:
    """``entries`` (newest first) gathered into their years, the latest year first."""
    years: dict[int, list[EntrySummary]] = {}
    for entry in entries:
        years.setdefault(entry.created.year, []).append(entry)
    return OnThisDay(
        day,
        tuple(
            YearOnThisDay(
                year=year,
                years_ago=day.year - year,
                entries=tuple(held),
            )
            for year, held in sorted(years.items(), reverse=True)
        ),
    )


class MomentWhen(NamedTuple):
    """A moment, its entry, and when the entry was written (microseconds, UTC)."""

    moment_id: int
    entry_id: int
    at: int


def then_and_now(
    struggles: Sequence[MomentWhen], hopes: Sequence[MomentWhen], count: int
) -> tuple[list[int], list[int]]:
    """Up to ``count`` early struggles and recent hopes to set side by side (their ids).

    ``struggles`` come oldest first, ``hopes`` newest first. Each side takes one moment per
    entry, taking turns, and only while every struggle chosen is older than every hope
    chosen: "early on" and "lately" never swap places, even in a journal where they are
    close together. A side with nothing earlier (or later) than the other stays short.
    """
    early, late = _one_per_entry(struggles), _one_per_entry(hopes)
    then: list[MomentWhen] = []
    now: list[MomentWhen] = []
    while len(then) < count or len(now) < count:
        added = False
        if len(then) < min(count, len(early)):
            candidate = early[len(then)]
            newer = now[-1] if now else (late[0] if late else None)
            if newer is None or candidate.at < newer.at:
                then.append(candidate)
                added = True
        if len(now) < min(count, len(late)):
            candidate = late[len(now)]
            if not then or candidate.at > then[-1].at:
                now.append(candidate)
                added = True
        if not added:
            break
    return [m.moment_id for m in then], [m.moment_id for m in now]


def _one_per_entry(moments: Sequence[MomentWhen]) -> list[MomentWhen]:
    entries: set[int] = set()
    kept = []
    for moment in moments:
        if moment.entry_id not in entries:
            entries.add(moment.entry_id)
            kept.append(moment)
    return kept
