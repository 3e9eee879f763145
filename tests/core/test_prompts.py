"""The prompt library: enough prompts, every theme, and the gentle tone PEER-SUPPORT.md asks."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reflect.core.prompts import Prompt, library, suggestion_for, theme_keys

THEMES_FROM_PEER_SUPPORT = {
    "Hope",
    "Struggle",
    "What helped today",
    "People who support me",
    "Trust",
    "Gratitude",
    "Preparing to share",
    "Taking care of myself",
    "A moment I want to remember",
    "Something I'd tell someone just starting",
}

# Words that grade, demand or shame: prompts invite, never demand.
UNGENTLE = re.compile(
    r"\b(must|should|have to|fail\w*|streak\w*|why didn't|bad|wrong with)\b", re.I
)


def test_there_are_at_least_forty_prompts_in_every_theme_people_expect() -> None:
    themes = library()
    assert sum(len(t.prompts) for t in themes) >= 40
    assert {t.name for t in themes} >= THEMES_FROM_PEER_SUPPORT
    assert all(len(t.prompts) >= 3 for t in themes)
    assert len(theme_keys()) == len(themes)


def test_prompts_invite_and_never_demand() -> None:
    for theme in library():
        for prompt in theme.prompts:
            assert prompt.theme == theme.key
            assert prompt.text[-1] in ".?", prompt.text
            assert not UNGENTLE.search(prompt.text), prompt.text
            assert len(prompt.text) <= 120, prompt.text


def test_the_suggestion_is_steady_for_a_day_and_changes_from_day_to_day() -> None:
    today = date(2026, 11, 23)
    assert suggestion_for(today) == suggestion_for(today)
    week = {suggestion_for(today + timedelta(days=i)) for i in range(7)}
    assert len(week) == 7
    own = Prompt("hope", "My own question?", id=1)
    all_days = {suggestion_for(today + timedelta(days=i), (own,)) for i in range(200)}
    assert own in all_days
