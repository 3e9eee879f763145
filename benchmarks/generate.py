"""Generate a synthetic journal for the benchmarks: entries of about 200 words over years.

Each entry has a date somewhere in five years, a short made-up title (sometimes none), about
200 words, up to three tags, and now and then a hope or struggle moment (a sentence of its
text, sometimes with a note). The same ``--seed`` always gives the same entries. The
journal gets the default Argon2id settings and the throwaway passphrase ``PASSPHRASE``, so
unlocking it costs what unlocking a real journal costs.

Why the entries are written below the ``Journal`` facade: the public API has no batch call.
``Journal.add_entry`` is one transaction per entry, and every commit waits for ``fsync``
(``synchronous = FULL``): measured here about 1.1 ms per entry at first and 1.6 ms on
average over 10,000 entries, so 100,000 entries would take several minutes. This script
creates the journal with ``Journal.create`` (folder, key file, schema: the real thing) and
then writes the rows with the same storage functions ``add_entry`` uses
(``reflect.core.storage.entries``) in transactions of ``BATCH`` entries. The search index
is filled once at the end with FTS5's ``rebuild`` command, which reads the same
``entry_search_source`` view that ``index_entry`` reads, so the index holds what one
``index_entry`` per entry would have put there (``Journal.check_integrity`` agrees; a
small journal written both ways reads back identical, search included), in about half the
time: 100,000 entries (a 400 MB database) take about 30 s in all here, against about 50 s
indexing each entry as it is written. ``--via-api`` writes through ``Journal.add_entry``
instead, to check these numbers.

A folder that already holds a journal with the wanted number of entries (and that opens
with ``PASSPHRASE``) is reused as it is, whatever seed made it; one with another count is
made again. A folder holding anything else is refused, never overwritten. Run it from the
repository root::

    .venv/bin/python benchmarks/generate.py --entries 100000 --out benchmarks/out/journal-100000
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

from reflect.core import domain
from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.errors import JournalError, WrongPassphrase
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal, journal_exists
from reflect.core.storage import entries as store
from reflect.core.storage.connection import (
    Connection,
    close_database,
    open_database,
    transaction,
)

# A throwaway passphrase for throwaway journals.
PASSPHRASE = "correct horse battery staple, but longer"  # noqa: S105
SEED = 20240601
BATCH = 5_000  # entries per transaction
WORDS_PER_ENTRY = 200
MADE_UP_WORDS = 3_000
SPAN = timedelta(days=5 * 365)
START = datetime(2020, 1, 1, tzinfo=UTC)
HOPE_SHARE, STRUGGLE_SHARE, NOTE_SHARE = 0.3, 0.2, 0.5

REAL_WORDS = (  # split in make_vocabulary
    "today meeting sponsor craving gratitude walk sleep family work call friend morning "
    "evening tired hopeful anxious calm step program coffee rain sun honest slip sober "
    "relapse group share listen breathe pray journal kitchen bus doctor sister brother "
    "mother father hard easy better worse again still maybe enough proud afraid angry"
)
TAGS = ("meeting", "sponsor", "family", "work", "cravings", "gratitude", "sleep", "health")
SYLLABLES = ("ka", "lo", "mi", "ren", "sta", "vu", "tor", "el", "qui", "ban", "do", "fe", "zir")
NOTES = ("remember this", "ask my sponsor", "it passed", "again on Sunday", "")


@dataclass(frozen=True)
class SyntheticEntry:
    """One made-up entry, ready for ``Journal.add_entry`` or the bulk writer."""

    title: str
    text: str
    created: datetime
    tags: tuple[str, ...]
    moments: tuple[MomentDraft, ...]


# --- making up entries -------------------------------------------------------------------


def make_vocabulary(rng: random.Random) -> list[str]:
    """A few thousand made-up words plus some real ones."""
    made_up: set[str] = set()
    while len(made_up) < MADE_UP_WORDS:
        made_up.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(made_up) + REAL_WORDS.split()


def make_sentences(rng: random.Random, vocabulary: Sequence[str]) -> list[str]:
    """About ``WORDS_PER_ENTRY`` words in sentences of varying length."""
    words = rng.choices(vocabulary, k=rng.randint(WORDS_PER_ENTRY - 20, WORDS_PER_ENTRY + 20))
    sentences: list[str] = []
    start = 0
    while start < len(words):
        length = rng.randint(6, 18)
        sentences.append(" ".join(words[start : start + length]).capitalize() + ".")
        start += length
    return sentences


def make_moments(rng: random.Random, sentences: Sequence[str]) -> tuple[MomentDraft, ...]:
    """Now and then a hope or a struggle: one whole sentence of the text."""
    moments = []
    for kind, share in ((HOPE, HOPE_SHARE), (STRUGGLE, STRUGGLE_SHARE)):
        if rng.random() < share:
            index = rng.randrange(len(sentences))
            start = sum(len(sentence) + 1 for sentence in sentences[:index])  # " " joins them
            note = rng.choice(NOTES) if rng.random() < NOTE_SHARE else ""
            moments.append(MomentDraft(None, start, start + len(sentences[index]), kind, note))
    return tuple(moments)


def synthetic_entries(count: int, seed: int = SEED) -> Iterator[SyntheticEntry]:
    """``count`` made-up entries in no particular order of date; the same for the same seed."""
    rng = random.Random(seed)
    vocabulary = make_vocabulary(rng)
    for _ in range(count):
        sentences = make_sentences(rng, vocabulary)
        yield SyntheticEntry(
            title=" ".join(rng.choices(vocabulary, k=rng.randint(0, 5))),
            text=" ".join(sentences),
            created=START + timedelta(seconds=rng.uniform(0, SPAN.total_seconds())),
            tags=domain.normalize_tags(rng.sample(TAGS, k=rng.randint(0, 3))),
            moments=make_moments(rng, sentences),
        )


# --- writing them ------------------------------------------------------------------------


def add_with_journal_api(journal: Journal, entries: Iterable[SyntheticEntry]) -> None:
    """One ``Journal.add_entry`` (one transaction, one fsync) per entry: slow, but public."""
    for entry in entries:
        journal.add_entry(
            title=entry.title,
            text=entry.text,
            created=entry.created,
            tags=entry.tags,
            moments=entry.moments,
        )


def add_in_bulk(connection: Connection, entries: Iterable[SyntheticEntry]) -> None:
    """The rows ``add_entry`` would write, ``BATCH`` entries per transaction, indexed once."""
    iterator = iter(entries)
    while batch := list(islice(iterator, BATCH)):
        with transaction(connection):
            for entry in batch:
                entry_id = store.insert_entry(
                    connection,
                    created=entry.created,
                    title=entry.title,
                    text=entry.text,
                    formatting=(),
                )
                store.set_entry_tags(connection, entry_id, entry.tags)
                for m in entry.moments:
                    store.insert_moment(
                        connection, entry_id, start=m.start, end=m.end, kind=m.kind, note=m.note
                    )
    with transaction(connection):
        # FTS5's own command: re-reads the index's content (the entry_search_source view).
        connection.execute("INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")


def generate_journal(
    folder: Path,
    count: int,
    seed: int = SEED,
    *,
    kdf: KdfParams | None = None,
    via_api: bool = False,
) -> float:
    """Create a journal in ``folder`` holding ``count`` made-up entries; the seconds taken.

    It is made in a hidden sibling folder and renamed into place when complete, so an
    interrupted run never leaves a journal that looks finished (say, one not yet indexed).
    """
    started = time.perf_counter()
    stage = folder.parent / f".{folder.name}.generating"
    shutil.rmtree(stage, ignore_errors=True)  # left by an interrupted run
    try:
        journal = Journal.create(stage, PASSPHRASE, kdf=kdf)
        if via_api:
            try:
                add_with_journal_api(journal, synthetic_entries(count, seed))
            finally:
                journal.lock()
        else:
            journal.lock()
            data_key = KeyFile.read(stage / KEY_FILE_NAME).unwrap(PASSPHRASE)
            connection = open_database(stage / DATABASE_NAME, data_key)
            try:
                add_in_bulk(connection, synthetic_entries(count, seed))
            finally:
                close_database(connection)  # checkpoints the write-ahead log into the file
        stage.rename(folder)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return time.perf_counter() - started


class NotABenchmarkJournal(Exception):
    """The folder holds something this script did not make; it is left alone."""


def cached_entry_count(folder: Path) -> int | None:
    """Entries in the benchmark journal in ``folder``; ``None`` when there is no journal."""
    if not folder.exists():
        return None
    if not journal_exists(folder):
        if any(folder.iterdir()):
            raise NotABenchmarkJournal(f"{folder} holds files that are not a journal")
        return None
    try:
        with Journal.unlock(folder, PASSPHRASE) as journal:
            return journal.entry_count()
    except WrongPassphrase:
        raise NotABenchmarkJournal(f"{folder} holds a journal this script did not make") from None
    except JournalError:
        return -1  # ours (the key opened) but unreadable: made again


def ensure_journal(
    folder: Path, count: int, seed: int = SEED, *, via_api: bool = False
) -> float | None:
    """Make sure ``folder`` holds a benchmark journal of ``count`` entries.

    Returns the seconds generating took, or ``None`` when the journal there was reused.
    """
    found = cached_entry_count(folder)
    if found == count:
        return None
    if found is not None:  # ours (it opens with the throwaway passphrase), wrong size
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    return generate_journal(folder, count, seed, via_api=via_api)


# --- command line ------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, required=True, help="how many entries")
    parser.add_argument("--out", type=Path, required=True, help="the journal folder")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--via-api", action="store_true", help="write through Journal.add_entry (slow)"
    )
    args = parser.parse_args(argv)
    if args.entries < 0:
        parser.error("--entries must be zero or more")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        seconds = ensure_journal(args.out, args.entries, args.seed, via_api=args.via_api)
    except NotABenchmarkJournal as error:
        print(f"generate: {error}; choose another --out", file=sys.stderr)
        return 1
    if seconds is None:
        print(f"{args.out} already holds {args.entries:,} entries; reused.")
    else:
        print(f"Generated {args.entries:,} entries in {args.out} in {seconds:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
