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


def edit_between(old: str, new: str) -> Edit | None:
    """The single replacement that turns ``old`` into ``new`` (``None`` if they are equal).

    Common beginning and end are kept, so a change in one place is found exactly; changes in
    several places become one replacement from the first to the last.
    """
    if old == new:
        return None
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return Edit(prefix, len(old) - prefix - suffix, len(new) - prefix - suffix)


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
