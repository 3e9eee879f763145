"""``EditorMarks``: the entry on screen's "Never Share" and "shared before" marks, kept in
step with the journal.

"Never Share" is set from the main window's checkable action (the editor's context menu and
the Share menu: the whole entry), from the line above a marked entry (Remove Mark), and
from the moment panel's check box (one moment). Each change saves what is on screen first,
so a new entry or moment has its id by the time the journal marks it. What the journal
says it changed goes to ``on_changed``, for the lists and windows that show the entry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from reflect.core.domain import Changes, Entry
from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.share_review import SharedMark
from reflect.ui.entry_editor import EntryEditor
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.never_share import never_share_icon
from reflect.ui.worker import Fetch, attempt

NOTHING_TO_MARK = QT_TRANSLATE_NOOP(
    "EditorMarks", "Write something first, then you can mark it Never Share."
)


class EditorMarks:
    """Shows and changes the marks of the editor's entry; see the module docstring."""

    def __init__(
        self,
        window: QMainWindow,
        fetch: Fetch,
        editor: EntryEditor,
        action: QAction,
        on_changed: Callable[[Changes], None],
    ) -> None:
        self._window = window
        self._fetch = fetch
        self._editor = editor
        self._action = action
        self._on_changed = on_changed
        self._whole_entry = False  # the entry on screen is marked
        self._moment_ids: frozenset[int] = frozenset()  # its marked moments (stored ids)
        action.setIcon(never_share_icon())
        editor.entry_shown.connect(self._on_editor_entry_shown)
        editor.saved.connect(self._on_editor_saved)
        editor.never_share_line.remove_requested.connect(lambda: self.set_entry(False))
        editor.moment_panel.never_share_toggled.connect(self.set_moment)

    def toggle_entry(self) -> None:
        """The action was triggered: Qt has already checked or unchecked it."""
        self.set_entry(self._action.isChecked())

    def set_entry(self, on: bool) -> None:
        """Mark (or unmark) the whole entry on screen "Never Share"."""
        locate = self._editor.save_and_locate()  # a new entry gets its id from this save

        def mark(journal: Journal) -> tuple[int, Changes] | None:
            entry_id, _ = locate()
            if entry_id is None:
                return None  # nothing written yet: nothing to keep out of a share
            return entry_id, journal.set_entry_never_share(entry_id, on)

        def done(result: tuple[int, Changes] | JournalError | None) -> None:
            if result is None or isinstance(result, JournalError):
                self._say(_nothing_to_mark() if result is None else str(result))
            else:
                entry_id, changes = result
                if entry_id == self._editor.entry_id:
                    self._whole_entry = on
                self._on_changed(changes)
                self._say(
                    QCoreApplication.translate(
                        "EditorMarks", "Marked Never Share: this entry stays out of every share."
                    )
                    if on
                    else QCoreApplication.translate(
                        "EditorMarks", "This entry can go into a share again."
                    )
                )
            self._show()

        self._fetch(attempt(mark), done)

    def set_moment(self, key: int, on: bool) -> None:
        """Mark (or unmark) the moment with editor ``key`` "Never Share"."""
        locate = self._editor.save_and_locate()  # a new moment gets its id from this save

        def mark(journal: Journal) -> tuple[int, frozenset[int], Changes] | None:
            entry_id, moment_ids = locate()
            moment_id = moment_ids.get(key)
            if entry_id is None or moment_id is None:
                return None
            changes = journal.set_moments_never_share([moment_id], on)
            return entry_id, journal.never_share_moment_ids(entry_id), changes

        def done(result: tuple[int, frozenset[int], Changes] | JournalError | None) -> None:
            if result is None or isinstance(result, JournalError):
                self._say(_nothing_to_mark() if result is None else str(result))
            else:
                entry_id, marked, changes = result
                if entry_id == self._editor.entry_id:
                    self._moment_ids = marked
                self._on_changed(changes)
            self._show()

        self._fetch(attempt(mark), done)

    def reload(self) -> None:
        """Read the entry's marks again (a moment was marked elsewhere, or a share saved)."""
        entry_id = self._editor.entry_id
        if entry_id is None:
            return

        def read(journal: Journal) -> tuple[frozenset[int], list[SharedMark]]:
            return journal.never_share_moment_ids(entry_id), journal.shared_marks(entry_id)

        def show(found: tuple[frozenset[int], list[SharedMark]]) -> None:
            if entry_id == self._editor.entry_id:  # not another entry since
                self._moment_ids, marks = found
                self._show()
                self._editor.shared_marks.show_marks(marks, self._editor.text.toPlainText())

        self._fetch(read, show)

    def forget(self) -> None:
        """Let go of the marks (the journal is locking; the editor empties itself)."""
        self._whole_entry, self._moment_ids = False, frozenset()
        self._show()

    # --- slots ---------------------------------------------------------------------------

    def _on_editor_entry_shown(self, entry: Entry | None) -> None:
        self._whole_entry = entry is not None and entry.never_share
        self._moment_ids = frozenset()
        self._editor.shared_marks.clear_marks()
        self._show()
        self.reload()

    def _on_editor_saved(self, _: Changes) -> None:
        self._show()  # a save gives new moments their ids

    # --- helpers -------------------------------------------------------------------------

    def _show(self) -> None:
        editor, marked = self._editor, self._moment_ids
        self._action.setChecked(self._whole_entry)
        editor.never_share_line.show_marked(self._whole_entry)
        editor.moment_panel.set_never_share(
            lambda key: editor.moment_id(key) in marked, self._whole_entry
        )

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)


def _nothing_to_mark() -> str:
    return QCoreApplication.translate("EditorMarks", NOTHING_TO_MARK)
