"""``ShareNaming``: making, renaming and deleting shares for the share composer, and the
questions that go with them — a share's name, and "are you sure?" before something the
person wrote only here would be gone.

Each question opens without holding up the window (the composer closes them all when the
journal locks) and calls back only on a yes. A name the journal refuses (one already
used) is said plainly, and the question comes back with what the person typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from reflect.core.domain import Changes
from reflect.core.errors import JournalError
from reflect.core.shares import MAX_SHARE_NAME_LENGTH, ShareItem
from reflect.ui.messages import tell
from reflect.ui.worker import Fetch, attempt

NAME_LABEL = "What would you like to call this share? Only you see this name; it is never printed."


def ask_name(
    parent: QWidget, title: str, text: str, on_name: Callable[[str], None]
) -> QInputDialog:
    """Ask for a share's name, starting from ``text``; ``on_name`` gets what was typed."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(NAME_LABEL)
    dialog.setTextValue(text)
    dialog.setOkButtonText("Save Name" if text else "Make Share")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setAccessibleName("Share name")
        line.setMaxLength(MAX_SHARE_NAME_LENGTH)
    dialog.textValueSelected.connect(on_name)
    dialog.open()
    return dialog


def _confirm(
    parent: QWidget, title: str, text: str, *, yes: str, on_yes: Callable[[], None]
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    go.setAccessibleName(yes)
    keep = box.addButton("Keep It", QMessageBox.ButtonRole.RejectRole)
    keep.setAccessibleName("Keep It")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is go:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def ask_to_delete(parent: QWidget, name: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Before deleting a share: what goes, and that the journal itself stays."""
    return _confirm(
        parent,
        "Delete Share",
        f"Delete the share “{name}”?\n\nIts parts, your own words in it and its private "
        "notes will be gone. Your journal itself is not touched: every entry and moment "
        "stays exactly as it is, and What I've Shared keeps its record.",
        yes="Delete Share",
        on_yes=on_yes,
    )


def ask_to_remove(parent: QWidget, item: ShareItem, on_yes: Callable[[], None]) -> QMessageBox:
    """Before removing a part that holds words kept only in this share."""
    what = "your own words" if not item.is_excerpt else "this part and its private note"
    return _confirm(
        parent,
        "Remove from Share",
        f"Remove {what} from this share?\n\nThey are kept only here, so they will be gone. "
        "Your journal is not touched.",
        yes="Remove",
        on_yes=on_yes,
    )


class ShareNaming(QObject):
    """Makes, renames and deletes shares, asking first; announces each one done."""

    made = Signal(int)  # the new share's id
    renamed = Signal()
    deleted = Signal(str)  # the deleted share's name

    def __init__(self, window: QWidget, fetch: Fetch) -> None:
        super().__init__(window)
        self._window = window
        self._fetch = fetch

    def new_share(self) -> None:
        """Ask for a name and make the share."""
        self._ask_for_new_share("")

    def _ask_for_new_share(self, name: str) -> None:
        def make(chosen: str) -> None:
            def done(result: Changes | JournalError) -> None:
                if isinstance(result, JournalError):
                    tell(self._window, "New Share", str(result), warn=True)
                    self._ask_for_new_share(chosen)  # what the person typed is kept
                elif result.created is not None:
                    self.made.emit(result.created)

            self._fetch(attempt(lambda journal: journal.create_share(chosen)), done)

        ask_name(self._window, "New Share", name, make)

    def rename(self, share_id: int, name: str) -> None:
        """Ask for another name for the share, starting from ``name``."""

        def rename(chosen: str) -> None:
            def done(result: Changes | JournalError) -> None:
                if isinstance(result, JournalError):
                    tell(self._window, "Rename Share", str(result), warn=True)
                    self.rename(share_id, chosen)
                else:
                    self.renamed.emit()

            self._fetch(attempt(lambda journal: journal.update_share(share_id, name=chosen)), done)

        ask_name(self._window, "Rename Share", name, rename)

    def delete(self, share_id: int, name: str) -> None:
        """Ask, then delete the share (the journal's entries stay as they are)."""

        def delete() -> None:
            self._fetch(
                lambda journal: journal.delete_share(share_id), lambda _: self.deleted.emit(name)
            )

        ask_to_delete(self._window, name, delete)
