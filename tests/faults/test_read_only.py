"""A journal Reflect may not write: refused in plain words, and left exactly as it was.

Two real ways a journal ends up read-only, each tested where it really stops writes:

- Permissions: the folder 0500 and its files 0400, used by their owner. Root ignores
  permissions, so under root the commands run as ``nobody`` (forked, then ``setuid``;
  the journal is ``nobody``'s own), as the CLI's permission tests do.
- A read-only file system (a write-protected stick, a share mounted read-only): the
  journal folder bind-mounted read-only in a mount namespace of the child's own
  (``unshare``), where even root gets ``EROFS``.

Opening is refused before anything is read or written (the window couldn't save, and
Reflect won't pretend otherwise); every command says so in one line. And when only the
automatic backups' folder is read-only, the backup fails clearly while the journal
itself keeps saving.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from reflect.core.automatic_backups import automatic_backup_folder
from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from tests.conftest import PASSPHRASE
from tests.helpers import assert_one_line_error, run_unprivileged, snapshot

NOT_WRITABLE = "doesn't have permission to change"


def test_a_folder_and_files_without_write_permission_are_refused_and_left_alone(
    shared_base: Path, unprivileged_journal: tuple[Path, Path]
) -> None:
    folder, passphrase = unprivileged_journal
    key = ("--journal", folder, "--passphrase-file", passphrase)
    assert run_unprivileged(shared_base, "add", *key, stdin="Kept, whatever happens.").code == 0
    for name in (DATABASE_NAME, KEY_FILE_NAME):
        (folder / name).chmod(0o400)
    folder.chmod(0o500)
    before = snapshot(folder)
    try:
        for command in (
            ["list"],
            ["search", "Kept"],
            ["check"],
            ["add"],
            ["backup", "-o", shared_base / "copy.reflectbackup"],
        ):
            line = assert_one_line_error(
                run_unprivileged(shared_base, *command, *key, stdin="not saved")
            )
            assert NOT_WRITABLE in line and str(folder) in line, line
        assert snapshot(folder) == before
    finally:
        folder.chmod(0o700)
        for name in (DATABASE_NAME, KEY_FILE_NAME):
            (folder / name).chmod(0o600)
    run = run_unprivileged(shared_base, "list", "--json", *key)
    assert run.code == 0 and "Kept, whatever happens." in run.stdout


# Runs as root of a user namespace of its own, with a mount namespace of its own: the
# folder given first is bind-mounted read-only there, then the journal is used.
IN_A_READ_ONLY_MOUNT = textwrap.dedent(
    """
    import json, subprocess, sys
    from datetime import date
    from pathlib import Path
    from reflect.core.errors import JournalError
    from reflect.core.journal import Journal

    read_only, journal_folder, passphrase_file, passphrase = sys.argv[1:5]
    for options in (["--bind"], ["-o", "remount,bind,ro"]):
        subprocess.run(["mount", *options, read_only, read_only], check=True)
    report = {}

    def attempt(name, work):
        try:
            report[name] = work()
        except JournalError as error:
            report[name] = f"{type(error).__name__}: {error}"

    if Path(read_only) == Path(journal_folder):
        attempt("open", lambda: Journal.unlock(Path(journal_folder), passphrase).lock())
        run = subprocess.run(
            [sys.executable, "-m", "reflect", "list", "--journal", journal_folder,
             "--passphrase-file", passphrase_file],
            capture_output=True, text=True, check=False,
        )
        report["cli"] = [run.returncode, run.stderr]
    else:  # only the automatic backups' folder is read-only
        journal = Journal.unlock(Path(journal_folder), passphrase)
        attempt("before", lambda: journal.add_entry(title="before").created)
        attempt("backup", lambda: str(journal.back_up_automatically(today=date(2026, 11, 24))))
        attempt("after", lambda: journal.add_entry(title="after").created)
        journal.lock()
    print(json.dumps(report))
    """
)


def in_a_read_only_mount(
    read_only: Path, journal: Path, passphrase_file: Path
) -> dict[str, object]:
    """Run ``IN_A_READ_ONLY_MOUNT`` with ``read_only`` mounted read-only; what it reported."""
    unshare = ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]
    args = [read_only, journal, passphrase_file, PASSPHRASE]
    completed = subprocess.run(
        [*unshare, sys.executable, "-c", IN_A_READ_ONLY_MOUNT, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report: dict[str, object] = json.loads(completed.stdout)
    return report


def test_a_journal_on_a_read_only_file_system_is_refused_and_left_alone(
    journal_folder: Path, fast_kdf: KdfParams, passphrase_file: Path
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="kept", text="Written before the disk went read-only.")
    before = snapshot(journal_folder)
    report = in_a_read_only_mount(journal_folder, journal_folder, passphrase_file)
    assert str(report["open"]).startswith(f"JournalNotWritable: Reflect {NOT_WRITABLE}")
    cli = report["cli"]
    assert isinstance(cli, list)
    code, stderr = cli
    assert code == 1 and stderr.count("\n") == 1 and NOT_WRITABLE in stderr
    assert "Traceback" not in stderr
    assert snapshot(journal_folder) == before
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:  # writable again here
        assert journal.check_integrity() == []
        assert [s.title for s in journal.list_entries()] == ["kept"]


def test_a_read_only_backup_folder_is_a_clear_error_and_the_journal_keeps_saving(
    journal_folder: Path, fast_kdf: KdfParams, passphrase_file: Path
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    backups = automatic_backup_folder(journal_folder)
    backups.mkdir(parents=True)
    report = in_a_read_only_mount(backups, journal_folder, passphrase_file)
    assert str(report["backup"]).startswith(f"JournalNotWritable: Reflect {NOT_WRITABLE}")
    assert isinstance(report["before"], int) and isinstance(report["after"], int), report
    assert list(backups.iterdir()) == []  # not even a hidden half file
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert journal.check_integrity() == []
        assert sorted(s.title for s in journal.list_entries()) == ["after", "before"]
