"""Recovery codes: the second way into a journal, for the day the passphrase is forgotten.

A code is 130 random bits written as 26 characters of Crockford's base32 (digits and
capital letters without I, L, O and U, so nothing reads as something else), followed by two
check characters, shown in seven groups of four: ``7K3M-Q9TZ-…``. People copy it from
paper, so typing is forgiving: case, spaces and dashes don't matter, and O reads as 0, I and
L as 1.

The check characters are ``sum(position × value) mod 1021`` over the 26 characters. Every
single wrong character and every swap of two different characters changes that sum by a
non-zero amount smaller than 1021, so it is always caught — at once, before the slow key
derivation, with words that say it is a typo rather than the wrong code.
"""

from __future__ import annotations

import secrets

from reflect.core.errors import InvalidInput, JournalError
from reflect.core.wording import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
DATA_LENGTH = 26
RANDOM_BITS = 5 * DATA_LENGTH  # 130: each character carries five
CHECK_LENGTH = 2
CODE_LENGTH = DATA_LENGTH + CHECK_LENGTH
GROUP_LENGTH = 4
# A prime above every change one typo or one swap can make (at most 26 × 31 = 806), and
# below 32 × 32, so the check fits in two characters.
_CHECK_MODULUS = 1021
_READS_AS = {"O": "0", "I": "1", "L": "1"}
_IGNORED = {"-", "‐", "‑", "–", "—"}  # dashes, however a word processor turned them

# What a recovery code is for, in the words every place that shows one uses.
RECOVERY_CODE_PURPOSE = (
    "If you ever forget your passphrase, this code is the only other way into your journal. "
    "Reflect can't recover it for you. Write it down or print it, and keep it somewhere "
    "safe and private."
)


class RecoveryCodeMistyped(InvalidInput):
    """The code can't be a recovery code: a character too many or few, or a typo."""


class WrongRecoveryCode(JournalError):
    """A well-formed recovery code that doesn't open this journal (an older one, maybe)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "That recovery code didn't open this journal. If you made a newer code "
                "since, only the newest one works.",
            )
        )


class NoRecoveryCode(JournalError):
    """The journal has no recovery code, so only its passphrase can open it."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This journal has no recovery code, so only its passphrase can open it. "
                "Nothing was changed.",
            )
        )


def new_recovery_code() -> str:
    """A fresh random code, grouped for reading (``XXXX-XXXX-…``, 7 groups)."""
    return recovery_code_from_bits(secrets.randbits(RANDOM_BITS))


def recovery_code_from_bits(bits: int) -> str:
    """The code that writes down ``bits`` (``RANDOM_BITS`` of them) with its check."""
    if not 0 <= bits < 1 << RANDOM_BITS:
        raise ValueError(f"a recovery code holds {RANDOM_BITS} bits")
    data = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(DATA_LENGTH)))
    return format_recovery_code(data + _check_characters(data))


def format_recovery_code(code: str) -> str:
    """A code in groups of four separated by dashes, the way it is shown and printed."""
    canonical = normalize_recovery_code(code)
    groups = (canonical[i : i + GROUP_LENGTH] for i in range(0, CODE_LENGTH, GROUP_LENGTH))
    return "-".join(groups)


def normalize_recovery_code(typed: str) -> str:
    """The 28 characters of the code ``typed``, or ``RecoveryCodeMistyped`` saying why not.

    This is what the key derivation is given, so every way of typing one code opens it.
    """
    characters = []
    for typed_character in typed.upper():
        if typed_character.isspace() or typed_character in _IGNORED:
            continue
        character = _READS_AS.get(typed_character, typed_character)
        if character not in ALPHABET:
            raise RecoveryCodeMistyped(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A recovery code has only digits and the letters A to Z, without U; "
                    "{character} isn't one of them. Please check what you typed.",
                ),
                character=repr(character),
            )
        characters.append(character)
    canonical = "".join(characters)
    if len(canonical) != CODE_LENGTH:
        raise RecoveryCodeMistyped(
            QT_TRANSLATE_NOOP(
                "errors",
                "A recovery code has {length} letters and digits (seven groups of four); "
                "what you typed has {typed}. Please check it against your copy.",
            ),
            length=CODE_LENGTH,
            typed=len(canonical),
        )
    if canonical[DATA_LENGTH:] != _check_characters(canonical[:DATA_LENGTH]):
        raise RecoveryCodeMistyped(
            QT_TRANSLATE_NOOP(
                "errors",
                "That recovery code has a typo somewhere: its letters and digits don't add "
                "up. Please check each group against your copy.",
            )
        )
    return canonical


def _check_characters(data: str) -> str:
    total = sum(position * ALPHABET.index(c) for position, c in enumerate(data, start=1))
    check = total % _CHECK_MODULUS
    return ALPHABET[check // len(ALPHABET)] + ALPHABET[check % len(ALPHABET)]
