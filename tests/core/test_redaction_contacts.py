"""Contact details in a share: e-mail addresses, phone numbers, websites, street addresses,
and which find wins when finds overlap."""

from __future__ import annotations

import pytest

from reflect.core.redaction import Category, find_suggestions, redact
from reflect.core.shares import Person, RedactionDecision


def finds(text: str, people: tuple[Person, ...] = ()) -> list[tuple[str, Category]]:
    suggestions = find_suggestions(text, people)
    for s in suggestions:
        assert text[s.start : s.end] == s.original
    return [(s.original, s.category) for s in suggestions]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("write to dana@example.com.", "dana@example.com"),
        ("(dana.smith+meetings@mail.example.co.uk)", "dana.smith+meetings@mail.example.co.uk"),
        ("📧 josé@correo.es today", "josé@correo.es"),
    ],
)
def test_email_addresses(text: str, email: str) -> None:
    assert finds(text) == [(email, Category.EMAIL)]


def test_not_email_addresses() -> None:
    assert finds("we met @ the park; see you at 5") == []


@pytest.mark.parametrize(
    "number",
    [
        "555-0134",  # a local number, as in films and examples
        "555 0134",
        "(212) 555-0134",
        "212-555-0134",
        "+1 415 555 2671",
        "1-800-273-8255",
        "020 7946 0018",  # British numbers, with the trunk 0…
        "07700 900123",
        "+44 7700 900123",  # …or the country code
    ],
)
def test_phone_numbers(number: str) -> None:
    assert finds(f"Call me on {number} tomorrow.") == [(number, Category.PHONE)]


@pytest.mark.parametrize(
    "text",
    [
        "From 1990-2000 I drank; in 2019 I stopped.",  # years
        "It cost £1,250.00, and 10,000 steps.",
        "Pi is 3.14159265.",
        "Call 911 or 999.",  # too short to say who anyone is
        "Room 101, reference 42.",
    ],
)
def test_numbers_that_are_not_phone_numbers(text: str) -> None:
    assert [c for _, c in finds(text)] == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("See https://soberdays.org/meetings?day=mon.", "https://soberdays.org/meetings?day=mon"),
        ("(http://example.com/a_b)", "http://example.com/a_b"),
        ("Try www.example.net, it helps.", "www.example.net"),
        ("It's on soberdays.org/meetings!", "soberdays.org/meetings"),
        ("Look at my-group.co.uk.", "my-group.co.uk"),
    ],
)
def test_websites(text: str, url: str) -> None:
    assert finds(text) == [(url, Category.URL)]


def test_not_websites() -> None:
    assert finds("It was fine.Then it wasn't, e.g. at 3.30 or version 1.2.3.") == []


@pytest.mark.parametrize(
    "address",
    ["42 Elm Street", "221B Baker St", "7 Old Mill Lane", "1600 Pennsylvania Avenue", "9 Rue Road"],
)
def test_street_addresses(address: str) -> None:
    assert finds(f"I lived at {address} then.") == [(address, Category.ADDRESS)]


def test_numbers_before_a_street_word_are_not_always_an_address() -> None:
    assert finds("I walked 3 miles down the road.") == []


def test_addresses_read_plainly_when_replaced() -> None:
    text = "I lived at 42 Elm Street and then on Oak Road."
    suggestions = find_suggestions(text, [])
    assert [s.replacement for s in suggestions] == ["a place nearby", "a street nearby"]


def test_a_name_inside_contact_details_never_leaves_the_rest_showing() -> None:
    dana = (Person(1, "Dana", "my sister"),)
    assert finds("dana@example.com or www.dana.org or 4 Dana Street", dana) == [
        ("dana@example.com", Category.EMAIL),
        ("www.dana.org", Category.URL),
        ("4 Dana Street", Category.ADDRESS),
    ]


def test_contact_details_holding_a_listed_name_are_replaced_unless_skipped() -> None:
    dana = [Person(1, "Dana", "my sister")]
    text = "Write to dana@example.com, not sam@example.com."
    suggestions = find_suggestions(text, dana)
    assert [s.listed for s in suggestions] == [True, False]
    assert redact(text, suggestions, {}) == "Write to an email address, not sam@example.com."
    skipped = {suggestions[0].key: RedactionDecision("dana@example.com", "", False)}
    assert redact(text, suggestions, skipped) == text


def test_a_date_wins_over_a_phone_reading_of_the_same_digits() -> None:
    assert finds("It was 2024-03-12 and 12.03.2024.") == [
        ("2024-03-12", Category.DATE),
        ("12.03.2024", Category.DATE),
    ]


def test_everything_at_once_reads_aloud() -> None:
    text = (
        "After 😀 the meeting, Sam gave me 555-0134 and sam@example.org, "
        "and said to look at https://example.org/help. He lives at 9 High Street."
    )
    suggestions = find_suggestions(text, [])
    decided = {s.key: RedactionDecision(s.original, s.replacement, True) for s in suggestions}
    assert redact(text, suggestions, decided) == (
        "After 😀 the meeting, someone gave me a phone number and an email address, "
        "and said to look at a website. He lives at a place nearby."
    )
