"""``ShareComposerBase``: how the share composer reads a share and shows it.

The reading half of ``ShareComposer`` (which adds what the person changes): the list of
shares, the chosen share read again after every change (``ShareView``) and shown without
losing the chosen part or the cursor, and the calm states when there is nothing to show.
Results that arrive after a lock, or for a share no longer chosen, are dropped; of several
reads of the same share only the last one asked for is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from reflect.core.domain import Changes
from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.shares import ShareSettings, ShareSummary
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import error_text, tell
from reflect.ui.share_composer_layout import EMPTY_SHARE, NO_SHARE_CHOSEN, NO_SHARES, ComposerLayout
from reflect.ui.share_state import ShareView, set_print_options, share_view
from reflect.ui.worker import Fetch, attempt

# Never a share's name: window titles are seen by others.
WINDOW_TITLE = QT_TRANSLATE_NOOP("ShareComposerBase", "Shares — Reflect")


class ShareComposerBase(QMainWindow, ComposerLayout):
    """Reads shares through ``fetch`` and shows them; see the module docstring."""

    def __init__(self, fetch: Fetch, parent: QWidget | None, *, today: Callable[[], date]) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._fetch = fetch
        self._today = today
        self._locks = 0  # results asked for before a lock are dropped
        self._loads = 0  # only the share read asked for last is shown
        self._share_id = 0
        self._wanted_share = 0  # asked for by select_share before the list had it
        self._item_to_select: int | None = None
        self._pending_print: tuple[str, ShareSettings] | None = None
        self.view: ShareView | None = None
        self.setWindowTitle(QCoreApplication.translate("ShareComposerBase", WINDOW_TITLE))
        self.setAccessibleName(QCoreApplication.translate("ShareComposerBase", "Shares"))
        self.resize(1280, 800)

    @property
    def share_id(self) -> int:
        """The share shown (0: none)."""
        return self._share_id

    def refresh(self) -> None:
        """Read the shares again, and the chosen share."""
        self._load_list()
        if self._share_id:
            self._change(None, reload_list=False)

    def select_share(self, share_id: int) -> None:
        """Choose ``share_id`` (once the list has it, if it is being read now)."""
        if self.shares.model.row_of(share_id) is not None:
            self.shares.choose(share_id)
        else:
            self._wanted_share = share_id
            self._load_list()

    def flush(self) -> None:
        """Hand every edit on screen to the journal now."""
        self.editor.flush()
        if self._print_timer.isActive():
            self._print_timer.stop()
            self._save_print_options()

    # --- reading ---------------------------------------------------------------------------

    def _load_list(self) -> None:
        locks = self._locks

        def show(summaries: Sequence[ShareSummary]) -> None:
            if locks != self._locks:
                return
            ids = [summary.id for summary in summaries]
            wanted = (i for i in (self._wanted_share, self._share_id) if i in ids)
            self._wanted_share = 0
            self.shares.set_shares(summaries, next(wanted, ids[0] if ids else 0))
            self._show_state()

        self._fetch(Journal.shares, show)

    def _change(
        self,
        call: Callable[[Journal], object] | None,
        *,
        reload_list: bool = True,
        failed: str = "",
        select_created: bool = False,
    ) -> None:
        """Run ``call`` on the worker (if any), then read the share again and show it."""
        share_id, locks, today = self._share_id, self._locks, self._today()
        self._loads += 1
        load = self._loads

        def work(journal: Journal) -> tuple[object, ShareView | None]:
            return (call(journal) if call else None), share_view(journal, share_id, today)

        def done(result: tuple[object, ShareView | None] | JournalError) -> None:
            if locks != self._locks:
                return
            if isinstance(result, JournalError):
                self._tell_problem(failed, result)
                return
            changes, view = result
            if select_created and isinstance(changes, Changes):
                self._item_to_select = changes.created
            if reload_list:
                self._load_list()
            if share_id == self._share_id and (load == self._loads or self._item_to_select):
                self._show_view(view)

        self._fetch(attempt(work), done)

    def _show_view(self, view: ShareView | None) -> None:
        if view is None:  # deleted meanwhile
            self._load_list()
            return
        self.view = view
        share = view.share
        self.share_name.setText(share.name)
        self.model.set_items(share.items)
        self._select_item()
        self.editor.show_item(self.model.item_at(self.items.currentIndex().row()))
        self.redaction.set_proposals(view.proposals)
        self.preview.set_printed(view.printed)
        self.reading.set_pace(share.settings.words_per_minute, share.settings.slot_seconds)
        self.reading.set_timing(view.timing)
        shown_title, shown = self.print_options.values()
        same = " ".join(shown_title.split()) == share.title and shown == share.settings
        if not same and not self._print_timer.isActive():  # never under the person's typing
            self.print_options.set_values(share.title, share.settings)
        self._show_state()

    def _select_item(self) -> None:
        """Choose the part just made, or the first part if none is chosen yet."""
        wanted, self._item_to_select = self._item_to_select, None
        row = None if wanted is None else self.model.row_of(wanted)
        if row is None and not self.items.currentIndex().isValid() and self.model.rowCount():
            row = 0
        if row is None:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.items.selectionModel().setCurrentIndex(self.model.index(row), flags)
        self.items.scrollTo(self.model.index(row))
        if wanted is not None:  # new words of the person's own: ready to write
            self.editor.show_item(self.model.item_at(row))
            self.tabs.setCurrentIndex(0)
            self.editor.text.setFocus()

    def _show_state(self) -> None:
        """The list of parts, or a calm word about why there is none; actions to match."""
        listed = self.shares.model.rowCount()
        if self.model.rowCount():
            self._parts.setCurrentWidget(self.items)
        else:
            text = EMPTY_SHARE if self._share_id else (NO_SHARE_CHOSEN if listed else NO_SHARES)
            self.empty.setText(QCoreApplication.translate("share_composer_layout", text))
            self._parts.setCurrentWidget(self.empty)
        self.order_hint.setVisible(self.model.rowCount() > 1)
        self._enable_actions()

    def _enable_actions(self) -> None:
        chosen_share = bool(self._share_id)
        row = self.items.currentIndex().row() if self.model.rowCount() else -1
        for key in ("rename_share", "delete_share", "add_words"):
            self.actions_by_key[key].setEnabled(chosen_share)
        for key in ("rehearse", "export_pdf", "export_markdown", "copy_text", "print"):
            self.actions_by_key[key].setEnabled(chosen_share and self.model.rowCount() > 0)
        self.structure_menu.setEnabled(chosen_share)
        self.structure_button.setEnabled(chosen_share)
        self.actions_by_key["move_up"].setEnabled(row > 0)
        self.actions_by_key["move_down"].setEnabled(0 <= row < self.model.rowCount() - 1)
        self.actions_by_key["remove_item"].setEnabled(row >= 0)
        for widget in (self.redaction, self.print_options, self.reading):
            widget.setEnabled(chosen_share)

    def _tell_problem(self, failed: str, error: JournalError) -> None:
        if failed:  # saving as the person types: a quiet line, not a box at every pause
            self.statusBar().showMessage(
                QCoreApplication.translate("ShareComposerBase", "{failed}: {problem}").format(
                    failed=failed, problem=error
                ),
                10_000,
            )
        else:
            title = QCoreApplication.translate("ShareComposerBase", "Shares")
            tell(self, title, error_text(error), warn=True)
        self._change(None)  # show what the journal holds

    # --- choosing ---------------------------------------------------------------------------

    def _on_shares_share_chosen(self, share_id: int) -> None:
        if share_id == self._share_id:
            return
        self.flush()  # the edits belong to the share chosen until now
        self._share_id, self.view, self._item_to_select = share_id, None, None
        self.editor.forget()
        self.model.set_items([])
        self.share_name.setText(self.shares.chosen_name)
        if share_id:
            self._change(None, reload_list=False)
        self._show_state()

    def _on_print_options_changed(self, title: str, settings: ShareSettings) -> None:
        self._pending_print = (title, settings)
        self._print_timer.start()

    def _save_print_options(self) -> None:
        pending, self._pending_print = self._pending_print, None
        share_id = self._share_id
        if pending is not None and share_id:
            title, settings = pending
            self._change(
                lambda journal: set_print_options(journal, share_id, title, settings),
                failed=QCoreApplication.translate(
                    "ShareComposerBase", "Couldn't keep that print setting"
                ),
            )
