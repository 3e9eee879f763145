"""``ShareListPane``: the composer's list of shares, most recently changed first, with the
buttons that make, rename and delete them and open "What I've shared".

The pane only shows and announces; the composer does the asking and the storing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.shares import ShareSummary

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


def parts_text(count: int) -> str:
    """ "1 part", "4 parts", or "Empty for now"."""
    if not count:
        return QCoreApplication.translate("share_list_pane", "Empty for now")
    if count == 1:
        return QCoreApplication.translate("share_list_pane", "1 part")
    return QCoreApplication.translate("share_list_pane", "{count} parts").format(count=count)


class ShareListModel(QAbstractListModel):
    """The shares, as their names and how many parts each has."""

    def __init__(self) -> None:
        super().__init__()
        self._shares: list[ShareSummary] = []

    def set_shares(self, shares: Sequence[ShareSummary]) -> None:
        self.beginResetModel()
        self._shares = list(shares)
        self.endResetModel()

    def share_at(self, row: int) -> ShareSummary | None:
        return self._shares[row] if 0 <= row < len(self._shares) else None

    def row_of(self, share_id: int) -> int | None:
        return next((row for row, s in enumerate(self._shares) if s.id == share_id), None)

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._shares)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        share = self.share_at(index.row()) if index.isValid() else None
        if share is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ShareListModel", "{name}\n{parts}").format(
                name=share.name, parts=parts_text(share.item_count)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("ShareListModel", "{name}, {parts}").format(
                name=share.name, parts=parts_text(share.item_count).lower()
            )
        return None


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class ShareListPane(QWidget):
    """The shares and their buttons; ``share_chosen`` when the person picks one."""

    share_chosen = Signal(int)  # share id; 0 when none is chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ShareListModel()
        self.heading = QLabel(QCoreApplication.translate("ShareListPane", "&Your shares"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(QCoreApplication.translate("ShareListPane", "Your shares"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(4)
        self.heading.setBuddy(self.list)
        self.new_button = _button(
            QCoreApplication.translate("ShareListPane", "&New Share…"),
            QCoreApplication.translate("ShareListPane", "New Share…"),
            QCoreApplication.translate("ShareListPane", "Start a new share"),
        )
        self.rename_button = _button(
            QCoreApplication.translate("ShareListPane", "R&ename…"),
            QCoreApplication.translate("ShareListPane", "Rename…"),
            QCoreApplication.translate("ShareListPane", "Give this share another name"),
        )
        self.delete_button = _button(
            QCoreApplication.translate("ShareListPane", "De&lete Share…"),
            QCoreApplication.translate("ShareListPane", "Delete Share…"),
            QCoreApplication.translate(
                "ShareListPane", "Delete this share (your journal stays as it is)"
            ),
        )
        self.history_button = _button(
            QCoreApplication.translate("ShareListPane", "What I've S&hared…"),
            QCoreApplication.translate("ShareListPane", "What I've Shared…"),
            QCoreApplication.translate("ShareListPane", "Each time you saved or printed a share"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.history_button)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self._enable_buttons()

    @property
    def chosen_id(self) -> int:
        share = self.model.share_at(self.list.currentIndex().row())
        return 0 if share is None else share.id

    @property
    def chosen_name(self) -> str:
        share = self.model.share_at(self.list.currentIndex().row())
        return "" if share is None else share.name

    def set_shares(self, shares: Sequence[ShareSummary], choose: int) -> None:
        """List ``shares`` with ``choose`` chosen (announced only if it is another share)."""
        before = self.chosen_id
        with QSignalBlocker(self.list.selectionModel()):
            self.model.set_shares(shares)
            self._choose_row(self.model.row_of(choose))
        self._enable_buttons()
        if self.chosen_id != before:
            self.share_chosen.emit(self.chosen_id)

    def choose(self, share_id: int) -> None:
        """Choose ``share_id`` if it is listed (announcing it)."""
        row = self.model.row_of(share_id)
        if row is not None:
            self._choose_row(row)

    def _choose_row(self, row: int | None) -> None:
        selection = self.list.selectionModel()
        if row is None:
            selection.clear()
            return
        index = self.model.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _enable_buttons(self) -> None:
        chosen = bool(self.chosen_id)
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_list_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._enable_buttons()
        self.share_chosen.emit(self.chosen_id)
