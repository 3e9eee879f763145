"""Reflect never talks to the network, shown rather than believed.

The command line and the window each run a whole scenario (create, write, import, search,
list, export, a share as PDF, charts, backup, restore, check, passphrase change) in child
processes under ``strace -f -e trace=network``, which records every socket any of their
processes and threads opens. Any ``AF_INET``/``AF_INET6`` socket fails the test. If
strace can't run here, the scenario runs in a network namespace that has no network
(``unshare -rn``) instead; if neither works, the test fails and says so, because the
promise would then go unchecked.

Each scenario also checks its own results (files made, words found), so it can't pass by
doing nothing, and a control run proves the trace does see an internet socket when one
is opened. The in-process side (every test in the suite) is ``tests/network_guard.py``.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import network_guard
from tests.helpers import ROOT

PASSPHRASE = "river stone morning lantern"
NEW_PASSPHRASE = "a different quiet morning"
INTERNET = ("AF_INET", "AF_INET6")
# A socket being made, or an address handed to the kernel (connect, bind, sendto…).
_FAMILY = re.compile(r"\b(?:socket|socketpair)\((AF_\w+|\d+)|sa_family=(AF_\w+|\d+)")
_UNIX_PATH = re.compile(r'sun_path=(@?"[^"]*")')
NOT_CHECKED = (
    "Neither strace (Debian package 'strace', with ptrace allowed) nor 'unshare -rn' (user "
    "namespaces) works on this machine, so Reflect's promise never to use the network "
    "can't be checked here. Install strace, or allow ptrace or user namespaces."
)
IMPORT_FILE = {
    "format": "reflect-journal",
    "version": 1,
    "entries": [
        {
            "created": "2026-03-14T21:30:00+01:00",
            "title": "Coffee",
            "tags": ["group"],
            "mood": 4,
            "text": "Café with Dana. I felt hope today.",
            "formatting": [],
            "moments": [
                {
                    "kind": "hope",
                    "start": 0,
                    "end": 34,
                    "note": "",
                    "text": "Café with Dana. I felt hope today.",
                }
            ],
        }
    ],
}


def _works(command: Sequence[str]) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@dataclass
class Traced:
    """Runs commands so their network use is recorded (strace) or impossible (unshare)."""

    kind: str  # "strace" or "unshare"
    folder: Path  # strace's files, one per process or thread
    seccomp: bool = False  # strace stops only at network calls: much faster

    def command(self, name: str, argv: Sequence[str]) -> list[str]:
        if self.kind == "unshare":
            return ["unshare", "-rn", *argv]
        fast = ["--seccomp-bpf"] if self.seccomp else []
        output = str(self.folder / name)
        return ["strace", "-f", "-ff", *fast, "-qq", "-e", "trace=network", "-o", output, *argv]

    def run(
        self, name: str, argv: Sequence[str], env: dict[str, str], stdin: bytes = b""
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self.command(name, argv),
            input=stdin.decode("utf-8"),
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
            check=False,
            start_new_session=True,  # no terminal: a passphrase prompt must not hang
        )
        assert done.returncode == 0, f"{name}: exit {done.returncode}\n{done.stderr}"
        return done

    def trace_files(self, name: str = "") -> list[Path]:
        return sorted(self.folder.glob(f"{name}*"))

    def sockets(self) -> tuple[Counter[str], list[str], set[str]]:
        """Every address family seen, the lines that used the internet, and the local
        (AF_UNIX) addresses connected or bound to."""
        families: Counter[str] = Counter()
        internet: list[str] = []
        unix_paths: set[str] = set()
        for path in self.trace_files():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                for match in _FAMILY.finditer(line):
                    family = match.group(1) or match.group(2)
                    families[family] += 1
                    if family in INTERNET or family in {"2", "10"}:  # numbers, if not decoded
                        internet.append(f"{path.name}: {line}")
                unix_paths.update(_UNIX_PATH.findall(line))
        return families, internet, unix_paths

    def assert_no_internet(self, names: Sequence[str]) -> None:
        if self.kind == "unshare":
            return  # nothing to read: the namespace had no network to reach
        missing = [name for name in names if not self.trace_files(name)]
        assert not missing, f"strace recorded nothing for {missing}: did it really run?"
        families, internet, unix_paths = self.sockets()
        assert not internet, "Reflect opened internet sockets:\n" + "\n".join(internet[:20])
        # Shown with -s or in a failure's report: what local sockets were used, if any.
        print(f"socket families seen: {dict(families)}; local addresses: {sorted(unix_paths)}")


@pytest.fixture
def traced(tmp_path: Path) -> Traced:
    """strace where it works, else a network namespace without network, else a failure."""
    folder = tmp_path / "trace"
    folder.mkdir()
    probe = ["-f", "-qq", "-e", "trace=network", "-o", os.devnull, "true"]
    if shutil.which("strace") and _works(["strace", *probe]):
        return Traced("strace", folder, seccomp=_works(["strace", "--seccomp-bpf", *probe]))
    if shutil.which("unshare") and _works(["unshare", "-rn", "true"]):
        return Traced("unshare", folder)
    pytest.fail(NOT_CHECKED)


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """The children's environment: English, off-screen, settings in the test's own folder."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def test_the_trace_sees_an_internet_socket_when_one_is_opened(
    traced: Traced, child_env: dict[str, str]
) -> None:
    """The control: without it, a trace that saw nothing would prove nothing. Sockets are
    made but never connected (in the namespace, a connection can't leave at all)."""
    if traced.kind == "unshare":
        reach = (
            "import errno, socket\n"
            "try:\n    socket.create_connection(('192.0.2.1', 9), timeout=5)\n"
            "except OSError as e:\n    print(e.errno)\n"
        )
        done = traced.run("control", [sys.executable, "-c", reach], child_env)
        assert int(done.stdout) == errno.ENETUNREACH
        return
    make = (
        "import socket\n"
        "socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n"
        "socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()\n"
        "a, b = socket.socketpair(); a.close(); b.close()\n"
    )
    traced.run("control", [sys.executable, "-c", make], child_env)
    families, internet, _ = traced.sockets()
    assert families["AF_INET"] >= 1 and families["AF_INET6"] >= 1 and families["AF_UNIX"] >= 1
    assert len(internet) == 2, internet


@pytest.mark.slow
def test_the_command_line_never_opens_an_internet_socket(
    traced: Traced, child_env: dict[str, str], tmp_path: Path
) -> None:
    journal, restored, out = tmp_path / "journal", tmp_path / "restored", tmp_path / "out"
    out.mkdir()
    secret, new_secret = tmp_path / "passphrase.txt", tmp_path / "new-passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new_secret.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    imported = tmp_path / "import.json"
    imported.write_text(json.dumps(IMPORT_FILE), encoding="utf-8")
    opened = ["--journal", str(journal), "--passphrase-file", str(secret)]
    runs: dict[str, subprocess.CompletedProcess[str]] = {}

    def reflect(name: str, *args: str | Path, stdin: str = "") -> str:
        argv = [sys.executable, "-m", "reflect", *map(str, args)]
        runs[name] = traced.run(name, argv, child_env, stdin.encode("utf-8"))
        return runs[name].stdout

    reflect("init", "init", *opened)
    assert (journal / "journal.db").is_file() and (journal / "reflect.key").is_file()
    said = reflect("add", "add", *opened, "--title", "Day one", stdin="Went to a meeting.\n")
    assert said.startswith("Saved entry")
    assert "1" in reflect("import", "import", *opened, "--format", "json", imported)
    assert "Café with Dana" in reflect("search", "search", *opened, "cafe")
    listed = json.loads(reflect("list", "list", *opened, "--json"))
    assert sorted(entry["title"] for entry in listed) == ["Coffee", "Day one"]
    reflect("export-json", "export", *opened, "--format", "json", "-o", out / "all.json")
    assert len(json.loads((out / "all.json").read_text(encoding="utf-8"))["entries"]) == 2
    reflect("export-md", "export", *opened, "--format", "markdown", "-o", out / "md")
    assert len(list((out / "md").glob("*.md"))) == 2
    pdf = out / "hope.pdf"
    reflect("export-pdf", "export-pdf", *opened, "--kind", "hope", "-o", pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    backup = out / "journal.reflectbackup"
    reflect("backup", "backup", *opened, "-o", backup)
    assert backup.stat().st_size > 0
    reflect("restore", "restore", "--journal", restored, "--passphrase-file", secret, backup)
    assert "intact: 2 entries" in reflect(
        "check-restored", "check", "--journal", restored, "--passphrase-file", secret
    )
    reflect("passwd", "passwd", *opened, "--new-passphrase-file", new_secret)
    assert "intact: 2 entries" in reflect(
        "check", "check", "--journal", journal, "--passphrase-file", new_secret
    )
    traced.assert_no_internet(list(runs))


@pytest.mark.slow
def test_the_window_never_opens_an_internet_socket(
    traced: Traced, child_env: dict[str, str], tmp_path: Path
) -> None:
    journal, out = tmp_path / "journal", tmp_path / "out"
    out.mkdir()
    driver = ROOT / "tests" / "no_network_window.py"
    done = traced.run(
        "window", [sys.executable, str(driver), str(journal), str(out), PASSPHRASE], child_env
    )
    made = json.loads(done.stdout.strip().splitlines()[-1])
    assert made["search"] == "1 entry found"
    assert "I stayed for coffee" in made["reopened"]
    assert Path(made["pdf"]).read_bytes().startswith(b"%PDF-")
    assert Path(made["backup"]).stat().st_size > 0
    assert list((tmp_path / "backups" / "journal").glob("*.reflectbackup"))  # the daily one
    traced.assert_no_internet(["window"])


def test_the_suite_guard_refuses_internet_sockets_in_this_process() -> None:
    """The guard is on in this very session: an internet socket or a name lookup raises
    before anything is sent (the attempts are then forgiven, or this test would fail)."""
    attempts = [
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
        lambda: socket.create_connection(("127.0.0.1", 9), timeout=1),
        lambda: socket.getaddrinfo("localhost", 80),
        lambda: socket.gethostbyname("localhost"),
    ]
    for attempt in attempts:
        with pytest.raises(network_guard.NetworkUsed, match="tried to use the network"):
            attempt()
    seen = network_guard.take_attempts()
    assert len(seen) == len(attempts), seen
    assert "AF_INET" in seen[0] and "AF_INET6" in seen[1] and "getaddrinfo" in seen[3]
    first, second = socket.socketpair()  # local sockets stay allowed
    with first, second:
        first.sendall(b"ok")
        assert second.recv(2) == b"ok"


GUARDED_TESTS = """
import contextlib
import socket
import threading

import pytest


def test_an_internet_socket():
    socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_an_ipv6_socket():
    socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)


def test_a_connection_even_if_the_error_is_caught():
    with contextlib.suppress(Exception):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_a_name_lookup():
    socket.getaddrinfo("localhost", 80)


def test_a_socket_made_from_an_internet_file_descriptor():
    import _socket  # below the guard: made, never connected

    raw = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    socket.socket(fileno=raw.detach())


def test_on_another_thread():
    def connect():
        with contextlib.suppress(Exception):
            socket.create_connection(("127.0.0.1", 9), timeout=1)

    thread = threading.Thread(target=connect)
    thread.start()
    thread.join()


@pytest.fixture
def connected():
    socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_in_a_fixture(connected):
    pass


def test_local_sockets_are_fine():
    first, second = socket.socketpair()
    with first, second, socket.socket(socket.AF_UNIX, socket.SOCK_STREAM):
        first.sendall(b"ok")
        assert second.recv(2) == b"ok"
"""


def test_the_guard_fails_every_test_that_tries_the_network(tmp_path: Path) -> None:
    """A pytest run of its own with only the guard plugin: each way of reaching for the
    network fails its test (or, in a fixture, errors it), caught or not, on any thread;
    local sockets pass. Nothing connects: every attempt is refused before it is made."""
    (tmp_path / "test_guarded.py").write_text(GUARDED_TESTS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    plugin_only = ["-p", "tests.network_guard", "-p", "no:cacheprovider"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *plugin_only, "-q", "-rA", "test_guarded.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    summary = {
        line.split(" ", 1)[1].split(" - ")[0].split("::", 1)[1]: line.split(" ", 1)[0]
        for line in done.stdout.splitlines()
        if line.startswith(("PASSED ", "FAILED ", "ERROR "))
    }
    assert summary == {
        "test_an_internet_socket": "FAILED",
        "test_an_ipv6_socket": "FAILED",
        "test_a_connection_even_if_the_error_is_caught": "FAILED",
        "test_a_name_lookup": "FAILED",
        "test_a_socket_made_from_an_internet_file_descriptor": "FAILED",
        "test_on_another_thread": "FAILED",
        "test_in_a_fixture": "ERROR",
        "test_local_sockets_are_fine": "PASSED",
    }, done.stdout + done.stderr
    assert "tried to use the network" in done.stdout
    # Caught by the code under test, the attempt still fails the test, and is named.
    assert "attempted: socket.getaddrinfo('127.0.0.1', 9" in done.stdout
