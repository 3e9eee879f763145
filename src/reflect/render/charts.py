"""The Insights charts as matplotlib figures (the object API: no pyplot, no Qt).

``ChartFigure`` owns one ``Figure`` and shows any of the four charts on it. Colours come
from a ``ChartTheme`` (the window's palette, light or dark) and from the editor's moment
colours (Okabe-Ito, safe for colour-blind eyes); nothing is red, and struggle is never
drawn as failure. Each chart has a title in words and labelled axes;
``reflect.core.insights.chart_text`` tells the same chart in words.

Speed (``benchmarks/charts.py``): most of a draw is text (matplotlib lays out and renders
every label, every time) and making axes. So each chart's axes and artists are made once
and later draws only give them new data and colours; axes keep fixed margins in inches (an
axes locator, so they hold when the window is resized) instead of a layout engine; titles
and axis labels sit at fixed places, which spares matplotlib measuring every tick label to
place them; keys are a few squares rather than a ``Legend`` (whose layout took a fifth of
a draw); and bars are one collection per kind, never an artist per bar or a bar per day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import numpy as np
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import ListedColormap, Normalize, to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import Locator, MaxNLocator
from matplotlib.transforms import Bbox, ScaledTranslation, blended_transform_factory
from PySide6.QtCore import QCoreApplication, QLocale

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.insights import (
    MOOD_WORDS,
    TOP_TAGS,
    WEEK,
    Chart,
    Insights,
    chart_text,
    chart_title,
    has_data,
    next_bucket_start,
)
from reflect.render.chart_parts import (
    CalendarLayout,
    ChartKey,
    concise_dates,
    entry_steps,
    step_words,
)
from reflect.render.entry_document import MOMENT_LOOKS, TAG_LOOK
from reflect.render.translated import wording_text

# matplotlib.dates carries no annotations; these give the two parts used here a type.
_date_numbers: Callable[[Sequence[date]], Sequence[float]] = mdates.date2num
_AutoDateLocator: Callable[..., Locator] = mdates.AutoDateLocator

FIGURE_SIZE = (9.0, 5.0)  # inches, at DPI: what a new figure is before a canvas sizes it
DPI = 100
PNG_DPI = 150  # saved charts are sharper than the screen's
TITLE_POINTS, LABEL_POINTS, TICK_POINTS = 13, 10.5, 9.5
TOP_MARGIN, BOTTOM_MARGIN = 0.95, 0.75  # inches, room for the title and key / the x labels
TAG_LABEL_CHARACTERS = 24  # longer tag names are shortened on the chart (the table has them)
MOST_BARS = 160  # more weeks or months than this are drawn as lines: bars would be slivers
Rgb = tuple[float, float, float]
Locate = Callable[[object, object], Bbox]


@dataclass(frozen=True)
class ChartTheme:
    """The colours a chart is drawn in, taken from the window's palette ("#rrggbb")."""

    background: str
    foreground: str

    @property
    def dark(self) -> bool:
        """Whether the background is dark (light text on it)."""
        red, green, blue = to_rgb(self.background)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5

    def blend(self, share: float, colour: str | None = None) -> Rgb:
        """``colour`` (the text colour) mixed into the background: ``share`` 0 is the
        background, 1 the colour itself."""
        back = np.array(to_rgb(self.background))
        front = np.array(to_rgb(colour or self.foreground))
        red, green, blue = back + (front - back) * share
        return float(red), float(green), float(blue)

    @property
    def hope(self) -> str:
        # Okabe-Ito blue is too dark to see on a dark window; sky blue is its lighter sibling.
        return "#56B4E9" if self.dark else MOMENT_LOOKS[HOPE].colour

    @property
    def struggle(self) -> str:
        return MOMENT_LOOKS[STRUGGLE].colour

    @property
    def tags(self) -> str:
        return TAG_LOOK.colour

    @property
    def lines(self) -> Rgb:
        """Axis lines and tick marks: quieter than the text."""
        return self.blend(0.45)

    @property
    def grid(self) -> Rgb:
        return self.blend(0.15)


LIGHT = ChartTheme(background="#ffffff", foreground="#1f1f1f")
DARK = ChartTheme(background="#2b2d31", foreground="#e8e6e3")


def new_figure() -> Figure:
    """A figure for ``ChartFigure``; a canvas resizes it to fit its window."""
    return Figure(figsize=FIGURE_SIZE, dpi=DPI)


class ChartFigure:
    """One figure that shows any of the four charts, redrawing in place."""

    def __init__(self, figure: Figure | None = None) -> None:
        self.figure = figure if figure is not None else new_figure()
        self._painters: dict[Chart, _Painter] = {}
        self._theme = LIGHT
        self._note = self._make_note()

    def show(self, insights: Insights, chart: Chart, theme: ChartTheme) -> None:
        """Put ``chart`` of ``insights`` on the figure in ``theme``'s colours; the caller
        draws the canvas."""
        self._theme = theme
        self.figure.set_facecolor(theme.background)
        drawn = has_data(insights, chart)
        if drawn and chart not in self._painters:
            self._painters[chart] = _PAINTERS[chart](self.figure)
        for kind, painter in self._painters.items():
            painter.set_visible(drawn and kind is chart)
        self._note.set_visible(not drawn)
        if drawn:
            title = chart_title(chart, insights.bucket, wording_text)
            self._painters[chart].show(insights, theme, title)
        else:  # a gentle sentence instead of empty axes
            self._note.set_text(chart_text(insights, chart, wording_text).summary)
            self._note.set_color(theme.foreground)

    def clear(self) -> None:
        """Forget every chart and its data (the journal was locked)."""
        self.figure.clear()
        self._painters.clear()
        self._note = self._make_note()

    def save_png(self, path: Path) -> None:
        """Write what is shown as a PNG picture (``OSError`` when it can't be written)."""
        self.figure.savefig(path, format="png", dpi=PNG_DPI, facecolor=self._theme.background)

    def _make_note(self) -> Text:
        note = self.figure.text(0.5, 0.5, "", ha="center", va="center", wrap=True)
        note.set(fontsize=LABEL_POINTS + 1, parse_math=False, visible=False)
        return note


# --- the charts ---------------------------------------------------------------------------


class _Painter:
    """One chart's axes and artists, made once; ``show`` gives them new data and colours."""

    def __init__(
        self, figure: Figure, *, left: float, right: float = 0.35, label_at: float = 0.1
    ) -> None:
        """Margins in inches; the y axis label's left edge ``label_at`` inches from the
        figure's left (each chart knows how wide its tick labels are)."""
        self.figure = figure
        self.theme: ChartTheme | None = None
        axes = self.axes = figure.add_subplot()
        axes.set_axes_locator(_margins(figure, left=left, right=right))
        axes.spines[["top", "right"]].set_visible(False)
        inches = figure.dpi_scale_trans
        axes.xaxis.set_label_coords(0.5, 0, axes.transAxes + ScaledTranslation(0, -0.33, inches))
        axes.yaxis.label.set_verticalalignment("top")  # its left edge, once turned upright
        axes.yaxis.set_label_coords(
            label_at, 0.5, blended_transform_factory(inches, axes.transAxes)
        )

    def show(self, insights: Insights, theme: ChartTheme, title: str) -> None:
        self.update(insights)
        if theme != self.theme:
            self.theme = theme
            self.restyle(theme)
        # At a fixed height: placed automatically, matplotlib measures the axes on each draw.
        self.axes.set_title(
            title, color=theme.foreground, fontsize=TITLE_POINTS, loc="left", y=1.0, pad=30
        )

    def set_visible(self, visible: bool) -> None:
        self.axes.set_visible(visible)

    def update(self, insights: Insights) -> None:
        raise NotImplementedError

    def restyle(self, theme: ChartTheme) -> None:
        """Colour the axes, ticks and labels for ``theme`` (ticks made later follow)."""
        axes = self.axes
        axes.set_facecolor(theme.background)
        for spine in axes.spines.values():
            spine.set_color(theme.lines)
        axes.tick_params(
            colors=theme.lines,
            labelcolor=theme.foreground,
            labelsize=TICK_POINTS,
            grid_color=theme.grid,
        )
        axes.xaxis.label.set(color=theme.foreground, fontsize=LABEL_POINTS)
        axes.yaxis.label.set(color=theme.foreground, fontsize=LABEL_POINTS)
        axes.xaxis.get_offset_text().set_color(theme.foreground)

    def _grid(self, axis: Literal["x", "y"]) -> None:
        self.axes.grid(axis=axis, linewidth=0.8)
        self.axes.set_axisbelow(True)


class _MomentsPainter(_Painter):
    """Hope and struggle side by side per week or month: never stacked, never mirrored, so
    struggle is not taken away from hope. Many buckets: two step lines (solid and dashed)."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure, left=0.8, label_at=0.25)
        axes = self.axes
        self.bars = {kind: PolyCollection([], linewidths=0) for kind in (HOPE, STRUGGLE)}
        for collection in self.bars.values():
            axes.add_collection(collection)
        self.lines = {
            HOPE: axes.plot([], [], drawstyle="steps-post", linewidth=1.4)[0],
            STRUGGLE: axes.plot([], [], drawstyle="steps-post", linewidth=1.4, dashes=(4, 2))[0],
        }
        self.key = ChartKey(figure, axes, fontsize=TICK_POINTS)
        axes.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        _date_axis(axes)
        axes.set_ylabel(QCoreApplication.translate("charts", "Moments marked"))
        self._grid("y")

    def set_visible(self, visible: bool) -> None:
        super().set_visible(visible)
        self.key.set_visible(visible)

    def update(self, insights: Insights) -> None:
        starts, widths = _bucket_spans(insights)
        edges = np.append(starts, starts[-1] + widths[-1])
        as_bars = len(starts) <= MOST_BARS
        tallest = 1
        for offset, kind in ((0.1, HOPE), (0.5, STRUGGLE)):
            counts = np.array([getattr(totals, kind) for totals in insights.buckets], float)
            tallest = max(tallest, int(counts.max()))
            left = starts + widths * offset
            self.bars[kind].set_verts(_bars(left, left + widths * 0.4, counts))
            self.bars[kind].set_visible(as_bars)
            self.lines[kind].set_data(edges, np.append(counts, counts[-1]))
            self.lines[kind].set_visible(not as_bars)
        self.axes.set_xlim(float(edges[0]), float(edges[-1]))
        self.axes.set_ylim(0, tallest * 1.08)
        self.axes.set_xlabel(_bucket_word(insights))
        # Lines are told apart by their dashes too, so the key draws them as lines.
        self.key.set_steps(
            [
                QCoreApplication.translate("charts", "Hope"),
                QCoreApplication.translate("charts", "Struggle"),
            ],
            dashed=None if as_bars else [False, True],
        )

    def restyle(self, theme: ChartTheme) -> None:
        super().restyle(theme)
        colours = [theme.hope, theme.struggle]
        for kind, colour in zip((HOPE, STRUGGLE), colours, strict=True):
            self.bars[kind].set_facecolor(colour)
            self.lines[kind].set_color(colour)
        self.key.restyle(theme.foreground, colours)


def _bars(left: np.ndarray, right: np.ndarray, heights: np.ndarray) -> list[np.ndarray]:
    """The corners of bars standing on zero, for a ``PolyCollection``."""
    bottom = np.zeros_like(heights)
    corners = [(left, bottom), (left, heights), (right, heights), (right, bottom)]
    return list(np.stack([np.column_stack(corner) for corner in corners], axis=1))


class _CheckInsPainter(_Painter):
    """The mean check-in per week or month as a line; no check-in is a gap, not a zero."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure, left=1.25)
        axes = self.axes
        self.line: Line2D = axes.plot([], [], linewidth=1.6, marker="o")[0]
        axes.set_ylim(0.7, 5.3)
        moods = [
            f"{mood} {QCoreApplication.translate('insights', words)}"
            for mood, words in MOOD_WORDS.items()
        ]
        axes.set_yticks([1, 2, 3, 4, 5], moods)
        _date_axis(axes)
        axes.set_ylabel(QCoreApplication.translate("charts", "Average check-in"))
        self._grid("y")

    def update(self, insights: Insights) -> None:
        starts, widths = _bucket_spans(insights)
        moods = [np.nan if totals.mood is None else totals.mood for totals in insights.buckets]
        self.line.set_data(starts + widths / 2, moods)
        self.line.set_markersize(3.5 if len(moods) > 60 else 5)
        self.axes.set_xlim(float(starts[0]), float(starts[-1] + widths[-1]))
        self.axes.set_xlabel(_bucket_word(insights))

    def restyle(self, theme: ChartTheme) -> None:
        super().restyle(theme)
        # The text colour: a check-in is neither good nor bad, so its line is no signal colour.
        self.line.set_color(theme.foreground)


class _TagsPainter(_Painter):
    """The most used tags as horizontal bars, the most used at the top, each with its count
    beside it (so the x axis needs no numbers of its own)."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure, left=2.2)
        axes = self.axes
        self.bars = PolyCollection([], linewidths=0)
        axes.add_collection(self.bars)
        self.counts = [
            axes.text(0, 0, "", va="center", fontsize=TICK_POINTS) for _ in range(TOP_TAGS)
        ]
        axes.spines["bottom"].set_visible(False)
        axes.tick_params(axis="x", bottom=False, labelbottom=False)
        axes.tick_params(axis="y", length=0)
        axes.xaxis.set_label_coords(
            0.5, 0, axes.transAxes + ScaledTranslation(0, -0.12, figure.dpi_scale_trans)
        )
        axes.set_xlabel(QCoreApplication.translate("charts", "Entries with the tag"))
        axes.set_ylabel(QCoreApplication.translate("charts", "Tag"))

    def update(self, insights: Insights) -> None:
        uses = insights.top_tags[: len(self.counts)]
        most = max(use.entries for use in uses)
        self.bars.set_verts(
            [
                [(0, row - 0.3), (0, row + 0.3), (use.entries, row + 0.3), (use.entries, row - 0.3)]
                for row, use in enumerate(uses)
            ]
        )
        for row, text in enumerate(self.counts):
            text.set_visible(row < len(uses))
            if row < len(uses):
                text.set_text(_number(uses[row].entries))
                text.set_position((uses[row].entries + most * 0.01, row))
        self.axes.set_yticks(
            range(len(uses)), [_shortened(use.tag) for use in uses], parse_math=False
        )
        self.axes.set_ylim(len(uses) - 0.5, -0.5)  # the most used at the top
        self.axes.set_xlim(0, most * 1.12)

    def restyle(self, theme: ChartTheme) -> None:
        super().restyle(theme)
        self.bars.set_facecolor(theme.tags)
        for text in self.counts:
            text.set_color(theme.foreground)


class _DaysWrittenPainter(_Painter):
    """A calendar: a square per day, coloured more strongly the more was written, with a
    key of a few steps ("0", "1", "2–3"…) rather than a shade to guess."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure, left=0.85, label_at=0.12)
        axes = self.axes
        self.image = axes.imshow(np.zeros((7, 1)), interpolation="nearest")
        for spine in axes.spines.values():
            spine.set_visible(False)
        axes.tick_params(length=0)
        axes.set_xlabel(QCoreApplication.translate("charts", "Month"))
        self.steps: list[tuple[int, int]] = [(0, 0), (1, 1)]
        self.key = ChartKey(
            figure,
            axes,
            title=QCoreApplication.translate("charts", "Entries that day"),
            fontsize=TICK_POINTS,
        )

    def set_visible(self, visible: bool) -> None:
        super().set_visible(visible)
        self.key.set_visible(visible)

    def update(self, insights: Insights) -> None:
        layout = CalendarLayout(insights.period)
        entries = layout.grid(insights)
        steps = entry_steps(max(day.entries for day in insights.days))
        if steps != self.steps:
            self.steps = steps
            self.theme = None  # new colours for the new steps
        # Each day becomes the number of its step, so the colours need no norm of their own.
        highs = np.array([high for _, high in steps])
        step_of_day = np.where(np.isnan(entries), np.nan, np.searchsorted(highs, entries))
        rows, columns = layout.shape
        self.image.set_data(step_of_day)
        self.image.set_norm(Normalize(-0.5, len(steps) - 0.5))
        self.image.set_extent((-0.5, columns - 0.5, rows - 0.5, -0.5))
        self.axes.set_xlim(-0.5, columns - 0.5)
        self.axes.set_ylim(rows - 0.5, -0.5)
        self.axes.set_aspect("auto" if len(layout.years) > 3 else "equal")

        layout.label(self.axes)
        if layout.by_year:
            self.axes.set_ylabel(QCoreApplication.translate("charts", "Year"))
        else:
            self.axes.set_ylabel(QCoreApplication.translate("charts", "Day of the week"))
        self.key.set_steps([step_words(step) for step in steps])

    def restyle(self, theme: ChartTheme) -> None:
        super().restyle(theme)
        # No entries is a quiet tint of the window, never a warning colour; the first step
        # above it is already clearly coloured, so one entry never looks like none.
        shades = [theme.blend(0.1)] + [
            theme.blend(share, theme.hope) for share in np.linspace(0.45, 1.0, len(self.steps) - 1)
        ]
        # Days outside the period are not drawn at all.
        self.image.set_cmap(ListedColormap(shades).with_extremes(bad=(0.0, 0.0, 0.0, 0.0)))
        self.key.restyle(theme.foreground, shades)


_PAINTERS: dict[Chart, Callable[[Figure], _Painter]] = {
    Chart.MOMENTS: _MomentsPainter,
    Chart.CHECK_INS: _CheckInsPainter,
    Chart.DAYS_WRITTEN: _DaysWrittenPainter,
    Chart.TAGS: _TagsPainter,
}


# --- pieces -------------------------------------------------------------------------------


def _margins(figure: Figure, *, left: float, right: float) -> Locate:
    """An axes locator keeping these margins (inches) at any figure size."""

    def locate(_axes: object, _renderer: object) -> Bbox:
        width, height = figure.get_size_inches()
        x0, x1 = min(left / width, 0.45), max(1 - right / width, 0.55)
        y0, y1 = min(BOTTOM_MARGIN / height, 0.45), max(1 - TOP_MARGIN / height, 0.55)
        return Bbox.from_extents(x0, y0, x1, y1)

    return locate


def _bucket_word(insights: Insights) -> str:
    if insights.bucket == WEEK:
        return QCoreApplication.translate("charts", "Week")
    return QCoreApplication.translate("charts", "Month")


def _number(count: int) -> str:
    """``count`` with its digits grouped the person's way ("1,234"; "1.234" in Spanish)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{count:,}"
    return locale.toString(count)


def _bucket_spans(insights: Insights) -> tuple[np.ndarray, np.ndarray]:
    """Each bucket's first day and its length in days, as matplotlib date numbers."""
    starts = [totals.start for totals in insights.buckets]
    ends = [next_bucket_start(start, insights.bucket) for start in starts]
    first = np.asarray(_date_numbers(starts))
    return first, np.asarray(_date_numbers(ends)) - first


def _date_axis(axes: Axes) -> None:
    locator = _AutoDateLocator(minticks=3, maxticks=7)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(concise_dates(locator))


def _shortened(tag: str) -> str:
    if len(tag) <= TAG_LABEL_CHARACTERS:
        return tag
    return tag[: TAG_LABEL_CHARACTERS - 1] + "…"
