"""Shares, the people list, rehearsals and "What I've shared": the sharing part of
``Journal``. See ``reflect.core.shares`` for what each of them is."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from reflect.core import shares as rules
from reflect.core.domain import Changes, normalize_kind
from reflect.core.errors import (
    EntryNotFound,
    InvalidInput,
    NeverShareRefused,
    PersonNotFound,
    ShareItemNotFound,
    ShareNotFound,
)
from reflect.core.journal_base import OpenJournal
from reflect.core.journal_never_share import shared_marks_by_entry
from reflect.core.share_review import ShareReview, review
from reflect.core.shares import (
    ExcerptSource,
    ExportFormat,
    ItemKind,
    Person,
    RedactionDecision,
    Share,
    SharedRecord,
    ShareItem,
    ShareSettings,
    ShareSummary,
)
from reflect.core.storage import entries as entry_store
from reflect.core.storage import never_share as never_store
from reflect.core.storage import shares as store
from reflect.core.storage.connection import Connection
from reflect.core.wording import QT_TRANSLATE_NOOP

# Rehearsals are timed by a clock the person can leave running; a day is plenty.
_LONGEST_REHEARSAL = 24 * 60 * 60


class JournalShares(OpenJournal):
    """The sharing part of ``Journal``."""

    # --- shares ----------------------------------------------------------------------------

    def shares(self) -> list[ShareSummary]:
        """Every share, the most recently changed first."""
        with self._read() as connection:
            return store.list_shares(connection)

    def get_share(self, share_id: int) -> Share:
        """A share, complete (items in order, settings, decisions, rehearsals)."""
        with self._read() as connection:
            return _load_share(connection, share_id)

    def share_named(self, name: str) -> Share:
        """The share called ``name`` (ignoring case and extra spaces)."""
        with self._read() as connection:
            share_id = store.share_id_named(connection, " ".join(name.split()))
            if share_id is None:
                raise ShareNotFound(name.strip())
            return _load_share(connection, share_id)

    def create_share(
        self, name: str, title: str = "", settings: ShareSettings | None = None
    ) -> Changes:
        """A new, empty share; ``Changes.created`` is its id. ``settings`` are its own from
        the start (the UI passes the person's preferred speaking rate, print size and page
        size); without them it has the defaults of ``ShareSettings``."""
        name, title = rules.check_share_name(name), rules.check_share_title(title)
        settings = None if settings is None else rules.checked_settings(settings)
        with self._write() as connection:
            _refuse_taken_name(connection, name)
            share_id = store.insert_share(connection, name, title, self._clock())
            if settings is not None:
                store.update_share(
                    connection, share_id, name=None, title=None, settings=settings, decisions=None
                )
        return Changes(shares=frozenset({share_id}), created=share_id)

    def update_share(
        self,
        share_id: int,
        *,
        name: str | None = None,
        title: str | None = None,
        settings: ShareSettings | None = None,
        decisions: Sequence[RedactionDecision] | None = None,
    ) -> Changes:
        """Change the given parts of a share; parts left ``None`` stay as they are."""
        name = None if name is None else rules.check_share_name(name)
        title = None if title is None else rules.check_share_title(title)
        settings = None if settings is None else rules.checked_settings(settings)
        with self._write() as connection:
            _require_share(connection, share_id)
            if name is not None:
                _refuse_taken_name(connection, name, share_id)
            store.update_share(
                connection,
                share_id,
                name=name,
                title=title,
                settings=settings,
                decisions=None if decisions is None else _deduplicated(decisions),
            )
            store.touch_share(connection, share_id, self._clock())
        return Changes(shares=frozenset({share_id}))

    def delete_share(self, share_id: int) -> Changes:
        """Delete a share; "What I've shared" keeps its lines (with the share's name)."""
        with self._write() as connection:
            if not store.delete_share(connection, share_id):
                raise ShareNotFound(share_id)
        return Changes(shares=frozenset({share_id}))

    def quick_share(self, kind: str) -> Share:
        """An unsaved share (id 0) of every moment of ``kind``, oldest first."""
        kind = normalize_kind(kind)
        with self._read() as connection:
            sources = store.kind_spans_oldest_first(connection, kind)
            dates = store.entry_dates(connection, sorted({s.entry_id for s in sources}))
            items = flagged(
                connection,
                [
                    ShareItem(
                        -(number + 1),  # unsaved: ids that no stored item has
                        ItemKind.EXCERPT,
                        store.entry_span_text(connection, source) or "",
                        source=source,
                        entry_created=dates.get(source.entry_id),
                    )
                    for number, source in enumerate(sources)
                ],
            )
        now = self._clock()
        return Share(0, f"{kind[:1].upper()}{kind[1:]} moments", "", now, now, items)

    # --- items -----------------------------------------------------------------------------

    def moment_sources(self, moment_ids: Sequence[int]) -> list[ExcerptSource]:
        """The journal spans of these moments, in the order given (gone ones left out)."""
        with self._read() as connection:
            spans = store.moment_spans(connection, moment_ids)
        return [spans[i] for i in moment_ids if i in spans]

    def paragraph_source(self, entry_id: int, start: int, end: int) -> ExcerptSource:
        """The whole paragraph(s) around ``start``–``end`` of an entry (a search match), as
        an excerpt: from the line break before to the line break after, spaces trimmed."""
        with self._read() as connection:
            entry = entry_store.get_entry(connection, entry_id)
        if entry is None:
            raise EntryNotFound(entry_id)
        text = entry.text
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        first = text.rfind("\n", 0, start) + 1
        # A selection ending just after a line break does not reach into the next line.
        last = text.find("\n", end - 1 if end > start else start)
        last = len(text) if last < 0 else last
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first == last:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "There are no words there to add to a share.")
            )
        return ExcerptSource(entry_id, first, last)

    def add_excerpts(
        self, share_id: int, sources: Sequence[ExcerptSource], *, position: int | None = None
    ) -> Changes:
        """Copy these passages into a share at ``position`` (the end when ``None``), in the
        order given; ``Changes.created`` is the first new item's id."""
        if not sources:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Please choose some words to add to the share.")
            )
        with self._write() as connection:
            place = _insert_position(connection, share_id, position)
            marked = never_store.covered(connection, [s.entry_id for s in sources])
            if any(rules.covers(marked.get(s.entry_id, []), s) for s in sources):
                raise NeverShareRefused()
            first: int | None = None
            for offset, source in enumerate(sources):
                text = _excerpt_text(connection, source)
                item_id = store.insert_item(
                    connection,
                    share_id,
                    place + offset,
                    kind=ItemKind.EXCERPT,
                    text=text,
                    source=source,
                )
                first = item_id if first is None else first
            store.touch_share(connection, share_id, self._clock())
        return Changes(shares=frozenset({share_id}), created=first)

    def add_text(self, share_id: int, text: str = "", *, position: int | None = None) -> Changes:
        """Add the person's own connecting words; ``Changes.created`` is the item's id."""
        text = rules.check_item_text(text)
        with self._write() as connection:
            place = _insert_position(connection, share_id, position)
            item_id = store.insert_item(connection, share_id, place, kind=ItemKind.TEXT, text=text)
            store.touch_share(connection, share_id, self._clock())
        return Changes(shares=frozenset({share_id}), created=item_id)

    def update_item(
        self, item_id: int, *, text: str | None = None, note: str | None = None
    ) -> Changes:
        """Change an item's words for the share (the journal keeps its own) or its note."""
        text = None if text is None else rules.check_item_text(text)
        note = None if note is None else rules.check_note(note)
        with self._write() as connection:
            share_id, _ = _require_item(connection, item_id)
            store.update_item(connection, item_id, text=text, note=note)
            store.touch_share(connection, share_id, self._clock())
        return Changes(shares=frozenset({share_id}))

    def move_item(self, item_id: int, position: int) -> Changes:
        """Move an item to ``position`` (0-based, clamped to the share's length)."""
        with self._write() as connection:
            share_id, old = _require_item(connection, item_id)
            new = max(0, min(position, store.item_count(connection, share_id) - 1))
            if new != old:
                store.move_item(connection, item_id, share_id, old, new)
                store.touch_share(connection, share_id, self._clock())
        return Changes(shares=frozenset({share_id}))

    def remove_item(self, item_id: int) -> Changes:
        """Take an item out of its share (the journal is not touched)."""
        with self._write() as connection:
            share_id, position = _require_item(connection, item_id)
            store.delete_item(connection, item_id, share_id, position)
            store.touch_share(connection, share_id, self._clock())
        return Changes(shares=frozenset({share_id}))

    # --- people ----------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """The people list, by name."""
        with self._read() as connection:
            return store.list_people(connection)

    def add_person(self, name: str, alias: str, forms: Sequence[str] = ()) -> Changes:
        """Add someone to the people list; ``Changes.created`` is their id."""
        person = rules.check_person(name, alias, list(forms))
        with self._write() as connection:
            _refuse_known_person(connection, person.name)
            person_id = store.insert_person(connection, person)
        return Changes(people=True, created=person_id)

    def update_person(
        self, person_id: int, *, name: str, alias: str, forms: Sequence[str] = ()
    ) -> Changes:
        """Replace someone's name, alias and other forms."""
        person = rules.check_person(name, alias, list(forms))
        with self._write() as connection:
            _refuse_known_person(connection, person.name, person_id)
            if not store.update_person(connection, person_id, person):
                raise PersonNotFound()
        return Changes(people=True)

    def remove_person(self, person_id: int) -> Changes:
        """Take someone off the people list."""
        with self._write() as connection:
            if not store.delete_person(connection, person_id):
                raise PersonNotFound()
        return Changes(people=True)

    # --- rehearsals and history -------------------------------------------------------------

    def record_rehearsal(self, share_id: int, seconds: int) -> Changes:
        """Remember that the person practised this share for ``seconds``."""
        if not 0 <= seconds <= _LONGEST_REHEARSAL:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "That rehearsal time doesn't look right, so it wasn't kept."
                )
            )
        with self._write() as connection:
            _require_share(connection, share_id)
            store.insert_rehearsal(connection, share_id, self._clock(), seconds)
        return Changes(shares=frozenset({share_id}))

    def record_export(self, share: Share, file_name: str, fmt: ExportFormat) -> Changes:
        """Add a line to "What I've shared": today, this share, this file (its name only).

        A quick share (id 0) or a share deleted meanwhile is recorded by name alone.
        """
        passages = [item.source for item in share.items if item.source is not None]
        # A name that isn't UTF-8 (its bytes held as surrogates) is kept as it reads.
        file_name = os.fsencode(file_name).decode("utf-8", "replace")
        with self._write() as connection:
            share_id = share.id if store.share_row(connection, share.id) is not None else None
            record_id = store.insert_record(
                connection,
                share_id=share_id,
                share_name=share.name,
                when=self._clock(),
                file_name=file_name,
                fmt=fmt,
                passages=passages,
            )
        return Changes(shares=frozenset({share.id}) if share_id else frozenset(), created=record_id)

    def review_share(self, share_id: int) -> ShareReview:
        """What to check before this share leaves the journal (see ``share_review``)."""
        with self._read() as connection:
            share = _load_share(connection, share_id)
            entry_ids = [item.source.entry_id for item in share.items if item.source]
            return review(
                share, store.list_people(connection), shared_marks_by_entry(connection, entry_ids)
            )

    def shared_history(self) -> list[SharedRecord]:
        """Every line of "What I've shared", newest first."""
        with self._read() as connection:
            return store.shared_records(connection)


def _load_share(connection: Connection, share_id: int) -> Share:
    row = store.share_row(connection, share_id)
    if row is None:
        raise ShareNotFound(share_id)
    _, name, title, created, updated, settings, decisions = row
    return Share(
        share_id,
        name,
        title,
        created,
        updated,
        flagged(connection, store.share_items(connection, share_id)),
        settings,
        decisions,
        tuple(store.rehearsals(connection, share_id)),
    )


def flagged(connection: Connection, items: Sequence[ShareItem]) -> tuple[ShareItem, ...]:
    """``items`` with ``never_share`` set on those whose words are marked "Never Share"."""
    spans = never_store.covered(connection, [i.source.entry_id for i in items if i.source])
    return tuple(
        replace(item, never_share=True)
        if item.source and rules.covers(spans.get(item.source.entry_id, []), item.source)
        else item
        for item in items
    )


def _require_share(connection: Connection, share_id: int) -> None:
    if store.share_row(connection, share_id) is None:
        raise ShareNotFound(share_id)


def _require_item(connection: Connection, item_id: int) -> tuple[int, int]:
    place = store.item_place(connection, item_id)
    if place is None:
        raise ShareItemNotFound()
    return place


def _insert_position(connection: Connection, share_id: int, position: int | None) -> int:
    _require_share(connection, share_id)
    count = store.item_count(connection, share_id)
    return count if position is None else max(0, min(position, count))


def _excerpt_text(connection: Connection, source: ExcerptSource) -> str:
    if not 0 <= source.start < source.end:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Please choose some words to add to the share.")
        )
    text = store.entry_span_text(connection, source)
    if text is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Those words are no longer in the entry; it may have changed. Please choose again.",
            )
        )
    return rules.check_item_text(text)


def _refuse_taken_name(connection: Connection, name: str, share_id: int | None = None) -> None:
    found = store.share_id_named(connection, name)
    if found is not None and found != share_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "You already have a share called “{name}”. Please choose another name."
            ),
            name=name,
        )


def _refuse_known_person(connection: Connection, name: str, person_id: int | None = None) -> None:
    found = store.person_id_named(connection, name)
    if found is not None and found != person_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name} is already in your people list."), name=name
        )


def _deduplicated(decisions: Sequence[RedactionDecision]) -> list[RedactionDecision]:
    """One decision per key, the last given winning (the person's latest choice)."""
    latest = {rules.decision_key(d.original): d for d in decisions}
    return list(latest.values())
