"""``Journal``: the one door through which the UI and the CLI reach a journal.

A journal is a folder holding ``journal.db`` (SQLCipher, keyed with a random 256-bit data
key) and ``reflect.key`` (that data key wrapped under a key derived from the passphrase).
A ``Journal`` object is an unlocked journal; ``lock()`` closes it and forgets the key.
Not thread-safe: one thread owns a ``Journal`` (the UI runs it on a worker thread).
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path

from reflect.core import domain, imports, instance_lock, prompts
from reflect.core import entry_writes as writes
from reflect.core.automatic_backups import (
    DEFAULT_KEEP,
    automatic_backup_folder,
    backup_due,
    backup_name,
    make_backup_folder,
    prune,
    remove_leftovers,
)
from reflect.core.backup import write_backup
from reflect.core.crypto.kdf import KEY_LENGTH, KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.domain import (
    KEEP,
    Changes,
    Entry,
    EntrySummary,
    FormatSpan,
    Keep,
    MomentDraft,
)
from reflect.core.errors import (
    DatabaseMissing,
    EntryNotFound,
    FolderNotEmpty,
    InvalidInput,
    JournalAlreadyExists,
    JournalDamaged,
    JournalNotFound,
    JournalNotWritable,
)
from reflect.core.files import (
    create_private_file,
    file_errors,
    fsync_folder,
    make_private_folder,
    make_private_folders,
)
from reflect.core.importing import ImportedEntry
from reflect.core.journal_base import DATABASE_NAME, KEY_FILE_NAME, Clock, journal_exists, local_now
from reflect.core.journal_keys import JournalKeys
from reflect.core.journal_never_share import JournalNeverShare
from reflect.core.journal_shares import JournalShares
from reflect.core.journal_views import JournalViews
from reflect.core.progress import Progress
from reflect.core.prompts import Prompt
from reflect.core.recovery import normalize_recovery_code
from reflect.core.searcher import Searcher
from reflect.core.spans import edits_between
from reflect.core.storage import entries as store
from reflect.core.storage import schema
from reflect.core.storage.connection import (
    PAGE_SIZE,
    close_database,
    enable_write_ahead_log,
    integrity_problems,
    open_database,
    translate_errors,
)
from reflect.core.wording import QT_TRANSLATE_NOOP

# Names other modules have always imported from here.
__all__ = ["DATABASE_NAME", "KEY_FILE_NAME", "Clock", "Journal", "journal_exists", "local_now"]


class Journal(JournalKeys, JournalViews, JournalShares, JournalNeverShare):
    """An unlocked journal. Create one with ``Journal.create`` or ``Journal.unlock``.

    Its state and plumbing are in ``OpenJournal`` (journal_base.py), the passphrase and
    recovery code in ``JournalKeys``, the views across the journal in ``JournalViews``,
    shares, the people list and "What I've shared" in ``JournalShares``, "Never Share" and
    "shared before" marks in ``JournalNeverShare``.
    """

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = local_now,
    ) -> Journal:
        """Make a new journal in ``folder`` (new or empty) and return it unlocked.

        The journal is built in a hidden folder beside ``folder`` and renamed into place, so
        an interrupted creation never leaves half a journal where a journal is expected.
        """
        folder = folder.absolute()
        if not passphrase:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Please choose a passphrase; it can't be empty.")
            )
        _check_can_create(folder)
        data_key = secrets.token_bytes(KEY_LENGTH)
        stage = folder.parent / f".{folder.name}.creating-{secrets.token_hex(4)}"
        try:
            with file_errors(folder.parent):
                make_private_folder(stage)
                create_private_file(stage / DATABASE_NAME)
                connection = open_database(stage / DATABASE_NAME, data_key, create=True)
                try:
                    enable_write_ahead_log(connection, stage / DATABASE_NAME)
                    with translate_errors(stage / DATABASE_NAME):
                        schema.migrate(connection, 0)
                finally:
                    close_database(connection)
                KeyFile.new(data_key, passphrase, kdf or KdfParams.recommended()).write(
                    stage / KEY_FILE_NAME
                )
                if folder.exists():
                    folder.rmdir()  # empty, checked above
                stage.rename(folder)
                fsync_folder(folder.parent)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        return cls.open_with_key(folder, data_key, clock=clock)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, clock: Clock = local_now) -> Journal:
        """Open the journal in ``folder`` with ``passphrase``.

        A wrong passphrase is found by the key unwrap, before the database is touched.
        """
        folder = folder.absolute()
        key_path, db_path = folder / KEY_FILE_NAME, folder / DATABASE_NAME
        with file_errors(folder):
            if not folder.is_dir() or not journal_exists(folder):
                raise JournalNotFound(folder)
            if not os.access(folder, os.R_OK | os.X_OK):
                raise JournalNotWritable(folder)
            if not db_path.exists():
                raise DatabaseMissing(db_path)
            key_file = KeyFile.read(key_path)
        data_key = key_file.unwrap(passphrase)
        return cls.open_with_key(folder, data_key, clock=clock)

    @classmethod
    def unlock_with_recovery_code(
        cls, folder: Path, code: str, *, clock: Clock = local_now
    ) -> Journal:
        """Open the journal with its recovery code; then ``set_passphrase`` may be called.

        A mistyped code (``RecoveryCodeMistyped``) is caught by its check characters before
        the slow key derivation; a code that doesn't fit is ``WrongRecoveryCode``.
        """
        canonical = normalize_recovery_code(code)
        folder = folder.absolute()
        with file_errors(folder):
            if not folder.is_dir() or not journal_exists(folder):
                raise JournalNotFound(folder)
            key_file = KeyFile.read(folder / KEY_FILE_NAME)
        journal = cls.open_with_key(folder, key_file.unwrap_recovery(canonical), clock=clock)
        journal._opened_with_recovery_code = True
        return journal

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes, *, clock: Clock = local_now) -> Journal:
        """Open the journal with its data key, already unwrapped from the key file.

        This is everything unlocking does after the (slow) key derivation.
        """
        folder = folder.absolute()
        db_path = folder / DATABASE_NAME
        with file_errors(folder):
            if not db_path.exists():
                raise DatabaseMissing(db_path)
            _check_database_file(db_path)
            if not os.access(folder, os.W_OK | os.X_OK) or not os.access(
                db_path, os.R_OK | os.W_OK
            ):
                raise JournalNotWritable(folder)
            # Before the database is read: another window may be writing it (JournalInUse).
            instance = instance_lock.hold(folder)
        with ExitStack() as undo:  # on any failure: close, then let go of the folder
            undo.callback(instance.release)
            connection = open_database(db_path, data_key)
            undo.callback(connection.close)
            # The version is checked before anything may write: a journal from a newer
            # Reflect is refused with every byte as it was.
            with translate_errors(db_path):
                version = schema.check_version(connection, db_path)
            enable_write_ahead_log(connection, db_path)
            with translate_errors(db_path):
                schema.migrate(connection, version)
            undo.pop_all()  # opened: the journal owns both now
        return cls(folder, connection, data_key, clock, instance)

    # --- entries -------------------------------------------------------------------------

    def add_entry(
        self,
        *,
        title: str = "",
        text: str = "",
        created: datetime | None = None,
        tags: Iterable[str] = (),
        formatting: Sequence[FormatSpan] = (),
        mood: int | None = None,
        moments: Sequence[MomentDraft] = (),
    ) -> Changes:
        """Add an entry; ``Changes.created`` is its id. A naive ``created`` is local time.

        ``moments`` (marked before the first save) are stored with it; their ids come back
        in ``Changes.moment_ids``.
        """
        title = domain.check_title(title)
        mood = domain.check_mood(mood)
        tag_names = domain.normalize_tags(tags)
        writes.check_formatting(formatting, text)
        drafts = writes.checked_moments(moments, text)
        when = domain.check_time(created) if created is not None else self._clock()
        with self._write() as connection:
            entry_id = store.insert_entry(
                connection, created=when, title=title, text=text, formatting=formatting, mood=mood
            )
            store.set_entry_tags(connection, entry_id, tag_names)
            moment_ids = writes.store_moments(connection, entry_id, (), drafts)
            store.index_entry(connection, entry_id)
        return Changes(
            entries=frozenset({entry_id}),
            tags=bool(tag_names),
            created=entry_id,
            moment_ids=moment_ids,
        )

    def update_entry(
        self,
        entry_id: int,
        *,
        title: str | None = None,
        text: str | None = None,
        created: datetime | None = None,
        tags: Iterable[str] | None = None,
        formatting: Sequence[FormatSpan] | None = None,
        mood: int | Keep | None = KEEP,
        moments: Sequence[MomentDraft] | None = None,
    ) -> Changes:
        """Change the given parts of an entry; parts left ``None`` (``mood``: ``KEEP``) stay.

        When the text changes and no ``formatting`` or ``moments`` are given, those move
        with the words they mark (see ``reflect.core.spans``); a moment whose words are all
        gone is removed. Given ``moments`` are the entry's complete set, as the editor
        tracked them: drafts with a known id update that moment, others (no id, or an id
        removed by an earlier save and brought back by undo) are added, and the entry's
        moments not given are removed. ``Changes.moment_ids`` lists their ids in order.
        """
        current = self.get_entry(entry_id)
        edits = [] if text is None else edits_between(current.text, text)
        if formatting is None and edits:
            formatting = writes.shifted_formatting(current.formatting, edits)
        new_text = current.text if text is None else text
        writes.check_formatting(
            formatting if formatting is not None else current.formatting, new_text
        )
        drafts = None if moments is None else writes.checked_moments(moments, new_text)
        tag_names = None if tags is None else domain.normalize_tags(tags)
        new_title = None if title is None else domain.check_title(title)
        new_mood = mood if isinstance(mood, Keep) else domain.check_mood(mood)
        new_created = None if created is None else domain.check_time(created)
        with self._write() as connection:
            store.unindex_entry(connection, entry_id)
            store.update_entry(
                connection,
                entry_id,
                updated=self._clock(),
                created=new_created,
                title=new_title,
                text=text,
                formatting=formatting,
                mood=new_mood,
            )
            moment_ids: tuple[int, ...] = ()
            if drafts is not None:
                moment_ids = writes.store_moments(connection, entry_id, current.moments, drafts)
            elif edits:
                writes.shift_moments(connection, current.moments, edits)
            if edits:
                writes.shift_linked_spans(connection, entry_id, edits)
            if tag_names is not None:
                store.set_entry_tags(connection, entry_id, tag_names)
            store.index_entry(connection, entry_id)
        return Changes(
            entries=frozenset({entry_id}), tags=tag_names is not None, moment_ids=moment_ids
        )

    def delete_entry(self, entry_id: int) -> Changes:
        """Delete an entry with its moments; its words leave the search index too."""
        with self._write() as connection:
            if not store.entry_exists(connection, entry_id):
                raise EntryNotFound(entry_id)
            store.unindex_entry(connection, entry_id)
            store.delete_entry(connection, entry_id)
        return Changes(deleted=frozenset({entry_id}), tags=True)

    def restore_entry(self, entry: Entry) -> Changes:
        """Put back an entry deleted earlier (``Undo Delete``), exactly as it was.

        It keeps its id, both times with their time zones, title, words, formatting,
        check-in, tags and moments, and is found by search again. If a newer entry has
        since taken its id (ids of the newest entries are reused), it comes back under a
        new one, as does a moment whose id has gone to a moment in another entry;
        ``Changes.created`` is the id it has now.
        """
        restored = writes.restorable(entry)
        with self._write() as connection:
            entry_id = writes.reinsert_entry(connection, restored)
            store.index_entry(connection, entry_id)
        return Changes(entries=frozenset({entry_id}), tags=True, created=entry_id)

    def entry_months(self) -> list[tuple[int, int, int]]:
        """``(year, month, entries)`` for each month holding entries, newest first.

        An entry counts in the month on its own date, in the time zone it was written in:
        written on 31 January at 23:30 in New York, it is a January entry wherever the
        journal is opened. Fast for any journal size (see ``store.entry_months``).
        """
        with self._read() as connection:
            return store.entry_months(connection)

    def get_entry(self, entry_id: int) -> Entry:
        """One complete entry."""
        with self._read() as connection:
            entry = store.get_entry(connection, entry_id)
        if entry is None:
            raise EntryNotFound(entry_id)
        return entry

    def list_entries(self) -> list[EntrySummary]:
        """A summary of every entry, newest first (reads every entry: for exports and CLI)."""
        with self._read() as connection:
            return store.list_summaries(connection)

    def entry_ids(self, month: tuple[int, int] | None = None) -> list[int]:
        """Every entry's id, newest first; fast for any journal size (lists start here).

        With ``month`` (``(year, month)``), only the entries dated in that month, counted
        as ``entry_months`` counts them.
        """
        if month is None:
            with self._read() as connection:
                return store.entry_ids(connection)
        year, month_number = _checked_month(month)
        if not domain.EARLIEST_YEAR <= year <= domain.LATEST_YEAR:
            return []  # no entry can be dated there
        with self._read() as connection:
            return store.entry_ids_in_month(connection, year, month_number)

    def summaries(self, entry_ids: Sequence[int]) -> list[EntrySummary]:
        """Summaries of these entries, in the order given; ids that no longer exist are left out."""
        with self._read() as connection:
            return store.list_summaries(connection, entry_ids)

    def iter_entries(self) -> Iterator[Entry]:
        """Every entry, complete, newest first."""
        with self._read() as connection:
            yield from store.iter_entries(connection)

    def entry_count(self) -> int:
        """How many entries there are."""
        with self._read() as connection:
            return store.count_entries(connection)

    def tags(self) -> list[str]:
        """Every tag in use, alphabetically (for completion)."""
        with self._read() as connection:
            return store.all_tags(connection)

    def open_searcher(self) -> Searcher:
        """A connection of its own for searching (see ``Searcher``); the caller closes it."""
        return Searcher(self.database_path, self._live_data_key())

    def set_mood(self, entry_id: int, mood: int | None) -> Changes:
        """Record an entry's optional 1–5 check-in, or clear it with ``None``."""
        mood = domain.check_mood(mood)
        with self._write() as connection:
            if not store.entry_exists(connection, entry_id):
                raise EntryNotFound(entry_id)
            store.set_mood(connection, entry_id, mood)
        return Changes(entries=frozenset({entry_id}))

    # --- the person's own prompts ---------------------------------------------------------

    def user_prompts(self) -> list[Prompt]:
        """Prompts the person added, oldest first."""
        with self._read() as connection:
            return store.user_prompts(connection)

    def add_prompt(self, theme: str, text: str) -> Changes:
        """Keep a prompt of the person's own under ``theme``; ``Changes.created`` is its id."""
        if theme not in prompts.theme_keys():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Please choose one of the prompt themes.")
            )
        text = domain.check_prompt_text(text)
        with self._write() as connection:
            prompt_id = store.insert_user_prompt(connection, theme, text)
        return Changes(created=prompt_id)

    def remove_prompt(self, prompt_id: int) -> Changes:
        """Forget one of the person's own prompts."""
        with self._write() as connection:
            if not store.delete_user_prompt(connection, prompt_id):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "That prompt isn't in the journal any more.")
                )
        return Changes()

    # --- moments -------------------------------------------------------------------------

    def add_moment(self, entry_id: int, start: int, end: int, kind: str, note: str = "") -> Changes:
        """Mark ``text[start:end]`` of an entry as a moment; ``Changes.created`` is its id."""
        kind = domain.normalize_kind(kind)
        note = domain.check_note(note)
        entry = self.get_entry(entry_id)
        domain.check_span(start, end, entry.text)
        with self._write() as connection:
            store.unindex_entry(connection, entry_id)
            moment_id = store.insert_moment(
                connection, entry_id, start=start, end=end, kind=kind, note=note
            )
            store.index_entry(connection, entry_id)
        return Changes(entries=frozenset({entry_id}), created=moment_id)

    def remove_moment(self, moment_id: int) -> Changes:
        """Remove a moment (the text it marked stays)."""
        with self._write() as connection:
            entry_id = store.moment_entry_id(connection, moment_id)
            if entry_id is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "That moment isn't in the journal any more.")
                )
            store.unindex_entry(connection, entry_id)
            store.delete_moment(connection, moment_id)
            store.index_entry(connection, entry_id)
        return Changes(entries=frozenset({entry_id}))

    # --- backups -------------------------------------------------------------------------

    def back_up(self, path: Path, progress: Progress | None = None) -> Path:
        """Write a backup of the whole journal to ``path``; returns its full path.

        One file that stays encrypted and opens with the passphrase the journal has now
        (``reflect.core.backup``): a consistent copy, even of what is still in the
        write-ahead log. Runs on the journal's thread; ``progress`` can stop it.
        """
        return write_backup(
            path,
            self._live_connection(),
            database_path=self.database_path,
            data_key=self._live_data_key(),
            key_file=self._key_path,
            progress=progress or Progress(),
            created=self._clock(),
        )

    def back_up_automatically(
        self,
        folder: Path | None = None,
        keep: int = DEFAULT_KEEP,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> Path | None:
        """Make today's automatic backup in ``folder`` (default: beside the journal, see
        ``reflect.core.automatic_backups``) unless it exists, then keep only the ``keep``
        newest. Returns the new file, or ``None`` when today's was made already."""
        folder = folder if folder is not None else automatic_backup_folder(self._folder)
        today = today if today is not None else self._clock().date()
        if not backup_due(folder, today):
            return None
        make_backup_folder(folder)
        remove_leftovers(folder)
        made = self.back_up(folder / backup_name(today), progress)
        prune(folder, keep)
        return made

    # --- importing -----------------------------------------------------------------------

    def import_preview(self, entries: Sequence[ImportedEntry]) -> imports.ImportPreview:
        """What importing ``entries`` would add; nothing is written. Raises ``InvalidInput``
        naming an entry that can't be imported (see ``reflect.core.imports``)."""
        with self._read() as connection:
            known = imports.known_keys(connection, entries)
        return imports.preview(entries, known)

    def import_entries(
        self, entries: Sequence[ImportedEntry], progress: Progress | None = None
    ) -> imports.ImportResult:
        """Add ``entries`` in one transaction: all of them, or none after an error or Cancel.

        Entries imported before (by source key) are skipped, so importing a file twice adds
        nothing the second time. One transaction also means one sync to disk, not one per
        entry as ``add_entry`` would make.
        """
        checked = imports.check_all(entries)
        with self._write() as connection:
            result = imports.write_imported(connection, checked, progress or Progress())
        return result

    # --- health --------------------------------------------------------------------------

    def check_integrity(self) -> list[str]:
        """Problems found by checking every page and the search index; empty when healthy."""
        with self._read() as connection:
            problems = integrity_problems(connection, self.database_path)
            return problems or store.index_problems(connection)


def _check_can_create(folder: Path) -> None:
    with file_errors(folder):
        if folder.exists():
            if not folder.is_dir():
                raise FolderNotEmpty(folder)
            if journal_exists(folder):
                raise JournalAlreadyExists(folder)
            if any(folder.iterdir()):
                raise FolderNotEmpty(folder)
    with file_errors(folder.parent):
        make_private_folders(folder.parent)
        if not os.access(folder.parent, os.W_OK | os.X_OK):
            raise JournalNotWritable(folder.parent)


def _check_database_file(db_path: Path) -> None:
    """Cheap signs of a damaged file, found without decrypting anything."""
    size = db_path.stat().st_size
    if size == 0:
        raise JournalDamaged(db_path, QT_TRANSLATE_NOOP("errors", "it is empty"))
    if size % PAGE_SIZE:
        raise JournalDamaged(db_path, QT_TRANSLATE_NOOP("errors", "it has been cut short"))


def _checked_month(month: tuple[int, int]) -> tuple[int, int]:
    year, month_number = month
    if type(year) is not int or type(month_number) is not int or not 1 <= month_number <= 12:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A month is a year and a month number from 1 to 12.")
        )
    return year, month_number
