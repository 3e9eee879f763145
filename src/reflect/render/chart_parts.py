"""Pieces the Insights charts are made of: a key of named steps, and the calendar's grid.

See ``reflect.render.charts``, which draws with them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal

import numpy as np
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import Formatter, Locator
from matplotlib.transforms import ScaledTranslation
from PySide6.QtCore import QLocale

from reflect.core.insights import MONTH, WEEK, Insights, Period, bucket_start, next_bucket_start

Colour = str | tuple[float, float, float]

# Where a month's name goes in a date label: strftime's "%b" would follow the C library's
# locale, not the language Reflect is shown in, so the month's number is marked and then
# named by QLocale.
_MONTH_MARK = "\x01"
_MARKED_MONTH = re.compile(_MONTH_MARK + r"(\d\d)")


class _MonthNamesFormatter(mdates.ConciseDateFormatter):
    """matplotlib's concise date labels, with month names in the person's language."""

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        concise: Callable[[Sequence[float]], list[str]] = super().format_ticks  # untyped
        return [_MARKED_MONTH.sub(_month_name, label) for label in concise(values)]


# matplotlib.dates carries no annotations: this gives the formatter a type.
_MonthNames: Callable[..., Formatter] = _MonthNamesFormatter


def _month_name(marked: re.Match[str]) -> str:
    return QLocale().standaloneMonthName(int(marked[1]), QLocale.FormatType.ShortFormat)


def concise_dates(locator: Locator) -> Formatter:
    """Short date labels for ``locator``'s ticks ("2025", "Apr", "Jul"…), months named in
    the person's language; the year alone beside the axis says which year they belong to."""
    month = _MONTH_MARK + "%m"
    return _MonthNames(
        locator,
        formats=["%Y", month, "%d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", month, month + "-%d", "%H:%M", "%H:%M"],
        offset_formats=[""] + ["%Y"] * 5,
    )


class ChartKey:
    """A chart's key above its top right corner: a coloured square (or a line) and a word
    per step. Its artists belong to the chart's axes but are laid out in inches from the
    axes' top right corner (an axes of its own would cost as much to make as the chart)."""

    SWATCH, GAP, CHARACTER, SPACING = 0.16, 0.06, 0.075, 0.22  # inches
    BOTTOM, TOP = 0.16, 0.32  # inches above the axes

    def __init__(self, figure: Figure, chart: Axes, *, fontsize: float, title: str = "") -> None:
        self.chart = chart
        self.fontsize = fontsize
        # Inches, measured from the chart's top right corner.
        corner = ScaledTranslation(1, 1, chart.transAxes)  # type: ignore[arg-type]  # affine
        self.place = figure.dpi_scale_trans + corner
        self.swatches = PolyCollection([], linewidths=0, transform=self.place)
        self.swatches.set_clip_on(False)
        chart.add_artist(self.swatches)
        self.strokes: list[Line2D] = []
        self.labels: list[Text] = []
        self.title = self._text(title, align="right")

    def set_visible(self, visible: bool) -> None:
        for artist in [self.swatches, self.title, *self.labels, *self.strokes]:
            artist.set_visible(visible)

    def set_steps(self, words: Sequence[str], dashed: Sequence[bool] | None = None) -> None:
        """One step per word; ``dashed`` draws lines (dashed or solid) instead of squares."""
        while len(self.labels) < len(words):
            self.labels.append(self._text(""))
            stroke = Line2D([], [], linewidth=1.6, transform=self.place, clip_on=False)
            self.chart.add_artist(stroke)
            self.strokes.append(stroke)
        # Laid out right to left from the corner; a word's width is guessed from its length,
        # which is close enough for a few characters.
        widths = [
            self.SWATCH + self.GAP + len(word) * self.CHARACTER + self.SPACING for word in words
        ]
        x = -sum(widths) + self.SPACING
        middle = (self.BOTTOM + self.TOP) / 2
        squares = []
        for index, label in enumerate(self.labels):
            shown = index < len(words)
            label.set_visible(shown)
            self.strokes[index].set_visible(shown and dashed is not None)
            if not shown:
                continue
            left, right = x, x + self.SWATCH
            squares.append(
                [(left, self.BOTTOM), (left, self.TOP), (right, self.TOP), (right, self.BOTTOM)]
            )
            self.strokes[index].set_data([left, right], [middle, middle])
            self.strokes[index].set_dashes((3, 1.5) if dashed and dashed[index] else (None, None))
            label.set_text(words[index])
            label.set_position((right + self.GAP, middle))
            x += widths[index]
        self.swatches.set_verts([] if dashed else squares)
        self.title.set_position((-sum(widths) + self.SPACING - self.GAP, middle))

    def restyle(self, words: Colour, colours: Sequence[Colour]) -> None:
        """Words in ``words``' colour; the steps' swatches and lines in ``colours``."""
        self.swatches.set_facecolor(list(colours))
        for label, stroke, colour in zip(self.labels, self.strokes, colours, strict=False):
            label.set_color(words)
            stroke.set_color(colour)
        self.title.set_color(words)

    def _text(self, words: str, align: Literal["left", "right"] = "left") -> Text:
        text = Text(0, 0, words, ha=align, va="center", fontsize=self.fontsize)
        text.set(transform=self.place, clip_on=False, parse_math=False)
        self.chart.add_artist(text)
        return text


def entry_steps(most: int) -> list[tuple[int, int]]:
    """The key's steps, as (fewest, most) entries: none, then up to four more."""
    if most <= 4:
        return [(count, count) for count in range(max(most, 1) + 1)]
    edges = sorted({round(edge) for edge in np.linspace(1, most + 1, 5)})
    return [(0, 0)] + [(low, high - 1) for low, high in itertools.pairwise(edges)]


def step_words(step: tuple[int, int]) -> str:
    low, high = step
    return str(low) if low == high else f"{low}–{high}"


class CalendarLayout:
    """Where each day of a period sits in the calendar grid.

    Up to a year: one block, a column per week of the period and a row per weekday. Longer:
    a block of 53–54 week columns per calendar year, the years one under another with an
    empty row between them, so ten years still fit a window.
    """

    BLOCK_ROWS = 8  # seven weekdays and a gap

    def __init__(self, period: Period) -> None:
        self.period = period
        self.by_year = period.days > 371
        self.years = list(range(period.start.year, period.end.year + 1))
        self.first_monday = bucket_start(period.start, WEEK)
        if self.by_year:
            self.shape = (len(self.years) * self.BLOCK_ROWS - 1, 54)
        else:
            self.shape = (7, (period.end - self.first_monday).days // 7 + 1)

    def grid(self, insights: Insights) -> np.ndarray:
        """Entries per day in the grid's shape; NaN where no day of the period sits."""
        grid = np.full(self.shape, np.nan)
        first, last = self.period.start.toordinal(), self.period.end.toordinal()
        grid[self._cells(np.arange(first, last + 1))] = 0
        written = np.array([day.day.toordinal() for day in insights.days], dtype=int)
        grid[self._cells(written)] = [day.entries for day in insights.days]
        return grid

    def cell(self, day: date) -> tuple[int, int]:
        """(row, column) of ``day``."""
        rows, columns = self._cells(np.array([day.toordinal()]))
        return int(rows[0]), int(columns[0])

    def _cells(self, ordinals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows and columns of the days with these ordinals (``date.toordinal``)."""
        weekdays = (ordinals + 6) % 7  # date.weekday(): Monday is 0
        if not self.by_year:
            return weekdays, (ordinals - self.first_monday.toordinal()) // 7
        year_starts = np.array([date(year, 1, 1).toordinal() for year in self.years])
        blocks = np.searchsorted(year_starts, ordinals, side="right") - 1
        mondays = year_starts - (year_starts + 6) % 7  # the Monday of each 1 January's week
        return blocks * self.BLOCK_ROWS + weekdays, (ordinals - mondays[blocks]) // 7

    def label(self, axes: Axes) -> None:
        """Month names along the bottom; weekdays, or the years, down the side."""
        locale, short = QLocale(), QLocale.FormatType.ShortFormat
        if self.by_year:
            firsts = [date(self.years[0], month, 1) for month in range(1, 13, 2)]
            axes.set_yticks(
                [index * self.BLOCK_ROWS + 3 for index in range(len(self.years))],
                [str(year) for year in self.years],
            )
        else:
            # The period's first month is named only when most of it is inside the period.
            firsts = [self.period.start] if self.period.start.day <= 14 else []
            month = next_bucket_start(self.period.start, MONTH)
            while month <= self.period.end:
                firsts.append(month)
                month = next_bucket_start(month, MONTH)
            # Monday, Wednesday, Friday and Sunday, named in the person's language.
            days = [locale.standaloneDayName(day, short) for day in (1, 3, 5, 7)]
            axes.set_yticks([0, 2, 4, 6], days)
        axes.set_xticks(
            [self.cell(first)[1] for first in firsts],
            [locale.standaloneMonthName(first.month, short) for first in firsts],
        )
