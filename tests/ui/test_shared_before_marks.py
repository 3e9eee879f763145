""" "Shared before" marks: under the editor's text and in the moments browser's rows, after
a share's passages are recorded in "What I've shared"; refreshed after a share is saved,
never part of what the entry saves, and gone on lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource, ExportFormat
from reflect.ui.main_window import MainWindow
from reflect.ui.moment_list_model import SHARING, SharingRole
from reflect.ui.session import JournalSession
from reflect.ui.share_composer import ShareComposer
from reflect.ui.shared_marks import MarkLines
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window, unlock, widgets_holding
from tests.ui.test_moments_in_editor import on_worker
from tests.ui.test_never_share_marks import open_browser, open_first_entry

TEXT = "Woke up scared.\nCalled my sponsor anyway. She picked up.\nSlept a little."
CALLED = (16, 40)  # "Called my sponsor anyway"
SLEPT = (57, 71)  # "Slept a little"
WHEN = datetime(2026, 3, 3, 19, 30, tzinfo=UTC)


def shared_once(folder: Path, fast_kdf: KdfParams) -> None:
    """An entry whose "Called my sponsor anyway" went out in "Tuesday group", 3 March 2026."""
    with Journal.create(folder, PASSPHRASE, kdf=fast_kdf, clock=lambda: WHEN) as journal:
        changes = journal.add_entry(
            title="Thursday",
            text=TEXT,
            created=datetime(2026, 1, 5, 9, tzinfo=UTC),
            moments=[MomentDraft(None, *CALLED, HOPE), MomentDraft(None, *SLEPT, STRUGGLE)],
        )
        assert changes.created is not None
        share_id = journal.create_share("Tuesday group").created
        assert share_id is not None
        journal.add_excerpts(share_id, [ExcerptSource(changes.created, *CALLED)])
        journal.record_export(journal.get_share(share_id), "Tuesday.pdf", ExportFormat.PDF)


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    shared_once(journal_folder, fast_kdf)
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    yield shown
    for panel in shown.panels.values():
        panel.hide()
    shown._worker.shutdown()


def test_the_editor_lists_what_was_shared(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    strip = window.editor.shared_marks
    qtbot.waitUntil(strip.isVisible)
    assert strip.texts() == ["Shared 3 March 2026 in “Tuesday group”: “Called my sponsor anyway”"]
    assert strip.accessibleName() == "Shared before"
    (row,) = strip.rows
    assert row.show_button.accessibleName() == (
        "Show the words shared on 3 March 2026 in Tuesday group"
    )
    row.show_button.click()  # selects the words that were shared
    assert window.editor.selected_span() == CALLED
    # A mark beside the text, never in it: nothing to save, the stored words unchanged.
    assert not window.editor.has_unsaved_changes
    stored = on_worker(qtbot, window, lambda journal: journal.get_entry(entry_id))
    content = window.editor.text.content()
    assert (content.text, tuple(content.formatting)) == (stored.text, stored.formatting)


def test_the_editor_hears_of_a_new_export(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = open_first_entry(qtbot, window)
    strip = window.editor.shared_marks
    qtbot.waitUntil(strip.isVisible)
    window.actions_by_key["shares"].trigger()
    composer = window.panels["shares"]
    assert isinstance(composer, ShareComposer)

    def share_again(journal: Journal) -> None:
        share = journal.create_share("Friday group").created
        assert share is not None
        journal.add_excerpts(share, [ExcerptSource(entry_id, *SLEPT)])
        journal.record_export(journal.get_share(share), "", ExportFormat.PRINTED)

    on_worker(qtbot, window, share_again)
    composer.output.recorded.emit()  # what the composer says after it saved or printed
    qtbot.waitUntil(lambda: len(strip.rows) == 2)
    newest = strip.texts()[0]
    assert "in “Friday group”: “Slept a little”" in newest  # newest first


def test_the_browser_says_which_moments_were_shared(qtbot: QtBot, window: MainWindow) -> None:
    browser = open_browser(qtbot, window)
    model = browser.model
    rows = [model.moment_at(row) for row in range(model.rowCount())]
    by_words = {moment.passage: row for row, moment in enumerate(rows) if moment is not None}
    called = model.index(by_words["Called my sponsor anyway"], SHARING)
    assert called.data() == "Shared 3 Mar 2026 · Tuesday group"
    assert called.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Shared before: 3 March 2026, in Tuesday group"
    )
    lines = called.data(SharingRole)
    assert isinstance(lines, MarkLines)
    ((icon, words),) = lines.lines
    assert words == "Shared 3 Mar 2026 · Tuesday group" and not icon.isNull()
    slept = model.index(by_words["Slept a little"], SHARING)
    assert slept.data() == ""
    assert slept.data(Qt.ItemDataRole.AccessibleTextRole) == "Not shared"


@pytest.fixture
def journal_before_session(journal_folder: Path, fast_kdf: KdfParams) -> None:
    shared_once(journal_folder, fast_kdf)


def test_locking_clears_every_mark(qtbot: QtBot, session: JournalSession) -> None:
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    entry_id = open_first_entry(qtbot, window)
    window.actions_by_key["never_share"].trigger()
    qtbot.waitUntil(window.editor.never_share_line.isVisible)
    browser = open_browser(qtbot, window)
    qtbot.waitUntil(lambda: bool(widgets_holding("Tuesday group")))
    assert window.editor.shared_marks.isVisible()
    assert browser.model.rowCount() == 2

    window.actions_by_key["lock"].trigger()  # Lock Journal
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
    qtbot.waitUntil(lambda: widgets_holding("Tuesday group") == [])
    assert widgets_holding("Called my sponsor") == []
    assert window.editor.shared_marks.rows == [] and window.editor.shared_marks.isHidden()
    assert window.editor.never_share_line.isHidden()
    assert not window.actions_by_key["never_share"].isChecked()
    assert browser.model.rowCount() == 0

    unlock(qtbot, session)  # back to the same entry, with its marks
    qtbot.waitUntil(lambda: window.editor.entry_id == entry_id)
    qtbot.waitUntil(window.editor.shared_marks.isVisible)
    assert window.editor.never_share_line.isVisible()
    assert window.actions_by_key["never_share"].isChecked()
