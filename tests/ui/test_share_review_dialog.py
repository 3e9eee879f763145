"""The review before a share is exported or printed, over a real journal's review: each
category said in words, part by part, and which way out each button offers; then through
the Shares window, where every export and printing passes the review, and words marked
"Never Share" reach no file, read back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.share_text import day_line
from reflect.core.shares import ExcerptSource, ExportFormat, RedactionDecision
from reflect.ui.share_composer import ShareComposer
from reflect.ui.share_review_dialog import (
    ALL_READY,
    NOTHING_TO_CHECK,
    PRIVATE_NOTE,
    ShareReviewDialog,
)
from reflect.ui.worker import JournalWorker
from tests.ui.qt_helpers import message_box, pdf_text
from tests.ui.test_share_composer import open_composer, review_of, settle

CALLED = "The first week was the hardest. I called Marcus on 07700 900123 and he sat with me."
MEETING = "I went back to the Tuesday meeting with Dana. I sat by the door so I could leave."
COFFEE = "These days I make the coffee. I'm not on my own any more."
PRIVATE = "Some nights I still think about drinking again."


def entry(journal: Journal, text: str, day: int) -> int:
    created = journal.add_entry(text=text, created=datetime(2026, 3, day, 20, tzinfo=UTC))
    assert created.created is not None
    return created.created


def share_of(journal: Journal, *texts: str, name: str = "Tuesday share") -> tuple[int, list[int]]:
    """A share of one excerpt per text (each its own entry): its id and the entries' ids."""
    share_id = journal.create_share(name).created
    assert share_id is not None
    entry_ids = [entry(journal, text, day) for day, text in enumerate(texts, start=1)]
    journal.add_excerpts(
        share_id,
        [ExcerptSource(i, 0, len(t)) for i, t in zip(entry_ids, texts, strict=True)],
    )
    return share_id, entry_ids


def open_review(
    qtbot: QtBot, journal: Journal, share_id: int, action: str = "Export"
) -> ShareReviewDialog:
    dialog = ShareReviewDialog(journal.review_share(share_id), action)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def words_of(dialog: ShareReviewDialog) -> str:
    return " ".join(dialog.parts.toPlainText().split())


def test_each_part_says_what_there_is_to_check(qtbot: QtBot, journal: Journal) -> None:
    earlier = journal.create_share("Spring share").created
    assert earlier is not None
    coffee = entry(journal, COFFEE, 20)
    journal.add_excerpts(earlier, [ExcerptSource(coffee, 0, len(COFFEE))])
    journal.record_export(journal.get_share(earlier), "spring.pdf", ExportFormat.PDF)
    when = journal.shared_history()[0].when

    share_id, entry_ids = share_of(journal, CALLED, MEETING, PRIVATE)
    journal.add_excerpts(share_id, [ExcerptSource(coffee, 0, len(COFFEE))])
    journal.add_text(share_id, "What it was like", position=0)
    journal.update_share(share_id, decisions=[RedactionDecision("Dana", "someone", False)])
    items = journal.get_share(share_id).items
    journal.update_item(items[2].id, note="breathe before this one")
    journal.set_entry_never_share(entry_ids[2], True)

    dialog = open_review(qtbot, journal, share_id)
    parts = dialog.part_texts()
    assert parts[0] == ["Part 1 · Your words · “What it was like”", NOTHING_TO_CHECK]
    assert parts[1][0].startswith("Part 2 · “The first week was the hardest.")
    assert parts[1][1:] == ["Not decided yet: Marcus, 07700 900123"]
    assert parts[2][1:] == ["Kept as written: Dana", PRIVATE_NOTE]
    assert parts[3][0] == f"Part 4 · “{PRIVATE}”"
    assert parts[3][1].startswith("Never Share — left out.")
    assert "remove the mark in your journal" in parts[3][1]
    assert "remove this part from the share" in parts[3][1]
    assert parts[4][1:] == [f"Shared before: {day_line(when.date())} in “Spring share”"]

    shown = words_of(dialog)
    for part in parts:
        for line in part:
            assert " ".join(line.split()) in shown
    assert "breathe" not in shown  # the note's words stay in the note
    assert "1 part is marked Never Share" in dialog.summary.text()
    assert "2 suggestions on the Privacy tab are not decided yet" in dialog.summary.text()
    assert "Export Anyway" not in dialog.summary.text()  # not while a part is marked

    assert not dialog.go_button.isEnabled()
    assert dialog.anyway_button.isVisible() and not dialog.anyway_button.isEnabled()
    assert dialog.cancel_button.isEnabled()


def test_when_everything_is_ready_export_goes_ahead(qtbot: QtBot, journal: Journal) -> None:
    share_id, _ = share_of(journal, COFFEE)
    dialog = open_review(qtbot, journal, share_id)
    assert dialog.windowTitle() == "Before You Export"
    assert dialog.summary.text() == ALL_READY
    assert dialog.go_button.text() == "Export" and dialog.go_button.isEnabled()
    assert not dialog.anyway_button.isVisible()
    assert dialog.go_button.isDefault()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice() == "go"


def test_undecided_words_offer_export_anyway(qtbot: QtBot, journal: Journal) -> None:
    share_id, _ = share_of(journal, CALLED)
    dialog = open_review(qtbot, journal, share_id)
    assert not dialog.go_button.isEnabled()
    assert dialog.anyway_button.text() == "Export Anyway"
    assert dialog.anyway_button.isVisible() and dialog.anyway_button.isEnabled()
    assert "choose Export Anyway" in dialog.summary.text()
    assert dialog.cancel_button.isDefault()  # Enter never lets undecided words through
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() == "anyway"


def test_never_share_holds_back_both_ways_out(qtbot: QtBot, journal: Journal) -> None:
    share_id, entry_ids = share_of(journal, PRIVATE, COFFEE)
    journal.set_entry_never_share(entry_ids[0], True)
    dialog = open_review(qtbot, journal, share_id, "Print")
    assert dialog.windowTitle() == "Before You Print"
    assert dialog.go_button.text() == "Print" and not dialog.go_button.isEnabled()
    assert not dialog.anyway_button.isVisible()  # nothing undecided: only the mark is left
    assert "To print this share, remove the mark" in dialog.summary.text()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default is Cancel
    assert dialog.choice() is None


def test_print_anyway_is_offered_for_undecided_words(qtbot: QtBot, journal: Journal) -> None:
    share_id, _ = share_of(journal, CALLED, MEETING)
    dialog = open_review(qtbot, journal, share_id, "Print")
    assert dialog.anyway_button.text() == "Print Anyway" and dialog.anyway_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice() is None


@pytest.mark.parametrize("button", ["cancel_button", "go_button"])
def test_cancel_or_export_by_keyboard_alone(qtbot: QtBot, journal: Journal, button: str) -> None:
    share_id, _ = share_of(journal, COFFEE)
    dialog = open_review(qtbot, journal, share_id)
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            assert widget.accessibleName(), type(widget).__name__
    target = getattr(dialog, button)
    assert dialog.focusWidget() is dialog.go_button  # ready: focus starts on Export
    visited = []
    for _ in range(3):  # Tab goes round every control, then Space presses the one wanted
        visited.append(dialog.focusWidget())
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
    assert set(visited) == {dialog.parts, dialog.go_button, dialog.cancel_button}
    while dialog.focusWidget() is not target:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(target, Qt.Key.Key_Space)
    assert dialog.choice() == (None if button == "cancel_button" else "go")


def test_an_empty_share_says_so(qtbot: QtBot, journal: Journal) -> None:
    share_id = journal.create_share("Nothing yet").created
    assert share_id is not None
    dialog = open_review(qtbot, journal, share_id)
    assert "no parts yet" in dialog.summary.text()
    assert "no parts yet" in words_of(dialog)


# --- through the composer: every export and printing passes the review first ---------------


def composer_on(
    qtbot: QtBot, worker: JournalWorker, place: Path, asked: list[str] | None = None
) -> ShareComposer:
    def ask(parent: QWidget, caption: str, suggested: Path, filters: str) -> Path:
        if asked is not None:
            asked.append(caption)
        return place / "for tuesday"

    return open_composer(qtbot, worker, ask_save_path=ask)


def test_cancelling_the_review_writes_nothing(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path
) -> None:
    share_of(journal, CALLED, COFFEE)
    asked: list[str] = []
    composer = composer_on(qtbot, worker, tmp_path, asked)
    for key in ("export_pdf", "export_markdown", "print"):
        composer.actions_by_key[key].trigger()
        review = review_of(qtbot, composer)
        with qtbot.waitSignal(review.finished):
            review.cancel_button.click()
        settle(qtbot, worker)
        assert composer.output.review is None
    assert asked == [] and list(tmp_path.glob("for tuesday*")) == []
    assert journal.shared_history() == []


def test_a_share_with_nothing_left_to_decide_exports_after_the_review(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path
) -> None:
    share_id, _ = share_of(journal, CALLED, COFFEE)
    decided = [RedactionDecision("Marcus", "a friend", True)]
    journal.update_share(
        share_id, decisions=[*decided, RedactionDecision("07700 900123", "", False)]
    )
    composer = composer_on(qtbot, worker, tmp_path)
    composer.actions_by_key["export_pdf"].trigger()
    review = review_of(qtbot, composer)
    assert "Kept as written: 07700 900123" in review.parts.toPlainText()
    assert review.go_button.isEnabled() and not review.anyway_button.isVisible()
    review.go_button.click()
    warning = message_box(qtbot, composer, "Export Share")
    next(b for b in warning.buttons() if b.text() == "Export").click()
    message_box(qtbot, composer, "Share Saved")
    text = " ".join(pdf_text(tmp_path / "for tuesday.pdf").split())
    assert "I called a friend on 07700 900123" in text and "Marcus" not in text


def test_never_share_holds_back_the_export_and_printing(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path
) -> None:
    _, entry_ids = share_of(journal, CALLED, PRIVATE)
    journal.set_entry_never_share(entry_ids[1], True)
    asked: list[str] = []
    composer = composer_on(qtbot, worker, tmp_path, asked)
    for key, action in (
        ("export_pdf", "Export"),
        ("export_markdown", "Export"),
        ("print", "Print"),
    ):
        composer.actions_by_key[key].trigger()
        review = review_of(qtbot, composer)
        assert review.go_button.text() == action
        assert "Never Share — left out" in review.parts.toPlainText()
        assert not review.go_button.isEnabled()
        assert review.anyway_button.isVisible() and not review.anyway_button.isEnabled()
        for button in (review.go_button, review.anyway_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a disabled button does nothing
        assert review.isVisible()
        qtbot.keyClick(review, Qt.Key.Key_Return)  # Enter closes the review, nothing more
        qtbot.waitUntil(lambda: composer.output.review is None)
    settle(qtbot, worker)
    assert asked == [] and list(tmp_path.glob("for tuesday*")) == []
    assert journal.shared_history() == []


@pytest.mark.parametrize("fmt", [ExportFormat.PDF, ExportFormat.MARKDOWN])
def test_words_marked_while_the_review_is_open_still_stay_out(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path, fmt: ExportFormat
) -> None:
    _, entry_ids = share_of(journal, CALLED, PRIVATE, COFFEE)
    composer = composer_on(qtbot, worker, tmp_path)
    composer.actions_by_key[
        "export_pdf" if fmt is ExportFormat.PDF else "export_markdown"
    ].trigger()
    review = review_of(qtbot, composer)
    assert review.anyway_button.isEnabled()  # only "Marcus" and a number to decide
    journal.set_entry_never_share(entry_ids[1], True)  # marked in the journal meanwhile
    review.anyway_button.click()
    warning = message_box(qtbot, composer, "Export Share")
    next(b for b in warning.buttons() if b.text() == "Export").click()
    done = message_box(qtbot, composer, "Share Saved")
    assert "1 part marked Never Share was left out." in done.text()
    settle(qtbot, worker)
    if fmt is ExportFormat.PDF:
        text = " ".join(pdf_text(tmp_path / "for tuesday.pdf").split())
    else:
        text = " ".join((tmp_path / "for tuesday.md").read_text(encoding="utf-8").split())
    assert "The first week" in text and "These days I make the coffee" in text
    assert "drinking" not in text and "Some nights" not in text


def test_copy_as_text_leaves_out_never_share_words_and_says_so(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path
) -> None:
    _, entry_ids = share_of(journal, PRIVATE, COFFEE)
    journal.set_entry_never_share(entry_ids[0], True)
    composer = composer_on(qtbot, worker, tmp_path)
    QGuiApplication.clipboard().clear()
    composer.actions_by_key["copy_text"].trigger()  # no review: nothing leaves but the clipboard
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()))
    copied = QGuiApplication.clipboard().text()
    assert "These days I make the coffee" in copied and "drinking" not in copied
    assert "1 part marked Never Share was left out." in composer.statusBar().currentMessage()


def test_a_lock_closes_the_review_and_nothing_is_written(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path
) -> None:
    share_of(journal, CALLED)
    asked: list[str] = []
    composer = composer_on(qtbot, worker, tmp_path, asked)
    composer.actions_by_key["export_pdf"].trigger()
    review = review_of(qtbot, composer)
    composer.forget_everything()
    assert not review.isVisible() and composer.output.review is None
    settle(qtbot, worker)
    assert asked == [] and journal.shared_history() == []
