"""``reflect import``: run the way scripts run it, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import Run, assert_one_line_error, run_cli, snapshot
from tests.import_samples import DAYONE_EXPORT, JRNL_TEXT, write_dayone_zip


def run_import(journal: Path, passphrase: Path, *args: str | Path) -> Run:
    return run_cli("import", "--journal", journal, "--passphrase-file", passphrase, *args)


def jrnl_file(folder: Path, text: str = JRNL_TEXT) -> Path:
    path = folder / "journal.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_importing_a_jrnl_journal_then_again(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    source = jrnl_file(tmp_path)
    run = run_import(made_journal, passphrase_file, "--format", "jrnl", source)
    assert (run.code, run.stdout, run.stderr) == (0, "Imported 3 entries.\n", "")
    run = run_import(made_journal, passphrase_file, "--format", "jrnl", source)
    assert run.stdout == "Nothing new to import: all 3 entries were already in your journal.\n"
    listed = run_cli("list", "--journal", made_journal, "--passphrase-file", passphrase_file)
    assert "Went to a meeting." in listed.stdout and "starred" in listed.stdout


def test_a_longer_journal_adds_only_what_is_new(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    run_import(made_journal, passphrase_file, "--format", "jrnl", jrnl_file(tmp_path))
    longer = jrnl_file(tmp_path, JRNL_TEXT + "\n[2026-03-17 07:00] One more\n")
    run = run_import(made_journal, passphrase_file, "--format", "jrnl", longer)
    assert run.stdout == "Imported 1 entry (3 were already in your journal).\n"


def test_a_dry_run_shows_the_preview_and_changes_nothing(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    source = write_dayone_zip(tmp_path / "export.zip", {"Journal.json": DAYONE_EXPORT})
    before = snapshot(made_journal)
    run = run_import(made_journal, passphrase_file, "--format", "dayone", source, "--dry-run")
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == [
        "2 entries, from 2026-03-14 to 2026-06-01.",
        "Tags: meeting (1), Milestone (1), starred (1).",
        "Location, weather, device details and photos are left out: they can identify you.",
        "Nothing was imported (this was a dry run).",
    ]
    assert snapshot(made_journal) == before
    run = run_import(made_journal, passphrase_file, "--format", "dayone", source)
    assert run.stdout == "Imported 2 entries.\n"


def test_a_malformed_file_is_one_line_naming_file_and_line_and_changes_nothing(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    source = jrnl_file(tmp_path, JRNL_TEXT + "\n[2026-02-30 10:00] No such day\n")
    before = snapshot(made_journal)
    run = run_import(made_journal, passphrase_file, "--format", "jrnl", source)
    line = assert_one_line_error(run)
    assert line.startswith(f"reflect: Reflect can't import {source}, line 12: the date")
    assert line.endswith("Nothing was imported.")
    assert snapshot(made_journal) == before


def test_a_broken_export_is_reported_before_the_passphrase_is_asked(tmp_path: Path) -> None:
    source = tmp_path / "Journal.json"
    source.write_text(json.dumps({"entries": [{"uuid": "X"}]}, indent=2), encoding="utf-8")
    # No journal and no passphrase file: the file is read (and refused) first.
    run = run_cli("import", "--journal", tmp_path / "none", "--format", "dayone", source)
    line = assert_one_line_error(run)
    assert f'{source}, line 3: entry 1 has no "creationDate".' in line


def test_a_missing_file_and_an_unknown_format(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    run = run_import(made_journal, passphrase_file, "--format", "jrnl", tmp_path / "gone.txt")
    assert "there's no file there" in assert_one_line_error(run)
    run = run_import(made_journal, passphrase_file, "--format", "evernote", tmp_path)
    assert run.code == 2
    assert "invalid choice: 'evernote'" in run.stderr and "jrnl" in run.stderr


def test_imported_entries_are_in_the_journal_as_written(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    run_import(made_journal, passphrase_file, "--format", "jrnl", jrnl_file(tmp_path))
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        titles = sorted(entry.title for entry in journal.iter_entries())
    assert titles == ["Late one, the jrnl 4 way.", "Morning walk", "Went to a meeting."]
