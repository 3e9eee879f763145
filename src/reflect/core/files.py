"""Careful file writing: private permissions, and replacement that is atomic on disk.

A key file must never be half-written: a crash while writing leaves either the old file or
the new one, never a mix (write a temporary file beside it, fsync, rename, fsync the folder).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from reflect.core.errors import DiskError, DiskFull, InvalidInput, JournalNotWritable
from reflect.core.wording import QT_TRANSLATE_NOOP

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner; fail if it exists already."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have removed bits, never added
    finally:
        os.close(fd)


def make_private_folder(path: Path) -> None:
    """Create a folder only its owner may enter; fail if it exists already."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE)
    path.chmod(PRIVATE_FOLDER_MODE)


def make_private_folders(path: Path) -> None:
    """Create ``path`` and whichever of its parents are missing, each one only its owner may
    enter; folders already there are left as they are. (``mkdir -p`` would give the new
    parents the umask's permissions, which can let anyone move a journal away.)"""
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            make_private_folder(folder)
        except FileExistsError:
            if not folder.is_dir():
                raise  # a file where a folder should be: the caller says so
            # else another program made it meanwhile: it is theirs, left as it is


def fsync_folder(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (POSIX); a no-op where unsupported."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename is still atomic
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file whole."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    os.close(fd)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(path.parent)


@contextlib.contextmanager
def file_errors(path: Path) -> Iterator[None]:
    """Turn the operating system's file errors about ``path`` into journal errors."""
    try:
        yield
    except PermissionError:
        raise JournalNotWritable(path) from None
    except (FileExistsError, NotADirectoryError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "{path} can't hold a journal: part of that path is a file."
            ),
            path=path,
        ) from None
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        if error.errno == errno.EROFS:
            raise JournalNotWritable(path) from None
        raise DiskError(path) from None
