"""Saving a share: what is written (PDF or Markdown, redacted, no private notes), how
(0600, never over another file, nothing left behind on any failure, even Ctrl+C), the
"What I've shared" line it leaves, and that it runs off the UI thread."""

from __future__ import annotations

import errno
import io
import os
import stat
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.domain import HOPE, MomentDraft
from reflect.core.errors import DiskFull, InvalidInput, JournalError
from reflect.core.journal import Journal
from reflect.core.share_text import PrintedShare
from reflect.core.shares import ExportFormat, Person, RedactionDecision
from reflect.render.share_export import SHARE_EXPORT_WARNING, export_share
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import pdf_text

TODAY = date(2026, 11, 23)
FIRST = "Dana drove me to my first meeting. Email me at dana@example.org if you want."
SECOND = "I called my sponsor instead of the liquor store."
THIRD = "Ninety days. Zoë made a cake; שלום to everyone who stayed."
NOTE = "private: ask Sam whether this is too much"


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    """pytest-qt's application, made before Reflect's code could make a plainer one."""
    return qapp


@pytest.fixture
def share_id(journal: Journal) -> int:
    """A share of three moments (the second one edited, with a private note), a connecting
    text, a people list and two accepted redactions."""
    moments = []
    for day, text in enumerate((FIRST, SECOND, THIRD), start=1):
        entry_id = journal.add_entry(
            text=text,
            created=datetime(2026, 3, day, 21, 0).astimezone(),
            moments=[MomentDraft(None, 0, len(text), HOPE)],
        ).created
        assert entry_id is not None
        moments.append(journal.get_entry(entry_id).moments[0].id)
    journal.add_person("Dana", "my sister")
    created = journal.create_share("Tuesday group", "What helped").created
    assert created is not None
    journal.add_excerpts(created, journal.moment_sources(moments))
    journal.add_text(created, "This is what happened next.", position=1)
    second = journal.get_share(created).items[2]
    journal.update_item(second.id, text=SECOND + " It worked.", note=NOTE)
    journal.update_share(
        created,
        decisions=[
            RedactionDecision("dana@example.org", "an email address", True),
            RedactionDecision("Zoë", "a friend", True),
        ],
    )
    return created


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_words(path: Path) -> str:
    return flat(pdf_text(path))


def leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.startswith("."))


def test_a_pdf_holds_the_share_in_order_redacted_without_notes(
    journal: Journal, share_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "share.pdf"
    share = journal.get_share(share_id)
    result = export_share(journal, share, target, ExportFormat.PDF, today=TODAY)

    text = pdf_words(target)
    assert text == flat(
        "What helped "
        "My sister drove me to my first meeting. Email me at an email address if you want. "
        "* * * This is what happened next. * * * "
        f"{SECOND} It worked. * * * Ninety days. A friend made a cake; שלום to everyone who stayed."
    )
    for original in ("Dana", "dana@example.org", "Zoë", "Zoe", "Sam", "private"):
        assert original not in text
        assert original not in repr(result)
    assert PdfReader(target).metadata.title == "What helped"  # type: ignore[union-attr]
    data = target.read_bytes()
    for trace in (str(journal.folder), str(tmp_path), "share.pdf", "Tuesday group"):
        assert trace.encode() not in data and trace.encode("utf-16-be") not in data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []
    assert isinstance(result, PrintedShare) and len(result.items) == 4


def test_the_export_is_recorded_with_the_file_name_only(
    journal: Journal, share_id: int, tmp_path: Path
) -> None:
    share = journal.get_share(share_id)
    export_share(journal, share, tmp_path / "Share.pdf", ExportFormat.PDF, today=TODAY)
    export_share(journal, share, tmp_path / "Share.md", ExportFormat.MARKDOWN, today=TODAY)
    history = journal.shared_history()
    assert [(r.file_name, r.format, r.share_id) for r in history] == [
        ("Share.md", ExportFormat.MARKDOWN, share_id),
        ("Share.pdf", ExportFormat.PDF, share_id),
    ]
    assert history[0].passages == tuple(i.source for i in share.items if i.source)


def test_markdown_renders_as_exactly_the_printed_words(
    journal: Journal, share_id: int, tmp_path: Path
) -> None:
    journal.add_text(share_id, "*Not* bold, # not a heading, 1. not a list, <b>no html</b>")
    target = tmp_path / "share.md"
    printed = export_share(
        journal, journal.get_share(share_id), target, ExportFormat.MARKDOWN, today=TODAY
    )
    markdown = target.read_text(encoding="utf-8")
    assert markdown.startswith("# What helped\n\nMy sister drove me")
    assert NOTE not in markdown and "Dana" not in markdown
    rendered = QTextDocument()
    rendered.setMarkdown(markdown)
    # The separators are rules (no text); every word renders exactly as printed.
    paragraphs = [p for p in rendered.toPlainText().split("\n") if p.strip()]
    assert paragraphs == ["What helped", *printed.paragraphs()]
    assert markdown.count("\n\n*   *   *\n\n") == len(printed.items) - 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_font_size_can_be_chosen_for_one_file(
    journal: Journal, share_id: int, tmp_path: Path
) -> None:
    share = journal.get_share(share_id)
    small = export_share(journal, share, tmp_path / "a.pdf", ExportFormat.PDF, today=TODAY)
    large = export_share(
        journal, share, tmp_path / "b.pdf", ExportFormat.PDF, today=TODAY, font_size=28
    )
    assert (small.settings.font_size, large.settings.font_size) == (18, 28)
    assert len(PdfReader(tmp_path / "b.pdf").pages) > len(PdfReader(tmp_path / "a.pdf").pages)
    assert journal.get_share(share_id).settings.font_size == 18
    with pytest.raises(InvalidInput, match="between 14 and 28"):
        export_share(journal, share, tmp_path / "c.pdf", ExportFormat.PDF, today=TODAY,
                     font_size=30)  # fmt: skip


def test_extra_people_are_replaced_too(journal: Journal, share_id: int, tmp_path: Path) -> None:
    target = tmp_path / "share.pdf"
    export_share(
        journal,
        journal.get_share(share_id),
        target,
        ExportFormat.PDF,
        today=TODAY,
        extra_people=[Person(0, "sponsor", "mentor")],
    )
    assert "called my mentor instead" in pdf_words(target)


def test_an_existing_file_is_kept_unless_overwrite(
    journal: Journal, share_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "share.pdf"
    target.write_bytes(b"my own file")
    share = journal.get_share(share_id)
    with pytest.raises(JournalError, match="won't replace it"):
        export_share(journal, share, target, ExportFormat.PDF, today=TODAY)
    assert target.read_bytes() == b"my own file"
    assert journal.shared_history() == []
    export_share(journal, share, target, ExportFormat.PDF, today=TODAY, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_said_plainly(journal: Journal, share_id: int, tmp_path: Path) -> None:
    share = journal.get_share(share_id)
    with pytest.raises(JournalError, match=r"There's no folder .*missing"):
        export_share(journal, share, tmp_path / "missing" / "a.pdf", ExportFormat.PDF,
                     today=TODAY)  # fmt: skip
    with pytest.raises(JournalError, match="is a folder"):
        export_share(journal, share, tmp_path, ExportFormat.PDF, today=TODAY)


@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError(errno.ENOSPC, "full")])
def test_nothing_is_left_behind_when_writing_fails(
    journal: Journal,
    share_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: BaseException | type[BaseException],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def failing_fsync(fd: int) -> None:
        raise failure

    monkeypatch.setattr(os, "fsync", failing_fsync)  # after every byte was written
    expected = KeyboardInterrupt if failure is KeyboardInterrupt else DiskFull
    with pytest.raises(expected):
        export_share(journal, journal.get_share(share_id), folder / "share.pdf",
                     ExportFormat.PDF, today=TODAY)  # fmt: skip
    monkeypatch.undo()
    assert os.listdir(folder) == []
    assert journal.shared_history() == []


def test_nothing_is_left_behind_when_the_file_cannot_be_moved_into_place(
    journal: Journal, share_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refusing_link(source: str, target: str) -> None:
        raise FileExistsError(errno.EEXIST, "appeared meanwhile", target)

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(os, "link", refusing_link)  # another program got there first
    with pytest.raises(JournalError, match="won't replace it"):
        export_share(journal, journal.get_share(share_id), folder / "share.pdf",
                     ExportFormat.PDF, today=TODAY)  # fmt: skip
    monkeypatch.undo()
    assert os.listdir(folder) == []


def test_an_empty_share_is_not_saved(journal: Journal, tmp_path: Path) -> None:
    created = journal.create_share("Empty").created
    assert created is not None
    with pytest.raises(InvalidInput, match="nothing in this share"):
        export_share(journal, journal.get_share(created), tmp_path / "a.pdf", ExportFormat.PDF,
                     today=TODAY)  # fmt: skip
    assert os.listdir(tmp_path) == ["journal"]


def test_it_runs_on_the_journal_worker_thread(
    qtbot: QtBot, journal: Journal, share_id: int, tmp_path: Path
) -> None:
    journal.add_text(share_id, "A longer passage, so the pages are laid out. " * 300)
    share = journal.get_share(share_id)
    worker = JournalWorker()  # the window's own: the journal lives on its thread
    results: list[object] = []
    try:
        worker.open_journal(journal.folder, PASSPHRASE, create=False, on_done=results.append)
        qtbot.waitUntil(lambda: len(results) == 1)
        worker.submit(
            lambda on_worker: export_share(
                on_worker, share, tmp_path / "t.pdf", ExportFormat.PDF, today=TODAY
            ),
            on_done=results.append,
            on_error=results.append,
        )
        qtbot.waitUntil(lambda: len(results) == 2, timeout=30_000)
    finally:
        worker.shutdown()
    assert isinstance(results[1], PrintedShare), results[1]
    assert pdf_words(tmp_path / "t.pdf").startswith("What helped My sister")
    assert len(PdfReader(tmp_path / "t.pdf").pages) > 3


def test_the_warning_says_plainly_that_the_file_is_not_encrypted() -> None:
    assert "NOT encrypted" in SHARE_EXPORT_WARNING
    assert "safe" in SHARE_EXPORT_WARNING
    assert io.StringIO(SHARE_EXPORT_WARNING).read().count("\n") == 0
