"""What a person can ask the search for, turned into a safe FTS5 query, and what comes back.

People type words, not query syntax, so everything they type is searched for as words. A
few forms mean more, as in most search boxes:

- ``hop*``: words starting with "hop";
- ``"one day at a time"``: those words together in that order (``"one day at*"`` too);
- ``coffee OR tea``: either word (``OR`` in capitals, between two words).

Anything else that FTS5 would read as syntax (a lone quote, ``AND``, ``NOT``, ``-``, ``(``,
``:``, ``^``) is only a word or is ignored, so no query can fail to parse: every piece is
handed to FTS5 as a quoted string. Matching ignores case and accents because the index's
tokenizer does (``unicode61 remove_diacritics 2``): ``cafe`` finds "café", ``CAFÉ`` too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from reflect.core.domain import check_mood, normalize_kind, normalize_tag
from reflect.core.errors import InvalidInput
from reflect.core.wording import QT_TRANSLATE_NOOP

OR = "OR"
ELLIPSIS = "…"


class Order(Enum):
    """How results are listed."""

    NEWEST = "newest"
    BEST_MATCH = "best"


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing a search down; each part left empty does not narrow anything.

    Dates are the entries' own dates (in the time zone they were written in), both ends
    included. ``moods`` are check-in values (1–5); an entry without a check-in never matches
    a mood filter.
    """

    since: date | None = None
    until: date | None = None
    tag: str | None = None
    moment_kind: str | None = None
    moods: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The first date of the range comes after the last one.")
            )
        if self.tag is not None:
            object.__setattr__(self, "tag", normalize_tag(self.tag))
        if self.moment_kind is not None:
            object.__setattr__(self, "moment_kind", normalize_kind(self.moment_kind))
        for mood in self.moods:
            check_mood(mood)

    @property
    def is_empty(self) -> bool:
        return self == SearchFilters()


@dataclass(frozen=True)
class SearchQuery:
    """The words typed, the filters chosen and the order asked for."""

    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    order: Order = Order.NEWEST

    @property
    def is_empty(self) -> bool:
        """Nothing typed and nothing filtered: there is no search, just the journal."""
        return not self.text.strip() and self.filters.is_empty

    @property
    def expression(self) -> str | None:
        """The FTS5 query for the words typed; ``None`` when they hold nothing searchable."""
        return match_expression(self.text)

    @property
    def finds_nothing(self) -> bool:
        """Something was typed, but nothing in it is a word (only ``*`` or ``"``, say)."""
        return bool(self.text.strip()) and self.expression is None


@dataclass(frozen=True)
class Snippet:
    """A short piece of an entry around what matched; ``highlights`` are ``(start, end)``
    offsets (characters) of the matched words within ``text``."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()

    def from_near_first_match(self, context: int) -> Snippet:
        """The snippet starting at most about ``context`` characters before its first
        match (at a word's start, after "…"), so a short view still shows a match."""
        if not self.highlights or self.highlights[0][0] <= context:
            return self
        cut = self.text.find(" ", self.highlights[0][0] - context) + 1
        if not 0 < cut <= self.highlights[0][0]:
            cut = self.highlights[0][0]
        kept = tuple((start - cut + 1, end - cut + 1) for start, end in self.highlights)
        return Snippet(ELLIPSIS + self.text[cut:], kept)

    def marked(self, before: str, after: str) -> str:
        """The text with ``before`` and ``after`` around each matched word."""
        pieces: list[str] = []
        done = 0
        for start, end in self.highlights:
            pieces += [self.text[done:start], before, self.text[start:end], after]
            done = end
        pieces.append(self.text[done:])
        return "".join(pieces)


@dataclass(frozen=True)
class SearchHit:
    """One entry found: enough to list it and to open it at the match."""

    entry_id: int
    created: datetime
    title: str
    snippet: Snippet


# --- turning what was typed into FTS5 -----------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    text: str
    prefix: bool = False
    bare: bool = True  # typed without quotes: only a bare OR can be an operator

    @property
    def is_or(self) -> bool:
        return self.bare and not self.prefix and self.text == OR

    @property
    def searchable(self) -> bool:
        # The tokenizer keeps letters and numbers and drops the rest: a piece without any
        # would be an empty FTS5 string, which matches nothing (or is a syntax error).
        return any(character.isalnum() for character in self.text)

    def fts5(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


def _pieces(text: str) -> list[_Piece]:
    """Split what was typed into words and quoted phrases, each maybe ending in ``*``."""
    pieces: list[_Piece] = []
    position = 0
    while position < len(text):
        character = text[position]
        if character.isspace():
            position += 1
        elif character == '"' and (close := text.find('"', position + 1)) != -1:
            # A star just inside or just after the closing quote makes a prefix phrase.
            phrase = text[position + 1 : close]
            stars = len(text[close + 1 :]) - len(text[close + 1 :].lstrip("*"))
            prefix = stars > 0 or phrase.endswith("*")
            pieces.append(_Piece(phrase.rstrip("*"), prefix=prefix, bare=False))
            position = close + 1 + stars
        elif character == '"':
            position += 1  # a quote never closed: the words after it are plain words
        else:
            end = position
            while end < len(text) and not text[end].isspace() and text[end] != '"':
                end += 1
            word = text[position:end]
            pieces.append(_Piece(word.rstrip("*"), prefix=word.endswith("*")))
            position = end
    return pieces


def match_expression(text: str) -> str | None:
    """FTS5 syntax for ``text`` (see the module's docstring); ``None`` if nothing in it can
    be searched for.

    Words joined by ``OR`` form a group; groups must all match, so ``coffee OR tea
    morning`` means (coffee or tea) and morning, as in web search.
    """
    groups: list[list[_Piece]] = []
    joining = False  # the last piece was an OR between two words
    pieces = _pieces(text.replace("\x00", " "))  # FTS5 would end its string at a NUL
    for index, piece in enumerate(pieces):
        if piece.is_or and groups and _next_searchable(pieces, index) is not None:
            joining = True
            continue
        if not piece.searchable:
            continue
        if joining:
            groups[-1].append(piece)
        else:
            groups.append([piece])
        joining = False
    if not groups:
        return None
    # The same word (or group) twice asks nothing more, but FTS5's snippet scores every
    # place each phrase matches: "word word word…" on a long entry took seconds per copy.
    return " AND ".join(dict.fromkeys(_group(group) for group in groups))


def _next_searchable(pieces: list[_Piece], index: int) -> _Piece | None:
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    return following if following is not None and following.searchable else None


def _group(pieces: list[_Piece]) -> str:
    either = list(dict.fromkeys(piece.fts5() for piece in pieces))  # "tea OR tea": once
    if len(either) == 1:
        return either[0]
    return "(" + " OR ".join(either) + ")"
