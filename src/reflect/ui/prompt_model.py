"""``PromptTreeModel``: the prompt library by theme, with the person's own under "My prompts".

Two levels: a top row per group (each library theme, then "My prompts"), its prompts beneath.
``ThemeFilter`` narrows the tree to one theme without touching the model.

The library's prompts and theme names are translated (contexts "prompts" and "prompt
themes", extracted from ``prompts.toml`` by ``resources/translations/update.py``); the
person's own prompts are shown as they wrote them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reflect.core.prompts import Prompt, library
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

MY_PROMPTS = QT_TRANSLATE_NOOP("PromptTreeModel", "My prompts")  # shown translated

PromptRole = Qt.ItemDataRole.UserRole + 1  # the Prompt of a prompt row; None on a group row
ThemeRole = Qt.ItemDataRole.UserRole + 2  # a prompt's theme key; a library group's key

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_GROUP = 0  # internal id of a group row; a prompt row's is its group's row + 1


def theme_names() -> dict[str, str]:
    """The name people see for each theme key, in library order."""
    return {
        theme.key: QCoreApplication.translate("prompt themes", theme.name) for theme in library()
    }


def prompt_text(prompt: Prompt) -> str:
    """A prompt's words as shown: the library's in the person's language, their own as typed."""
    if prompt.id is not None:
        return prompt.text
    return QCoreApplication.translate("prompts", prompt.text)


class PromptTreeModel(QAbstractItemModel):
    """Groups of prompts: the library's themes in order, then the person's own prompts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = theme_names()
        self._library = library()
        self._own: list[Prompt] = []

    # --- what the dialog changes ---------------------------------------------------------

    def set_own_prompts(self, prompts: Sequence[Prompt]) -> None:
        """Show ``prompts`` (the person's own) under "My prompts", replacing what was there."""
        group = self.my_prompts_index()
        if self._own:
            self.beginRemoveRows(group, 0, len(self._own) - 1)
            self._own = []
            self.endRemoveRows()
        if prompts:
            self.beginInsertRows(group, 0, len(prompts) - 1)
            self._own = list(prompts)
            self.endInsertRows()

    def my_prompts_index(self) -> QModelIndex:
        """The "My prompts" group row."""
        return self.index(len(self._library), 0)

    def index_of(self, prompt: Prompt) -> QModelIndex:
        """Where ``prompt`` is shown, or an invalid index if it isn't."""
        for group_row in range(self.rowCount()):
            prompts = self._prompts_of(group_row)
            if prompt in prompts:
                return self.index(prompts.index(prompt), 0, self.index(group_row, 0))
        return QModelIndex()

    # --- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=_GROUP)
        return self.createIndex(row, column, id=parent.row() + 1)

    def parent(self, child: _Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, id=_GROUP)

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._library) + 1
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._prompts_of(parent.row()))
        return 0

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: opens and closes, never chosen
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index.row(), role)
        return self._prompt_data(self._prompts_of(index.internalId() - 1)[index.row()], role)

    # --- helpers -------------------------------------------------------------------------

    def _prompt_data(self, prompt: Prompt, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate("PromptTreeModel", "{prompt}\nTheme: {theme}")
            return tip.format(
                prompt=prompt_text(prompt), theme=self._names.get(prompt.theme, prompt.theme)
            )
        return {
            Qt.ItemDataRole.DisplayRole: prompt_text(prompt),
            PromptRole: prompt,
            ThemeRole: prompt.theme,
        }.get(role)

    def _group_data(self, row: int, role: int) -> Any:
        mine = row == len(self._library)
        if role == Qt.ItemDataRole.DisplayRole:
            if mine:
                return QCoreApplication.translate("PromptTreeModel", MY_PROMPTS)
            return self._names.get(self._library[row].key, self._library[row].name)
        if role == Qt.ItemDataRole.ToolTipRole and mine:
            return QCoreApplication.translate(
                "PromptTreeModel",
                "Prompts you added yourself. They're kept inside your encrypted journal.",
            )
        if role == ThemeRole and not mine:
            return self._library[row].key
        return None

    def _prompts_of(self, group_row: int) -> Sequence[Prompt]:
        if group_row == len(self._library):
            return self._own
        return self._library[group_row].prompts


class ThemeFilter(QSortFilterProxyModel):
    """Shows the prompts of one theme (library and own alike), or every prompt."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme: str | None = None
        # A group stays while any of its prompts does; the rule below decides for prompts.
        self.setRecursiveFilteringEnabled(True)

    def theme(self) -> str | None:
        """The theme key shown, or ``None`` for all themes."""
        return self._theme

    def set_theme(self, theme: str | None) -> None:
        """Show only prompts of ``theme``; ``None`` shows them all."""
        self.beginFilterChange()
        self._theme = theme
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._theme is None:
            return True
        if not source_parent.isValid():
            return False  # a group is shown for its matching prompts (recursive filtering)
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(ThemeRole) == self._theme)
