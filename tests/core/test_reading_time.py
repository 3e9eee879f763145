"""Read-aloud time: counting words as they are said, the arithmetic, and the calm wording."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.reading_time import (
    Timing,
    describe,
    describe_slot,
    format_clock,
    format_duration,
    reading_seconds,
    timing,
    word_count,
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\n ", 0),
        ("I don't know", 3),  # a contraction is one word
        ("I don’t know", 3),  # with a typographic apostrophe too
        ("It was hard — really hard", 5),  # a dash is not a word
        ("well—I tried", 3),  # a dash between words still separates them
        ("well--I tried", 3),
        ("a well-known place", 3),  # a hyphenated word is one
        ("I had 3 cups, then 1,000 more in 2024.", 9),  # numbers count
        ("and/or", 2),
        ("wait…what", 2),
        ("😀 🙏 ...", 0),  # emoji and punctuation are not words
        ("Zoe\u0308 came", 2),  # a combining mark does not split a word
        ("שלום עולם", 2),  # right-to-left words count the same
        ("“Come home,” she said.", 4),
    ],
)
def test_words_are_counted_as_a_reader_says_them(text: str, words: int) -> None:
    assert word_count(text) == words


@pytest.mark.parametrize(
    ("words", "rate", "seconds"),
    [
        (0, 130, 0),
        (130, 130, 60),
        (650, 130, 300),
        (1, 120, 1),  # 0.5 s rounds up
        (3, 130, 1),  # 1.38 s
        (542, 130, 250),  # 250.15 s
        (100, 60, 100),
    ],
)
def test_reading_seconds_are_rounded_to_the_nearest_second(
    words: int, rate: int, seconds: int
) -> None:
    assert reading_seconds(words, rate) == seconds


def test_a_rate_of_zero_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="positive"):
        reading_seconds(10, 0)


@given(st.integers(0, 100_000), st.integers(60, 250))
def test_reading_seconds_match_the_exact_quotient(words: int, rate: int) -> None:
    assert abs(reading_seconds(words, rate) - words * 60 / rate) <= 0.5


def test_timing_over_and_under_the_slot() -> None:
    text = " ".join(["word"] * 650)
    fits = timing(text, 130, 360)
    assert fits == Timing(650, 300, 360)
    assert not fits.over and fits.difference == -60
    too_long = timing(text, 130, 240)
    assert too_long.over and too_long.difference == 60
    exact = timing(text, 130, 300)
    assert not exact.over and exact.difference == 0


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (60, "1 min"),
        (250, "4 min 10 s"),
        (3600, "1 h"),
        (3723, "1 h 2 min"),
        (-65, "1 min 5 s"),  # the sign is said as "over" or "under"
    ],
)
def test_durations_in_short_words(seconds: int, words: str) -> None:
    assert format_duration(seconds) == words


@pytest.mark.parametrize(
    ("seconds", "clock"),
    [(0, "0:00"), (5, "0:05"), (250, "4:10"), (3723, "1:02:03"), (-5, "-0:05")],
)
def test_a_running_clock(seconds: int, clock: str) -> None:
    assert format_clock(seconds) == clock


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (60, "1 minute"),
        (300, "5 minutes"),
        (3600, "1 hour"),
        (7200, "2 hours"),
        (150, "2 min 30 s"),
    ],
)
def test_slots_as_people_say_them(seconds: int, words: str) -> None:
    assert describe_slot(seconds) == words


@pytest.mark.parametrize(
    ("timed", "sentence"),
    [
        (Timing(542, 250, 300), "About 4 min 10 s to read aloud — 50 s under your 5 minutes."),
        (Timing(791, 365, 300), "About 6 min 5 s to read aloud — 1 min 5 s over your 5 minutes."),
        (Timing(650, 300, 300), "About 5 min to read aloud — right on your 5 minutes."),
        (Timing(90, 45, 180), "About 45 s to read aloud — 2 min 15 s under your 3 minutes."),
        (Timing(0, 0, 300), "Nothing to read aloud yet — you have 5 minutes."),
    ],
)
def test_the_description_is_calm_and_plain(timed: Timing, sentence: str) -> None:
    assert describe(timed) == sentence


def test_the_description_never_alarms() -> None:
    words = describe(Timing(5000, 2308, 180)).lower()
    for harsh in ("too long", "error", "fail", "warning", "!"):
        assert harsh not in words
