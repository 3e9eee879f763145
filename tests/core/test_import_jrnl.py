"""Reading jrnl journals: the plain-text file and the JSON export."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core import imports
from reflect.core.importers import jrnl
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.journal import Journal
from tests.import_samples import JRNL_EXPORT, JRNL_TEXT, write_json

NO_FILES_KEPT = [HealthCheck.function_scoped_fixture]


def read(path: Path) -> list[ImportedEntry]:
    return FORMATS.parsers["jrnl"](path)


def problem(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        read(path)
    return caught.value


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "journal.txt"
    path.write_text(JRNL_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def new_york() -> Iterator[None]:
    """This computer's time zone is New York for the test (jrnl dates are local time)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_plain_text_entries_with_titles_stars_tags_and_bodies(sample: Path) -> None:
    first, second, third = read(sample)
    assert first.title == "Went to a meeting."
    assert first.text == (
        "Called my @sponsor after.\nIt was hard, and good. I said my number out loud.\n"
        "## Not a tag, a heading\n\nStill thinking about it. #gratitude"
    )
    assert first.starred and not second.starred and not third.starred
    assert first.tags == ("sponsor", "gratitude")  # words stay in the text, as in jrnl
    assert (second.title, second.text, second.tags) == (
        "Morning walk",
        "The rain stopped. @walk @Sponsor",
        ("walk", "sponsor"),
    )
    assert (third.title, third.text) == ("Late one, the jrnl 4 way.", "")
    assert [e.created.replace(tzinfo=None) for e in (first, second, third)] == [
        datetime(2026, 3, 14, 21, 30),
        datetime(2026, 3, 15, 8, 5),
        datetime(2026, 3, 16, 21, 30),
    ]
    assert all(e.source_key.startswith("jrnl:") for e in (first, second, third))
    assert len({e.source_key for e in (first, second, third)}) == 3


def test_dates_are_this_computers_local_time(sample: Path, new_york: None) -> None:
    first, _, _ = read(sample)
    assert first.created.utcoffset() == timedelta(hours=-4)  # daylight time in March
    winter = sample.with_name("winter.txt")
    winter.write_text("[2026-01-10 09:00] Cold\n", encoding="utf-8")
    assert read(winter)[0].created.utcoffset() == timedelta(hours=-5)


def test_the_json_export_gives_the_same_entries_and_keys(sample: Path, tmp_path: Path) -> None:
    exported = read(write_json(tmp_path / "export.json", JRNL_EXPORT))
    from_text = read(sample)
    assert [e.source_key for e in exported] == [e.source_key for e in from_text]
    assert [(e.created, e.tags, e.starred) for e in exported] == [
        (e.created, e.tags, e.starred) for e in from_text
    ]
    # jrnl 4 makes the whole first line the title; the words are the same either way.
    assert exported[0].title == "Went to a meeting. Called my @sponsor after."


def test_importing_the_text_then_its_export_adds_nothing_more(
    journal: Journal, sample: Path, tmp_path: Path
) -> None:
    assert journal.import_entries(read(sample)).added == 3
    again = journal.import_entries(read(write_json(tmp_path / "export.json", JRNL_EXPORT)))
    assert (again.added, again.skipped) == (0, 3)


def test_a_title_too_long_for_a_title_stays_in_the_text(tmp_path: Path) -> None:
    words = "word " * 150
    path = tmp_path / "long.txt"
    path.write_text(f"[2026-03-14 21:30] {words}\nnext line\n", encoding="utf-8")
    (entry,) = read(path)
    assert entry.title == ""
    assert entry.text == f"{words.strip()}\nnext line"
    imports.check_all([entry])  # and it can be imported


def test_an_overlong_tag_is_left_as_a_word(tmp_path: Path) -> None:
    path = tmp_path / "tags.txt"
    path.write_text(f"[2026-03-14 21:30] Hi @{'x' * 80} @ok\n", encoding="utf-8")
    (entry,) = read(path)
    assert entry.tags == ("ok",)
    assert "@" + "x" * 80 in entry.title


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("[2026-03-14 21:30] Fine\n\n[2026-02-30 10:00] No such day\n", 3, "2026-02-30 10:00"),
        ("[2026-03-14 25:30] Hour 25\n", 1, "isn't one Reflect understands"),
        ("Notes before any entry\n[2026-03-14 21:30] Fine\n", 1, "doesn't start with"),
        ("\n\n   \n", None, "no jrnl entries"),
        ("[0999-03-14 21:30] Too early\n", 1, "between the years"),
    ],
)
def test_malformed_text_is_reported_with_its_line(
    tmp_path: Path, content: str, line: int | None, words: str
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(content, encoding="utf-8")
    found = problem(path)
    assert (found.path, found.line) == (path, line)
    assert words in str(found)
    assert str(found).endswith("Nothing was imported.")


def test_text_that_isnt_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(b"[2026-03-14 21:30] Caf\xc3\xa9\n\n[2026-03-15 10:00] Caf\xe9\n")
    assert problem(path).line == 3


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ({"title": "no date", "time": "10:00"}, 'has no "date"'),
        ({"date": "2026-03-14", "time": "10:00", "title": 7}, '"title" that isn\'t text'),
        ({"date": "2026-03-14", "time": "noon"}, "doesn't understand"),
        ({"date": "2026-03-14", "time": "10:00", "tags": [1]}, "tag that isn't text"),
        ("just words", "isn't an entry"),
    ],
)
def test_malformed_exports_name_the_entry_and_its_line(
    tmp_path: Path, entry: object, words: str
) -> None:
    good = {"title": "ok", "body": "", "date": "2026-03-14", "time": "09:00"}
    path = write_json(tmp_path / "export.json", {"entries": [good, good, entry]})
    found = problem(path)
    assert "entry 3 " in str(found) and words in str(found)
    lines = path.read_text(encoding="utf-8").splitlines()
    item_starts = [
        number
        for number, line in enumerate(lines, start=1)
        if line.startswith("    ") and line[4] != " " and line.strip() not in ("}", "},")
    ]
    assert found.line == item_starts[2]


def test_json_that_doesnt_parse_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"entries": [\n  {"date": "2026-03-14",\n  oops\n]}', encoding="utf-8")
    assert problem(path).line == 3


def test_a_missing_file_or_a_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    assert "no file there" in str(problem(tmp_path / "missing.txt"))
    assert "folder" in str(problem(tmp_path))


# --- never a crash ----------------------------------------------------------------------

JRNL_ALPHABET = st.sampled_from(
    [*"[]-:* @#.!?\n\t aZ0123456789é", "[2026-03-14 21:30] ", "\n\n", "PM", "\u2028"]
)


def read_or_problem(path: Path) -> list[ImportedEntry]:
    """The entries, or [] for an ImportProblem; anything else fails the test. What is read
    must also pass the journal's checks, so the import itself can't fail on it."""
    try:
        entries = read(path)
    except ImportProblem:
        return []
    imports.check_all(entries)
    return entries


@settings(max_examples=300, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(pieces=st.lists(JRNL_ALPHABET, max_size=60))
def test_any_text_is_read_or_refused(tmp_path: Path, pieces: list[str]) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("".join(pieces), encoding="utf-8")
    read_or_problem(path)


@settings(max_examples=40, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(pieces=st.lists(JRNL_ALPHABET, max_size=60))
def test_whatever_is_read_imports_into_a_real_journal(
    journal: Journal, tmp_path: Path, pieces: list[str]
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("[2026-03-14 21:30] " + "".join(pieces), encoding="utf-8")
    entries = read_or_problem(path)
    result = journal.import_entries(entries)
    assert result.added + result.skipped == len(entries)
    assert journal.import_entries(entries).added == 0


@settings(max_examples=150, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(data=st.binary(max_size=300))
def test_any_bytes_are_read_or_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(data)
    read_or_problem(path)


@settings(max_examples=150, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(cut=st.integers(min_value=0), as_json=st.booleans())
def test_a_truncated_journal_or_export_is_read_or_refused(
    tmp_path: Path, cut: int, as_json: bool
) -> None:
    whole = json.dumps(JRNL_EXPORT, indent=2) if as_json else JRNL_TEXT
    data = whole.encode("utf-8")
    path = tmp_path / "journal.txt"
    path.write_bytes(data[: cut % (len(data) + 1)])
    read_or_problem(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
export_entries = st.fixed_dictionaries(
    {},
    optional={
        "title": json_values | st.text(),
        "body": json_values | st.text(),
        "date": json_values | st.dates().map(str),
        "time": json_values | st.times().map(lambda t: f"{t:%H:%M}"),
        "tags": json_values | st.lists(st.text(max_size=70), max_size=3),
        "starred": json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(document=json_values | st.fixed_dictionaries({"entries": st.lists(export_entries)}))
def test_any_json_is_read_or_refused(tmp_path: Path, document: object) -> None:
    read_or_problem(write_json(tmp_path / "export.json", document))


def test_the_parser_is_registered_as_jrnl() -> None:
    assert FORMATS.parsers["jrnl"] is jrnl.parse
