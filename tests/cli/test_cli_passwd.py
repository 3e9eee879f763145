"""``reflect passwd`` and ``reflect recovery-code``, run as a person or a script would."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from reflect.core.journal import Journal
from reflect.core.recovery import NoRecoveryCode
from tests.conftest import PASSPHRASE
from tests.helpers import assert_one_line_error, run_cli, run_cli_on_terminal, snapshot

NEW = "a new season"
CODE_LINE = re.compile(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){6}")


@pytest.fixture
def new_passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "new.txt"
    path.write_text(NEW + "\n", encoding="utf-8")
    return path


def opens_with(folder: Path, passphrase: str) -> bool:
    run = run_cli("check", "--journal", folder, "--passphrase-file", write(folder, passphrase))
    return run.code == 0


def write(folder: Path, secret: str) -> Path:
    """A file beside the journal holding ``secret``, as a script would pass it."""
    path = folder.parent / f"secret-{hashlib.sha256(secret.encode()).hexdigest()[:8]}.txt"
    path.write_text(secret + "\n", encoding="utf-8")
    return path


def make_recovery_code(folder: Path, passphrase_file: Path) -> str:
    run = run_cli("recovery-code", "--journal", folder, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    return run.stdout.strip()


def test_passwd_with_files_changes_the_passphrase(
    made_journal: Path, passphrase_file: Path, new_passphrase_file: Path
) -> None:
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--passphrase-file",
        passphrase_file,
        "--new-passphrase-file",
        new_passphrase_file,
    )
    assert run.code == 0, run.stderr
    assert "Changed your passphrase" in run.stdout
    assert not opens_with(made_journal, PASSPHRASE)
    assert opens_with(made_journal, NEW)


def test_a_wrong_current_passphrase_changes_nothing(
    made_journal: Path, new_passphrase_file: Path
) -> None:
    before = snapshot(made_journal)
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--passphrase-file",
        write(made_journal, "not it"),
        "--new-passphrase-file",
        new_passphrase_file,
    )
    assert "didn't open this journal" in assert_one_line_error(run)
    assert snapshot(made_journal) == before


def test_an_empty_new_passphrase_changes_nothing(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    before = snapshot(made_journal)
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--passphrase-file",
        passphrase_file,
        "--new-passphrase-file",
        empty,
    )
    assert "is empty" in assert_one_line_error(run)
    assert snapshot(made_journal) == before


def test_passwd_asks_for_the_current_passphrase_once_and_the_new_one_twice(
    made_journal: Path,
) -> None:
    typed = [PASSPHRASE.encode() + b"\n", NEW.encode() + b"\n", NEW.encode() + b"\n"]
    run = run_cli_on_terminal(["passwd", "--journal", made_journal], typed)
    assert run.code == 0, run.stderr
    assert opens_with(made_journal, NEW)


def test_two_different_new_passphrases_change_nothing(made_journal: Path) -> None:
    before = snapshot(made_journal)
    typed = [PASSPHRASE.encode() + b"\n", b"one\n", b"two\n"]
    run = run_cli_on_terminal(["passwd", "--journal", made_journal], typed)
    assert "didn't match. Nothing was changed." in assert_one_line_error(run)
    assert snapshot(made_journal) == before


def test_without_a_terminal_passwd_says_which_file_to_give(
    made_journal: Path, passphrase_file: Path
) -> None:
    run = run_cli("passwd", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert "--new-passphrase-file" in assert_one_line_error(run)


def test_recovery_code_prints_only_the_code_and_says_what_it_is_for(
    made_journal: Path, passphrase_file: Path
) -> None:
    run = run_cli("recovery-code", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    assert CODE_LINE.fullmatch(run.stdout.strip())
    assert "the only other way into your journal" in run.stderr
    assert "no longer works" not in run.stderr
    with Journal.unlock_with_recovery_code(made_journal, run.stdout) as journal:
        assert not journal.is_locked


def test_a_new_recovery_code_replaces_the_old_one(
    made_journal: Path, passphrase_file: Path, new_passphrase_file: Path
) -> None:
    first = make_recovery_code(made_journal, passphrase_file)
    run = run_cli("recovery-code", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert run.code == 0 and "Your old recovery code no longer works." in run.stderr
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--recovery-code-file",
        write(made_journal, first),
        "--new-passphrase-file",
        new_passphrase_file,
    )
    assert "only the newest one works" in assert_one_line_error(run)


def test_the_recovery_code_lets_a_new_passphrase_be_set(
    made_journal: Path, passphrase_file: Path, new_passphrase_file: Path
) -> None:
    code = make_recovery_code(made_journal, passphrase_file)
    grouped_over_lines = "\n".join(code.lower().split("-")) + "\n"
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--recovery-code-file",
        write(made_journal, grouped_over_lines),
        "--new-passphrase-file",
        new_passphrase_file,
    )
    assert run.code == 0, run.stderr
    assert "Your recovery code still works too." in run.stdout
    assert not opens_with(made_journal, PASSPHRASE)
    assert opens_with(made_journal, NEW)


def test_the_recovery_code_can_be_typed_on_the_terminal(
    made_journal: Path, passphrase_file: Path
) -> None:
    code = make_recovery_code(made_journal, passphrase_file)
    typed = [code.encode() + b"\n", NEW.encode() + b"\n", NEW.encode() + b"\n"]
    run = run_cli_on_terminal(["passwd", "--journal", made_journal, "--use-recovery-code"], typed)
    assert run.code == 0, run.stderr
    assert opens_with(made_journal, NEW)


def test_a_mistyped_recovery_code_is_called_a_typo(
    made_journal: Path, passphrase_file: Path, new_passphrase_file: Path
) -> None:
    code = make_recovery_code(made_journal, passphrase_file)
    before = snapshot(made_journal)
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--recovery-code-file",
        write(made_journal, typo),
        "--new-passphrase-file",
        new_passphrase_file,
    )
    assert "has a typo somewhere" in assert_one_line_error(run)
    assert snapshot(made_journal) == before


def test_a_passphrase_and_a_recovery_code_together_are_refused(
    made_journal: Path, passphrase_file: Path, new_passphrase_file: Path
) -> None:
    run = run_cli(
        "passwd",
        "--journal",
        made_journal,
        "--passphrase-file",
        passphrase_file,
        "--use-recovery-code",
        "--new-passphrase-file",
        new_passphrase_file,
    )
    assert "not both" in assert_one_line_error(run)


def test_the_recovery_code_can_be_removed(made_journal: Path, passphrase_file: Path) -> None:
    code = make_recovery_code(made_journal, passphrase_file)
    remove: list[str | Path] = ["recovery-code", "--remove", "--journal", made_journal]
    run = run_cli(*remove, "--passphrase-file", passphrase_file)
    assert run.code == 0 and "Removed your recovery code" in run.stdout
    run = run_cli(*remove, "--passphrase-file", passphrase_file)
    assert run.code == 0 and "had no recovery code" in run.stdout
    with pytest.raises(NoRecoveryCode):
        Journal.unlock_with_recovery_code(made_journal, code)
