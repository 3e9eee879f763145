"""``follow_text_size``: a list's fixed row height, kept in step with its font.

The long lists have rows of one fixed height (so 100,000 rows scroll without measuring
each one), worked out from the font's line spacing. When the person makes the system's
text larger while a window is open, Qt gives the list the larger font but the rows keep
their height and cut their lines off; this sets the height again on every font change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

RowHeight = Callable[[int], int]  # the font's line spacing → the row height, in pixels


class _RowHeightFollower(QObject):
    """Sets ``view``'s row height now and whenever its font changes (it is its child)."""

    def __init__(self, view: QTableView, height: RowHeight) -> None:
        super().__init__(view)
        self._view = view
        self._height = height
        self.apply()
        view.installEventFilter(self)

    def apply(self) -> None:
        line_spacing = self._view.fontMetrics().lineSpacing()
        self._view.verticalHeader().setDefaultSectionSize(self._height(line_spacing))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def follow_text_size(view: QTableView, height: RowHeight) -> None:
    """Give ``view``'s rows ``height(line spacing)`` pixels, now and after any change of
    text size."""
    _RowHeightFollower(view, height)
