"""Autosave under trouble: nothing typed is dropped quietly, and the editor never rewrites text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import canonical_text
from reflect.core.journal import Journal
from reflect.ui.entry_editor import plain_text
from reflect.ui.entry_text_edit import EntryTextEdit
from reflect.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import answer_next_message_box, open_main_window, unlock_on_worker


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="Older", text="older words")
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    qtbot.waitUntil(lambda: shown.entry_model.rowCount() == 1)
    yield shown
    shown._worker.shutdown()


def reopen(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    unlock_on_worker(qtbot, window._worker, folder)


def test_closing_with_words_that_could_not_be_saved_asks_first(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    window._worker.lock()
    qtbot.keyClicks(window.editor.text, "words that must not vanish")
    answer_next_message_box("Cancel")
    window.close()
    assert window.isVisible()  # stayed open, words still on screen
    assert plain_text(window.editor.text) == "words that must not vanish"

    reopen(qtbot, window, journal_folder)
    answer_next_message_box("Try Again")  # not needed if the save now works; harmless if so
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert sorted(e.text for e in journal.iter_entries()) == [
            "older words",
            "words that must not vanish",
        ]


def test_closing_without_saving_is_the_persons_explicit_choice(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    window._worker.lock()
    qtbot.keyClicks(window.editor.text, "let these go")
    answer_next_message_box("Close Without Saving")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_words_that_failed_to_save_come_back_when_their_entry_is_reopened(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    window.entry_list.setCurrentIndex(window.entry_model.index(0))
    qtbot.waitUntil(lambda: window.editor.title.text() == "Older")
    window._worker.lock()
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, ", first try")
    window.actions_by_key["new_entry"].trigger()  # switching saves: it fails
    qtbot.waitUntil(lambda: window.editor.saves_in_flight == 0)
    assert window.editor.has_unsaved_changes

    reopen(qtbot, window, journal_folder)
    window.entry_list.setCurrentIndex(window.entry_model.index(0))
    qtbot.waitUntil(lambda: window.editor.title.text() == "Older")
    assert plain_text(window.editor.text) == "older words, first try"  # not the older text
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, ", second try")
    window.close()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == ["older words, first try, second try"]


def test_a_title_cannot_grow_past_what_the_journal_keeps(window: MainWindow) -> None:
    window.editor.title.setText("x" * 2000)
    assert len(window.editor.title.text()) == 500


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_the_editor_gives_back_exactly_the_text_it_was_given(text: str) -> None:
    editor = EntryTextEdit()
    editor.load(canonical_text(text), (), ())
    assert plain_text(editor) == canonical_text(text)


def test_words_that_still_cannot_be_saved_are_shown_again_not_the_older_text(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        (older,) = journal.iter_entries()
    editor = window.editor
    editor.show_entry(older)
    window._worker.lock()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, ", not yet saved")
    editor.show_entry(None)  # switching: the save fails
    qtbot.waitUntil(lambda: editor.saves_in_flight == 0)
    editor.show_entry(older)  # the stale copy, as a list would load it
    assert plain_text(editor.text) == "older words, not yet saved"
    assert editor.has_unsaved_changes
    answer_next_message_box("Close Without Saving")
    window.close()
