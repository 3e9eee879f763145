"""Issue 9: words marked "Never Share" cannot reach any output, by any route; the review
before an export; where words were shared before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.errors import NeverShareRefused
from reflect.core.journal import Journal
from reflect.core.share_text import as_markdown, as_plain_text, printed_share
from reflect.core.shares import ExcerptSource, ExportFormat, RedactionDecision
from reflect.render.share_export import export_share
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.ui.qt_helpers import pdf_text

SECRET = "The night at the river I never told anyone about."
OPEN = "I called Marcus and he picked up."
TODAY = date(2026, 6, 1)


def _write(journal: Journal) -> tuple[int, int, int, int]:
    """Two entries, each with a hope moment over all its words: (entry, moment) × 2."""
    ids = []
    for day, (text, kind) in enumerate([(SECRET, STRUGGLE), (OPEN, HOPE)], start=1):
        entry_id = journal.add_entry(
            text=text,
            created=datetime(2026, 1, day, tzinfo=UTC),
            moments=[MomentDraft(None, 0, len(text), kind)],
        ).created
        assert entry_id is not None
        ids += [entry_id, journal.get_entry(entry_id).moments[0].id]
    return ids[0], ids[1], ids[2], ids[3]


def _share(journal: Journal, *entry_ids: int) -> int:
    share_id = journal.create_share("Tuesday group").created
    assert share_id is not None
    for entry_id in entry_ids:
        text = journal.get_entry(entry_id).text
        journal.add_excerpts(share_id, [ExcerptSource(entry_id, 0, len(text))])
    return share_id


def test_marked_words_are_refused_at_the_door(journal: Journal) -> None:
    secret, secret_moment, open_entry, _ = _write(journal)
    share_id = _share(journal)
    journal.set_moments_never_share([secret_moment], True)
    with pytest.raises(NeverShareRefused, match="Never Share"):
        journal.add_excerpts(share_id, [ExcerptSource(secret, 4, 9)])
    journal.set_moments_never_share([secret_moment], False)
    journal.set_entry_never_share(open_entry, True)
    with pytest.raises(NeverShareRefused):
        journal.add_excerpts(share_id, [ExcerptSource(open_entry, 0, 1)])
    assert journal.get_share(share_id).items == ()
    assert journal.get_entry(open_entry).never_share
    assert not journal.get_entry(secret).never_share
    journal.add_excerpts(share_id, [ExcerptSource(secret, 4, 9)])  # unmarked now


def test_a_mark_set_after_adding_flags_the_part_and_keeps_it_out(journal: Journal) -> None:
    secret, secret_moment, open_entry, _ = _write(journal)
    share_id = _share(journal, secret, open_entry)
    assert not any(item.never_share for item in journal.get_share(share_id).items)
    changes = journal.set_moments_never_share([secret_moment], True)
    assert share_id in changes.shares and secret in changes.entries
    share = journal.get_share(share_id)
    assert [item.never_share for item in share.items] == [True, False]
    printed = printed_share(share, journal.people(), today=TODAY)
    assert printed.left_out == 1
    for output in (as_plain_text(printed), as_markdown(printed)):
        assert "river" not in output and "Marcus" in output
    journal.set_moments_never_share([secret_moment], False)
    assert not any(item.never_share for item in journal.get_share(share_id).items)


def test_no_route_to_a_file_carries_marked_words(journal: Journal, tmp_path: Path) -> None:
    secret, _, open_entry, _ = _write(journal)
    share_id = _share(journal, secret, open_entry)
    journal.set_entry_never_share(secret, True)
    share = journal.get_share(share_id)
    pdf, markdown = tmp_path / "share.pdf", tmp_path / "share.md"
    printed = export_share(journal, share, pdf, ExportFormat.PDF, today=TODAY)
    assert printed.left_out == 1
    export_share(journal, share, markdown, ExportFormat.MARKDOWN, today=TODAY)
    read_back = " ".join(pdf_text(pdf).split())
    assert "Marcus" in read_back and "river" not in read_back
    assert "river" not in markdown.read_text(encoding="utf-8")
    quick = journal.quick_share(STRUGGLE)
    assert [item.never_share for item in quick.items] == [True]
    with pytest.raises(Exception, match="Never Share"):
        export_share(journal, quick, tmp_path / "quick.pdf", ExportFormat.PDF, today=TODAY)
    assert not (tmp_path / "quick.pdf").exists()


def test_the_command_line_leaves_marked_passages_out_and_says_so(
    journal: Journal, journal_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    secret, secret_moment, open_entry, open_moment = _write(journal)
    _share(journal, secret, open_entry)
    journal.set_moments_never_share([secret_moment], True)
    journal.add_moment(secret, 0, 9, HOPE)  # a hope moment inside the marked words
    journal.lock()
    common = ["--journal", str(journal_folder), "--passphrase-file", str(passphrase_file)]
    for chosen, name in ((["--share", "tuesday group"], "share"), (["--kind", "hope"], "kind")):
        target = tmp_path / f"{name}.pdf"
        result = run_cli("export-pdf", *common, *chosen, "-o", str(target))
        assert result.code == 0, result.stderr
        assert "left out 1 passage marked “Never Share”" in result.stderr
        read_back = " ".join(pdf_text(target).split())
        assert "Marcus" in read_back and "river" not in read_back and "The night" not in read_back
    assert open_moment  # the hope moment in the open entry is what was printed


def test_the_review_lists_every_category(journal: Journal) -> None:
    secret, secret_moment, open_entry, _ = _write(journal)
    share_id = _share(journal, secret, open_entry)
    journal.add_text(share_id, "Sam Taylor taught me that.")
    journal.add_text(share_id, "What it's like now")
    items = journal.get_share(share_id).items
    journal.update_item(items[1].id, note="breathe first")
    journal.update_share(share_id, decisions=[RedactionDecision("Sam Taylor", "someone", False)])
    journal.record_export(journal.get_share(share_id), "old.pdf", ExportFormat.PDF)
    journal.set_moments_never_share([secret_moment], True)
    review = journal.review_share(share_id)
    first, second, third, fourth = review.items
    assert first.never_share and not second.never_share
    assert [p.original for p in second.unresolved] == ["Marcus"]
    assert [p.original for p in third.kept] == ["Sam Taylor"]
    assert second.has_note and not first.has_note
    assert [b.share_name for b in second.shared_before] == ["Tuesday group"]
    assert fourth.needs_nothing and fourth.number == 4
    assert second.opening == OPEN
    assert (review.never_share_count, review.unresolved_count) == (1, 1)
    assert not review.can_export and not review.can_export_anyway
    journal.set_moments_never_share([secret_moment], False)
    review = journal.review_share(share_id)
    assert not review.can_export and review.can_export_anyway
    journal.update_share(
        share_id,
        decisions=[
            RedactionDecision("Sam Taylor", "someone", False),
            RedactionDecision("Marcus", "a friend", True),
        ],
    )
    assert journal.review_share(share_id).can_export


def test_shared_before_marks_for_entries_and_moments(journal: Journal) -> None:
    secret, secret_moment, open_entry, open_moment = _write(journal)
    assert journal.shared_marks(open_entry) == []
    share_id = _share(journal, open_entry)
    journal.record_export(journal.get_share(share_id), "t.pdf", ExportFormat.PDF)
    (mark,) = journal.shared_marks(open_entry)
    assert (mark.start, mark.end, mark.share_name) == (0, len(OPEN), "Tuesday group")
    before = journal.moments_shared_before([secret_moment, open_moment])
    assert list(before) == [open_moment] and before[open_moment].share_name == "Tuesday group"
    journal.set_entry_never_share(secret, True)
    (summary,) = [s for s in journal.list_entries() if s.id == secret]
    assert summary.never_share
    rows = journal.moment_rows([secret_moment, open_moment])
    assert [row.never_share for row in rows] == [True, False]


def test_marks_survive_lock_and_leave_with_their_entry(
    journal_folder: Path, journal: Journal
) -> None:
    secret, secret_moment, _, _ = _write(journal)
    journal.set_moments_never_share([secret_moment], True)
    journal.lock()
    with Journal.unlock(journal_folder, PASSPHRASE) as reopened:
        assert reopened.never_share_moment_ids(secret) == {secret_moment}
        reopened.delete_entry(secret)
        assert reopened.never_share_moment_ids(secret) == frozenset()
