"""Exact dates in a share, and how they are said: "about three months in" or "one day"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reflect.core.redaction import Category, by_key, find_suggestions, redact
from reflect.core.redaction_dates import describe_date, find_dates, number_words
from reflect.core.shares import RedactionDecision

START = date(2023, 12, 12)


@pytest.mark.parametrize(
    ("text", "original", "day"),
    [
        ("It was 12 March 2024.", "12 March 2024", date(2024, 3, 12)),
        ("It was 12th of March, 2024.", "12th of March, 2024", date(2024, 3, 12)),
        ("It was the 12th of March 2024.", "the 12th of March 2024", date(2024, 3, 12)),
        ("It was March 12, 2024.", "March 12, 2024", date(2024, 3, 12)),
        ("It was Mar. 12th 2024.", "Mar. 12th 2024", date(2024, 3, 12)),
        ("It was 12/03/2024.", "12/03/2024", date(2024, 3, 12)),  # day first…
        ("It was 12/31/2024.", "12/31/2024", date(2024, 12, 31)),  # …unless it can't be
        ("It was 12.03.24.", "12.03.24", date(2024, 3, 12)),
        ("It was 2024-03-12.", "2024-03-12", date(2024, 3, 12)),
        ("I went there on 12 March 2024.", "on 12 March 2024", date(2024, 3, 12)),
        ("On Tuesday, 12 March 2024 I went.", "On Tuesday, 12 March 2024", date(2024, 3, 12)),
        ("It was 31 February 2024.", "31 February 2024", None),  # not a real day
    ],
)
def test_exact_dates(text: str, original: str, day: date | None) -> None:
    [mention] = find_dates(text)
    assert text[mention.start : mention.end] == original
    assert mention.day == day


def test_a_date_without_a_year_takes_the_year_it_was_written() -> None:
    text = "On March 12th I called."
    [mention] = find_dates(text, written_on=date(2025, 6, 1))
    assert text[mention.start : mention.end] == "On March 12th"
    assert mention.day == date(2025, 3, 12)
    [unknown] = find_dates(text)
    assert unknown.day is None


@pytest.mark.parametrize(
    "text",
    [
        "In March 2024 I moved.",  # a month is not an exact date
        "I may 12 times have said it.",  # "may" is a verb
        "It was 2024. Then 1990-2000.",
        "Version 1.2.3 at 3.30, score 12-3.",
        "I waited 45 minutes on 12 buses.",
    ],
)
def test_not_exact_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "in the first few days"),
        (3, "in the first few days"),
        (5, "about a week in"),
        (14, "about two weeks in"),
        (59, "about eight weeks in"),
        (61, "about two months in"),
        (91, "about three months in"),
        (365, "about twelve months in"),
        (700, "about twenty-three months in"),
        (731, "about two years in"),
        (365 * 11, "about eleven years in"),
        (-2, "a few days before"),
        (-30, "about four weeks before"),
        (-400, "about thirteen months before"),
    ],
)
def test_dates_counted_from_the_story_start(days: int, words: str) -> None:
    assert describe_date(START + timedelta(days=days), START) == words


def test_without_a_story_start_a_date_is_one_day() -> None:
    assert describe_date(date(2024, 3, 12), None) == "one day"
    assert describe_date(None, START) == "one day"


@pytest.mark.parametrize(
    ("number", "words"),
    [(0, "zero"), (1, "one"), (13, "thirteen"), (20, "twenty"), (42, "forty-two"), (120, "120")],
)
def test_number_words(number: int, words: str) -> None:
    assert number_words(number) == words


def test_dates_in_a_share_read_aloud() -> None:
    text = "On 12 March 2024 I went back. I remember the 1st of April 2024 too."
    suggestions = find_suggestions(text, [], story_start=START)
    assert [(s.original, s.category, s.replacement) for s in suggestions] == [
        ("On 12 March 2024", Category.DATE, "about three months in"),
        ("the 1st of April 2024", Category.DATE, "about four months in"),
    ]
    decided = by_key(RedactionDecision(s.original, s.replacement, True) for s in suggestions)
    assert redact(text, suggestions, decided) == (
        "About three months in I went back. I remember about four months in too."
    )


def test_dates_without_a_story_start_or_year() -> None:
    text = "I went on March 12th."
    [undated] = find_suggestions(text, [])
    assert undated.replacement == "one day"
    [dated] = find_suggestions(text, [], story_start=START, written_on=date(2024, 5, 2))
    assert dated.replacement == "about three months in"
    decided = by_key([RedactionDecision(dated.original, dated.replacement, True)])
    assert redact(text, [dated], decided) == "I went about three months in."
