"""``JournalWorker``: the one thread that owns the open journal.

The UI thread never touches the database or runs the key derivation: it hands the worker a
function of the ``Journal``, and gets the result back as a callback on the UI thread. Tasks
run one at a time in the order they were submitted, so a save submitted before a lock is
always done before the lock.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from reflect.core.errors import JournalError, JournalIsLocked

if TYPE_CHECKING:
    # Imported on the worker when a journal opens: the unlock screen paints without it.
    from reflect.core.journal import Journal

_Result = TypeVar("_Result")
ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[JournalError], None]
# How a window asks for journal data: ``fetch(call, on_done)`` runs ``call(journal)`` on the
# worker and hands the result to ``on_done`` on the UI thread. The main window's own fetch
# drops results that arrive after a lock and shows errors, so panels it owns use that one.
Fetch = Callable[[Callable[["Journal"], Any], ResultHandler], None]


def attempt(call: Callable[[Journal], _Result]) -> Callable[[Journal], _Result | JournalError]:
    """``call``, handing back a journal error as its result rather than raising it, so
    the window that asked can say what went wrong in its own words."""

    def run(journal: Journal) -> _Result | JournalError:
        try:
            return call(journal)
        except JournalError as error:
            return error

    return run


class UnexpectedError(JournalError):
    """A failure Reflect did not foresee, told without any journal text in it."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "UnexpectedError",
                "Something went wrong inside Reflect. Your saved writing is safe; "
                "please try again, and restart Reflect if it happens again.",
            )
        )


@dataclass
class _Task:
    work: Callable[[], Any]
    on_done: ResultHandler | None
    on_error: ErrorHandler | None
    result: Any = None
    error: JournalError | None = None


class _Runner(QObject):
    """Lives on the worker thread and runs tasks there."""

    finished = Signal(object)

    @Slot(object)
    def run(self, task: _Task) -> None:
        try:
            task.result = task.work()
        except JournalError as error:
            task.error = error
        except Exception:
            # The type and place help a bug report; the message may hold text, so it's dropped.
            kind, _, trace = sys.exc_info()
            print(f"reflect: unexpected {kind.__name__ if kind else 'error'}", file=sys.stderr)
            traceback.print_tb(trace, file=sys.stderr)
            task.error = UnexpectedError()
        self.finished.emit(task)


class JournalWorker(QObject):
    """Runs ``Journal`` calls on its own thread; owns the journal once it is open."""

    _submitted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None  # touched only on the worker thread
        self._thread = QThread()
        self._thread.setObjectName("journal-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submitted.connect(self._runner.run)
        self._runner.finished.connect(self._on_runner_finished)
        self._pending = 0
        self._stopped = False
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether tasks are queued or running."""
        return self._pending > 0

    def open_journal(
        self,
        folder: Path,
        passphrase: str,
        *,
        create: bool,
        on_done: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        **create_options: Any,
    ) -> None:
        """Create (with ``create_options``, e.g. ``kdf``) or unlock the journal in ``folder``."""

        def work() -> None:
            from reflect.core.journal import Journal  # noqa: PLC0415

            if create:
                self._journal = Journal.create(folder, passphrase, **create_options)
            else:
                self._journal = Journal.unlock(folder, passphrase)

        self._submit(work, on_done, on_error)

    def load_journal_code(self, on_done: ResultHandler | None = None) -> None:
        """Import the core here, ahead of unlocking (about 140 ms): the unlock screen is
        already painted, and the UI thread stays free for the passphrase being typed."""

        def work() -> None:
            import reflect.core.journal  # noqa: F401, PLC0415

        self._submit(work, on_done, None)

    @property
    def journal_thread(self) -> QThread:
        """The thread the journal lives on (objects handed to tasks may be moved to it)."""
        return self._thread

    def submit(
        self,
        call: Callable[[Journal], Any],
        on_done: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``call(journal)`` on the worker; the handlers run on the UI thread."""
        self._submit(lambda: call(self._require_journal()), on_done, on_error)

    def lock(self, on_done: ResultHandler | None = None) -> None:
        """Lock the journal after every task already submitted (saves included)."""

        def work() -> None:
            journal, self._journal = self._journal, None
            if journal is not None:
                journal.lock()

        self._submit(work, on_done, None)

    def shutdown(self) -> None:
        """Lock the journal and stop the thread, waiting for queued work to finish.

        Used when the app closes: the wait is for saves already queued, never new work.
        """
        if not self._thread.isRunning():
            return
        self.lock()
        self._submit(lambda: QThread.currentThread().quit(), None, None)
        self._thread.wait()
        # Results still queued for the UI thread would reach widgets that are closing.
        self._stopped = True

    def _require_journal(self) -> Journal:
        if self._journal is None:
            raise JournalIsLocked()
        return self._journal

    def _submit(
        self, work: Callable[[], Any], on_done: ResultHandler | None, on_error: ErrorHandler | None
    ) -> None:
        if self._stopped:  # after shutdown nothing runs; say so at once rather than never
            if on_error is not None:
                on_error(JournalIsLocked())
            return
        self._pending += 1
        self._submitted.emit(_Task(work, on_done, on_error))

    @Slot(object)
    def _on_runner_finished(self, task: _Task) -> None:
        self._pending -= 1
        if self._stopped:
            return
        if task.error is not None:
            if task.on_error is not None:
                task.on_error(task.error)
            else:
                print(f"reflect: {task.error}", file=sys.stderr)
        elif task.on_done is not None:
            task.on_done(task.result)
