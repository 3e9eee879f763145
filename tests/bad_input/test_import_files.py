"""Damaged import files, all the way into a real journal: imported, or refused with a clear
``ImportProblem`` and the journal left exactly as it was.

The importers' own tests (``tests/core/test_import_*.py``, ``test_export.py``) feed each
parser random bytes, truncations and random JSON. Here a good file of every format
(jrnl text and JSON, Day One JSON and zip, Reflect's JSON, a Markdown folder) is damaged
the ways files get damaged (cut short, a byte flipped, bytes that aren't UTF-8, a NUL, a
line of megabytes, a BOM, Windows line ends) and goes through the same path as ``reflect
import``: read with the format's parser, then ``Journal.import_entries``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reflect.cli.import_commands import read_entries
from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, Entry, Moment
from reflect.core.errors import JournalError
from reflect.core.exporting import export_json, markdown_document
from reflect.core.importing import ImportedEntry, ImportProblem
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import snapshot
from tests.import_samples import DAYONE_EXPORT, JRNL_EXPORT, JRNL_TEXT, write_dayone_zip

WHEN = datetime(2026, 3, 14, 21, 30, tzinfo=UTC)
ENTRY = Entry(
    id=1,
    created=WHEN,
    updated=WHEN,
    title="Ninety days",
    text="I said my number out loud.\nThen coffee.",
    tags=("group",),
    moments=(Moment(1, 1, 0, 26, HOPE, "remember"),),
    mood=4,
)


@dataclass(frozen=True)
class Sample:
    """A good file of one format: its name in ``FORMATS``, its file name, its bytes
    (a Markdown sample is one file inside the folder that is imported)."""

    format: str
    name: str
    data: bytes
    in_folder: bool = False


def _samples(scratch: Path) -> list[Sample]:
    export_json([ENTRY], scratch / "export.json", exported=WHEN)
    write_dayone_zip(scratch / "dayone.zip", {"Journal.json": DAYONE_EXPORT})
    return [
        Sample("jrnl", "journal.txt", JRNL_TEXT.encode()),
        Sample("jrnl", "journal.json", json.dumps(JRNL_EXPORT, indent=2).encode()),
        Sample("dayone", "Journal.json", json.dumps(DAYONE_EXPORT, indent=2).encode()),
        Sample("dayone", "dayone.zip", (scratch / "dayone.zip").read_bytes()),
        Sample("json", "export.json", (scratch / "export.json").read_bytes()),
        Sample("markdown", "2026-03-14 Ninety days.md", markdown_document(ENTRY).encode(), True),
    ]


@dataclass(frozen=True)
class Damage:
    """How a file is damaged: ``how``, at ``where`` (taken modulo its length), with
    ``byte``; ``again`` more times for the damage that can pile up."""

    how: str
    where: int
    byte: int
    again: int

    def done_to(self, data: bytes) -> bytes:
        data = _DAMAGE[self.how](data, self.where % (len(data) + 1), self.byte)
        for time in range(self.again if self.how in ("flip", "nul") else 0):
            at = (self.where * 7 + 13 * (time + 1)) % (len(data) + 1)
            data = _DAMAGE[self.how](data, at, (self.byte + time + 1) % 256)
        return data


def _flip(data: bytes, at: int, byte: int) -> bytes:
    if not data:
        return data
    changed = bytearray(data)
    changed[at % len(data)] ^= byte or 0x5A
    return bytes(changed)


_DAMAGE = {
    "cut": lambda data, at, _: data[:at],
    "flip": _flip,
    "not utf-8": lambda data, at, byte: data[:at] + bytes([0x80 | byte % 0x40, 0xFF]) + data[at:],
    "nul": lambda data, at, _: data[:at] + b"\x00" + data[at:],
    "huge line": lambda data, at, _: data[:at] + b"x" * (2 * 1024 * 1024) + data[at:],
    "bom": lambda data, _, __: b"\xef\xbb\xbf" + data,
    "crlf": lambda data, _, __: data.replace(b"\n", b"\r\n"),
    "as is": lambda data, _, __: data,
}
damages = st.builds(
    Damage,
    how=st.sampled_from(sorted(_DAMAGE)),
    where=st.integers(0, 10**6),
    byte=st.integers(0, 255),
    again=st.integers(0, 3),
)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    folder = tmp_path_factory.mktemp("imports") / "journal"
    with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as opened:
        opened.add_entry(title="Before", text="Written before any import.")
        yield opened


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> list[Sample]:
    return _samples(tmp_path_factory.mktemp("samples"))


def _state(journal: Journal) -> tuple[tuple[object, ...], tuple[str, ...]]:
    """Everything an import could change, as the journal reports it."""
    entries = tuple(
        (e.id, e.created, e.title, e.text, e.tags, e.mood, e.moments, e.formatting)
        for e in journal.iter_entries()
    )
    return entries, tuple(journal.tags())


def _read(sample: Sample, data: bytes, place: Path) -> list[ImportedEntry] | ImportProblem:
    """The entries read from ``data`` saved as ``sample``'s file, or the problem."""
    target = place / sample.name
    target.write_bytes(data)
    try:
        return read_entries(sample.format, place if sample.in_folder else target)
    except ImportProblem as problem:
        return problem
    finally:
        shutil.rmtree(place)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(which=st.integers(0, 5), damage=damages)
def test_a_damaged_file_is_imported_or_refused_leaving_the_journal_as_it_was(
    journal: Journal,
    samples: list[Sample],
    tmp_path_factory: pytest.TempPathFactory,
    which: int,
    damage: Damage,
) -> None:
    sample = samples[which]
    before, files_before = _state(journal), snapshot(journal.folder)
    read = _read(sample, damage.done_to(sample.data), tmp_path_factory.mktemp("file"))
    event(
        f"{sample.name}, {damage.how}: {'refused' if isinstance(read, ImportProblem) else 'read'}"
    )
    if isinstance(read, ImportProblem):
        assert str(read).startswith("Reflect can't import"), str(read)
        assert _state(journal) == before and snapshot(journal.folder) == files_before
        return
    try:
        result = journal.import_entries(read)
    except JournalError:
        assert _state(journal) == before  # one transaction: all of it or nothing
        return
    assert result.added + result.skipped == len(read)
    assert len(_state(journal)[0]) == len(before[0]) + result.added


def test_the_good_samples_import(journal: Journal, samples: list[Sample], tmp_path: Path) -> None:
    """The samples the damage starts from are good files: each imports as it is."""
    for sample in samples:
        place = tmp_path / sample.format / sample.name.replace(".", "-")
        place.mkdir(parents=True)
        (place / sample.name).write_bytes(sample.data)
        entries = read_entries(sample.format, place if sample.in_folder else place / sample.name)
        assert entries, sample.name
        journal.import_entries(entries)
