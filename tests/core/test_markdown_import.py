"""Importing folders of Markdown and text notes written with other apps (format ``markdown``)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from reflect.core.importers import markdown
from reflect.core.importing import FORMATS, ImportProblem

PARIS_SUMMER = timezone(timedelta(hours=2))


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def local(*parts: int) -> datetime:
    return datetime(*parts).astimezone()  # type: ignore[arg-type]


def test_the_format_is_registered_for_the_import_command() -> None:
    assert FORMATS.parsers["markdown"] is markdown.parse


def test_front_matter_gives_date_title_tags_and_mood(tmp_path: Path) -> None:
    write(
        tmp_path,
        "anything.md",
        "---\ntitle: 'A day: the first'\ndate: 2024-06-01T21:30:00+02:00\n"
        "tags: [recovery, step 4]\nmood: 4\nlayout: post\n---\n\nThe words.\n",
    )
    (entry,) = markdown.parse(tmp_path)
    assert entry.created == datetime(2024, 6, 1, 21, 30, tzinfo=PARIS_SUMMER)
    assert entry.created.utcoffset() == timedelta(hours=2)
    assert (entry.title, entry.text, entry.tags, entry.mood) == (
        "A day: the first",
        "The words.",
        ("recovery", "step 4"),
        4,
    )
    assert entry.source_key.startswith("markdown:")


def test_a_date_alone_means_local_midnight_and_tags_may_be_a_line(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ndate: 2024-01-05\ntags: gratitude, sleep\n---\nWords")
    (entry,) = markdown.parse(tmp_path)
    assert entry.created == local(2024, 1, 5)
    assert entry.tags == ("gratitude", "sleep")


def test_the_date_comes_from_the_file_name_when_front_matter_has_none(tmp_path: Path) -> None:
    write(tmp_path, "2023-11-02 0915 morning-pages.md", "Some words")
    write(tmp_path, "2023-11-03.txt", "More words")
    first, second = markdown.parse(tmp_path)
    assert first.created == local(2023, 11, 2, 9, 15)
    assert first.title == "morning pages"
    assert second.created == local(2023, 11, 3)
    assert second.title == ""


def test_else_the_date_is_when_the_file_was_last_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.md", "Some words")
    when = local(2021, 3, 4, 5, 6)
    os.utime(path, (when.timestamp(), when.timestamp()))
    (entry,) = markdown.parse(tmp_path)
    assert entry.created == when
    assert entry.title == "notes"


def test_a_first_heading_becomes_the_title_and_leaves_the_text(tmp_path: Path) -> None:
    write(tmp_path, "2024-01-01.md", "\n# New year ##\n\nFirst line.\n\n## Later heading\n")
    (entry,) = markdown.parse(tmp_path)
    assert entry.title == "New year"
    assert entry.text == "First line.\n\n## Later heading"


def test_a_heading_too_long_for_a_title_stays_in_the_text(tmp_path: Path) -> None:
    heading = "# " + "word " * 200
    write(tmp_path, "2024-01-01 long.md", heading + "\nbody")
    (entry,) = markdown.parse(tmp_path)
    assert entry.title == "long"
    assert entry.text.startswith("# word")


def test_subfolders_are_read_and_hidden_or_other_files_passed_over(tmp_path: Path) -> None:
    write(tmp_path, "2024/01/2024-01-02.md", "two")
    write(tmp_path, "2024/2024-01-01.markdown", "one")
    write(tmp_path, ".obsidian/workspace.md", "settings")
    write(tmp_path, ".hidden.md", "hidden")
    write(tmp_path, "picture.png", b"\x89PNG")
    write(tmp_path, "README.TXT", "readme")
    texts = [entry.text for entry in markdown.parse(tmp_path)]
    assert texts == ["two", "one", "readme"]


def test_one_file_can_be_imported_on_its_own(tmp_path: Path) -> None:
    path = write(tmp_path, "2024-01-02 single.md", "just this")
    write(tmp_path, "2024-01-03 other.md", "not this")
    (entry,) = markdown.parse(path)
    assert entry.text == "just this"


def test_the_same_file_gets_the_same_key_and_a_changed_one_a_new_key(tmp_path: Path) -> None:
    path = write(tmp_path, "2024-01-02.md", "words")
    (first,) = markdown.parse(tmp_path)
    (again,) = markdown.parse(tmp_path)
    path.write_text("other words", encoding="utf-8")
    (changed,) = markdown.parse(tmp_path)
    assert first.source_key == again.source_key != changed.source_key


def test_windows_line_endings_and_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "\ufeff---\r\ntitle: Hi\r\ndate: 2024-01-05\r\n---\r\nline\r\nline")
    (entry,) = markdown.parse(tmp_path)
    assert (entry.title, entry.text) == ("Hi", "line\nline")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: x\n", 1, "no closing"),
        ("---\ntitle: x\n  indented: y\n---\n", 3, "doesn't fit"),
        ("---\ndate: someday\n---\n", 2, "ISO 8601"),
        ("---\ndate: 2024-13-45\n---\n", 2, "ISO 8601"),
        ("---\nmood: happy\n---\n", 2, "mood"),
        ("---\ntags: [a, [b]]\n---\n", 2, "tags"),
        ("---\ntitle: [x]\n---\n", 2, "title"),
        ('---\ntitle: "open\n---\n', 2, "quoted"),
        ("---\ntitle: >\n  folded\n---\n", 2, "block text"),
        ("ok\n\xff\n", 2, "UTF-8"),
    ],
)
def test_malformed_files_are_reported_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    data = text.encode("latin-1") if words == "UTF-8" else text.encode("utf-8")
    path = write(tmp_path, "2024-01-01 note.md", data)
    with pytest.raises(ImportProblem) as raised:
        markdown.parse(tmp_path)
    assert raised.value.path == path
    assert raised.value.line == line
    assert words in str(raised.value)
    assert str(raised.value).endswith("Nothing was imported.")


def test_unusual_yaml_under_keys_reflect_ignores_does_not_block(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ntitle: Fine\nsummary: |\n  literal\nref: *anchor\n---\nWords")
    (entry,) = markdown.parse(tmp_path)
    assert entry.title == "Fine"


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="no file or folder"):
        markdown.parse(tmp_path / "missing")


def test_an_empty_folder_has_no_entries(tmp_path: Path) -> None:
    assert markdown.parse(tmp_path) == []
