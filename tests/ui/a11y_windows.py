"""Every window and dialog of Reflect, built for a test over a real journal with something
in every list (see ``write_story``), the way a person would see it: ``WINDOWS`` maps a name
to a function of an ``Opener`` that returns the window, shown."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.importers import jrnl
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource, ExportFormat
from reflect.ui.about_dialog import AboutDialog
from reflect.ui.add_to_share_dialog import AddToShareDialog
from reflect.ui.crash_dialog import CrashDialog
from reflect.ui.export_dialog import ExportDialog
from reflect.ui.import_dialog import ChooseFormatDialog, ImportPreviewDialog
from reflect.ui.main_window import MainWindow
from reflect.ui.mark_as_dialog import MarkAsDialog
from reflect.ui.messages import tell
from reflect.ui.passphrase_dialogs import ChangePassphraseDialog, RecoveryUnlockDialog
from reflect.ui.people_dialog import PeopleDialog, PersonForm
from reflect.ui.preferences_dialog import PreferencesDialog
from reflect.ui.progress_runner import run_with_progress
from reflect.ui.prompt_dialog import PromptDialog
from reflect.ui.recovery_code_dialog import RecoveryCodeDialog
from reflect.ui.rehearsal import RehearsalWindow
from reflect.ui.restore_dialog import RestoreDialog
from reflect.ui.session import JournalSession
from reflect.ui.share_composer import ShareComposer
from reflect.ui.share_review_dialog import ShareReviewDialog
from reflect.ui.shared_history_dialog import SharedHistoryDialog
from reflect.ui.shortcuts_dialog import ShortcutsDialog
from reflect.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import unlock

CALLED = "The first week was the hardest. I called Marcus and he sat with me until it passed."
MEETING = "I went back to the Tuesday meeting. I sat by the door so I could leave."
COFFEE = "These days I make the coffee. I'm not on my own any more."


def write_story(folder: Path, kdf: KdfParams) -> None:
    """A journal in ``folder`` with something in every list: entries with hope, struggle
    and tagged moments (one marked Never Share), a share of three parts, a person, a saved
    export and a prompt of the person's own."""
    with Journal.create(folder, PASSPHRASE, kdf=kdf) as journal:
        entry_ids: list[int] = []
        moment_ids: list[int] = []
        for day, (text, kind) in enumerate(
            ((CALLED, STRUGGLE), (MEETING, HOPE), (COFFEE, "gratitude")), start=1
        ):
            created = journal.add_entry(
                title=f"Day {day}",
                text=text,
                tags=["meetings"],
                created=datetime(2026, 3, day, 20, tzinfo=UTC),
                moments=[MomentDraft(None, 0, 20, kind)],
            )
            assert created.created is not None
            entry_ids.append(created.created)
            moment_ids += created.moment_ids
        journal.set_moments_never_share(moment_ids[:1], True)  # the first entry's struggle
        share_id = journal.create_share("Tuesday share").created
        assert share_id is not None
        journal.add_excerpts(
            share_id,
            [
                ExcerptSource(i, 0, len(t))
                for i, t in zip(entry_ids[1:], (MEETING, COFFEE), strict=True)
            ],
        )
        journal.add_text(share_id, "Marcus asked me to come tonight: sam@example.org.")
        journal.add_person("Marcus", "M.")
        journal.record_export(journal.get_share(share_id), "Tuesday share.pdf", ExportFormat.PDF)
        journal.add_prompt("hope", "What made you smile this week?")


class Opener:
    """Builds one window of the app for a test, over the session's journal when it needs
    one; everything made is closed at the end."""

    def __init__(self, request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> None:
        self.request = request
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.made: list[QWidget] = []
        self.finish: list[Callable[[], object]] = []  # lets work waiting on the worker end

    @property
    def session(self) -> JournalSession:
        return self.request.getfixturevalue("session")  # type: ignore[no-any-return]

    @property
    def kdf(self) -> KdfParams:
        return self.request.getfixturevalue("fast_kdf")  # type: ignore[no-any-return]

    def window(self) -> MainWindow:
        """The main window, unlocked, with the first entry open."""
        session = self.session
        if session.window is None or not session.window.isVisible():
            unlock(self.qtbot, session)
        window = session.window
        assert window is not None
        self.qtbot.waitUntil(lambda: window.entry_model.rowCount() == 3)
        window.entry_list.setCurrentIndex(window.entry_model.index(0, 0))
        self.qtbot.waitUntil(lambda: window.editor.entry_id is not None)
        self.settle()
        return window

    def settle(self) -> None:
        worker = self.session.worker
        self.qtbot.waitUntil(lambda: not worker.busy)

    def on_worker(self, call: Callable[[Journal], Any]) -> Any:
        results: list[Any] = []
        self.session.worker.submit(call, on_done=results.append)
        self.qtbot.waitUntil(lambda: bool(results))
        return results[0]

    def shown(self, widget: QWidget) -> QWidget:
        """``widget`` on screen (a dialog opened window-modal, never ``exec``)."""
        self.made.append(widget)
        if isinstance(widget, QDialog):
            widget.open()
        else:
            widget.show()
        self.qtbot.waitExposed(widget)
        return widget

    def panel(self, action: str, name: str) -> QWidget:
        window = self.window()
        window.actions_by_key[action].trigger()
        panel = window.panels[name]
        assert isinstance(panel, QWidget)
        self.qtbot.waitUntil(panel.isVisible)
        self.settle()
        return panel

    def child_dialog(self, action: str, kind: type[QWidget]) -> QWidget:
        window = self.window()
        window.actions_by_key[action].trigger()
        found: list[QWidget] = []

        def opened() -> bool:
            found[:] = [d for d in window.findChildren(kind) if d.isVisible()]
            return bool(found)

        self.qtbot.waitUntil(opened)
        self.settle()
        return found[0]

    def close_all(self) -> None:
        for finish in self.finish:
            finish()
        for widget in self.made:
            if shiboken6.isValid(widget):
                widget.close()


def _main_window(o: Opener) -> QWidget:
    """The main window with the cursor in a moment, so its row (note, Never Share,
    Remove) shows under the text."""
    window = o.window()
    text = window.editor.text
    cursor = text.textCursor()
    cursor.setPosition(5)  # every story entry's first words are a moment
    text.setTextCursor(cursor)
    o.qtbot.waitUntil(window.editor.moment_panel.isVisible)
    return window


def _searching(o: Opener) -> QWidget:
    """The main window over a new entry (with its writing suggestion), searching, with the
    search filters open."""
    window = o.window()
    window.actions_by_key["new_entry"].trigger()
    o.qtbot.waitUntil(window.editor.prompt_banner.isVisible)
    pane = window.search_pane
    pane.field.setText("meeting")
    pane.filters_button.setChecked(True)
    o.qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    return window


def _unlock_create(o: Opener) -> QWidget:
    worker = o.session.worker
    return o.shown(UnlockDialog(worker, o.tmp_path / "a new journal", kdf=o.kdf))


def _unlock(o: Opener) -> QWidget:
    dialog = o.session.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _composer(o: Opener) -> QWidget:
    composer = o.panel("shares", "shares")
    assert isinstance(composer, ShareComposer)
    o.qtbot.waitUntil(lambda: composer.view is not None)
    composer.items.setCurrentIndex(composer.model.index(0))
    o.settle()
    return composer


def _share_review(o: Opener) -> QWidget:
    o.window()
    share_id = o.on_worker(lambda j: j.shares()[0].id)
    review = o.on_worker(lambda j: j.review_share(share_id))
    return o.shown(ShareReviewDialog(review, "Export"))


def _rehearsal(o: Opener) -> QWidget:
    window = RehearsalWindow(
        [CALLED, MEETING, COFFEE], words_per_minute=130, slot_seconds=300, title="Tuesday"
    )
    return o.shown(window)


def _add_to_share(o: Opener) -> QWidget:
    o.window()
    shares = o.on_worker(lambda j: j.shares())
    return o.shown(AddToShareDialog(shares, 2))


def _import_preview(o: Opener) -> QWidget:
    o.window()
    source = o.tmp_path / "old.txt"
    source.write_text("[2025-01-02 09:00] A new start\nI went for a walk.\n", encoding="utf-8")
    entries = jrnl.parse(source)
    preview = o.on_worker(lambda j: j.import_preview(entries))
    return o.shown(ImportPreviewDialog(source, preview, None, None))


def _progress(o: Opener) -> QWidget:
    """The progress dialog of a backup, while the work waits (until the test ends)."""
    window = o.window()
    finish = threading.Event()
    o.finish.append(finish.set)
    dialog = run_with_progress(
        window,
        o.session.worker,
        "Backing up your journal…",
        lambda _journal, _progress: finish.wait(),
        on_done=lambda _: None,
        on_error=lambda _: None,
    )
    return o.shown(dialog)


def _backup_made(o: Opener) -> QWidget:
    window = o.window()
    box = tell(window, "Backup Made", "Your journal is backed up.")
    o.made.append(box)
    o.qtbot.waitExposed(box)
    return box


def _restore(o: Opener) -> QWidget:
    created = datetime(2026, 3, 4, 21, 30, tzinfo=UTC)
    return o.shown(RestoreDialog(o.tmp_path / "b.reflectbackup", created))


def _recovery_code(o: Opener) -> QWidget:
    o.window()
    dialog = RecoveryCodeDialog(o.session.worker, None, kdf=o.kdf)
    o.shown(dialog)
    o.qtbot.waitUntil(lambda: not dialog.busy)
    return dialog


def _recovery_unlock(o: Opener) -> QWidget:
    session = o.session
    return o.shown(RecoveryUnlockDialog(session.worker, o.tmp_path / "journal", None, kdf=o.kdf))


def _person_form(o: Opener) -> QWidget:
    o.window()
    people = o.on_worker(lambda j: j.people())
    return o.shown(PersonForm(lambda _: None, people[0]))


def _prompts(o: Opener) -> QWidget:
    o.window()
    dialog = PromptDialog(o.session.worker)
    o.shown(dialog)
    o.settle()
    return dialog


def _change_passphrase(o: Opener) -> QWidget:
    o.window()
    return o.shown(ChangePassphraseDialog(o.session.worker, None, kdf=o.kdf))


WINDOWS: dict[str, Callable[[Opener], QWidget]] = {
    "unlock (create)": _unlock_create,
    "unlock": _unlock,
    "main window": _main_window,
    "main window (new entry, searching)": _searching,
    "moments": lambda o: o.panel("browse_moments", "moments"),
    "insights": lambda o: o.panel("insights", "insights"),
    "look back": lambda o: o.panel("look_back", "look_back"),
    "shares composer": _composer,
    "people": lambda o: o.child_dialog("people", PeopleDialog),
    "person form": _person_form,
    "what I've shared": lambda o: o.child_dialog("shared_history", SharedHistoryDialog),
    "share review": _share_review,
    "rehearsal": _rehearsal,
    "add to share": _add_to_share,
    "mark as": lambda o: o.shown(MarkAsDialog(["gratitude", "meetings"])),
    "prompts": _prompts,
    "import: choose format": lambda o: o.shown(ChooseFormatDialog()),
    "import: preview": _import_preview,
    "export": lambda o: o.shown(ExportDialog()),
    "backup: progress": _progress,
    "backup: made": _backup_made,
    "restore": _restore,
    "change passphrase": _change_passphrase,
    "recovery code": _recovery_code,
    "recovery unlock": _recovery_unlock,
    "keyboard shortcuts": lambda o: o.shown(ShortcutsDialog()),
    "about": lambda o: o.shown(AboutDialog()),
    "crash": lambda o: o.shown(CrashDialog("Traceback (most recent call last):\nValueError")),
    "preferences": lambda o: o.shown(
        PreferencesDialog(QSettings(str(o.tmp_path / "p.ini"), QSettings.Format.IniFormat))
    ),
}
