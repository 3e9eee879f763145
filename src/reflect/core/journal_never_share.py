""" "Never Share" marks, where words were shared before, and the review before an export:
the part of ``Journal`` that keeps sharing in the person's hands (issue 9)."""

from __future__ import annotations

from collections.abc import Sequence

from reflect.core.domain import Changes
from reflect.core.errors import EntryNotFound
from reflect.core.journal_base import OpenJournal
from reflect.core.share_review import SharedBefore, SharedMark, overlapping
from reflect.core.storage import entries as entry_store
from reflect.core.storage import never_share as store
from reflect.core.storage import shares as share_store
from reflect.core.storage.connection import Connection


class JournalNeverShare(OpenJournal):
    """ "Never Share" marks and "shared before" marks."""

    def set_entry_never_share(self, entry_id: int, on: bool) -> Changes:
        """Mark (or unmark) a whole entry "Never Share"."""
        with self._write() as connection:
            if not entry_store.entry_exists(connection, entry_id):
                raise EntryNotFound(entry_id)
            store.set_entry(connection, entry_id, on)
        return Changes(entries=frozenset({entry_id}), shares=self._all_share_ids())

    def set_moments_never_share(self, moment_ids: Sequence[int], on: bool) -> Changes:
        """Mark (or unmark) these moments "Never Share"; gone ones are passed over."""
        with self._write() as connection:
            store.set_moments(connection, moment_ids, on)
            spans = share_store.moment_spans(connection, moment_ids)
        return Changes(
            entries=frozenset(s.entry_id for s in spans.values()), shares=self._all_share_ids()
        )

    def never_share_moment_ids(self, entry_id: int) -> frozenset[int]:
        """The entry's moments marked "Never Share"."""
        with self._read() as connection:
            return store.marked_moment_ids(connection, entry_id)

    def shared_marks(self, entry_id: int) -> list[SharedMark]:
        """The passages of this entry in "What I've shared", newest first."""
        with self._read() as connection:
            return _marks(connection, [entry_id]).get(entry_id, [])

    def moments_shared_before(self, moment_ids: Sequence[int]) -> dict[int, SharedBefore]:
        """For each of these moments that was shared, the latest export holding its words."""
        with self._read() as connection:
            spans = share_store.moment_spans(connection, moment_ids)
            marks = _marks(connection, [s.entry_id for s in spans.values()])
        found: dict[int, SharedBefore] = {}
        for moment_id, span in spans.items():
            hits = overlapping(marks.get(span.entry_id, []), span.start, span.end)
            if hits:
                found[moment_id] = SharedBefore(hits[0].when, hits[0].share_name)
        return found

    def _all_share_ids(self) -> frozenset[int]:
        with self._read() as connection:
            return frozenset(s.id for s in share_store.list_shares(connection))


def shared_marks_by_entry(
    connection: Connection, entry_ids: Sequence[int]
) -> dict[int, list[SharedMark]]:
    """Each entry's shared passages, newest first (entries never shared are left out)."""
    return _marks(connection, entry_ids)


def _marks(connection: Connection, entry_ids: Sequence[int]) -> dict[int, list[SharedMark]]:
    marks: dict[int, list[SharedMark]] = {}
    for entry_id, start, end, when, name in store.shared_passages(connection, entry_ids):
        marks.setdefault(entry_id, []).append(SharedMark(start, end, when, name))
    return marks
