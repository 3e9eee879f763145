"""Writing entries with moments marked by their words, for the moments browser's tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from reflect.core.domain import MomentDraft
from reflect.core.journal import Journal

NEW_YORK_WINTER = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))

Mark = tuple[str, str] | tuple[str, str, str]  # (words, kind) or (words, kind, note)


def write(
    journal: Journal,
    text: str,
    created: datetime,
    marks: Sequence[Mark] = (),
    *,
    title: str = "",
    tags: Sequence[str] = (),
) -> int:
    """Add an entry whose moments are the first place each mark's words appear."""
    moments = []
    for mark in marks:
        words, kind = mark[0], mark[1]
        start = text.index(words)
        note = mark[2] if len(mark) == 3 else ""
        moments.append(MomentDraft(None, start, start + len(words), kind, note))
    changes = journal.add_entry(title=title, text=text, created=created, moments=moments, tags=tags)
    assert changes.created is not None
    return changes.created
