"""An entry as a ``QTextDocument``, and back: the one place that knows both coordinate systems.

The journal stores an entry as plain text plus formatting spans (``FormatSpan``) counted in
characters (code points); a ``QTextDocument`` counts UTF-16 code units and keeps formatting
in its fragments and blocks. ``build`` turns the stored form into a document and ``read``
turns a document back into the stored form, so that ``read(build(text, formatting))`` gives
back the same text and the same formatting (see ARCHITECTURE.md, "Entry text and moments").

Styles:

* character styles ``bold`` and ``italic`` (in a heading every word is bold already, so bold
  there is not a style of its own);
* paragraph styles ``heading1``–``heading3``, ``bullet``, ``numbered`` and ``quote``. A
  paragraph style span covers whole paragraphs; an empty paragraph has no characters for a
  span to cover, so it comes back as plain.

Moments are marked in the document by one character property per moment (``moment_key``);
the editor gives each moment a key, and ``read`` reports where each key's words are.
Moments also carry their highlight in the character format (colour *and* underline style),
so undo, redo and formatting changes carry the highlight along with the mark.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextListFormat,
)

from reflect.core.domain import HOPE, STRUGGLE, FormatSpan

BOLD, ITALIC = "bold", "italic"
CHARACTER_STYLES = (BOLD, ITALIC)
HEADINGS = {"heading1": 1, "heading2": 2, "heading3": 3}
BULLET, NUMBERED, QUOTE = "bullet", "numbered", "quote"
PARAGRAPH_STYLES = (*HEADINGS, BULLET, NUMBERED, QUOTE)
LIST_STYLES = {BULLET: QTextListFormat.Style.ListDisc, NUMBERED: QTextListFormat.Style.ListDecimal}

# Larger type for headings, as Qt's own HTML import does for <h1>–<h3>.
_HEADING_SIZE_ADJUSTMENT = {1: 3, 2: 2, 3: 1}
_QUOTE_MARGIN = 28.0
_BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_MOMENT_PROPERTY_BASE = int(QTextFormat.Property.UserProperty) + 1000
# Set on every format that marks at least one moment: a cheap test before reading them all.
_MARKED = int(QTextFormat.Property.UserProperty) + 999
_WIDE = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class MomentLook:
    """How a kind of moment is drawn: a tint behind the words and a line under them."""

    colour: str  # Okabe–Ito palette: told apart with every common colour-vision difference
    underline: QTextCharFormat.UnderlineStyle


MOMENT_LOOKS = {
    HOPE: MomentLook("#0072B2", QTextCharFormat.UnderlineStyle.SingleUnderline),
    STRUGGLE: MomentLook("#E69F00", QTextCharFormat.UnderlineStyle.DashUnderline),
}
TAG_LOOK = MomentLook("#009E73", QTextCharFormat.UnderlineStyle.WaveUnderline)
_TINT_ALPHA = 60  # light enough to read through in light and dark palettes


def look_for(kind: str) -> MomentLook:
    """The highlight of a moment kind; every user tag shares one look."""
    return MOMENT_LOOKS.get(kind, TAG_LOOK)


@dataclass
class DocumentContent:
    """An entry's words as stored, read from a document."""

    text: str
    formatting: list[FormatSpan]
    moment_spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # key → span


class Utf16Offsets:
    """Converts between character offsets into ``text`` and ``QTextDocument`` positions."""

    def __init__(self, text: str) -> None:
        # Characters outside the Basic Multilingual Plane take two UTF-16 code units.
        self._wide = [match.start() for match in _WIDE.finditer(text)]
        self._wide_utf16 = [i + n for n, i in enumerate(self._wide)]

    def to_position(self, offset: int) -> int:
        """The document position of character offset ``offset``."""
        return offset + bisect.bisect_left(self._wide, offset)

    def to_offset(self, position: int) -> int:
        """The character offset of document position ``position``."""
        return position - bisect.bisect_left(self._wide_utf16, position)


def moment_property(key: int) -> int:
    """The character property that marks the words of the moment with ``key``."""
    return _MOMENT_PROPERTY_BASE + key


def moment_keys(char_format: QTextCharFormat) -> set[int]:
    """The moments whose words have this format."""
    if not char_format.hasProperty(_MARKED):
        return set()
    return {
        prop - _MOMENT_PROPERTY_BASE
        for prop in char_format.properties()
        if prop >= _MOMENT_PROPERTY_BASE
    }


def with_moments(
    char_format: QTextCharFormat, keys: Iterable[int], kinds: dict[int, str]
) -> QTextCharFormat:
    """``char_format`` marked with exactly the moments ``keys``, highlighted to match."""
    result = QTextCharFormat(char_format)
    for old in moment_keys(result):
        result.clearProperty(moment_property(old))
    result.clearBackground()
    result.clearProperty(QTextFormat.Property.TextUnderlineColor)
    result.clearProperty(QTextFormat.Property.TextUnderlineStyle)
    ordered = sorted(keys)
    result.clearProperty(_MARKED)
    for key in ordered:
        result.setProperty(moment_property(key), True)
    if ordered:
        result.setProperty(_MARKED, True)
        # Overlapping moments: the earliest marked sets the look; the panel lists them all.
        look = look_for(kinds.get(ordered[0], ""))
        tint = QColor(look.colour)
        tint.setAlpha(_TINT_ALPHA)
        result.setBackground(QBrush(tint))
        result.setUnderlineStyle(look.underline)
        result.setUnderlineColor(QColor(look.colour))
    return result


def fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    """The runs of equally formatted text in a paragraph."""
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            yield fragment
        it += 1


def blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    """The document's paragraphs, in order."""
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def paragraph_style(block: QTextBlock) -> str | None:
    """The paragraph style of ``block``, if it has one."""
    level = block.blockFormat().headingLevel()
    if level in _HEADING_SIZE_ADJUSTMENT:
        return f"heading{level}"
    text_list = block.textList()
    if text_list is not None:
        return BULLET if text_list.format().style() in _BULLET_STYLES else NUMBERED
    if block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) > 0:
        return QUOTE
    return None


def character_styles(char_format: QTextCharFormat, in_heading: bool) -> tuple[str, ...]:
    """The character styles of a run of text."""
    bold = not in_heading and char_format.fontWeight() >= QFont.Weight.DemiBold.value
    return tuple(style for style, on in ((BOLD, bold), (ITALIC, char_format.fontItalic())) if on)


def read(document: QTextDocument) -> DocumentContent:
    """The stored form of ``document``: text, formatting and where each moment is."""
    parts: list[str] = []
    formatting: list[FormatSpan] = []
    runs: dict[str, int] = {}  # character style → where its current run started
    moments: dict[int, tuple[int, int]] = {}
    offset = 0
    previous_end: int | None = None  # where the paragraph before this one ended
    for block in blocks(document):
        if previous_end is not None:
            parts.append("\n")
            offset += 1
        block_start = offset
        style = paragraph_style(block)
        for fragment in fragments(block):
            chunk = fragment.text()
            char_format = fragment.charFormat()
            # A run goes on across a paragraph break only if the next paragraph starts with
            # it; otherwise it ends where the words with that style ended.
            ends_at = previous_end if offset == block_start and previous_end is not None else offset
            styles = character_styles(char_format, style in HEADINGS)
            _switch_runs(runs, styles, offset, ends_at, formatting)
            end = offset + len(chunk)
            for key in moment_keys(char_format):
                first, _ = moments.get(key, (offset, end))
                moments[key] = (first, end)
            parts.append(chunk)
            offset = end
        if offset == block_start:  # an empty paragraph ends every run
            _switch_runs(runs, (), offset, previous_end or 0, formatting)
        elif style is not None:
            formatting.append(FormatSpan(block_start, offset, style))
        previous_end = offset
    _switch_runs(runs, (), offset, offset, formatting)
    formatting.sort(key=lambda span: (span.start, span.end, span.style))
    # Paragraph breaks are "\n"; U+2028 (a line break inside a paragraph) is kept as it is.
    return DocumentContent("".join(parts), formatting, moments)


def _switch_runs(
    runs: dict[str, int], styles: Sequence[str], starts_at: int, ends_at: int, out: list[FormatSpan]
) -> None:
    """End the runs of styles not in ``styles`` at ``ends_at``; start new ones at ``starts_at``."""
    for style in [s for s in runs if s not in styles]:
        out.append(FormatSpan(runs.pop(style), ends_at, style))
    for style in styles:
        runs.setdefault(style, starts_at)


def build(
    document: QTextDocument,
    text: str,
    formatting: Sequence[FormatSpan] = (),
    moments: Sequence[tuple[int, int, int]] = (),
    kinds: dict[int, str] | None = None,
) -> None:
    """Make ``document`` show ``text`` with its formatting and moments (``(key, start, end)``).

    The document's undo history is not touched beyond what ``setPlainText`` does (it clears
    it), so loading an entry is never something to undo.
    """
    document.setUndoRedoEnabled(False)
    try:
        document.setPlainText(text)
        cursor = QTextCursor(document)
        insert_formatting(cursor, 0, text, formatting)
        mark_moments(document, text, moments, kinds or {})
    finally:
        document.setUndoRedoEnabled(True)


def insert_formatting(
    cursor: QTextCursor, at: int, text: str, formatting: Sequence[FormatSpan]
) -> None:
    """Apply ``formatting`` (offsets into ``text``) to ``text`` placed at position ``at``."""
    offsets = Utf16Offsets(text)
    document = cursor.document()
    # Paragraph styles first: a heading sets the weight of all its words.
    for span in sorted(formatting, key=lambda span: span.style not in PARAGRAPH_STYLES):
        start = at + offsets.to_position(span.start)
        end = at + offsets.to_position(span.end)
        if span.style in CHARACTER_STYLES:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_character_format(span.style))
        elif span.style in PARAGRAPH_STYLES:
            block = document.findBlock(start)
            while block.isValid() and block.position() < max(end, start + 1):
                set_paragraph_style(block, span.style)
                block = block.next()
        # Styles from a newer Reflect are kept in storage by not being read: none to draw.


def _character_format(style: str) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if style == BOLD:
        char_format.setFontWeight(QFont.Weight.Bold.value)
    else:
        char_format.setFontItalic(True)
    return char_format


def set_paragraph_style(block: QTextBlock, style: str | None) -> None:
    """Give one paragraph a paragraph style (or none), joining a list above it if any."""
    cursor = QTextCursor(block)
    current = paragraph_style(block)
    if current == style:
        return
    block_format = QTextBlockFormat(block.blockFormat())
    block_format.setHeadingLevel(HEADINGS.get(style or "", 0))
    quoted = style == QUOTE
    block_format.setProperty(QTextFormat.Property.BlockQuoteLevel, 1 if quoted else 0)
    block_format.setLeftMargin(_QUOTE_MARGIN if quoted else 0.0)
    block_format.setRightMargin(_QUOTE_MARGIN if quoted else 0.0)
    block_format.setIndent(0)
    text_list = block.textList()
    if text_list is not None and style not in LIST_STYLES:
        text_list.remove(block)
    cursor.setBlockFormat(block_format)
    if current in HEADINGS or style in HEADINGS:
        _set_heading_look(cursor, block, HEADINGS.get(style or "", 0))
    if style in LIST_STYLES:
        _join_list(block, LIST_STYLES[style])


def heading_look(level: int) -> QTextCharFormat:
    """What heading words look like (larger, bold); level 0 is plain text's look."""
    look = QTextCharFormat()
    look.setProperty(
        QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE_ADJUSTMENT.get(level, 0)
    )
    look.setFontWeight(QFont.Weight.Bold.value if level else QFont.Weight.Normal.value)
    return look


def _set_heading_look(cursor: QTextCursor, block: QTextBlock, level: int) -> None:
    """Heading text is larger and bold; plain text loses both.

    Only the words get the look: Qt drops the first paragraph of a document from the layout
    when its *block* character format is merged, so typing into an empty heading takes the
    look from the editor's current format instead (see ``EntryTextEdit``).
    """
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(heading_look(level))


def _join_list(block: QTextBlock, list_style: QTextListFormat.Style) -> None:
    """Put ``block`` into the list just above it when that list has the same style."""
    current = block.textList()
    if current is not None and current.format().style() == list_style:
        return
    if current is not None:
        current.remove(block)
    above = block.previous().textList() if block.previous().isValid() else None
    if above is not None and above.format().style() == list_style:
        above.add(block)
    else:
        list_format = QTextListFormat()
        list_format.setStyle(list_style)
        QTextCursor(block).createList(list_format)
    below = block.next()
    below_list = below.textList() if below.isValid() else None
    mine = block.textList()
    if (
        below_list is not None
        and mine is not None
        and below_list is not mine
        and below_list.format().style() == list_style
    ):
        for item in [below_list.item(i) for i in range(below_list.count())]:
            mine.add(item)


def mark_moments(
    document: QTextDocument,
    text: str,
    moments: Sequence[tuple[int, int, int]],
    kinds: dict[int, str],
) -> None:
    """Mark ``(key, start, end)`` spans of ``text`` (already in ``document``) as moments."""
    offsets = Utf16Offsets(text)
    for key, start, end in moments:
        add_moment_key(document, offsets.to_position(start), offsets.to_position(end), key, kinds)


def add_moment_key(
    document: QTextDocument, start: int, end: int, key: int, kinds: dict[int, str]
) -> None:
    """Mark document positions ``start``–``end`` with moment ``key`` (beside other moments)."""
    restyle_range(document, start, end, lambda keys: keys | {key}, kinds)


def remove_moment_key(document: QTextDocument, key: int, kinds: dict[int, str]) -> None:
    """Take moment ``key``'s mark (and highlight) off every word that has it."""
    restyle_range(document, 0, document.characterCount(), lambda keys: keys - {key}, kinds)


def restyle_range(
    document: QTextDocument,
    start: int,
    end: int,
    change: Callable[[set[int]], set[int]],
    kinds: dict[int, str],
) -> None:
    """Give each run of text between ``start`` and ``end`` the moments ``change(keys)``."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            for fragment in list(fragments(block)):
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                if lo >= hi:
                    continue
                keys = moment_keys(fragment.charFormat())
                wanted = change(set(keys))
                if wanted == keys and not (wanted and _needs_look(fragment.charFormat())):
                    continue
                cursor.setPosition(lo)
                cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(with_moments(fragment.charFormat(), wanted, kinds))
            block = block.next()
    finally:
        cursor.endEditBlock()


def _needs_look(char_format: QTextCharFormat) -> bool:
    return not char_format.hasProperty(QTextFormat.Property.BackgroundBrush)
