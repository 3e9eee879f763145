"""How long a share takes to read aloud, against the time the person has to speak.

Words ÷ speaking rate, nothing cleverer: people know their own pace, and the rate is
theirs to adjust (``ShareSettings.words_per_minute``). The wording is calm and plain; being
over or under is information for the person, never a mark against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reflect.core.wording import QT_TRANSLATE_NOOP, Say, Wording, counted, english

READING_TIME = "reading_time"  # the translation context of the words below

# Spaces, dashes between words ("well—I"), slashes ("and/or") and ellipses separate words;
# a hyphen ("well-known") and an apostrophe ("don't") do not.
_BETWEEN_WORDS = re.compile(r"[\s\u2012-\u2015\u2026/]+|-{2,}")


def word_count(text: str) -> int:
    """Words as a reader says them: "don't" is one word, a dash or an emoji none, and a
    number ("1,000", "12") one."""
    return sum(1 for piece in _BETWEEN_WORDS.split(text) if any(char.isalnum() for char in piece))


def reading_seconds(words: int, words_per_minute: int) -> int:
    """Seconds to read ``words`` aloud at ``words_per_minute``, to the nearest second
    (a half rounds up)."""
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    return (words * 60 * 2 + words_per_minute) // (words_per_minute * 2)


@dataclass(frozen=True)
class Timing:
    """How long a text takes to read aloud, and the slot the person has for it."""

    words: int
    seconds: int
    slot_seconds: int

    @property
    def over(self) -> bool:
        """Whether reading it aloud takes longer than the slot."""
        return self.seconds > self.slot_seconds

    @property
    def difference(self) -> int:
        """Seconds over the slot (negative: seconds to spare)."""
        return self.seconds - self.slot_seconds


def timing(text: str, words_per_minute: int, slot_seconds: int) -> Timing:
    """The reading time of ``text`` at ``words_per_minute`` against ``slot_seconds``."""
    words = word_count(text)
    return Timing(words, reading_seconds(words, words_per_minute), slot_seconds)


def format_duration(seconds: int, say: Say = english) -> str:
    """A length of time in short words: "45 s", "4 min 10 s", "5 min", "1 h 2 min".

    Seconds are left out from an hour up. The sign is the caller's to say ("over",
    "under"), so a negative length is written like a positive one.
    """
    return say(_duration(seconds))


def _duration(seconds: int) -> Wording:
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours and minutes:
        template = QT_TRANSLATE_NOOP("reading_time", "{hours} h {minutes} min")
    elif hours:
        template = QT_TRANSLATE_NOOP("reading_time", "{hours} h")
    elif minutes and secs:
        template = QT_TRANSLATE_NOOP("reading_time", "{minutes} min {seconds} s")
    elif minutes:
        template = QT_TRANSLATE_NOOP("reading_time", "{minutes} min")
    else:
        template = QT_TRANSLATE_NOOP("reading_time", "{seconds} s")
    return Wording.of(READING_TIME, template, hours=hours, minutes=minutes, seconds=secs)


def format_clock(seconds: int) -> str:
    """A running clock: "0:05", "4:10", "1:02:03"; "-0:05" once past zero when counting
    down."""
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def describe(timing: Timing, say: Say = english) -> str:
    """One calm sentence: "About 4 min 10 s to read aloud — 50 s under your 5 minutes."
    (or "… 1 min 5 s over your 5 minutes.", or "… right on your 5 minutes.")."""
    slot = _slot(timing.slot_seconds)
    if timing.words == 0:
        template = QT_TRANSLATE_NOOP("reading_time", "Nothing to read aloud yet — you have {slot}.")
        return say(Wording.of(READING_TIME, template, slot=slot))
    length = _duration(timing.seconds)
    if timing.difference == 0:
        template = QT_TRANSLATE_NOOP(
            "reading_time", "About {length} to read aloud — right on your {slot}."
        )
    elif timing.over:
        template = QT_TRANSLATE_NOOP(
            "reading_time", "About {length} to read aloud — {difference} over your {slot}."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "reading_time", "About {length} to read aloud — {difference} under your {slot}."
        )
    difference = _duration(timing.difference)
    return say(Wording.of(READING_TIME, template, length=length, difference=difference, slot=slot))


def describe_slot(seconds: int, say: Say = english) -> str:
    """A slot as people say it: "5 minutes", "1 minute", "1 hour", "2 min 30 s"."""
    return say(_slot(seconds))


def _slot(seconds: int) -> Wording:
    if seconds > 0 and seconds % 3600 == 0:
        one, other = (
            QT_TRANSLATE_NOOP("reading_time", "{count} hour"),
            QT_TRANSLATE_NOOP("reading_time", "{count} hours"),
        )
        return counted(seconds // 3600, one, other, READING_TIME)
    if seconds > 0 and seconds % 60 == 0:
        one, other = (
            QT_TRANSLATE_NOOP("reading_time", "{count} minute"),
            QT_TRANSLATE_NOOP("reading_time", "{count} minutes"),
        )
        return counted(seconds // 60, one, other, READING_TIME)
    return _duration(seconds)
