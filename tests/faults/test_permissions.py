"""Everything Reflect writes is its owner's alone — files 0600, folders 0700 — even with a
umask that would leave them open to everyone (``umask 0``).

Two walks over what was made: one while a journal is open in a child (its write-ahead
log, shared memory and lock file exist only then, and the automatic backup is made then),
and one after every command that writes a file — init, add, backup, restore, export (JSON
and Markdown), export-pdf, passwd, recovery-code — each run with ``umask 0``. Folders
Reflect had to create on the way (the parents of a new journal, of a restore, of an
export, ``backups/``) count too: ``mkdir -p`` would have left them open.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

from reflect.core.domain import HOPE
from reflect.core.instance_lock import LOCK_FILE_NAME
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.children import Child
from tests.helpers import Run


def modes_under(base: Path, made_by_the_test: set[Path]) -> dict[str, str]:
    """``{path: mode}`` of everything under ``base`` that isn't private, apart from what
    the test made itself."""
    wrong = {}
    for root, folders, files in os.walk(base):
        for name in folders + files:
            path = Path(root, name)
            if path in made_by_the_test:
                continue
            mode = stat.S_IMODE(path.lstat().st_mode)
            if mode != (0o700 if path.is_dir() else 0o600):
                wrong[str(path.relative_to(base))] = oct(mode)
    return wrong


def test_an_open_journal_and_its_automatic_backup_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "deeper" / "journal"
    with Child(
        child_work.open_under_a_permissive_umask, folder, PASSPHRASE, date(2026, 11, 23)
    ) as child:
        child.expect("ready")
        present = {path.name for path in folder.iterdir()}
        assert present == {
            DATABASE_NAME,
            f"{DATABASE_NAME}-wal",
            f"{DATABASE_NAME}-shm",
            KEY_FILE_NAME,
            LOCK_FILE_NAME,
        }
        backups = list((tmp_path / "new" / "deeper" / "backups" / "journal").iterdir())
        assert [path.name for path in backups] == ["reflect-2026-11-23.reflectbackup"]
        assert modes_under(tmp_path, set()) == {}


UMASK_0_CLI = "import os, sys; os.umask(0); from reflect.main import main; sys.exit(main())"


def reflect_with_umask_0(*args: str | Path, stdin: str = "") -> Run:
    """``reflect ARGS`` run with ``umask 0``."""
    completed = subprocess.run(
        [sys.executable, "-c", UMASK_0_CLI, *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        start_new_session=True,  # no terminal to ask on: passphrases come from files
    )
    return Run(completed.returncode, completed.stdout, completed.stderr)


def test_every_file_a_command_writes_is_private(tmp_path: Path) -> None:
    secret, new_secret = tmp_path / "passphrase.txt", tmp_path / "new passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    new_secret.write_text("a new passphrase for the umask test", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    made_by_the_test = {secret, new_secret, out}
    journal = tmp_path / "new" / "deeper" / "journal"
    key = ("--journal", journal, "--passphrase-file", secret)

    def reflect(*args: str | Path, stdin: str = "") -> None:
        run = reflect_with_umask_0(*args, stdin=stdin)
        assert run.code == 0, (args, run.stderr)

    reflect("init", *key)
    reflect("add", *key, "--title", "A day", stdin="I walked to the meeting.\n")
    with Journal.unlock(journal, PASSPHRASE) as opened:  # a moment, for export-pdf
        opened.add_moment(opened.entry_ids()[0], 0, 8, HOPE)
    reflect("backup", *key, "-o", out / "journal.reflectbackup")
    restored = tmp_path / "restored" / "deep" / "journal"
    reflect(
        "restore", out / "journal.reflectbackup", "--journal", restored, "--passphrase-file", secret
    )
    reflect("export", *key, "--format", "json", "-o", out / "entries.json")
    reflect("export", *key, "--format", "markdown", "-o", out / "new folder" / "entries")
    reflect("export-pdf", *key, "--kind", "hope", "-o", out / "hope.pdf")
    reflect("passwd", *key, "--new-passphrase-file", new_secret)
    reflect("recovery-code", "--journal", journal, "--passphrase-file", new_secret)

    written = set(tmp_path.rglob("*")) - made_by_the_test
    expected = {out / "hope.pdf", out / "entries.json", out / "new folder", restored.parent}
    assert expected <= written
    assert modes_under(tmp_path, made_by_the_test) == {}
