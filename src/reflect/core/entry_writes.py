"""The checks and storage steps behind the journal's entry writes.

``Journal`` keeps the transaction and the search index; this module says what a save may
contain (spans inside the text, moments with a kind and a short note) and how an entry's
moments and formatting are brought up to date or put back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from reflect.core import domain
from reflect.core.domain import Entry, FormatSpan, Moment, MomentDraft
from reflect.core.errors import InvalidInput
from reflect.core.spans import Edit, shift_point, shift_through
from reflect.core.storage import entries as store
from reflect.core.storage import shares as share_store
from reflect.core.storage.connection import Connection
from reflect.core.wording import QT_TRANSLATE_NOOP


def check_formatting(formatting: Sequence[FormatSpan], text: str) -> None:
    """Refuse formatting that reaches outside ``text`` or has no style."""
    for span in formatting:
        domain.check_span(span.start, span.end, text, formatting=True)
        if not span.style:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Formatting needs a style."))


def checked_moments(moments: Sequence[MomentDraft], text: str) -> list[MomentDraft]:
    """Moments as stored: spans inside ``text``, kinds normalized, notes trimmed."""
    checked = []
    for draft in moments:
        domain.check_span(draft.start, draft.end, text)
        kind, note = domain.normalize_kind(draft.kind), domain.check_note(draft.note)
        checked.append(MomentDraft(draft.id, draft.start, draft.end, kind, note))
    return checked


def shifted_formatting(spans: Sequence[FormatSpan], edits: list[Edit]) -> list[FormatSpan]:
    """Formatting moved through ``edits``; spans whose words are gone are dropped."""
    shifted = []
    for span in spans:
        moved = shift_through(span.start, span.end, edits)
        if moved is not None:
            shifted.append(FormatSpan(*moved, span.style))
    return shifted


def shift_moments(connection: Connection, moments: Sequence[Moment], edits: list[Edit]) -> None:
    """Move stored moments through ``edits``; a moment whose words are gone is removed."""
    for moment in moments:
        moved = shift_through(moment.start, moment.end, edits)
        if moved is None:
            store.delete_moment(connection, moment.id)
        elif moved != (moment.start, moment.end):
            store.move_moment(connection, moment.id, *moved)


def shift_linked_spans(connection: Connection, entry_id: int, edits: list[Edit]) -> None:
    """Move the share excerpts' and shared passages' links into an entry through ``edits``.

    Unlike a moment, a link outlives its words: the excerpt is a copy and the history is a
    record, so a link whose words are all gone shrinks to the place where they were.
    """
    for table, key, start, end in share_store.linked_spans(connection, entry_id):
        moved = shift_through(start, end, edits) if start < end else None
        if moved is None:
            point = shift_point(start, edits)
            moved = (point, point)
        if moved != (start, end):
            share_store.move_linked_span(connection, table, key, *moved)


def store_moments(
    connection: Connection,
    entry_id: int,
    current: Sequence[Moment],
    drafts: Sequence[MomentDraft],
) -> tuple[int, ...]:
    """Make the entry's stored moments exactly ``drafts``; their ids, in order."""
    existing = {moment.id: moment for moment in current}
    ids = []
    for d in drafts:
        old = existing.pop(d.id, None) if d.id is not None else None
        if old is None:
            ids.append(
                store.insert_moment(
                    connection, entry_id, start=d.start, end=d.end, kind=d.kind, note=d.note
                )
            )
            continue
        if (old.start, old.end, old.kind, old.note) != (d.start, d.end, d.kind, d.note):
            store.replace_moment(
                connection, old.id, start=d.start, end=d.end, kind=d.kind, note=d.note
            )
        ids.append(old.id)
    for left_out in existing.values():
        store.delete_moment(connection, left_out.id)
    return tuple(ids)


def restorable(entry: Entry) -> Entry:
    """``entry`` checked as ``add_entry`` would check it (an entry read from the journal
    passes unchanged); its moments belong to it."""
    check_formatting(entry.formatting, entry.text)
    drafts = [MomentDraft(m.id, m.start, m.end, m.kind, m.note) for m in entry.moments]
    moments = tuple(
        Moment(m.id, entry.id, d.start, d.end, d.kind, d.note)
        for m, d in zip(entry.moments, checked_moments(drafts, entry.text), strict=True)
    )
    return dataclasses.replace(
        entry,
        created=domain.check_time(entry.created),
        updated=domain.check_time(entry.updated),
        title=domain.check_title(entry.title),
        tags=domain.normalize_tags(entry.tags),
        moments=moments,
        mood=domain.check_mood(entry.mood),
    )


def reinsert_entry(connection: Connection, entry: Entry) -> int:
    """Put a deleted entry back with its moments; the id it has now.

    Ids of the newest rows are reused (no AUTOINCREMENT), so an entry or moment whose id
    has been taken meanwhile comes back under a new one.
    """
    if store.entry_exists(connection, entry.id):
        new_id = store.next_entry_id(connection)
        entry = dataclasses.replace(
            entry,
            id=new_id,
            moments=tuple(dataclasses.replace(m, entry_id=new_id) for m in entry.moments),
        )
    store.reinsert_entry(connection, entry)
    store.set_entry_tags(connection, entry.id, entry.tags)
    # Every free id is taken back before any moment needs a new one, so a new id can't
    # take the place of a moment still waiting to be put back.
    taken = [m for m in entry.moments if store.moment_exists(connection, m.id)]
    for moment in entry.moments:
        if moment not in taken:
            store.reinsert_moment(connection, moment)
    drafts = [MomentDraft(None, m.start, m.end, m.kind, m.note) for m in taken]
    store_moments(connection, entry.id, (), drafts)
    return entry.id
