"""``ShareView``: everything the composer shows of one share, read and worked out on the
journal's worker in one go — the share, the people list, exactly what will be printed,
what Reflect proposes to protect, and how long it takes to read aloud.

Also the composer's read-modify-write changes to a share (its pace, its print settings, a
new redaction decision): they read the share on the worker, where calls run one after
another in order, so two quick changes never undo each other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from reflect.core.domain import Changes
from reflect.core.errors import ShareNotFound
from reflect.core.journal import Journal
from reflect.core.reading_time import Timing, timing
from reflect.core.redaction import Proposal, proposals
from reflect.core.share_text import PrintedShare, printed_share
from reflect.core.shares import Person, RedactionDecision, Share, ShareSettings
from reflect.ui.messages import wording_text

Result = TypeVar("Result")


@dataclass(frozen=True)
class ShareView:
    """One share as the composer shows it."""

    share: Share
    people: tuple[Person, ...]
    printed: PrintedShare
    proposals: tuple[Proposal, ...]
    timing: Timing


def share_view(journal: Journal, share_id: int, today: date) -> ShareView | None:
    """The share's view, or ``None`` if it has been deleted meanwhile."""
    try:
        share = journal.get_share(share_id)
    except ShareNotFound:
        return None
    people = journal.people()
    printed = printed_share(share, people, today=today, say=wording_text)
    settings = share.settings
    found = proposals(
        [item.text for item in share.items],
        people,
        share.decisions,
        story_start=settings.story_start,
        say=wording_text,
    )
    read_aloud = "\n".join(printed.paragraphs())
    return ShareView(
        share,
        tuple(people),
        printed,
        tuple(found),
        timing(read_aloud, settings.words_per_minute, settings.slot_seconds),
    )


def printed_now(journal: Journal, share_id: int, today: date) -> tuple[Share, PrintedShare]:
    """The share as stored this moment, and what it prints as (for printing, copying and
    rehearsing: read after every edit submitted before)."""
    share = journal.get_share(share_id)
    return share, printed_share(share, journal.people(), today=today, say=wording_text)


def set_pace(journal: Journal, share_id: int, words_per_minute: int, slot: int) -> Changes:
    """Store a share's speaking rate and time slot, keeping its other settings."""
    settings = journal.get_share(share_id).settings
    changed = replace(settings, words_per_minute=words_per_minute, slot_seconds=slot)
    return journal.update_share(share_id, settings=changed)


def set_print_options(
    journal: Journal, share_id: int, title: str, chosen: ShareSettings
) -> Changes:
    """Store a share's title and print settings, keeping its pace (set elsewhere)."""
    settings = journal.get_share(share_id).settings
    changed = replace(
        chosen,
        words_per_minute=settings.words_per_minute,
        slot_seconds=settings.slot_seconds,
    )
    return journal.update_share(share_id, title=title, settings=changed)


def add_decision(journal: Journal, share_id: int, decision: RedactionDecision) -> Changes:
    """Add the person's latest choice to a share's decisions (it replaces an earlier
    choice for the same words)."""
    decisions = journal.get_share(share_id).decisions
    return journal.update_share(share_id, decisions=[*decisions, decision])
