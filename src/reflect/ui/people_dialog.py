"""``PeopleDialog``: the journal's people list, the names a share protects.

Each row is someone in the person's story, how they are called when shared ("Dana" →
"my sister") and other ways their name is written. Adding and editing happen in a small
form (``PersonForm``) that stays open until the journal has accepted the change, so a
problem the journal finds ("Dana is already in your people list.") is shown right under
the fields, with what the person typed kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import Changes
from reflect.core.errors import InvalidInput, JournalError
from reflect.core.journal import Journal
from reflect.core.shares import MAX_ALIAS_LENGTH, Person, check_person
from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import error_text
from reflect.ui.worker import Fetch, attempt

TITLE = QT_TRANSLATE_NOOP("PeopleDialog", "People in Your Story")
INTRO = QT_TRANSLATE_NOOP(
    "PeopleDialog",
    "When you prepare a share, Reflect offers to replace these names with the words you choose.",
)
NOBODY_YET = QT_TRANSLATE_NOOP(
    "PeopleDialog",
    "No one on your list yet. Choose Add… to add someone from your story and how "
    "they should be called when you share.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleDialog", "Name"),
    QT_TRANSLATE_NOOP("PeopleDialog", "Called when shared"),
    QT_TRANSLATE_NOOP("PeopleDialog", "Other forms"),
)
PersonRole = Qt.ItemDataRole.UserRole + 1

# What the form hands over to be saved: name, alias, other forms.
PersonValues = tuple[str, str, tuple[str, ...]]


def split_forms(text: str) -> tuple[str, ...]:
    """Other forms as typed, comma-separated, blanks dropped."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


class PersonForm(QDialog):
    """Name, "Called when shared" and other forms of one person, with Save and Cancel.

    Save checks the fields as the journal would, then hands them to ``save`` (which calls
    the journal) and waits: ``show_problem`` keeps the form open with a message, ``done``
    closes it.
    """

    def __init__(
        self,
        save: Callable[[PersonValues], None],
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        if person is None:
            title = QCoreApplication.translate("PersonForm", "Add Someone")
        else:
            title = QCoreApplication.translate("PersonForm", "Edit {name}").format(name=person.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.name = _line_edit(
            QCoreApplication.translate("PersonForm", "Name"),
            QCoreApplication.translate("PersonForm", "Their name as it appears in your journal."),
        )
        self.alias = _line_edit(
            QCoreApplication.translate("PersonForm", "Called when shared"),
            QCoreApplication.translate(
                "PersonForm",
                "The words Reflect offers instead of the name, for example “my sister”.",
            ),
        )
        self.alias.setPlaceholderText(
            QCoreApplication.translate("PersonForm", "for example: my sister, a friend")
        )
        self.forms = _line_edit(
            QCoreApplication.translate("PersonForm", "Other forms"),
            QCoreApplication.translate(
                "PersonForm",
                "Other ways the name is written, such as a nickname, separated by commas.",
            ),
            max_length=2000,
        )
        self.forms.setPlaceholderText(
            QCoreApplication.translate("PersonForm", "nicknames, separated by commas")
        )
        if person is not None:
            self.name.setText(person.name)
            self.alias.setText(person.alias)
            self.forms.setText(", ".join(person.forms))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(
            QCoreApplication.translate("PersonForm", "What needs changing")
        )
        self.problem.hide()
        buttons, self.save_button, _ = ok_cancel_buttons(
            self, QCoreApplication.translate("PersonForm", "Save")
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        fields = QFormLayout()
        fields.addRow(QCoreApplication.translate("PersonForm", "&Name:"), self.name)
        fields.addRow(QCoreApplication.translate("PersonForm", "&Called when shared:"), self.alias)
        fields.addRow(QCoreApplication.translate("PersonForm", "&Other forms:"), self.forms)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # In characters, not pixels, so it grows with the person's text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def values(self) -> PersonValues:
        return self.name.text(), self.alias.text(), split_forms(self.forms.text())

    def show_problem(self, message: str) -> None:
        """Say what needs changing; keep everything typed; let the person try again."""
        self.problem.setText(message)
        self.problem.show()
        self.save_button.setEnabled(True)
        self.name.setFocus()

    def _on_buttons_accepted(self) -> None:
        name, alias, forms = self.values()
        try:
            check_person(name, alias, forms)  # the journal's own rules, said at once
        except InvalidInput as error:
            self.show_problem(error_text(error))
            return
        self.save_button.setEnabled(False)  # one save at a time
        self._save((name, alias, forms))


class PeopleDialog(QDialog):
    """The people list with Add…, Edit… and Remove; ``people_changed`` after each change."""

    people_changed = Signal()

    def __init__(self, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._people: list[Person] = []
        self.form: PersonForm | None = None  # the add/edit form while it is open
        self.setWindowTitle(QCoreApplication.translate("PeopleDialog", TITLE))
        self.setAccessibleName(QCoreApplication.translate("PeopleDialog", TITLE))
        intro = QLabel(QCoreApplication.translate("PeopleDialog", INTRO))
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PeopleDialog", column) for column in COLUMNS]
        )
        self.table = self._make_table()
        self.empty = QLabel(QCoreApplication.translate("PeopleDialog", NOBODY_YET))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(
            QCoreApplication.translate("PeopleDialog", "People list: no one yet")
        )
        self._pages = QStackedWidget()
        self._pages.addWidget(self.table)
        self._pages.addWidget(self.empty)
        self.add_button = _button(
            QCoreApplication.translate("PeopleDialog", "&Add…"),
            QCoreApplication.translate("PeopleDialog", "Add someone"),
            QCoreApplication.translate("PeopleDialog", "Add a person and what to call them."),
        )
        self.edit_button = _button(
            QCoreApplication.translate("PeopleDialog", "&Edit…"),
            QCoreApplication.translate("PeopleDialog", "Edit"),
            QCoreApplication.translate("PeopleDialog", "Change the chosen person's names."),
        )
        self.remove_button = _button(
            QCoreApplication.translate("PeopleDialog", "&Remove"),
            QCoreApplication.translate("PeopleDialog", "Remove"),
            QCoreApplication.translate("PeopleDialog", "Take the chosen person off the list."),
        )
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("PeopleDialog", "Close")
        )
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._pages, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(620, 420)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._enable_buttons()
        self._reload()

    @property
    def people(self) -> list[Person]:
        """The people shown, by name."""
        return list(self._people)

    def chosen_person(self) -> Person | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        person = self.model.index(index.row(), 0).data(PersonRole)
        return person if isinstance(person, Person) else None

    # --- loading -----------------------------------------------------------------------------

    def _reload(self, select_id: int | None = None) -> None:
        self._fetch(Journal.people, lambda people: self._show(people, select_id))

    def _show(self, people: Sequence[Person], select_id: int | None) -> None:
        chosen = self.chosen_person()
        keep = select_id if select_id is not None else (chosen.id if chosen else None)
        self._people = list(people)
        self.model.removeRows(0, self.model.rowCount())
        for person in people:
            cells = [QStandardItem(text) for text in _cells(person)]
            for cell in cells:
                cell.setEditable(False)
            cells[0].setData(person, PersonRole)
            cells[0].setData(_spoken(person), Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(cells)
        self._pages.setCurrentWidget(self.table if people else self.empty)
        for row, person in enumerate(people):
            if person.id == keep:
                self.table.selectRow(row)
        self._enable_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(QCoreApplication.translate("PeopleDialog", "People list"))
        table.setAccessibleDescription(
            QCoreApplication.translate(
                "PeopleDialog",
                "Each person's name, what they are called when you share, and other forms. "
                "Press Enter to edit someone.",
            )
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _enable_buttons(self) -> None:
        chosen = self.chosen_person() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- changing ------------------------------------------------------------------------

    def _open_form(self, person: Person | None) -> None:
        def save(values: PersonValues) -> None:
            name, alias, forms = values

            def call(journal: Journal) -> Changes:
                if person is None:
                    return journal.add_person(name, alias, forms)
                return journal.update_person(person.id, name=name, alias=alias, forms=forms)

            self._fetch(attempt(call), self._on_saved)

        self.form = PersonForm(save, person, self)
        self.form.finished.connect(self._on_form_finished)
        self.form.open()

    def _on_saved(self, result: Changes | JournalError) -> None:
        if isinstance(result, JournalError):
            if self.form is not None:
                self.form.show_problem(str(result))
            return
        if self.form is not None:
            self.form.accept()
        self._reload(select_id=result.created)
        self.people_changed.emit()

    def _on_form_finished(self) -> None:
        if self.form is not None:
            self.form.deleteLater()
            self.form = None

    def _confirm_remove(self, person: Person) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("PeopleDialog", TITLE))
        box.setText(
            QCoreApplication.translate("PeopleDialog", "Take {name} off your list?").format(
                name=person.name
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PeopleDialog",
                "Reflect will no longer offer to replace {name} in your shares. "
                "Your journal and your shares stay as they are.",
            ).format(name=person.name)
        )
        remove = box.addButton(
            QCoreApplication.translate("PeopleDialog", "Remove"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    # --- slots ---------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        self._open_form(None)

    def _on_edit_button_clicked(self) -> None:
        person = self.chosen_person()
        if person is not None:
            self._open_form(person)

    def _on_table_activated(self, index: QModelIndex) -> None:
        del index  # the current row is the one activated
        self._on_edit_button_clicked()

    def _on_remove_button_clicked(self) -> None:
        person = self.chosen_person()
        if person is None or not self._confirm_remove(person):
            return

        def removed(changes: Changes) -> None:
            del changes
            self._reload()
            self.people_changed.emit()

        self._fetch(lambda journal: journal.remove_person(person.id), removed)

    def _on_table_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        del selected
        self._enable_buttons()


def _cells(person: Person) -> tuple[str, str, str]:
    return person.name, person.alias, ", ".join(person.forms)


def _spoken(person: Person) -> str:
    if person.forms:
        return QCoreApplication.translate(
            "people_dialog", "{name}, called {alias} when shared; also written {forms}"
        ).format(name=person.name, alias=person.alias, forms=", ".join(person.forms))
    return QCoreApplication.translate("people_dialog", "{name}, called {alias} when shared").format(
        name=person.name, alias=person.alias
    )


def _line_edit(name: str, description: str, max_length: int = MAX_ALIAS_LENGTH) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(description)
    edit.setMaxLength(max_length)
    return edit


def _button(text: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setAutoDefault(False)  # Enter in the table edits; it must not press a button
    return button
