"""Properties of redaction that must hold for any text (hypothesis)."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.core.redaction import by_key, find_suggestions, proposals, redact
from reflect.core.shares import Person, RedactionDecision

ALIAS = "my friend"
names = st.from_regex(r"[A-ZÁÉÎÖŁŻa-zßàéîöüł]{2,8}( [A-Za-zé]{2,8})?", fullmatch=True).filter(
    lambda name: not set(name.casefold().split()) & {"my", "friend"}
)
people = st.lists(
    st.builds(
        lambda i, name, forms: Person(i, name, ALIAS, tuple(forms)),
        st.integers(1, 1000),
        names,
        st.lists(names, max_size=2),
    ),
    max_size=3,
)
separators = st.sampled_from(
    [" ", ". ", ", ", "\n", "'s ", "’s ", " (", ") ", " “", "” ", "😀 ", " 🙏🏽", " שלום ", " 42 "]
)
filler = st.sampled_from(["I", "called", "Sam", "today", "Street", "555-0134", "12 March"])


@st.composite
def story(draw: st.DrawFn) -> tuple[str, list[Person]]:
    """A text that mixes the people's names (in any case) with other words."""
    listed = draw(people)
    forms = [form for person in listed for form in person.all_forms] or ["Dana"]
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(forms).map(str.upper),
                st.sampled_from(forms).map(str.lower),
                st.sampled_from(forms),
                filler,
            ),
            max_size=12,
        )
    )
    joins = draw(st.lists(separators, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + j for p, j in zip(pieces, joins, strict=True)), listed


def whole_word(form: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(part) for part in form.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


@settings(max_examples=300)
@given(story())
def test_with_every_suggestion_accepted_no_listed_name_remains(
    case: tuple[str, list[Person]],
) -> None:
    text, listed = case
    suggestions = find_suggestions(text, listed)
    accepted = by_key(RedactionDecision(s.original, s.replacement, True) for s in suggestions)
    shared = redact(text, suggestions, accepted)
    for person in listed:
        for form in person.all_forms:
            assert not whole_word(form).search(shared), (form, shared)


@settings(max_examples=300)
@given(story())
def test_people_are_protected_without_any_decision(case: tuple[str, list[Person]]) -> None:
    text, listed = case
    shared = redact(text, find_suggestions(text, listed), {})
    for person in listed:
        for form in person.all_forms:
            assert not whole_word(form).search(shared), (form, shared)


decisions = st.lists(
    st.builds(RedactionDecision, st.text(max_size=12), st.text(max_size=12), st.booleans()),
    max_size=3,
)
arbitrary_people = st.lists(
    st.builds(Person, st.integers(), st.text(max_size=10), st.text(max_size=10)), max_size=3
)


@settings(max_examples=500)
@given(
    st.text(max_size=200),
    arbitrary_people,
    decisions,
    st.none() | st.dates(),
    st.none() | st.dates(),
)
def test_suggestions_always_slice_to_their_words_and_never_overlap(
    text: str,
    listed: list[Person],
    decided: list[RedactionDecision],
    story_start: date | None,
    written_on: date | None,
) -> None:
    suggestions = find_suggestions(
        text, listed, decided, story_start=story_start, written_on=written_on
    )
    position = 0
    for s in suggestions:
        assert position <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.original
        assert s.replacement
        position = s.end


@given(st.text(max_size=200), arbitrary_people, decisions)
def test_skipping_everything_changes_nothing(
    text: str, listed: list[Person], decided: list[RedactionDecision]
) -> None:
    suggestions = find_suggestions(text, listed, decided)
    skipped = by_key(RedactionDecision(s.original, s.replacement, False) for s in suggestions)
    assert redact(text, suggestions, skipped) == text
    if not listed:
        undecided = [s for s in suggestions if s.key not in by_key(decided)]
        assert redact(text, undecided, {}) == text


@given(st.lists(st.text(max_size=80), max_size=4), arbitrary_people, decisions)
def test_proposals_count_every_suggestion_once(
    texts: list[str], listed: list[Person], decided: list[RedactionDecision]
) -> None:
    found = [s for text in texts for s in find_suggestions(text, listed, decided)]
    result = proposals(texts, listed, decided)
    assert sum(p.count for p in result) == len(found)
    assert len({p.key for p in result}) == len(result)
