"""The moments browser's vocabulary: which moments to list, and what a listed moment shows.

A listed moment (``MomentRow``) carries its passage exactly as written, so a share can
quote it word for word, and a little of the text around it as context. The context stays
inside the passage's own paragraphs (the next paragraph is another thought) and is cut to
about ``CONTEXT_LENGTH`` characters at a word boundary, with "…" where words were left out.
Offsets and lengths count characters (code points), as everywhere in the journal; a cut
never separates a letter from its combining accent or an emoji from its modifiers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from reflect.core.domain import normalize_kind, normalize_tag
from reflect.core.errors import InvalidInput
from reflect.core.wording import QT_TRANSLATE_NOOP

CONTEXT_LENGTH = 60  # characters of context on either side, at most
# The storage reads one character more than it shows on each side, to see whether a cut
# falls between two words or inside one.
CONTEXT_WINDOW = CONTEXT_LENGTH + 1
ELLIPSIS = "…"
_LINE_BREAKS = re.compile("[\n\u2028]+")


@dataclass(frozen=True)
class MomentFilter:
    """Which moments to list; each part left ``None`` does not narrow anything.

    ``kinds`` are moment kinds (``hope``, ``struggle`` or a person's own), compared without
    regard to case; ``tag`` is a tag on the moment's entry; ``since`` and ``until`` are the
    entries' own dates (in the time zone they were written in), both ends included.
    """

    kinds: frozenset[str] | None = None
    tag: str | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The first date of the range comes after the last one.")
            )
        if self.kinds is not None:
            object.__setattr__(self, "kinds", frozenset(normalize_kind(k) for k in self.kinds))
        if self.tag is not None:
            object.__setattr__(self, "tag", normalize_tag(self.tag))

    @property
    def is_empty(self) -> bool:
        """Whether every moment in the journal is listed."""
        return self == MomentFilter()


@dataclass(frozen=True)
class MomentRow:
    """One moment as the browser lists it: when, what kind, the words, and around them."""

    moment_id: int
    entry_id: int
    start: int
    end: int
    kind: str
    note: str
    created: datetime  # the entry's, in the time zone it was written in
    title: str  # the entry's
    passage: str  # exactly the words marked, line breaks and all
    before: str  # context: "" or words ending just before the passage, "…" where cut
    after: str  # context: "" or words starting just after the passage, "…" where cut
    never_share: bool = False  # the moment, or its whole entry, is marked "Never Share"

    @property
    def passage_line(self) -> str:
        """The passage on one line, as a list row shows it (line breaks become spaces)."""
        return one_line(self.passage)


def one_line(text: str) -> str:
    """``text`` with each run of line breaks made a single space."""
    return _LINE_BREAKS.sub(" ", text)


def context_before(window: str, *, text_starts: bool) -> str:
    """The context to show before a passage, from the characters just before it.

    ``window`` is up to ``CONTEXT_WINDOW`` characters ending where the passage starts;
    ``text_starts`` says whether the entry's text begins where the window does.
    """
    paragraph_start = _last_line_break(window)
    if paragraph_start >= 0:  # the passage's paragraph begins inside the window: no cut
        return window[paragraph_start + 1 :]
    if text_starts or len(window) <= CONTEXT_LENGTH:
        return window
    # ``window[0]`` is the extra character: a word starts after the first space from there.
    space = _first_space(window)
    kept = "" if space is None else window[space + 1 :].lstrip()
    if not kept:  # one long word (or a script without spaces): cut between letters
        kept = _from_grapheme_start(window, len(window) - CONTEXT_LENGTH)
    return ELLIPSIS + kept


def context_after(window: str) -> str:
    """The context to show after a passage, from the characters just after it.

    ``window`` is up to ``CONTEXT_WINDOW`` characters starting where the passage ends; a
    shorter one reaches the end of the entry's text.
    """
    line_break = _first_line_break(window)
    if line_break >= 0:
        return window[:line_break]
    if len(window) <= CONTEXT_LENGTH:
        return window
    # ``window[-1]`` is the extra character: a word ends before the last space up to it.
    space = _last_space(window)
    kept = "" if space is None else window[:space].rstrip()
    if not kept:
        kept = window[: _grapheme_end_at_or_before(window, CONTEXT_LENGTH)]
    return kept + ELLIPSIS


def _first_line_break(text: str) -> int:
    match = _LINE_BREAKS.search(text)
    return -1 if match is None else match.start()


def _last_line_break(text: str) -> int:
    return max(text.rfind("\n"), text.rfind("\u2028"))


def _first_space(text: str) -> int | None:
    return next((i for i, ch in enumerate(text) if ch.isspace()), None)


def _last_space(text: str) -> int | None:
    return next((i for i in range(len(text) - 1, -1, -1) if text[i].isspace()), None)


def _from_grapheme_start(text: str, position: int) -> str:
    """``text`` from the first character at or after ``position`` that starts a letter."""
    while position < len(text) and _continues_cluster(text, position):
        position += 1
    return text[position:]


def _grapheme_end_at_or_before(text: str, position: int) -> int:
    """The last place at or before ``position`` where ``text`` may be cut."""
    while position > 0 and _continues_cluster(text, position):
        position -= 1
    return position


def _continues_cluster(text: str, position: int) -> bool:
    """Whether ``text[position]`` belongs with the character before it (so no cut there).

    An approximation of Unicode's grapheme clusters, enough for cutting context: combining
    marks, joiners and what follows a zero-width joiner, variation selectors, skin-tone
    modifiers, tag characters, and the second half of a flag.
    """
    if position <= 0 or position >= len(text):
        return False
    ch, previous = text[position], text[position - 1]
    code = ord(ch)
    if unicodedata.category(ch) in ("Mn", "Me", "Mc"):
        return True
    if previous == "\u200d" or ch in "\u200c\u200d":
        return True
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:  # variation selectors
        return True
    if 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:  # skin tones, tags
        return True
    return _is_regional_indicator(ch) and _regional_indicators_before(text, position) % 2 == 1


def _is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _regional_indicators_before(text: str, position: int) -> int:
    count = 0
    while position - count > 0 and _is_regional_indicator(text[position - count - 1]):
        count += 1
    return count
