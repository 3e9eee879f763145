""" "Add to Share…": choosing a share you've started, or naming a new one."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.shares import ShareSummary
from reflect.ui.add_to_share_dialog import AddToShareDialog, question

SHARES = [
    ShareSummary(7, "Thursday group", datetime(2026, 3, 2, tzinfo=UTC), 4),
    ShareSummary(3, "Anniversary", datetime(2026, 1, 5, tzinfo=UTC), 1),
    ShareSummary(9, "Ideas", datetime(2025, 12, 1, tzinfo=UTC), 0),
]


def make_dialog(qtbot: QtBot, shares: list[ShareSummary], count: int = 3) -> AddToShareDialog:
    dialog = AddToShareDialog(shares, count)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def lines(dialog: AddToShareDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def test_the_most_recent_share_is_chosen_already(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SHARES)
    assert lines(dialog) == ["Thursday group (4 parts)", "Anniversary (1 part)", "Ideas (empty)"]
    assert dialog.existing.isChecked() and dialog.add_button.isEnabled()
    assert dialog.chosen() == 7
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.grab().save("/tmp/h5-add-to-share.png")


def test_another_share_can_be_chosen_by_keyboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SHARES)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.chosen() == 3
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.chosen() == 3


def test_a_new_share_needs_a_name_that_is_not_taken(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SHARES)
    dialog.new.click()
    assert not dialog.add_button.isEnabled() and not dialog.problem.isVisible()
    qtbot.keyClicks(dialog.name, "  thursday   GROUP ")
    assert dialog.new.isChecked()
    assert not dialog.add_button.isEnabled()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == (
        "You already have a share called “Thursday group”. You can choose it above."
    )
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "  Ten   years ")
    assert dialog.add_button.isEnabled() and not dialog.problem.isVisible()
    assert dialog.chosen() == "Ten years"
    dialog.existing.click()  # back to the list: its choice is still there
    assert dialog.chosen() == 7


def test_with_no_shares_yet_the_name_is_asked_for(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [], count=1)
    assert question(1) == "Which share would you like to add this passage to?"
    assert not dialog.existing.isEnabled() and dialog.new.isChecked()
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.name, "First share")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.chosen() == "First share"


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SHARES)
    assert question(3) == "Which share would you like to add these 3 passages to?"
    for widget in (dialog.existing, dialog.list, dialog.new, dialog.name, dialog.add_button):
        assert isinstance(widget, QWidget) and widget.accessibleName()
