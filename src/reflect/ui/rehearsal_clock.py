"""``Stopwatch``: time practised in a rehearsal, with pauses left out.

Read from a monotonic clock (``time.monotonic`` unless a test gives its own), so changing
the computer's clock mid-rehearsal changes nothing. Plain Python: the window's timer only
decides when to look at it.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class Stopwatch:
    """Counts running time from ``start`` on; ``pause`` and ``resume`` leave gaps out."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._banked = 0.0  # seconds counted before the last pause
        self._running_since: float | None = None
        self._started = False

    @property
    def started(self) -> bool:
        return self._started

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def elapsed(self) -> float:
        """Seconds counted so far."""
        if self._running_since is None:
            return self._banked
        return self._banked + self.clock() - self._running_since

    def start(self) -> None:
        """Start counting (once; later calls change nothing)."""
        if not self._started:
            self._started = True
            self.resume()

    def pause(self) -> None:
        self._banked = self.elapsed()
        self._running_since = None

    def resume(self) -> None:
        if self._running_since is None:
            self._running_since = self.clock()
