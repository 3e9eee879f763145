"""``Progress``: steps, stages and cancelling."""

from __future__ import annotations

import pytest

from reflect.core.progress import Cancelled, Progress


def test_progress_counts_and_cancels() -> None:
    progress = Progress()
    assert Progress().fraction is None
    progress.start(4, "Reading")
    progress.advance()
    assert (progress.fraction, progress.stage) == (0.25, "Reading")
    progress.advance(10)
    assert progress.fraction == 1.0
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.check()
    with pytest.raises(Cancelled, match="Nothing was changed"):
        progress.advance()
