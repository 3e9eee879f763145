"""``ShareMenu``: the main window's Share menu and every "Add to Share…" route into it
(selected words in the editor, moments in the browser, a search result's paragraph), and
the "Never Share" and "shared before" marks on what the window shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from reflect.core.domain import Changes
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource
from reflect.ui.add_to_share import SourcesCall, add_to_share
from reflect.ui.editor_marks import EditorMarks
from reflect.ui.entry_editor import EntryEditor
from reflect.ui.panels import Panel
from reflect.ui.share_composer_windows import SideWindows
from reflect.ui.worker import Fetch


class ShareMenu:
    """Runs the Share menu's actions for ``window``; ``show_panel("shares")`` opens the
    share composer (made the first time)."""

    def __init__(
        self,
        window: QMainWindow,
        fetch: Fetch,
        editor: EntryEditor,
        show_panel: Callable[[str], Panel],
        panels: dict[str, Panel],
        *,
        settings: QSettings | None = None,
    ) -> None:
        self._window = window
        self._settings = settings  # the preferences a new share starts with
        self._fetch = fetch
        self._editor = editor
        self._show_panel = show_panel
        self._panels = panels
        # The people list and the history, opened from this menu as from the composer.
        self._side_windows = SideWindows(
            window,
            fetch,
            settings=None,
            today=date.today,
            people_changed=self._on_people_changed,
            rehearsed=lambda: None,
        )

    def handlers(self, actions: dict[str, QAction]) -> dict[str, Callable[[], object]]:
        """The action handlers, by action key (see ``reflect.ui.actions``); ``actions`` are
        the window's, for the one that shows a state ("Never Share", checked for a marked
        entry)."""
        self.editor_marks = EditorMarks(
            self._window, self._fetch, self._editor, actions["never_share"], self._on_marked
        )
        return {
            "add_to_share": self.add_selection,
            "never_share": self.editor_marks.toggle_entry,
            "shares": lambda: self._show_panel("shares"),
            "people": self._side_windows.show_people,
            "shared_history": self._side_windows.show_history,
        }

    def forget_everything(self) -> None:
        """Close the people list and the history (the journal is locking: they show names
        and what was shared), and let go of the editor's marks."""
        self._side_windows.close_all()
        self.editor_marks.forget()

    def _on_people_changed(self) -> None:
        composer = self._panels.get("shares")
        if composer is not None and composer.isVisible():
            composer.refresh()  # its privacy suggestions follow the people list

    def connect_panel(self, panel: Panel) -> None:
        """Let a panel that gathers passages (the moments browser) send them here, and hear
        when it marks moments "Never Share" or a share leaves the journal (the composer)."""
        requested = getattr(panel, "add_to_share_requested", None)
        if requested is not None:
            requested.connect(lambda ids: self.add_moments(ids, asker=panel))
        marked = getattr(panel, "never_share_changed", None)
        if marked is not None:
            marked.connect(lambda changes: self._on_marked(changes, panel))
        recorded = getattr(getattr(panel, "output", None), "recorded", None)
        if recorded is not None:
            recorded.connect(self._on_shared)

    def _on_marked(self, changes: Changes, source: Panel | None = None) -> None:
        """Words were marked "Never Share" (or unmarked): whatever shows them, again."""
        self._editor.changed_elsewhere(changes)  # the entry list's rows
        if source is not None and self._editor.entry_id in changes.entries:
            self.editor_marks.reload()
        self._refresh_panels(("moments", "shares"), but=source)

    def _on_shared(self) -> None:
        """A share was saved or printed: its passages now carry "shared before" marks."""
        self.editor_marks.reload()
        self._refresh_panels(("moments",))

    def _refresh_panels(self, names: tuple[str, ...], but: Panel | None = None) -> None:
        for name in names:
            panel = self._panels.get(name)
            if panel is not None and panel is not but and panel.isVisible():
                panel.refresh()  # a hidden one reads the journal when it is opened

    def add_selection(self) -> None:
        """Add the words selected in the entry on screen."""
        span, entry_id = self._editor.selected_span(), self._editor.entry_id
        if span is None or entry_id is None:
            if span is None:
                message = QCoreApplication.translate(
                    "ShareMenu", "Select some words in an entry first, then add them to a share."
                )
            else:
                message = QCoreApplication.translate(
                    "ShareMenu", "This entry is still being saved. Please try again in a moment."
                )
            self._window.statusBar().showMessage(message, 6000)
            self._editor.save_now()
            return
        self._editor.save_now()  # the worker stores these words before copying them
        self._add(lambda _: [ExcerptSource(entry_id, *span)])

    def add_moments(self, moment_ids: list[int], asker: object = None) -> None:
        """Add these moments' words, in the order given; ``asker`` is the window that asked
        (the moments browser), where the questions and any refusal appear."""
        self._add(
            lambda journal: journal.moment_sources(moment_ids),
            asker if isinstance(asker, QWidget) else self._window,
        )

    def add_search_match(self, entry_id: int, start: int, end: int) -> None:
        """Add the paragraph where a search result matched."""

        def paragraph(journal: Journal) -> list[ExcerptSource]:
            return [journal.paragraph_source(entry_id, start, end)]

        self._add(paragraph)

    def _add(self, sources: SourcesCall, asker: QWidget | None = None) -> None:
        add_to_share(
            asker or self._window, self._fetch, sources, self._on_added, settings=self._settings
        )

    def _on_added(self, share_id: int, count: int) -> None:
        composer = self._show_panel("shares")
        select = getattr(composer, "select_share", None)
        if select is not None:
            select(share_id)
        if count == 1:
            message = QCoreApplication.translate("ShareMenu", "Added 1 passage to your share.")
        else:
            message = QCoreApplication.translate(
                "ShareMenu", "Added {count} passages to your share."
            ).format(count=count)
        self._window.statusBar().showMessage(message, 6000)
