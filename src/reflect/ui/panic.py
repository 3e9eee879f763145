"""Lock and Hide (Ctrl+Shift+L): for when someone walks in.

``PanicLock.trigger`` first hides every Reflect window, at once and before anything else
(the main window, Moments, Insights, Shares, the rehearsal, any dialog or question), then
locks as usual: save, forget every view, drop the key. It never asks anything. The unlock
screen then comes back minimized, so nothing is put in front of anyone (in discreet mode
its title is "Notes" like every other window).

If the words on screen can't be saved, nothing typed is lost: the journal stays open with
the words in the editor, every window stays hidden, and a small empty window waits,
minimized, in their place (``WaitingWindow``). When the person brings it back, the main
window returns and the lock goes on the usual way, with the usual question about words
that couldn't be saved.

The shortcut works in every Reflect window: the main window's action has it, and an event
filter on the application catches the key wherever the action's shortcut can't reach
(other windows, and any window while a dialog is open over it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QKeyCombination,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from reflect.ui.panels import bring_to_front

if TYPE_CHECKING:
    from reflect.ui.main_window import MainWindow  # loaded after unlocking, not at start
    from reflect.ui.session import JournalSession

# Ctrl+Shift+L, as the "panic_lock" action in reflect.ui.actions says.
PANIC_KEYS = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_L
)


def save_without_asking(window: MainWindow) -> bool:
    """Save what is on screen and wait for the outcome; whether every word is saved."""
    editor = window.editor
    editor.save_now()
    while editor.saves_in_flight:  # saves take milliseconds; their results come by event
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    return not editor.has_unsaved_changes


class WaitingWindow(QWidget):
    """Stands in, minimized, for Reflect after Lock and Hide couldn't save: it shows
    nothing of the journal; bringing it back (or closing it) brings Reflect back."""

    returned = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("WaitingWindow", "Reflect"))
        self.setAccessibleName(QCoreApplication.translate("WaitingWindow", "Reflect is hidden"))
        label = QLabel(QCoreApplication.translate("WaitingWindow", "Bringing your writing back…"))
        QVBoxLayout(self).addWidget(label)

    def changeEvent(self, event: QEvent) -> None:
        """Restored from minimized (the task bar, a window switcher): Reflect comes back."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isVisible()
            and not self.isMinimized()
        ):
            self.returned.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing it is a way back too: the words are still waiting to be saved."""
        event.ignore()
        self.returned.emit()


class PanicLock(QObject):
    """Hides every window at once, then locks without a question; see the module."""

    def __init__(self, session: JournalSession) -> None:
        super().__init__(session)
        self._running = False
        self.waiting: WaitingWindow | None = None  # only after a save failed
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        session.ended.connect(self._on_session_ended)

    @property
    def _session(self) -> JournalSession:
        # The parent, asked for each time. Kept in an attribute (or in a lambda connected
        # to its signal), it would make a cycle with the session, which keeps its children:
        # a locked session's unlock screen would then stay until the garbage collector ran.
        return cast("JournalSession", self.parent())

    def trigger(self) -> None:
        """Hide everything now, then lock (or, if the journal is locked, stay hidden)."""
        if self._running:
            return
        self._running = True
        try:
            session = self._session
            window = session.window
            open_on_screen = window is not None and window.isVisible()
            locked = self._locked()
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.hide()
            if open_on_screen:
                session.lock(panic=True)
                if not self._locked():
                    self._wait()  # the words on screen couldn't be saved
            elif window is not None and not locked:
                self._wait()  # hidden already, after an earlier Lock and Hide
            elif session.dialog is not None:
                session.dialog.showMinimized()
                if session.worker.busy:  # it is opening the journal: lock it once open
                    session.dialog.accepted.connect(
                        self.trigger, Qt.ConnectionType.SingleShotConnection
                    )
        finally:
            self._running = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Shift+L in any window the main window's shortcut doesn't reach."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == PANIC_KEYS
        ):
            self.trigger()
            return True
        return False

    def _on_session_ended(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _locked(self) -> bool:
        dialog = self._session.dialog
        return dialog is not None and dialog.isVisible()

    def _wait(self) -> None:
        if self.waiting is None:
            self.waiting = WaitingWindow()
            # Queued: the lock may ask a question, never from inside the window's own event.
            self.waiting.returned.connect(
                self._on_waiting_returned, Qt.ConnectionType.QueuedConnection
            )
        self.waiting.showMinimized()

    def _on_waiting_returned(self) -> None:
        waiting, self.waiting = self.waiting, None
        if waiting is not None:
            waiting.hide()
            waiting.deleteLater()
        window = self._session.window
        if window is None:
            return
        window.show()
        bring_to_front(window)
        self._session.lock()  # saves, or asks about the words it couldn't save
        if window.isVisible():  # the person chose to stay with their words
            bring_to_front(window)
