"""The CLI's promise at its edges: one clear line, the right exit code, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import (
    NOBODY,
    assert_one_line_error,
    run_cli,
    run_cli_on_terminal,
    run_unprivileged,
)


def test_init_asks_for_the_passphrase_twice_on_the_terminal(journal_folder: Path) -> None:
    run = run_cli_on_terminal(["init", "--journal", journal_folder], [b"my words\n", b"my words\n"])
    assert run.code == 0, run.stderr
    with Journal.unlock(journal_folder, "my words") as journal:
        assert journal.entry_count() == 0


def test_init_refuses_two_different_passphrases(journal_folder: Path) -> None:
    run = run_cli_on_terminal(["init", "--journal", journal_folder], [b"one\n", b"two\n"])
    assert "didn't match" in assert_one_line_error(run)
    assert not journal_folder.exists()


def test_list_asks_on_the_terminal_and_ctrl_d_there_is_a_clear_no(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="asked for")
    run = run_cli_on_terminal(["list", "--journal", journal_folder], [PASSPHRASE.encode() + b"\n"])
    assert run.code == 0 and "asked for" in run.stdout
    run = run_cli_on_terminal(["list", "--journal", journal_folder], [b"\x04"])
    assert "No passphrase was given" in assert_one_line_error(run)


@pytest.mark.parametrize("date", ["0001-01-01T00:00+01:00", "9999-12-31T23:00-05:00", "0999-05-05"])
def test_dates_reflect_cannot_keep_are_a_usage_error(date: str) -> None:
    run = run_cli("add", "--date", date)
    assert run.code == 2
    assert "between the years" in run.stderr and "Traceback" not in run.stderr


def test_a_journal_path_under_a_file_is_a_clear_error(
    tmp_path: Path, passphrase_file: Path
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    for command in ("init", "list"):
        run = run_cli(
            command, "--journal", tmp_path / "afile" / "j", "--passphrase-file", passphrase_file
        )
        assert_one_line_error(run)


def test_closed_or_unreadable_stdin_is_a_clear_error(
    journal_folder: Path, passphrase_file: Path, fast_kdf: KdfParams
) -> None:
    import subprocess
    import sys

    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    command = [
        sys.executable,
        "-m",
        "reflect",
        "add",
        "--journal",
        str(journal_folder),
        "--passphrase-file",
        str(passphrase_file),
    ]
    closed = subprocess.run(
        command, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False
    )
    assert "nothing to save" in closed.stderr  # /dev/null is an empty entry
    with (journal_folder.parent / "out.txt").open("w") as write_only:
        unreadable = subprocess.run(
            command, stdin=write_only, capture_output=True, text=True, check=False
        )
    assert unreadable.returncode == 1 and "couldn't read the entry's text" in unreadable.stderr
    assert "Traceback" not in unreadable.stderr


def test_a_folder_reflect_may_not_look_into_is_a_clear_error(
    shared_base: Path, unprivileged_journal: tuple[Path, Path]
) -> None:
    folder, passphrase = unprivileged_journal
    for mode in (0o000, 0o600):
        folder.chmod(mode)
        for command in ("list", "init"):
            run = run_unprivileged(
                shared_base, command, "--journal", folder, "--passphrase-file", passphrase
            )
            line = assert_one_line_error(run)
            assert "permission" in line or "already a journal" in line, line
    folder.chmod(0o700)
    assert os.geteuid() != 0 or folder.stat().st_uid == NOBODY


def test_the_window_without_a_screen_is_a_clear_error(tmp_path: Path) -> None:
    run = run_cli(
        "--journal", tmp_path / "j", unset=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    assert "no screen" in assert_one_line_error(run)


def test_a_reader_that_stops_early_is_not_an_error(
    made_journal: Path, passphrase_file: Path
) -> None:
    import subprocess
    import sys

    command = (
        f"{sys.executable} -m reflect list --json --journal {made_journal} "
        f"--passphrase-file {passphrase_file} | true; exit ${{PIPESTATUS[0]}}"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    completed = subprocess.run(
        ["/bin/bash", "-c", command], capture_output=True, text=True, env=env, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
