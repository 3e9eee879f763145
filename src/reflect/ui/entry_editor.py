"""``EntryEditor``: the title and text of one entry, and its autosave.

Saving is debounced (about a second after typing stops) and immediate when the person
switches entry or closes. Saves go to the journal worker; the editor never waits for one.
A draft remembers whether it still has unsaved words, so nothing typed is dropped while a
save is on its way.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from reflect.core.domain import Changes, Entry
from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.ui.worker import JournalWorker

AUTOSAVE_DELAY_MS = 1000


class _Draft:
    """The entry being edited, as far as saving is concerned.

    ``entry_id`` is set on the worker thread by the save that creates the entry; later
    saves of the same draft run after it (the worker keeps order), so they see the id.
    """

    def __init__(self, entry_id: int | None) -> None:
        self.entry_id = entry_id


class EntryEditor(QWidget):
    """Edits one entry at a time and saves it on its own."""

    saved = Signal(object)  # Changes
    save_failed = Signal(str)
    state_changed = Signal(str)  # "Saved", "Saving…", "Not saved yet"

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._draft = _Draft(entry_id=None)
        self._loading = False
        self._dirty = False  # words on screen that no save has been started for
        self._saves_in_flight = 0
        self._retry: list[tuple[_Draft, str, str]] = []

        self.title = QLineEdit()
        self.title.setPlaceholderText("Title (optional)")
        self.title.setAccessibleName("Entry title")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Entry text")
        self.text.setPlaceholderText("If you'd like, write about your day…")
        self.text.setTabChangesFocus(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self.title.textEdited.connect(self._on_edited)
        self.text.textChanged.connect(self._on_edited)

    @property
    def entry_id(self) -> int | None:
        """The entry on screen; ``None`` for a new one not saved yet."""
        return self._draft.entry_id

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether words on screen are not yet safely in the journal."""
        return self._dirty or self._saves_in_flight > 0 or bool(self._retry)

    def show_entry(self, entry: Entry | None) -> None:
        """Put ``entry`` (or an empty new one) on screen, saving what was there first."""
        self.save_now()
        self._draft = _Draft(entry_id=None if entry is None else entry.id)
        self._loading = True
        try:
            self.title.setText("" if entry is None else entry.title)
            self.text.setPlainText("" if entry is None else entry.text)
        finally:
            self._loading = False
        self.state_changed.emit("Saved" if entry is not None else "New entry")
        self.text.setFocus()

    def save_now(self) -> None:
        """Save what is on screen if it changed, and retry saves that failed before."""
        retry, self._retry = self._retry, []
        for draft, title, text in retry:
            self._save(draft, title, text)
        if self._dirty:
            self._dirty = False
            self._autosave.stop()
            self._save(self._draft, self.title.text(), self.text.toPlainText())

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.state_changed.emit("Not saved yet")
        self._autosave.start()

    def _save(self, draft: _Draft, title: str, text: str) -> None:
        self._saves_in_flight += 1
        self.state_changed.emit("Saving…")

        def work(journal: Journal) -> Changes:
            if draft.entry_id is not None:
                return journal.update_entry(draft.entry_id, title=title, text=text)
            if not title.strip() and not text.strip():
                return Changes()  # nothing worth keeping yet: no empty entries
            changes = journal.add_entry(title=title, text=text)
            draft.entry_id = changes.created
            return changes

        self._worker.submit(
            work,
            on_done=self._on_worker_saved,
            on_error=lambda error: self._on_worker_save_failed(draft, title, text, error),
        )

    def _on_worker_saved(self, changes: Changes) -> None:
        self._saves_in_flight -= 1
        if changes.entries:
            self.saved.emit(changes)
        if not self.has_unsaved_changes:
            self.state_changed.emit("Saved" if self._draft.entry_id is not None else "New entry")

    def _on_worker_save_failed(
        self, draft: _Draft, title: str, text: str, error: JournalError
    ) -> None:
        self._saves_in_flight -= 1
        if draft is self._draft:
            self._dirty = True  # the words are still on screen; try again shortly
            self._autosave.start()
        else:
            self._retry.append((draft, title, text))  # kept until the next save
        self.state_changed.emit("Not saved yet")
        self.save_failed.emit(str(error))
