"""The people list dialog: add, edit and remove through the real journal worker, with the
journal's own words when something needs changing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.shares import Person
from reflect.ui.people_dialog import INTRO, NOBODY_YET, PeopleDialog, PersonForm, split_forms
from reflect.ui.worker import JournalWorker
from tests.ui.qt_helpers import answer_next_message_box


def open_dialog(qtbot: QtBot, worker: JournalWorker) -> PeopleDialog:
    dialog = PeopleDialog(worker.submit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not worker.busy)
    return dialog


def table_rows(dialog: PeopleDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        (
            model.index(row, 0).data(),
            model.index(row, 1).data(),
            model.index(row, 2).data(),
        )
        for row in range(model.rowCount())
    ]


def open_form(qtbot: QtBot, dialog: PeopleDialog, button_text: str) -> PersonForm:
    button = dialog.add_button if button_text == "Add" else dialog.edit_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible())
    assert dialog.form is not None
    return dialog.form


def fill(qtbot: QtBot, form: PersonForm, name: str, alias: str, forms: str = "") -> None:
    for field, text in ((form.name, name), (form.alias, alias), (form.forms, forms)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_an_empty_list_explains_itself(qtbot: QtBot, worker: JournalWorker) -> None:
    dialog = open_dialog(qtbot, worker)
    assert dialog.empty.isVisible() and dialog.empty.text() == NOBODY_YET
    intro = INTRO
    assert "offers to replace these names" in intro
    assert not dialog.edit_button.isEnabled() and not dialog.remove_button.isEnabled()


def test_adding_someone_stores_them_in_the_journal(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, worker)
    form = open_form(qtbot, dialog, "Add")
    fill(qtbot, form, "Dana", "my sister", "Danny,  D , ")
    with qtbot.waitSignal(dialog.people_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None and not worker.busy)
    assert table_rows(dialog) == [("Dana", "my sister", "Danny, D")]
    assert journal.people() == [Person(journal.people()[0].id, "Dana", "my sister", ("Danny", "D"))]
    assert dialog.chosen_person() is not None  # the new row is chosen, ready to edit
    assert dialog.edit_button.isEnabled()
    dialog.grab().save("/tmp/h5-people-dialog.png")


def test_what_needs_changing_is_said_beside_the_fields_keeping_the_typing(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    journal.add_person("Dana", "my sister")
    dialog = open_dialog(qtbot, worker)
    form = open_form(qtbot, dialog, "Add")
    fill(qtbot, form, "Marcus", "   ")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.problem.isVisible()
    assert form.problem.text().startswith("Please choose how Marcus should be called")
    fill(qtbot, form, "dana", "my sibling")  # the journal itself refuses this one
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy and form.save_button.isEnabled())
    assert form.isVisible()
    assert form.problem.text() == "dana is already in your people list."
    assert form.alias.text() == "my sibling"
    form.grab().save("/tmp/h5-person-form.png")
    form.reject()
    qtbot.waitUntil(lambda: dialog.form is None)
    assert [p.name for p in journal.people()] == ["Dana"]


def test_editing_and_removing_go_through_the_journal(
    qtbot: QtBot, worker: JournalWorker, journal: Journal
) -> None:
    journal.add_person("Dana", "my sister", ["Danny"])
    journal.add_person("Marcus", "a friend")
    dialog = open_dialog(qtbot, worker)
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    form = open_form(qtbot, dialog, "Edit")
    assert (form.name.text(), form.alias.text()) == ("Marcus", "a friend")
    fill(qtbot, form, "Marcus", "my sponsor", "Marc")
    with qtbot.waitSignal(dialog.people_changed):
        qtbot.keyClick(form.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table_rows(dialog)[1] == ("Marcus", "my sponsor", "Marc"))
    assert journal.people()[1].alias == "my sponsor"

    dialog.table.selectRow(0)
    asked: list[str] = []
    answer_next_message_box("Cancel", asked)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Take Dana off your list?"]
    assert len(journal.people()) == 2
    answer_next_message_box("Remove")
    with qtbot.waitSignal(dialog.people_changed):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(table_rows(dialog)) == 1)
    assert [p.name for p in journal.people()] == ["Marcus"]


def test_enter_on_a_row_edits_it(qtbot: QtBot, worker: JournalWorker, journal: Journal) -> None:
    journal.add_person("Dana", "my sister")
    dialog = open_dialog(qtbot, worker)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible())
    assert dialog.form is not None and dialog.form.windowTitle() == "Edit Dana"
    dialog.form.reject()


def test_other_forms_are_split_at_commas() -> None:
    assert split_forms(" Danny, ,D ,") == ("Danny", "D")
    assert split_forms("") == ()
