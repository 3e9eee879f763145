"""``HelpMenu``: the main window's Help menu — the keyboard shortcuts sheet and About.

Each opens once and is brought forward when asked for again; neither shows anything from
the journal, but both close on lock with everything else, so a locked Reflect shows only
the unlock screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from reflect.ui.about_dialog import AboutDialog
from reflect.ui.panels import bring_to_front
from reflect.ui.shortcuts_dialog import ShortcutsDialog


class HelpMenu:
    """Runs the Help menu's actions for ``window``."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self.shortcuts: ShortcutsDialog | None = None
        self.about: AboutDialog | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The action handlers, by action key (see ``reflect.ui.actions``)."""
        return {"shortcuts": self.show_shortcuts, "about": self.show_about}

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self._window)
            self.shortcuts.finished.connect(self._on_shortcuts_finished)
        _bring_up(self.shortcuts)
        return self.shortcuts

    def show_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self._window)
            self.about.finished.connect(self._on_about_finished)
        _bring_up(self.about)
        return self.about

    def close_all(self) -> None:
        """Close both (the journal is locking)."""
        for dialog in (self.shortcuts, self.about):
            if dialog is not None:
                dialog.reject()

    def _on_shortcuts_finished(self) -> None:
        if self.shortcuts is not None:
            self.shortcuts.deleteLater()
        self.shortcuts = None

    def _on_about_finished(self) -> None:
        if self.about is not None:
            self.about.deleteLater()
        self.about = None


def _bring_up(dialog: QDialog) -> None:
    """Show ``dialog`` without holding up the window, in front."""
    dialog.show()
    bring_to_front(dialog)
