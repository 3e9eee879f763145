"""Bringing imported entries into a journal: what an import would do, and doing it.

A parser (``reflect.core.importers``) turns a file into ``ImportedEntry`` values; ``preview``
says what importing them would add, and ``write_imported`` adds them inside the journal's
one transaction (``Journal.import_entries``), so an import is all or nothing.

Idempotent by source key: the journal keeps every key it has imported (schema v4), and an
entry whose key it knows is skipped, even when the person has deleted that entry since.
Deleting is a choice; importing the same file again (say, to catch up with a jrnl journal
still in use) must not bring back what they chose to remove. An entry repeated within one
file (same key) is added once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reflect.core import domain
from reflect.core import entry_writes as writes
from reflect.core.domain import Changes, FormatSpan, MomentDraft
from reflect.core.errors import InvalidInput
from reflect.core.importing import STARRED_TAG, ImportedEntry
from reflect.core.progress import Progress
from reflect.core.storage import entries as store
from reflect.core.storage import imports as import_store
from reflect.core.storage.connection import Connection
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording, counted


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do, shown before anything is written."""

    total: int  # entries in the file
    new: int  # entries that would be added
    already_imported: int  # skipped: imported before (or repeated in the file)
    first: datetime | None  # the earliest and latest entry dates, None for no entries
    last: datetime | None
    tags: tuple[tuple[str, int], ...]  # (tag, entries with it), most used first

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing new to add."""
        return self.new == 0


@dataclass(frozen=True)
class ImportResult:
    """What an import did: entries added, entries skipped, and what views should refresh."""

    added: int
    skipped: int
    changes: Changes

    @property
    def summary(self) -> str:
        """What the import did, in one sentence for the person (the CLI's English)."""
        return str(self.wording)

    @property
    def wording(self) -> Wording:
        """``summary`` for the window to translate."""
        if self.added == 0:
            if self.skipped == 0:
                return Wording(
                    "imports", QT_TRANSLATE_NOOP("imports", "There were no entries to import.")
                )
            if self.skipped == 1:
                template = QT_TRANSLATE_NOOP(
                    "imports", "Nothing new to import: the entry was already in your journal."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "imports",
                    "Nothing new to import: all {count} entries were already in your journal.",
                )
            return Wording.of("imports", template, count=self.skipped)
        one, other = (
            QT_TRANSLATE_NOOP("imports", "{count} entry"),
            QT_TRANSLATE_NOOP("imports", "{count} entries"),
        )
        added = counted(self.added, one, other, "imports")
        if not self.skipped:
            return Wording.of(
                "imports", QT_TRANSLATE_NOOP("imports", "Imported {added}."), added=added
            )
        one, other = (
            QT_TRANSLATE_NOOP("imports", "{count} was already in your journal"),
            QT_TRANSLATE_NOOP("imports", "{count} were already in your journal"),
        )
        already = counted(self.skipped, one, other, "imports")
        template = QT_TRANSLATE_NOOP("imports", "Imported {added} ({already}).")
        return Wording.of("imports", template, added=added, already=already)


def entries_phrase(count: int) -> str:
    """ "1 entry", "12 entries"."""
    return f"{count:,} {'entry' if count == 1 else 'entries'}"


def tags_phrase(preview: ImportPreview, shown: int) -> str:
    """ "Tags: a (3), b (1) and 4 more." — the ``shown`` most used tags of an import."""
    listed = ", ".join(f"{tag} ({count})" for tag, count in preview.tags[:shown])
    more = len(preview.tags) - shown
    return f"Tags: {listed}" + (f" and {more} more." if more > 0 else ".")


def already_phrase(count: int) -> str:
    """ "1 was already in your journal", "3 were …"."""
    return f"{count:,} {'was' if count == 1 else 'were'} already in your journal"


@dataclass(frozen=True)
class CheckedEntry:
    """An imported entry as ``add_entry`` would store it."""

    source_key: str
    created: datetime
    title: str
    text: str
    tags: tuple[str, ...]
    mood: int | None
    formatting: tuple[FormatSpan, ...]
    moments: tuple[MomentDraft, ...]


def preview(entries: Sequence[ImportedEntry], known: set[str]) -> ImportPreview:
    """What importing ``entries`` would do, given the source keys the journal ``known``s.

    Checks every entry as the import will, so a problem shows here, before the person
    decides; raises ``InvalidInput`` naming the entry.
    """
    checked = check_all(entries)
    fresh = _new_entries(checked, known)
    dates = [entry.created for entry in checked]
    return ImportPreview(
        total=len(checked),
        new=len(fresh),
        already_imported=len(checked) - len(fresh),
        first=min(dates, default=None),
        last=max(dates, default=None),
        tags=_tag_counts(checked),
    )


def _tag_counts(entries: Iterable[CheckedEntry]) -> tuple[tuple[str, int], ...]:
    """(tag, entries with it), most used first. Tags differing only in case are one tag in
    the journal, so they are counted as one, under the spelling seen first."""
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for entry in entries:
        for tag in entry.tags:
            spelling.setdefault(tag.casefold(), tag)
            counts[tag.casefold()] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple((spelling[key], count) for key, count in ranked)


def check_all(entries: Iterable[ImportedEntry]) -> list[CheckedEntry]:
    """Every entry checked as ``Journal.add_entry`` checks one; ``InvalidInput`` names the
    first that doesn't fit (by its place in the file and its date)."""
    checked = []
    for number, entry in enumerate(entries, start=1):
        try:
            checked.append(_checked(entry))
        except InvalidInput as error:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Reflect can't import entry {number} (dated {date}): {error} Nothing was "
                    "imported.",
                ),
                number=number,
                date=f"{entry.created:%Y-%m-%d %H:%M}",
                error=error.wording,
            ) from None
    return checked


def write_imported(
    connection: Connection, entries: Sequence[CheckedEntry], progress: Progress
) -> ImportResult:
    """Add the entries whose keys the journal doesn't know, inside the caller's transaction.

    ``progress.advance`` may raise ``Cancelled`` between entries; the caller's transaction
    then rolls everything back.
    """
    known = import_store.known_keys(connection, (entry.source_key for entry in entries))
    fresh = _new_entries(entries, known)
    progress.start(len(fresh), QT_TRANSLATE_NOOP("progress", "Importing your entries…"))
    added: list[int] = []
    for entry in fresh:
        added.append(_insert(connection, entry))
        progress.advance()
    return ImportResult(
        added=len(added),
        skipped=len(entries) - len(added),
        changes=Changes(entries=frozenset(added), tags=any(entry.tags for entry in fresh)),
    )


def known_keys(connection: Connection, entries: Iterable[ImportedEntry]) -> set[str]:
    """The source keys of ``entries`` that the journal has imported before."""
    return import_store.known_keys(connection, (entry.source_key for entry in entries))


def _checked(entry: ImportedEntry) -> CheckedEntry:
    if not entry.source_key:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "it has no source key."))
    _check_encodable(entry)
    tags = (*entry.tags, STARRED_TAG) if entry.starred else entry.tags
    drafts = [MomentDraft(None, m.start, m.end, m.kind, m.note) for m in entry.moments]
    writes.check_formatting(entry.formatting, entry.text)
    return CheckedEntry(
        source_key=entry.source_key,
        created=domain.check_time(entry.created),
        title=domain.check_title(entry.title),
        text=entry.text,
        tags=domain.normalize_tags(tags),
        mood=domain.check_mood(entry.mood),
        formatting=tuple(entry.formatting),
        moments=tuple(writes.checked_moments(drafts, entry.text)),
    )


def _check_encodable(entry: ImportedEntry) -> None:
    """Refuse text the database can't hold (a lone surrogate, as JSON's ``\\ud800`` gives)."""
    for words in (entry.title, entry.text, *entry.tags, *(m.note for m in entry.moments)):
        try:
            words.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "its text holds a character that isn't valid Unicode.")
            ) from None


def _new_entries(entries: Iterable[CheckedEntry], known: set[str]) -> list[CheckedEntry]:
    """The entries to add: keys not known yet, each key once (the first time it appears)."""
    seen = set(known)
    fresh = []
    for entry in entries:
        if entry.source_key not in seen:
            seen.add(entry.source_key)
            fresh.append(entry)
    return fresh


def _insert(connection: Connection, entry: CheckedEntry) -> int:
    """One entry stored exactly as ``Journal.add_entry`` stores it, and its key remembered."""
    entry_id = store.insert_entry(
        connection,
        created=entry.created,
        title=entry.title,
        text=entry.text,
        formatting=entry.formatting,
        mood=entry.mood,
    )
    store.set_entry_tags(connection, entry_id, entry.tags)
    writes.store_moments(connection, entry_id, (), entry.moments)
    store.index_entry(connection, entry_id)
    import_store.remember(connection, entry.source_key, entry_id)
    return entry_id
