"""Listing moments across the journal: order, filters, and the words with their context."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.errors import InvalidInput
from reflect.core.journal import Journal
from reflect.core.moment_listing import (
    CONTEXT_LENGTH,
    CONTEXT_WINDOW,
    ELLIPSIS,
    MomentFilter,
    context_after,
    context_before,
)
from tests.marked_entries import NEW_YORK_WINTER, TOKYO, write

PEOPLE = "People who help"


@pytest.fixture
def marked(journal: Journal) -> dict[str, int]:
    """Three entries with moments; returns each moment's id by its words."""
    write(
        journal,
        "Rough morning. Called Sam. Went to the meeting anyway.",
        datetime(2026, 1, 10, 8, 0, tzinfo=UTC),
        [("Went to the meeting anyway", HOPE), ("Rough morning", STRUGGLE), ("Called Sam", PEOPLE)],
        title="January",
        tags=["meeting"],
    )
    # 31 January at 23:30 in New York is already 1 February in UTC.
    write(
        journal,
        "Late night craving. It passed.",
        datetime(2026, 1, 31, 23, 30, tzinfo=NEW_YORK_WINTER),
        [("It passed", HOPE), ("Late night craving", STRUGGLE, "remember this")],
        tags=["Cravings"],
    )
    # 1 February at 00:30 in Tokyo is still 31 January in UTC.
    write(
        journal,
        "Slept well for once.",
        datetime(2026, 2, 1, 0, 30, tzinfo=TOKYO),
        [("Slept well", HOPE)],
        tags=["sleep", "meeting"],
    )
    return {row.passage: row.moment_id for row in journal.moment_rows(journal.moment_ids())}


def passages(journal: Journal, chosen: MomentFilter | None = None) -> list[str]:
    return [row.passage for row in journal.moment_rows(journal.moment_ids(chosen))]


def test_every_moment_is_listed_newest_entry_first_then_in_its_order(
    journal: Journal, marked: dict[str, int]
) -> None:
    assert passages(journal) == [
        "Late night craving",  # 1 February 04:30 UTC
        "It passed",
        "Slept well",  # 31 January 15:30 UTC
        "Rough morning",
        "Called Sam",
        "Went to the meeting anyway",
    ]
    assert journal.moment_ids(MomentFilter()) == journal.moment_ids()


def test_moments_are_filtered_by_kind(journal: Journal, marked: dict[str, int]) -> None:
    assert passages(journal, MomentFilter(kinds=frozenset({HOPE}))) == [
        "It passed",
        "Slept well",
        "Went to the meeting anyway",
    ]
    assert passages(journal, MomentFilter(kinds=frozenset({"Struggle"}))) == [
        "Late night craving",
        "Rough morning",
    ]
    assert passages(journal, MomentFilter(kinds=frozenset({PEOPLE, STRUGGLE}))) == [
        "Late night craving",
        "Rough morning",
        "Called Sam",
    ]
    assert passages(journal, MomentFilter(kinds=frozenset())) == []
    assert passages(journal, MomentFilter(kinds=frozenset({"gratitude"}))) == []


def test_moments_are_filtered_by_a_tag_on_their_entry(
    journal: Journal, marked: dict[str, int]
) -> None:
    assert passages(journal, MomentFilter(tag="meeting")) == [
        "Slept well",
        "Rough morning",
        "Called Sam",
        "Went to the meeting anyway",
    ]
    assert passages(journal, MomentFilter(tag="cravings")) == [
        "Late night craving",
        "It passed",
    ]
    assert passages(journal, MomentFilter(tag="family")) == []


def test_dates_are_the_entries_own_in_the_time_zone_they_were_written_in(
    journal: Journal, marked: dict[str, int]
) -> None:
    january_31 = MomentFilter(since=date(2026, 1, 31), until=date(2026, 1, 31))
    assert passages(journal, january_31) == ["Late night craving", "It passed"]
    february = MomentFilter(since=date(2026, 2, 1))
    assert passages(journal, february) == ["Slept well"]
    until_january_30 = MomentFilter(until=date(2026, 1, 30))
    assert passages(journal, until_january_30) == [
        "Rough morning",
        "Called Sam",
        "Went to the meeting anyway",
    ]
    assert passages(journal, MomentFilter(until=date.max)) == passages(journal)
    assert passages(journal, MomentFilter(since=date.min)) == passages(journal)


def test_filters_combine(journal: Journal, marked: dict[str, int]) -> None:
    chosen = MomentFilter(
        kinds=frozenset({HOPE}), tag="Meeting", since=date(2026, 1, 1), until=date(2026, 1, 31)
    )
    assert passages(journal, chosen) == ["Went to the meeting anyway"]
    with_kind_and_date = MomentFilter(kinds=frozenset({HOPE}), since=date(2026, 1, 31))
    assert passages(journal, with_kind_and_date) == ["It passed", "Slept well"]


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput, match="comes after"):
        MomentFilter(since=date(2026, 2, 1), until=date(2026, 1, 31))
    assert MomentFilter().is_empty
    assert not MomentFilter(tag="x").is_empty


def test_rows_come_in_the_order_asked_without_the_missing(
    journal: Journal, marked: dict[str, int]
) -> None:
    wanted = [marked["Slept well"], 999_999, marked["Late night craving"]]
    rows = journal.moment_rows(wanted)
    assert [row.moment_id for row in rows] == [marked["Slept well"], marked["Late night craving"]]
    craving = rows[1]
    assert craving.kind == STRUGGLE
    assert craving.note == "remember this"
    assert craving.title == ""
    assert craving.created == datetime(2026, 1, 31, 23, 30, tzinfo=NEW_YORK_WINTER)
    assert craving.created.utcoffset() == NEW_YORK_WINTER.utcoffset(None)
    assert (craving.before, craving.passage, craving.after) == (
        "",
        "Late night craving",
        ". It passed.",
    )
    entry = journal.get_entry(craving.entry_id)
    assert entry.text[craving.start : craving.end] == craving.passage
    assert journal.moment_rows([]) == []


def test_kinds_in_use_come_hope_and_struggle_first(journal: Journal) -> None:
    assert journal.moment_kinds() == []
    when = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    write(journal, "a b c d", when, [("a", "walks"), ("b", STRUGGLE), ("c", "Art"), ("d", HOPE)])
    assert journal.moment_kinds() == [HOPE, STRUGGLE, "Art", "walks"]


def test_a_long_entry_gives_about_sixty_characters_each_side_cut_between_words(
    journal: Journal,
) -> None:
    before = "I kept thinking about the way the light came through the kitchen window that morning "
    after = " and how I almost did not notice it because I was so tired from the night before."
    text = before + "and I felt something like hope" + after
    write(journal, text, datetime(2026, 3, 1, tzinfo=UTC), [("and I felt something", HOPE)])
    (row,) = journal.moment_rows(journal.moment_ids())
    assert row.before == "…way the light came through the kitchen window that morning "
    assert row.after == " like hope and how I almost did not notice it because I was…"
    for context in (row.before, row.after):
        assert len(context.strip(ELLIPSIS)) <= CONTEXT_LENGTH
    assert before.endswith(row.before.removeprefix(ELLIPSIS))
    assert text[row.end :].startswith(row.after.removesuffix(ELLIPSIS))


def test_context_stays_in_the_passage_s_paragraphs(journal: Journal) -> None:
    text = "What helped\ncalling Sam before breakfast\nthe walk\nto the meeting, slowly"
    write(
        journal,
        text,
        datetime(2026, 3, 1, tzinfo=UTC),
        [("Sam before", HOPE), ("walk\nto the", STRUGGLE)],
    )
    sam, walk = journal.moment_rows(journal.moment_ids())
    assert (sam.before, sam.passage, sam.after) == ("calling ", "Sam before", " breakfast")
    assert walk.passage == "walk\nto the"  # the words exactly as written, for a share
    assert walk.passage_line == "walk to the"  # one line, as a list row shows it
    assert (walk.before, walk.after) == ("the ", " meeting, slowly")


def test_offsets_count_characters_with_emoji_and_combining_marks(journal: Journal) -> None:
    family = "👩\u200d👩\u200d👧"  # one emoji, five code points
    decomposed_cafe = "cafe\u0301"
    text = f"{family} 🙂 At the {decomposed_cafe} with Sam, 🇳🇿 flags and all, I laughed 😂 again."
    write(journal, text, datetime(2026, 3, 1, tzinfo=UTC), [("I laughed 😂", HOPE)])
    (row,) = journal.moment_rows(journal.moment_ids())
    assert row.passage == "I laughed 😂"
    assert row.before == f"{family} 🙂 At the {decomposed_cafe} with Sam, 🇳🇿 flags and all, "
    assert row.after == " again."


def test_a_long_word_without_spaces_is_cut_between_letters_never_inside_one(
    journal: Journal,
) -> None:
    word = "e\u0301" * 50  # 100 code points, 50 letters, no space
    text = word + "HOPE" + word
    write(journal, text, datetime(2026, 3, 1, tzinfo=UTC), [("HOPE", HOPE)])
    (row,) = journal.moment_rows(journal.moment_ids())
    assert row.before.startswith(ELLIPSIS + "e\u0301")
    assert row.after.endswith("e\u0301" + ELLIPSIS)
    assert len(row.before) - 1 <= CONTEXT_LENGTH and len(row.after) - 1 <= CONTEXT_LENGTH


def test_cuts_keep_emoji_with_their_modifiers_and_flags_whole() -> None:
    thumbs = "👍🏽"  # a thumb and a skin tone: two code points, one emoji
    window = thumbs * 31  # 62 code points, one too many: the first is the window's extra
    before = context_before(window[-CONTEXT_WINDOW:], text_starts=False)
    assert before.startswith(ELLIPSIS + "👍")
    after = context_after(window[:CONTEXT_WINDOW])
    assert after.endswith("🏽" + ELLIPSIS)
    flags = "🇳🇿🇨🇦" * 16  # 64 code points
    assert context_after(flags[:CONTEXT_WINDOW]) == flags[:60] + ELLIPSIS
    assert context_after("🇳🇿" * 30 + "🇨")[:-1] == "🇳🇿" * 30


def test_context_at_the_very_edges_of_the_text() -> None:
    assert context_before("", text_starts=True) == ""
    assert context_after("") == ""
    exactly = "x" * CONTEXT_WINDOW
    assert context_before(exactly, text_starts=True) == exactly  # nothing left out
    spaced = "a" * CONTEXT_LENGTH + " "  # a space just past the limit: a word ends there
    assert context_after(spaced) == "a" * CONTEXT_LENGTH + ELLIPSIS
    assert context_before(" " + "b" * CONTEXT_LENGTH, text_starts=False) == ELLIPSIS + "b" * 60


TEXTS = st.lists(
    st.sampled_from(["a", "b", " ", "\n", "é", "e\u0301", "🙂", "👍🏽", "\u2028"]), max_size=120
).map("".join)


@given(TEXTS, st.data())
def test_context_is_always_the_text_right_around_the_passage(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window_start = max(0, start - CONTEXT_WINDOW)
    before = context_before(text[window_start:start], text_starts=window_start == 0)
    after = context_after(text[end : end + CONTEXT_WINDOW])
    shown_before = before.removeprefix(ELLIPSIS)
    shown_after = after.removesuffix(ELLIPSIS)
    assert text[:start].endswith(shown_before)
    assert text[end:].startswith(shown_after)
    if before.startswith(ELLIPSIS):
        assert len(shown_before) < start
    else:  # nothing left out but the paragraphs before the passage's
        shown_from = start - len(shown_before)
        assert shown_from == 0 or text[shown_from - 1] in "\n\u2028"
    assert len(shown_before) <= CONTEXT_WINDOW and len(shown_after) <= CONTEXT_LENGTH
    for shown in (shown_before, shown_after):
        assert "\n" not in shown and "\u2028" not in shown
    if before.startswith(ELLIPSIS) and shown_before:
        assert unicodedata.category(shown_before[0]) not in ("Mn", "Me", "Mc")
