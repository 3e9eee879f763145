"""Privacy for the people in a story: what in a share could identify someone, and how it
reads once the person has chosen what to replace.

``find_suggestions`` looks through one text for names from the people list (every form,
ignoring case, as whole words: "Dana's" holds "Dana", "Danaher" does not), other likely
names (capitalised words not starting a sentence and not common words, see
``reflect/resources/redaction_words.toml``), e-mail addresses, phone numbers, websites,
street addresses and exact dates. Words the person already decided on are searched too, so
a choice made once holds everywhere, even where no rule would find those words again.

Nothing is replaced until the person says so, except the people list: naming someone there
already says "protect them", so those names are replaced by their alias unless skipped.
``redact`` applies the decisions; ``proposals`` gathers one choice per distinct wording
across a whole share. Offsets are Python characters, like every offset into an entry.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from importlib import resources

from reflect.core.redaction_dates import describe_date, find_dates
from reflect.core.redaction_finders import (
    find_addresses,
    find_emails,
    find_phone_numbers,
    find_websites,
    is_word_char,
)
from reflect.core.shares import Person, RedactionDecision, decision_key
from reflect.core.wording import QT_TRANSLATE_NOOP, Say, Wording, english


class Category(Enum):
    """What kind of identifying text was found."""

    PERSON = "person"  # a name (or one of its forms) from the journal's people list
    NAME = "name"  # another likely name, or words the person already decided on
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    ADDRESS = "address"
    DATE = "date"


# Plain words that read naturally in a sentence spoken aloud; a share made in the window
# says them in the person's language (``say``), the CLI in English.
REDACTION = "redaction"  # their translation context
SOMEONE = QT_TRANSLATE_NOOP("redaction", "someone")
AN_EMAIL_ADDRESS = QT_TRANSLATE_NOOP("redaction", "an email address")
A_PHONE_NUMBER = QT_TRANSLATE_NOOP("redaction", "a phone number")
A_WEBSITE = QT_TRANSLATE_NOOP("redaction", "a website")
A_PLACE_NEARBY = QT_TRANSLATE_NOOP("redaction", "a place nearby")
A_STREET_NEARBY = QT_TRANSLATE_NOOP("redaction", "a street nearby")

# When two finds overlap: whole tokens (an address, a date, an e-mail…) first, so a name
# inside one never leaves the rest showing; then the people list; then the longer find.
_TOKEN, _LISTED, _GUESSED = 0, 1, 2
_TIE_ORDER = {category: rank for rank, category in enumerate(Category)}
_SENTENCE_ENDS = frozenset(".!?…。！？")
_OPENING_QUOTES = frozenset("\"'“‘«„‹")
_PASS_OVER = frozenset("\"'”’»›)]}([{-‐–—•*·¿¡")  # quotes, brackets, bullets, dashes
_LINE_BREAKS = frozenset("\n\r\u2028\u2029")
_SYMBOLS = frozenset({"So", "Sk", "Sm", "Mn", "Me", "Cf"})  # emoji, their modifiers and joiners
_POSSESSIVES = ("'s", "’s", "'S", "’S", "'", "’")
_WORD = re.compile(r"[^\W\d_][\w'’\-\u0300-\u036f]*")


@dataclass(frozen=True)
class Suggestion:
    """One place in one text that could identify someone, and what to say instead.

    ``text[start:end] == original``; ``replacement`` is the proposed default (for a name
    on the people list, its alias). ``redact`` gives it a capital at a sentence start.
    ``listed`` says an address, e-mail, website… holds a name from the people list, so it
    is replaced unless skipped, like the name itself.
    """

    start: int
    end: int
    original: str
    replacement: str
    category: Category
    listed: bool = False

    @property
    def key(self) -> str:
        """How decisions about these words are found (``decision_key``)."""
        return decision_key(self.original)


@dataclass(frozen=True)
class Proposal:
    """One choice the person makes, covering every place the same words appear in a share.

    ``count`` is how many places; ``decision`` is as ``decision_for`` gives it (``None``
    while undecided).
    """

    key: str
    original: str
    replacement: str
    category: Category
    count: int
    decision: RedactionDecision | None


def find_suggestions(
    text: str,
    people: Sequence[Person],
    decisions: Sequence[RedactionDecision] = (),
    *,
    story_start: date | None = None,
    written_on: date | None = None,
    say: Say = english,
) -> list[Suggestion]:
    """Everything in ``text`` that could identify someone, sorted by start, never
    overlapping. Dates are worded from ``story_start`` ("about three months in"); a date
    without a year takes the year of ``written_on``. Replacements Reflect proposes
    ("someone", "a website"…) are worded by ``say`` (English unless the window passes its
    translator); an alias from the people list is the person's own words."""
    found: list[tuple[int, Suggestion]] = []
    someone, street = say(Wording(REDACTION, SOMEONE)), say(Wording(REDACTION, A_STREET_NEARBY))

    def add(rank: int, start: int, end: int, replacement: str, category: Category) -> None:
        found.append((rank, Suggestion(start, end, text[start:end], replacement, category)))

    for start, end in find_emails(text):
        add(_TOKEN, start, end, say(Wording(REDACTION, AN_EMAIL_ADDRESS)), Category.EMAIL)
    for start, end in find_websites(text):
        add(_TOKEN, start, end, say(Wording(REDACTION, A_WEBSITE)), Category.URL)
    for start, end in find_addresses(text, _word_lists().streets):
        add(_TOKEN, start, end, say(Wording(REDACTION, A_PLACE_NEARBY)), Category.ADDRESS)
    for mention in find_dates(text, written_on):
        replacement = describe_date(mention.day, story_start, say)
        add(_TOKEN, mention.start, mention.end, replacement, Category.DATE)
    for start, end in find_phone_numbers(text):
        add(_TOKEN, start, end, say(Wording(REDACTION, A_PHONE_NUMBER)), Category.PHONE)

    words = _capitalised_words(text)
    listed = sorted(
        {(*span, p.alias.strip() or someone) for p in people for span in _people_spans(text, p)}
    )
    listed_starts = {start for start, _, _ in listed}
    word_ends = {word.end: word for word in words.values()}
    for *span, alias in listed:
        widened = _with_title_and_surname(text, words, word_ends, span, listed_starts)
        add(_LISTED, *widened, alias, Category.PERSON)
    for run in _likely_names(text, words):
        if len(run) > 1 and run[-1].word in _word_lists().plain_streets:
            add(_GUESSED, run[0].start, run[-1].end, street, Category.ADDRESS)
        else:
            add(_GUESSED, run[0].start, run[-1].end, someone, Category.NAME)
    for decision in decisions:
        for start, end in _whole_word_spans(text, decision.original):
            add(_GUESSED, start, end, someone, Category.NAME)
    return _mark_listed(_without_overlaps(found), [(start, end) for start, end, _ in listed])


def decision_for(
    suggestion: Suggestion, decisions: Mapping[str, RedactionDecision]
) -> RedactionDecision | None:
    """The person's own decision for these words if there is one; else a name from the
    people list (or something holding one) is replaced; anything else is not decided yet
    (``None``)."""
    decided = decisions.get(suggestion.key)
    if decided is not None:
        return decided
    if suggestion.category is Category.PERSON or suggestion.listed:
        return RedactionDecision(suggestion.original, suggestion.replacement, True)
    return None


def redact(
    text: str, suggestions: Sequence[Suggestion], decisions: Mapping[str, RedactionDecision]
) -> str:
    """``text`` as it will be shared: every accepted suggestion replaced, skipped and
    undecided ones left as written. A suggestion that no longer matches ``text`` (stale
    after an edit) is left alone; find the suggestions again after editing."""
    pieces: list[str] = []
    position = 0
    for suggestion in sorted(suggestions, key=lambda s: s.start):
        if suggestion.start < position or text[suggestion.start : suggestion.end] != (
            suggestion.original
        ):
            continue
        decision = decision_for(suggestion, decisions)
        if decision is None or not decision.accepted:
            continue
        replacement = decision.replacement
        if _starts_sentence(text, suggestion.start):
            replacement = replacement[:1].upper() + replacement[1:]
        pieces += [text[position : suggestion.start], replacement]
        position = suggestion.end
    pieces.append(text[position:])
    return "".join(pieces)


def by_key(decisions: Iterable[RedactionDecision]) -> dict[str, RedactionDecision]:
    """Decisions looked up by ``decision_key`` of their words (a later one wins)."""
    return {decision_key(decision.original): decision for decision in decisions}


def proposals(
    texts: Sequence[str],
    people: Sequence[Person],
    decisions: Sequence[RedactionDecision] = (),
    *,
    story_start: date | None = None,
    say: Say = english,
) -> list[Proposal]:
    """One proposal per distinct wording found across ``texts`` (a share's items), in the
    order each first appears, with how many places it covers (``say``: as in
    ``find_suggestions``)."""
    decided = by_key(decisions)
    first: dict[str, Suggestion] = {}
    counts: dict[str, int] = {}
    for text in texts:
        found = find_suggestions(text, people, decisions, story_start=story_start, say=say)
        for suggestion in found:
            first.setdefault(suggestion.key, suggestion)
            counts[suggestion.key] = counts.get(suggestion.key, 0) + 1
    return [
        Proposal(
            key,
            s.original,
            s.replacement,
            s.category,
            counts[key],
            decision_for(s, decided),
        )
        for key, s in first.items()
    ]


# --- names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    """A capitalised word: ``word`` is text[start:end] without a possessive "'s"."""

    start: int
    end: int
    word: str
    possessive: bool


@dataclass(frozen=True)
class _WordLists:
    """The lists in ``redaction_words.toml``, ready to look up."""

    not_names: frozenset[str]
    longest_phrase: int
    titles: frozenset[str]
    streets: tuple[str, ...]
    plain_streets: frozenset[str]


@functools.cache
def _word_lists() -> _WordLists:
    data = resources.files("reflect.resources").joinpath("redaction_words.toml")
    lists = tomllib.loads(data.read_text("utf-8"))
    return _WordLists(
        frozenset(lists["not_names"]),
        max(len(phrase.split()) for phrase in lists["not_names"]),
        frozenset(title.rstrip(".") for title in lists["titles"]),
        tuple(lists["streets"]),
        frozenset(lists["plain_streets"]),
    )


def _capitalised_words(text: str) -> dict[int, _Word]:
    """Capitalised words by start, not counting common words (even inside a common phrase
    like "Higher Power"), initials and words in capitals ("AA", "SO"). Titles are kept
    even when common ("Father" alone is no one; "Father Michael" is someone)."""
    lists = _word_lists()
    tokens = [(m.start(), m.group().rstrip("'’-")) for m in _WORD.finditer(text)]
    common: set[int] = set()
    for i in range(len(tokens)):
        phrase = tokens[i][1]
        for j in range(i, min(i + lists.longest_phrase, len(tokens))):
            if j > i:
                gap = text[tokens[j - 1][0] + len(tokens[j - 1][1]) : tokens[j][0]]
                if gap not in (" ", "\u00a0"):
                    break
                phrase += " " + tokens[j][1]
            if phrase in lists.not_names:
                common.update(tokens[k][0] for k in range(i, j + 1))
    words: dict[int, _Word] = {}
    for start, token in tokens:
        word = token
        for ending in _POSSESSIVES:
            if word.endswith(ending) and len(word) > len(ending):
                word = word[: -len(ending)]
                break
        if start in common and word not in lists.titles:
            continue
        if sum(ch.isalpha() for ch in word) < 2 or not word[0].isupper() or word.isupper():
            continue
        if word[1:2] in ("-", "'", "’") and not word[2:3].isupper():
            continue  # "T-shirt", "X-ray", "O'clock" (but "O'Brien" is a name)
        words[start] = _Word(start, start + len(word), word, word != token)
    return words


def _likely_names(text: str, words: dict[int, _Word]) -> Iterator[list[_Word]]:
    """Runs of capitalised words ("Dana Smith", "Dr Patel") that are not common words; a
    word starting a sentence is left out, since any word is capitalised there."""
    titles = _word_lists().titles
    run: list[_Word] = []
    for word in sorted(words.values(), key=lambda w: w.start):
        if run and not _joined(text, run[-1], word, titles):
            yield from _named(text, run, titles)
            run = []
        if word.word in titles and any(w.word not in titles for w in run):
            yield from _named(text, run, titles)  # a title only leads a name
            run = []
        run.append(word)
    yield from _named(text, run, titles)


def _named(text: str, run: list[_Word], titles: frozenset[str]) -> Iterator[list[_Word]]:
    if run and run[0].word not in titles and _starts_sentence(text, run[0].start):
        run = run[1:]
    while run and run[-1].word in titles:
        run = run[:-1]
    if run:
        yield run


def _joined(text: str, before: _Word, after: _Word, titles: frozenset[str]) -> bool:
    gap = text[before.end : after.start]
    if before.possessive:
        return False
    return gap in (" ", "\u00a0") or (before.word in titles and gap in (". ", ".\u00a0"))


def _people_spans(text: str, person: Person) -> set[tuple[int, int]]:
    return {span for form in person.all_forms for span in _whole_word_spans(text, form)}


def _with_title_and_surname(
    text: str,
    words: Mapping[int, _Word],
    word_ends: Mapping[int, _Word],
    span: Sequence[int],
    listed_starts: set[int],
) -> tuple[int, int]:
    """A people-list match widened over a title before it and a surname after it, so
    "Aunt Dana Smith" becomes "my aunt" rather than "Aunt my aunt Smith"."""
    titles = _word_lists().titles
    start, end = span
    while text[end : end + 1] in (" ", "\u00a0"):
        after = words.get(end + 1)
        if after is None or after.start in listed_starts or after.word in titles:
            break
        end = after.end
        if after.possessive:
            break
    for gap in (1, 2):  # "Aunt Dana", "Dr. Patel"
        title = word_ends.get(start - gap)
        name = _Word(start, end, "", False)
        if title is not None and title.word in titles and _joined(text, title, name, titles):
            return title.start, end
    return start, end


@functools.lru_cache(maxsize=512)
def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    parts = unicodedata.normalize("NFC", phrase).split()
    if not any(ch.isalnum() for ch in phrase):
        return None  # "." or "-" alone would match everywhere
    variants = {
        r"\s+".join(re.escape(unicodedata.normalize(form, part)) for part in parts)
        for form in ("NFC", "NFD")
    }
    return re.compile("|".join(sorted(variants, key=len, reverse=True)), re.IGNORECASE)


def _whole_word_spans(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Where ``phrase`` stands as whole words, ignoring case: "Dana's" holds "Dana";
    "Danaher", "Dana-Lee" and "O'Dana" do not."""
    pattern = _phrase_pattern(phrase)
    if pattern is None:
        return
    position = 0
    # Every start, not only after the last find: in "Dana Smithers Dana Smith" the first
    # reading is not whole words, and "Ann Lee Ann Lee" holds "Lee Ann" too, which the
    # overlap rules may need.
    while (match := pattern.search(text, position)) is not None:
        start, end = match.span()
        if _word_edge_free(text, start, end):
            yield start, end
        position = start + 1


def _word_edge_free(text: str, start: int, end: int) -> bool:
    if is_word_char(text[start]) and start > 0:
        before = text[start - 1]
        joined = before in "'’-" and start > 1 and is_word_char(text[start - 2])
        if is_word_char(before) or joined:
            return False
    if is_word_char(text[end - 1]) and end < len(text):
        after = text[end]
        joined = after == "-" and end + 1 < len(text) and is_word_char(text[end + 1])
        if is_word_char(after) or joined:
            return False
    return True


# --- sentences and overlaps ----------------------------------------------------------------


def _starts_sentence(text: str, index: int) -> bool:
    """Whether ``text[index]`` begins a sentence (or a line, a list item, quoted speech)."""
    position = index - 1
    touching = True
    while position >= 0:
        char = text[position]
        if char in _LINE_BREAKS:
            return True
        if char.isspace():
            touching = False
        elif char in _OPENING_QUOTES and touching:
            return True
        elif char in _SENTENCE_ENDS:
            return not _after_title(text, position)
        elif char not in _PASS_OVER and unicodedata.category(char) not in _SYMBOLS:
            return False
        position -= 1
    return True


def _after_title(text: str, dot: int) -> bool:
    # "Dr. Patel": a full stop after a title does not end the sentence.
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[dot] == "." and text[start:dot] in _word_lists().titles


def _mark_listed(kept: list[Suggestion], names: list[tuple[int, int]]) -> list[Suggestion]:
    """Marks every find that overlaps a people-list name (``names``, sorted by start)."""
    starts = [start for start, _ in names]
    furthest = list(itertools.accumulate((end for _, end in names), max))
    marked = []
    for found in kept:
        i = bisect.bisect_left(starts, found.end)  # names starting before its end…
        overlaps = i > 0 and furthest[i - 1] > found.start  # …and reaching into it
        holds_name = overlaps and found.category is not Category.PERSON
        marked.append(dataclasses.replace(found, listed=True) if holds_name else found)
    return marked


def _without_overlaps(found: list[tuple[int, Suggestion]]) -> list[Suggestion]:
    ranked = sorted(
        found,
        key=lambda f: (f[0], f[1].start - f[1].end, _TIE_ORDER[f[1].category], f[1].start),
    )
    starts: list[int] = []
    kept: list[Suggestion] = []  # sorted by start, like ``starts``
    for _, suggestion in ranked:
        i = bisect.bisect_left(starts, suggestion.start)
        if i > 0 and kept[i - 1].end > suggestion.start:
            continue
        if i < len(kept) and kept[i].start < suggestion.end:
            continue
        starts.insert(i, suggestion.start)
        kept.insert(i, suggestion)
    return kept
