"""``JournalSession``: the app's flow between the unlock screen and the main window.

Unlock → main window. Lock (the action, or auto-lock after idle minutes) → save, clear
every view, drop the key, show only the unlock screen → unlock → back to the same entry and
cursor. Closing the window ends the session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from reflect.ui.apply_preferences import apply_preferences
from reflect.ui.clipboard_guard import ClipboardGuard
from reflect.ui.idle import IdleTimer
from reflect.ui.panic import PanicLock, save_without_asking
from reflect.ui.preferences import AUTO_LOCK_MINUTES, BACKUP_COUNT
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker

# The unlock screen must paint fast (≤ 250 ms from a cold start): the main window, its
# panels and what only they use are imported once the person has unlocked (PLC0415 below).
if TYPE_CHECKING:
    from reflect.core.progress import Progress
    from reflect.ui.main_window import MainWindow

MINUTE_MS = 60_000


class JournalSession(QObject):
    """Owns the worker, the unlock dialog and the main window of one journal."""

    ended = Signal()  # the person closed the window or cancelled the unlock screen

    def __init__(
        self,
        folder: Path,
        settings: QSettings,
        *,
        idle_ms: int | None = None,
        **create_options: Any,
    ) -> None:
        super().__init__()
        self._folder = folder
        self._settings = settings
        self._create_options = create_options
        self._idle_ms = idle_ms
        self.worker = JournalWorker()
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.idle = IdleTimer(self._auto_lock_ms(), self)
        self.idle.idle.connect(self.lock)
        self._place: tuple[int, int] | None = None
        self._locking = False
        self._daily_backup: Progress | None = None
        self._backup_due = False  # unlocked; the daily backup waits for the first rows
        self.clipboard_guard = ClipboardGuard(self)
        self.panic = PanicLock(self)  # Lock and Hide (Ctrl+Shift+L), in every window

    def start(self) -> None:
        """Show the unlock (or create) screen."""
        self._show_unlock_dialog()

    def lock(self, panic: bool = False) -> None:
        """Save, forget everything on screen and the key, and show only the unlock screen.
        ``panic`` (Lock and Hide): every window is hidden already, nothing is asked, and the
        unlock screen comes back minimized (see ``reflect.ui.panic``)."""
        window = self.window
        if self._locking or window is None or not (panic or window.isVisible()):
            return
        self._locking = True  # finish_saving may ask a question; idle must not lock again
        self.idle.stop()
        if self._daily_backup is not None:
            self._daily_backup.cancel()  # a lock must not wait for it
        try:
            from reflect.ui.preferences_dialog import PreferencesDialog  # noqa: PLC0415

            modal = QApplication.activeModalWidget()
            if isinstance(modal, PreferencesDialog):
                modal.reject()  # it would stay on screen, blocking the unlock dialog
            if not (save_without_asking(window) if panic else window.finish_saving()):
                self.idle.start()  # the person chose to stay (or panic: the words wait)
                return
            self._backup_due = False  # not for a journal being locked
            self._place = window.place()
            window.forget_everything()
            self.worker.lock()
            self.clipboard_guard.clear_journal_text()
            self._show_unlock_dialog(minimized=panic)
            window.hide()
        finally:
            self._locking = False

    def shut_down(self) -> None:
        """Stop the worker (the journal is locked first)."""
        self.worker.shutdown()

    def _show_unlock_dialog(self, minimized: bool = False) -> None:
        self.dialog = UnlockDialog(self.worker, self._folder, **self._create_options)
        self.dialog.installEventFilter(_ImportAfterFirstPaint(self.worker, self.dialog))
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.rejected.connect(self._on_dialog_rejected)
        if minimized:
            self.dialog.showMinimized()  # after Lock and Hide: in front of no one
        else:
            self.dialog.show()

    def _on_dialog_accepted(self) -> None:
        from reflect.ui.first_run import welcome_new_journal  # noqa: PLC0415
        from reflect.ui.main_window import MainWindow  # noqa: PLC0415

        if self.window is None:
            self.window = MainWindow(self.worker, self._settings)
            self.window.lock_requested.connect(self.lock)
            self.window.panic_requested.connect(self.panic.trigger)
            self.window.preferences_requested.connect(self._on_window_preferences_requested)
            self.window.closed.connect(self._on_window_closed)
            self.window.restore_requested.connect(self._on_window_restore_requested)
            self.window.entry_model.rows_read.connect(self._on_entry_model_rows_read)
            apply_preferences(self._settings, self.window)  # its editor's font, for one
        self.window.show()
        self._backup_due = True
        self.window.load(self._place)
        self._place = None
        welcome_new_journal(self.dialog, self.window, self.worker)  # on the first run only
        self.idle.start()

    def _on_entry_model_rows_read(self) -> None:
        # The daily backup holds the worker for seconds in a large journal, and the list
        # asks for its rows' summaries only once it is painted, after the first reads: so
        # the backup is queued once those summaries are here (or the list is empty), never
        # in front of them.
        window = self.window
        if not self._backup_due or window is None:
            return
        self._backup_due = False
        from reflect.ui.backup_actions import automatic_backup  # noqa: PLC0415

        self._daily_backup = automatic_backup(
            window, self.worker, keep=BACKUP_COUNT.read(self._settings)
        )

    def _on_window_restore_requested(self) -> None:
        window = self.window
        if window is None:
            return
        from reflect.ui.backup_actions import RestoreHooks, restore_from_backup  # noqa: PLC0415

        restore_from_backup(
            window,
            self.worker,
            self._folder,
            RestoreHooks(self._close_views_for_restore, self._on_restored, self._on_restore_closed),
        )

    def _close_views_for_restore(self) -> bool:
        window = self.window
        if window is None or not window.finish_saving():
            return False
        self.idle.stop()
        self._backup_due = False  # the journal is about to be replaced
        window.forget_everything()
        return True

    def _on_restored(self) -> None:
        if self.window is not None:
            self.window.load(None)
        self.idle.start()

    def _on_restore_closed(self) -> None:
        # The restored journal didn't open: back to the unlock screen, as after a lock.
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.worker.lock()
        self._show_unlock_dialog()
        if self.window is not None:
            self.window.hide()

    def _on_dialog_rejected(self) -> None:
        if self.window is not None:
            self.window.close()  # already locked and cleared; this ends the session
        self.ended.emit()

    def _on_window_preferences_requested(self) -> None:
        # Shown, never exec()'d: a nested event loop would outlive a lock or a closing
        # window and leave a request waiting with nobody to answer it.
        from reflect.ui.preferences_dialog import PreferencesDialog  # noqa: PLC0415

        dialog = PreferencesDialog(self._settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._on_preferences_accepted)
        dialog.show()

    def _on_preferences_accepted(self) -> None:
        self.idle.set_interval(self._auto_lock_ms())
        apply_preferences(self._settings, self.window)

    def _on_window_closed(self) -> None:
        self.idle.stop()
        self.clipboard_guard.clear_journal_text()
        self.ended.emit()

    def _auto_lock_ms(self) -> int:
        if self._idle_ms is not None:
            return self._idle_ms
        return AUTO_LOCK_MINUTES.read(self._settings) * MINUTE_MS


class _ImportAfterFirstPaint(QObject):
    """Once the unlock screen has been painted, imports what unlocking will need, while the
    person types: neither the first paint nor the unlock waits for those imports. The core
    loads on the journal's own thread; only the widgets' modules load on the UI thread."""

    def __init__(self, worker: JournalWorker, parent: QObject) -> None:
        super().__init__(parent)
        self._worker = worker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._import_the_rest)  # after this paint is on screen

        return False

    def _import_the_rest(self) -> None:
        # One after the other, never both threads importing at once: concurrent imports of
        # modules that import each other can fail with a deadlock error.
        self._worker.load_journal_code(on_done=_import_the_windows)


def _import_the_windows(_: object) -> None:
    import reflect.ui.first_run  # noqa: F401, PLC0415 - and the main window with it
