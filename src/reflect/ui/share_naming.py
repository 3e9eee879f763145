"""``ShareNaming``: making, renaming and deleting shares for the share composer, and the
questions that go with them — a share's name, and "are you sure?" before something the
person wrote only here would be gone.

Each question opens without holding up the window (the composer closes them all when the
journal locks) and calls back only on a yes. A name the journal refuses (one already
used) is said plainly, and the question comes back with what the person typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from reflect.core.domain import Changes
from reflect.core.errors import JournalError
from reflect.core.shares import MAX_SHARE_NAME_LENGTH, ShareItem
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import tell
from reflect.ui.preferences import new_share_settings
from reflect.ui.worker import Fetch, attempt

NAME_LABEL = QT_TRANSLATE_NOOP(
    "share_naming",
    "What would you like to call this share? Only you see this name; it is never printed.",
)


def ask_name(
    parent: QWidget, title: str, text: str, on_name: Callable[[str], None]
) -> QInputDialog:
    """Ask for a share's name, starting from ``text``; ``on_name`` gets what was typed."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(QCoreApplication.translate("share_naming", NAME_LABEL))
    dialog.setTextValue(text)
    if text:
        dialog.setOkButtonText(QCoreApplication.translate("share_naming", "Save Name"))
    else:
        dialog.setOkButtonText(QCoreApplication.translate("share_naming", "Make Share"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setAccessibleName(QCoreApplication.translate("share_naming", "Share name"))
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
    keep_it = QCoreApplication.translate("share_naming", "Keep It")
    keep = box.addButton(keep_it, QMessageBox.ButtonRole.RejectRole)
    keep.setAccessibleName(keep_it)
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
        QCoreApplication.translate("share_naming", "Delete Share"),
        QCoreApplication.translate(
            "share_naming",
            "Delete the share “{name}”?\n\nIts parts, your own words in it and its private "
            "notes will be gone. Your journal itself is not touched: every entry and moment "
            "stays exactly as it is, and What I've Shared keeps its record.",
        ).format(name=name),
        yes=QCoreApplication.translate("share_naming", "Delete Share"),
        on_yes=on_yes,
    )


def ask_to_remove(parent: QWidget, item: ShareItem, on_yes: Callable[[], None]) -> QMessageBox:
    """Before removing a part that holds words kept only in this share."""
    if item.is_excerpt:
        text = QCoreApplication.translate(
            "share_naming",
            "Remove this part and its private note from this share?\n\nThey are kept only "
            "here, so they will be gone. Your journal is not touched.",
        )
    else:
        text = QCoreApplication.translate(
            "share_naming",
            "Remove your own words from this share?\n\nThey are kept only here, so they will "
            "be gone. Your journal is not touched.",
        )
    return _confirm(
        parent,
        QCoreApplication.translate("share_naming", "Remove from Share"),
        text,
        yes=QCoreApplication.translate("share_naming", "Remove"),
        on_yes=on_yes,
    )


class ShareNaming(QObject):
    """Makes, renames and deletes shares, asking first; announces each one done."""

    made = Signal(int)  # the new share's id
    renamed = Signal()
    deleted = Signal(str)  # the deleted share's name

    def __init__(self, window: QWidget, fetch: Fetch, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._fetch = fetch
        self._settings = settings  # the preferences a new share starts with

    def new_share(self) -> None:
        """Ask for a name and make the share."""
        self._ask_for_new_share("")

    def _ask_for_new_share(self, name: str) -> None:
        def make(chosen: str) -> None:
            def done(result: Changes | JournalError) -> None:
                if isinstance(result, JournalError):
                    title = QCoreApplication.translate("ShareNaming", "New Share")
                    tell(self._window, title, str(result), warn=True)
                    self._ask_for_new_share(chosen)  # what the person typed is kept
                elif result.created is not None:
                    self.made.emit(result.created)

            new_share = new_share_settings(self._settings)
            self._fetch(
                attempt(lambda journal: journal.create_share(chosen, settings=new_share)), done
            )

        ask_name(self._window, QCoreApplication.translate("ShareNaming", "New Share"), name, make)

    def rename(self, share_id: int, name: str) -> None:
        """Ask for another name for the share, starting from ``name``."""

        def rename(chosen: str) -> None:
            def done(result: Changes | JournalError) -> None:
                if isinstance(result, JournalError):
                    title = QCoreApplication.translate("ShareNaming", "Rename Share")
                    tell(self._window, title, str(result), warn=True)
                    self.rename(share_id, chosen)
                else:
                    self.renamed.emit()

            self._fetch(attempt(lambda journal: journal.update_share(share_id, name=chosen)), done)

        title = QCoreApplication.translate("ShareNaming", "Rename Share")
        ask_name(self._window, title, name, rename)

    def delete(self, share_id: int, name: str) -> None:
        """Ask, then delete the share (the journal's entries stay as they are)."""

        def delete() -> None:
            self._fetch(
                lambda journal: journal.delete_share(share_id), lambda _: self.deleted.emit(name)
            )

        ask_to_delete(self._window, name, delete)
