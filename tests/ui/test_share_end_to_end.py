"""Issue 5's whole journey through the real windows: gather three moments in the browser →
Add to Share… → reorder → edit one excerpt (the journal stays as written) → accept the
privacy suggestions → export the PDF → read it back with a real PDF reader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.shares import ExportFormat
from reflect.ui.main_window import MainWindow
from reflect.ui.moments_browser import MomentsBrowser
from reflect.ui.share_composer import ShareComposer
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import message_box, open_main_window, pdf_text
from tests.ui.test_add_to_share import answer_add_to_share
from tests.ui.test_moments_in_editor import on_worker
from tests.ui.test_share_composer import preview_text

# Oldest first; the browser lists newest first.
WRITTEN = [
    (datetime(2026, 1, 5, 9, tzinfo=UTC), "Dana drove me to my first meeting. I shook."),
    (
        datetime(2026, 2, 9, 9, tzinfo=UTC),
        "I rang my sponsor Marcus on 07700 900123 at midnight and he picked up.",
    ),
    (datetime(2026, 3, 1, 9, tzinfo=UTC), "Today I made the coffee for everyone."),
]


@pytest.fixture
def window(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[MainWindow]:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for created, text in WRITTEN:
            journal.add_entry(
                text=text, created=created, moments=[MomentDraft(None, 0, len(text), HOPE)]
            )
        journal.add_person("Dana", "my sister")
    shown = open_main_window(qtbot, journal_folder, tmp_path)
    yield shown
    for panel in shown.panels.values():
        panel.hide()
    shown._worker.shutdown()


def test_gather_reorder_edit_protect_export_and_read_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Gather: all three hope moments, from the Moments window.
    window.actions_by_key["browse_moments"].trigger()
    browser = window.panels["moments"]
    assert isinstance(browser, MomentsBrowser)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3)
    browser.table.selectAll()
    browser.add_to_share.trigger()
    answer_add_to_share(qtbot, new_name="Tuesday group")
    qtbot.waitUntil(lambda: "shares" in window.panels)
    composer = window.panels["shares"]
    assert isinstance(composer, ShareComposer)
    qtbot.waitUntil(lambda: composer.view is not None and composer.model.rowCount() == 3)
    newest_first = [item.text for item in composer.model.items]
    assert newest_first == [text for _, text in reversed(WRITTEN)]

    # Reorder by keyboard: the oldest (last) moment up to the top, Alt+Up twice.
    composer.items.setFocus()
    composer.items.setCurrentIndex(composer.model.index(2))
    for _ in range(2):
        qtbot.keyClick(composer.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not window._worker.busy)
    assert composer.items.currentIndex().row() == 0

    # Edit the chosen excerpt, for the share only.
    text = composer.editor.text
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " Everyone was kind.")
    qtbot.keyClicks(composer.editor.note, "look up before this line")  # private
    composer.items.setCurrentIndex(composer.model.index(1))  # leaving it saves at once
    qtbot.waitUntil(lambda: not window._worker.busy)

    # Privacy: the people list protects Dana already; accept the likely name and the phone.
    qtbot.waitUntil(lambda: bool(composer.redaction.rows()))
    for original in ("Marcus", "07700 900123"):
        composer.redaction.row_for(original).accept_button.click()
        qtbot.waitUntil(lambda: not window._worker.busy)
    qtbot.waitUntil(lambda: "Marcus" not in preview_text(composer))

    # Export: where, the plain warning, then the file.
    target = tmp_path / "tuesday.pdf"

    def ask(_: QWidget, __: str, ___: Path, ____: str) -> Path:
        return target

    composer.output._ask_save_path = ask
    composer.actions_by_key["export_pdf"].trigger()
    # The review first: every suggestion decided, so Export is open.
    qtbot.waitUntil(
        lambda: composer.output.review is not None and composer.output.review.isVisible()
    )
    review = composer.output.review
    assert review is not None and review.go_button.isEnabled()
    assert "Private note — will not be printed" in " ".join(review.part_texts()[0])
    review.go_button.click()
    warning = message_box(qtbot, composer, "Export Share")
    assert "NOT encrypted" in warning.text()
    next(b for b in warning.buttons() if b.text() == "Export").click()
    message_box(qtbot, composer, "Share Saved")

    printed = " ".join(pdf_text(target).split())
    places = [
        printed.find(words)
        for words in (
            "My sister drove me to my first meeting. I shook. Everyone was kind.",
            "Today I made the coffee for everyone.",
            "I rang my sponsor someone on a phone number at midnight",
        )
    ]
    assert -1 not in places and places == sorted(places), printed
    for original in ("Dana", "Marcus", "07700", "900123", "look up before"):
        assert original not in printed

    def journal_state(journal: Journal) -> tuple[list[str], list[tuple[str, ExportFormat]]]:
        texts = [journal.get_entry(i).text for i in journal.entry_ids()]
        history = [(r.file_name, r.format) for r in journal.shared_history()]
        return texts, history

    texts, history = on_worker(qtbot, window, journal_state)
    assert sorted(texts) == sorted(text for _, text in WRITTEN)  # the journal as written
    assert history == [("tuesday.pdf", ExportFormat.PDF)]
