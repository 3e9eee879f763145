"""The share composer's list of parts: a sound Qt model, smallest-change reloads that keep
the selection, moves by ``moveRows`` and by a drop, and what each row says."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reflect.core.shares import ExcerptSource, ItemKind, ShareItem
from reflect.ui.share_item_delegate import ShareItemDelegate
from reflect.ui.share_items_model import (
    EMPTY_WORDS,
    MIME_TYPE,
    NEVER_SHARE_MARK,
    YOUR_WORDS,
    ShareItemRole,
    ShareItemsModel,
    heading,
)

WRITTEN = datetime(2026, 3, 12, 21, 30, tzinfo=UTC)


def excerpt(item_id: int, text: str, note: str = "") -> ShareItem:
    return ShareItem(item_id, ItemKind.EXCERPT, text, note, ExcerptSource(7, 0, len(text)), WRITTEN)


def own_words(item_id: int, text: str) -> ShareItem:
    return ShareItem(item_id, ItemKind.TEXT, text)


def ids(model: ShareItemsModel) -> list[int]:
    return [item.id for item in model.items]


def filled() -> ShareItemsModel:
    model = ShareItemsModel()
    model.set_items(
        [
            own_words(1, "What it was like"),
            excerpt(2, "The first week was the hardest."),
            excerpt(3, "I went back to the meeting.", note="slow down here"),
            own_words(4, ""),
        ]
    )
    return model


def test_the_model_is_a_sound_qt_model(qtmodeltester: ModelTester) -> None:
    model = filled()
    qtmodeltester.check(model)
    model.set_items([excerpt(3, "I went back."), own_words(5, "What happened")])
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)


def test_each_row_says_where_its_words_come_from() -> None:
    model = filled()
    display = [model.index(row).data() for row in range(4)]
    assert display[0] == f"{YOUR_WORDS}\nWhat it was like"
    assert display[1] == "From 12 March 2026\nThe first week was the hardest."
    assert display[2].startswith("From 12 March 2026 · Private note\n")
    assert display[3] == f"{YOUR_WORDS}\n{EMPTY_WORDS}"
    spoken = model.index(2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Has a private note." in spoken
    assert "slow down here" not in spoken  # the note's words stay in the note
    assert isinstance(model.index(1).data(ShareItemRole), ShareItem)
    deleted = ShareItem(9, ItemKind.EXCERPT, "Gone.", source=None, entry_created=None)
    assert heading(deleted) == "From an entry that has since been deleted"


def test_a_part_marked_never_share_says_so_in_words_everywhere(qtbot: QtBot) -> None:
    model = ShareItemsModel()
    marked = excerpt(2, "Some nights I still think about it.", note="maybe not this one")
    model.set_items([excerpt(1, "The first week."), replace(marked, never_share=True)])
    row = model.index(1)
    assert row.data() == (
        f"{NEVER_SHARE_MARK} · From 12 March 2026 · Private note\n"
        "Some nights I still think about it."
    )
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{NEVER_SHARE_MARK}. From")
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert "left out of every export" in tip and "private note" in tip
    assert NEVER_SHARE_MARK not in model.index(0).data()
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) is None

    view = QListView()  # the delegate draws the mark and the note on one heading line
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ShareItemDelegate(view))
    view.resize(360, 200)
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()


def test_a_reload_changes_only_what_changed_and_keeps_rows_in_place() -> None:
    model = filled()
    kept = QPersistentModelIndex(model.index(2))  # what a selection holds on to
    changes: list[str] = []
    model.modelReset.connect(lambda: changes.append("reset"))
    model.rowsMoved.connect(lambda *_: changes.append("moved"))
    model.rowsInserted.connect(lambda *_: changes.append("inserted"))
    model.rowsRemoved.connect(lambda *_: changes.append("removed"))
    model.dataChanged.connect(lambda *_: changes.append("changed"))

    items = list(model.items)
    edited = excerpt(3, "I went back to the meeting, and stayed.", note="slow down here")
    model.set_items([edited, items[0], own_words(5, "What happened"), items[1]])

    assert ids(model) == [3, 1, 5, 2]
    assert "reset" not in changes
    assert {"moved", "inserted", "removed", "changed"} <= set(changes)
    assert kept.row() == 0 and kept.data(ShareItemRole) == edited


def test_move_rows_moves_one_row_and_says_where_it_went(qtbot: QtBot) -> None:
    model = filled()
    root = QModelIndex()
    with qtbot.waitSignal(model.item_moved) as moved:
        assert model.moveRows(root, 0, 1, root, 3)  # before the last row
    assert moved.args == [1, 2]
    assert ids(model) == [2, 3, 1, 4]
    with qtbot.waitSignal(model.item_moved) as moved:
        assert model.moveRows(root, 3, 1, root, 0)
    assert moved.args == [4, 0]
    assert ids(model) == [4, 2, 3, 1]
    assert not model.moveRows(root, 1, 1, root, 1)  # already there
    assert not model.moveRows(root, 1, 1, root, 2)
    assert not model.moveRows(root, 0, 2, root, 4)  # one part at a time
    assert not model.moveRows(root, 5, 1, root, 0)
    assert ids(model) == [4, 2, 3, 1]


def test_a_drop_moves_the_dragged_part_and_carries_only_ids(qtbot: QtBot) -> None:
    model = filled()
    data = model.mimeData([model.index(0)])
    assert data.formats() == [MIME_TYPE]
    assert b"What it was like" not in bytes(data.data(MIME_TYPE).data())
    with qtbot.waitSignal(model.item_moved) as moved:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert moved.args == [1, 2]
    assert ids(model) == [2, 3, 1, 4]
    # Dropped on a row: it goes before that row. Dropped below the last: to the end.
    model.dropMimeData(
        model.mimeData([model.index(3)]), Qt.DropAction.MoveAction, -1, 0, model.index(0)
    )
    assert ids(model) == [4, 2, 3, 1]
    model.dropMimeData(
        model.mimeData([model.index(0)]), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    assert ids(model) == [2, 3, 1, 4]


def test_drops_of_anything_else_are_refused() -> None:
    model = filled()
    text = QMimeData()
    text.setText("Dana's phone number")
    assert not model.canDropMimeData(text, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(text, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    copy = model.mimeData([model.index(0)])
    assert not model.dropMimeData(copy, Qt.DropAction.CopyAction, 2, 0, QModelIndex())
    junk = QMimeData()
    junk.setData(MIME_TYPE, b"not json")
    assert model.dropMimeData(junk, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert ids(model) == [1, 2, 3, 4]
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDropEnabled  # between rows only
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
