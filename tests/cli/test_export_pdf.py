"""``reflect export-pdf``: a share by name or every moment of a kind, the people list and
``--redact`` applied, the chosen size, a warning that the PDF is not encrypted, and one
plain line for every way it can fail, with nothing written."""

from __future__ import annotations

import io
import math
import os
import stat
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.shares import ExportFormat
from tests.conftest import PASSPHRASE
from tests.helpers import assert_one_line_error, run_cli, run_unprivileged

WARNING = "NOT encrypted"


@pytest.fixture
def written_journal(made_journal: Path) -> Path:
    """Hope and struggle moments written out of date order, a people list, and a share."""
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        days = {3: "Third day: Dana came by.", 1: "First day: I asked Lee for help.",
                2: "Second day: a hard night."}  # fmt: skip
        moments = {}
        for day, text in days.items():
            kind = STRUGGLE if day == 2 else HOPE
            entry_id = journal.add_entry(
                text=text,
                created=datetime(2026, 3, day, 21, 0).astimezone(),
                moments=[MomentDraft(None, 0, len(text), kind, "a private note")],
            ).created
            assert entry_id is not None
            moments[day] = journal.get_entry(entry_id).moments[0].id
        journal.add_person("Dana", "my sister")
        share_id = journal.create_share("Tuesday Group", "What helped").created
        assert share_id is not None
        journal.add_excerpts(share_id, journal.moment_sources([moments[3], moments[1]]))
    return made_journal


def export(folder: Path, passphrase_file: Path, *args: str | Path) -> Any:
    return run_cli("export-pdf", "--journal", folder, "--passphrase-file", passphrase_file, *args)


def pdf_words(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def body_sizes(path: Path) -> set[float]:
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if "day" in text:
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            sizes.add(round(size * scale, 2))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_a_share_by_name_with_the_people_list_and_extra_names(
    written_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "share.pdf"
    run = export(
        written_journal, passphrase_file, "--share", "tuesday group", "--redact",
        "Lee=a friend", "--font-size", "20", "-o", output,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert WARNING in run.stderr and "Traceback" not in run.stderr
    assert run.stdout.count("\n") == 1 and str(output) in run.stdout
    assert pdf_words(output) == (
        "What helped Third day: my sister came by. * * * First day: I asked a friend for help."
    )
    assert body_sizes(output) == {20.0}
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert b"a private note" not in output.read_bytes()
    with Journal.unlock(written_journal, PASSPHRASE) as journal:
        history = journal.shared_history()
    assert [(r.share_name, r.file_name, r.format) for r in history] == [
        ("Tuesday Group", "share.pdf", ExportFormat.PDF)
    ]


def test_every_moment_of_a_kind_oldest_first(
    written_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "hope.pdf"
    run = export(written_journal, passphrase_file, "--kind", "hope", "-o", output)
    assert run.code == 0, run.stderr
    assert pdf_words(output) == (
        "First day: I asked Lee for help. * * * Third day: my sister came by."
    )
    assert body_sizes(output) == {18.0}  # large print unless asked otherwise


def test_an_existing_file_is_replaced_only_with_overwrite(
    written_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "mine.pdf"
    output.write_bytes(b"my own file")
    line = assert_one_line_error(export(written_journal, passphrase_file, "--kind", "hope",
                                        "-o", output))  # fmt: skip
    assert "won't replace it" in line
    assert output.read_bytes() == b"my own file"
    run = export(written_journal, passphrase_file, "--kind", "hope", "-o", output, "--overwrite")
    assert run.code == 0, run.stderr
    assert pdf_words(output).startswith("First day")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--share", "Thursday"], "There's no share called “Thursday”"),
        (["--kind", "gratitude"], "no moments marked “gratitude”"),
        (["--kind", "hope", "--font-size", "30"], "--font-size takes a print size from 14 to 28"),
        (["--kind", "hope", "--font-size", "13"], "got 13"),
        (["--kind", "hope", "--redact", "Dana"], "--redact takes NAME=ALIAS"),
        (["--kind", "hope", "--redact", "=my sister"], "--redact takes NAME=ALIAS"),
        (["--kind", "hope", "--redact", "Dana= "], "--redact takes NAME=ALIAS"),
    ],
)
def test_each_mistake_is_one_plain_line_and_nothing_is_written(
    written_journal: Path, passphrase_file: Path, tmp_path: Path, args: list[str], said: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    line = assert_one_line_error(
        export(written_journal, passphrase_file, *args, "-o", folder / "x.pdf")
    )
    assert said in line
    assert os.listdir(folder) == []


def test_an_empty_share_is_refused(
    written_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    with Journal.unlock(written_journal, PASSPHRASE) as journal:
        journal.create_share("Empty")
    line = assert_one_line_error(
        export(written_journal, passphrase_file, "--share", "empty", "-o", tmp_path / "x.pdf")
    )
    assert "is empty" in line
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_folder_is_refused_before_the_passphrase(
    written_journal: Path, tmp_path: Path
) -> None:
    # No --passphrase-file and no terminal: reaching the passphrase would be another error.
    run = run_cli("export-pdf", "--journal", written_journal, "--kind", "hope", "-o",
                  tmp_path / "missing" / "x.pdf")  # fmt: skip
    assert "There's no folder" in assert_one_line_error(run)


def test_a_folder_that_cannot_be_written_is_said_plainly(
    unprivileged_journal: tuple[Path, Path], shared_base: Path
) -> None:
    folder, passphrase = unprivileged_journal
    locked = shared_base / "read-only"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    run = run_unprivileged(
        shared_base, "export-pdf", "--journal", folder, "--passphrase-file", passphrase,
        "--kind", "hope", "-o", locked / "x.pdf",
    )  # fmt: skip
    assert "doesn't have permission" in assert_one_line_error(run)
    assert os.listdir(locked) == []


def test_a_share_or_a_kind_must_be_chosen(written_journal: Path, tmp_path: Path) -> None:
    run = run_cli("export-pdf", "--journal", written_journal, "-o", tmp_path / "x.pdf")
    assert run.code == 2 and "--share" in run.stderr
    run = run_cli("export-pdf", "--journal", written_journal, "--share", "a", "--kind", "hope",
                  "-o", tmp_path / "x.pdf")  # fmt: skip
    assert run.code == 2 and "not allowed with" in run.stderr
    assert io.StringIO(run.stdout).read() == ""
