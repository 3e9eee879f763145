"""``SearchService``: searches run on a thread of their own, and a stale one is stopped.

The journal worker runs saves one after another; a search there would make a save wait, and
could not be stopped without stopping whatever else runs on that connection. So searches
get their own thread and their own read connection (``Searcher``, opened by the journal
worker and handed over). Each new query starts a new *generation*: requests of older
generations still queued are skipped, one already running is interrupted, and results that
arrive late are dropped. Only the latest query's results ever reach the window.
"""

from __future__ import annotations

import contextlib
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from reflect.core.errors import JournalError, SearchInterrupted
from reflect.core.searcher import Searcher

SearchCall = Callable[[Searcher], Any]


@dataclass
class _Request:
    generation: int
    call: SearchCall
    on_done: Callable[[Any], None]
    on_error: Callable[[JournalError], None]
    result: Any = None
    error: JournalError | None = None


@dataclass(frozen=True)
class _Adopt:
    searcher: Searcher | None


_STOP = object()


class SearchService(QObject):
    """Runs ``call(searcher)`` on the search thread for the latest query only.

    The thread is a plain daemon thread fed by a queue, not a ``QThread``: a window torn
    down without ``shutdown`` (tests, a crash) must not abort the app by destroying a
    running ``QThread``. Results come back to the UI thread through a queued signal.
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0  # read on the search thread; only the UI thread writes it
        self._running: int | None = None
        self._running_lock = threading.Lock()
        self._searcher: Searcher | None = None  # used on the search thread only
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._finished.connect(self._on_finished)
        self._thread = threading.Thread(target=self._serve, name="search", daemon=True)
        self._thread.start()

    def adopt(self, searcher: Searcher) -> None:
        """Search with ``searcher`` from now on (it was opened on the journal worker)."""
        self._queue.put(_Adopt(searcher))

    def new_query(self) -> None:
        """The query changed: drop what is queued or running for the one before."""
        self.generation += 1
        with self._running_lock:
            running = self._running
            searcher = self._searcher
        if running is not None and running != self.generation and searcher is not None:
            searcher.interrupt()  # thread-safe

    def submit(
        self,
        call: SearchCall,
        on_done: Callable[[Any], None],
        on_error: Callable[[JournalError], None],
    ) -> None:
        """Run ``call(searcher)`` for the current query; handlers run on the UI thread."""
        self._queue.put(_Request(self.generation, call, on_done, on_error))

    def close_searcher(self) -> None:
        """The journal is locking: stop searching and close the search connection."""
        self.new_query()
        self._queue.put(_Adopt(None))

    def shutdown(self) -> None:
        """Close the connection and stop the thread (the app is closing)."""
        if self._thread.is_alive():
            self.new_query()
            self._queue.put(_STOP)
            self._thread.join()

    # --- on the search thread ----------------------------------------------------------------

    def _serve(self) -> None:
        while (item := self._queue.get()) is not _STOP:
            if isinstance(item, _Adopt):
                self._replace_searcher(item.searcher)
            elif isinstance(item, _Request) and item.generation == self.generation:
                self._run(item)  # else a newer query came while it waited: nobody wants it
        self._replace_searcher(None)

    def _replace_searcher(self, searcher: Searcher | None) -> None:
        with self._running_lock:
            old, self._searcher = self._searcher, searcher
        if old is not None:
            old.close()

    def _run(self, request: _Request) -> None:
        # Twice at most: an interruption aimed at the query before may land on this one.
        for _ in range(2):
            with self._running_lock:
                self._running = request.generation
                searcher = self._searcher
            try:
                if searcher is None:
                    raise SearchInterrupted()  # locked, or not unlocked yet
                request.result = request.call(searcher)
                request.error = None
                break
            except SearchInterrupted as error:
                request.error = error
                if request.generation != self.generation or searcher is None:
                    break
            except JournalError as error:
                request.error = error
                break
            except Exception:  # a bug: say where, never what was searched for
                kind = sys.exc_info()[0]
                name = kind.__name__ if kind else "error"
                print(f"reflect: unexpected {name} in search", file=sys.stderr)
                request.error = JournalError(
                    QCoreApplication.translate(
                        "SearchService", "Search ran into a problem; please try again."
                    )
                )
                break
            finally:
                with self._running_lock:
                    self._running = None
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
            self._finished.emit(request)

    # --- back on the UI thread -----------------------------------------------------------------

    @Slot(object)
    def _on_finished(self, request: _Request) -> None:
        if request.generation != self.generation:
            return
        if request.error is None:
            request.on_done(request.result)
        elif not isinstance(request.error, SearchInterrupted):
            request.on_error(request.error)
