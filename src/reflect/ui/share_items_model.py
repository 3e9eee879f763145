"""``ShareItemsModel``: a share's excerpts and connecting texts, in the share's order.

The composer's middle list. Each row is one ``ShareItem``; ``ShareItemRole`` hands the
delegate the whole item. A part whose words are marked "Never Share" in the journal says
so in words in every role (shown, spoken, tip), never by colour alone.

Rows move by drag and drop inside the list (only ids travel in the drag, never words) and
by ``moveRows`` (Alt+Up/Down): the model moves the row at once, so the selection goes with
it, and says so with ``item_moved`` for the journal to store.

``set_items`` brings the list up to date with a share read again from the journal by the
smallest changes (remove, move, insert, redraw) rather than a reset, so the selection and
the person's place survive every reload.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reflect.core.shares import ShareItem
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import day_in_words

Index = QModelIndex | QPersistentModelIndex
ShareItemRole = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-reflect-share-item-ids"
# English source texts, shown with QCoreApplication.translate("share_items_model", TEXT).
YOUR_WORDS = QT_TRANSLATE_NOOP("share_items_model", "Your words")
NOTE_MARK = QT_TRANSLATE_NOOP("share_items_model", "Private note")
NEVER_SHARE_MARK = QT_TRANSLATE_NOOP("share_items_model", "Never Share — left out")
NEVER_SHARE_TIP = QT_TRANSLATE_NOOP(
    "share_items_model",
    "These words are marked Never Share in your journal, so they are left out of every "
    "export and printing. Remove the mark in your journal, or remove this part.",
)
EMPTY_WORDS = QT_TRANSLATE_NOOP(
    "share_items_model", "Nothing written yet — select this to write here."
)
PREVIEW_CHARACTERS = 240  # two lines' worth at most widths; the delegate cuts to fit
_NO_PARENT = QModelIndex()


def heading(item: ShareItem) -> str:
    """Where an item's words come from: an entry's day, or the person's own words."""
    if not item.is_excerpt:
        return QCoreApplication.translate("share_items_model", YOUR_WORDS)
    if item.source is None or item.entry_created is None:
        return QCoreApplication.translate(
            "share_items_model", "From an entry that has since been deleted"
        )
    return QCoreApplication.translate("share_items_model", "From {day}").format(
        day=day_in_words(item.entry_created)
    )


def preview(item: ShareItem) -> str:
    """The first words of an item, on one line."""
    words = " ".join(item.text[: PREVIEW_CHARACTERS * 2].split())
    if words:
        return words[:PREVIEW_CHARACTERS]
    return QCoreApplication.translate("share_items_model", EMPTY_WORDS)


def spoken(item: ShareItem) -> str:
    """The row as a screen reader says it."""
    said = QCoreApplication.translate("share_items_model", "{heading}: {words}.").format(
        heading=heading(item), words=preview(item)
    )
    if item.never_share:
        mark = QCoreApplication.translate("share_items_model", NEVER_SHARE_MARK)
        said = QCoreApplication.translate("share_items_model", "{mark}. {said}").format(
            mark=mark, said=said
        )
    if item.note.strip():
        said = QCoreApplication.translate("share_items_model", "{said} Has a private note.").format(
            said=said
        )
    return said


class ShareItemsModel(QAbstractListModel):
    """The items of one share; see the module docstring."""

    item_moved = Signal(int, int)  # item id, its new 0-based position

    def __init__(self) -> None:
        super().__init__()
        self._items: list[ShareItem] = []

    # --- what the composer uses -------------------------------------------------------------

    @property
    def items(self) -> tuple[ShareItem, ...]:
        return tuple(self._items)

    def item_at(self, row: int) -> ShareItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def set_items(self, items: Sequence[ShareItem]) -> None:
        """Show ``items`` in this order, by the smallest changes (see the module docstring)."""
        wanted = {item.id for item in items}
        for row in range(len(self._items) - 1, -1, -1):
            if self._items[row].id not in wanted:
                self.beginRemoveRows(_NO_PARENT, row, row)
                del self._items[row]
                self.endRemoveRows()
        for place, item in enumerate(items):
            found = self.row_of(item.id)
            if found is None:
                self.beginInsertRows(_NO_PARENT, place, place)
                self._items.insert(place, item)
                self.endInsertRows()
                continue
            if found != place:  # only later rows are left to look at: it moves up
                self.beginMoveRows(_NO_PARENT, found, found, _NO_PARENT, place)
                self._items.insert(place, self._items.pop(found))
                self.endMoveRows()
            if self._items[place] != item:
                self._items[place] = item
                self.dataChanged.emit(self.index(place), self.index(place))

    # --- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ShareItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tip(item)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- moving ----------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [item.id for index in indexes if (item := self.item_at(index.row())) is not None]
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged item to ``row`` (before the row dropped on, or to the end)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        for item_id in _ids_in(data):
            source = self.row_of(item_id)
            if source is None:
                continue
            self.moveRows(_NO_PARENT, source, 1, _NO_PARENT, row)
            row = (self.row_of(item_id) or 0) + 1  # the next one follows it
        # The drop is handled even when nothing had to move (dropped where it was).
        return True

    def moveRows(
        self,
        sourceParent: Index,  # Qt's names for these
        sourceRow: int,
        count: int,
        destinationParent: Index,
        destinationChild: int,
    ) -> bool:
        """Move one row to before ``destinationChild`` (Qt counts it before the move)."""
        if sourceParent.isValid() or destinationParent.isValid() or count != 1:
            return False
        if not 0 <= sourceRow < len(self._items) or not 0 <= destinationChild <= len(self._items):
            return False
        if destinationChild in (sourceRow, sourceRow + 1):
            return False  # already there
        self.beginMoveRows(_NO_PARENT, sourceRow, sourceRow, _NO_PARENT, destinationChild)
        item = self._items.pop(sourceRow)
        position = destinationChild if destinationChild < sourceRow else destinationChild - 1
        self._items.insert(position, item)
        self.endMoveRows()
        self.item_moved.emit(item.id, position)
        return True


def _display(item: ShareItem) -> str:
    """The row's heading line ("Never Share — left out · From 12 March 2026 · Private
    note") and its first words."""
    line = heading(item)
    if item.never_share:
        mark = QCoreApplication.translate("share_items_model", NEVER_SHARE_MARK)
        line = QCoreApplication.translate("share_items_model", "{mark} · {heading}").format(
            mark=mark, heading=line
        )
    if item.note.strip():
        note = QCoreApplication.translate("share_items_model", NOTE_MARK)
        line = QCoreApplication.translate("share_items_model", "{heading} · {note}").format(
            heading=line, note=note
        )
    return f"{line}\n{preview(item)}"


def _tip(item: ShareItem) -> str | None:
    tips = []
    if item.never_share:
        tips.append(QCoreApplication.translate("share_items_model", NEVER_SHARE_TIP))
    if item.note.strip():
        tips.append(
            QCoreApplication.translate(
                "share_items_model",
                "This part has a private note. Notes are never printed or exported.",
            )
        )
    return "\n".join(tips) or None


def _ids_in(data: QMimeData) -> list[int]:
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(ids, list):
        return []
    return [value for value in ids if isinstance(value, int) and not isinstance(value, bool)]
