"""The command-line contract, run the way scripts run it: in a subprocess.

Exit 0 on success, 1 on an error with one clear line on stderr, 2 on a usage error.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from reflect import __version__
from reflect.core.domain import HOPE, STRUGGLE
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from tests.conftest import PASSPHRASE
from tests.helpers import NOBODY, assert_one_line_error, run_cli, run_unprivileged, snapshot


def test_version() -> None:
    run = run_cli("--version")
    assert (run.code, run.stdout.strip()) == (0, f"reflect {__version__}")


def test_init_makes_a_journal_that_add_and_list_then_use(
    journal_folder: Path, passphrase_file: Path
) -> None:
    run = run_cli("init", "--journal", journal_folder, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    assert "encrypted" in run.stdout
    assert (journal_folder / KEY_FILE_NAME).exists()
    key_file = json.loads((journal_folder / KEY_FILE_NAME).read_text(encoding="utf-8"))
    kdf = key_file["slots"][0]["kdf"]
    assert (kdf["algorithm"], kdf["memory_kib"]) == ("argon2id", 64 * 1024)

    run = run_cli(
        "add",
        "--journal",
        journal_folder,
        "--passphrase-file",
        passphrase_file,
        "--title",
        "First day",
        "--tag",
        "hope",
        "--tag",
        "Walks",
        "--date",
        "2026-03-14T21:30:00+01:00",
        stdin="Walked to the meeting.\nStayed for coffee.\n",
    )
    assert run.code == 0, run.stderr
    run = run_cli("list", "--journal", journal_folder, "--passphrase-file", passphrase_file)
    assert run.code == 0
    assert "First day" in run.stdout and "2026-03-14 21:30" in run.stdout


def test_the_global_journal_option_works_before_the_command(
    made_journal: Path, passphrase_file: Path
) -> None:
    run = run_cli("--journal", made_journal, "list", "--passphrase-file", passphrase_file)
    assert (run.code, run.stdout) == (0, "")


def test_list_json_is_the_documented_contract(made_journal: Path, passphrase_file: Path) -> None:
    text = "Ich hatte Angst 😟 — and then a friend called.\r\nCafé at 5.\n\u00a0\n"
    run = run_cli(
        "add",
        "--journal",
        made_journal,
        "--passphrase-file",
        passphrase_file,
        "--title",
        "Zweiter Tag",
        "--tag",
        "family",
        "--date",
        "2026-03-15",
        stdin=text,
    )
    assert run.code == 0, run.stderr
    older = run_cli(
        "add",
        "--journal",
        made_journal,
        "--passphrase-file",
        passphrase_file,
        "--date",
        "2026-01-01T08:00:00Z",
        stdin="older",
    )
    assert older.code == 0
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        newest = journal.list_entries()[0].id
        journal.add_moment(newest, 0, 15, HOPE, note="said it")
        journal.add_moment(newest, 18, 44, STRUGGLE)

    run = run_cli("list", "--json", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    entries = json.loads(run.stdout)
    assert [e["title"] for e in entries] == ["Zweiter Tag", ""]
    first = entries[0]
    assert {"id", "created", "title", "text", "tags", "moments"} <= first.keys()
    assert first["text"] == text.replace("\r\n", "\n")  # line endings as the editor has them
    assert first["tags"] == ["family"]
    assert first["mood"] is None  # the check-in is optional
    assert first["created"].startswith("2026-03-15T00:00:00")
    assert entries[1]["created"] == "2026-01-01T08:00:00+00:00"
    moments = first["moments"]
    assert [(m["kind"], m["text"], m["note"]) for m in moments] == [
        (HOPE, "Ich hatte Angst", "said it"),
        (STRUGGLE, "— and then a friend called", ""),
    ]
    for moment in moments:
        assert first["text"][moment["start"] : moment["end"]] == moment["text"]


def test_stdin_text_is_kept_exactly(made_journal: Path, passphrase_file: Path) -> None:
    text = "  leading spaces\n\n\ttab, emoji 👩🏽‍🦱, RTL שלום, combining e\u0301\n\n"
    assert (
        run_cli(
            "add", "--journal", made_journal, "--passphrase-file", passphrase_file, stdin=text
        ).code
        == 0
    )
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        assert [e.text for e in journal.iter_entries()] == [text]


def test_a_wrong_passphrase_exits_1_and_changes_no_byte(made_journal: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    before = snapshot(made_journal)
    for command in (["list"], ["add"]):
        run = run_cli(
            *command, "--journal", made_journal, "--passphrase-file", wrong, stdin="words"
        )
        line = assert_one_line_error(run)
        assert "passphrase didn't open this journal" in line
    assert snapshot(made_journal) == before


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["list", "--bogus"], "unrecognized arguments"),
        (["add", "--date", "next tuesday"], "isn't a date"),
        (["frobnicate"], "invalid choice"),
        (["list", "--journal"], "expected one argument"),
    ],
)
def test_usage_errors_exit_2(arguments: list[str], fragment: str) -> None:
    run = run_cli(*arguments)
    assert run.code == 2
    assert fragment in run.stderr
    assert "Traceback" not in run.stderr


def test_without_a_terminal_or_passphrase_file_it_says_how(made_journal: Path) -> None:
    line = assert_one_line_error(run_cli("list", "--journal", made_journal), code=2)
    assert "--passphrase-file" in line


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [
        (shutil.rmtree, "There's no journal"),
        (lambda folder: (folder / DATABASE_NAME).unlink(), "data file (journal.db) is missing"),
        (lambda folder: (folder / KEY_FILE_NAME).unlink(), "key file (reflect.key) is missing"),
        (lambda folder: (folder / KEY_FILE_NAME).write_text("{}"), "key file"),
        (lambda folder: os.truncate(folder / DATABASE_NAME, 1000), "damaged"),
    ],
    ids=["no-journal", "no-database", "no-key-file", "bad-key-file", "truncated"],
)
def test_each_broken_journal_gets_its_own_clear_error(
    made_journal: Path, passphrase_file: Path, setup: object, fragment: str
) -> None:
    setup(made_journal)  # type: ignore[operator]
    before = snapshot(made_journal) if made_journal.exists() else None
    line = assert_one_line_error(
        run_cli("list", "--journal", made_journal, "--passphrase-file", passphrase_file)
    )
    assert fragment in line
    assert (snapshot(made_journal) if made_journal.exists() else None) == before


def test_init_refuses_an_existing_journal(made_journal: Path, passphrase_file: Path) -> None:
    before = snapshot(made_journal)
    line = assert_one_line_error(
        run_cli("init", "--journal", made_journal, "--passphrase-file", passphrase_file)
    )
    assert "already a journal" in line
    assert snapshot(made_journal) == before


def test_bad_input_is_refused_without_saving(made_journal: Path, passphrase_file: Path) -> None:
    args = ("add", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert "isn't UTF-8" in assert_one_line_error(run_cli(*args, stdin=b"\xff\xfe bad"))
    assert "nothing to save" in assert_one_line_error(run_cli(*args, stdin="  \n"))
    assert "A tag" in assert_one_line_error(run_cli(*args, "--tag", " ", stdin="text"))
    missing = assert_one_line_error(
        run_cli("list", "--journal", made_journal, "--passphrase-file", made_journal / "nope")
    )
    assert "couldn't read the passphrase file" in missing
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        assert journal.entry_count() == 0


def test_check_reports_an_intact_journal(made_journal: Path, passphrase_file: Path) -> None:
    run = run_cli("check", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert run.code == 0 and "intact" in run.stdout


def test_python_dash_m_and_the_console_script_agree(made_journal: Path) -> None:
    script = (
        Path(os.environ.get("VIRTUAL_ENV", Path(sys.executable).parent.parent)) / "bin" / "reflect"
    )
    if not script.exists():
        script = Path(sys.executable).parent / "reflect"
    import subprocess

    completed = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert completed.stdout.strip() == f"reflect {__version__}"


# --- a folder without write permission -------------------------------------------------


def test_a_folder_without_write_permission_is_a_clear_error(
    shared_base: Path, unprivileged_journal: tuple[Path, Path]
) -> None:
    folder, passphrase = unprivileged_journal
    assert (
        run_unprivileged(
            shared_base, "add", "--journal", folder, "--passphrase-file", passphrase, stdin="kept"
        ).code
        == 0
    )
    folder.chmod(0o500)
    before = snapshot(folder)
    for command in (["list"], ["add"]):
        run = run_unprivileged(
            shared_base, *command, "--journal", folder, "--passphrase-file", passphrase, stdin="x"
        )
        assert "doesn't have permission" in assert_one_line_error(run)
    assert snapshot(folder) == before

    read_only_parent = shared_base / "locked"
    read_only_parent.mkdir(mode=0o500)
    if os.geteuid() == 0:
        os.chown(read_only_parent, NOBODY, NOBODY)
    run = run_unprivileged(
        shared_base,
        "init",
        "--journal",
        read_only_parent / "journal",
        "--passphrase-file",
        passphrase,
    )
    assert "doesn't have permission" in assert_one_line_error(run)
    assert list(read_only_parent.iterdir()) == []
    folder.chmod(0o700)
