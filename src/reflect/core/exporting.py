"""Exporting the whole journal, decrypted, as JSON or as a folder of Markdown files.

Both formats are Reflect's own and read back without loss (``reflect.core.importers``
``json`` and ``markdown``); docs/EXPORT-FORMAT.md describes them. An export is plain text
that anyone can read, so it is written only when asked for, privately (files 0600, folder
0700), never over something already there, and all at once: the JSON file is written
beside its place and renamed into it, the Markdown folder is filled under a hidden name and
renamed when complete. A cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import IO

from reflect.core import front_matter
from reflect.core.domain import Entry
from reflect.core.entry_records import (
    FORMAT_NAME,
    FORMAT_VERSION,
    entry_key,
    entry_record,
    formatting_records,
)
from reflect.core.errors import DiskError, DiskFull, JournalError, JournalNotWritable
from reflect.core.export_names import check_file_path, entry_file_name, hidden_name, name_key
from reflect.core.files import (
    PRIVATE_FILE_MODE,
    fsync_folder,
    make_private_folder,
    make_private_folders,
)
from reflect.core.journal import Journal, local_now
from reflect.core.progress import Progress
from reflect.core.wording import QT_TRANSLATE_NOOP

EXPORT_WARNING = (
    "This writes every entry in your journal to files that are NOT encrypted. Anyone who "
    "can open these files can read them. Keep them somewhere safe, and delete them when "
    "you no longer need them."
)


class ExportFormat(Enum):
    """The formats Reflect exports to (the CLI's ``--format``)."""

    JSON = "json"
    MARKDOWN = "markdown"


class ExportProblem(JournalError):
    """The export can't be written where asked; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    """Where an export went and how many entries it holds."""

    path: Path
    entries: int


def export_journal(
    journal: Journal,
    kind: ExportFormat,
    target: Path,
    progress: Progress | None = None,
    *,
    overwrite: bool = False,
) -> ExportResult:
    """Export every entry of ``journal`` to ``target`` (a file for JSON, a folder for
    Markdown). ``overwrite`` lets a JSON export replace an existing file."""
    target = target.absolute()
    total = journal.entry_count()
    if kind is ExportFormat.JSON:
        count = export_json(
            journal.iter_entries(), target, progress, total=total, overwrite=overwrite
        )
    else:
        count = export_markdown(journal.iter_entries(), target, progress, total=total)
    return ExportResult(target, count)


def check_target(kind: ExportFormat, target: Path, *, overwrite: bool = False) -> None:
    """Refuse a place the export can't go, before any work (``ExportProblem`` says why):
    an existing file without ``overwrite``, a folder that isn't empty, a missing folder."""
    target = target.absolute()
    with _export_errors(target):
        if kind is ExportFormat.JSON:
            _check_file_target(target, overwrite)
        else:
            _check_folder_target(target)


# --- JSON --------------------------------------------------------------------------------------


def export_json(
    entries: Iterable[Entry],
    path: Path,
    progress: Progress | None = None,
    *,
    total: int = 0,
    overwrite: bool = False,
    exported: datetime | None = None,
) -> int:
    """Write ``entries`` to the JSON file ``path``; returns how many were written.

    Refuses an existing file unless ``overwrite``. Streams the entries, so a long journal
    is never held in memory whole.
    """
    progress = progress or Progress()
    path = path.absolute()
    with _export_errors(path):
        _check_file_target(path, overwrite)
    with (
        new_private_file(path, overwrite=overwrite) as fd,
        open(fd, "w", encoding="utf-8", newline="\n", closefd=False) as stream,
    ):
        count = _write_json(stream, entries, progress, total, exported or local_now())
    return count


def _write_json(
    stream: IO[str], entries: Iterable[Entry], progress: Progress, total: int, exported: datetime
) -> int:
    header = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported": exported.isoformat()}
    stream.write(json.dumps(header, ensure_ascii=False, indent=2)[:-2] + ',\n  "entries": [')
    progress.start(total, QT_TRANSLATE_NOOP("progress", "Writing your entries…"))
    count = 0
    for count, entry in enumerate(entries, start=1):
        record = json.dumps(entry_record(entry), ensure_ascii=False, indent=2)
        # Readers that turn U+2029 into a line break (as Reflect's own importer does with
        # any text it reads) would break a string apart; escaped, it survives anything.
        record = record.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        # Indented by hand: textwrap would also break lines at U+0085 and U+2028 in strings.
        indented = "\n".join("    " + line for line in record.split("\n"))
        stream.write(("\n" if count == 1 else ",\n") + indented)
        progress.advance()
    stream.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def write_new_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` as the private file ``path`` all at once (see ``new_private_file``)."""
    with new_private_file(path, overwrite=overwrite) as fd:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]


@contextlib.contextmanager
def new_private_file(path: Path, *, overwrite: bool = False) -> Iterator[int]:
    """A file descriptor to write ``path``'s contents to; they appear at ``path`` (0600)
    only once complete and on the disk, never over another file unless ``overwrite``.

    The writing goes to a hidden file beside ``path``, which is synced, then moved into
    place; if anything fails, Ctrl+C included, the hidden copy is removed: no half-written
    or temporary copy of what was exported is ever left behind.
    """
    with _export_errors(path):
        temp = path.with_name(hidden_name(path.name, "tmp"))
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have removed bits, never added
            yield fd
            os.fsync(fd)
            os.close(fd)
            fd = -1
            _publish(temp, path, overwrite)
        except BaseException:
            if fd != -1:
                os.close(fd)
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        fsync_folder(path.parent)


def _check_file_target(path: Path, overwrite: bool) -> None:
    check_file_path(path)
    if path.is_dir():
        raise ExportProblem(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is a folder. Please choose a file name for the export."
            ),
            path=path,
        )
    if path.exists() and not overwrite:
        raise _file_there(path)
    if not path.parent.is_dir():
        raise _no_folder(path)


def _file_there(path: Path) -> ExportProblem:
    return ExportProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "There's already a file at {path}. Reflect won't replace it; choose another name.",
        ),
        path=path,
    )


def _no_folder(path: Path) -> ExportProblem:
    return ExportProblem(
        QT_TRANSLATE_NOOP("errors", "There's no folder {folder} to save the export in."),
        folder=path.parent,
    )


def _publish(temp: Path, path: Path, overwrite: bool) -> None:
    """Move the finished file into place; without ``overwrite`` never over another file."""
    if overwrite:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # fails if something appeared at ``path`` meanwhile
    except FileExistsError:
        raise _file_there(path) from None
    except OSError:  # a file system without hard links: checked above, good enough
        os.replace(temp, path)
        return
    temp.unlink()


# --- Markdown --------------------------------------------------------------------------------


def export_markdown(
    entries: Iterable[Entry],
    folder: Path,
    progress: Progress | None = None,
    *,
    total: int = 0,
) -> int:
    """Write one Markdown file per entry into ``folder`` (new, or empty); returns how many."""
    progress = progress or Progress()
    # Where the folder really is, "..", "." and links worked out: with "missing/../out",
    # removing the empty "out" left the hidden staging folder (entries in plain text)
    # unreachable by its own name, so a failed export could not clean it away.
    check_file_path(folder)  # first: a NUL would stop realpath with a ValueError
    folder = Path(os.path.realpath(folder.absolute()))
    with _export_errors(folder):
        _check_folder_target(folder)
        make_private_folders(folder.parent)
        stage = folder.parent / hidden_name(folder.name, "exporting")
        make_private_folder(stage)
        try:
            count = _write_markdown_files(entries, stage, progress, total)
            _flush_to_disk(stage)
            if folder.exists():
                folder.rmdir()  # empty, checked above; fails if something arrived since
            stage.rename(folder)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        fsync_folder(folder.parent)
    return count


def _write_markdown_files(
    entries: Iterable[Entry], stage: Path, progress: Progress, total: int
) -> int:
    progress.start(total, QT_TRANSLATE_NOOP("progress", "Writing your entries…"))
    taken: set[str] = set()
    count = 0
    for entry in entries:
        count += 1
        name = entry_file_name(entry, taken)
        taken.add(name_key(name))
        _write_private_file(stage / name, markdown_document(entry).encode("utf-8"))
        progress.advance()
    return count


def markdown_document(entry: Entry) -> str:
    """An entry as one Markdown file: front matter, then its text exactly as written.

    The text is not turned into Markdown syntax: ``**`` or ``#`` added for formatting
    would shift every offset after them. Formatting is kept in the front matter instead.
    """
    fields: dict[str, front_matter.Value] = {
        "reflect": FORMAT_VERSION,
        "key": entry_key(entry),
        "date": entry.created.isoformat(),
        "updated": entry.updated.isoformat(),
        "title": entry.title,
        "tags": list(entry.tags),
        "mood": entry.mood,
        "moments": [
            {
                "kind": moment.kind,
                "start": moment.start,
                "end": moment.end,
                "note": moment.note,
                "text": moment.passage(entry.text),
            }
            for moment in entry.moments
        ],
        "formatting": [front_matter.Inline(span) for span in formatting_records(entry.formatting)],
    }
    return front_matter.dump(fields) + entry.text


def _check_folder_target(folder: Path) -> None:
    check_file_path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise ExportProblem(
                QT_TRANSLATE_NOOP(
                    "errors", "{folder} is a file. Please choose a folder for the export."
                ),
                folder=folder,
            )
        if any(folder.iterdir()):
            raise ExportProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The folder {folder} already has files in it. Choose a new or empty "
                    "folder for the export, so nothing in it is mixed up or replaced.",
                ),
                folder=folder,
            )


def _write_private_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _flush_to_disk(folder: Path) -> None:
    """Make the files in ``folder`` durable before it is renamed into place.

    One system-wide ``sync`` instead of an ``fsync`` per file: for 10,000 files it took
    0.2 s here against 3 s. Where there is no ``sync`` (Windows), each file is synced.
    """
    if hasattr(os, "sync"):
        os.sync()
    else:
        for path in folder.iterdir():
            with path.open("rb+") as file:
                os.fsync(file.fileno())
    fsync_folder(folder)


@contextlib.contextmanager
def _export_errors(path: Path) -> Iterator[None]:
    """The operating system's refusals, told in words a person can act on."""
    try:
        yield
    except PermissionError:
        raise JournalNotWritable(path) from None
    except FileNotFoundError:
        raise _no_folder(path) from None
    except (FileExistsError, NotADirectoryError, IsADirectoryError):
        raise ExportProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Something else is already at {path}. Choose a new place for the export."
            ),
            path=path,
        ) from None
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        if error.errno == errno.EROFS:
            raise JournalNotWritable(path) from None
        if error.errno == errno.ENOTEMPTY:
            raise ExportProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The folder {folder} got files in it during the export; nothing was written.",
                ),
                folder=path,
            ) from None
        raise DiskError(path) from None
