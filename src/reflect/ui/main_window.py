"""``MainWindow``: the list of entries beside the editor."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflect.core import prompts
from reflect.core.domain import HOPE, STRUGGLE, Changes, Entry
from reflect.core.errors import JournalError
from reflect.core.imports import ImportResult
from reflect.core.journal import Journal
from reflect.core.prompts import Prompt
from reflect.core.searcher import Searcher
from reflect.render.entry_document import PARAGRAPH_STYLES
from reflect.ui.actions import ACTIONS, build_actions, menu_title
from reflect.ui.backup_actions import back_up_now
from reflect.ui.entry_editor import EntryEditor
from reflect.ui.entry_list_model import EntryIdRole, EntryListModel
from reflect.ui.export_dialog import export_journal
from reflect.ui.help_menu import HelpMenu
from reflect.ui.import_dialog import ImportFlow, import_into_journal
from reflect.ui.localized import number
from reflect.ui.mark_as_dialog import ask_for_tag
from reflect.ui.messages import ask_about_unsaved_words, confirm_delete, error_text
from reflect.ui.month_filter import MonthFilter, labelled
from reflect.ui.panels import Panel, bring_to_front, make_panel
from reflect.ui.passphrase_dialogs import change_passphrase, show_new_recovery_code
from reflect.ui.prompt_dialog import PromptDialog
from reflect.ui.qt_parts import name_qt_parts
from reflect.ui.row_heights import follow_text_size
from reflect.ui.search_pane import SearchPane
from reflect.ui.search_service import SearchService
from reflect.ui.share_menu import ShareMenu
from reflect.ui.worker import JournalWorker

WINDOW_TITLE = "Reflect"  # never the entry's title: window titles show up in task bars


class MainWindow(QMainWindow):
    """Lists the journal's entries and edits one of them."""

    lock_requested = Signal()
    panic_requested = Signal()  # Lock and Hide: see reflect.ui.panic
    preferences_requested = Signal()
    restore_requested = Signal()  # the session replaces the journal: see JournalSession
    closed = Signal()

    def __init__(
        self, worker: JournalWorker, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._settings = settings
        self._wanted_entry_id: int | None = None  # the entry last asked for in the list
        # (entry id, cursor) to return to after unlocking: opened when the list arrives, then
        # the cursor is put back when that entry arrives.
        self._place_to_restore: tuple[int, int] | None = None
        self._cursor_to_restore: tuple[int, int] | None = None
        self._generation = 0  # counts locks; see _fetch
        self._deleted: list[Entry] = []  # for Undo Delete, newest last
        self._prompt_dialog: PromptDialog | None = None
        self._span_to_select: tuple[int, int, int] | None = None  # (entry id, start, end)
        self._write_after_opening = False  # focus the text once the span is selected
        self._search_service = SearchService(self)
        self.panels: dict[str, Panel] = {}  # windows over the journal, made when first opened
        self._import_flow: ImportFlow | None = None
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1000, 680)

        self.entry_model = EntryListModel()
        self.entry_list = self._make_entry_list()
        self.editor = EntryEditor(worker)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        list_pane = self._make_list_pane()
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.share_menu = ShareMenu(
            self, self._fetch, self.editor, self._show_panel, self.panels, settings=self._settings
        )
        self.help_menu = HelpMenu(self)
        self.search_pane.add_to_share_requested.connect(self.share_menu.add_search_match)
        self.actions_by_key = self._install_actions()

        self.save_status = QLabel()
        self.save_status.setAccessibleName(QCoreApplication.translate("MainWindow", "Save status"))
        self.word_count = QLabel()
        self.word_count.setAccessibleName(QCoreApplication.translate("MainWindow", "Word count"))
        self.statusBar().addPermanentWidget(self.word_count)
        self.statusBar().addPermanentWidget(self.save_status)

        self.entry_list.selectionModel().currentChanged.connect(self._on_entry_list_current_changed)
        self.entry_model.rows_needed.connect(self._on_entry_model_rows_needed)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.save_failed.connect(self._on_editor_save_failed)
        self.editor.state_changed.connect(self.save_status.setText)
        self.editor.text.textChanged.connect(self._on_editor_text_changed)
        self._restore_geometry()
        name_qt_parts(self)  # the tool bar's and menu bar's "more" arrows, search's Clear

    def _make_list_pane(self) -> QWidget:
        """Search above the month filter and entry list (or the search results)."""
        self.month_filter = MonthFilter()
        self.month_filter.month_changed.connect(self._on_month_filter_month_changed)
        browse = QWidget()
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        browse_layout.addWidget(labelled(self.month_filter))
        browse_layout.addWidget(self.entry_list)
        self.search_pane = SearchPane(self._search_service, browse)
        self.search_pane.open_requested.connect(self._on_search_pane_open_requested)
        self.search_pane.failed.connect(self._show_error)
        self.search_pane.results.activated.connect(self._on_results_activated)
        return self.search_pane

    def _make_entry_list(self) -> QTableView:
        # A one-column table, not a QListView: a list view lays out every row again on any
        # data change (270 ms at 100,000 entries); a table with fixed row heights never does.
        entry_list = QTableView()
        entry_list.setModel(self.entry_model)
        entry_list.setAccessibleName(QCoreApplication.translate("MainWindow", "Entries"))
        entry_list.setAlternatingRowColors(True)
        entry_list.horizontalHeader().hide()
        entry_list.horizontalHeader().setStretchLastSection(True)
        entry_list.verticalHeader().hide()
        rows = entry_list.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        follow_text_size(entry_list, lambda spacing: spacing * 3 + 10)  # date, title, tags
        entry_list.setShowGrid(False)
        entry_list.setWordWrap(False)
        entry_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        entry_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        entry_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        entry_list.setTabKeyNavigation(False)
        entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return entry_list

    def _install_actions(self) -> dict[str, QAction]:
        """Menus and toolbar from the one action table, wired to their handlers."""
        actions = build_actions(self)
        menus: dict[str, QMenu] = {}
        toolbar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Main toolbar"))
        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(menu_title(spec.menu))
            if spec.separator_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(actions[spec.key])
            if spec.toolbar:
                if spec.separator_before:
                    toolbar.addSeparator()
                toolbar.addAction(actions[spec.key])
        text = self.editor.text
        handlers: dict[str, Callable[[], object]] = {
            "new_entry": self._on_new_entry_triggered,
            "new_from_prompt": self._on_new_from_prompt_triggered,
            "delete_entry": self._on_delete_entry_triggered,
            "undo_delete": self._on_undo_delete_triggered,
            "lock": self.lock_requested.emit,
            "panic_lock": self.panic_requested.emit,
            "preferences": self.preferences_requested.emit,
            "find": self._on_find_triggered,
            "quit": self.close,
            "undo": text.undo,
            "redo": text.redo,
            "bold": text.toggle_bold,
            "italic": text.toggle_italic,
            "plain": lambda: text.set_paragraph_style(None),
            "mark_hope": lambda: self._mark(HOPE),
            "mark_struggle": lambda: self._mark(STRUGGLE),
            "mark_as": self._on_mark_as_triggered,
            "browse_moments": lambda: self._show_panel("moments"),
            "insights": lambda: self._show_panel("insights"),
            "look_back": lambda: self._show_panel("look_back"),
            "import": self._on_import_triggered,
            "export": lambda: export_journal(self, self._worker),
            "back_up": lambda: back_up_now(self, self._worker),
            "restore": self.restore_requested.emit,
            "change_passphrase": lambda: change_passphrase(self, self._worker),
            "recovery_code": lambda: show_new_recovery_code(self, self._worker),
        }
        handlers.update(self.share_menu.handlers(actions))
        handlers.update(self.help_menu.handlers())
        for style in PARAGRAPH_STYLES:
            handlers[style] = functools.partial(text.set_paragraph_style, style)
        for key, handler in handlers.items():
            actions[key].triggered.connect(handler)
        actions["undo"].setEnabled(False)
        actions["redo"].setEnabled(False)
        actions["undo_delete"].setEnabled(False)
        text.undoAvailable.connect(actions["undo"].setEnabled)
        text.redoAvailable.connect(actions["redo"].setEnabled)
        shown = ("mark_hope", "mark_struggle", "mark_as", "add_to_share", "never_share")
        text.context_actions = [actions[k] for k in shown]
        return actions

    def load(self, place: tuple[int, int] | None = None) -> None:
        """Fill the list from the journal; open the entry and cursor of ``place``, if given."""
        self._place_to_restore = place
        self.editor.show_entry(None)
        if place is None:
            self._offer_prompt()
        self._refresh_list()
        self._refresh_known_tags()
        generation = self._generation

        def adopt(searcher: Searcher) -> None:
            if generation == self._generation:
                self._search_service.adopt(searcher)
            else:
                searcher.close()  # locked meanwhile: this connection must not stay open

        self._worker.submit(Journal.open_searcher, on_done=adopt, on_error=self._show_error)

    def open_entry_at(self, entry_id: int, start: int, end: int) -> None:
        """Open an entry with ``start``–``end`` (characters of its text) selected."""
        self._place_to_restore = self._cursor_to_restore = None
        self._span_to_select = (entry_id, start, end)
        if entry_id == self.editor.entry_id:
            self._select_span()
        else:
            self._open_entry(entry_id)

    def place(self) -> tuple[int, int] | None:
        """The entry on screen and the cursor in it, to return to after unlocking."""
        entry_id = self.editor.entry_id
        return None if entry_id is None else (entry_id, self.editor.cursor_position)

    def forget_everything(self) -> None:
        """Clear every view of journal content (the journal is being locked)."""
        self._generation += 1  # results already on their way belong to the locked journal
        self._wanted_entry_id = None
        self._place_to_restore = self._cursor_to_restore = None
        self._deleted.clear()
        self.actions_by_key["undo_delete"].setEnabled(False)
        if self._prompt_dialog is not None:
            self._prompt_dialog.reject()  # it may show the person's own prompts
            self._prompt_dialog = None
        self.editor.forget_everything()
        self.entry_model.set_ids([])
        self.month_filter.forget_everything()
        self.search_pane.forget_everything()  # what was searched for is journal content too
        for panel in self.panels.values():
            panel.forget_everything()
            panel.hide()
        self.share_menu.forget_everything()
        self.help_menu.close_all()
        if self._import_flow is not None:
            self._import_flow.abandon()  # it may show what it read from the file
            self._import_flow = None
        self._search_service.close_searcher()
        self._span_to_select = None
        self.word_count.clear()
        self.save_status.setText(QCoreApplication.translate("MainWindow", "Locked"))
        self.statusBar().clearMessage()

    # --- slots ---------------------------------------------------------------------------

    def _on_new_entry_triggered(self) -> None:
        self._wanted_entry_id = None
        self._place_to_restore = self._cursor_to_restore = None  # the person chose where to go
        self.entry_list.selectionModel().clearSelection()
        self.entry_list.setCurrentIndex(QModelIndex())
        self.editor.show_entry(None)
        self._offer_prompt()

    def start_first_entry(self, prompt: Prompt) -> None:
        """First run: the new entry offers ``prompt`` (answered after load's own offer: the
        worker keeps order) and the cursor waits in its text."""
        self._offer_prompt(prompt)
        self.editor.text.setFocus()

    def _offer_prompt(self, first: Prompt | None = None) -> None:
        """A gentle suggestion above an empty new entry (today's, then others on request)."""

        def offer(own: list[Prompt]) -> None:
            if self.editor.entry_id is None and self.editor.is_blank:
                every = [p for theme in prompts.library() for p in theme.prompts] + own
                today = first or prompts.suggestion_for(date.today(), tuple(own))
                self.editor.prompt_banner.show_suggestion(today, every)

        self._fetch(Journal.user_prompts, offer)

    def _on_new_from_prompt_triggered(self) -> None:
        dialog = PromptDialog(self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prompt_chosen.connect(self._on_prompt_dialog_prompt_chosen)
        dialog.finished.connect(self._on_prompt_dialog_finished)
        self._prompt_dialog = dialog
        dialog.open()

    def _on_prompt_dialog_finished(self) -> None:
        self._prompt_dialog = None  # it deletes itself on close

    def _on_prompt_dialog_prompt_chosen(self, prompt: Prompt) -> None:
        self._on_new_entry_triggered()
        self.editor.start_from_prompt(prompt.text)

    def _mark(self, kind: str) -> None:
        if self.editor.text.mark(kind) is None:
            message = QCoreApplication.translate(
                "MainWindow", "Select some words first, then mark them."
            )
            self.statusBar().showMessage(message, 6000)

    def _on_mark_as_triggered(self) -> None:
        if not self.editor.text.textCursor().hasSelection():
            self._mark("")  # says what to do first
            return
        tag = ask_for_tag(self, self.editor.details.known_tags())
        if tag is not None:
            self._mark(tag)

    def _on_delete_entry_triggered(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            message = QCoreApplication.translate(
                "MainWindow", "This entry isn't saved yet, so there is nothing to delete."
            )
            self.statusBar().showMessage(message, 6000)
            return
        if not confirm_delete(self, WINDOW_TITLE):
            return
        self.editor.save_now()  # the worker runs this save before the delete

        def delete(journal: Journal) -> tuple[Entry, Changes]:
            entry = journal.get_entry(entry_id)
            return entry, journal.delete_entry(entry_id)

        self._fetch(delete, self._on_worker_entry_deleted)

    def _on_worker_entry_deleted(self, result: tuple[Entry, Changes]) -> None:
        entry, changes = result
        self._deleted.append(entry)  # in memory only, until lock or close
        self.actions_by_key["undo_delete"].setEnabled(True)
        if self.editor.entry_id == entry.id:
            self.editor.forget_entry()
            self._on_new_entry_triggered()
        self._on_editor_saved(changes)
        message = QCoreApplication.translate(
            "MainWindow", "Entry deleted. File → Undo Delete brings it back."
        )
        self.statusBar().showMessage(message, 10_000)

    def _on_undo_delete_triggered(self) -> None:
        if not self._deleted:
            return
        entry = self._deleted.pop()
        self.actions_by_key["undo_delete"].setEnabled(bool(self._deleted))

        def restore(journal: Journal) -> Changes:
            return journal.restore_entry(entry)

        self._fetch(restore, self._on_worker_entry_restored)

    def _on_worker_entry_restored(self, changes: Changes) -> None:
        if changes.created is not None:
            self._place_to_restore = (changes.created, 0)  # open it when the list is back
        self._on_editor_saved(changes)

    def _on_entry_list_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        entry_id = current.data(EntryIdRole) if current.isValid() else None
        if entry_id is not None and entry_id != self._wanted_entry_id:
            self._place_to_restore = self._cursor_to_restore = None  # the person chose where to go
            self._open_entry(entry_id)

    def _open_entry(self, entry_id: int) -> None:
        self._wanted_entry_id = entry_id
        self.editor.save_now()
        self._fetch(lambda journal: journal.get_entry(entry_id), self._on_worker_entry_loaded)

    def _on_worker_entry_loaded(self, entry: Entry) -> None:
        if entry.id != self._wanted_entry_id:
            return  # another entry was chosen meanwhile
        browsing = self.focusWidget()  # moving through a list by keys stays in the list
        self.editor.show_entry(entry)
        if browsing in (self.entry_list, self.search_pane.results):
            browsing.setFocus()
        self._select_row_of(entry.id)
        cursor, self._cursor_to_restore = self._cursor_to_restore, None
        if cursor is not None and cursor[0] == entry.id:
            self.editor.set_cursor_position(cursor[1])
        self._select_span()

    def _select_span(self) -> None:
        span, self._span_to_select = self._span_to_select, None
        if span is not None and span[0] == self.editor.entry_id:
            self.editor.select_span(span[1], span[2])
            if self._write_after_opening:
                self.editor.text.setFocus()
        self._write_after_opening = False

    def _on_results_activated(self) -> None:
        self._write_after_opening = True  # Enter or a double-click: go and write there

    def _on_search_pane_open_requested(self, entry_id: int, start: int, end: int) -> None:
        self.open_entry_at(entry_id, start, end)

    def _on_import_triggered(self) -> None:
        self._import_flow = import_into_journal(self, self._worker, self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        self._on_editor_saved(result.changes)

    def _show_panel(self, name: str) -> Panel:
        """Open (making it the first time) the moments browser, insights, look back or the
        share composer."""
        panel = self.panels.get(name)
        if panel is None:
            panel = self.panels[name] = make_panel(name, self._fetch, self, self._settings)
            opener = getattr(panel, "open_requested", None)
            if opener is not None:
                opener.connect(self._on_panel_open_requested)
            self.share_menu.connect_panel(panel)
        panel.refresh()
        panel.show()
        bring_to_front(panel)
        return panel

    def _on_panel_open_requested(self, entry_id: int, start: int, end: int) -> None:
        self._write_after_opening = True
        self.open_entry_at(entry_id, start, end)
        bring_to_front(self)

    def _on_entry_model_rows_needed(self, entry_ids: list[int]) -> None:
        self._fetch(lambda journal: journal.summaries(entry_ids), self.entry_model.add_summaries)

    def _on_editor_saved(self, changes: Changes) -> None:
        self.entry_model.forget(changes.entries | changes.deleted)
        if changes.created is not None or changes.deleted:
            self._refresh_list()
            self.search_pane.refresh()
        if changes.created is not None or changes.deleted or changes.tags or changes.moment_ids:
            for panel in self.panels.values():
                if panel.isVisible():  # a hidden one reads the journal when it is opened
                    panel.refresh()
        if changes.tags or changes.moment_ids:  # a moment may bring a kind of its own
            self._refresh_known_tags()

    def _on_editor_save_failed(self, message: str) -> None:
        shown = QCoreApplication.translate("MainWindow", "Couldn't save yet: {reason}")
        self.statusBar().showMessage(shown.format(reason=message), 10_000)

    def _on_editor_text_changed(self) -> None:
        words = len(self.editor.text.toPlainText().split())
        one = QCoreApplication.translate("MainWindow", "1 word")  # see reflect.ui.localized
        many = QCoreApplication.translate("MainWindow", "{count} words")
        self.word_count.setText(one if words == 1 else many.format(count=number(words)))

    # --- helpers -------------------------------------------------------------------------

    def _refresh_list(self) -> None:
        month = self.month_filter.month()
        self._fetch(lambda journal: journal.entry_ids(month), self._on_worker_ids_loaded)
        self._fetch(Journal.entry_months, self.month_filter.set_months)

    def _on_find_triggered(self) -> None:
        self.search_pane.focus_search()

    def _on_month_filter_month_changed(self, _: object) -> None:
        self._refresh_list()

    def _refresh_known_tags(self) -> None:
        def offer(tags: list[str]) -> None:
            self.editor.details.set_known_tags(tags)
            self.search_pane.set_tags(tags)

        self._fetch(Journal.tags, offer)
        self._fetch(Journal.moment_kinds, self.search_pane.set_kinds)

    def _fetch(self, call: Callable[[Journal], Any], on_done: Callable[[Any], None]) -> None:
        """Read from the journal on the worker; a result that arrives after a lock is dropped."""
        generation = self._generation

        def deliver(result: Any) -> None:
            if generation == self._generation:
                on_done(result)

        def report(error: JournalError) -> None:
            if generation == self._generation:
                self._show_error(error)

        self._worker.submit(call, on_done=deliver, on_error=report)

    def _on_worker_ids_loaded(self, entry_ids: list[int]) -> None:
        self.entry_model.set_ids(entry_ids)
        self._wanted_entry_id = self.editor.entry_id
        self._select_row_of(self.editor.entry_id)
        place, self._place_to_restore = self._place_to_restore, None  # used once
        if place is not None:
            self._cursor_to_restore = place
            self._open_entry(place[0])

    def _select_row_of(self, entry_id: int | None) -> None:
        """Highlight the entry's row without opening it again."""
        row = None if entry_id is None else self.entry_model.row_of(entry_id)
        if row is None:
            return
        selection = self.entry_list.selectionModel()
        selection.blockSignals(True)
        try:
            selection.setCurrentIndex(
                self.entry_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            selection.blockSignals(False)
        self.entry_list.viewport().update()

    def _show_error(self, error: JournalError) -> None:
        self.statusBar().showMessage(error_text(error), 15_000)

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self._settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([300, 700])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is on screen and lock; never close over words that failed to save."""
        if not self.finish_saving():
            event.ignore()
            return
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._search_service.shutdown()
        self._worker.shutdown()
        event.accept()
        self.closed.emit()

    def finish_saving(self) -> bool:
        """Save everything and wait for the outcome; ``False`` if the person chose to stay."""
        while True:
            self.editor.save_now()
            while self.editor.saves_in_flight:  # saves take milliseconds; results come by event
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
            if not self.editor.has_unsaved_changes:
                return True
            choice = ask_about_unsaved_words(self, WINDOW_TITLE, self.editor.last_error)
            if choice != "retry":
                return choice == "discard"
