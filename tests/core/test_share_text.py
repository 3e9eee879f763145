"""What a share prints as: order, redactions, no private notes, title and date only when
chosen, paragraph numbers, and the same words as plain text and as Markdown."""

from __future__ import annotations

from datetime import date, datetime

from reflect.core.domain import HOPE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.share_text import (
    PrintedItem,
    PrintedShare,
    as_markdown,
    as_plain_text,
    day_line,
    escape_markdown,
    printed_share,
)
from reflect.core.shares import (
    ExcerptSource,
    ItemKind,
    Person,
    RedactionDecision,
    Share,
    ShareItem,
    ShareSettings,
)

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0).astimezone()
DANA = Person(1, "Dana", "my sister", ("Danny",))


def share_of(
    *items: ShareItem,
    title: str = "",
    settings: ShareSettings | None = None,
    decisions: tuple[RedactionDecision, ...] = (),
) -> Share:
    return Share(7, "For Tuesday", title, NOW, NOW, items, settings or ShareSettings(), decisions)


def excerpt(item_id: int, text: str, note: str = "") -> ShareItem:
    return ShareItem(item_id, ItemKind.EXCERPT, text, note, ExcerptSource(item_id, 0, len(text)))


def words(item_id: int, text: str) -> ShareItem:
    return ShareItem(item_id, ItemKind.TEXT, text)


def test_items_keep_their_order_and_blank_paragraphs_and_empty_items_are_dropped() -> None:
    share = share_of(
        excerpt(1, "  First line.  \n\n   \nSecond line.\n"),
        words(2, "   \n  "),
        words(3, "Then this happened."),
        excerpt(4, "Last."),
    )
    printed = printed_share(share, [], today=TODAY)
    assert printed.items == (
        PrintedItem(ItemKind.EXCERPT, ("First line.", "Second line."), ExcerptSource(1, 0, 34)),
        PrintedItem(ItemKind.TEXT, ("Then this happened.",), None),
        PrintedItem(ItemKind.EXCERPT, ("Last.",), ExcerptSource(4, 0, 5)),
    )
    assert printed.paragraphs() == ["First line.", "Second line.", "Then this happened.", "Last."]
    assert printed.word_count() == 8


def test_private_notes_are_never_printed() -> None:
    share = share_of(excerpt(1, "I went to the meeting.", note="ask Sam about the shaking"))
    printed = printed_share(share, [], today=TODAY)
    assert "shaking" not in repr(printed)
    for text in (as_plain_text(printed), as_markdown(printed)):
        assert "shaking" not in text


def test_title_and_date_are_printed_only_when_chosen() -> None:
    items = (excerpt(1, "Words."),)
    plain = printed_share(share_of(*items, title="My story"), [], today=TODAY)
    assert (plain.title, plain.date_line) == ("My story", "")
    hidden = ShareSettings(show_title=False, show_date=True)
    printed = printed_share(share_of(*items, title="My story", settings=hidden), [], today=TODAY)
    assert (printed.title, printed.date_line) == ("", "23 November 2026")
    untitled = printed_share(share_of(*items), [], today=TODAY)
    assert untitled.title == ""


def test_the_date_is_written_in_english_whatever_the_locale() -> None:
    assert day_line(date(2027, 1, 2)) == "2 January 2027"
    assert day_line(date(2026, 12, 31)) == "31 December 2026"


def test_people_list_names_are_replaced_unless_the_person_kept_them() -> None:
    text = "Dana drove me. Later Danny said sorry, and Sam came too."
    share = share_of(excerpt(1, text))
    printed = printed_share(share, [DANA], today=TODAY)
    assert printed.paragraphs() == [
        "My sister drove me. Later my sister said sorry, and Sam came too."
    ]

    kept = (RedactionDecision("Danny", "my sister", False),)
    printed = printed_share(share_of(excerpt(1, text), decisions=kept), [DANA], today=TODAY)
    assert printed.paragraphs() == ["My sister drove me. Later Danny said sorry, and Sam came too."]


def test_accepted_suggestions_are_replaced_and_undecided_ones_are_left() -> None:
    text = "Write to sam@example.org or call Sam Okafor on 020 7946 0958."
    decisions = (
        RedactionDecision("sam@example.org", "an email address", True),
        RedactionDecision("Sam Okafor", "a friend", True),
    )
    printed = printed_share(share_of(excerpt(1, text), decisions=decisions), [], today=TODAY)
    (paragraph,) = printed.paragraphs()
    assert "sam@example.org" not in paragraph and "Okafor" not in paragraph
    assert paragraph.startswith("Write to an email address or call a friend on")


def test_extra_people_are_always_replaced_even_where_the_share_kept_the_name() -> None:
    kept = (RedactionDecision("Dana", "my sister", False),)
    share = share_of(excerpt(1, "Dana and Lee came over."), decisions=kept)
    extra = [Person(0, "Lee", "my neighbour"), Person(0, "Dana", "a friend")]
    printed = printed_share(share, [DANA], today=TODAY, extra_people=extra)
    assert printed.paragraphs() == ["A friend and my neighbour came over."]


def test_redaction_runs_on_each_item_with_its_own_entry_date() -> None:
    written = datetime(2025, 6, 1, 20, 0).astimezone()
    item = ShareItem(1, ItemKind.EXCERPT, "On 12 March I called.", entry_created=written)
    decisions = (RedactionDecision("On 12 March", "one day", True),)
    printed = printed_share(share_of(item, decisions=decisions), [], today=TODAY)
    assert printed.paragraphs() == ["One day I called."]


def test_plain_text_has_title_date_separators_and_numbers_when_asked() -> None:
    settings = ShareSettings(show_date=True, paragraph_numbers=True)
    share = share_of(
        excerpt(1, "First.\nSecond."),
        words(2, "Between."),
        excerpt(3, "Third."),
        title="My share",
        settings=settings,
    )
    text = as_plain_text(printed_share(share, [], today=TODAY))
    assert text == (
        "My share\n\n23 November 2026\n\n1. First.\n\n2. Second.\n\n*   *   *\n\n"
        "3. Between.\n\n*   *   *\n\n4. Third.\n"
    )
    plain = as_plain_text(printed_share(share_of(excerpt(1, "Only.")), [], today=TODAY))
    assert plain == "Only.\n"


def test_markdown_has_a_heading_rules_and_italic_connecting_text() -> None:
    share = share_of(
        excerpt(1, "First.\nSecond."),
        words(2, "Between."),
        title="My share",
        settings=ShareSettings(paragraph_numbers=True),
    )
    text = as_markdown(printed_share(share, [], today=TODAY))
    assert text == "# My share\n\n1\\. First.\n\n2\\. Second.\n\n*   *   *\n\n3\\. *Between.*\n"


def test_markdown_escapes_what_would_otherwise_be_syntax() -> None:
    assert escape_markdown("*so* _tired_ [me](x) <b> a|b ~x~ `c` \\ & #1") == (
        "\\*so\\* \\_tired\\_ \\[me\\](x) \\<b\\> a\\|b \\~x\\~ \\`c\\` \\\\ \\& \\#1"
    )
    assert escape_markdown("- not a list") == "\\- not a list"
    assert escape_markdown("+ not a list") == "\\+ not a list"
    assert escape_markdown("12. not a list") == "12\\. not a list"
    assert escape_markdown("3) not a list") == "3\\) not a list"
    assert escape_markdown("I'm fine. Really, 12.5 times.") == "I'm fine. Really, 12.5 times."
    assert escape_markdown("one\u2028two") == "one\\\ntwo"


def test_an_empty_share_prints_nothing() -> None:
    printed = printed_share(share_of(), [], today=TODAY)
    assert printed == PrintedShare("", "", (), ShareSettings())
    assert as_plain_text(printed) == "" and as_markdown(printed) == ""
    assert printed.word_count() == 0


def test_a_share_from_the_journal_prints_its_edited_copy_not_the_entry(journal: Journal) -> None:
    text = "I called Dana today. It helped.\nThen I slept."
    entry_id = journal.add_entry(
        text=text,
        created=datetime(2026, 3, 1, 21, 0).astimezone(),
        moments=[MomentDraft(None, 0, 31, HOPE, "private: ask about work")],
    ).created
    assert entry_id is not None
    journal.add_person("Dana", "my sister")
    share_id = journal.create_share("Tuesday", "What helped").created
    assert share_id is not None
    moment_id = journal.get_entry(entry_id).moments[0].id
    journal.add_excerpts(share_id, journal.moment_sources([moment_id]))
    journal.add_text(share_id, "This was a good week.", position=0)
    item = journal.get_share(share_id).items[1]
    journal.update_item(item.id, text="I called Dana today. It really helped.", note="shh")

    printed = printed_share(journal.get_share(share_id), journal.people(), today=TODAY)
    assert printed.title == "What helped"
    assert printed.paragraphs() == [
        "This was a good week.",
        "I called my sister today. It really helped.",
    ]
    assert printed.items[1].source == ExcerptSource(entry_id, 0, 31)
    assert journal.get_entry(entry_id).text == text
