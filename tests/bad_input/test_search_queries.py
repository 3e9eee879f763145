"""Whatever is typed into the search, on a journal with words in it: results or a clear
``JournalError``, never a crash.

``tests/core/test_search.py`` types random text into an empty journal. Here the journal
has entries, tags and moment notes, and the text leans on what could break FTS5: quotes,
``*``, ``OR``/``AND``/``NOT``/``NEAR(…)``, brackets, column names, NUL and other control
characters, combining marks, right-to-left text, emoji and very long strings, with random
filters, orders and pages. Every result must be well formed: real entries, highlights
inside their snippets, a match inside its entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.search import Order, SearchFilters, SearchQuery, match_expression
from reflect.core.searcher import Searcher
from tests.conftest import PASSPHRASE

ENTRIES = [
    ("Ninety days", "One day at a time. Coffee at the Café with Sam.", ["Walks"]),
    ("", "שלום, היום היה קשה. Then a walk.", ["עברית"]),
    ("Tired", "e\u0301te\u0301 — the summer, slowly. 😟 then 😊 after the meeting", []),
    ("NEAR", 'He said "AND" and "OR" and NOT much else: (really) title:none ^_^ *', ["a-b"]),
    ("Long", "word " * 300, ["long"]),
]
SYNTAX = [
    '"', '""', "*", "**", "OR", "AND", "NOT", "NEAR", "NEAR(", "NEAR/2", "(", ")", ":",
    "^", "-", "+", "{", "}", "title:", "tags:", "body:", "rank", "bm25", "\x00", "\x1a",
    "\u202e", "\u200f", "\u0301", "\ufeff", "\u2028", "😊", "שלום", "café", "CAFE", "coffee",
    "day", "one", "walk", "sam", "word", " ", "\t", "\n",
]  # fmt: skip
pieces = st.sampled_from(SYNTAX) | st.text(max_size=8)
typed = (
    st.lists(pieces, max_size=12).map("".join)
    | st.lists(pieces, max_size=12).map(" ".join)
    | st.text(max_size=60)
    | st.sampled_from(SYNTAX).map(lambda piece: piece * 3000)  # huge: one long word
    | st.sampled_from(SYNTAX).map(lambda piece: f"{piece} " * 3000)  # or thousands of words
)
any_text = st.text(max_size=20) | st.sampled_from(["walks", "WALKS", "עברית", " ", "", "x" * 200])
filters = st.builds(
    SearchFilters,
    since=st.none() | st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30)),
    until=st.none() | st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30)),
    tag=st.none() | any_text,
    moment_kind=st.none() | st.sampled_from([HOPE, STRUGGLE]) | any_text,
    moods=st.frozensets(st.integers(-3, 8), max_size=3),
)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    folder = tmp_path_factory.mktemp("search") / "journal"
    with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as opened:
        for number, (title, text, tags) in enumerate(ENTRIES):
            opened.add_entry(
                title=title,
                text=text,
                tags=tags,
                created=datetime(2026, 3, 1 + number, 9, tzinfo=UTC),
                mood=number % 5 + 1,
                moments=[
                    MomentDraft(None, 0, 5, HOPE if number % 2 else STRUGGLE, "note " + title)
                ],
            )
        yield opened


@pytest.fixture(scope="module")
def searcher(journal: Journal) -> Iterator[Searcher]:
    with journal.open_searcher() as opened:
        yield opened


def _query(text: str, use_filters: bool, data: st.DataObject) -> SearchQuery | None:
    try:
        chosen = data.draw(filters) if use_filters else SearchFilters()
    except JournalError:
        return None  # a filter refused as it was made: a clear error, which is the promise
    return SearchQuery(text, chosen, data.draw(st.sampled_from(Order)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=typed, use_filters=st.booleans(), data=st.data())
def test_any_typed_text_finds_entries_or_nothing(
    journal: Journal, searcher: Searcher, text: str, use_filters: bool, data: st.DataObject
) -> None:
    expression = match_expression(text)
    assert expression is None or expression.strip()
    query = _query(text, use_filters, data)
    if query is None:
        return
    results = searcher.search(query)
    assert results.total >= len(results.hits)
    known = set(journal.entry_ids())
    for hit in results.hits:
        assert hit.entry_id in known
        spans = hit.snippet.highlights
        assert all(0 <= start < end <= len(hit.snippet.text) for start, end in spans)
        assert list(spans) == sorted(spans)
        where = searcher.first_match(query, hit.entry_id)
        if where is not None:
            entry_text = journal.get_entry(hit.entry_id).text
            assert 0 <= where[0] <= where[1] <= len(entry_text)
    offset = data.draw(st.integers(0, results.total + 2))
    limit = data.draw(st.integers(0, 5))
    paged = searcher.page(query, offset, limit)
    assert len(paged) == max(0, min(limit, results.total - offset))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_word_written_is_found_however_it_is_surrounded(
    journal: Journal, searcher: Searcher, data: st.DataObject
) -> None:
    """Soundness beside robustness: the syntax around a real word never hides its entry."""
    number = data.draw(st.integers(0, len(ENTRIES) - 1))
    title, text, _ = ENTRIES[number]
    # Words as the index's tokenizer sees them: letters and digits, accents composed.
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", title + " " + text))
    word = data.draw(st.sampled_from(words))
    before = data.draw(st.sampled_from(["", " ", "(", "-", "^", ":", "\x00", "\u202e"]))
    after = data.draw(st.sampled_from(["", " ", ")", "*", ":", "\x00", "\u200f"]))
    found = searcher.search(SearchQuery(before + word + after), first=len(ENTRIES))
    ids = journal.entry_ids()
    created = sorted(ids)[number]  # entries were added in order
    assert created in [hit.entry_id for hit in found.hits], (word, before, after)


def test_a_word_typed_again_is_searched_for_once() -> None:
    """Found by the test above: "word word word…" made FTS5 score every place "word" is
    in a long entry once per copy (20 s for ten copies on a 2,000-word entry)."""
    assert match_expression("tea tea OR tea coffee tea") == '"tea" AND "coffee"'
    assert match_expression(("word " * 3000).strip()) == '"word"'
