"""``ShareComposer``: the "Shares" window, where a person prepares what they will read aloud.

Left, their shares; in the middle, the chosen share's parts in order (excerpts from the
journal and their own words), arranged by drag and drop or Alt+Up/Down; on the right, in
tabs, the chosen part's words and private note, the privacy suggestions, a preview of
exactly what will be printed, and the print settings; below, how long it takes to read
aloud against the time there is (``share_composer_layout``).

Everything is read and written through ``fetch`` (the journal's worker). After each
change the share is read again (``ShareView``) and the views are brought up to date
without losing the chosen part or the cursor. Edits are saved after a short pause, and at
once before anything else happens to the share, when the window closes, before the main
window closes, and when the journal locks (``forget_everything``): no keystroke is lost.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from reflect.core.domain import Changes
from reflect.core.journal import Journal
from reflect.core.shares import ExportFormat, RedactionDecision, ShareSettings
from reflect.ui.qt_parts import name_qt_parts
from reflect.ui.share_composer_actions import STRUCTURE_HEADINGS, structure_heading
from reflect.ui.share_composer_base import WINDOW_TITLE, ShareComposerBase
from reflect.ui.share_composer_layout import ALL_THREE
from reflect.ui.share_composer_windows import SideWindows
from reflect.ui.share_naming import ShareNaming, ask_to_remove
from reflect.ui.share_output import AskSavePath, ShareOutput, ask_with_file_dialog
from reflect.ui.share_state import add_decision, set_pace
from reflect.ui.worker import Fetch

__all__ = ["WINDOW_TITLE", "ShareComposer"]


class ShareComposer(ShareComposerBase):
    """The Shares window; ``refresh`` (re)loads it, ``forget_everything`` clears it on lock."""

    open_requested = Signal(int, int, int)  # entry id, start, end of an excerpt's words

    def __init__(
        self,
        fetch: Fetch,
        parent: QWidget | None = None,
        *,
        ask_save_path: AskSavePath = ask_with_file_dialog,
        today: Callable[[], date] = date.today,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(fetch, parent, today=today)
        self.output = ShareOutput(self, fetch, ask_save_path=ask_save_path, today=today)
        self.naming = ShareNaming(self, fetch, settings)
        self.windows = SideWindows(
            self,
            fetch,
            settings=settings,
            today=today,
            people_changed=self._on_people_changed,
            rehearsed=self._on_output_recorded,
        )
        self.build(self)
        name_qt_parts(self)
        self._connect()
        if parent is not None:
            parent.installEventFilter(self)  # to save before the main window closes
        self._show_state()

    # --- what the main window and the Share menu call --------------------------------------

    def forget_everything(self) -> None:
        """Save what is being typed, then clear every view of journal text (lock)."""
        self.flush()  # submitted before the lock, so done before it
        self._locks += 1
        self.output.forget()
        self.windows.close_all()
        for dialog in self.findChildren(QDialog):  # questions, messages naming a file
            dialog.close()
        self._share_id = self._wanted_share = 0
        self._item_to_select, self.view = None, None
        self.editor.forget()
        self.model.set_items([])
        self.shares.set_shares([], 0)
        self.redaction.set_proposals([])
        self.preview.clear()
        self.print_options.set_values("", ShareSettings())
        self.share_name.clear()
        self.statusBar().clearMessage()
        self._show_state()

    # --- the person's changes --------------------------------------------------------------

    def _on_items_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        self.editor.show_item(self.model.item_at(current.row()))  # saves the one left first
        self._enable_actions()

    def _on_editor_save_requested(self, item_id: int, text: str, note: str) -> None:
        self._change(
            lambda journal: journal.update_item(item_id, text=text, note=note),
            failed=QCoreApplication.translate("ShareComposer", "Couldn't save that change yet"),
        )

    def _on_model_item_moved(self, item_id: int, position: int) -> None:
        self._change(lambda journal: journal.move_item(item_id, position))
        self._enable_actions()

    def _move_chosen(self, step: int) -> None:
        row = self.items.currentIndex().row()
        if row >= 0 and 0 <= row + step < self.model.rowCount():
            self.model.moveRows(
                QModelIndex(), row, 1, QModelIndex(), row + max(step, 0) * 2 + min(step, 0)
            )
            self.items.scrollTo(self.items.currentIndex())

    def add_own_words(self, texts: Sequence[str] = ("",)) -> None:
        """Add connecting texts after the chosen part (at the end if none is chosen)."""
        share_id = self._share_id
        if not share_id:
            return
        self.flush()
        row = self.items.currentIndex().row()
        place = row + 1 if row >= 0 else self.model.rowCount()

        def add(journal: Journal) -> Changes:
            made = [
                journal.add_text(share_id, text, position=place + n) for n, text in enumerate(texts)
            ]
            return made[0]

        self._change(add, select_created=True)

    def _remove_chosen(self) -> None:
        item = self.model.item_at(self.items.currentIndex().row())
        if item is None:
            return
        self.flush()

        def remove() -> None:
            self._change(lambda journal: journal.remove_item(item.id))
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "ShareComposer", "Removed from this share. Your journal is unchanged."
                ),
                6000,
            )

        if (not item.is_excerpt and item.text.strip()) or item.note.strip():
            ask_to_remove(self, item, remove)
        else:
            remove()

    def _on_reading_pace_changed(self, words_per_minute: int, slot: int) -> None:
        share_id = self._share_id
        if share_id:
            self._change(lambda journal: set_pace(journal, share_id, words_per_minute, slot))

    def _on_redaction_decision_made(self, decision: RedactionDecision) -> None:
        share_id = self._share_id
        if share_id:
            self._change(lambda journal: add_decision(journal, share_id, decision))

    # --- the share as a whole ----------------------------------------------------------------

    def _on_naming_made(self, share_id: int) -> None:
        self.select_share(share_id)

    def _on_naming_deleted(self, name: str) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "ShareComposer", "Deleted “{name}”. Your journal is unchanged."
            ).format(name=name),
            6000,
        )
        self._load_list()

    def _delete_chosen(self) -> None:
        if self._share_id:
            self.flush()
            self.naming.delete(self._share_id, self.shares.chosen_name)

    def _rename_chosen(self) -> None:
        if self._share_id:
            self.naming.rename(self._share_id, self.shares.chosen_name)

    def _export(self, fmt: ExportFormat) -> None:
        if self.view is not None:
            self.flush()  # the export reads the share after these edits are stored
            self.output.export(self.view.share, fmt)

    def _on_output_recorded(self) -> None:
        if self._share_id:
            self._change(None)

    def _on_people_changed(self) -> None:
        if self._share_id:  # new names to protect, or an alias changed
            self._change(None, reload_list=False)

    # --- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "new_share": self.naming.new_share,
            "rename_share": self._rename_chosen,
            "delete_share": self._delete_chosen,
            "rehearse": lambda: self._with_flush(self.windows.rehearse),
            "export_pdf": lambda: self._export(ExportFormat.PDF),
            "export_markdown": lambda: self._export(ExportFormat.MARKDOWN),
            "copy_text": lambda: self._with_flush(self.output.copy_as_text),
            "print": lambda: self._with_flush(self.output.print_share),
            "shared_history": self.windows.show_history,
            "close": self.close,
            "add_words": functools.partial(self.add_own_words, ("",)),  # not triggered's bool
            "move_up": lambda: self._move_chosen(-1),
            "move_down": lambda: self._move_chosen(+1),
            "remove_item": self._remove_chosen,
        }
        for key, handler in handlers.items():
            self.actions_by_key[key].triggered.connect(handler)
        for words, action in self.structure_actions.items():
            texts = STRUCTURE_HEADINGS if words == ALL_THREE else (words,)
            shown = tuple(structure_heading(text) for text in texts)  # written in the share
            action.triggered.connect(lambda _=False, t=shown: self.add_own_words(t))
        pane = self.shares
        pane.share_chosen.connect(self._on_shares_share_chosen)
        pane.new_button.clicked.connect(self.naming.new_share)
        pane.rename_button.clicked.connect(self._rename_chosen)
        pane.delete_button.clicked.connect(self._delete_chosen)
        pane.history_button.clicked.connect(self.windows.show_history)
        self.items.selectionModel().currentChanged.connect(self._on_items_current_changed)
        self.model.item_moved.connect(self._on_model_item_moved)
        self.editor.save_requested.connect(self._on_editor_save_requested)
        self.editor.open_requested.connect(self.open_requested)
        self.redaction.decision_made.connect(self._on_redaction_decision_made)
        self.redaction.people_requested.connect(self.windows.show_people)
        self.print_options.changed.connect(self._on_print_options_changed)
        self._print_timer.timeout.connect(self._save_print_options)
        self.reading.pace_changed.connect(self._on_reading_pace_changed)
        self.output.recorded.connect(self._on_output_recorded)
        self.naming.made.connect(self._on_naming_made)
        self.naming.renamed.connect(self.refresh)
        self.naming.deleted.connect(self._on_naming_deleted)
        self.output.status.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _with_flush(self, then: Callable[[int], None]) -> None:
        if self._share_id:
            self.flush()
            then(self._share_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        self.flush()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.flush()  # before the main window stops the worker
        return super().eventFilter(watched, event)
