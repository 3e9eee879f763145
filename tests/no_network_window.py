"""The window's part of the no-network scenario: ``python tests/no_network_window.py JOURNAL
OUT PASSPHRASE``, run under ``strace`` by ``tests/test_no_network.py``.

It starts Reflect as ``reflect --journal JOURNAL`` does (``reflect.ui.app.run_app``: the
real application, translations, preferences, crash reporter and ``JournalSession``), and
drives it from a timer the way a person would: create the journal on the first screen,
write an entry and mark a moment, search, open the charts, add the moment to a share and
export it as a PDF, make a backup, lock and unlock, then close the window. The journal
is made with the tests' cheap key settings: Argon2id starts new threads for every pass,
and under strace each new thread waits for the tracer, so the real settings made each
unlock take seconds (the command-line scenario uses the real ones). Only the two
save dialogs are answered by replacing ``reflect.ui.file_dialogs.save_file``: they would
wait for a person. It prints one JSON line (what it made) and exits 0, or prints what went
wrong and exits 1.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from reflect.core.crypto.kdf import KdfParams
from reflect.ui import file_dialogs
from reflect.ui.add_to_share_dialog import AddToShareDialog
from reflect.ui.app import application, run_app
from reflect.ui.main_window import MainWindow
from reflect.ui.unlock_dialog import UnlockDialog

WORDS = "Went to the meeting tonight. I stayed for coffee and talked to someone new."
HOPE_WORDS = "I stayed for coffee"
TIMEOUT_S = 60.0
W = TypeVar("W", bound=QWidget)


class Stuck(Exception):
    """The app did not reach the state the scenario waits for."""


def wait_until(condition: Callable[[], object], what: str) -> None:
    """Let Qt run until ``condition()`` holds (as ``qtbot.waitUntil`` does)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise Stuck(f"waited {TIMEOUT_S:.0f} s for {what}")
        QTest.qWait(20)


def shown(kind: type[W]) -> W | None:
    """The visible top-level window of type ``kind``, if there is one."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def wait_for(kind: type[W], what: str) -> W:
    wait_until(lambda: shown(kind) is not None, what)
    found = shown(kind)
    assert found is not None
    return found


def message_box(parent: QWidget, title: str) -> QMessageBox:
    """The visible message box titled ``title`` over ``parent``."""

    def box() -> QMessageBox | None:
        boxes = [
            b
            for b in parent.findChildren(QMessageBox)
            if b.windowTitle() == title and b.isVisible()
        ]
        return boxes[0] if boxes else None

    wait_until(box, f"the message box {title!r}")
    found = box()
    assert found is not None
    return found


def click(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def unlock(passphrase: str) -> MainWindow:
    """Type the passphrase on the first screen (twice when creating) and press Enter."""
    dialog = wait_for(UnlockDialog, "the unlock screen")
    QTest.keyClicks(dialog.passphrase, passphrase)
    if dialog.creating:
        QTest.keyClicks(dialog.confirmation, passphrase)
        dialog.make_recovery_code.setChecked(False)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return wait_for(MainWindow, "the main window")


def select(window: MainWindow, words: str) -> None:
    text = window.editor.text
    cursor = text.textCursor()
    start = WORDS.index(words)
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def write(window: MainWindow) -> None:
    window.editor.text.setFocus()
    QTest.keyClicks(window.editor.text, WORDS)
    wait_until(lambda: window.save_status.text() == "Saved", "the entry to be saved")
    select(window, HOPE_WORDS)
    window.actions_by_key["mark_hope"].trigger()
    wait_until(lambda: window.save_status.text() == "Saved", "the moment to be saved")


def search(window: MainWindow) -> str:
    pane = window.search_pane
    window.actions_by_key["find"].trigger()
    pane.field.setText("coffee")
    wait_until(lambda: pane.is_active and "found" in pane.count.text(), "search results")
    return pane.count.text()


def open_charts(window: MainWindow) -> None:
    window.actions_by_key["insights"].trigger()
    # Imported only now, as the app itself does: matplotlib loads when Insights opens.
    from reflect.ui.insights_window import InsightsWindow

    insights = wait_for(InsightsWindow, "the insights window")
    wait_until(lambda: insights.insights is not None, "the charts' numbers")
    insights.canvas.grab()  # draws the figure
    insights.hide()


def export_share(window: MainWindow, pdf: Path) -> None:
    select(window, HOPE_WORDS)
    window.actions_by_key["add_to_share"].trigger()
    if window.editor.entry_id is None:  # still being saved: asked to try again
        wait_until(lambda: window.editor.entry_id is not None, "the entry's id")
        window.actions_by_key["add_to_share"].trigger()
    question = wait_for(AddToShareDialog, "the Add to Share question")
    from reflect.ui.share_composer import ShareComposer  # as the app does: when first used

    question.new.setChecked(True)
    QTest.keyClicks(question.name, "Thursday group")
    buttons = question.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    composer = wait_for(ShareComposer, "the share composer")
    wait_until(lambda: composer.model.rowCount() == 1, "the share's excerpt")
    composer.actions_by_key["export_pdf"].trigger()
    wait_until(lambda: composer.output.review is not None, "the review before export")
    review = composer.output.review
    assert review is not None
    wait_until(review.isVisible, "the review to show")
    (review.go_button if review.go_button.isEnabled() else review.anyway_button).click()
    click(message_box(composer, "Export Share"), "Export")
    message_box(composer, "Share Saved").accept()
    wait_until(pdf.exists, "the PDF")
    composer.hide()


def back_up(window: MainWindow, backup: Path) -> None:
    window.actions_by_key["back_up"].trigger()
    message_box(window, "Backup Made").accept()
    wait_until(backup.exists, "the backup")


def scenario(journal: Path, out: Path, passphrase: str) -> dict[str, object]:
    pdf, backup = out / "window share.pdf", out / "window backup.reflectbackup"
    answers = {".pdf": pdf, ".reflectbackup": backup}

    def save_file(_parent: object, _caption: str, suggested: Path, _filters: str) -> Path:
        return answers[suggested.suffix]

    file_dialogs.save_file = save_file  # type: ignore[assignment]
    window = unlock(passphrase)  # no journal yet: this creates it
    write(window)
    found = search(window)
    open_charts(window)
    export_share(window, pdf)
    back_up(window, backup)
    window.actions_by_key["lock"].trigger()
    wait_until(lambda: not window.isVisible(), "the lock")
    window = unlock(passphrase)
    wait_until(lambda: window.editor.entry_id is not None, "the entry after unlocking")
    reopened = window.editor.text.content().text
    window.close()
    return {"search": found, "reopened": reopened, "pdf": str(pdf), "backup": str(backup)}


def main() -> int:
    journal, out, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    application()  # the app run_app uses: the timer needs it to exist first
    outcome: dict[str, object] = {}

    def drive() -> None:
        try:
            outcome.update(scenario(journal, out, passphrase))
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(1)  # the app is in an unknown state: don't wait for it to close

    QTimer.singleShot(0, drive)
    code = run_app(journal, kdf=KdfParams.fast_for_tests())
    if code != 0 or not outcome:
        print(f"the window ended with {code} before the scenario finished", file=sys.stderr)
        return 1
    print(json.dumps(outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
