"""``Progress``: how far long work (import, export, backup, restore) has got, and whether
the person asked to stop it.

The work runs on a worker thread and calls ``advance``; the window reads ``fraction`` on a
timer and calls ``cancel`` from its Cancel button. Plain attributes suffice across threads
here: each is written by one side only, and a slightly stale read is harmless.
"""

from __future__ import annotations

from reflect.core.errors import JournalError
from reflect.core.wording import QT_TRANSLATE_NOOP


class Cancelled(JournalError):
    """The person stopped the work; nothing it would have changed was changed."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Stopped. Nothing was changed."))


class Progress:
    """Steps done out of a total, a line saying what is happening, and a cancel flag."""

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.stage = ""
        self._cancelled = False

    def start(self, total: int, stage: str = "") -> None:
        """A new stage of ``total`` steps (0 when the total isn't known). The core marks its
        ``stage`` texts ``QT_TRANSLATE_NOOP("progress", …)``; the window translates them."""
        self.total, self.done, self.stage = max(0, total), 0, stage

    def advance(self, steps: int = 1) -> None:
        """``steps`` more done; raises ``Cancelled`` once the person asked to stop."""
        self.done += steps
        self.check()

    def check(self) -> None:
        """Raise ``Cancelled`` if the person asked to stop (call at safe points)."""
        if self._cancelled:
            raise Cancelled()

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point (any thread)."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def fraction(self) -> float | None:
        """Done so far, 0–1; ``None`` while the total isn't known."""
        return min(1.0, self.done / self.total) if self.total else None
