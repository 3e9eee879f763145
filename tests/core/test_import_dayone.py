"""Reading Day One exports: the .json, and the .zip with photos beside it."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core import imports
from reflect.core.importers import dayone
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.journal import Journal
from tests.import_samples import DAYONE_EXPORT, DAYONE_LEFT_OUT, write_dayone_zip, write_json

NO_FILES_KEPT = [HealthCheck.function_scoped_fixture]


def read(path: Path) -> list[ImportedEntry]:
    return FORMATS.parsers["dayone"](path)


def problem(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        read(path)
    return caught.value


def with_entry(**fields: Any) -> dict[str, Any]:
    """The sample export with one more entry of ``fields`` at its end."""
    document = copy.deepcopy(DAYONE_EXPORT)
    document["entries"].append(fields)
    return document


def test_entries_keep_their_words_date_zone_tags_and_star(tmp_path: Path) -> None:
    ninety, slept = read(write_json(tmp_path / "Journal.json", DAYONE_EXPORT))
    assert ninety.source_key == "dayone:0A1B2C3D4E5F60718293A4B5C6D7E8F9"
    assert ninety.title == "Ninety days"
    assert ninety.text == "I said my number out loud. It felt good!\n\nThen coffee with Sam."
    assert (ninety.tags, ninety.starred) == (("meeting", "Milestone"), True)
    # 02:30 UTC was 22:30 the evening before in New York, in daylight time.
    assert ninety.created == datetime(2026, 3, 15, 2, 30, tzinfo=UTC)
    assert (ninety.created.day, ninety.created.hour) == (14, 22)
    assert ninety.created.utcoffset() == timedelta(hours=-4)
    assert slept.created.utcoffset() == timedelta(hours=2)  # Berlin in summer
    assert (slept.title, slept.text, slept.tags, slept.starred) == (
        "",
        "Slept well for once.",
        (),
        False,
    )


def test_location_weather_device_and_photos_are_left_out(tmp_path: Path) -> None:
    entries = read(write_json(tmp_path / "Journal.json", DAYONE_EXPORT))
    kept = repr(entries)
    assert [word for word in DAYONE_LEFT_OUT if word in kept] == []


def test_a_zip_is_read_with_every_journal_in_it_and_photos_ignored(tmp_path: Path) -> None:
    other = {"entries": [{"uuid": "F00D", "creationDate": "2025-12-24T18:00:00Z", "text": "Eve"}]}
    path = write_dayone_zip(
        tmp_path / "export.zip", {"Journal.json": DAYONE_EXPORT, "Gratitude.json": other}
    )
    entries = read(path)
    assert [e.source_key for e in entries] == [
        "dayone:0A1B2C3D4E5F60718293A4B5C6D7E8F9",
        "dayone:11112222333344445555666677778888",
        "dayone:F00D",
    ]
    assert entries[2].created.utcoffset() == timedelta(0)  # no time zone given: UTC


def test_a_zip_and_its_json_import_once(journal: Journal, tmp_path: Path) -> None:
    zipped = write_dayone_zip(tmp_path / "export.zip", {"Journal.json": DAYONE_EXPORT})
    assert journal.import_entries(read(zipped)).added == 2
    again = journal.import_entries(read(write_json(tmp_path / "Journal.json", DAYONE_EXPORT)))
    assert (again.added, again.skipped) == (0, 2)
    (entry,) = [journal.get_entry(i) for i in journal.entry_ids() if journal.get_entry(i).title]
    assert entry.tags == ("meeting", "Milestone", "starred")


def test_an_unknown_time_zone_keeps_the_moment_in_utc(tmp_path: Path) -> None:
    document = with_entry(uuid="X", creationDate="2026-01-01T10:00:00Z", timeZone="Mars/Olympus")
    entry = read(write_json(tmp_path / "Journal.json", document))[-1]
    assert entry.created == datetime(2026, 1, 1, 10, 0, tzinfo=UTC)
    assert entry.created.utcoffset() == timedelta(0)


def test_a_heading_too_long_for_a_title_stays_in_the_text(tmp_path: Path) -> None:
    heading = "# " + "word " * 120
    document = with_entry(uuid="X", creationDate="2026-01-01T10:00:00Z", text=heading + "\nmore")
    entry = read(write_json(tmp_path / "Journal.json", document))[-1]
    assert (entry.title, entry.text) == ("", heading + "\nmore")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"creationDate": "2026-01-01T10:00:00Z"}, 'has no "uuid"'),
        ({"uuid": "X"}, 'has no "creationDate"'),
        ({"uuid": "X", "creationDate": "yesterday"}, "doesn't understand ('yesterday')"),
        ({"uuid": "X", "creationDate": "0500-01-01T00:00:00Z"}, "between the years"),
        ({"uuid": "X", "creationDate": "2026-01-01T10:00:00Z", "tags": ["x" * 80]}, "at most 64"),
        ({"uuid": "X", "creationDate": "2026-01-01T10:00:00Z", "starred": "yes"}, "true or false"),
    ],
)
def test_malformed_entries_are_named_with_their_line(
    tmp_path: Path, fields: dict[str, Any], words: str
) -> None:
    path = write_json(tmp_path / "Journal.json", with_entry(**fields))
    found = problem(path)
    assert "entry 3 " in str(found) and words in str(found), str(found)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert found.line is not None and lines[found.line - 1] == "    {"
    assert found.line > max(i for i, line in enumerate(lines) if "Berlin" in line)


def test_a_problem_inside_a_zip_names_the_file_inside(tmp_path: Path) -> None:
    path = write_dayone_zip(tmp_path / "export.zip", {"Journal.json": with_entry(uuid="X")})
    found = problem(path)
    assert found.path == path / "Journal.json"
    assert "export.zip/Journal.json, line" in str(found)


def test_a_zip_naming_files_outside_itself_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps(DAYONE_EXPORT))
        archive.writestr("../../.bashrc", "echo hi")
    assert "outside the export" in str(problem(path))


def test_a_zip_bomb_is_refused_before_it_fills_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dayone, "MAX_FILE_BYTES", 1_000_000)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * 5_000_000)  # a few kilobytes packed
    assert path.stat().st_size < 50_000
    assert "unpack to more than" in str(problem(path))


def test_a_zip_whose_size_lies_is_still_stopped_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dayone, "MAX_FILE_BYTES", 1_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * 5_000)
    data = bytearray(buffer.getvalue())
    # Say 10 bytes in both headers; the packed data still unpacks to 5,000.
    for header, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(header)
        data[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    found = problem(path)
    assert "damaged" in str(found) or "unpack to more than" in str(found)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: write_dayone_zip(p, {}, photos=True), "no .json file"),
        (lambda p: p.write_bytes(b"PK\x03\x04 cut short"), "damaged"),
        (lambda p: p.write_text('{"metadata": {}}'), "no list of entries"),
        (lambda p: p.write_text("[]"), "no list of entries"),
    ],
)
def test_files_that_arent_exports_are_refused_plainly(
    tmp_path: Path, make: Any, words: str
) -> None:
    path = tmp_path / "export.zip"
    make(path)
    assert words in str(problem(path))


# --- never a crash ----------------------------------------------------------------------


def read_or_problem(path: Path) -> list[ImportedEntry]:
    try:
        entries = read(path)
    except ImportProblem:
        return []
    imports.check_all(entries)  # what is read can be imported
    return entries


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
stamps = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
).map(lambda d: d.isoformat().replace("+00:00", "Z"))
day_one_entries = st.fixed_dictionaries(
    {},
    optional={
        "uuid": json_values | st.text(max_size=40),
        "creationDate": json_values | stamps,
        "timeZone": json_values | st.sampled_from(["Europe/Paris", "Nowhere", "", "../etc", "UTC"]),
        "text": json_values | st.text(),
        "tags": json_values | st.lists(st.text(max_size=70), max_size=3),
        "starred": json_values,
        "location": json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(document=json_values | st.fixed_dictionaries({"entries": st.lists(day_one_entries)}))
def test_any_json_is_read_or_refused(tmp_path: Path, document: object) -> None:
    read_or_problem(write_json(tmp_path / "Journal.json", document))


@settings(max_examples=150, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(data=st.binary(max_size=300))
def test_any_bytes_are_read_or_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "Journal.json"
    path.write_bytes(data)
    read_or_problem(path)


@pytest.fixture(scope="module")
def whole_zip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("zip") / "export.zip"
    return write_dayone_zip(path, {"Journal.json": DAYONE_EXPORT}).read_bytes()


@settings(max_examples=200, deadline=None, suppress_health_check=NO_FILES_KEPT)
@given(cut=st.integers(min_value=0), as_zip=st.booleans(), flip=st.integers(min_value=0))
def test_truncated_or_damaged_exports_are_read_or_refused(
    tmp_path: Path, whole_zip: bytes, cut: int, as_zip: bool, flip: int
) -> None:
    whole = whole_zip if as_zip else json.dumps(DAYONE_EXPORT, indent=2).encode()
    data = bytearray(whole[: cut % (len(whole) + 1)])
    if data and flip % 3 == 0:  # now and then a damaged byte as well
        data[flip % len(data)] ^= 0x5A
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    read_or_problem(path)


def test_the_parser_is_registered_as_dayone() -> None:
    assert FORMATS.parsers["dayone"] is dayone.parse
