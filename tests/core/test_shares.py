"""Shares in the journal: items, order, edits that leave the journal alone, links that move
with their words, the people list, rehearsals and "What I've shared"."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import MomentDraft
from reflect.core.errors import (
    InvalidInput,
    PersonNotFound,
    ShareItemNotFound,
    ShareNotFound,
)
from reflect.core.journal import Journal
from reflect.core.shares import (
    ExcerptSource,
    ExportFormat,
    ItemKind,
    RedactionDecision,
    ShareSettings,
)
from reflect.core.storage import shares as store
from tests.conftest import PASSPHRASE

TEXT = "Dana drove me to the meeting.\nI was scared, and I went in anyway.\nHope came later."


def _share_with(journal: Journal, *spans: tuple[int, int]) -> tuple[int, int]:
    entry_id = journal.add_entry(text=TEXT).created
    assert entry_id is not None
    share_id = journal.create_share("Tuesday group")
    assert share_id.created is not None
    journal.add_excerpts(
        share_id.created, [ExcerptSource(entry_id, start, end) for start, end in spans]
    )
    return share_id.created, entry_id


def _texts(journal: Journal, share_id: int) -> list[str]:
    return [item.text for item in journal.get_share(share_id).items]


def test_a_share_keeps_copies_in_order_and_the_journal_is_untouched(journal: Journal) -> None:
    share_id, entry_id = _share_with(journal, (0, 29), (30, 65))
    first, second = journal.get_share(share_id).items
    journal.update_item(first.id, text="Someone drove me to the meeting.", note="say slowly")
    share = journal.get_share(share_id)
    assert [i.text for i in share.items] == [
        "Someone drove me to the meeting.",
        "I was scared, and I went in anyway.",
    ]
    assert share.items[0].note == "say slowly"
    assert share.items[0].source == ExcerptSource(entry_id, 0, 29)
    assert share.items[0].entry_created == journal.get_entry(entry_id).created
    assert journal.get_entry(entry_id).text == TEXT
    assert second.kind is ItemKind.EXCERPT and second.is_excerpt


def test_items_move_insert_and_leave_with_positions_kept_dense(journal: Journal) -> None:
    share_id, _ = _share_with(journal, (0, 4), (30, 35), (66, 70))
    hello = journal.add_text(share_id, "What it was like", position=0).created
    assert _texts(journal, share_id) == ["What it was like", "Dana", "I was", "Hope"]
    items = journal.get_share(share_id).items
    journal.move_item(items[3].id, 1)
    assert _texts(journal, share_id) == ["What it was like", "Hope", "Dana", "I was"]
    journal.move_item(items[0].id, 99)  # clamped to the end
    assert _texts(journal, share_id) == ["Hope", "Dana", "I was", "What it was like"]
    journal.remove_item(items[1].id)
    assert _texts(journal, share_id) == ["Hope", "I was", "What it was like"]
    journal.add_excerpts(share_id, [ExcerptSource(1, 0, 4)], position=1)
    assert _texts(journal, share_id) == ["Hope", "Dana", "I was", "What it was like"]
    assert journal.get_share(share_id).items[3].id == hello
    assert journal.get_share(share_id).items[3].kind is ItemKind.TEXT
    assert journal.shares()[0].item_count == 4


@settings(max_examples=30, deadline=None)
@given(moves=st.lists(st.tuples(st.integers(0, 4), st.integers(-2, 7)), max_size=12))
def test_any_moves_keep_every_item_once(
    tmp_path_factory: pytest.TempPathFactory, moves: list[tuple[int, int]]
) -> None:
    folder = tmp_path_factory.mktemp("moves") / "journal"
    with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
        share_id = journal.create_share("s").created
        assert share_id is not None
        for n in range(5):
            journal.add_text(share_id, str(n))
        expected = [str(n) for n in range(5)]
        for which, where in moves:
            item = journal.get_share(share_id).items[which]
            journal.move_item(item.id, where)
            expected.remove(item.text)
            expected.insert(max(0, min(where, 4)), item.text)
            assert _texts(journal, share_id) == expected


def test_excerpt_links_follow_their_words_through_edits(journal: Journal) -> None:
    share_id, entry_id = _share_with(journal, (30, 65), (66, 82))
    journal.update_entry(entry_id, text="Before it all.\n" + TEXT)
    items = journal.get_share(share_id).items
    new_text = journal.get_entry(entry_id).text
    assert [new_text[i.source.start : i.source.end] for i in items if i.source] == [
        "I was scared, and I went in anyway.",
        "Hope came later.",
    ]
    journal.update_entry(entry_id, text=new_text.replace("\nHope came later.", ""))
    gone = journal.get_share(share_id).items[1]
    assert gone.source is not None and gone.source.start == gone.source.end
    assert gone.text == "Hope came later."  # the copy stays


def test_deleting_the_entry_keeps_the_excerpt_without_its_link(journal: Journal) -> None:
    share_id, entry_id = _share_with(journal, (0, 29))
    journal.delete_entry(entry_id)
    (item,) = journal.get_share(share_id).items
    assert item.text == "Dana drove me to the meeting." and item.source is None


def test_excerpts_from_moments_in_the_order_given(journal: Journal) -> None:
    entry_id = journal.add_entry(
        text=TEXT,
        moments=[MomentDraft(None, 66, 82, "hope"), MomentDraft(None, 30, 42, "struggle")],
    ).created
    assert entry_id is not None
    hope, struggle = (m.id for m in journal.get_entry(entry_id).moments[::-1])
    sources = journal.moment_sources([hope, 12345, struggle])
    assert sources == [ExcerptSource(entry_id, 66, 82), ExcerptSource(entry_id, 30, 42)]


def test_quick_share_holds_every_moment_of_a_kind_oldest_first(journal: Journal) -> None:
    zone = timezone(timedelta(hours=1))
    newer = journal.add_entry(
        text="Newer hope.",
        created=datetime(2025, 5, 1, tzinfo=zone),
        moments=[MomentDraft(None, 0, 11, "hope")],
    ).created
    journal.add_entry(
        text="Older hope. And a struggle.",
        created=datetime(2024, 1, 1, tzinfo=zone),
        moments=[MomentDraft(None, 12, 27, "struggle"), MomentDraft(None, 0, 11, "hope")],
    )
    share = journal.quick_share("Hope")
    assert share.id == 0 and share.name == "Hope moments"
    assert [item.text for item in share.items] == ["Older hope.", "Newer hope."]
    assert share.items[1].entry_created == journal.get_entry(newer or 0).created
    assert len({item.id for item in share.items}) == 2


def test_names_settings_and_decisions(journal: Journal) -> None:
    share_id = journal.create_share("  Step   four ", "My story").created
    assert share_id is not None
    with pytest.raises(InvalidInput, match="already have a share"):
        journal.create_share("step FOUR")
    with pytest.raises(InvalidInput, match="name"):
        journal.create_share("   ")
    chosen = ShareSettings(
        words_per_minute=110,
        slot_seconds=600,
        font_size=24,
        page_size="Letter",
        show_date=True,
        paragraph_numbers=True,
        story_start=date(2024, 3, 1),
    )
    decisions = [
        RedactionDecision("Dana", "my sister", True),
        RedactionDecision("Leeds", "a city", False),
        RedactionDecision("DANA", "Dee", True),  # the later choice for the same words wins
    ]
    journal.update_share(share_id, name="Step four", settings=chosen, decisions=decisions)
    share = journal.share_named("step   four")
    assert (share.name, share.title, share.settings) == ("Step four", "My story", chosen)
    assert share.decisions == (decisions[2], decisions[1])
    with pytest.raises(InvalidInput, match="speaking rate"):
        journal.update_share(share_id, settings=ShareSettings(words_per_minute=10))
    with pytest.raises(InvalidInput, match="print size"):
        journal.update_share(share_id, settings=ShareSettings(font_size=40))
    with pytest.raises(ShareNotFound, match="called “nope”"):
        journal.share_named("nope")


def test_unreadable_stored_settings_fall_back_to_defaults() -> None:
    assert store.settings_from_json("not json") == ShareSettings()
    partial = store.settings_from_json('{"font_size": 22, "show_date": "yes", "extra": 1}')
    assert partial == ShareSettings(font_size=22)
    assert store.decisions_from_json('[["a", "b", true], ["bad"], 3]') == (
        RedactionDecision("a", "b", True),
    )


def test_bad_requests_are_told_plainly(journal: Journal) -> None:
    share_id, entry_id = _share_with(journal, (0, 4))
    with pytest.raises(InvalidInput, match="no longer in the entry"):
        journal.add_excerpts(share_id, [ExcerptSource(entry_id, 0, 5000)])
    with pytest.raises(InvalidInput, match="choose some words"):
        journal.add_excerpts(share_id, [ExcerptSource(entry_id, 4, 4)])
    with pytest.raises(ShareNotFound):
        journal.add_text(999, "x")
    with pytest.raises(ShareItemNotFound):
        journal.update_item(999, text="x")
    with pytest.raises(InvalidInput, match="note"):
        journal.update_item(journal.get_share(share_id).items[0].id, note="x" * 3000)
    assert _texts(journal, share_id) == ["Dana"]  # nothing half-done


def test_people_list(journal: Journal) -> None:
    dana = journal.add_person(" Dana ", "my sister", ["Danny", "dana", " "]).created
    assert dana is not None
    with pytest.raises(InvalidInput, match="already in your people list"):
        journal.add_person("DANA", "someone")
    with pytest.raises(InvalidInput, match="called when you share"):
        journal.add_person("Sam", "")
    journal.add_person("Alex", "a friend")
    people = journal.people()
    assert [(p.name, p.alias, p.forms) for p in people] == [
        ("Alex", "a friend", ()),
        ("Dana", "my sister", ("Danny",)),
    ]
    assert people[1].all_forms == ("Dana", "Danny")
    journal.update_person(dana, name="Dana", alias="my big sister", forms=[])
    journal.remove_person(people[0].id)
    assert [(p.name, p.alias) for p in journal.people()] == [("Dana", "my big sister")]
    with pytest.raises(PersonNotFound):
        journal.remove_person(people[0].id)


def test_rehearsals_and_history_outlive_what_they_record(journal: Journal) -> None:
    share_id, entry_id = _share_with(journal, (0, 29), (66, 82))
    journal.add_text(share_id, "my own words")
    journal.record_rehearsal(share_id, 290)
    journal.record_rehearsal(share_id, 275)
    assert [r.seconds for r in journal.get_share(share_id).rehearsals] == [290, 275]
    with pytest.raises(InvalidInput):
        journal.record_rehearsal(share_id, -1)
    journal.record_export(journal.get_share(share_id), "tuesday.pdf", ExportFormat.PDF)
    journal.record_export(journal.quick_share("hope"), "hope.pdf", ExportFormat.PDF)
    newest, first = journal.shared_history()
    assert (first.share_id, first.share_name, first.file_name) == (
        share_id,
        "Tuesday group",
        "tuesday.pdf",
    )
    assert first.passages == (ExcerptSource(entry_id, 0, 29), ExcerptSource(entry_id, 66, 82))
    assert (newest.share_id, newest.share_name) == (None, "Hope moments")
    journal.update_entry(entry_id, text="New start. " + TEXT)
    journal.delete_share(share_id)
    (_, kept) = journal.shared_history()
    assert (kept.share_id, kept.share_name) == (None, "Tuesday group")
    assert kept.passages[0] == ExcerptSource(entry_id, 11, 40)  # moved with its words
    with pytest.raises(ShareNotFound):
        journal.get_share(share_id)


def test_shares_survive_lock_and_unlock(journal_folder: Path, fast_kdf: KdfParams) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        share_id, _ = _share_with(journal, (0, 29))
        journal.add_person("Dana", "my sister")
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert _texts(journal, share_id) == ["Dana drove me to the meeting."]
        assert [p.name for p in journal.people()] == ["Dana"]


def test_a_search_match_brings_its_whole_paragraph(journal: Journal) -> None:
    entry_id = journal.add_entry(text="  First line.\nI was scared, and went.  \n\nLast.").created
    assert entry_id is not None
    text = journal.get_entry(entry_id).text
    for start, end in [(20, 26), (14, 15), (14, 38), (16, 16)]:
        source = journal.paragraph_source(entry_id, start, end)
        assert text[source.start : source.end] == "I was scared, and went."
    whole = journal.paragraph_source(entry_id, 3, 20)
    assert text[whole.start : whole.end] == "First line.\nI was scared, and went."
    with pytest.raises(InvalidInput, match="no words"):
        journal.paragraph_source(entry_id, 40, 40)
