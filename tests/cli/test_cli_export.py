"""``reflect export``: decrypted JSON or Markdown, a warning every time, and a round trip
through ``reflect import`` into a new journal that lists exactly the same entries."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import FormatSpan, MomentDraft
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import assert_one_line_error, run_cli, snapshot

WARNING = "NOT encrypted"


@pytest.fixture
def written_journal(made_journal: Path) -> Path:
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        text = 'I called my sponsor 😀\n---\nשלום: "quoted"\n'
        journal.add_entry(
            title="A good day: #1",
            text=text,
            created=datetime(2024, 1, 5, 21, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            tags=["recovery", "step: 4"],
            mood=4,
            moments=[MomentDraft(None, 2, 8, "hope", "first call\nin weeks")],
            formatting=[FormatSpan(0, 8, "bold")],
        )
        journal.add_entry(title="", text="plain", created=datetime(2023, 5, 1, 8, 0).astimezone())
    return made_journal


def listed(folder: Path, passphrase_file: Path) -> list[dict[str, Any]]:
    """``list --json``, ids and the time of the last change left out (they may differ)."""
    run = run_cli("list", "--json", "--journal", folder, "--passphrase-file", passphrase_file)
    assert run.code == 0, run.stderr
    entries: list[dict[str, Any]] = json.loads(run.stdout)
    for entry in entries:
        del entry["id"], entry["updated"]
        for moment in entry["moments"]:
            del moment["id"]
    return entries


@pytest.mark.parametrize("kind", ["json", "markdown"])
def test_export_then_import_into_a_new_journal_lists_the_same_entries(
    written_journal: Path, passphrase_file: Path, tmp_path: Path, fast_kdf: KdfParams, kind: str
) -> None:
    output = tmp_path / ("exported.json" if kind == "json" else "exported")
    run = run_cli(
        "export", "--journal", written_journal, "--passphrase-file", passphrase_file,
        "--format", kind, "-o", output,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert WARNING in run.stderr
    assert f"Exported 2 entries to {output}" in run.stdout
    mode = stat.S_IMODE(output.stat().st_mode)
    assert mode == (0o600 if kind == "json" else 0o700)

    copy = tmp_path / "copy"
    Journal.create(copy, PASSPHRASE, kdf=fast_kdf).lock()
    run = run_cli(
        "import", "--journal", copy, "--passphrase-file", passphrase_file,
        "--format", kind, output,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert listed(copy, passphrase_file) == listed(written_journal, passphrase_file)


def test_an_existing_file_is_kept_unless_overwrite_is_given(
    written_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "mine.json"
    output.write_text("my own file", encoding="utf-8")
    args = ("export", "--journal", written_journal, "--passphrase-file", passphrase_file)
    line = assert_one_line_error(run_cli(*args, "--format", "json", "-o", output))
    assert "won't replace it" in line
    assert output.read_text(encoding="utf-8") == "my own file"
    run = run_cli(*args, "--format", "json", "-o", output, "--overwrite")
    assert run.code == 0, run.stderr
    assert len(json.loads(output.read_text(encoding="utf-8"))["entries"]) == 2


def test_a_folder_with_files_is_never_exported_into(
    written_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "keep.md").write_text("keep me", encoding="utf-8")
    before = snapshot(tmp_path)
    run = run_cli(
        "export", "--journal", written_journal, "--passphrase-file", passphrase_file,
        "--format", "markdown", "-o", folder,
    )  # fmt: skip
    assert "already has files" in assert_one_line_error(run)
    assert snapshot(tmp_path) == before


def test_the_format_and_output_are_required(written_journal: Path) -> None:
    run = run_cli("export", "--journal", written_journal, "--format", "pdf", "-o", "x")
    assert run.code == 2 and "invalid choice" in run.stderr
    run = run_cli("export", "--journal", written_journal, "--format", "json")
    assert run.code == 2 and "-o/--output" in run.stderr
