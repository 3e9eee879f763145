"""Exporting the journal as JSON and Markdown, and reading both back without loss.

Round trips go journal → export → importer → ``Journal.import_entries`` → a new journal,
and compare every field but ids. Property tests write arbitrary entries (emoji, combining
marks, right-to-left words, ``---`` lines, YAML's special characters) straight through
the exporters and importers; fuzzing proves the importers only ever raise ``ImportProblem``.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core import domain
from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import Entry, FormatSpan, Moment, MomentDraft
from reflect.core.entry_records import entry_key
from reflect.core.errors import InvalidInput
from reflect.core.exporting import (
    ExportFormat,
    ExportProblem,
    export_journal,
    export_json,
    export_markdown,
    markdown_document,
)
from reflect.core.importers import markdown, reflect_json
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.journal import Journal
from reflect.core.progress import Cancelled, Progress
from tests.conftest import PASSPHRASE

KOLKATA = timezone(timedelta(hours=5, minutes=30))
NEW_YORK = timezone(timedelta(hours=-5))
CHATHAM = timezone(timedelta(hours=12, minutes=45))

Content = tuple[Any, ...]


def content_of(entry: Entry | ImportedEntry) -> Content:
    """Everything an export must keep, ids aside: the date with its own offset included."""
    moments = tuple((m.kind, m.start, m.end, m.note) for m in entry.moments)
    formatting = tuple((s.start, s.end, s.style) for s in entry.formatting)
    created = (entry.created, entry.created.utcoffset())
    return (created, entry.title, entry.text, entry.tags, entry.mood, moments, formatting)


def journal_content(journal: Journal) -> list[Content]:
    return sorted((content_of(entry) for entry in journal.iter_entries()), key=repr)


def fill(journal: Journal) -> None:
    """Entries of every shape a real journal holds."""
    text = 'Called my sponsor 😀.\n---\nשלום, a: "quoted" # not a comment\n\n- a list?\n'
    hope = text.index("sponsor")
    journal.add_entry(
        title='A "good": day --- #1',
        text=text,
        created=datetime(2024, 1, 5, 21, 30, 15, 123456, tzinfo=KOLKATA),
        tags=["recovery", "step: 4", "#hash", "Zürich"],
        mood=4,
        moments=[
            MomentDraft(None, hope, hope + 9, "hope", "I was scared\nbut I called."),
            MomentDraft(None, text.index("שלום"), text.index("שלום") + 4, "family"),
            MomentDraft(None, 0, 6, "struggle"),
        ],
        formatting=[FormatSpan(0, 6, "bold"), FormatSpan(22, 25, "heading1")],
    )
    journal.add_entry(title="", text="", created=datetime(2023, 12, 31, 23, 59, tzinfo=NEW_YORK))
    journal.add_entry(
        title="e\u0301 combining",
        text="cafe\u0301 \u2028 line",
        created=datetime(2020, 2, 29, 0, 0, tzinfo=CHATHAM),
    )
    for day in range(1, 4):  # the same minute and title: the files still get their own names
        journal.add_entry(
            title="Same",
            text=f"words {day}",
            created=datetime(2022, 6, 1, 8, 0, tzinfo=UTC),
        )


def round_trip(source: Journal, kind: ExportFormat, tmp_path: Path, fast_kdf: KdfParams) -> Journal:
    target = tmp_path / ("export.json" if kind is ExportFormat.JSON else "export")
    export_journal(source, kind, target)
    entries = FORMATS.parsers[kind.value](target)
    copy = Journal.create(tmp_path / f"copy-{kind.value}", PASSPHRASE, kdf=fast_kdf)
    copy.import_entries(entries)
    return copy


# --- round trips through real journals -----------------------------------------------------


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_a_round_trip_keeps_every_entry_exactly(
    journal: Journal, kind: ExportFormat, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    fill(journal)
    with round_trip(journal, kind, tmp_path, fast_kdf) as copy:
        assert journal_content(copy) == journal_content(journal)
        assert copy.entry_count() == 6


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_importing_an_export_again_adds_nothing(
    journal: Journal, kind: ExportFormat, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    fill(journal)
    with round_trip(journal, kind, tmp_path, fast_kdf) as copy:
        target = tmp_path / ("export.json" if kind is ExportFormat.JSON else "export")
        result = copy.import_entries(FORMATS.parsers[kind.value](target))
        assert (result.added, result.skipped) == (0, 6)


def test_the_json_and_markdown_exports_name_each_entry_alike(
    journal: Journal, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    fill(journal)
    with round_trip(journal, ExportFormat.JSON, tmp_path, fast_kdf) as copy:
        export_journal(journal, ExportFormat.MARKDOWN, tmp_path / "md")
        result = copy.import_entries(markdown.parse(tmp_path / "md"))
        assert result.added == 0


def test_an_empty_journal_exports_and_imports(journal: Journal, tmp_path: Path) -> None:
    assert export_journal(journal, ExportFormat.JSON, tmp_path / "a.json").entries == 0
    assert export_journal(journal, ExportFormat.MARKDOWN, tmp_path / "md").entries == 0
    assert reflect_json.parse(tmp_path / "a.json") == []
    assert markdown.parse(tmp_path / "md") == []


def test_the_json_export_is_the_documented_shape(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    export_journal(journal, ExportFormat.JSON, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("reflect-journal", 1)
    assert datetime.fromisoformat(document["exported"]).tzinfo is not None
    first = document["entries"][0]  # newest first, as ``list --json``
    assert set(first) == {
        "key", "id", "created", "updated", "title", "text", "tags", "mood", "moments",
        "formatting",
    }  # fmt: skip
    assert first["created"] == "2024-01-05T21:30:15.123456+05:30"
    assert first["moments"][0] | {"id": 0} == {
        "id": 0, "kind": "struggle", "start": 0, "end": 6, "text": "Called", "note": "",
    }  # fmt: skip
    assert first["formatting"] == [
        {"start": 0, "end": 6, "style": "bold"},
        {"start": 22, "end": 25, "style": "heading1"},
    ]


# --- property tests: any entry comes back -------------------------------------------------

SPECIAL = ["---", "...", "\n---\n", "# ", "key: value", '"', "'", "- ", "[a]", "{a: b}", "null"]
SPECIAL += [
    "~",
    "true",
    "7",
    "😀",
    "👩🏽‍🚀",
    "שלום",
    "مرحبا",
    "e\u0301",
    "\u202e",
    "\u2028",
    "\x85",
]
SPECIAL += ["\ufeff", "\t", "\x00", "|", ">", "&a", "*a", "!x", "%", "@", "`", "\\", "\n", " "]
# Stored text is canonical (``domain.canonical_text``): never "\r" or U+2029.
letters = st.characters(exclude_categories=["Cs"], exclude_characters="\r\u2029")
words = st.lists(st.one_of(st.text(letters, max_size=12), st.sampled_from(SPECIAL)), max_size=10)
texts = words.map("".join).map(domain.canonical_text)
offsets = st.integers(-14 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))


def valid(check: Any, value: Any) -> Any:
    try:
        return check(value)
    except InvalidInput:
        return None


@st.composite
def entries(draw: st.DrawFn, entry_id: int = 1) -> Entry:
    text = draw(texts)
    title = valid(domain.check_title, draw(texts)) or ""
    tags = valid(domain.normalize_tags, [t for t in draw(st.lists(texts, max_size=4)) if t.strip()])
    created = draw(st.datetimes(datetime(1000, 1, 2), datetime(9998, 12, 30), timezones=offsets))
    # A start, then an end after it: drawn, not filtered (short texts leave few pairs).
    spans = st.integers(0, max(0, len(text) - 1)).flatmap(
        lambda start: st.tuples(st.just(start), st.integers(start + 1, max(start + 1, len(text))))
    )
    moments = []
    if text:
        for number, (start, end) in enumerate(draw(st.lists(spans, max_size=4)), start=1):
            kind = valid(domain.normalize_kind, draw(st.sampled_from(["hope", "struggle"]) | texts))
            note = valid(domain.check_note, draw(texts)) or ""
            moments.append(Moment(number, entry_id, start, end, kind or "hope", note))
        moments.sort(key=lambda moment: (moment.start, moment.id))
    styles = st.sampled_from(["bold", "italic", "heading1", "quote"]) | texts.filter(bool)
    formatting = (
        [FormatSpan(*span, draw(styles)) for span in draw(st.lists(spans, max_size=4))]
        if text
        else []
    )
    return Entry(
        id=entry_id,
        created=created,
        updated=created,
        title=title,
        text=text,
        tags=tags or (),
        moments=tuple(moments) if text else (),
        formatting=tuple(formatting) if text else (),
        mood=draw(st.none() | st.integers(1, 5)),
    )


entry_lists = st.lists(st.integers(1, 10**6), max_size=4, unique=True).flatmap(
    lambda ids: st.tuples(*(entries(entry_id) for entry_id in ids)).map(list)
)


@contextlib.contextmanager
def scratch() -> Iterator[Path]:
    """A fresh folder per example (pytest's tmp_path is one folder for all of them)."""
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@settings(max_examples=60, deadline=None)
@given(entry_lists)
def test_any_entries_come_back_from_json(written: list[Entry]) -> None:
    with scratch() as folder:
        export_json(written, folder / "a.json")
        read = reflect_json.parse(folder / "a.json")
    assert [content_of(entry) for entry in read] == [content_of(entry) for entry in written]
    assert [entry.source_key for entry in read] == [entry_key(entry) for entry in written]


@settings(max_examples=60, deadline=None)
@given(entry_lists)
def test_any_entries_come_back_from_markdown(written: list[Entry]) -> None:
    with scratch() as folder:
        export_markdown(written, folder / "md")
        read = {entry.source_key: content_of(entry) for entry in markdown.parse(folder / "md")}
    assert read == {entry_key(entry): content_of(entry) for entry in written}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries())
def test_any_entry_survives_a_journal_round_trip(entry: Entry) -> None:
    """Through real journals: what Journal.add_entry stores, import stores identically."""
    kdf = KdfParams.fast_for_tests()
    with scratch() as folder, Journal.create(folder / "j", PASSPHRASE, kdf=kdf) as journal:
        journal.add_entry(
            title=entry.title,
            text=entry.text,
            created=entry.created,
            tags=entry.tags,
            mood=entry.mood,
            formatting=entry.formatting,
            moments=[MomentDraft(None, m.start, m.end, m.kind, m.note) for m in entry.moments],
        )
        for kind in ExportFormat:
            with round_trip(journal, kind, folder, kdf) as copy:
                assert journal_content(copy) == journal_content(journal)


# --- the importers never crash ---------------------------------------------------------------


def parse_or_problem(parser: Any, path: Path) -> list[ImportedEntry] | None:
    """Parse ``path``; an ``ImportProblem`` is fine, anything else fails the test."""
    with contextlib.suppress(ImportProblem):
        return list(parser(path))
    return None


def sample_export(kind: ExportFormat, folder: Path) -> Path:
    entry = Entry(
        1,
        datetime(2024, 1, 5, 21, 30, tzinfo=KOLKATA),
        datetime(2024, 1, 5, 21, 30, tzinfo=KOLKATA),
        'A "title": ---',
        "Hope 😀 here\n---\nשלום",
        ("a", "b: c"),
        (Moment(1, 1, 0, 4, "hope", "note\nhere"), Moment(2, 1, 5, 6, "mine")),
        (FormatSpan(0, 4, "bold"),),
        3,
    )
    if kind is ExportFormat.JSON:
        export_json([entry], folder / "a.json")
        return folder / "a.json"
    export_markdown([entry], folder / "md")
    return next((folder / "md").iterdir())


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_every_truncation_of_an_export_is_read_or_refused(
    kind: ExportFormat, tmp_path: Path
) -> None:
    whole = sample_export(kind, tmp_path).read_bytes()
    parser = FORMATS.parsers[kind.value]
    cut = tmp_path / "cut.md"
    for length in range(len(whole)):
        cut.write_bytes(whole[:length])
        parse_or_problem(parser, cut)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_are_read_or_refused_by_both(data: bytes) -> None:
    with scratch() as folder:
        (folder / "f.md").write_bytes(data)
        parse_or_problem(reflect_json.parse, folder / "f.md")
        parse_or_problem(markdown.parse, folder / "f.md")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
ENTRY_FIELDS = ["key", "created", "title", "text", "tags", "mood", "moments", "formatting"]
MOMENT_FIELDS = ["kind", "start", "end", "text", "note"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ENTRY_FIELDS), st.sampled_from([None, *MOMENT_FIELDS]), json_values)
def test_a_json_export_with_any_field_changed_is_read_or_refused(
    field: str, moment_field: str | None, value: Any
) -> None:
    with scratch() as folder:
        path = sample_export(ExportFormat.JSON, folder)
        document = json.loads(path.read_text(encoding="utf-8"))
        entry = document["entries"][0]
        if moment_field is not None and field == "moments":
            entry["moments"][0][moment_field] = value
        else:
            entry[field] = value
        path.write_text(json.dumps(document), encoding="utf-8")
        parse_or_problem(reflect_json.parse, path)


FRONT_MATTER_LINES = [
    "reflect: 1", 'key: "k"', 'date: "2024-01-05T10:00:00+01:00"', "date: 2024-01-05",
    "title: x", "tags: [a, b]", "tags: a, b", "tags:", "- x", "  - y", "mood: 3", "mood: 9",
    "mood: x", "moments:", "  - kind: hope", "    start: 0", "    end: 2", '    text: "Ho"',
    "formatting:", "  - {start: 0, end: 1, style: bold}", "reflect: 2", "date: 12",
    "title: [x]", "  bad", "- z", ": x", "key: [", "\t", "# c", "",
]  # fmt: skip
front_matter_lines = st.lists(st.sampled_from(FRONT_MATTER_LINES), max_size=12)


@settings(max_examples=300, deadline=None)
@given(front_matter_lines, texts)
def test_any_front_matter_is_read_or_refused(lines: list[str], body: str) -> None:
    with scratch() as folder:
        path = folder / "2024-01-05 note.md"
        path.write_text("---\n" + "\n".join(lines) + "\n---\n" + body, encoding="utf-8")
        parse_or_problem(markdown.parse, path)


# --- where and how the files are written ------------------------------------------------------


def test_exports_are_private_whatever_the_umask(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    old_mask = os.umask(0)
    try:
        export_journal(journal, ExportFormat.JSON, tmp_path / "a.json")
        export_journal(journal, ExportFormat.MARKDOWN, tmp_path / "md")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "md").stat().st_mode) == 0o700
    for path in (tmp_path / "md").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_existing_file_is_replaced_only_when_asked(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportProblem, match="already a file"):
        export_journal(journal, ExportFormat.JSON, target)
    assert target.read_text(encoding="utf-8") == "mine"
    export_journal(journal, ExportFormat.JSON, target, overwrite=True)
    assert json.loads(target.read_text(encoding="utf-8"))["entries"] == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.json", "journal"]


def test_markdown_goes_only_into_a_new_or_empty_folder(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportProblem, match="already has files"):
        export_journal(journal, ExportFormat.MARKDOWN, taken)
    assert [path.name for path in taken.iterdir()] == ["notes.md"]
    with pytest.raises(ExportProblem, match="is a file"):
        export_journal(journal, ExportFormat.MARKDOWN, taken / "notes.md")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export_journal(journal, ExportFormat.MARKDOWN, empty).entries == 6
    assert len(list(empty.iterdir())) == 6
    deeper = tmp_path / "new" / "folders"
    assert export_journal(journal, ExportFormat.MARKDOWN, deeper).entries == 6


def test_a_missing_folder_for_json_is_told_plainly(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(ExportProblem, match="no folder"):
        export_journal(journal, ExportFormat.JSON, tmp_path / "missing" / "a.json")


class CancelAfter(Progress):
    """Progress whose person presses Cancel after ``steps`` entries."""

    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps

    def advance(self, steps: int = 1) -> None:
        if self.done + steps >= self.steps:
            self.cancel()
        super().advance(steps)


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_a_cancelled_export_leaves_nothing_behind(
    journal: Journal, kind: ExportFormat, tmp_path: Path
) -> None:
    fill(journal)
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("a.json" if kind is ExportFormat.JSON else "md")
    progress = CancelAfter(3)
    with pytest.raises(Cancelled):
        export_journal(journal, kind, target, progress)
    assert list(out.iterdir()) == []
    assert progress.done == 3 and progress.total == 6


def test_progress_counts_every_entry(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    progress = Progress()
    export_journal(journal, ExportFormat.MARKDOWN, tmp_path / "md", progress)
    assert (progress.done, progress.total, progress.fraction) == (6, 6, 1.0)


# --- file names --------------------------------------------------------------------------------

HOSTILE_TITLES = [
    "../../x", "/etc/passwd", "..\\..\\win", "a/b\\c", ".hidden", "..", "CON", "nul.txt",
    "x" * 2000, "😀" * 300, "e\u0301" * 200, "\u202etxt.exe", "line\nbreak\ttab\x00nul",
    'a<b>c:d"e|f?g*h', "   ", "Same", "same", "SAME", "مرحبا بكم", "शान्ति",
]  # fmt: skip


def test_file_names_are_safe_and_unique_whatever_the_title(tmp_path: Path) -> None:
    when = datetime(2024, 1, 5, 21, 30, tzinfo=KOLKATA)
    written = [
        Entry(number, when, when, title, "text") for number, title in enumerate(HOSTILE_TITLES)
    ]
    export_markdown(written, tmp_path / "md")
    names = sorted(path.name for path in (tmp_path / "md").iterdir())
    assert len(names) == len(HOSTILE_TITLES)
    assert len({name.casefold() for name in names}) == len(names)
    assert not list(tmp_path.glob("*.md")) and not (tmp_path / "x").exists()
    for name in names:
        assert name.startswith("2024-01-05 2130") and name.endswith(".md")
        assert len(name.encode("utf-8")) <= 120
        assert not any(char in name for char in '/\\:*?"<>|\x00\n\t\u202e')
        assert name.isprintable()
    assert "2024-01-05 2130 शान्ति.md" in names  # letters keep their marks
    assert "2024-01-05 2130 مرحبا-بكم.md" in names
    assert {"2024-01-05 2130 same.md", "2024-01-05 2130 same 2.md"} < set(names)
    assert "2024-01-05 2130 etc-passwd.md" in names


# --- reading back what people may have changed --------------------------------------------


def test_moments_follow_their_words_when_the_markdown_was_edited(tmp_path: Path) -> None:
    path = sample_export(ExportFormat.MARKDOWN, tmp_path)
    document = path.read_text(encoding="utf-8")
    path.write_text(document.replace("Hope 😀 here", "Added first. Hope 😀 here"), "utf-8")
    (entry,) = markdown.parse(path.parent)
    passages = [entry.text[m.start : m.end] for m in entry.moments]
    assert passages == ["Hope", "😀"]


def test_a_moment_whose_words_are_gone_is_reported_with_its_line(tmp_path: Path) -> None:
    path = sample_export(ExportFormat.MARKDOWN, tmp_path)
    document = path.read_text(encoding="utf-8")
    path.write_text(document.replace("Hope 😀 here", "Nothing left"), "utf-8")
    with pytest.raises(ImportProblem) as raised:
        markdown.parse(path.parent)
    assert raised.value.path == path
    assert raised.value.line == document.split("\n").index("moments:") + 1
    assert "no longer in the entry's text" in str(raised.value)


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_an_export_from_a_newer_reflect_is_refused(kind: ExportFormat, tmp_path: Path) -> None:
    path = sample_export(kind, tmp_path)
    text = path.read_text(encoding="utf-8")
    newer = text.replace('"version": 1', '"version": 2').replace("reflect: 1", "reflect: 2")
    path.write_text(newer, encoding="utf-8")
    with pytest.raises(ImportProblem, match="newer version of Reflect"):
        FORMATS.parsers[kind.value](path if kind is ExportFormat.JSON else path.parent)


def test_a_bad_json_entry_is_reported_with_its_line(tmp_path: Path) -> None:
    path = sample_export(ExportFormat.JSON, tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["entries"].append(dict(document["entries"][0], mood=7))
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    with pytest.raises(ImportProblem) as raised:
        reflect_json.parse(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    line = raised.value.line
    assert line is not None
    assert lines[line - 1].strip() == "{"  # where the second entry starts
    assert lines[line - 2].strip() == "},"
    assert "the 2nd entry: A check-in is a number from 1 to 5" in str(raised.value)


def test_reflect_list_json_output_imports_too(journal: Journal, tmp_path: Path) -> None:
    from reflect.core.entry_records import entry_fields as entry_json

    fill(journal)
    path = tmp_path / "list.json"
    path.write_text(json.dumps([entry_json(e) for e in journal.iter_entries()]), "utf-8")
    read = reflect_json.parse(path)
    expected = [content_of(entry)[:-1] for entry in journal.iter_entries()]
    assert [content_of(entry)[:-1] for entry in read] == expected  # all but formatting


def test_other_json_is_not_taken_for_an_export(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"entries": []}', encoding="utf-8")
    with pytest.raises(ImportProblem, match="isn't a Reflect export"):
        reflect_json.parse(path)


def test_the_markdown_document_is_front_matter_then_the_text_exactly() -> None:
    when = datetime(2024, 1, 5, 21, 30, tzinfo=KOLKATA)
    entry = Entry(1, when, when, "T", "---\nno front matter here\n", ("a",))
    document = markdown_document(entry)
    assert document.startswith("---\nreflect: 1\nkey: ")
    assert document.endswith("\nformatting: []\n---\n---\nno front matter here\n")


def test_an_exported_file_without_its_key_is_a_new_entry(tmp_path: Path) -> None:
    path = sample_export(ExportFormat.MARKDOWN, tmp_path)
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(line for line in lines if not line.startswith("key:")), "utf-8")
    (entry,) = markdown.parse(path.parent)
    assert entry.source_key.startswith("markdown:")
    assert entry.title == 'A "title": ---' and entry.moments
