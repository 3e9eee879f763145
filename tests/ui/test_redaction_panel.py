"""The "Privacy for others" panel: rows in words, Accept and Skip, Accept All, keyboard use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from reflect.core.redaction import Category, Proposal, proposals
from reflect.core.shares import Person, RedactionDecision
from reflect.ui.redaction_panel import (
    CATEGORY_WORDS,
    KEPT,
    NOTHING_FOUND,
    UNDECIDED,
    WILL_BE_REPLACED,
    RedactionPanel,
)

DANA = Person(1, "Dana", "my sister")


def found(decisions: list[RedactionDecision] | None = None) -> list[Proposal]:
    """Real proposals for a short share, as the composer would make them."""
    texts = [
        "Dana drove me to the meeting. I talked to Marcus afterwards.",
        "Later I emailed sam@example.org and Dana called me back.",
    ]
    return proposals(texts, [DANA], decisions or [])


def make_panel(qtbot: QtBot, shown: list[Proposal]) -> RedactionPanel:
    panel = RedactionPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.set_proposals(shown)
    panel.show()
    return panel


def test_each_row_says_in_words_what_was_found_and_what_will_happen(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, found())
    rows = {row.proposal.original: row for row in panel.rows()}
    assert list(rows) == ["Dana", "Marcus", "sam@example.org"]
    dana, marcus, email = rows.values()
    assert dana.about.text() == "Person from your list · in 2 places"
    assert dana.replacement.text() == "my sister"
    assert dana.state.text() == WILL_BE_REPLACED  # the people list already says "protect"
    assert marcus.about.text() == "Possible name · in 1 place"
    assert marcus.state.text() == UNDECIDED
    assert email.about.text().startswith("Email address")
    assert email.replacement.accessibleName() == "Replacement for sam@example.org"
    assert {b.text() for b in email.findChildren(QPushButton)} == {"Accept", "Skip"}
    assert "sam@example.org" in email.accept_button.accessibleDescription()
    assert "as written" in email.skip_button.accessibleDescription()
    assert set(CATEGORY_WORDS.values()) >= {"Street address", "Phone number", "Website", "Date"}
    panel.grab().save("/tmp/h5-redaction-panel.png")


def test_accept_emits_the_edited_replacement_and_skip_keeps_the_words(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, found())
    marcus = panel.row_for("Marcus")
    marcus.replacement.clear()
    qtbot.keyClicks(marcus.replacement, "a friend from group")
    with qtbot.waitSignal(panel.decision_made) as accepted:
        qtbot.mouseClick(marcus.accept_button, Qt.MouseButton.LeftButton)
    assert accepted.args == [RedactionDecision("Marcus", "a friend from group", True)]
    with qtbot.waitSignal(panel.decision_made) as skipped:
        qtbot.mouseClick(panel.row_for("Dana").skip_button, Qt.MouseButton.LeftButton)
    assert skipped.args == [RedactionDecision("Dana", "my sister", False)]


def test_new_proposals_update_rows_in_place_keeping_focus_and_typing(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, found())
    marcus, email = panel.row_for("Marcus"), panel.row_for("sam@example.org")
    email.replacement.setFocus()
    qtbot.waitUntil(email.replacement.hasFocus)
    email.replacement.setText("an old friend's address")  # typed, not yet accepted
    decided = [RedactionDecision("Marcus", "a friend", True), RedactionDecision("Dana", "", False)]
    panel.set_proposals(found(decided))
    assert panel.row_for("Marcus") is marcus
    assert marcus.state.text() == WILL_BE_REPLACED and marcus.replacement.text() == "a friend"
    assert panel.row_for("Dana").state.text() == KEPT
    assert email.replacement.text() == "an old friend's address"
    assert email.replacement.hasFocus()


def test_accept_all_decides_only_the_undecided(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, found([RedactionDecision("Dana", "my sister", False)]))
    decisions: list[RedactionDecision] = []
    panel.decision_made.connect(decisions.append)
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert decisions == [
        RedactionDecision("Marcus", "someone", True),
        RedactionDecision("sam@example.org", "an email address", True),
    ]
    everything_decided = found([*decisions, RedactionDecision("Dana", "my sister", False)])
    panel.set_proposals(everything_decided)
    assert not panel.accept_all_button.isEnabled()


def test_an_empty_replacement_cannot_be_accepted(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, found())
    marcus = panel.row_for("Marcus")
    marcus.replacement.clear()
    assert not marcus.accept_button.isEnabled()
    emitted: list[object] = []
    panel.decision_made.connect(emitted.append)
    qtbot.keyClick(marcus.replacement, Qt.Key.Key_Return)
    assert emitted == []


def test_nothing_found_is_said_calmly(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, [])
    assert panel.empty.isVisible() and panel.empty.text() == NOTHING_FOUND
    assert not panel.accept_all_button.isEnabled()
    with qtbot.waitSignal(panel.people_requested):
        qtbot.mouseClick(panel.people_button, Qt.MouseButton.LeftButton)


def test_two_hundred_rows_are_reachable_in_order_with_tab_and_enter(qtbot: QtBot) -> None:
    many = [
        Proposal(f"name {n}", f"Name{n}", "someone", Category.NAME, 1, None) for n in range(200)
    ]
    panel = make_panel(qtbot, many)
    # Shuffle the order the way fresh proposals might come back; Tab must follow the rows.
    panel.set_proposals([*many[100:], *many[:100]])
    first = panel.rows()[0]
    assert first.proposal.original == "Name100"
    first.replacement.setFocus()
    qtbot.waitUntil(first.replacement.hasFocus)
    visited = []
    for _ in range(6):
        widget = QApplication.focusWidget()
        assert widget is not None
        visited.append((type(widget).__name__, widget.accessibleName()))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == [
        ("QLineEdit", "Replacement for Name100"),
        ("QPushButton", "Accept"),
        ("QPushButton", "Skip"),
        ("QLineEdit", "Replacement for Name101"),
        ("QPushButton", "Accept"),
        ("QPushButton", "Skip"),
    ]
    last = panel.rows()[-1]
    assert last.proposal.original == "Name99"
    last.replacement.setFocus()
    panel.list_area.ensureWidgetVisible(last)
    with qtbot.waitSignal(panel.decision_made) as accepted:
        qtbot.keyClick(last.replacement, Qt.Key.Key_Return)
    assert accepted.args == [RedactionDecision("Name99", "someone", True)]
    assert all(isinstance(row.replacement, QLineEdit) for row in panel.rows())
