"""Any command line, any standard input: an answer, never a traceback.

Hypothesis builds command lines from Reflect's own commands and flags mixed with hostile
values (impossible dates, huge numbers, control characters, right-to-left text, names
that aren't UTF-8, paths that climb out with ``..``, names too long for the disk, folders
where files belong) and runs each through ``reflect.main.main`` in one long-lived child
process (``cli_runner.py``: no terminal, no screen, strict UTF-8 output). Whatever comes
in, Reflect must answer with exit 0, 1 (one clear line, never the catch-all "something
unexpected") or 2 (usage), and write only where the command line said.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from reflect.core.backup import BACKUP_SUFFIX
from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource
from tests.conftest import PASSPHRASE
from tests.helpers import ROOT
from tests.import_samples import JRNL_TEXT

COMMANDS = [
    "init", "add", "list", "search", "backup", "restore", "passwd", "recovery-code",
    "import", "export", "export-pdf", "check",
]  # fmt: skip
FLAGS = [
    "--json", "--overwrite", "--dry-run", "--use-recovery-code", "--remove", "--help", "-h",
    "--version", "--", "-", "--order", "--format",
]  # fmt: skip
# Flags that take a value, and what kind of value makes sense (then anything else).
VALUED = {
    "--journal": "path", "--passphrase-file": "path", "--new-passphrase-file": "path",
    "--recovery-code-file": "path", "-o": "path", "--output": "path", "--title": "text",
    "--tag": "text", "--date": "date", "--since": "date", "--until": "date", "--kind": "kind",
    "--mood": "number", "--limit": "number", "--font-size": "number", "--order": "order",
    "--format": "format", "--share": "text", "--redact": "redact",
}  # fmt: skip
# Every path is inside the test's scratch folder ("{root}"; the runner works in
# {root}/here): relative, absolute, climbing with "..", too long, not UTF-8, a NUL, a
# folder where a file belongs, a file where a folder belongs, missing parents.
PATHS = [
    "journal", "journal/", "./journal", "{root}/here/journal", "missing", "missing/journal",
    "afile", "afile/below", "empty", "{root}/here/empty", ".", "..", "", " ", "-",
    "out.json", "out.md", "share.pdf", "backup" + BACKUP_SUFFIX, "new-journal", "restored",
    "../here/climbed.json", "sub/../climbed-too.pdf", "{root}/here/absolute.json",
    "n" * 300, "deep/" * 60 + "f.json", "\udcff\udcfe.json", "nul\x00name.json",
    "pass.txt", "wrong-pass.txt", "empty-pass.txt", "latin1-pass.txt", "import.json",
    "import.txt", "garbage.bin", "journal/journal.db", "journal/reflect.key",
]  # fmt: skip
DATES = [
    "2026-03-14", "2026-03-14T21:30", "2026-03-14T21:30+01:00", "2026-02-30", "0001-01-01",
    "9999-12-31T23:59:59-14:00", "2026-13-01", "2026-03-14T25:00", "+002026-01-01", "now",
    "2026-03-14T21:30+25:00", "20260314", "2026-W11-6",
]  # fmt: skip
OPEN = ["--journal", "journal", "--passphrase-file", "pass.txt"]
KINDS = ["hope", "struggle", "HOPE", " Hope ", "", "   ", "gratitude", "a" * 200]
FORMATS = ["json", "markdown", "jrnl", "dayone", "pdf", "JSON", ""]

# Free text: anything but "/", so a stray word can't name a place outside the scratch
# folder (paths come from PATHS). NUL, controls, quotes and RTL all stay in.
free_text = st.text(st.characters(exclude_characters="/"), max_size=30) | st.sampled_from(
    ["\u202eevil\u202c", "שלום עולם", "e\u0301\u0301\u0301", "😟" * 5, '"', "--", "-x", "x" * 5000]
)
numbers = (
    st.integers(-(10**6), 10**6).map(str)
    | st.sampled_from(["9" * 40, "-0", "0x10", "1e3", "", " 3", "٣"])
    | free_text
)
VALUES = {
    "path": st.sampled_from(PATHS),
    "text": free_text,
    "date": st.sampled_from(DATES) | free_text,
    "kind": st.sampled_from(KINDS) | free_text,
    "number": numbers,
    "order": st.sampled_from(["newest", "best", "oldest"]) | free_text,
    "format": st.sampled_from(FORMATS) | free_text,
    "redact": st.sampled_from(["Dana=my sister", "=x", "Dana=", "Dana", "a=b=c"]) | free_text,
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A command (or none, or a wrong one), flags and values in any order, and usually
    the journal and its passphrase file at the end, so many lines get past the grammar."""
    tokens: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        choice = draw(st.sampled_from(["valued", "flag", "free"]))
        if choice == "valued":
            flag = draw(st.sampled_from(sorted(VALUED)))
            tokens += [flag, draw(VALUES[VALUED[flag]])]
        elif choice == "flag":
            tokens.append(draw(st.sampled_from(FLAGS)))
        else:
            tokens.append(draw(free_text | st.sampled_from(PATHS)))
    # Mostly a real command; now and then none, an empty one or one Reflect doesn't have.
    command = draw(st.sampled_from([*COMMANDS * 6, None, "", "List", "help"]))
    before = draw(st.sampled_from([[], [], [], ["--journal", "journal"], ["--version"]]))
    line = [*before, *([command] if command is not None else []), *tokens]
    if draw(st.integers(0, 4)):  # mostly: the right journal and passphrase
        line += OPEN
    return line


@dataclass
class Runner:
    """The child process that runs ``reflect.main.main`` for each command line."""

    process: subprocess.Popen[str]
    root: Path

    def run(self, argv: list[str], stdin: bytes) -> dict[str, Any]:
        argv = [arg.replace("{root}", str(self.root)) for arg in argv]
        assert self.process.stdin is not None and self.process.stdout is not None
        request = {"argv": argv, "stdin": stdin.decode("latin-1")}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, f"the runner died on {argv!r}: {self.errors()}"
        result: dict[str, Any] = json.loads(answer)
        return result

    def errors(self) -> str:
        self.process.kill()
        _, err = self.process.communicate(timeout=30)
        return err


def _write_files(root: Path, kdf: KdfParams) -> Path:
    here = root / "here"
    here.mkdir()
    journal = here / "journal"
    with Journal.create(journal, PASSPHRASE, kdf=kdf) as opened:
        text = "Café with Dana. I felt hope today."
        entry = opened.add_entry(
            title="Coffee", text=text, moments=[MomentDraft(None, 0, 15, HOPE)]
        )
        share = opened.create_share("Thursday").created
        assert entry.created is not None and share is not None
        opened.add_excerpts(share, [ExcerptSource(entry.created, 16, len(text))])
        opened.back_up(here / ("backup" + BACKUP_SUFFIX))
    (here / "afile").write_text("not a folder", encoding="utf-8")
    (here / "empty").mkdir()
    (here / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (here / "wrong-pass.txt").write_text("not it\n", encoding="utf-8")
    (here / "empty-pass.txt").write_bytes(b"")
    (here / "latin1-pass.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    (here / "import.txt").write_text(JRNL_TEXT, encoding="utf-8")
    cut_short = '{"format": "reflect-journal", "version": 1, "entries": ['
    (here / "import.json").write_text(cut_short, encoding="utf-8")
    (here / "garbage.bin").write_bytes(os.urandom(512))
    return journal


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    root = tmp_path_factory.mktemp("cli-fuzz")
    journal = _write_files(root, KdfParams.fast_for_tests())
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # no screen: no command means "no screen", not a window
    env.update(XDG_DATA_HOME=str(root / "data"), XDG_CONFIG_HOME=str(root / "config"))
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "bad_input" / "cli_runner.py"), str(journal)],
        cwd=root / "here",
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,  # no controlling terminal: nothing can wait at a prompt
    )
    yield Runner(process, root)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    process.kill()
    process.wait(timeout=30)


def _files(root: Path) -> set[str]:
    found = set()
    for folder, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def _named_by(path: str, argv: list[str], root: Path) -> bool:
    """Whether ``path`` (relative to ``root``) is at or under a path the line named."""
    where = os.path.normpath(os.path.join(root, path))
    for arg in argv:
        if not arg.strip() or "\x00" in arg:
            continue
        named = os.path.normpath(os.path.join(root, "here", arg))
        if where == named or where.startswith(named.rstrip(os.sep) + os.sep):
            return True
    return False


def _check(argv: list[str], result: dict[str, Any]) -> None:
    shown = f"{argv!r} →\n{result['stderr']}"
    assert result["traceback"] is None, f"{argv!r} raised:\n{result['traceback']}"
    assert result["code"] in (0, 1, 2), shown
    assert "Traceback" not in result["stderr"], shown
    # main's last resort: one line, but it tells the person nothing they can act on.
    assert "something unexpected went wrong" not in result["stderr"], shown
    lines = result["stderr"].strip().splitlines()
    if result["code"] == 1:
        assert lines and all(line.startswith("reflect") for line in lines), shown
    elif result["code"] == 2:
        assert lines and lines[-1].startswith("reflect"), shown


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Found by this test: a carriage return in an argument split the usage error in two.
@example(argv=["init", "\r0"], stdin=b"")
# Found while writing this test: in a strict UTF-8 locale, saying where an export went
# failed ("something unexpected") when the file's name wasn't UTF-8, after writing it.
@example(argv=["export", "--format", "json", "-o", "\udcff\udcfe.json", *OPEN], stdin=b"")
@given(argv=command_lines(), stdin=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_command_line_gets_an_answer_never_a_traceback(
    runner: Runner, argv: list[str], stdin: bytes
) -> None:
    before = _files(runner.root)
    result = runner.run(argv, stdin)
    _check(argv, result)
    command = next((arg for arg in argv if arg in COMMANDS), "no command")
    event(f"{command}: exit {result['code']}")  # --hypothesis-show-statistics
    resolved = [arg.replace("{root}", str(runner.root)) for arg in argv]
    stray = {
        path
        for path in _files(runner.root) - before
        if not path.startswith("data" + os.sep)  # the default journal's place
        and not _named_by(path, resolved, runner.root)
    }
    assert not stray, f"{argv!r} wrote where it wasn't asked to: {sorted(stray)}"


def test_the_runner_reports_what_it_ran(runner: Runner) -> None:
    """The fuzz test's own instrument: a good line works, a bad one is a clean refusal."""
    listed = runner.run(
        ["list", "--json", "--journal", "journal", "--passphrase-file", "pass.txt"], b""
    )
    assert listed["code"] == 0
    assert "Coffee" in [entry["title"] for entry in json.loads(listed["stdout"])]
    wrong = runner.run(["list", "--journal", "journal", "--passphrase-file", "wrong-pass.txt"], b"")
    assert wrong["code"] == 1 and "passphrase" in wrong["stderr"]
    asked = runner.run(["list", "--journal", "journal"], b"")  # no terminal to ask on
    assert asked["code"] == 2 and "no terminal" in asked["stderr"]
