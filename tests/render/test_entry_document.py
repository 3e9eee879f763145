"""An entry in a QTextDocument and back: text, formatting and moments survive exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reflect.core.domain import HOPE, STRUGGLE, FormatSpan
from reflect.render import entry_document as doc
from reflect.render.entry_document import (
    CHARACTER_STYLES,
    HEADINGS,
    PARAGRAPH_STYLES,
    Utf16Offsets,
)

# Emoji (two UTF-16 units), combining marks, right-to-left words, no-break spaces, tabs and
# line breaks inside a paragraph: each has tripped up some editor's offsets somewhere.
ALPHABET = st.sampled_from(
    ["a", "b", " ", "é", "e\u0301", "😊", "👩🏽‍🦱", "שלום", "سلام", "\u00a0", "\t", "\u2028", "*"]
)
PARAGRAPH = st.lists(ALPHABET, max_size=8).map("".join)


@st.composite
def entries(draw: st.DrawFn) -> tuple[str, list[FormatSpan], list[tuple[int, int, int]]]:
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=5))
    text = "\n".join(paragraphs)
    formatting: list[FormatSpan] = []
    position = 0
    for paragraph in paragraphs:
        style = draw(st.sampled_from([None, *PARAGRAPH_STYLES]))
        if paragraph and style:
            formatting.append(FormatSpan(position, position + len(paragraph), style))
        position += len(paragraph) + 1
    moments: list[tuple[int, int, int]] = []
    if text:
        spans = st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text)))
        for start, end in draw(st.lists(spans, max_size=4)):
            if start < end:
                formatting.append(FormatSpan(start, end, draw(st.sampled_from(CHARACTER_STYLES))))
        for key, (start, end) in enumerate(draw(st.lists(spans, max_size=3))):
            if start < end:
                moments.append((key, start, end))
    return text, formatting, moments


def styles_by_character(text: str, formatting: list[FormatSpan]) -> list[frozenset[str]]:
    """What each character looks like: the comparison that matters to the person."""
    paragraph_of = [text.count("\n", 0, i) for i in range(len(text))]
    paragraph_styles: dict[int, str] = {}
    for span in formatting:
        if span.style in PARAGRAPH_STYLES:
            paragraph_styles[paragraph_of[span.start]] = span.style
    looks: list[frozenset[str]] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            looks.append(frozenset())
            continue
        paragraph_style = paragraph_styles.get(paragraph_of[i])
        styles = {
            s.style for s in formatting if s.style in CHARACTER_STYLES and s.start <= i < s.end
        }
        if paragraph_style in HEADINGS:
            styles.discard("bold")  # every word of a heading is bold already
        if paragraph_style:
            styles.add(paragraph_style)
        looks.append(frozenset(styles))
    return looks


def round_trip(
    text: str,
    formatting: list[FormatSpan],
    moments: list[tuple[int, int, int]] = (),  # type: ignore[assignment]
) -> doc.DocumentContent:
    document = QTextDocument()
    kinds = {key: HOPE for key, _, _ in moments}
    doc.build(document, text, formatting, moments, kinds)
    return doc.read(document)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entry=entries())
def test_text_formatting_and_moments_come_back_exactly(
    qapp: QApplication, entry: tuple[str, list[FormatSpan], list[tuple[int, int, int]]]
) -> None:
    text, formatting, moments = entry
    content = round_trip(text, formatting, moments)

    assert content.text == text
    assert styles_by_character(text, content.formatting) == styles_by_character(text, formatting)
    again = round_trip(content.text, content.formatting)
    assert again.formatting == content.formatting  # the stored form is a fixed point
    for key, start, end in moments:
        # Paragraph breaks at a moment's edges belong to no words; the moment is its words.
        words = text[start:end]
        first = start + len(words) - len(words.lstrip("\n"))
        last = end - (len(words) - len(words.rstrip("\n")))
        assert content.moment_spans.get(key) == ((first, last) if first < last else None)


def test_utf16_offsets_count_emoji_twice_and_everything_else_once() -> None:
    text = "a😊b👩🏽‍🦱c"
    offsets = Utf16Offsets(text)
    for i in range(len(text) + 1):
        position = len(text[:i].encode("utf-16-le")) // 2
        assert offsets.to_position(i) == position
        assert offsets.to_offset(position) == i


def test_paragraph_styles_look_like_what_they_are(qapp: QApplication) -> None:
    text = "Title\none\ntwo\nthree\nfour\nwords"
    formatting = [
        FormatSpan(0, 5, "heading1"),
        FormatSpan(6, 9, "bullet"),
        FormatSpan(10, 13, "bullet"),
        FormatSpan(14, 19, "numbered"),
        FormatSpan(20, 24, "numbered"),
        FormatSpan(25, 30, "quote"),
    ]
    document = QTextDocument()
    doc.build(document, text, formatting)
    blocks = list(doc.blocks(document))
    assert blocks[0].blockFormat().headingLevel() == 1
    assert blocks[1].textList() is not None
    assert blocks[1].textList() == blocks[2].textList()  # one list, not two
    assert blocks[3].textList() == blocks[4].textList() != blocks[1].textList()
    assert blocks[5].blockFormat().leftMargin() > 0
    assert doc.read(document).formatting == formatting


@pytest.mark.parametrize("kind", [HOPE, STRUGGLE, "people"])
def test_each_kind_of_moment_has_its_own_colour_and_underline(
    qapp: QApplication, kind: str
) -> None:
    document = QTextDocument()
    doc.build(document, "a good day", moments=[(7, 2, 6)], kinds={7: kind})
    cursor = QTextCursor(document)
    cursor.setPosition(4)
    char_format = cursor.charFormat()
    look = doc.look_for(kind)
    assert char_format.underlineStyle() == look.underline
    assert char_format.underlineColor().name().upper() == look.colour.upper()
    assert doc.moment_keys(char_format) == {7}
    looks = {(doc.look_for(k).colour, doc.look_for(k).underline) for k in (HOPE, STRUGGLE, "x")}
    assert len(looks) == 3  # told apart by colour *and* by line


def test_removing_one_of_two_overlapping_moments_keeps_the_other(qapp: QApplication) -> None:
    document = QTextDocument()
    kinds = {1: HOPE, 2: STRUGGLE}
    doc.build(document, "one two three", moments=[(1, 0, 7), (2, 4, 13)], kinds=kinds)
    doc.remove_moment_key(document, 1, kinds)
    content = doc.read(document)
    assert content.moment_spans == {2: (4, 13)}
    cursor = QTextCursor(document)
    cursor.setPosition(2)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush  # no highlight left


def test_a_heading_as_the_first_paragraph_is_laid_out_and_larger(qapp: QApplication) -> None:
    document = QTextDocument()
    doc.build(document, "Ninety days\nwords", [FormatSpan(0, 11, "heading1")])
    document.setTextWidth(400)
    document.size()  # lays it all out
    layout = document.documentLayout()
    heading, words = list(doc.blocks(document))
    assert layout.blockBoundingRect(heading).height() > layout.blockBoundingRect(words).height()
