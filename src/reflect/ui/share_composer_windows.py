"""``SideWindows``: the windows the share composer opens beside itself — the rehearsal, the
people list and "What I've shared" — kept track of so a lock closes them all (each shows
words or names from the journal).

The rehearsal reads the share afresh on the worker (after every edit submitted before)
and remembers how long the person practised. Its type size is a UI preference: the size
the person last chose is where the next rehearsal starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QWidget

from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.share_text import PrintedShare
from reflect.core.shares import Share
from reflect.ui.messages import tell
from reflect.ui.people_dialog import PeopleDialog
from reflect.ui.preferences import IntPreference
from reflect.ui.rehearsal import RehearsalWindow
from reflect.ui.share_state import printed_now
from reflect.ui.shared_history_dialog import SharedHistoryDialog
from reflect.ui.worker import Fetch, attempt

REHEARSAL_FONT_SIZE = IntPreference(
    "sharing/rehearsal_font_size", default=32, minimum=18, maximum=72
)


class SideWindows(QObject):
    """Opens and closes the composer's rehearsal, people list and history windows."""

    def __init__(
        self,
        window: QWidget,
        fetch: Fetch,
        *,
        settings: QSettings | None,
        today: Callable[[], date],
        people_changed: Callable[[], None],
        rehearsed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._fetch = fetch
        self._settings = settings
        self._today = today
        self._people_changed = people_changed
        self._rehearsed = rehearsed
        self._locks = 0
        self.open: list[QWidget] = []

    def close_all(self) -> None:
        """Close every window open beside the composer (the journal is locking)."""
        self._locks += 1
        windows, self.open = self.open, []
        for window in windows:
            window.close()

    @property
    def rehearsal_font_size(self) -> int:
        return 32 if self._settings is None else REHEARSAL_FONT_SIZE.read(self._settings)

    def rehearse(self, share_id: int) -> None:
        """Open the rehearsal over the share as it will be printed."""
        locks, today = self._locks, self._today()

        def start(result: tuple[Share, PrintedShare] | JournalError) -> None:
            if locks != self._locks:
                return
            if isinstance(result, JournalError):
                title = QCoreApplication.translate("SideWindows", "Rehearse")
                tell(self._window, title, str(result), warn=True)
                return
            share, printed = result
            rehearsal = RehearsalWindow(
                printed.paragraphs(),
                words_per_minute=share.settings.words_per_minute,
                slot_seconds=share.settings.slot_seconds,
                font_size=self.rehearsal_font_size,
                title=printed.title,
                parent=self._window,
            )
            rehearsal.rehearsal_finished.connect(
                lambda seconds: self._on_rehearsal_finished(rehearsal, share.id, seconds)
            )
            rehearsal.destroyed.connect(lambda: self._forget(rehearsal))
            self.open.append(rehearsal)
            rehearsal.start()

        self._fetch(attempt(lambda journal: printed_now(journal, share_id, today)), start)

    def show_people(self) -> None:
        alive = [True]
        dialog = PeopleDialog(self._fetch_while(alive), self._window)
        dialog.people_changed.connect(self._people_changed)
        self._show(dialog, alive)

    def show_history(self) -> None:
        alive = [True]
        self._show(SharedHistoryDialog(self._fetch_while(alive), self._window), alive)

    def _fetch_while(self, alive: list[bool]) -> Fetch:
        """``fetch`` for a dialog that is deleted when closed: a result arriving after it
        closed (or after a lock) is dropped instead of reaching a deleted widget."""
        locks = self._locks

        def fetch(call: Callable[[Journal], Any], on_done: Callable[[Any], None]) -> None:
            def deliver(result: Any) -> None:
                if alive[0] and locks == self._locks:
                    on_done(result)

            self._fetch(call, deliver)

        return fetch

    def _show(self, dialog: QWidget, alive: list[bool]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        dialog.destroyed.connect(lambda: alive.__setitem__(0, False))
        self.open.append(dialog)
        dialog.show()

    def _forget(self, window: QWidget) -> None:
        if window in self.open:
            self.open.remove(window)

    def _on_rehearsal_finished(
        self, rehearsal: RehearsalWindow, share_id: int, seconds: int
    ) -> None:
        if self._settings is not None:
            REHEARSAL_FONT_SIZE.write(self._settings, rehearsal.font_size)
        locks = self._locks  # closed by a lock: remembered, but nothing left to refresh

        def recorded(_: object) -> None:
            if locks == self._locks:
                self._rehearsed()

        self._fetch(lambda journal: journal.record_rehearsal(share_id, seconds), recorded)
