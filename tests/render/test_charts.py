"""The Insights charts: titles and labelled axes, gentle colours, redrawn in place."""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import numpy as np
import pytest
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import Collection
from matplotlib.colors import to_rgba_array
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.insights import (
    MONTH,
    WEEK,
    Chart,
    DayTotals,
    Insights,
    Period,
    TagUse,
    chart_title,
    gather,
)
from reflect.core.journal import Journal
from reflect.render.charts import DARK, LIGHT, MOST_BARS, ChartFigure, ChartTheme

TEN_YEARS = Period(date(2016, 11, 21), date(2026, 11, 20))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ArtistT = TypeVar("ArtistT", bound=Artist)


def ten_years(bucket: str = MONTH) -> Insights:
    """An entry a day for ten years, with moments, check-ins now and then, and tags."""
    days = [
        DayTotals(
            TEN_YEARS.start + timedelta(days=n),
            entries=1 + n % 3,
            check_ins=n % 2,
            mood_total=(n % 5 + 1) * (n % 2),
            hope=n % 4,
            struggle=n % 3 // 2,
        )
        for n in range(TEN_YEARS.days)
    ]
    tags = [TagUse(name, 500 - 40 * i) for i, name in enumerate(["meeting", "sleep", "$5 a day"])]
    return gather(TEN_YEARS, bucket, days, tags)  # type: ignore[arg-type]


@pytest.fixture
def chart_figure() -> ChartFigure:
    shown = ChartFigure()
    FigureCanvasAgg(shown.figure)
    return shown


def drawn(chart_figure: ChartFigure) -> None:
    canvas = chart_figure.figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()


def visible_axes(chart_figure: ChartFigure) -> list:  # type: ignore[type-arg]
    return [axes for axes in chart_figure.figure.axes if axes.get_visible()]


def visible_texts(chart_figure: ChartFigure) -> list[str]:
    return [
        text.get_text()
        for text in chart_figure.figure.findobj(Text)
        if text.get_visible() and text.get_text() and _shown(text)
    ]


def data_drawn(axes: Axes, artists: Sequence[ArtistT]) -> list[ArtistT]:
    """The visible ones drawn in data coordinates (not the key's, drawn in inches)."""
    return [a for a in artists if a.get_visible() and a.get_transform() is axes.transData]


def _shown(artist: Artist) -> bool:
    """Visible, and so are the axes it is drawn in."""
    owner = getattr(artist, "axes", None)  # a figure's "axes" is a list of them
    if isinstance(owner, Axes) and owner is not artist and not owner.get_visible():
        return False
    return artist.get_visible()


@pytest.mark.parametrize("chart", list(Chart))
@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_every_chart_has_a_title_in_words_and_labelled_axes(
    chart_figure: ChartFigure, chart: Chart, theme: ChartTheme
) -> None:
    insights = ten_years()
    chart_figure.show(insights, chart, theme)
    drawn(chart_figure)

    axes = visible_axes(chart_figure)[0]
    assert axes.get_title(loc="left") == chart_title(chart, MONTH)
    assert axes.get_xlabel() and axes.get_ylabel()
    (title,) = [
        t for t in chart_figure.figure.findobj(Text) if t.get_text() == axes.get_title("left")
    ]
    assert title.get_color() == theme.foreground


@pytest.mark.parametrize("chart", list(Chart))
@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_nothing_is_drawn_in_red(
    chart_figure: ChartFigure, chart: Chart, theme: ChartTheme
) -> None:
    chart_figure.show(ten_years(), chart, theme)
    drawn(chart_figure)

    colours = []
    for artist in chart_figure.figure.findobj(_shown):
        if isinstance(artist, Collection | Patch):
            colours += list(to_rgba_array(artist.get_facecolor()))
        if isinstance(artist, Line2D | Text):
            colours += list(to_rgba_array(artist.get_color()))
        if isinstance(artist, AxesImage):
            colours += list(artist.cmap(np.linspace(0, 1, 16)))
    assert colours
    reds = [c for c in colours if c[3] > 0 and _looks_red(c[:3])]
    assert reds == []


def _looks_red(rgb: np.ndarray) -> bool:
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    return saturation > 0.35 and 0.1 < lightness < 0.9 and (hue < 25 / 360 or hue > 330 / 360)


def test_the_moment_colours_are_the_editors(chart_figure: ChartFigure) -> None:
    assert (LIGHT.hope, LIGHT.struggle) == ("#0072B2", "#E69F00")
    assert DARK.dark and not LIGHT.dark
    assert DARK.hope == "#56B4E9"  # Okabe-Ito's lighter blue: readable on a dark window


def test_ten_years_by_week_are_lines_not_slivers_of_bars(chart_figure: ChartFigure) -> None:
    insights = ten_years(WEEK)
    assert len(insights.buckets) > MOST_BARS

    chart_figure.show(insights, Chart.MOMENTS, LIGHT)
    drawn(chart_figure)

    axes = visible_axes(chart_figure)[0]
    assert len(data_drawn(axes, axes.get_lines())) == 2
    assert not any(len(c.get_paths()) for c in data_drawn(axes, axes.collections))


def test_bars_are_one_per_month_never_per_day(chart_figure: ChartFigure) -> None:
    insights = ten_years(MONTH)
    chart_figure.show(insights, Chart.MOMENTS, LIGHT)
    drawn(chart_figure)

    axes = visible_axes(chart_figure)[0]
    bars = [len(c.get_paths()) for c in data_drawn(axes, axes.collections)]
    assert bars == [len(insights.buckets)] * 2  # hope and struggle: 121 months each


def test_the_calendar_holds_every_day_of_the_period(chart_figure: ChartFigure) -> None:
    for period in (TEN_YEARS, Period(date(2026, 9, 1), date(2026, 11, 20))):
        days = [DayTotals(period.start, 1), DayTotals(period.end, 2)]
        chart_figure.show(gather(period, MONTH, days), Chart.DAYS_WRITTEN, LIGHT)
        drawn(chart_figure)

        image = visible_axes(chart_figure)[0].get_images()[0]
        cells = np.asarray(image.get_array())
        assert int(np.count_nonzero(~np.isnan(cells))) == period.days
        assert int(np.count_nonzero(cells > 0)) == 2


def test_the_calendar_key_names_its_steps(chart_figure: ChartFigure) -> None:
    chart_figure.show(ten_years(), Chart.DAYS_WRITTEN, DARK)
    drawn(chart_figure)

    texts = visible_texts(chart_figure)
    assert "Entries that day" in texts
    assert {"0", "1", "2", "3"} <= set(texts)


def test_a_quiet_chart_is_a_gentle_sentence(chart_figure: ChartFigure) -> None:
    quiet = gather(Period(date(2026, 9, 1), date(2026, 11, 20)), MONTH, [])
    chart_figure.show(ten_years(), Chart.MOMENTS, LIGHT)
    chart_figure.show(quiet, Chart.MOMENTS, LIGHT)
    drawn(chart_figure)

    assert visible_axes(chart_figure) == []
    assert any(
        t.startswith("No moments marked in this period yet.") for t in visible_texts(chart_figure)
    )


def test_redrawing_reuses_the_axes(chart_figure: ChartFigure) -> None:
    for chart in Chart:
        chart_figure.show(ten_years(), chart, LIGHT)
    made = list(chart_figure.figure.axes)

    for bucket, theme in ((WEEK, DARK), (MONTH, LIGHT)):
        for chart in Chart:
            chart_figure.show(ten_years(bucket), chart, theme)
            drawn(chart_figure)

    assert chart_figure.figure.axes == made
    assert len(visible_axes(chart_figure)) == 1  # the tags chart (it has no key)


def test_tag_names_are_words_not_mathematics(chart_figure: ChartFigure) -> None:
    chart_figure.show(ten_years(), Chart.TAGS, LIGHT)
    drawn(chart_figure)  # "$5 a day" would fail to parse as mathematics
    assert "$5 a day" in visible_texts(chart_figure)


def test_clearing_forgets_everything(chart_figure: ChartFigure) -> None:
    chart_figure.show(ten_years(), Chart.TAGS, LIGHT)
    chart_figure.clear()
    drawn(chart_figure)
    assert chart_figure.figure.axes == []
    assert "meeting" not in visible_texts(chart_figure)


def test_a_chart_is_saved_as_a_png(chart_figure: ChartFigure, tmp_path: Path) -> None:
    chart_figure.show(ten_years(), Chart.CHECK_INS, DARK)
    chart_figure.save_png(tmp_path / "check-ins.png")
    assert (tmp_path / "check-ins.png").read_bytes().startswith(PNG_SIGNATURE)


def test_a_real_journal_draws(chart_figure: ChartFigure, journal: Journal) -> None:
    start = datetime(2026, 1, 1, 9).astimezone()
    for day in range(60):
        journal.add_entry(
            text="A day at a time.",
            created=start + timedelta(days=day),
            mood=day % 5 + 1,
            tags=["meeting"] if day % 2 else [],
            moments=[MomentDraft(None, 0, 5, HOPE if day % 3 else STRUGGLE)],
        )
    insights = journal.insights(Period(date(2026, 1, 1), date(2026, 3, 31)), WEEK)

    for chart in Chart:
        chart_figure.show(insights, chart, LIGHT)
        drawn(chart_figure)
        assert visible_axes(chart_figure)[0].get_title(loc="left") == chart_title(chart, WEEK)
