"""``AddToShareDialog``: "Add to Share…" asks which share the chosen words go into.

The person picks one of their shares (the most recently changed is chosen already, since
that is usually the one being prepared) or starts a new one by typing its name. Add stays
disabled until the choice is complete; a name that is empty or already taken says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import InvalidInput
from reflect.core.shares import MAX_SHARE_NAME_LENGTH, ShareSummary, check_share_name, decision_key
from reflect.ui.dialog_buttons import ok_cancel_buttons
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import error_text

TITLE = QT_TRANSLATE_NOOP("AddToShareDialog", "Add to Share")
ShareIdRole = Qt.ItemDataRole.UserRole + 1


def question(count: int) -> str:
    """What the dialog asks, in words that fit how much is being added."""
    if count == 1:
        return QCoreApplication.translate(
            "add_to_share_dialog", "Which share would you like to add this passage to?"
        )
    return QCoreApplication.translate(
        "add_to_share_dialog", "Which share would you like to add these {count} passages to?"
    ).format(count=count)


def share_line(share: ShareSummary) -> str:
    """A share as the list shows it: its name and how many parts it has."""
    if not share.item_count:
        parts = QCoreApplication.translate("add_to_share_dialog", "empty")
    else:
        parts = _parts(share.item_count)
    return QCoreApplication.translate("add_to_share_dialog", "{name} ({parts})").format(
        name=share.name, parts=parts
    )


class AddToShareDialog(QDialog):
    """The shares to choose from, or a new share's name; Add and Cancel."""

    def __init__(
        self, shares: Sequence[ShareSummary], count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._taken = {decision_key(share.name): share.name for share in shares}
        self.setWindowTitle(QCoreApplication.translate("AddToShareDialog", TITLE))
        self.setAccessibleName(QCoreApplication.translate("AddToShareDialog", TITLE))
        asked = QLabel(question(count))
        asked.setWordWrap(True)

        self.existing = QRadioButton(
            QCoreApplication.translate("AddToShareDialog", "&A share you've started:")
        )
        self.existing.setAccessibleName(
            QCoreApplication.translate("AddToShareDialog", "Add to a share you've started")
        )
        self.model = QStandardItemModel(self)
        self.list = self._make_list(shares)

        self.new = QRadioButton(
            QCoreApplication.translate("AddToShareDialog", "A &new share, called:")
        )
        self.new.setAccessibleName(
            QCoreApplication.translate("AddToShareDialog", "Start a new share")
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(
            QCoreApplication.translate("AddToShareDialog", "New share's name")
        )
        self.name.setAccessibleDescription(
            QCoreApplication.translate(
                "AddToShareDialog", "A name to find the share by; it is never printed."
            )
        )
        self.name.setPlaceholderText(
            QCoreApplication.translate("AddToShareDialog", "for example: Thursday group")
        )
        self.name.setMaxLength(MAX_SHARE_NAME_LENGTH)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(
            QCoreApplication.translate("AddToShareDialog", "What needs changing")
        )
        self.problem.hide()
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.existing)
        self._choices.addButton(self.new)

        buttons, self.add_button, _ = ok_cancel_buttons(
            self, QCoreApplication.translate("AddToShareDialog", "Add")
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(self.existing)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(440, 380)

        if shares:
            self.existing.setChecked(True)
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.list.setFocus()
        else:
            self.existing.setEnabled(False)
            self.list.setEnabled(False)
            self.new.setChecked(True)
            self.name.setFocus()
        self._choices.buttonToggled.connect(self._on_choices_toggled)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list.activated.connect(self._on_list_activated)
        self.name.textEdited.connect(self._on_name_text_edited)
        self._check()

    def chosen(self) -> int | str:
        """The chosen share's id, or the (tidied) name typed for a new share."""
        if self.existing.isChecked():
            share_id = self.list.currentIndex().data(ShareIdRole)
            if isinstance(share_id, int):
                return share_id
        return " ".join(self.name.text().split())

    def _make_list(self, shares: Sequence[ShareSummary]) -> QListView:
        for share in shares:
            item = QStandardItem(share_line(share))
            item.setData(share.id, ShareIdRole)
            item.setData(share_line(share), Qt.ItemDataRole.AccessibleTextRole)
            item.setEditable(False)
            self.model.appendRow(item)
        view = QListView()
        view.setModel(self.model)
        view.setAccessibleName(QCoreApplication.translate("AddToShareDialog", "Your shares"))
        view.setAccessibleDescription(
            QCoreApplication.translate(
                "AddToShareDialog", "Your shares, the most recently changed first."
            )
        )
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return view

    def _check(self) -> None:
        """Enable Add only for a complete choice; say what is missing about a new name."""
        problem = ""
        if self.existing.isChecked():
            valid = self.list.currentIndex().isValid()
        else:
            problem = self._name_problem()
            valid = not problem
            if not self.name.text().strip():
                problem = ""  # nothing typed yet: nothing to point out, Add just waits
        self.add_button.setEnabled(valid)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _name_problem(self) -> str:
        try:
            name = check_share_name(self.name.text())
        except InvalidInput as error:
            return error_text(error)
        taken = self._taken.get(decision_key(name))
        if taken is not None:
            return QCoreApplication.translate(
                "AddToShareDialog",
                "You already have a share called “{name}”. You can choose it above.",
            ).format(name=taken)
        return ""

    # --- slots ---------------------------------------------------------------------------

    def _on_choices_toggled(self) -> None:
        self._check()

    def _on_list_current_changed(self) -> None:
        if self.list.currentIndex().isValid():
            self.existing.setChecked(True)
        self._check()

    def _on_list_activated(self) -> None:
        self._on_buttons_accepted()

    def _on_name_text_edited(self) -> None:
        self.new.setChecked(True)  # typing a name means a new share
        self._check()

    def _on_buttons_accepted(self) -> None:
        self._check()
        if self.add_button.isEnabled():
            self.accept()


def _parts(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("add_to_share_dialog", "1 part")
    return QCoreApplication.translate("add_to_share_dialog", "{count} parts").format(count=count)
