"""The passphrase strength hint: length-based, common passwords and patterns flagged, offline."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.passphrase_strength import (
    HINTS,
    MIN_LENGTH,
    Level,
    Reason,
    common_passwords,
    length_level,
    passphrase_strength,
)

# One alphabet per kind of character mix, so "longer" keeps the same kinds of characters.
ALPHABETS = [
    string.ascii_lowercase,
    string.ascii_lowercase + " ",
    string.digits,
    string.ascii_letters + string.digits,
    string.printable,
    "ñáéíóúü日本語",
]
LIST_SAMPLE = sorted(common_passwords())


@given(st.text())
def test_any_text_gets_a_level_and_a_hint_without_raising(text: str) -> None:
    strength = passphrase_strength(text)
    assert strength.level in Level
    assert strength.hint == HINTS[strength.reason]  # fixed words: never the passphrase


@given(st.data())
def test_longer_is_never_weaker_for_the_same_kinds_of_characters(data: st.DataObject) -> None:
    alphabet = data.draw(st.sampled_from(ALPHABETS))
    start = data.draw(st.text(alphabet=alphabet, max_size=30))
    longer = start + data.draw(st.text(alphabet=alphabet, min_size=1, max_size=30))
    assert length_level(longer) >= length_level(start)
    if not passphrase_strength(longer).guessable:
        # Only a longer one that is itself a known guess (a repeat, "password") can score lower.
        assert passphrase_strength(longer).level >= passphrase_strength(start).level


@given(st.sampled_from(LIST_SAMPLE), st.sampled_from(["", "1", "123", "!", "2024!", "99"]))
def test_every_common_password_is_flagged_however_it_is_dressed_up(
    common: str, suffix: str
) -> None:
    for dressed in (common, common.capitalize(), common.upper(), common + suffix):
        strength = passphrase_strength(dressed)
        assert strength.guessable, dressed
        assert strength.level <= Level.WEAK


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("password", Reason.COMMON),
        ("P@ssw0rd!", Reason.COMMON),
        ("I love you", Reason.COMMON),
        ("Summer2024!", Reason.COMMON),
        ("serenity1", Reason.COMMON),  # what someone who knows you're in recovery would try
        ("contraseña", Reason.COMMON),
        ("aaaaaaaaaaaa", Reason.PATTERN),
        ("123456789012", Reason.COMMON),
        ("98765432", Reason.PATTERN),
        ("abcdefghijkl", Reason.PATTERN),
        ("asdfghjkl;", Reason.COMMON),
        ("zxcvbnm,./", Reason.COMMON),
        ("lkjhgfdsa", Reason.PATTERN),  # a keyboard row backwards
        ("correcthorsecorrecthorse", Reason.PATTERN),  # a repeat adds little
        ("            ", Reason.PATTERN),
        ("reflect", Reason.APP_WORDS),
        ("MyJournal2025", Reason.APP_WORDS),
        ("dear diary!", Reason.APP_WORDS),
        ("Reflect2024", Reason.APP_WORDS),
    ],
)
def test_known_guesses_are_held_at_weak_with_a_hint_that_says_why(
    passphrase: str, reason: Reason
) -> None:
    strength = passphrase_strength(passphrase)
    assert (strength.reason, strength.guessable) == (reason, True)
    assert strength.level <= Level.WEAK


@pytest.mark.parametrize(
    ("passphrase", "level"),
    [
        ("", Level.TOO_SHORT),
        ("kq7", Level.TOO_SHORT),
        ("mxqvtrbz", Level.WEAK),  # long enough to count, but only lower-case letters
        ("red cat sky blue", Level.FAIR),
        ("Tr0ub4dor&3x", Level.FAIR),
        ("correct horse battery staple", Level.STRONG),
        ("Reflect is where I put the hard days", Level.STRONG),  # the word, among others
        ("la luna sobre el río que cruzo", Level.STRONG),
    ],
)
def test_length_and_variety_set_the_level_of_everything_else(passphrase: str, level: Level) -> None:
    strength = passphrase_strength(passphrase)
    assert strength.level == level and not strength.guessable


def test_short_means_under_the_minimum_and_every_level_has_plain_words() -> None:
    assert length_level("x" * (MIN_LENGTH - 1)) == Level.TOO_SHORT
    assert length_level("x" * MIN_LENGTH) > Level.TOO_SHORT
    assert set(HINTS) == set(Reason)
    assert all(hint.endswith(".") and len(hint) < 100 for hint in HINTS.values())
    assert not any(word in " ".join(HINTS.values()).lower() for word in ("bad", "fail", "wrong"))


def test_the_list_ships_with_the_package_and_holds_hundreds_of_passwords() -> None:
    listed = common_passwords()
    assert len(listed) >= 300
    assert {"123456", "password", "qwerty", "iloveyou"} <= listed
    assert all(entry == entry.lower() and entry.isalnum() for entry in listed)
