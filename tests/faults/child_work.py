"""What the fault tests' children do, and the words they write (made the same way here and
in the tests that check them afterwards).

Each function runs in a child process (``tests.faults.children``): it waits for ``open``,
opens the journal, sends ``ready``, waits for ``go``, works, and sends a message after each
step that has returned. Then it waits to be killed. ``parent`` has ``recv`` and ``send``.
This module loads no test fixtures: the fork server imports it.
"""

from __future__ import annotations

import os
import resource
import signal
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE
from reflect.core.errors import JournalError, JournalInUse
from reflect.core.importing import ImportedEntry, ImportedMoment
from reflect.core.journal import Journal


def entry_text(title: str, revised: bool = False) -> str:
    """The words of the entry called ``title`` ("… entry 12"): from one paragraph to
    several pages of them, so a kill can land in the middle of writing a page. A revision
    adds a paragraph at the end."""
    number = int(title.rsplit(" ", 1)[1])
    paragraph = f"{title}: I went to the meeting, and I stayed for coffee afterwards. " * 6
    text = "\n".join([paragraph] * (1 + number * 7 % 12))
    return text + "\nLater: I called my sponsor." if revised else text


def imported_entries(count: int) -> list[ImportedEntry]:
    """``count`` entries as an importer hands them over, each with tags and a moment."""
    start = datetime(2024, 1, 1, 8, 30, tzinfo=UTC)
    return [
        ImportedEntry(
            source_key=f"faults:{number}",
            created=start + timedelta(days=number),
            title=f"imported {number}",
            text=f"Imported day {number}. The walk helped, and so did the phone call. " * 8,
            tags=("imported", f"week {number // 7}"),
            moments=(ImportedMoment(0, 18, HOPE),),
        )
        for number in range(count)
    ]


def _opened(parent: Any, folder: Path, passphrase: str) -> Journal:
    parent.recv()  # "open": the parent is done with the journal
    journal = Journal.unlock(folder, passphrase)
    parent.send("ready")
    parent.recv()  # "go"
    return journal


def _stay(parent: Any) -> None:
    """Wait to be killed: a kill after the work is done must find all of it."""
    parent.send("done")
    parent.recv()


def saving(parent: Any, folder: Path, passphrase: str, trial: int | str) -> None:
    """Save new entries in a loop, every third time also revising the one before;
    reports ("saved", id, title) and ("revised", id)."""
    journal = _opened(parent, folder, passphrase)
    number, previous, previous_title = 0, 0, ""
    while True:
        title = f"trial {trial} entry {number}"
        changes = journal.add_entry(title=title, text=entry_text(title), tags=[f"t{number % 5}"])
        assert changes.created is not None
        parent.send(("saved", changes.created, title))
        if number % 3 == 2:
            journal.update_entry(previous, text=entry_text(previous_title, revised=True))
            parent.send(("revised", previous, previous_title))
        number, previous, previous_title = number + 1, changes.created, title


def importing(parent: Any, folder: Path, passphrase: str, count: int) -> None:
    """Import ``count`` entries in one call (read and checked beforehand, as the import
    dialog has them)."""
    entries = imported_entries(count)
    journal = _opened(parent, folder, passphrase)
    journal.import_entries(entries)
    _stay(parent)


def backing_up(parent: Any, folder: Path, passphrase: str, to: Path | None, today: date) -> None:
    """Back up to the file ``to`` ("Back Up Now…"), or make ``today``'s automatic backup."""
    journal = _opened(parent, folder, passphrase)
    if to is None:
        journal.back_up_automatically(today=today)
    else:
        journal.back_up(to)
    _stay(parent)


def changing_passphrase(parent: Any, folder: Path, old: str, new: str) -> None:
    """Change the passphrase from ``old`` to ``new``."""
    journal = _opened(parent, folder, old)
    journal.change_passphrase(old, new, kdf=KdfParams.fast_for_tests())
    _stay(parent)


def writing_past_a_size_limit(
    parent: Any, folder: Path, passphrase: str, extra_bytes: list[int]
) -> None:
    """Round after round: cap the size any file may grow to (``RLIMIT_FSIZE``, a full
    disk for this process) a little above the journal's files, try to save a large entry,
    lift the cap and save a small one; every other round also locks the journal while
    capped and opens it again. Reports ("fit" | "refused" | "saved", round, detail)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails, not kills
    journal = Journal.unlock(folder, passphrase)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    for round_number, extra in enumerate(extra_bytes):
        largest = max(path.stat().st_size for path in folder.iterdir())
        resource.setrlimit(resource.RLIMIT_FSIZE, (largest + extra, hard))
        try:
            journal.add_entry(title=f"large {round_number}", text="The disk is full now. " * 30_000)
            parent.send(("fit", round_number, ""))
        except JournalError as error:
            parent.send(("refused", round_number, f"{type(error).__name__}: {error}"))
        if round_number % 2:
            journal.lock()  # its last checkpoint may not fit: the log stays for next time
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space is back
        if journal.is_locked:
            journal = Journal.unlock(folder, passphrase)
        journal.add_entry(title=f"after {round_number}", text="Space is back. I kept writing.")
        parent.send(("saved", round_number, str(journal.entry_count())))
    journal.lock()
    parent.send("done")


def holding(parent: Any, folder: Path, passphrase: str) -> None:
    """Keep the journal open (as a window does) until ``go``, then lock it."""
    journal = _opened(parent, folder, passphrase)
    journal.lock()
    _stay(parent)


def open_under_a_permissive_umask(parent: Any, folder: Path, passphrase: str, today: date) -> None:
    """With ``umask 0`` (anything created is open to everyone unless Reflect says
    otherwise): create the journal where its parent folders don't exist yet, write, make
    today's automatic backup, then keep it open (its write-ahead log, shared memory and
    lock file exist only while it is open) and say ``ready``."""
    os.umask(0)
    journal = Journal.create(folder, passphrase, kdf=KdfParams.fast_for_tests())
    journal.add_entry(title="private", text="Only mine to read.")
    journal.back_up_automatically(today=today)
    journal.add_entry(title="after the backup", text="Still only mine.")
    parent.send("ready")
    parent.recv()


def forking_while_holding(parent: Any, folder: Path, passphrase: str) -> None:
    """Hold the journal, then ``fork``: a copy of a process is another process, so the copy
    must be refused, and its ending must not let go of this process's hold. Reports the
    copy's exit code (3: refused), then holds the journal until ``go``."""
    journal = Journal.unlock(folder, passphrase)
    copy = os.fork()
    if copy == 0:  # the copy: never returns into the fork server's code
        code = 70
        try:
            Journal.unlock(folder, passphrase).lock()
            code = 0
        except JournalInUse:
            code = 3
        finally:
            os._exit(code)
    _, status = os.waitpid(copy, 0)
    parent.send(os.waitstatus_to_exitcode(status))
    parent.recv()
    journal.lock()
    _stay(parent)
