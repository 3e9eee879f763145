"""How easy a passphrase would be to guess: advice while a person chooses one.

Advisory only: nothing here refuses a passphrase (the journal's own rule, not empty, is the
only one). Everything is offline: the list of common passwords ships inside the package
(``reflect/resources/common_passwords.txt``) and nothing is ever looked up or sent.

The estimate is deliberately simple and explainable:

* **Length**, weighted by the kinds of characters used (lower case, capitals, digits,
  symbols, spaces, other alphabets): ``length × log2(pool size)`` bits, with thresholds.
  Longer never scores lower, for the same kinds of characters.
* **Guessable** passphrases are held at "weak" however long they are: a common password
  (with digits or symbols around it, capitals, or ``p@ssw0rd``-style swaps), a repeat
  (``aaaaaa``, ``abcabc``), a run (``123456``, ``abcdef``, ``9876``), a keyboard row
  (``qwerty``, ``asdfgh``), the app's own words (``reflect``, ``journal``, ``diary``), or
  two such pieces joined (``qwerty123``, ``summer2024``).

The result carries a level and a reason; ``hint`` is a one-line English hint for the
reason (the window shows its own translated words for the same reasons).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass
from enum import Enum, IntEnum
from importlib import resources

MIN_LENGTH = 8  # shorter is "too short" (advice only: any non-empty passphrase can be used)
FAIR_BITS = 50.0
STRONG_BITS = 80.0
MAX_PIECES = 2  # "summer" + "2024" is guessable; three unrelated words are not
_MAX_PIECE_LENGTH = 40  # longer pieces than this are never common or a single pattern

# How many characters each kind of character could be, for the length estimate.
_POOLS = (
    (str.islower, 26),
    (str.isupper, 26),
    (str.isdigit, 10),
    (str.isspace, 1),
)
_SYMBOL_POOL = 32  # ASCII punctuation
_OTHER_POOL = 26  # anything else (a script without capitals, an emoji): one more alphabet

_KEYBOARD_ROWS = (
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertzuiopü",  # German
    "asdfghjklöä",
    "yxcvbnm",
    "azertyuiop",  # French
    "qsdfghjklm",
    "wxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",  # down the columns
)
_APP_WORDS = frozenset(
    {
        "reflect", "reflection", "reflections", "myreflections",
        "journal", "journals", "myjournal", "journaling", "journalling",
        "diary", "mydiary", "deardiary", "diario", "midiario", "reflexion", "reflexiones",
    }
)  # fmt: skip
_LEET = str.maketrans({"@": "a", "4": "a", "$": "s", "5": "s", "0": "o", "1": "i", "!": "i",
                       "3": "e", "7": "t", "+": "t", "8": "b", "9": "g"})  # fmt: skip
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")  # digits and symbols around the word


class Level(IntEnum):
    """How hard to guess, from least to most."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


class Reason(Enum):
    """Why the level is what it is: what the hint talks about."""

    SHORT = "short"  # under MIN_LENGTH characters
    COMMON = "common"  # one of the passwords people choose most
    PATTERN = "pattern"  # a repeat, a run or a keyboard row
    APP_WORDS = "app_words"  # "reflect", "journal" or "diary": the first guesses
    LONGER_HELPS = "longer_helps"  # long enough to count, still quick to guess
    ALMOST = "almost"  # fair: a word or two more would make it strong
    STRONG = "strong"


HINTS: dict[Reason, str] = {
    Reason.SHORT: "Longer is stronger: try a few unrelated words.",
    Reason.COMMON: "That one is very common — someone could guess it.",
    Reason.PATTERN: "Repeats, runs and keyboard rows like “1234” or “qwerty” are easy to guess.",
    Reason.APP_WORDS: "“Reflect”, “journal” and “diary” are among the first things anyone would "
    "try.",
    Reason.LONGER_HELPS: "Longer is stronger: another word or two would help a lot.",
    Reason.ALMOST: "Good. One more word would make it strong.",
    Reason.STRONG: "Strong. Choose one you'll remember, too.",
}

GUESSABLE = frozenset({Reason.COMMON, Reason.PATTERN, Reason.APP_WORDS})


@dataclass(frozen=True)
class PassphraseStrength:
    """The advice for one passphrase: a level and the reason for it."""

    level: Level
    reason: Reason

    @property
    def guessable(self) -> bool:
        """A common password, a pattern or the app's own words, whatever its length."""
        return self.reason in GUESSABLE

    @property
    def hint(self) -> str:
        """One line of plain English advice."""
        return HINTS[self.reason]


def passphrase_strength(passphrase: str) -> PassphraseStrength:
    """How hard ``passphrase`` would be to guess (never raises, whatever the text)."""
    by_length = length_level(passphrase)
    kind = guessable_kind(passphrase)
    if kind is not None:
        return PassphraseStrength(min(by_length, Level.WEAK), kind)
    reason = {
        Level.TOO_SHORT: Reason.SHORT,
        Level.WEAK: Reason.LONGER_HELPS,
        Level.FAIR: Reason.ALMOST,
        Level.STRONG: Reason.STRONG,
    }[by_length]
    return PassphraseStrength(by_length, reason)


def length_level(passphrase: str) -> Level:
    """The level from length and the kinds of characters alone (never lower when longer)."""
    if len(passphrase) < MIN_LENGTH:
        return Level.TOO_SHORT
    bits = len(passphrase) * math.log2(max(_pool_size(passphrase), 2))
    if bits >= STRONG_BITS:
        return Level.STRONG
    if bits >= FAIR_BITS:
        return Level.FAIR
    return Level.WEAK


def guessable_kind(passphrase: str) -> Reason | None:
    """``COMMON``, ``PATTERN`` or ``APP_WORDS`` if the passphrase is one; else ``None``."""
    lowered = passphrase.casefold()
    core = _EDGES.sub("", lowered)
    candidates = {_squash(lowered), _squash(core), _squash(core.translate(_LEET))}
    kinds = {_kind_of_whole(candidate) for candidate in candidates if candidate}
    for kind in (Reason.APP_WORDS, Reason.COMMON, Reason.PATTERN):
        if kind in kinds:
            return kind
    if _repeated_unit(lowered) is not None:
        return Reason.PATTERN  # "        " or "!!!!!!!!": nothing alphanumeric to judge
    return None


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list, compared in the same squashed form as what people type."""
    text = resources.files("reflect.resources").joinpath("common_passwords.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(_squash(line.casefold()) for line in lines if line and line[0] != "#")


def _pool_size(passphrase: str) -> int:
    kinds: set[int] = set()
    for char in passphrase:
        for index, (test, _) in enumerate(_POOLS):
            if test(char):
                kinds.add(index)
                break
        else:
            kinds.add(-1 if char.isascii() else -2)
    size = sum(_POOLS[k][1] for k in kinds if k >= 0)
    return size + (_SYMBOL_POOL if -1 in kinds else 0) + (_OTHER_POOL if -2 in kinds else 0)


def _squash(text: str) -> str:
    """Letters and digits only: "I love you!" and "iloveyou" are the same guess."""
    return "".join(char for char in text if char.isalnum())


def _repeated_unit(text: str) -> str | None:
    """The shortest part that ``text`` repeats two or more times, if it is only that."""
    at = (text + text).find(text, 1)
    return text[:at] if 0 < at < len(text) else None


def _kind_of_whole(text: str) -> Reason | None:
    unit = _repeated_unit(text)
    if unit is not None:
        return _kind_of_whole(unit) or Reason.PATTERN  # "passwordpassword" is still common
    if len(text) > MAX_PIECES * _MAX_PIECE_LENGTH:
        return None
    return _fewest_pieces(text)


def _fewest_pieces(text: str) -> Reason | None:
    """Whether ``text`` is at most ``MAX_PIECES`` guessable pieces; the worst kind among them.

    A small dynamic programme over where pieces end: ``best[i]`` is the fewest pieces
    covering ``text[:i]`` (and the kinds used).
    """
    best: list[tuple[int, frozenset[Reason]] | None] = [None] * (len(text) + 1)
    best[0] = (0, frozenset())
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - _MAX_PIECE_LENGTH), end):
            before = best[start]
            if before is None or before[0] >= MAX_PIECES:
                continue
            kind = _piece_kind(text[start:end])
            if kind is None:
                continue
            candidate = (before[0] + 1, before[1] | {kind})
            current = best[end]
            if current is None or candidate[0] < current[0]:
                best[end] = candidate
    found = best[len(text)]
    if found is None:
        return None
    for kind in (Reason.APP_WORDS, Reason.COMMON, Reason.PATTERN):
        if kind in found[1]:
            return kind
    return None  # pragma: no cover - every piece has a kind


def _piece_kind(piece: str) -> Reason | None:
    if piece in common_passwords():
        return Reason.COMMON
    if piece in _APP_WORDS:
        return Reason.APP_WORDS
    if piece.isdigit() and len(piece) <= 4:
        return Reason.PATTERN  # a year, a PIN, a house number
    if len(piece) >= 2 and len(set(piece)) == 1:
        return Reason.PATTERN
    if len(piece) >= 3 and (_is_run(piece) or _on_keyboard(piece)):
        return Reason.PATTERN
    return None


def _is_run(piece: str) -> bool:
    """Each character one after (or one before) the last: "abcd", "4567", "9876"."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(piece)}
    return steps in ({1}, {-1})


def _on_keyboard(piece: str) -> bool:
    return any(piece in row or piece in row[::-1] for row in _KEYBOARD_ROWS)
