"""Keeping spans (moments, formatting) on the same words while the text around them changes.

An edit replaces ``removed`` characters at ``position`` with ``added`` new ones (Qt's
``contentsChange(position, removed, added)`` after conversion to character offsets). Rules:

- text typed exactly at a span's start or end stays outside it; typed strictly inside, it
  joins the span;
- replacing some of a span's own words (a typo fixed, a word changed) keeps the new words
  in the span; replacing words across its edge keeps only the span's words that are left;
- a span whose words are all deleted or replaced disappears (``None``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """``removed`` characters at ``position`` replaced by ``added`` characters."""

    position: int
    removed: int
    added: int

    def apply(self, text: str, inserted: str) -> str:
        """The text after this edit, given the inserted characters (for tests and checks)."""
        if len(inserted) != self.added:
            raise ValueError("the inserted text must have the edit's length")
        return text[: self.position] + inserted + text[self.position + self.removed :]


def edits_between(old: str, new: str) -> list[Edit]:
    """Replacements that turn ``old`` into ``new``, last first, each in ``old``'s offsets.

    Paragraphs are matched first, then characters inside changed paragraphs, so words that
    did not change keep their spans even when a save holds edits in several places. Applied
    last first, each edit's offsets are still valid when its turn comes.
    """
    old_lines, new_lines = _lines(old), _lines(new)
    old_starts, new_starts = _starts(old_lines), _starts(new_lines)
    edits: list[Edit] = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            continue
        old_block = old[old_starts[i1] : old_starts[i2]]
        new_block = new[new_starts[j1] : new_starts[j2]]
        chars = difflib.SequenceMatcher(None, old_block, new_block, autojunk=False)
        for char_tag, c1, c2, d1, d2 in chars.get_opcodes():
            if char_tag != "equal":
                edits.append(Edit(old_starts[i1] + c1, c2 - c1, d2 - d1))
    return sorted(edits, key=lambda e: e.position, reverse=True)


def _lines(text: str) -> list[str]:
    """Paragraphs with their line breaks, so they add up to the text exactly."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _starts(lines: list[str]) -> list[int]:
    """Where each line starts, and where the text ends."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def shift_through(start: int, end: int, edits: list[Edit]) -> tuple[int, int] | None:
    """``shift_span`` through several edits, given last first (as ``edits_between`` does)."""
    span: tuple[int, int] | None = (start, end)
    for edit in edits:
        if span is None:
            return None
        span = shift_span(*span, edit)
    return span


def shift_point(position: int, edits: list[Edit]) -> int:
    """Where a place between characters is after ``edits`` (given last first); a place
    inside deleted text lands where the deletion was."""
    for edit in edits:
        if position >= edit.position + edit.removed:
            position += edit.added - edit.removed
        elif position > edit.position:
            position = edit.position
    return position


def shift_span(start: int, end: int, edit: Edit) -> tuple[int, int] | None:
    """Where ``[start, end)`` is after ``edit``, or ``None`` when none of its words are left."""
    deleted_end = edit.position + edit.removed
    delta = edit.added - edit.removed
    if edits_inside(start, end, edit):
        return start, end + delta

    if start < edit.position:
        new_start = start
    elif start >= deleted_end:
        new_start = start + delta
    else:  # the span's first words were deleted: it now starts after what replaced them
        new_start = edit.position + edit.added

    if end <= edit.position:
        new_end = end
    elif end >= deleted_end:
        new_end = end + delta
    else:  # its last words were deleted: it now ends before what replaced them
        new_end = edit.position

    return (new_start, new_end) if new_start < new_end else None


def edits_inside(start: int, end: int, edit: Edit) -> bool:
    """Whether the edit's new text belongs to the span ``[start, end)``."""
    deleted_end = edit.position + edit.removed
    if edit.removed == 0:
        return start < edit.position < end
    covers_all = edit.position <= start and deleted_end >= end
    return start <= edit.position and deleted_end <= end and not covers_all
