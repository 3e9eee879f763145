"""The Shares window over a real journal and worker: arranging a share's parts, editing
their words and notes, privacy choices, timing, copying, exporting, and locking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QInputDialog,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.share_text import as_plain_text, printed_share
from reflect.core.shares import ExcerptSource, ExportFormat, ItemKind
from reflect.render.share_export import SHARE_EXPORT_WARNING
from reflect.ui.people_dialog import PeopleDialog
from reflect.ui.rehearsal import RehearsalWindow
from reflect.ui.share_composer import WINDOW_TITLE, ShareComposer
from reflect.ui.share_composer_actions import STRUCTURE_HEADINGS
from reflect.ui.share_composer_layout import ALL_THREE, NO_SHARES
from reflect.ui.share_item_editor import ABOUT_EXCERPT, ABOUT_NEVER_SHARE
from reflect.ui.share_items_model import NEVER_SHARE_MARK
from reflect.ui.share_review_dialog import ShareReviewDialog
from reflect.ui.worker import JournalWorker
from tests.ui.qt_helpers import message_box, pdf_text, texts_held_by

TODAY = date(2026, 6, 1)
FIRST = "The first week was the hardest. I called Marcus and he sat with me until it passed."
SECOND = "I went back to the Tuesday meeting. I sat by the door so I could leave."
THIRD = "These days I make the coffee. I'm not on my own any more."


@dataclass
class Gathered:
    """A share of three excerpts, one from each entry (ids in the share's order)."""

    share_id: int
    entry_ids: list[int]
    item_ids: list[int]


@pytest.fixture
def gathered(journal: Journal) -> Gathered:
    entry_ids = []
    for day, text in enumerate((FIRST, SECOND, THIRD), start=1):
        changes = journal.add_entry(text=text, created=datetime(2026, 3, day, 20, tzinfo=UTC))
        assert changes.created is not None
        entry_ids.append(changes.created)
    share_id = journal.create_share("Tuesday share").created
    assert share_id is not None
    journal.add_excerpts(
        share_id,
        [
            ExcerptSource(i, 0, len(t))
            for i, t in zip(entry_ids, (FIRST, SECOND, THIRD), strict=True)
        ],
    )
    item_ids = [item.id for item in journal.get_share(share_id).items]
    return Gathered(share_id, entry_ids, item_ids)


def settle(qtbot: QtBot, worker: JournalWorker) -> None:
    """Until every read and write asked for (and those they asked for) is done."""
    qtbot.waitUntil(lambda: not worker.busy)


def open_composer(
    qtbot: QtBot,
    worker: JournalWorker,
    parent: QWidget | None = None,
    *,
    loaded: bool = True,
    **options: object,
) -> ShareComposer:
    composer = ShareComposer(worker.submit, parent, today=lambda: TODAY, **options)  # type: ignore[arg-type]
    if parent is None:
        qtbot.addWidget(composer)
    composer.show()
    qtbot.waitExposed(composer)
    composer.activateWindow()
    composer.refresh()
    if loaded:
        qtbot.waitUntil(lambda: composer.view is not None)
    settle(qtbot, worker)
    return composer


def stored_ids(journal: Journal, share_id: int) -> list[int]:
    return [item.id for item in journal.get_share(share_id).items]


def preview_text(composer: ShareComposer) -> str:
    """What the Preview tab shows (a hidden preview waits until it is shown)."""
    tabs = composer.tabs
    pages = [tabs.widget(i) for i in range(tabs.count())]
    (page,) = [i for i, w in enumerate(pages) if w is not None and w.isAncestorOf(composer.preview)]
    tabs.setCurrentIndex(page)
    return composer.preview.toPlainText()


def choose(composer: ShareComposer, row: int) -> None:
    composer.items.setFocus()
    composer.items.setCurrentIndex(composer.model.index(row))


def review_of(qtbot: QtBot, composer: ShareComposer) -> ShareReviewDialog:
    """The review shown before an export or printing, once it is on screen."""
    qtbot.waitUntil(
        lambda: composer.output.review is not None and composer.output.review.isVisible()
    )
    assert composer.output.review is not None
    return composer.output.review


def test_the_window_shows_the_shares_and_the_first_part(
    qtbot: QtBot, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    assert composer.windowTitle() == WINDOW_TITLE
    assert composer.shares.chosen_id == gathered.share_id
    assert composer.share_name.text() == "Tuesday share"
    assert [item.id for item in composer.model.items] == gathered.item_ids
    assert composer.editor.item_id == gathered.item_ids[0]
    assert composer.editor.text.toPlainText() == FIRST
    assert composer.editor.about.text() == ABOUT_EXCERPT
    assert composer.editor.where.text() == "From 1 March 2026"
    for widget in composer.findChildren(QWidget):
        inside = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # named by it
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible() and not inside:
            assert widget.accessibleName(), type(widget).__name__


def test_with_no_shares_yet_the_window_says_how_to_start(
    qtbot: QtBot, worker: JournalWorker
) -> None:
    composer = open_composer(qtbot, worker, loaded=False)
    assert composer.empty.isVisible() and composer.empty.text() == NO_SHARES
    for key in ("rename_share", "delete_share", "add_words", "export_pdf", "rehearse"):
        assert not composer.actions_by_key[key].isEnabled(), key
    assert composer.actions_by_key["new_share"].isEnabled()
    assert not composer.editor.text.isEnabled()


def test_alt_up_and_down_move_the_chosen_part_and_keep_it_chosen(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    first, second, third = gathered.item_ids
    choose(composer, 2)
    qtbot.keyClick(composer.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [item.id for item in composer.model.items] == [first, third, second]
    assert composer.editor.item_id == third
    qtbot.keyClick(composer.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, worker)
    assert stored_ids(journal, gathered.share_id) == [third, first, second]
    assert composer.items.currentIndex().row() == 0 and composer.editor.item_id == third
    assert not composer.actions_by_key["move_up"].isEnabled()  # at the top now

    qtbot.keyClick(composer.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, worker)
    assert stored_ids(journal, gathered.share_id) == [first, third, second]
    assert composer.items.currentIndex().row() == 1
    assert composer.editor.text.toPlainText() == THIRD


def test_a_drop_reorders_the_share(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    model = composer.model
    dragged = model.mimeData([model.index(0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    settle(qtbot, worker)
    first, second, third = gathered.item_ids
    assert stored_ids(journal, gathered.share_id) == [second, third, first]
    assert [item.id for item in model.items] == [second, third, first]


def test_editing_an_excerpt_changes_the_share_not_the_journal(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    text = composer.editor.text
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " I still think of it.")
    qtbot.waitUntil(lambda: not composer.editor.has_pending_edits)  # after a pause
    settle(qtbot, worker)
    edited = FIRST + " I still think of it."
    assert journal.get_share(gathered.share_id).items[0].text == edited
    assert journal.get_entry(gathered.entry_ids[0]).text == FIRST
    assert text.toPlainText() == edited
    assert text.textCursor().position() == len(edited)  # the reload left the cursor be
    assert composer.model.items[0].text == edited


def test_a_private_note_is_kept_and_never_in_the_preview(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    choose(composer, 1)
    qtbot.keyClicks(composer.editor.note, "breathe before this one")
    choose(composer, 0)  # leaving the part saves its note at once
    settle(qtbot, worker)
    assert journal.get_share(gathered.share_id).items[1].note == "breathe before this one"
    assert "Private note" in composer.model.index(1).data()
    preview = preview_text(composer)
    assert "I went back to the Tuesday meeting" in preview
    assert "breathe" not in preview


def test_a_part_marked_never_share_says_so_in_the_list_and_the_words_tab(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    assert not composer.editor.never_share.isVisible()
    journal.set_entry_never_share(gathered.entry_ids[1], True)
    composer.refresh()
    settle(qtbot, worker)
    row = composer.model.index(1)
    assert row.data().startswith(f"{NEVER_SHARE_MARK} · From 2 March 2026\n")
    assert NEVER_SHARE_MARK in row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "left out of every export" in row.data(Qt.ItemDataRole.ToolTipRole)
    assert NEVER_SHARE_MARK not in composer.model.index(0).data()
    choose(composer, 1)
    assert composer.editor.never_share.isVisible()
    assert composer.editor.never_share.text() == ABOUT_NEVER_SHARE
    assert not composer.editor.never_share_sign.pixmap().isNull()  # a sign as well as words
    assert "I went back" not in preview_text(composer)  # left out of the print

    journal.set_entry_never_share(gathered.entry_ids[1], False)
    composer.refresh()
    settle(qtbot, worker)
    assert not composer.editor.never_share.isVisible()
    assert NEVER_SHARE_MARK not in composer.model.index(1).data()


def test_show_in_journal_opens_the_excerpts_words(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    choose(composer, 1)
    with qtbot.waitSignal(composer.open_requested) as opened:
        qtbot.mouseClick(composer.editor.show_in_journal, Qt.MouseButton.LeftButton)
    assert opened.args == [gathered.entry_ids[1], 0, len(SECOND)]

    # Its words all deleted from the entry: the link is the place where they were.
    sentence = SECOND.index(" I sat")
    journal.add_excerpts(gathered.share_id, [ExcerptSource(gathered.entry_ids[1], 0, sentence)])
    journal.update_entry(gathered.entry_ids[1], text=SECOND[sentence:])
    journal.delete_entry(gathered.entry_ids[2])
    composer.refresh()
    settle(qtbot, worker)
    choose(composer, 3)
    assert composer.editor.show_in_journal.isEnabled()
    with qtbot.waitSignal(composer.open_requested) as opened:
        composer.editor.show_in_journal.click()
    assert opened.args == [gathered.entry_ids[1], 0, 0]
    choose(composer, 2)
    assert not composer.editor.show_in_journal.isEnabled()  # its entry is gone
    assert composer.editor.where.text() == "From an entry that has since been deleted"


def test_the_structure_helper_adds_three_headings_as_your_own_words(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    choose(composer, 0)
    composer.structure_actions[ALL_THREE].trigger()
    settle(qtbot, worker)
    items = journal.get_share(gathered.share_id).items
    assert [item.text for item in items[1:4]] == list(STRUCTURE_HEADINGS)
    assert all(item.kind is ItemKind.TEXT for item in items[1:4])
    assert items[0].id == gathered.item_ids[0]
    assert composer.editor.item_id == items[1].id  # ready to change or remove
    assert composer.editor.text.toPlainText() == "What it was like"

    composer.structure_actions["What happened"].trigger()
    settle(qtbot, worker)
    assert journal.get_share(gathered.share_id).items[2].text == "What happened"


def test_your_own_words_go_after_the_chosen_part_ready_to_write(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    choose(composer, 1)
    composer.actions_by_key["add_words"].trigger()
    settle(qtbot, worker)
    qtbot.waitUntil(composer.editor.text.hasFocus)
    qtbot.keyClicks(composer.editor.text, "And then something changed.")
    composer.flush()
    settle(qtbot, worker)
    items = journal.get_share(gathered.share_id).items
    assert items[2].kind is ItemKind.TEXT and items[2].text == "And then something changed."
    assert composer.model.index(2).data().startswith("Your words\n")


def test_remove_from_share_leaves_the_journal_alone(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    choose(composer, 1)
    qtbot.keyClick(composer.items, Qt.Key.Key_Delete)
    settle(qtbot, worker)
    first, _, third = gathered.item_ids
    assert stored_ids(journal, gathered.share_id) == [first, third]
    assert journal.get_entry(gathered.entry_ids[1]).text == SECOND
    assert composer.editor.item_id in (first, third)


def test_pace_changes_are_kept_with_the_share(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    composer.reading.rate.setValue(100)
    composer.reading.slot.setCurrentIndex(0)
    composer.reading.slot.activated.emit(0)  # as choosing it does
    settle(qtbot, worker)
    settings = journal.get_share(gathered.share_id).settings
    assert (settings.words_per_minute, settings.slot_seconds) == (100, 180)
    words = sum(len(text.split()) for text in (FIRST, SECOND, THIRD))
    assert composer.view is not None and composer.view.timing.words == words


def test_print_settings_are_kept_and_shown_in_the_preview(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    options = composer.print_options
    qtbot.keyClicks(options.title, "My story ")
    options.font_size.setValue(24)
    composer.flush()
    settle(qtbot, worker)
    share = journal.get_share(gathered.share_id)
    assert share.title == "My story" and share.settings.font_size == 24
    assert options.title.text() == "My story "  # never trimmed under the person's typing
    assert preview_text(composer).startswith("My story")


def test_privacy_choices_are_kept_and_the_preview_follows_them(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    row = composer.redaction.row_for("Marcus")
    row.replacement.setText("a friend")
    row.accept_button.click()
    settle(qtbot, worker)
    decisions = journal.get_share(gathered.share_id).decisions
    assert [(d.original, d.replacement, d.accepted) for d in decisions] == [
        ("Marcus", "a friend", True)
    ]
    preview = preview_text(composer)
    assert "I called a friend and he sat with me" in preview
    assert "Marcus" not in preview
    assert composer.redaction.row_for("Marcus").proposal.decision is not None


def test_people_added_from_privacy_are_protected_at_once(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    composer.redaction.people_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, PeopleDialog) for w in composer.windows.open))
    people = next(w for w in composer.windows.open if isinstance(w, PeopleDialog))
    journal.add_person("Marcus", "my brother")
    people.people_changed.emit()  # as adding someone in the dialog does
    settle(qtbot, worker)
    assert "I called my brother" in preview_text(composer)
    people.close()


def test_copy_as_text_copies_what_will_be_printed(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    journal.add_person("Marcus", "my brother")
    composer = open_composer(qtbot, worker)
    QGuiApplication.clipboard().clear()
    composer.actions_by_key["copy_text"].trigger()
    settle(qtbot, worker)
    share = journal.get_share(gathered.share_id)
    expected = as_plain_text(printed_share(share, journal.people(), today=TODAY))
    assert QGuiApplication.clipboard().text() == expected
    assert "my brother" in expected and "Marcus" not in expected
    assert "Copied your share" in composer.statusBar().currentMessage()


def test_export_pdf_asks_where_warns_and_saves_the_printed_share(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered, tmp_path: Path
) -> None:
    asked: list[tuple[str, Path]] = []

    def ask(parent: QWidget, caption: str, suggested: Path, filters: str) -> Path:
        asked.append((caption, suggested))
        return tmp_path / "for tuesday"

    composer = open_composer(qtbot, worker, ask_save_path=ask)
    journal.update_item(gathered.item_ids[1], note="a private reminder")
    choose(composer, 2)
    qtbot.keyClicks(composer.editor.text, "Today ")  # not saved yet when Export is chosen
    composer.actions_by_key["export_pdf"].trigger()
    review = review_of(qtbot, composer)  # first a last look: "Marcus" is not decided yet
    assert "Not decided yet: Marcus" in review.parts.toPlainText()
    assert not asked and not review.go_button.isEnabled()
    review.anyway_button.click()
    assert asked[0][0] == "Export Share as PDF"
    assert asked[0][1].name == "Tuesday share.pdf"
    warning = message_box(qtbot, composer, "Export Share")
    assert warning.text() == SHARE_EXPORT_WARNING
    assert not (tmp_path / "for tuesday.pdf").exists()  # nothing before the answer
    next(b for b in warning.buttons() if b.text() == "Export").click()
    done = message_box(qtbot, composer, "Share Saved")
    assert "for tuesday.pdf" in done.text() and "not encrypted" in done.text()
    settle(qtbot, worker)

    text = " ".join(pdf_text(tmp_path / "for tuesday.pdf").split())
    places = [text.index(words) for words in ("The first week", "I went back", "Today These")]
    assert places == sorted(places)
    assert "private reminder" not in text
    history = journal.shared_history()
    assert [(r.file_name, r.format) for r in history] == [("for tuesday.pdf", ExportFormat.PDF)]


def test_cancelling_the_warning_saves_nothing(
    qtbot: QtBot, worker: JournalWorker, gathered: Gathered, tmp_path: Path
) -> None:
    place = tmp_path / "exports"
    place.mkdir()
    composer = open_composer(qtbot, worker, ask_save_path=lambda *_: place / "share")
    composer.actions_by_key["export_markdown"].trigger()
    review_of(qtbot, composer).anyway_button.click()
    warning = message_box(qtbot, composer, "Export Share")
    next(b for b in warning.buttons() if b.text() == "Cancel").click()
    settle(qtbot, worker)
    assert list(place.iterdir()) == []


def test_a_share_is_made_named_renamed_and_deleted(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)

    def answer(name: str) -> None:
        dialog = next(d for d in composer.findChildren(QInputDialog) if d.isVisible())
        dialog.setTextValue(name)
        dialog.accept()

    composer.shares.new_button.click()
    answer("tuesday SHARE")  # taken: said plainly, and asked again with the words kept
    problem = message_box(qtbot, composer, "New Share")
    assert "already have a share" in problem.text()
    problem.accept()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in composer.findChildren(QInputDialog)))
    again = next(d for d in composer.findChildren(QInputDialog) if d.isVisible())
    assert again.textValue() == "tuesday SHARE"
    answer("For the anniversary")
    qtbot.waitUntil(lambda: composer.share_name.text() == "For the anniversary")
    settle(qtbot, worker)
    new_id = composer.share_id
    assert composer.model.rowCount() == 0 and composer.empty.isVisible()

    composer.shares.rename_button.click()
    answer("Anniversary")
    qtbot.waitUntil(lambda: journal.get_share(new_id).name == "Anniversary")

    composer.shares.delete_button.click()
    question = message_box(qtbot, composer, "Delete Share")
    assert "Your journal itself is not touched" in question.text()
    next(b for b in question.buttons() if b.text() == "Delete Share").click()
    settle(qtbot, worker)
    assert [s.id for s in journal.shares()] == [gathered.share_id]
    assert len(journal.entry_ids()) == 3
    qtbot.waitUntil(lambda: composer.share_id == gathered.share_id)


def test_a_rehearsal_is_remembered(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    composer.actions_by_key["rehearse"].trigger()
    qtbot.waitUntil(lambda: bool(composer.windows.open))
    rehearsal = composer.windows.open[0]
    assert isinstance(rehearsal, RehearsalWindow)
    rehearsal.rehearsal_finished.emit(95)  # as leaving after a minute and a half does
    settle(qtbot, worker)
    assert [r.seconds for r in journal.get_share(gathered.share_id).rehearsals] == [95]
    rehearsal.close()


def test_a_lock_saves_the_words_being_typed_then_forgets_them(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    composer = open_composer(qtbot, worker)
    composer.actions_by_key["shared_history"].trigger()
    history = composer.windows.open[0]
    choose(composer, 1)
    qtbot.keyClicks(composer.editor.note, "nervous about this bit")
    composer.forget_everything()  # before the pause in typing is over
    assert not history.isVisible() and not composer.windows.open
    settle(qtbot, worker)
    assert journal.get_share(gathered.share_id).items[1].note == "nervous about this bit"
    for widget in [composer, *composer.findChildren(QWidget)]:
        for words in ("nervous", "Tuesday", "first week"):
            assert not any(words in text for text in texts_held_by(widget)), widget
    assert composer.model.rowCount() == 0 and composer.shares.model.rowCount() == 0
    assert preview_text(composer) == ""


def test_closing_the_main_window_saves_the_words_being_typed(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, gathered: Gathered
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    composer = open_composer(qtbot, worker, parent=main)
    qtbot.keyClicks(composer.editor.text, "Yes. ")
    main.close()
    settle(qtbot, worker)
    assert journal.get_share(gathered.share_id).items[0].text == "Yes. " + FIRST
    QApplication.processEvents()
