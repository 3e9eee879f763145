"""``EntryEditor``: the title and text of one entry, and its autosave.

Saving is debounced (about a second after typing stops) and immediate when the person
switches entry or closes. Saves go to the journal worker; the editor never waits for one.
Words whose save failed are kept (per entry) and saved again with the next save; opening
that entry again shows them, not the older saved text. Nothing typed is dropped quietly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from reflect.core.domain import MAX_TITLE_LENGTH, Changes, Entry, MomentDraft
from reflect.core.errors import InvalidInput, JournalError
from reflect.core.journal import Journal
from reflect.render.entry_document import Utf16Offsets
from reflect.ui.entry_details import Details, EntryDetails
from reflect.ui.entry_text_edit import EntryTextEdit, MarkedMoment, Snapshot
from reflect.ui.messages import error_text
from reflect.ui.moment_panel import MomentPanel
from reflect.ui.never_share import NeverShareLine
from reflect.ui.prompt_banner import PromptBanner
from reflect.ui.shared_marks import SharedMarksStrip
from reflect.ui.worker import JournalWorker

AUTOSAVE_DELAY_MS = 1000


@dataclass(frozen=True)
class _Fields:
    """Everything a save writes: the title, the words (with formatting and moments), details."""

    title: str
    words: Snapshot  # read on the worker: see Snapshot
    details: Details


class _Draft:
    """The entry being edited, as far as saving is concerned.

    ``entry_id`` is set on the worker thread by the save that creates the entry, and
    ``moment_ids`` (editor key → stored id) by every save; later saves of the same draft run
    after it (the worker keeps order), so they see both.
    """

    def __init__(self, entry_id: int | None, moment_ids: dict[int, int] | None = None) -> None:
        self.entry_id = entry_id
        self.moment_ids = moment_ids or {}

    def moment_drafts(self, moments: tuple[MarkedMoment, ...]) -> list[MomentDraft]:
        """The moments of a save, with the ids earlier saves gave them."""
        return [
            MomentDraft(self.moment_ids.get(m.key), m.start, m.end, m.kind, m.note) for m in moments
        ]

    def remember_ids(self, moments: tuple[MarkedMoment, ...], ids: tuple[int, ...]) -> None:
        """Ids the journal gave this save's moments (one removed since has none now)."""
        self.moment_ids = {m.key: moment_id for m, moment_id in zip(moments, ids, strict=True)}


def plain_text(editor: EntryTextEdit) -> str:
    """The entry's text exactly as typed (for tests and the word count)."""
    return editor.content().text


class EntryEditor(QWidget):
    """Edits one entry at a time and saves it on its own."""

    saved = Signal(object)  # Changes
    save_failed = Signal(str)
    state_changed = Signal(str)  # "Saved", "Saving…", "Not saved yet", "New entry"
    entry_shown = Signal(object)  # the Entry put on screen, or None for a new one

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._draft = _Draft(entry_id=None)
        self._loading = False
        self._dirty = False  # words on screen that no save has been started for
        self._saves_in_flight = 0
        # Words whose save failed, by draft, newest only; saved again with the next save.
        self._unsaved: dict[_Draft, _Fields] = {}
        self.last_error: JournalError | None = None

        self.title = QLineEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("EntryEditor", "Title (optional)"))
        self.title.setAccessibleName(QCoreApplication.translate("EntryEditor", "Entry title"))
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.text = EntryTextEdit()
        self.text.setAccessibleName(QCoreApplication.translate("EntryEditor", "Entry text"))
        self.text.setPlaceholderText(
            QCoreApplication.translate("EntryEditor", "If you'd like, write about your day…")
        )
        self.moment_panel = MomentPanel(self.text)
        self.prompt_banner = PromptBanner()
        self.prompt_banner.prompt_chosen.connect(lambda prompt: self.start_from_prompt(prompt.text))
        self.details = EntryDetails()
        # Marks beside the text, never in it: the document's formats are what a save stores.
        self.never_share_line = NeverShareLine()
        self.shared_marks = SharedMarksStrip()
        self.shared_marks.show_requested.connect(self.select_span)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.never_share_line)
        layout.addWidget(self.prompt_banner)
        layout.addWidget(self.text)
        layout.addWidget(self.moment_panel)
        layout.addWidget(self.shared_marks)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self.title.textEdited.connect(self._on_edited)
        self.text.textChanged.connect(self._on_edited)
        self.text.moments_edited.connect(self._on_edited)
        self.details.edited.connect(self._on_edited)

    @property
    def entry_id(self) -> int | None:
        """The entry on screen; ``None`` for a new one not saved yet."""
        return self._draft.entry_id

    @property
    def saves_in_flight(self) -> int:
        """Saves handed to the worker whose outcome hasn't come back yet."""
        return self._saves_in_flight

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether some words are not yet safely in the journal."""
        return self._dirty or self._saves_in_flight > 0 or bool(self._unsaved)

    def show_entry(self, entry: Entry | None) -> None:
        """Put ``entry`` (or an empty new one) on screen, saving what was there first.

        If earlier words of this entry could not be saved, they are shown instead of the
        older saved text, and saved again.
        """
        self.prompt_banner.hide()  # offered again by the window for an empty new entry
        # Taken before save_now(), which would hand them to the worker and forget them.
        pending = None if entry is None else self._take_unsaved(entry.id)
        self.save_now()
        self._loading = True
        try:
            if pending is not None:
                old_draft, fields = pending
                content, marked = fields.words.read()
                self.title.setText(fields.title)
                keys = self.text.load(content.text, content.formatting, marked)
                self._draft = _Draft(
                    old_draft.entry_id,
                    {
                        key: old_draft.moment_ids[m.key]
                        for key, m in zip(keys, marked, strict=True)
                        if m.key in old_draft.moment_ids
                    },
                )
            else:
                self.title.setText("" if entry is None else entry.title)
                text, formatting = ("", ()) if entry is None else (entry.text, entry.formatting)
                moments = () if entry is None else entry.moments
                keys = self.text.load(text, formatting, moments)
                ids = {key: m.id for key, m in zip(keys, moments, strict=True)}
                self._draft = _Draft(None if entry is None else entry.id, ids)
            self.details.show_entry(entry)
            if pending is not None:
                self.details.show_details(pending[1].details)
        finally:
            self._loading = False
        if pending is not None:
            self._on_edited()
        else:
            self._emit_saved_state(entry is not None)
        self.text.setFocus()
        self.entry_shown.emit(entry)

    @property
    def is_blank(self) -> bool:
        """Whether nothing at all has been written on screen."""
        return not self.title.text() and self.text.document().isEmpty()

    def start_from_prompt(self, prompt_text: str) -> None:
        """Put a prompt in the title of the (new, empty) entry and go to the text: a library
        prompt in the words the person saw it in (context "prompts"), their own as it is."""
        self.prompt_banner.hide()
        shown = QCoreApplication.translate("prompts", prompt_text)
        self.title.setText(shown)  # saved with the first words, not before
        self.text.setFocus()

    def forget_entry(self) -> None:
        """Let go of the entry on screen without saving it (it was just deleted)."""
        self._autosave.stop()
        self._dirty = False
        for draft in [d for d in self._unsaved if d is self._draft]:
            del self._unsaved[draft]
        self._draft = _Draft(entry_id=None)

    def forget_everything(self) -> None:
        """Empty the editor, its undo history and any words kept for a retry (on lock)."""
        self._autosave.stop()
        self._dirty = False
        self._unsaved.clear()
        self._draft = _Draft(entry_id=None)
        self._loading = True
        try:
            self.title.setText("")  # also clears the line edit's undo history
            self.text.clear_everything()
            self.prompt_banner.forget_everything()
            self.details.forget_everything()
            self.never_share_line.show_marked(False)
            self.shared_marks.clear_marks()
        finally:
            self._loading = False
        self.last_error = None

    @property
    def cursor_position(self) -> int:
        """Where the text cursor is (to come back to the same place after unlocking)."""
        return self.text.textCursor().position()

    def set_cursor_position(self, position: int) -> None:
        """Put the text cursor at ``position`` (clamped to the text)."""
        cursor = self.text.textCursor()
        cursor.setPosition(max(0, min(position, self.text.document().characterCount() - 1)))
        self.text.setTextCursor(cursor)

    def select_span(self, start: int, end: int) -> None:
        """Select characters ``start``–``end`` of the text (a search match) and show them."""
        text = self.text.toPlainText()
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        positions = Utf16Offsets(text)
        cursor = self.text.textCursor()
        cursor.setPosition(positions.to_position(start))
        cursor.setPosition(positions.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int] | None:
        """The selected words as characters ``start``–``end`` of the text, or ``None``."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or not cursor.selectedText().strip():
            return None
        positions = Utf16Offsets(self.text.toPlainText())
        return (
            positions.to_offset(cursor.selectionStart()),
            positions.to_offset(cursor.selectionEnd()),
        )

    def save_and_locate(self) -> Callable[[], tuple[int | None, dict[int, int]]]:
        """Save what is on screen now; returns a function to run on the journal worker
        after that save: the entry's id (``None`` if nothing was worth saving) and its
        moments' stored ids by editor key. (A new entry or moment has its id only once the
        save has run; the worker runs work in order, so this sees it.)"""
        draft = self._draft
        self.save_now()
        return lambda: (draft.entry_id, dict(draft.moment_ids))

    def moment_id(self, key: int) -> int | None:
        """The stored id of the moment with editor ``key``, once a save has given it one."""
        return self._draft.moment_ids.get(key)

    def changed_elsewhere(self, changes: Changes) -> None:
        """The journal changed this entry outside a save (its "Never Share" mark): the
        window hears of it as it hears of a save, and refreshes what shows the entry."""
        if changes.entries:
            self.saved.emit(changes)

    def save_now(self) -> None:
        """Save what is on screen if it changed, and words whose save failed before."""
        for draft, fields in list(self._unsaved.items()):
            del self._unsaved[draft]
            self._save(draft, fields)
        if self._dirty:
            self._dirty = False
            self._autosave.stop()
            fields = _Fields(
                self.title.text(),
                self.text.snapshot(self._worker.journal_thread),
                self.details.details(),
            )
            self._save(self._draft, fields)

    def _take_unsaved(self, entry_id: int | None) -> tuple[_Draft, _Fields] | None:
        if entry_id is None:
            return None
        for draft in list(self._unsaved):
            if draft.entry_id == entry_id:
                return draft, self._unsaved.pop(draft)
        return None

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.prompt_banner.hide()  # writing has begun; the suggestion stepped aside
        self._dirty = True
        self.state_changed.emit(QCoreApplication.translate("EntryEditor", "Not saved yet"))
        self._autosave.start()

    def _emit_saved_state(self, stored: bool) -> None:
        """Say "Saved", or "New entry" for one that holds nothing worth keeping yet."""
        if stored:
            self.state_changed.emit(QCoreApplication.translate("EntryEditor", "Saved"))
        else:
            self.state_changed.emit(QCoreApplication.translate("EntryEditor", "New entry"))

    def _save(self, draft: _Draft, fields: _Fields) -> None:
        self._saves_in_flight += 1
        self.state_changed.emit(QCoreApplication.translate("EntryEditor", "Saving…"))
        details = fields.details

        def work(journal: Journal) -> Changes:
            content, marked = fields.words.read()
            text, formatting = content.text, tuple(content.formatting)
            if draft.entry_id is None and not fields.title.strip() and not text.strip():
                return Changes()  # nothing worth keeping yet: no empty entries
            words: dict[str, Any] = {
                "title": fields.title,
                "text": text,
                "created": details.created,
                "tags": details.tags,
                "mood": details.mood,
                "formatting": formatting,
                "moments": draft.moment_drafts(marked),
            }
            if draft.entry_id is not None:
                changes = journal.update_entry(draft.entry_id, **words)
            else:
                changes = journal.add_entry(**words)
                draft.entry_id = changes.created
            draft.remember_ids(marked, changes.moment_ids)
            return changes

        self._worker.submit(
            work,
            on_done=lambda changes: self._on_worker_saved(draft, changes),
            on_error=lambda error: self._on_worker_save_failed(draft, fields, error),
        )

    def _on_worker_saved(self, draft: _Draft, changes: Changes) -> None:
        self._saves_in_flight -= 1
        # A newer save of the same entry succeeded: older failed words must not replay.
        for other in list(self._unsaved):
            if other is draft or (other.entry_id is not None and other.entry_id == draft.entry_id):
                del self._unsaved[other]
        if changes.entries:
            self.saved.emit(changes)
        if not self.has_unsaved_changes:
            self.last_error = None
            self._emit_saved_state(self._draft.entry_id is not None)

    def _on_worker_save_failed(self, draft: _Draft, fields: _Fields, error: JournalError) -> None:
        self._saves_in_flight -= 1
        self.last_error = error
        if draft is self._draft:
            self._dirty = True  # the words are still on screen
            if not isinstance(error, InvalidInput):
                self._autosave.start()  # a passing problem (busy, disk): try again shortly
        else:
            self._unsaved[draft] = fields
        self.state_changed.emit(QCoreApplication.translate("EntryEditor", "Not saved yet"))
        self.save_failed.emit(error_text(error))
