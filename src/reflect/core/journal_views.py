"""Views across the whole journal: the insights charts' numbers, the moments browser,
and looking back (on this day; how far you've come). They only read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reflect.core import domain
from reflect.core.insights import MONTH, TOP_TAGS, Bucket, Insights, Period, gather
from reflect.core.journal_base import OpenJournal
from reflect.core.look_back import (
    HOW_FAR_MOMENTS,
    HowFar,
    OnThisDay,
    group_by_year,
    same_days_in_earlier_years,
    then_and_now,
)
from reflect.core.moment_listing import MomentFilter, MomentRow
from reflect.core.storage import entries as store
from reflect.core.storage import insights as insight_store
from reflect.core.storage import moments as moment_store


class JournalViews(OpenJournal):
    """The reading-across-entries part of ``Journal``."""

    def insights(
        self, period: Period | None = None, bucket: Bucket = MONTH, *, top_tags: int = TOP_TAGS
    ) -> Insights:
        """What the Insights charts show for ``period``, gathered by week or month.

        ``period`` ``None`` is the whole journal: from the first entry's day to today (or
        to the last entry's day, when one is dated later). Days are entries' own dates, as
        ``entry_months`` counts them. Reads no entry text, so it stays quick for any size.
        """
        with self._read() as connection:
            days = insight_store.day_totals(connection, period)
            tags = insight_store.top_tags(connection, period, top_tags)
        if period is None:
            bounds = [self._clock().date(), *(totals.day for totals in days)]
            period = Period(min(bounds), max(bounds))
        return gather(period, bucket, days, tags)

    # --- the moments browser and looking back ---------------------------------------------

    def moment_ids(self, chosen: MomentFilter | None = None) -> list[int]:
        """Ids of the moments ``chosen`` keeps (every moment when ``None``): newest entry
        first, then in their order in the entry. Reads no text, so it stays quick for any
        journal size; ``moment_rows`` reads the words of the rows a view shows."""
        with self._read() as connection:
            return moment_store.moment_ids(connection, chosen or MomentFilter())

    def moment_rows(self, moment_ids: Sequence[int]) -> list[MomentRow]:
        """These moments with their words and a little context, in the order given; ids of
        moments that no longer exist are left out."""
        with self._read() as connection:
            return moment_store.moment_rows(connection, moment_ids)

    def moment_kinds(self) -> list[str]:
        """Every moment kind in use: hope and struggle first, then the person's own."""
        with self._read() as connection:
            return moment_store.moment_kinds(connection)

    def on_this_day(self, day: date) -> OnThisDay:
        """The entries written on ``day``'s month and day in earlier years, by their own
        dates; on 28 February of a year without a 29th, those of 29 February too."""
        with self._read() as connection:
            first_year = moment_store.first_entry_year(connection)
            days = [] if first_year is None else same_days_in_earlier_years(day, first_year)
            entry_ids = moment_store.entries_on_days(connection, days) if days else []
            summaries = store.list_summaries(connection, entry_ids) if entry_ids else []
        return group_by_year(day, summaries)

    def how_far(self, count: int = HOW_FAR_MOMENTS) -> HowFar:
        """Up to ``count`` early moments of struggle beside as many recent moments of hope,
        one per entry, every struggle older than every hope (see ``then_and_now``)."""
        plenty = count * 10  # a few entries' worth more, as entries may hold several
        with self._read() as connection:
            struggles = moment_store.moments_by_time(
                connection, domain.STRUGGLE, newest_first=False, limit=plenty
            )
            hopes = moment_store.moments_by_time(
                connection, domain.HOPE, newest_first=True, limit=plenty
            )
            struggle_ids, hope_ids = then_and_now(struggles, hopes, count)
            rows = moment_store.moment_rows(connection, struggle_ids + hope_ids)
        return HowFar(
            early_struggles=tuple(row for row in rows if row.moment_id in struggle_ids),
            recent_hopes=tuple(row for row in rows if row.moment_id in hope_ids),
        )
