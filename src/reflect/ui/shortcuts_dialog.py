"""``ShortcutsDialog``: every key Reflect answers to, in one list that can be filtered.

The list is made from the action tables themselves (``reflect.ui.actions.ACTIONS``, the
share composer's ``ACTIONS``) and the rehearsal window's ``KEYS``, so it never goes stale:
a new action with a shortcut shows up here by itself. Keys are written the way this
platform writes them (``QKeySequence.NativeText``: "Ctrl+N" here, "⌘N" on a Mac). A tree
with column headings, so a screen reader reads each row as "action, keys".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reflect.ui import share_composer_actions
from reflect.ui.actions import ACTIONS, ActionSpec, menu_title
from reflect.ui.qt_parts import name_qt_parts
from reflect.ui.rehearsal import KEYS as REHEARSAL_KEYS

_NATIVE = QKeySequence.SequenceFormat.NativeText
WHAT, KEYS = 0, 1  # the columns


@dataclass(frozen=True)
class Shortcut:
    """One action and the keys that do it, as shown (translated, native key names)."""

    what: str
    keys: str


@dataclass(frozen=True)
class ShortcutGroup:
    """The shortcuts of one menu or window, under a heading."""

    title: str
    shortcuts: tuple[Shortcut, ...]


def without_mnemonic(text: str) -> str:
    """A menu or action text without its ``&`` marks ("&&" is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(shortcut: QKeySequence.StandardKey | str | None) -> str:
    """The keys an ``ActionSpec``'s shortcut gives its action on this platform, in the
    platform's words; ``""`` when none (a standard key this platform has no binding for)."""
    if shortcut is None or (isinstance(shortcut, str) and not shortcut):
        return ""
    return QKeySequence(shortcut).toString(_NATIVE)


def shortcut_groups() -> list[ShortcutGroup]:
    """Every shortcut, grouped: the main window's menus in menu order, then the share
    composer's menus, then the rehearsal's keys. Actions without keys are left out."""
    groups = [
        ShortcutGroup(
            QCoreApplication.translate("ShortcutsDialog", "{menu} menu").format(menu=menu),
            shortcuts,
        )
        for menu, shortcuts in _by_menu(ACTIONS)
    ]
    groups += [
        ShortcutGroup(
            QCoreApplication.translate("ShortcutsDialog", "Shares window: {menu} menu").format(
                menu=menu
            ),
            shortcuts,
        )
        for menu, shortcuts in _by_menu(share_composer_actions.ACTIONS)
    ]
    rehearsal = tuple(
        Shortcut(
            QCoreApplication.translate("RehearsalWindow", what),
            ", ".join(QKeySequence(key).toString(_NATIVE) for key in keys),
        )
        for keys, what in REHEARSAL_KEYS
    )
    groups.append(
        ShortcutGroup(QCoreApplication.translate("ShortcutsDialog", "Rehearsal"), rehearsal)
    )
    return groups


def _by_menu(specs: Iterable[ActionSpec]) -> list[tuple[str, tuple[Shortcut, ...]]]:
    """(shown menu title, its shortcuts) in the order the menus first appear."""
    menus: dict[str, list[Shortcut]] = {}
    for spec in specs:
        keys = key_text(spec.shortcut)
        if keys:
            what = without_mnemonic(QCoreApplication.translate("actions", spec.text))
            menus.setdefault(spec.menu, []).append(Shortcut(what, keys))
    return [(without_mnemonic(menu_title(menu)), tuple(found)) for menu, found in menus.items()]


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts sheet: a filter box over a tree of groups and shortcuts."""

    def __init__(
        self, parent: QWidget | None = None, groups: Sequence[ShortcutGroup] | None = None
    ) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("ShortcutsDialog", "Keyboard Shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.model = _model(shortcut_groups() if groups is None else groups)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # the action or its keys
        self.proxy.setRecursiveFilteringEnabled(True)  # a group stays while a row matches
        self.proxy.setAutoAcceptChildRows(True)  # "format" shows the whole Format menu

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("ShortcutsDialog", "An action or a key, e.g. Ctrl+S")
        )
        self.filter.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Filter"))
        self.filter.setAccessibleDescription(
            QCoreApplication.translate(
                "ShortcutsDialog", "Shows only the shortcuts whose action or keys hold these words"
            )
        )
        self.filter.textChanged.connect(self._on_filter_text_changed)
        label = QLabel(QCoreApplication.translate("ShortcutsDialog", "&Filter:"))
        label.setBuddy(self.filter)

        self.tree = self._make_tree()
        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Close"))
        buttons.rejected.connect(self.reject)

        search = QHBoxLayout()
        search.addWidget(label)
        search.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # where the list was
        layout.addWidget(buttons)
        name_qt_parts(self)  # the filter's Clear button
        self.resize(self.fontMetrics().horizontalAdvance("m") * 48, 560)
        self.filter.setFocus()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.proxy)
        tree.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Shortcuts"))
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setItemsExpandable(False)
        tree.setRootIsDecorated(False)
        header = tree.header()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._show_groups(tree)
        return tree

    def _show_groups(self, tree: QTreeView) -> None:
        """Every group open, its heading across both columns."""
        tree.expandAll()
        for row in range(self.proxy.rowCount()):
            tree.setFirstColumnSpanned(row, tree.rootIndex(), True)

    def _on_filter_text_changed(self, text: str) -> None:
        words = text.strip()
        self.proxy.setFilterFixedString(words)
        self._show_groups(self.tree)
        nothing = self.proxy.rowCount() == 0
        self.tree.setVisible(not nothing)
        self.empty.setVisible(nothing)
        if nothing:
            self.empty.setText(
                QCoreApplication.translate(
                    "ShortcutsDialog", "No shortcut matches “{words}”. Try fewer letters?"
                ).format(words=words)
            )

    def visible_shortcuts(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) for every row the filter lets through, top to bottom."""
        shown = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, WHAT)
            for row in range(self.proxy.rowCount(group)):
                what = self.proxy.index(row, WHAT, group).data()
                keys = self.proxy.index(row, KEYS, group).data()
                shown.append((str(group.data()), str(what), str(keys)))
        return shown


def _model(groups: Sequence[ShortcutGroup]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ShortcutsDialog", "Action"),
            QCoreApplication.translate("ShortcutsDialog", "Keys"),
        ]
    )
    for group in groups:
        heading = QStandardItem(group.title)
        heading.setEditable(False)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        blank = QStandardItem()
        blank.setEditable(False)
        for shortcut in group.shortcuts:
            what, keys = QStandardItem(shortcut.what), QStandardItem(shortcut.keys)
            for item in (what, keys):
                item.setEditable(False)
            heading.appendRow([what, keys])
        model.appendRow([heading, blank])
    return model
