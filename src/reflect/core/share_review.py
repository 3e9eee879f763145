"""The review before a share leaves the journal, and where words were shared before.

Sharing is the person's choice alone, so before every export or print Reflect lists, part
by part: anything marked "Never Share" (left out, and it holds the export back until the
person resolves it), likely names or numbers not yet decided or deliberately kept, private
notes (confirmed as left out), and whether the passage has been shared before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from reflect.core.moment_listing import one_line
from reflect.core.redaction import Proposal, proposals
from reflect.core.shares import ExcerptSource, ItemKind, Person, Share, spans_meet

OPENING_LENGTH = 60


@dataclass(frozen=True)
class SharedBefore:
    """An export that held these words: when, and in which share."""

    when: datetime
    share_name: str


@dataclass(frozen=True)
class SharedMark:
    """A passage of an entry that has been shared: ``text[start:end]``, when and where."""

    start: int
    end: int
    when: datetime
    share_name: str


@dataclass(frozen=True)
class ItemReview:
    """What the review says about one part of a share (``number`` counts from 1)."""

    item_id: int
    number: int
    kind: ItemKind
    opening: str
    never_share: bool
    unresolved: tuple[Proposal, ...]  # suggestions not decided yet
    kept: tuple[Proposal, ...]  # words the person chose to keep as written
    has_note: bool  # a private note: never printed
    shared_before: tuple[SharedBefore, ...]

    @property
    def needs_nothing(self) -> bool:
        """Nothing to check here."""
        return not (self.never_share or self.unresolved or self.kept or self.has_note) and (
            not self.shared_before
        )


@dataclass(frozen=True)
class ShareReview:
    """The whole review. Export is for when nothing is unresolved; "Export Anyway" lets
    undecided suggestions through, never words marked "Never Share"."""

    items: tuple[ItemReview, ...]

    @property
    def never_share_count(self) -> int:
        """How many parts are marked "Never Share"."""
        return sum(item.never_share for item in self.items)

    @property
    def unresolved_count(self) -> int:
        """How many suggestions are not decided yet, over every part."""
        return sum(len(item.unresolved) for item in self.items)

    @property
    def can_export(self) -> bool:
        """Nothing marked "Never Share" and nothing undecided."""
        return not self.never_share_count and not self.unresolved_count

    @property
    def can_export_anyway(self) -> bool:
        """Nothing marked "Never Share" (undecided suggestions may go as written)."""
        return not self.never_share_count


def review(
    share: Share,
    people: Sequence[Person],
    shared: Mapping[int, Sequence[SharedMark]],
) -> ShareReview:
    """Review ``share`` with the people list and ``shared`` (each entry's shared passages,
    newest first)."""
    items = []
    for number, item in enumerate(share.items, start=1):
        found = proposals(
            [item.text], people, share.decisions, story_start=share.settings.story_start
        )
        items.append(
            ItemReview(
                item_id=item.id,
                number=number,
                kind=item.kind,
                opening=_opening(item.text),
                never_share=item.never_share,
                unresolved=tuple(p for p in found if p.decision is None),
                kept=tuple(p for p in found if p.decision and not p.decision.accepted),
                has_note=bool(item.note.strip()),
                shared_before=_shared_before(item.source, shared),
            )
        )
    return ShareReview(tuple(items))


def overlapping(marks: Sequence[SharedMark], start: int, end: int) -> list[SharedMark]:
    """The marks that share words with ``start``–``end``."""
    return [mark for mark in marks if spans_meet(mark.start, mark.end, start, end)]


def _shared_before(
    source: ExcerptSource | None, shared: Mapping[int, Sequence[SharedMark]]
) -> tuple[SharedBefore, ...]:
    if source is None:
        return ()
    marks = overlapping(shared.get(source.entry_id, ()), source.start, source.end)
    seen: list[SharedBefore] = []
    for mark in marks:
        before = SharedBefore(mark.when, mark.share_name)
        if before not in seen:
            seen.append(before)
    return tuple(seen)


def _opening(text: str) -> str:
    line = one_line(text).strip()
    if len(line) <= OPENING_LENGTH:
        return line
    cut = line[: OPENING_LENGTH - 1]
    if " " in cut:  # between words, not inside one
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"
