"""The YAML subset of Markdown front matter: what Reflect writes reads back exactly, other
apps' common front matter reads, and anything else is an error with a line, never a crash."""

from __future__ import annotations

import contextlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.front_matter import (
    FrontMatterError,
    Inline,
    Value,
    dump,
    parse,
    quote,
    split,
)

# Characters YAML and Markdown give a meaning to, and ones a file's lines could break at.
TRICKY = list("-:#[]{},&*!|>'\"%@`?~\\/\n\t\r\x00\x0b\x0c\x1c\x85\u2028\u2029\ufeff\u202e")
TRICKY += ["---", "...", "- ", ": ", " #", "null", "true", "1", "😀", "שלום", "e\u0301"]
words = st.lists(st.one_of(st.text(max_size=8), st.sampled_from(TRICKY)), max_size=8).map("".join)


@given(words)
def test_any_string_comes_back_exactly(text: str) -> None:
    document = split(dump({"title": text, "tags": [text, text]}) + "body")
    assert document.front_matter is not None
    assert document.front_matter.value("title") == text
    assert document.front_matter.value("tags") == [text, text]
    assert document.body == "body"


@given(words)
def test_a_quoted_string_stays_on_one_line(text: str) -> None:
    quoted = quote(text)
    invisible = ("Cc", "Cs", "Zl", "Zp")  # controls, surrogates, line and paragraph breaks
    assert not any(unicodedata.category(char) in invisible for char in quoted)
    assert "\ufeff" not in quoted


def test_nested_values_come_back() -> None:
    fields: dict[str, Value] = {
        "reflect": 1,
        "mood": None,
        "moments": [{"kind": "hope", "start": 0, "end": 4, "note": "a: b\n- c"}],
        "formatting": [Inline(start=1, end=2, style="bold"), Inline(start=0, end=3, style="x")],
        "empty": [],
    }
    document = split(dump(fields) + "---\ntext after a rule\n")
    assert document.front_matter is not None
    assert {key: document.front_matter.value(key) for key in fields} == fields
    assert document.body == "---\ntext after a rule\n"


def test_other_apps_front_matter_reads() -> None:
    text = (
        "---\n"
        "title: A quiet day   # written after the meeting\n"
        "date: 2024-01-05 10:30\n"
        "tags:\n- recovery\n- 'it''s ok'\n"
        'aliases: [one, "two", {three: 3}]\n'
        "draft: false\n"
        "count: -12\n"
        "url: https://example.org/a:b\n"
        "nested:\n  list:\n    - 1\n    - key: value\n      other: [x]\n"
        "...\n"
        "\n# Heading\n"
    )
    document = split(text)
    matter = document.front_matter
    assert matter is not None
    assert matter.value("title") == "A quiet day"
    assert matter.value("date") == "2024-01-05 10:30"
    assert matter.value("tags") == ["recovery", "it's ok"]
    assert matter.value("aliases") == ["one", "two", {"three": 3}]
    assert matter.value("draft") is False
    assert matter.value("count") == -12
    assert matter.value("url") == "https://example.org/a:b"
    assert matter.value("nested") == {"list": [1, {"key": "value", "other": ["x"]}]}
    assert matter.line("tags") == 4
    assert document.body == "\n# Heading\n"


def test_yaml_reflect_does_not_read_is_an_error_only_where_it_is_used() -> None:
    document = split("---\ntitle: Fine\ndescription: >\n  folded words\nanchor: &a x\n---\nBody")
    matter = document.front_matter
    assert matter is not None
    assert matter.value("title") == "Fine"
    with pytest.raises(FrontMatterError) as raised:
        matter.value("description")
    assert raised.value.line == 3
    with pytest.raises(FrontMatterError):
        matter.value("anchor")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ntitle: x\n", 1),  # never closed
        ("---\ntitle: x\n  - stray\n---\n", 3),
        ("---\njust words\n---\n", 2),
        ("---\n- item\n---\n", 2),
        ("---\ntitle: x\ntitle: y\n---\n", 3),
        ("---\n\ttitle: x\n---\n", 2),
    ],
)
def test_malformed_front_matter_says_which_line(text: str, line: int) -> None:
    with pytest.raises(FrontMatterError) as raised:
        read_every_value(text)
    assert raised.value.line == line


def read_every_value(text: str) -> None:
    matter = split(text).front_matter
    assert matter is not None
    for key in matter.fields:
        matter.value(key)


@pytest.mark.parametrize(
    "value",
    ['"unclosed', "[a, b", "{a: 1", '"bad \\q escape"', "a: b", "x # ok", "[a] extra"],
)
def test_values_outside_the_subset_are_errors_or_plain(value: str) -> None:
    matter = parse([f"key: {value}"])
    if value == "x # ok":
        assert matter.value("key") == "x"
        return
    with pytest.raises(FrontMatterError) as raised:
        matter.value("key")
    assert raised.value.line == 1


yaml_ish = st.lists(st.sampled_from([*TRICKY, "a", "b", " ", "  ", '"', "'"]), max_size=30)


@given(st.lists(yaml_ish.map("".join)))
def test_any_lines_give_values_or_front_matter_errors(lines: list[str]) -> None:
    with contextlib.suppress(FrontMatterError):
        matter = parse(lines)
        for key in matter.fields:
            with contextlib.suppress(FrontMatterError):
                matter.value(key)


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    matter = parse(["key: " + "[" * 5000 + "]" * 5000])
    with pytest.raises(FrontMatterError):
        matter.value("key")
    lines = ["key:"] + [" " * depth + "- " for depth in range(0, 4000, 2)]
    matter = parse(lines)
    with pytest.raises(FrontMatterError):
        matter.value("key")


def test_json_style_surrogate_pairs_become_one_character() -> None:
    assert parse(['k: "\\ud83d\\ude00"']).value("k") == "😀"
    assert parse(['k: "\\U0001F600 \\x41 \\N"']).value("k") == "😀 A \x85"
