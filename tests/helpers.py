"""Helpers shared by tests: scanning the disk for plaintext, snapshots of a folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reflect.core.errors import WrongPassphrase
from reflect.core.journal import Journal
from reflect.core.search import SearchFilters, SearchQuery

ROOT = Path(__file__).resolve().parents[1]


def encodings_of(word: str) -> list[bytes]:
    """The ways ``word`` could sit in a file in plaintext."""
    return [word.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing(word: str, *folders: Path) -> list[Path]:
    """Every file under ``folders`` holding ``word`` as UTF-8 or UTF-16 text."""
    needles = encodings_of(word)
    found = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                path = Path(root, name)
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.append(path)
    return found


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Each file's SHA-256 and mode, to prove a folder was left exactly as it was."""
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            result[str(path.relative_to(folder))] = (digest, path.stat().st_mode)
    return result


@dataclass
class Run:
    """What a CLI run returned."""

    code: int
    stdout: str
    stderr: str


def run_cli(
    *args: str | Path,
    stdin: str | bytes = b"",
    env: dict[str, str] | None = None,
    user: int | None = None,
    unset: tuple[str, ...] = (),
) -> Run:
    """Run ``python -m reflect ARGS`` in a subprocess, the way a script would."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    environment = {k: v for k, v in {**os.environ, **(env or {})}.items() if k not in unset}
    completed = subprocess.run(
        [sys.executable, "-m", "reflect", *map(str, args)],
        input=data,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
        user=user,
        start_new_session=True,  # no controlling terminal: a prompt must not hang the test
    )
    return Run(
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def run_main_as(
    uid: int, args: list[str], stdin: bytes = b"", env: dict[str, str] | None = None
) -> Run:
    """Run ``reflect.main.main(args)`` in a forked child that has dropped to ``uid``.

    Root ignores file permissions, so permission tests drop privileges. A fork (not a new
    interpreter) because the interpreter itself may live where that user can't read.
    """
    import encodings.utf_8_sig  # noqa: F401 - loaded now: the child may not read the stdlib
    import warnings

    import reflect.main

    pipes = [os.pipe() for _ in range(3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads (3.12+)
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            for target, (read_end, write_end) in zip((0, 1, 2), pipes, strict=True):
                os.dup2(read_end if target == 0 else write_end, target)
            for fd in (fd for pair in pipes for fd in pair):
                os.close(fd)  # else stdin never ends: the child would hold its write end
            os.environ.update(env or {})
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            sys.stdin = open(0, closefd=False)  # noqa: SIM115
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            code = reflect.main.main(args)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    os.close(pipes[0][0])
    os.write(pipes[0][1], stdin)
    os.close(pipes[0][1])
    outputs = []
    for _, write_end in pipes[1:]:
        os.close(write_end)
    for read_end, _ in pipes[1:]:
        with os.fdopen(read_end, "rb") as stream:
            outputs.append(stream.read().decode("utf-8"))
    _, status = os.waitpid(pid, 0)
    return Run(os.waitstatus_to_exitcode(status), outputs[0], outputs[1])


def run_cli_on_terminal(args: list[str | Path], typed: list[bytes], timeout: float = 60) -> Run:
    """Run the CLI with a real (pseudo-)terminal as its controlling terminal, typing ``typed``.

    Each item is sent once the program has printed a new prompt ("…: ").
    """
    import pty
    import select
    import time

    main_fd, tty_fd = pty.openpty()
    # In a new session, opening the terminal by name makes it the controlling terminal
    # (what /dev/tty means to getpass); then the real command replaces this small one.
    take_terminal = (
        "import os, sys; os.close(os.open(os.ttyname(0), os.O_RDWR)); "
        "os.execv(sys.executable, [sys.executable, '-m', 'reflect', *sys.argv[1:]])"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", take_terminal, *map(str, args)],
        stdin=tty_fd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    os.close(tty_fd)
    seen, pending, deadline = b"", list(typed), time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([main_fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(main_fd, 1024)
            except OSError:
                break
        if pending and seen.rstrip().endswith(b":"):
            seen = b""
            os.write(main_fd, pending.pop(0))
    stdout, stderr = process.communicate(timeout=timeout)
    os.close(main_fd)
    return Run(process.returncode, stdout.decode("utf-8"), stderr.decode("utf-8"))


NOBODY = 65534


def run_unprivileged(base: Path, *args: str | Path, stdin: str = "") -> Run:
    """Run the CLI as a user who is subject to file permissions (as ``nobody`` under root)."""
    if os.geteuid() != 0:
        return run_cli(*args, stdin=stdin)
    env = {"TMPDIR": str(base), "HOME": str(base)}
    return run_main_as(NOBODY, [str(a) for a in args], stdin.encode("utf-8"), env)


def assert_one_line_error(run: Run, code: int = 1) -> str:
    """The run failed with ``code`` and said why in exactly one line, without a traceback."""
    assert run.code == code, run
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    return lines[0]


def found(journal: Journal, text: str, **filters: Any) -> list[int]:
    """Ids of the entries a search for ``text`` (with ``filters``) finds, newest first."""
    query = SearchQuery(text, SearchFilters(**filters))
    with journal.open_searcher() as searcher:
        results = searcher.search(query, first=1000)
    assert results.total == len(results.hits)
    return [hit.entry_id for hit in results.hits]


def opens_with(folder: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` unlocks the journal in ``folder``."""
    try:
        Journal.unlock(folder, passphrase).lock()
    except WrongPassphrase:
        return False
    return True
