"""Spans stay on the same words through any edit (property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.spans import Edit, edits_between, edits_inside, shift_span, shift_through


@st.composite
def text_span_and_edit(draw: st.DrawFn) -> tuple[str, tuple[int, int], Edit, str]:
    text = draw(st.text(min_size=1, max_size=40))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    position = draw(st.integers(0, len(text)))
    removed = draw(st.integers(0, len(text) - position))
    inserted = draw(st.text(max_size=10))
    return text, (start, end), Edit(position, removed, len(inserted)), inserted


@given(text_span_and_edit())
def test_words_outside_the_edit_stay_in_the_span(
    case: tuple[str, tuple[int, int], Edit, str],
) -> None:
    text, (start, end), edit, inserted = case
    new_text = edit.apply(text, inserted)
    shifted = shift_span(start, end, edit)
    deleted_end = edit.position + edit.removed
    kept_before = text[start : min(end, edit.position)] if start < edit.position else ""
    kept_after = text[max(start, deleted_end) : end] if end > deleted_end else ""
    joined = inserted if edits_inside(start, end, edit) else ""
    expected = kept_before + joined + kept_after
    if shifted is None:
        assert expected == ""
    else:
        new_start, new_end = shifted
        assert 0 <= new_start < new_end <= len(new_text)
        assert new_text[new_start:new_end] == expected


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (Edit(0, 0, 3), (5, 8)),  # typed before: moves
        (Edit(2, 0, 3), (5, 8)),  # typed right at its start: stays outside
        (Edit(5, 0, 3), (2, 5)),  # typed right at its end: stays outside
        (Edit(3, 0, 3), (2, 8)),  # typed inside: joins
        (Edit(1, 2, 0), (1, 3)),  # its first word deleted
        (Edit(4, 3, 1), (2, 4)),  # its last word replaced: the replacement stays outside
        (Edit(1, 6, 2), None),  # all of it replaced
        (Edit(6, 1, 0), (2, 5)),  # deleted after: unchanged
        (Edit(2, 1, 1), (2, 5)),  # its first letter corrected: still in it
        (Edit(4, 1, 2), (2, 6)),  # its last letter replaced by two: still in it
        (Edit(2, 3, 4), None),  # exactly its words replaced: gone
    ],
)
def test_the_rules_at_the_edges(edit: Edit, expected: tuple[int, int] | None) -> None:
    assert shift_span(2, 5, edit) == expected


def test_an_edit_knows_its_inserted_length() -> None:
    with pytest.raises(ValueError, match="length"):
        Edit(0, 0, 2).apply("abc", "x")


@given(st.text(alphabet="ab \n", max_size=30), st.text(alphabet="ab \n", max_size=30))
def test_edits_between_describe_the_change_exactly(old: str, new: str) -> None:
    rebuilt, old_at, delta = [], 0, 0
    for edit in sorted(edits_between(old, new), key=lambda e: e.position):
        rebuilt.append(old[old_at : edit.position])
        rebuilt.append(new[edit.position + delta : edit.position + delta + edit.added])
        old_at, delta = edit.position + edit.removed, delta + edit.added - edit.removed
    rebuilt.append(old[old_at:])
    assert "".join(rebuilt) == new


def test_words_untouched_between_two_edits_keep_their_spans() -> None:
    old = "I was hopefull. Then it got hard. Later I called."
    new = "I was hopeful. Then it got hard. Later I called Sam, and felt better."
    edits = edits_between(old, new)
    middle = old.index("Then it got hard.")
    moved = shift_through(middle, middle + len("Then it got hard."), edits)
    assert moved is not None and new[moved[0] : moved[1]] == "Then it got hard."
    first = shift_through(0, old.index(".") + 1, edits)
    assert first is not None and new[first[0] : first[1]] == "I was hopeful."


def test_paragraphs_added_and_removed_keep_other_paragraphs_spans() -> None:
    old = "one\ntwo\nthree"
    new = "zero\none\nthree\nfour"
    edits = edits_between(old, new)
    for word in ("one", "three"):
        moved = shift_through(old.index(word), old.index(word) + len(word), edits)
        assert moved is not None and new[moved[0] : moved[1]] == word
    assert shift_through(4, 7, edits) is None  # "two" is gone
