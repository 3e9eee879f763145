"""Searching a real encrypted journal: words, prefixes, phrases, accents, filters, order,
snippets, where a match lies, malformed input, and stopping a search."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.errors import InvalidInput, JournalIsLocked, SearchInterrupted
from reflect.core.journal import Journal
from reflect.core.search import Order, SearchFilters, SearchQuery, Snippet, match_expression
from reflect.core.searcher import Searcher
from reflect.core.storage.search import parse_snippet
from tests.helpers import found

UTC_PLUS_9 = timezone(timedelta(hours=9))
UTC_MINUS_5 = timezone(timedelta(hours=-5))


def add(journal: Journal, text: str, **fields: object) -> int:
    entry_id = journal.add_entry(text=text, **fields).created  # type: ignore[arg-type]
    assert entry_id is not None
    return entry_id


@pytest.fixture
def searcher(journal: Journal) -> Iterator[Searcher]:
    with journal.open_searcher() as opened:
        yield opened


# --- what was typed, as FTS5 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("hope", '"hope"'),
        ("  hope   today ", '"hope" AND "today"'),
        ("hop*", '"hop"*'),
        ('"one day at a time"', '"one day at a time"'),
        ('"one day at*"', '"one day at"*'),
        ("coffee OR tea", '("coffee" OR "tea")'),
        ("coffee OR tea morning", '("coffee" OR "tea") AND "morning"'),
        ("coffee or tea", '"coffee" AND "or" AND "tea"'),  # only capitals make an operator
        ('say "hi"', '"say" AND "hi"'),
        ('"day at', '"day" AND "at"'),  # a quote never closed: plain words
        ('day" at', '"day" AND "at"'),
        ("OR hope", '"OR" AND "hope"'),  # a lone operator is a word
        ("hope OR", '"hope" AND "OR"'),
        ("hope AND NOT fear", '"hope" AND "AND" AND "NOT" AND "fear"'),
        ('don\'t "stop"', '"don\'t" AND "stop"'),
        ('a"b', '"a" AND "b"'),
        ('"say ""hi"""', '"say " AND "hi"'),
        ("title:hope", '"title:hope"'),  # no column filters: just the two words
        ("(hope", '"(hope"'),
        ("-hope ^fear", '"-hope" AND "^fear"'),
    ],
)
def test_typed_text_becomes_quoted_fts5(typed: str, expression: str) -> None:
    assert match_expression(typed) == expression


@pytest.mark.parametrize("typed", ["", "   ", '"', '""', "*", "***", "-", "( ) ^ :", "😊", "\x00"])
def test_text_without_words_searches_for_nothing(typed: str) -> None:
    assert match_expression(typed) is None


def test_a_query_knows_when_it_is_empty_or_finds_nothing() -> None:
    assert SearchQuery().is_empty
    assert SearchQuery("  ").is_empty and not SearchQuery("  ").finds_nothing
    assert SearchQuery('"*"').finds_nothing
    assert not SearchQuery(filters=SearchFilters(tag="walks")).is_empty


def test_filters_are_checked() -> None:
    with pytest.raises(InvalidInput):
        SearchFilters(since=date(2026, 5, 2), until=date(2026, 5, 1))
    with pytest.raises(InvalidInput):
        SearchFilters(moods=frozenset({7}))
    with pytest.raises(InvalidInput):
        SearchFilters(tag="   ")
    assert SearchFilters(moment_kind="HOPE").moment_kind == HOPE


# --- against a real journal ---------------------------------------------------------------


def test_words_ignore_case_and_accents(journal: Journal) -> None:
    cafe = add(journal, "Coffee at the Café Über with Zoë")
    add(journal, "A quiet evening")
    for typed in ("cafe", "CAFÉ", "café", "uber", "ÜBER", "zoe", "coffee cafe"):
        assert found(journal, typed) == [cafe], typed
    assert found(journal, "cafe evening") == []  # every word must match


def test_prefixes_find_words_starting_that_way(journal: Journal) -> None:
    hopeful = add(journal, "Feeling hopeful")
    hope = add(journal, "Some hope today")
    add(journal, "Went to the shop")
    assert found(journal, "hop*") == [hope, hopeful]  # newest first
    assert found(journal, "HOPEF*") == [hopeful]
    assert found(journal, "shop*") != [hope]
    assert found(journal, "hôp*") == [hope, hopeful]  # accents ignored in prefixes too


def test_phrases_need_their_words_together_and_in_order(journal: Journal) -> None:
    together = add(journal, "Just for today: one day at a time.")
    apart = add(journal, "A time for one more day, at last.")
    assert found(journal, '"one day at a time"') == [together]
    assert sorted(found(journal, "one day at a time")) == sorted([together, apart])
    assert found(journal, '"day at a"*') == [together]
    assert found(journal, '"time one"') == []


def test_or_finds_either(journal: Journal) -> None:
    coffee = add(journal, "coffee in the morning")
    tea = add(journal, "tea in the morning")
    add(journal, "coffee at night")
    assert found(journal, "coffee OR tea morning") == [tea, coffee]


def test_titles_tags_and_moment_notes_are_searched(journal: Journal) -> None:
    titled = add(journal, "text", title="Ninety days")
    tagged = add(journal, "text", tags=["Gratitude"])
    noted = add(journal, "a passage", moments=[MomentDraft(None, 2, 9, HOPE, "remember Sunday")])
    assert found(journal, "ninety") == [titled]
    assert found(journal, "gratitude") == [tagged]
    assert found(journal, "sunday") == [noted]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ('"day at', "both"),
        ("day AND", "neither"),  # "and" is a word, in neither text
        ("day OR", "neither"),
        ("NOT day", "neither"),
        ("(day", "both"),
        ("day)", "both"),
        ("-day", "both"),
        ("day:", "both"),
        ("^day", "both"),
        ('"', "none"),
        ("*", "none"),
        ("NEAR(day at)", "neither"),
    ],
)
def test_malformed_queries_are_searched_as_plain_words(
    journal: Journal, typed: str, expected: str
) -> None:
    first = add(journal, "one day at a time")
    second = add(journal, "day at the sea")
    results = {"both": [second, first], "neither": [], "none": []}
    assert found(journal, typed) == results[expected]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=40))
def test_no_text_makes_a_search_fail(searcher: Searcher, typed: str) -> None:
    for order in Order:
        results = searcher.search(SearchQuery(typed, order=order))
        assert (results.total, results.hits) == (0, [])


def test_date_filters_use_each_entrys_own_date(journal: Journal) -> None:
    # 1 May 23:30 in New York is 2 May in UTC; 2 May 07:00 in Tokyo is 1 May in UTC.
    new_york = add(journal, "walk", created=datetime(2026, 5, 1, 23, 30, tzinfo=UTC_MINUS_5))
    tokyo = add(journal, "walk", created=datetime(2026, 5, 2, 7, 0, tzinfo=UTC_PLUS_9))
    later = add(journal, "walk", created=datetime(2026, 6, 1, 12, 0, tzinfo=UTC_PLUS_9))
    may_first = {"since": date(2026, 5, 1), "until": date(2026, 5, 1)}
    assert found(journal, "walk", **may_first) == [new_york]
    assert found(journal, "walk", since=date(2026, 5, 2), until=date(2026, 5, 2)) == [tokyo]
    assert found(journal, "walk", since=date(2026, 5, 2)) == [later, tokyo]
    assert found(journal, "walk", until=date(2026, 5, 31)) == [new_york, tokyo]  # UTC order
    assert found(journal, "", **may_first) == [new_york]  # filters alone list entries


def test_tag_moment_kind_and_mood_filters(journal: Journal) -> None:
    walk = add(journal, "a long walk", tags=["Walks"], mood=4)
    hope = add(journal, "a walk of hope", moments=[MomentDraft(None, 2, 6, HOPE)], mood=2)
    own = add(journal, "walk with family", moments=[MomentDraft(None, 0, 4, "Family")])
    struggle = add(journal, "hard walk", moments=[MomentDraft(None, 0, 4, STRUGGLE)], mood=4)
    assert found(journal, "walk", tag="walks") == [walk]
    assert found(journal, "walk", moment_kind=HOPE) == [hope]
    assert found(journal, "walk", moment_kind="family") == [own]
    assert found(journal, "walk", moods=frozenset({4})) == [struggle, walk]
    assert found(journal, "walk", moods=frozenset({1, 2})) == [hope]
    assert found(journal, "", moment_kind=STRUGGLE) == [struggle]
    assert found(journal, "walk", tag="walks", moods=frozenset({2})) == []


def test_best_match_puts_titles_first(journal: Journal, searcher: Searcher) -> None:
    in_title = add(journal, "an ordinary day", title="Courage", created=datetime(2025, 1, 1))
    in_text = add(journal, "it took courage to call", created=datetime(2026, 1, 1))
    newest = SearchQuery("courage")
    assert [hit.entry_id for hit in searcher.page(newest, 0, 10)] == [in_text, in_title]
    best = SearchQuery("courage", order=Order.BEST_MATCH)
    assert [hit.entry_id for hit in searcher.page(best, 0, 10)] == [in_title, in_text]


def test_hits_carry_date_title_and_a_highlighted_snippet(
    journal: Journal, searcher: Searcher
) -> None:
    written = datetime(2026, 4, 2, 21, 15, tzinfo=UTC_MINUS_5)
    text = "Rough morning.\n\nThen the Café,   and hope again. " + "More words here. " * 20
    entry_id = add(journal, text, title="April", created=written)
    results = searcher.search(SearchQuery("cafe HOPE"))
    assert results.total == 1
    (hit,) = results.hits
    assert (hit.entry_id, hit.title, hit.created) == (entry_id, "April", written)
    assert "\n" not in hit.snippet.text and "  " not in hit.snippet.text
    matched = [hit.snippet.text[start:end] for start, end in hit.snippet.highlights]
    assert matched == ["Café", "hope"]
    assert "Then the [Café], and [hope] again." in hit.snippet.marked("[", "]")
    assert hit.snippet.text.endswith("…")


def test_hits_for_filters_alone_show_the_start_of_the_text(
    journal: Journal, searcher: Searcher
) -> None:
    add(journal, "First line\nsecond line", tags=["walks"])
    query = SearchQuery(filters=SearchFilters(tag="walks"))
    assert searcher.search(query).hits[0].snippet == Snippet("First line second line")


def test_results_come_in_pages(journal: Journal, searcher: Searcher) -> None:
    written = [
        add(journal, f"walk {number}", created=datetime(2026, 1, 1 + number)) for number in range(7)
    ]
    query = SearchQuery("walk")
    first = searcher.search(query, first=3)
    assert first.total == 7
    assert [hit.entry_id for hit in first.hits] == written[:-4:-1]
    assert [hit.entry_id for hit in searcher.page(query, 3, 3)] == written[3:0:-1]
    assert [hit.entry_id for hit in searcher.page(query, 6, 3)] == written[:1]
    assert searcher.page(query, 7, 3) == []
    with pytest.raises(ValueError, match="negative"):
        searcher.page(query, -1, 3)


def test_parse_snippet_keeps_offsets_right_after_emoji() -> None:
    snippet = parse_snippet("😊 a \ue000b\ue001 c \ue000dé\ue001")
    assert snippet.text == "😊 a b c dé"
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["b", "dé"]


def test_first_match_is_where_the_words_are_in_the_text(
    journal: Journal, searcher: Searcher
) -> None:
    text = "😊 Day one.\nI felt some HOPE today, and hope again."
    entry_id = add(journal, text, title="hope in the title")
    start, end = searcher.first_match(SearchQuery("hope"), entry_id) or (0, 0)
    assert text[start:end] == "HOPE" and start == text.index("HOPE")
    phrase = searcher.first_match(SearchQuery('"hope again"'), entry_id)
    assert phrase is not None and text[phrase[0] : phrase[1]] == "hope again"
    titled = add(journal, "nothing here", title="Courage")
    assert searcher.first_match(SearchQuery("courage"), titled) is None  # only the title
    assert searcher.first_match(SearchQuery("missing"), entry_id) is None
    assert searcher.first_match(SearchQuery(""), entry_id) is None


def test_first_match_in_text_holding_our_marker_characters(
    journal: Journal, searcher: Searcher
) -> None:
    text = "odd \ue000 chars \ue001 then hope"
    entry_id = add(journal, text)
    match = searcher.first_match(SearchQuery("hope"), entry_id)
    assert match is not None and text[match[0] : match[1]] == "hope"


def test_a_running_search_can_be_interrupted_and_the_next_one_works(
    journal: Journal, searcher: Searcher
) -> None:
    for number in range(40):
        add(journal, f"entry {number} " + "hope and words and more words " * 30)
    outcome: list[BaseException] = []

    def search_until_interrupted() -> None:
        deadline = datetime.now() + timedelta(seconds=20)
        try:
            while datetime.now() < deadline:
                searcher.search(SearchQuery("h* OR w* OR a*"), first=40)
                searcher.page(SearchQuery("h* OR w* OR a*", order=Order.BEST_MATCH), 0, 40)
        except SearchInterrupted as error:
            outcome.append(error)

    thread = threading.Thread(target=search_until_interrupted)
    thread.start()
    while thread.is_alive():
        searcher.interrupt()
    thread.join()
    assert len(outcome) == 1
    assert searcher.search(SearchQuery("hope")).total == 40


def test_a_closed_searcher_or_locked_journal_says_locked(journal: Journal) -> None:
    searcher = journal.open_searcher()
    searcher.close()
    searcher.close()
    searcher.interrupt()  # nothing to stop: no error
    with pytest.raises(JournalIsLocked):
        searcher.search(SearchQuery("hope"))
    journal.lock()
    with pytest.raises(JournalIsLocked):
        journal.open_searcher()


def test_a_searcher_sees_saves_made_after_it_opened(journal: Journal, searcher: Searcher) -> None:
    assert searcher.search(SearchQuery("later")).total == 0
    entry_id = add(journal, "written later")
    assert [hit.entry_id for hit in searcher.search(SearchQuery("later")).hits] == [entry_id]


def test_a_snippet_can_start_near_its_first_match() -> None:
    snippet = Snippet("one two three four five six seven eight", ((28, 33), (34, 39)))
    near = snippet.from_near_first_match(10)
    assert near.text == "…five six seven eight"
    assert [near.text[s:e] for s, e in near.highlights] == ["seven", "eight"]
    assert snippet.from_near_first_match(40) is snippet
    assert Snippet("no match").from_near_first_match(0) == Snippet("no match")
    unbroken = Snippet("x" * 50, ((45, 50),))
    assert unbroken.from_near_first_match(10).text == "…xxxxx"
