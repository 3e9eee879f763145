"""``reflect backup`` and ``reflect restore`` as a script would run them."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.helpers import assert_one_line_error, files_containing, run_cli, snapshot


def add(journal: Path, passphrase_file: Path, text: str, *tags: str) -> None:
    tag_options = [part for tag in tags for part in ("--tag", tag)]
    run = run_cli(
        "add", "--journal", journal, "--passphrase-file", passphrase_file, *tag_options, stdin=text
    )
    assert run.code == 0, run.stderr


def listed(journal: Path, passphrase_file: Path) -> list[dict[str, object]]:
    run = run_cli("list", "--json", "--journal", journal, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    entries: list[dict[str, object]] = json.loads(run.stdout)
    return entries


def test_backup_then_restore_into_a_new_folder(
    made_journal: Path, passphrase_file: Path, tmp_path: Path, temp_folder: Path
) -> None:
    add(made_journal, passphrase_file, "Called my sponsor: sphagnumwort.\n", "support")
    add(made_journal, passphrase_file, "A quiet evening walk.\n")
    output = tmp_path / "out" / "journal.reflectbackup"
    output.parent.mkdir()
    run = run_cli(
        "backup", "--journal", made_journal, "-o", output, "--passphrase-file", passphrase_file
    )
    assert run.code == 0, run.stderr
    assert str(output) in run.stdout and "encrypted" in run.stdout
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert files_containing("sphagnumwort", output.parent, temp_folder) == []

    restored = tmp_path / "restored"
    run = run_cli("restore", output, "--journal", restored, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    assert "Restored" in run.stdout
    assert listed(restored, passphrase_file) == listed(made_journal, passphrase_file)
    check = run_cli("check", "--journal", restored, "--passphrase-file", passphrase_file)
    assert check.code == 0, check.stderr


def test_restore_refuses_a_folder_holding_a_journal(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "b.reflectbackup"
    backup = run_cli(
        "backup",
        "--journal",
        made_journal,
        "--output",
        output,
        "--passphrase-file",
        passphrase_file,
    )
    assert backup.code == 0, backup.stderr
    untouched = snapshot(made_journal)
    run = run_cli(
        "restore", output, "--journal", made_journal, "--passphrase-file", passphrase_file
    )
    line = assert_one_line_error(run)
    assert "already a journal" in line
    assert snapshot(made_journal) == untouched


def test_errors_are_one_line_and_change_nothing(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "b.reflectbackup"
    run_cli("backup", "--journal", made_journal, "-o", output, "--passphrase-file", passphrase_file)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    restored = tmp_path / "restored"

    run = run_cli("restore", output, "--journal", restored, "--passphrase-file", wrong)
    assert "didn't open this backup" in assert_one_line_error(run)

    garbage = tmp_path / "garbage.reflectbackup"
    garbage.write_bytes(b"\x00" * 4096)
    run = run_cli("restore", garbage, "--journal", restored, "--passphrase-file", passphrase_file)
    assert "isn't a Reflect backup" in assert_one_line_error(run)

    cut = tmp_path / "cut.reflectbackup"
    cut.write_bytes(output.read_bytes()[:-100])
    run = run_cli("restore", cut, "--journal", restored, "--passphrase-file", passphrase_file)
    assert "damaged" in assert_one_line_error(run)

    letter = tmp_path / "letter.txt"
    letter.write_text("keep me\n", encoding="utf-8")
    run = run_cli(
        "backup", "--journal", made_journal, "-o", letter, "--passphrase-file", passphrase_file
    )
    assert "won't write over it" in assert_one_line_error(run)
    assert letter.read_text(encoding="utf-8") == "keep me\n"

    assert not restored.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [
            "b.reflectbackup",
            "journal",
            "passphrase.txt",
            "wrong.txt",
            "garbage.reflectbackup",
            "cut.reflectbackup",
            "letter.txt",
        ]
    )


def test_backup_needs_an_output_file(made_journal: Path, passphrase_file: Path) -> None:
    run = run_cli("backup", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert run.code == 2
    assert "--output" in run.stderr
