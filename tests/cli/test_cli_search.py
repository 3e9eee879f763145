"""``reflect search``: the command and its JSON contract, run in a subprocess."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from reflect.core.domain import HOPE, MomentDraft
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import assert_one_line_error, run_cli

BERLIN_SUMMER = timezone(timedelta(hours=2))


@pytest.fixture
def searchable(made_journal: Path) -> tuple[Path, dict[str, int]]:
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        ids = {
            "cafe": journal.add_entry(
                title="Saturday",
                text="Coffee at the café, one day at a time.",
                created=datetime(2026, 6, 6, 10, 0, tzinfo=BERLIN_SUMMER),
                tags=["Walks"],
                mood=4,
            ).created,
            "hope": journal.add_entry(
                title="Sunday",
                text="Feeling hopeful about the meeting.",
                created=datetime(2026, 6, 7, 10, 0, tzinfo=BERLIN_SUMMER),
                moments=[MomentDraft(None, 0, 16, HOPE, "keep this")],
            ).created,
        }
    return made_journal, {name: int(entry_id or 0) for name, entry_id in ids.items()}


def search(folder: Path, passphrase_file: Path, *args: str) -> tuple[int, str, str]:
    run = run_cli("search", "--journal", folder, "--passphrase-file", passphrase_file, *args)
    return run.code, run.stdout, run.stderr


def test_search_prints_json_with_the_promised_fields(
    searchable: tuple[Path, dict[str, int]], passphrase_file: Path
) -> None:
    folder, ids = searchable
    code, stdout, stderr = search(folder, passphrase_file, "CAFE", "--json")
    assert code == 0, stderr
    assert json.loads(stdout) == [
        {
            "id": ids["cafe"],
            "created": "2026-06-06T10:00:00+02:00",
            "title": "Saturday",
            "snippet": "Coffee at the café, one day at a time.",
        }
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["hop*"], ["hope"]),
        (['"one day at a time"'], ["cafe"]),
        (['"day one"'], []),
        (["coffee OR meeting"], ["hope", "cafe"]),
        (["keep"], ["hope"]),  # moment notes
        (["walks"], ["cafe"]),  # tags
        (['"day at'], ["cafe"]),  # malformed: plain words
        (["--tag", "walks"], ["cafe"]),
        (["--kind", "hope"], ["hope"]),
        (["--mood", "4", "--mood", "5"], ["cafe"]),
        (["--since", "2026-06-07"], ["hope"]),
        (["--until", "2026-06-06", "the"], ["cafe"]),
        (["the", "--order", "best", "--limit", "1"], ["hope"]),
    ],
)
def test_search_forms_and_filters(
    searchable: tuple[Path, dict[str, int]],
    passphrase_file: Path,
    args: list[str],
    expected: list[str],
) -> None:
    folder, ids = searchable
    code, stdout, stderr = search(folder, passphrase_file, *args, "--json")
    assert code == 0, stderr
    assert [hit["id"] for hit in json.loads(stdout)] == [ids[name] for name in expected]


def test_search_prints_lines_and_a_count(
    searchable: tuple[Path, dict[str, int]], passphrase_file: Path
) -> None:
    folder, ids = searchable
    code, stdout, stderr = search(folder, passphrase_file, "the")
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0].split()[:4] == [str(ids["hope"]), "2026-06-07", "10:00", "Sunday"]
    assert lines[1].strip() == "Feeling hopeful about the meeting."
    assert stderr.strip() == "2 entries found."
    code, stdout, stderr = search(folder, passphrase_file, "the", "--limit", "1")
    assert stderr.strip() == "1 of 2 entries found."


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([], 1),  # nothing to look for
        (["hope", "--since", "2026-06-08", "--until", "2026-06-01"], 1),
        (["hope", "--mood", "9"], 1),
        (["hope", "--limit", "-1"], 1),
        (["hope", "--since", "June"], 2),
        (["hope", "--order", "random"], 2),
    ],
)
def test_search_refuses_bad_input_in_one_line(
    searchable: tuple[Path, dict[str, int]], passphrase_file: Path, args: list[str], code: int
) -> None:
    folder, _ = searchable
    run = run_cli("search", "--journal", folder, "--passphrase-file", passphrase_file, *args)
    if code == 2:
        assert run.code == 2 and "Traceback" not in run.stderr
        assert "error:" in run.stderr
    else:
        assert_one_line_error(run)
