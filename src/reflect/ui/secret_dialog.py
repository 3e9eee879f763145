"""``SecretDialog``: what the passphrase and recovery code dialogs have in common.

They ask for secrets and hand them to slow work (Argon2id) off the UI thread; while it runs
they say so and can't be cancelled (one clear outcome). Errors come back as a message
under the fields, with everything typed kept. When the window behind them is locked (by
the person or by the auto-lock) they forget what was typed and close at once, so neither a
passphrase nor a recovery code stays on screen over the unlock screen.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from reflect.core.errors import JournalError
from reflect.ui.worker import JournalWorker, UnexpectedError

if TYPE_CHECKING:
    from reflect.core.journal import Journal  # not at run time: the unlock screen's import


class SecretDialog(QDialog):
    """Base for dialogs that take secrets; subclasses list their inputs in ``inputs()``."""

    def __init__(self, worker: JournalWorker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._busy = False
        self._gone = False  # closed: results still on their way are dropped
        self._background_call: _BackgroundCall | None = None
        self.setWindowTitle(QCoreApplication.translate("SecretDialog", "Reflect"))
        # In characters, not pixels, so it grows with the person's text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 77)
        self.message = plain_label("")
        self.message.setAccessibleName(QCoreApplication.translate("SecretDialog", "Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finished.connect(self._on_finished)
        if parent is not None:
            parent.installEventFilter(self)

    @property
    def busy(self) -> bool:
        """Whether work started here is still running."""
        return self._busy

    def inputs(self) -> list[QWidget]:
        """The widgets to disable while busy."""
        return []

    def refresh_inputs(self) -> None:
        """Bring inputs that depend on other state up to date (after busy ends, say)."""

    def reject(self) -> None:
        """Cancel is ignored while a change is being made, to keep one clear outcome."""
        if self._busy:
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window is hidden (not minimised: that hide is spontaneous) when it locks.
        if (
            watched is self.parent()
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()
        ):
            super().reject()  # even while busy: the lock comes first
        return False

    def show_message(self, text: str) -> None:
        """Say ``text`` under the fields (and to screen readers)."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def submit(
        self,
        call: Callable[[Journal], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[JournalError], None],
    ) -> None:
        """Run ``call`` on the journal worker; the handlers run only if still open."""
        self._set_busy(True)
        self._worker.submit(call, on_done=self._if_open(on_done), on_error=self._if_open(on_error))

    def run_in_background(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[JournalError], None],
    ) -> None:
        """Run ``work`` on a thread of its own: for work before any journal is open on the
        worker (which only runs calls on an open journal)."""
        self._set_busy(True)
        # No Qt parent: the call must outlive this dialog if a lock closes it meanwhile;
        # the reference keeps it alive until its answer has been delivered.
        call = _BackgroundCall()
        self._background_call = call

        def deliver(result: Any, error: JournalError | None) -> None:
            self._background_call = None
            if error is not None:
                self._if_open(on_error)(error)
            else:
                self._if_open(on_done)(result)

        call.finished.connect(deliver)
        call.start(work)

    def _if_open(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        def guarded(value: Any) -> None:
            if self._gone:
                return
            self._set_busy(False)
            handler(value)

        return guarded

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in self.inputs():
            widget.setEnabled(not busy)
        self.refresh_inputs()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _on_finished(self) -> None:
        self._gone = True
        for field in self.findChildren(QLineEdit):
            field.clear()
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        self.deleteLater()


class _BackgroundCall(QObject):
    """One call on a daemon thread; its result or error comes back by signal."""

    finished = Signal(object, object)  # result, error

    def start(self, work: Callable[[], Any]) -> None:
        threading.Thread(target=self._run, args=(work,), name="secret", daemon=True).start()

    def _run(self, work: Callable[[], Any]) -> None:
        result: Any = None
        error: JournalError | None = None
        try:
            result = work()
        except JournalError as raised:
            error = raised
        except Exception:
            # As on the worker: the type and place help a bug report; the message is dropped.
            kind, _, trace = sys.exc_info()
            print(f"reflect: unexpected {kind.__name__ if kind else 'error'}", file=sys.stderr)
            traceback.print_tb(trace, file=sys.stderr)
            error = UnexpectedError()
        self.finished.emit(result, error)


def plain_label(text: str) -> QLabel:
    """A wrapping label that shows ``text`` as it is (never as rich text)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def passphrase_field(name: str) -> QLineEdit:
    """A field whose characters are hidden, with ``name`` for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field
