"""The print preview: the printed words (redactions applied, notes absent), in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from reflect.core.share_text import PrintedShare, printed_share
from reflect.core.shares import (
    ItemKind,
    Person,
    RedactionDecision,
    Share,
    ShareItem,
    ShareSettings,
)
from reflect.ui.share_preview import SharePreview

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DANA = Person(1, "Dana", "my sister")


def share(paragraphs: int = 2, decisions: tuple[RedactionDecision, ...] = ()) -> Share:
    items = [
        ShareItem(1, ItemKind.EXCERPT, "Dana drove me to my first meeting.", note="private!"),
        ShareItem(2, ItemKind.TEXT, "That was the start."),
        *(
            ShareItem(10 + n, ItemKind.EXCERPT, f"Paragraph {n} about Marcus and the walk home.")
            for n in range(paragraphs - 2)
        ),
    ]
    settings = ShareSettings(show_title=True, show_date=True)
    return Share(7, "Thursday", "Ten years", NOW, NOW, tuple(items), settings, decisions)


def printed(shown: Share) -> PrintedShare:
    return printed_share(shown, [DANA], today=date(2026, 3, 2))


def make_preview(qtbot: QtBot) -> SharePreview:
    preview = SharePreview()
    qtbot.addWidget(preview)
    preview.resize(520, 420)
    preview.show()
    return preview


def test_shows_the_printed_words_only(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    preview.set_printed(printed(share()))
    text = preview.toPlainText()
    assert preview.accessibleName() == "Print preview" and preview.isReadOnly()
    assert text.startswith("Ten years\n2 March 2026\n")
    assert "My sister drove me to my first meeting." in text
    assert "Dana" not in text and "private!" not in text
    assert "That was the start." in text
    preview.grab().save("/tmp/h5-share-preview.png")


def test_a_hidden_preview_lays_out_only_the_latest_version_when_shown(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    preview.hide()
    preview.set_printed(printed(share(paragraphs=3)))
    preview.set_printed(printed(share()))
    assert preview.toPlainText() == ""  # nothing laid out while hidden
    preview.show()
    assert "My sister drove me to my first meeting." in preview.toPlainText()
    preview.hide()
    preview.set_printed(printed(share(paragraphs=3)))
    preview.clear()  # a lock: the waiting version is forgotten too
    preview.show()
    assert preview.toPlainText() == ""


def test_a_new_version_keeps_the_reading_place(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    preview.set_printed(printed(share(paragraphs=120)))
    scroll = preview.verticalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum() // 2)
    middle = scroll.value()
    accepted = share(120, (RedactionDecision("Marcus", "a friend", True),))
    preview.set_printed(printed(accepted))
    assert scroll.value() == middle
    assert "a friend" in preview.toPlainText() and "Marcus" not in preview.toPlainText()


def test_a_larger_print_size_reaches_the_preview(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    small = share()
    preview.set_printed(printed(small))
    before = preview.document().defaultFont().pointSizeF()
    large = replace(small, settings=replace(small.settings, font_size=26))
    preview.set_printed(printed(large))
    assert (before, preview.document().defaultFont().pointSizeF()) == (18, 26)
