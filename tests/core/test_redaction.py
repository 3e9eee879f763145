"""Privacy for others: names from the people list, other likely names, decisions made once
holding everywhere, and what ``redact`` and ``proposals`` make of them."""

from __future__ import annotations

import pytest

from reflect.core.redaction import (
    Category,
    Proposal,
    Suggestion,
    by_key,
    decision_for,
    find_suggestions,
    proposals,
    redact,
)
from reflect.core.shares import Person, RedactionDecision

DANA = Person(1, "Dana", "my sister", ("Dee",))
JOSE = Person(2, "José", "a friend")
PEOPLE = [DANA, JOSE]


def found(text: str, people: list[Person] | None = None) -> list[tuple[str, Category, str]]:
    """(original, category, replacement) of every suggestion, checking its offsets."""
    suggestions = find_suggestions(text, PEOPLE if people is None else people)
    for s in suggestions:
        assert text[s.start : s.end] == s.original
    return [(s.original, s.category, s.replacement) for s in suggestions]


def accept_all(text: str) -> str:
    suggestions = find_suggestions(text, PEOPLE)
    decisions = by_key(RedactionDecision(s.original, s.replacement, True) for s in suggestions)
    return redact(text, suggestions, decisions)


# --- the people list ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "originals"),
    [
        ("I called Dana today.", ["Dana"]),
        ("I called dana and DANA.", ["dana", "DANA"]),  # any case
        ("Dana's voice was calm.", ["Dana"]),  # the possessive is not part of the name
        ("Dana’s voice was calm.", ["Dana"]),
        ("Danaher is someone else.", []),  # whole words only
        ("Dana-Lee is someone else.", []),  # a joined name is another name…
        ("That was O'Dana.", []),
        ("Dee said so.", ["Dee"]),  # every form of the name
        ("Dana, Dee and dana.", ["Dana", "Dee", "dana"]),
        ("(Dana) and “Dana”", ["Dana", "Dana"]),
    ],
)
def test_people_list_names_are_found_as_whole_words(text: str, originals: list[str]) -> None:
    people = [(o, c) for o, c, _ in found(text) if c is Category.PERSON]
    assert [o for o, _ in people] == originals


def test_a_joined_name_is_still_proposed_as_a_likely_name() -> None:
    assert found("Then Dana-Lee came.") == [("Dana-Lee", Category.NAME, "someone")]


def test_a_person_is_replaced_by_their_alias_without_being_asked() -> None:
    text = "I called Dana. Dana's voice was calm."
    suggestions = find_suggestions(text, PEOPLE)
    assert redact(text, suggestions, {}) == "I called my sister. My sister's voice was calm."


def test_accented_names_and_decomposed_accents() -> None:
    assert found("I met José.") == [("José", Category.PERSON, "a friend")]
    decomposed = "I met Jose\u0301 and JOSÉ."
    assert [o for o, _, _ in found(decomposed)] == ["Jose\u0301", "JOSÉ"]
    # "Jose" without the accent is a different word from "José"…
    listed = found("I met Jose\u0301.", [Person(3, "Jose", "someone else")])
    assert [c for _, c, _ in listed] == [Category.NAME]  # only a likely name
    # …and an accented name is a whole word even when its accent is a separate mark.
    zoe = Person(4, "Zoë", "my friend")
    assert found("Zoe\u0308's idea", [zoe]) == [("Zoe\u0308", Category.PERSON, "my friend")]


def test_offsets_are_characters_even_after_emoji_and_right_to_left_text() -> None:
    text = "😀🙏🏽 שלום, I saw Dana."
    [(original, category, _)] = found(text)
    assert (original, category) == ("Dana", Category.PERSON)
    assert accept_all(text) == "😀🙏🏽 שלום, I saw my sister."


def test_a_title_and_surname_go_with_a_listed_name() -> None:
    assert found("I saw Aunt Dana Smith.") == [("Aunt Dana Smith", Category.PERSON, "my sister")]
    assert found("I saw Dr. Dana.") == [("Dr. Dana", Category.PERSON, "my sister")]
    # but another listed person next to them stays theirs
    assert [o for o, _, _ in found("I saw Dana José.")] == ["Dana", "José"]


def test_a_name_spelled_with_spaces_matches_across_any_spacing() -> None:
    person = Person(5, "Dana Smith", "my sister")
    assert found("I saw Dana\u00a0Smith and dana  smith.", [person]) == [
        ("Dana\u00a0Smith", Category.PERSON, "my sister"),
        ("dana  smith", Category.PERSON, "my sister"),
    ]


def test_names_without_letters_or_digits_never_match_everything() -> None:
    odd = Person(6, ".", "a dot", ("-",))
    assert found("Well. - yes.", [odd]) == []


# --- other likely names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I went with Sam to the meeting.", ["Sam"]),
        ("Sam came to the meeting.", []),  # any word starts a sentence with a capital
        ("It rained. Sam came anyway.", []),
        ("It rained! Sam came? Yes… Sam did.", []),
        ("She said, “Come home.”", []),  # quoted speech starts with a capital
        ("- Sam came\n• Alex left", []),  # list items start sentences too
        ("1. Sam came", []),
        ("😀 Sam came", []),  # an emoji before the first word
        ("I told Sam Jones and Alex.", ["Sam Jones", "Alex"]),  # runs of names
        ("Yesterday Sam Jones called.", ["Sam Jones"]),
        ("Sam Jones called.", ["Jones"]),  # the first word of a sentence is left out
        ("I met Dr Patel, then Dr. Patel again.", ["Dr Patel", "Dr. Patel"]),
        ("I asked Sam's sister.", ["Sam"]),
        ("I told Zoë and Łukasz.", ["Zoë", "Łukasz"]),
        ("I met O'Brien and Mary-Jane.", ["O'Brien", "Mary-Jane"]),
    ],
)
def test_likely_names(text: str, names: list[str]) -> None:
    assert [o for o, c, _ in found(text, []) if c is Category.NAME] == names


@pytest.mark.parametrize(
    "text",
    [
        "On Monday and in March I went, and I'm glad I did.",
        "I prayed to God and my Higher Power, and read the Big Book.",
        "At Christmas Eve and on New Year's Eve I called Mom and Dad.",
        "I went to AA and NA; it felt SO good to be OK.",  # capitals are not names
        "My Father said my Sister was right.",  # a title alone is no one
        "It was a T-shirt from the U.S. and a B grade.",
        "I read שלום and 你好 and مرحبا.",  # scripts without capitals
    ],
)
def test_common_capitalised_words_are_not_names(text: str) -> None:
    assert [o for o, c, _ in found(text, []) if c is Category.NAME] == []


def test_a_street_name_is_proposed_as_a_street() -> None:
    assert found("I lived on Elm Street for years.", []) == [
        ("Elm Street", Category.ADDRESS, "a street nearby")
    ]


# --- decisions made once hold everywhere --------------------------------------------------


def test_an_accepted_name_is_replaced_everywhere_even_at_a_sentence_start() -> None:
    text = "Sam came early. I thanked Sam and sam laughed."
    decided = [RedactionDecision("Sam", "a friend", True)]
    suggestions = find_suggestions(text, [], decided)
    assert [(s.original, s.category) for s in suggestions] == [
        ("Sam", Category.NAME),
        ("Sam", Category.NAME),
        ("sam", Category.NAME),
    ]
    assert redact(text, suggestions, by_key(decided)) == (
        "A friend came early. I thanked a friend and a friend laughed."
    )


def test_a_skipped_name_stays_as_written_everywhere() -> None:
    text = "Sam came. I thanked Sam."
    decided = [RedactionDecision("sam", "someone", False)]
    suggestions = find_suggestions(text, [], decided)
    assert len(suggestions) == 2
    assert redact(text, suggestions, by_key(decided)) == text


def test_a_decision_keeps_the_category_another_rule_gives_the_same_words() -> None:
    text = "Write to dana@example.com."
    decided = [RedactionDecision("dana@example.com", "her address", True)]
    [suggestion] = find_suggestions(text, [], decided)
    assert suggestion.category is Category.EMAIL
    assert redact(text, [suggestion], by_key(decided)) == "Write to her address."


def test_a_person_can_skip_or_rename_someone_on_the_people_list() -> None:
    text = "I called Dana."
    suggestions = find_suggestions(text, PEOPLE)
    skipped = by_key([RedactionDecision("DANA", "my sister", False)])
    assert redact(text, suggestions, skipped) == text
    renamed = by_key([RedactionDecision("dana", "my big sister", True)])
    assert redact(text, suggestions, renamed) == "I called my big sister."


# --- decision_for, redact -----------------------------------------------------------------


def test_decision_for_defaults() -> None:
    person = Suggestion(0, 4, "Dana", "my sister", Category.PERSON)
    other = Suggestion(0, 3, "Sam", "someone", Category.NAME)
    assert decision_for(person, {}) == RedactionDecision("Dana", "my sister", True)
    assert decision_for(other, {}) is None
    own = RedactionDecision("sam", "a friend", False)
    assert decision_for(other, by_key([own])) == own
    assert other.key == "sam"


def test_redact_replaces_only_what_was_accepted() -> None:
    text = "Sam and Alex met Dana."
    suggestions = find_suggestions(text, PEOPLE)
    decided = by_key([RedactionDecision("Alex", "a friend", True)])  # Sam: undecided
    assert redact(text, suggestions, decided) == "Sam and a friend met my sister."


def test_redact_leaves_stale_or_overlapping_suggestions_alone() -> None:
    accepted = by_key([RedactionDecision("Sam", "someone", True)])
    stale = Suggestion(0, 3, "Sam", "someone", Category.NAME)
    assert redact("Pat came.", [stale], accepted) == "Pat came."
    overlapping = Suggestion(1, 3, "am", "x", Category.NAME)
    assert redact("Sam came.", [stale, overlapping], accepted) == "Someone came."


def test_a_replacement_at_a_sentence_start_gets_a_capital() -> None:
    text = "Dana called.\nDana wrote. “Dana!” she said. Then dana laughed."
    assert redact(text, find_suggestions(text, PEOPLE), {}) == (
        "My sister called.\nMy sister wrote. “My sister!” she said. Then my sister laughed."
    )


# --- proposals ----------------------------------------------------------------------------


def test_proposals_gather_each_wording_across_a_share_in_order() -> None:
    texts = ["Sam met Dana. I told Sam.", "dana and Alex", "Then Sam again: call 555-0134."]
    result = proposals(texts, PEOPLE)
    assert [(p.original, p.count) for p in result] == [
        ("Dana", 2),
        ("Sam", 2),  # "Sam" starting the first text is not
        ("Alex", 1),
        ("555-0134", 1),
    ]
    assert result[0] == Proposal(
        "dana",
        "Dana",
        "my sister",
        Category.PERSON,
        2,
        RedactionDecision("Dana", "my sister", True),
    )
    assert result[1].decision is None and result[1].replacement == "someone"
    assert result[3].category is Category.PHONE


def test_proposals_carry_the_persons_decisions() -> None:
    decided = [RedactionDecision("Sam", "a friend", True)]
    result = proposals(["Sam met Alex.", "Sam left."], [], decided)
    assert [(p.key, p.count, p.decision) for p in result] == [
        ("sam", 2, decided[0]),
        ("alex", 1, None),
    ]


def test_proposals_of_nothing() -> None:
    assert proposals([], PEOPLE) == []
    assert proposals(["", "a quiet day"], PEOPLE) == []


def test_a_name_is_found_right_after_a_longer_word_that_starts_the_same() -> None:
    person = Person(7, "Dana Smith", "my sister")
    assert found("Dana Smithers Dana Smith", [person]) == [
        ("Dana Smith", Category.PERSON, "my sister")
    ]


def test_overlapping_names_leave_no_name_showing() -> None:
    people = [Person(8, "Ann Lee", "a friend"), Person(9, "Lee Ann", "a neighbour")]
    text = "I saw Ann Lee Ann Lee today."
    shared = redact(text, find_suggestions(text, people), {})
    assert "Ann Lee" not in shared and "Lee Ann" not in shared
