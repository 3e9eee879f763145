"""Finding contact details in a share: e-mail addresses, websites, street addresses and
phone numbers, each as ``(start, end)`` character offsets, for ``reflect.core.redaction``.

Phone numbers come from ``phonenumbers`` (Google's libphonenumber), asked as the United
States and as the United Kingdom with the "possible" leniency, which also finds local
numbers such as "555-0134" and "555 0134", and "(212) 555-0134", "+44 7700 900123",
"020 7946 0018". It also takes years ("1995") and decimals for British numbers, so a find
must have at least seven digits and, read as British, start with 0 or +.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

import phonenumbers

MIN_PHONE_DIGITS = 7
_REGIONS = (("US", False), ("GB", True))  # (region, must start with 0 or +)

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_LINK = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"“”‘’']+", re.IGNORECASE)
_TOP_LEVEL = "com|org|net|edu|gov|info|io|co|uk|us|ca|au|nz|ie|de|fr|nl|es|it|me|app|ly|dev"
_DOMAIN = re.compile(
    rf"(?<![\w@.\-/])(?:[\w\-]+\.)+(?:{_TOP_LEVEL})(?![\w\-])(?:/[^\s<>\"“”‘’']*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}"  # punctuation that ends the sentence, not the link


def is_word_char(char: str) -> bool:
    """Letters, digits, "_" and combining marks (so "Zoë" typed as e + ¨ is one word)."""
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def find_emails(text: str) -> Iterator[tuple[int, int]]:
    """E-mail addresses ("dana@example.com")."""
    for match in _EMAIL.finditer(text):
        yield match.span()


def find_websites(text: str) -> Iterator[tuple[int, int]]:
    """Links ("https://…", "www.…") and bare addresses ending in a common domain
    ("soberdays.org/meetings"), without the punctuation that ends the sentence."""
    for pattern in (_LINK, _DOMAIN):
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            if end - start > 4:
                yield start, end


def find_addresses(text: str, street_words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """A house number, one to three capitalised words and a street word: "42 Elm Street",
    "221B Baker St", "7 Old Mill Lane"."""
    for match in _address_pattern(tuple(street_words)).finditer(text):
        names = match.group("names").split()
        if all(name[0].isupper() for name in names):
            yield match.span()


def find_phone_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Phone numbers, as the module docstring describes."""
    if sum(char.isdigit() for char in text) < MIN_PHONE_DIGITS:
        return  # the matcher is slow on long texts; most texts hold no number at all
    for region, needs_prefix in _REGIONS:
        matcher = phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.POSSIBLE
        )
        for match in matcher:
            raw = match.raw_string
            if sum(char.isdigit() for char in raw) < MIN_PHONE_DIGITS:
                continue
            if needs_prefix and not raw.lstrip("(").startswith(("0", "+")):
                continue
            yield match.start, match.end


_ADDRESS_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _address_pattern(street_words: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _ADDRESS_PATTERNS.get(street_words)
    if pattern is None:
        streets = "|".join(re.escape(w) for w in sorted(street_words, key=len, reverse=True))
        pattern = re.compile(
            r"(?<![\w/.,\-])\d{1,5}[A-Za-z]?,?\s+"
            rf"(?P<names>(?:[^\W\d_][\w'’\-]*\s+){{1,3}}?)(?:{streets})(?![\w'’\-])"
        )
        _ADDRESS_PATTERNS[street_words] = pattern
    return pattern
