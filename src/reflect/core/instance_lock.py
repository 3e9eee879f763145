"""One Reflect process at a time per journal: a lock file, held while the journal is open.

SQLite alone would keep two processes from damaging the journal, but not from surprising
the person: two windows on one journal each keep their own copy of an entry on screen, and
whichever saves last silently drops the other's words. So a second process (another
window, or a ``reflect`` command while the window is open) is refused with a clear message
(``JournalInUse``) before it reads anything.

The lock is ``flock`` on ``reflect.lock`` in the journal's folder. The kernel lets go of it
when the process ends, however it ends, so a crash never leaves a journal that won't open:
a file left behind by a killed process is simply locked again by the next one. It is
removed when the journal is locked, so a journal at rest is its two files.

The lock belongs to the process, not to each ``Journal``: one process may open its journal
more than once (the window's worker and a restore's check; a test beside a window), but
``flock`` refuses a second open file even within one process. So a process keeps one lock
per journal folder and counts who uses it; the last ``release`` lets go.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reflect.core.errors import JournalInUse
from reflect.core.files import PRIVATE_FILE_MODE

LOCK_FILE_NAME = "reflect.lock"


@dataclass
class _Held:
    fd: int
    path: Path
    users: int


# Keyed by the folder's (device, inode), not its name: a folder renamed aside by a restore
# keeps its lock, and a new folder put in its place is a different journal.
_held: dict[tuple[int, int], _Held] = {}
_guard = threading.Lock()


class InstanceLock:
    """This process's hold on one journal folder, from ``hold`` until ``release``."""

    def __init__(self, key: tuple[int, int]) -> None:
        self._key: tuple[int, int] | None = key

    def release(self) -> None:
        """Stop using the journal; the last user of it in this process unlocks it.
        Safe to call more than once."""
        key, self._key = self._key, None
        if key is None:
            return
        with _guard:
            held = _held.get(key)
            if held is None:
                return
            held.users -= 1
            if held.users:
                return
            del _held[key]
            # Removed while still locked, so whoever opened it meanwhile finds, once it
            # holds the lock, that the name no longer leads to its file, and starts again.
            if _names(held.fd, held.path):
                with contextlib.suppress(OSError):  # a folder made read-only meanwhile
                    held.path.unlink()
            os.close(held.fd)


def hold(folder: Path) -> InstanceLock:
    """Hold the journal in ``folder`` for this process; ``JournalInUse`` if another process
    has it open. Raises ``OSError`` when the lock file can't be made (the caller turns it
    into words with ``file_errors``)."""
    info = os.stat(folder)
    key = (info.st_dev, info.st_ino)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.users += 1
        else:
            path = folder / LOCK_FILE_NAME
            _held[key] = _Held(_lock(path), path, 1)
    return InstanceLock(key)


def _lock(path: Path) -> int:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, PRIVATE_FILE_MODE)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise JournalInUse() from None
            if _names(fd, path):
                os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have removed bits, never added
                return fd
        except BaseException:
            os.close(fd)
            raise
        # The process before us removed the file between our open and our lock.
        os.close(fd)


def _names(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        on_disk = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def _forget_after_fork() -> None:
    # A forked child is another process: the parent's lock is not its own. Closing the
    # child's copies of the files doesn't unlock them (the parent still has them open).
    global _guard  # noqa: PLW0603 - the guard may have been held by a thread left behind
    _guard = threading.Lock()
    for held in _held.values():
        with contextlib.suppress(OSError):
            os.close(held.fd)
    _held.clear()


os.register_at_fork(after_in_child=_forget_after_fork)
