"""The suggestion above an empty new entry: offered quietly, easy to use, easy to set aside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.prompts import Prompt, library
from reflect.ui.prompt_banner import INVITATION, PromptBanner, suggestion_order

LIBRARY = [prompt for theme in library() for prompt in theme.prompts]


@pytest.fixture
def banner(qtbot: QtBot) -> Iterator[PromptBanner]:
    """A banner inside a shown window, as it sits above the editor."""
    host = QWidget()
    qtbot.addWidget(host)
    made = PromptBanner()
    QVBoxLayout(host).addWidget(made)
    host.show()
    assert not made.isVisible()  # nothing to suggest yet
    yield made  # the host must stay referenced: it owns the banner
    host.close()


def test_the_banner_offers_a_prompt_with_three_named_buttons(banner: PromptBanner) -> None:
    banner.show_suggestion(LIBRARY[3], LIBRARY)
    assert banner.isVisible()
    assert banner.invitation.text() == INVITATION
    assert banner.prompt_text.text() == LIBRARY[3].text
    assert banner.prompt_text.wordWrap()
    buttons = (banner.use_button, banner.another_button, banner.not_now_button)
    assert [b.text().replace("&", "") for b in buttons] == ["Use This Prompt", "Another", "Not Now"]
    assert [b.accessibleName() for b in buttons] == ["Use this prompt", "Another prompt", "Not now"]
    assert banner.accessibleName() == "Writing suggestion"


def test_use_this_prompt_hands_the_prompt_over(qtbot: QtBot, banner: PromptBanner) -> None:
    banner.show_suggestion(LIBRARY[0], LIBRARY)
    banner.another_button.click()
    with qtbot.waitSignal(banner.prompt_chosen) as chosen:
        banner.use_button.click()
    assert chosen.args == [LIBRARY[1]]
    assert not banner.isVisible()


def test_another_goes_round_the_library_and_the_persons_own_prompts(
    banner: PromptBanner, journal: Journal
) -> None:
    journal.add_prompt("hope", "What did I get right today?")
    own = journal.user_prompts()
    start = LIBRARY[-2]
    banner.show_suggestion(start, [*LIBRARY, *own])
    seen = [banner.current_prompt()]
    for _ in range(len(LIBRARY) + len(own)):
        banner.another_button.click()
        seen.append(banner.current_prompt())
    assert seen[:3] == [start, LIBRARY[-1], own[0]]  # on from the day's prompt, own included
    assert seen[-1] == start  # all the way round
    assert set(seen) == {*LIBRARY, *own}
    assert banner.prompt_text.text() == start.text


def test_not_now_hides_it_until_the_next_suggestion(qtbot: QtBot, banner: PromptBanner) -> None:
    banner.show_suggestion(LIBRARY[0], LIBRARY)
    with qtbot.waitSignal(banner.dismissed), qtbot.assertNotEmitted(banner.prompt_chosen):
        banner.not_now_button.click()
    assert not banner.isVisible()
    QApplication.processEvents()
    assert not banner.isVisible()  # nothing brings it back by itself
    banner.show_suggestion(LIBRARY[5], LIBRARY)
    assert banner.isVisible() and banner.current_prompt() == LIBRARY[5]


def test_one_prompt_alone_needs_no_another_button(banner: PromptBanner) -> None:
    only = Prompt("hope", "Just this one", id=7)
    banner.show_suggestion(only, [only])
    assert not banner.another_button.isVisible() and banner.use_button.isVisible()
    banner.forget_everything()
    assert not banner.isVisible() and banner.current_prompt() is None
    assert banner.prompt_text.text() == ""


def test_suggestion_order_starts_after_the_offered_prompt_without_repeats() -> None:
    a, b, c = (Prompt("hope", text) for text in "abc")
    assert suggestion_order(b, [a, b, c]) == [b, c, a]
    assert suggestion_order(b, [a, c, a]) == [b, a, c]
    assert suggestion_order(a, []) == [a]
