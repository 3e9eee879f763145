"""Moments and formatting through the real editor: marking, editing around them, saving."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reflect.core import prompts
from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, Entry, FormatSpan
from reflect.core.journal import Journal
from reflect.core.spans import Edit, shift_span
from reflect.render.entry_document import Utf16Offsets
from reflect.ui.entry_text_edit import EntryTextEdit
from reflect.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.ui.qt_helpers import answer_next_message_box, open_main_window


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    yield shown
    shown._worker.shutdown()


def select(editor: EntryTextEdit, start: int, end: int) -> None:
    """Select characters ``start``–``end`` (code points) of the text on screen."""
    offsets = Utf16Offsets(editor.content().text)
    cursor = editor.textCursor()
    cursor.setPosition(offsets.to_position(start))
    cursor.setPosition(offsets.to_position(end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def type_text(qtbot: QtBot, editor: EntryTextEdit, words: str) -> None:
    """Type ``words`` key by key (QTest cannot type a line break as text)."""
    for number, line in enumerate(words.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def put_cursor(editor: EntryTextEdit, at: int) -> None:
    select(editor, at, at)


def spans(editor: EntryTextEdit) -> list[tuple[str, str]]:
    """(kind, passage) of each moment on screen, in text order."""
    content = editor.content()
    return [(m.kind, content.text[m.start : m.end]) for m in editor.marked_moments(content)]


def on_worker(qtbot: QtBot, window: MainWindow, call: Callable[[Journal], Any]) -> Any:
    """Run ``call`` on the window's journal worker and wait for its result."""
    done: list[Any] = []
    window._worker.submit(call, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    return done[0]


def saved_entry(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> tuple[str, list[tuple[str, str, str]]]:
    window.editor.save_now()
    qtbot.waitUntil(lambda: not window.editor.has_unsaved_changes)
    entry_id = window.editor.entry_id
    assert entry_id is not None
    entry: Entry = on_worker(qtbot, window, lambda journal: journal.get_entry(entry_id))
    return entry.text, [(m.kind, m.passage(entry.text), m.note) for m in entry.moments]


def test_marking_hope_and_struggle_from_the_keyboard_and_saving(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    text = window.editor.text
    text.insertPlainText("😊")  # QTest cannot type characters outside the BMP
    qtbot.keyClicks(text, " Woke up scared. Called my sponsor anyway.")
    select(text, 2, 17)
    qtbot.keyClick(
        text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    select(text, 18, 43)
    qtbot.keyClick(
        text, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert spans(text) == [(STRUGGLE, "Woke up scared."), (HOPE, "Called my sponsor anyway.")]

    saved_text, moments = saved_entry(qtbot, window, journal_folder)
    assert saved_text == "😊 Woke up scared. Called my sponsor anyway."
    assert moments == [
        (STRUGGLE, "Woke up scared.", ""),
        (HOPE, "Called my sponsor anyway.", ""),
    ]


def test_spans_survive_typing_before_inside_and_after_deleting_across_and_undo(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    text = window.editor.text
    qtbot.keyClicks(text, "one two three four")
    select(text, 4, 13)  # "two three"
    text.mark(HOPE)
    saved_entry(qtbot, window, journal_folder)
    put_cursor(text, 0)
    qtbot.keyClicks(text, "zero ")  # before
    put_cursor(text, 12)
    qtbot.keyClicks(text, " and a half")  # inside, after "two"
    put_cursor(text, 29)
    qtbot.keyClicks(text, "!")  # right at its end: stays outside
    assert spans(text) == [(HOPE, "two and a half three")]
    assert text.content().text == "zero one two and a half three! four"

    select(text, 0, 13)  # delete across its start: "zero one two "
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    assert spans(text) == [(HOPE, "and a half three")]
    text.undo()
    assert spans(text) == [(HOPE, "two and a half three")]
    text.redo()
    assert spans(text) == [(HOPE, "and a half three")]

    select(text, 0, len(text.content().text))  # everything gone, then back by undo
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    assert spans(text) == []
    saved_entry(qtbot, window, journal_folder)  # the save removes the moment…
    text.undo()
    assert spans(text) == [(HOPE, "and a half three")]
    _, moments = saved_entry(qtbot, window, journal_folder)  # …and this one adds it back
    assert moments == [(HOPE, "and a half three", "")]


def test_paste_inside_joins_a_moment_and_paste_at_its_edge_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.editor.text
    qtbot.keyClicks(text, "a good day")
    select(text, 2, 6)
    text.mark(HOPE)
    put_cursor(text, 4)
    rich = QMimeData()
    rich.setHtml("<span style='color:red; font-family:Comic'><b>REALLY</b></span>")
    text.insertFromMimeData(rich)
    plain = QMimeData()
    plain.setText(" very")
    put_cursor(text, 12)
    text.insertFromMimeData(plain)  # right after the moment's last word
    assert text.content().text == "a goREALLYod very day"
    assert spans(text) == [(HOPE, "goREALLYod")]
    assert FormatSpan(4, 10, "bold") in text.content().formatting
    html = text.document().toHtml()
    assert "Comic" not in html and "#ff0000" not in html  # only what Reflect keeps


def test_copying_a_moment_copies_words_and_formatting_but_no_highlight(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.editor.text
    qtbot.keyClicks(text, "hold on")
    select(text, 0, 7)
    text.mark(STRUGGLE)
    text.toggle_bold()
    copied = text.createMimeDataFromSelection()
    assert copied.text() == "hold on"
    assert "font-weight" in copied.html() and "background" not in copied.html()


def test_formatting_over_a_moment_keeps_it_and_both_come_back_after_reload(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    text = window.editor.text
    type_text(qtbot, text, "- first thing\nA calm evening\n")
    assert text.content().text == "first thing\nA calm evening\n"
    select(text, 14, 26)  # "calm evening"
    text.mark(HOPE)
    select(text, 12, 16)
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    put_cursor(text, 13)
    window.actions_by_key["heading2"].trigger()
    assert spans(text) == [(HOPE, "calm evening")]
    expected = [
        FormatSpan(0, 11, "bullet"),
        FormatSpan(12, 26, "heading2"),
    ]
    assert text.content().formatting == expected  # bold inside a heading is the heading's
    saved_entry(qtbot, window, journal_folder)
    entry_id = window.editor.entry_id
    assert entry_id is not None
    window.actions_by_key["new_entry"].trigger()
    window._open_entry(entry_id)
    qtbot.waitUntil(lambda: window.editor.entry_id == entry_id)
    assert window.editor.text.content().formatting == expected
    assert spans(window.editor.text) == [(HOPE, "calm evening")]


def test_clicking_a_moment_shows_its_note_and_lets_it_go(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    text = window.editor.text
    qtbot.keyClicks(text, "I asked for help today.")
    select(text, 2, 16)
    text.mark(HOPE)
    put_cursor(text, 0)
    panel = window.editor.moment_panel
    assert panel.isHidden()
    put_cursor(text, 5)
    assert not panel.isHidden() and len(panel.rows) == 1
    qtbot.keyClicks(panel.rows[0].note, "first time in months")
    _, moments = saved_entry(qtbot, window, journal_folder)
    assert moments == [(HOPE, "asked for help", "first time in months")]

    panel.rows[0].remove.click()
    assert spans(text) == []
    qtbot.waitUntil(panel.isHidden)
    _, moments = saved_entry(qtbot, window, journal_folder)
    assert moments == []


def test_mark_as_asks_for_a_tag_and_marking_without_a_selection_says_what_to_do(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.editor.text
    qtbot.keyClicks(text, "Dinner with my sister")
    window.actions_by_key["mark_hope"].trigger()
    assert "Select some words first" in window.statusBar().currentMessage()
    select(text, 12, 21)

    def answer() -> None:
        from PySide6.QtWidgets import QApplication

        from reflect.ui.mark_as_dialog import MarkAsDialog

        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MarkAsDialog) and w.isVisible()
        )
        dialog.tag.setText("  my   people ")
        dialog.mark_button.click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    window.actions_by_key["mark_as"].trigger()
    assert spans(text) == [("my people", "my sister")]
    assert [a.text() for a in text.context_actions] == [
        "Mark as &Hope",
        "Mark as &Struggle",
        "&Mark as…",
        "&Add to Share…",
        "Never Share",
    ]


def test_deleting_an_entry_asks_first_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    text = window.editor.text
    qtbot.keyClicks(text, "words to keep after all")
    select(text, 0, 5)
    text.mark(HOPE)
    saved_entry(qtbot, window, journal_folder)
    entry_id = window.editor.entry_id
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 1)

    answer_next_message_box("Cancel")
    window.actions_by_key["delete_entry"].trigger()
    assert window.editor.entry_id == entry_id

    asked: list[str] = []
    answer_next_message_box("Delete Entry", asked)
    window.actions_by_key["delete_entry"].trigger()
    assert asked == ["Delete this entry?"]
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 0)
    assert window.editor.entry_id is None and window.editor.text.content().text == ""

    window.actions_by_key["undo_delete"].trigger()
    qtbot.waitUntil(lambda: window.editor.entry_id == entry_id)
    assert window.entry_model.rowCount() == 1
    assert spans(window.editor.text) == [(HOPE, "words")]
    assert not window.actions_by_key["undo_delete"].isEnabled()


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["type", "delete", "replace"]),
        st.integers(0, 60),
        st.integers(0, 8),
        st.text(alphabet="xyz😊 ", min_size=1, max_size=4),
    ),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS, start=st.integers(0, 30), length=st.integers(1, 15))
def test_the_editor_moves_a_moment_exactly_as_the_core_rules_say(
    qtbot: QtBot, edits: list[tuple[str, int, int, str]], start: int, length: int
) -> None:
    editor = EntryTextEdit()
    qtbot.addWidget(editor)
    text = "Some words about a day 😊 that went better than feared."
    editor.load(text, (), ())
    select(editor, start, start + length)
    key = editor.mark(HOPE)
    # Only spaces are no passage to mark: the editor refuses them.
    assert (key is None) == (not text[start : start + length].strip())
    expected: tuple[int, int] | None = None if key is None else (start, start + length)
    for action, wanted_position, size, typed in edits:
        current = editor.content().text
        position = min(wanted_position, len(current))
        removed = 0 if action == "type" else min(size, len(current) - position)
        inserted = "" if action == "delete" else typed
        if removed == 0 and not inserted:
            continue
        select(editor, position, position + removed)
        if inserted:
            clip = QMimeData()
            clip.setText(inserted)
            editor.insertFromMimeData(clip)
        else:
            editor.textCursor().removeSelectedText()
        if expected is not None:
            expected = shift_span(*expected, Edit(position, removed, len(inserted)))
        content = editor.content()
        assert content.text == current[:position] + inserted + current[position + removed :]
        found = [(m.start, m.end) for m in editor.marked_moments(content)]
        assert found == ([] if expected is None else [expected])


def test_an_empty_new_entry_offers_a_prompt_and_writing_from_it_keeps_it_as_title(
    qtbot: QtBot, window: MainWindow, journal_folder: Path
) -> None:
    banner = window.editor.prompt_banner
    qtbot.waitUntil(banner.isVisible)
    prompt = banner.current_prompt()
    assert prompt is not None
    qtbot.keyClicks(window.editor.text, "x")
    assert not banner.isVisible()  # it steps aside once writing begins
    window.actions_by_key["new_entry"].trigger()
    qtbot.waitUntil(banner.isVisible)
    window.editor.prompt_banner.prompt_chosen.emit(prompt)
    assert window.editor.title.text() == prompt.text and not banner.isVisible()
    qtbot.keyClicks(window.editor.text, "An answer.")
    saved_text, _ = saved_entry(qtbot, window, journal_folder)
    assert saved_text == "An answer."


def test_new_entry_from_prompt_opens_the_prompt_library(qtbot: QtBot, window: MainWindow) -> None:
    from reflect.ui.prompt_dialog import PromptDialog

    window.actions_by_key["new_from_prompt"].trigger()
    dialog = window._prompt_dialog
    assert isinstance(dialog, PromptDialog) and dialog.isVisible()
    first = next(p for theme in prompts.library() for p in theme.prompts)
    dialog.prompt_chosen.emit(first)
    dialog.reject()
    assert window.editor.title.text() == first.text
    qtbot.waitUntil(lambda: window._prompt_dialog is None)


def test_the_list_can_show_one_month(qtbot: QtBot, window: MainWindow) -> None:
    def add(journal: Journal) -> None:
        journal.add_entry(title="October words", created=datetime(2026, 10, 3, 9, 0).astimezone())
        journal.add_entry(title="November words", created=datetime(2026, 11, 2, 9, 0).astimezone())

    on_worker(qtbot, window, add)
    window.load()
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 2 and window.month_filter.count() == 3)
    assert window.month_filter.itemText(2).startswith("October 2026")
    window.month_filter.setCurrentIndex(2)
    window.month_filter.activated.emit(2)
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 1)
    row = window.entry_model.index(0)
    qtbot.waitUntil(lambda: "October words" in str(row.data()))


def test_the_command_line_lists_the_editors_moments_with_their_words(
    qtbot: QtBot, window: MainWindow, journal_folder: Path, passphrase_file: Path
) -> None:
    text = window.editor.text
    text.insertPlainText("👩🏽‍🦱 é")  # wide characters and a combining mark before the moment
    qtbot.keyClicks(text, " I stayed.")
    words = text.content().text
    select(text, words.index("I stayed"), len(words) - 1)
    text.mark(HOPE)
    saved_entry(qtbot, window, journal_folder)
    window._worker.shutdown()  # the CLI opens the journal on its own
    run = run_cli(
        "list", "--json", "--journal", journal_folder, "--passphrase-file", passphrase_file
    )
    assert run.code == 0, run.stderr
    (entry,) = json.loads(run.stdout)
    assert entry["text"] == words
    assert [(m["kind"], m["text"]) for m in entry["moments"]] == [(HOPE, "I stayed")]
