"""``name_qt_parts``: names for the controls Qt adds to a window by itself, which Qt leaves
unnamed for screen readers: the "more" arrow a tool bar or menu bar shows when the window
is too narrow for it (it is, with large text), and a search field's clear button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

# Qt's own object names for these parts (stable across Qt 5 and 6).
_TOOLBAR_MORE = "qt_toolbar_ext_button"
_MENUBAR_MORE = "qt_menubar_ext_button"
_CLEAR_ACTION = "_q_qlineeditclearaction"


def name_qt_parts(window: QWidget) -> None:
    """Give Qt's own controls inside ``window`` a name and a tip (call once it is built)."""
    for button in window.findChildren(QToolButton):
        if button.objectName() == _TOOLBAR_MORE:
            text = QCoreApplication.translate("qt_parts", "More tools")
        elif button.objectName() == _MENUBAR_MORE:
            text = QCoreApplication.translate("qt_parts", "More menus")
        else:
            continue
        button.setAccessibleName(text)
        button.setToolTip(text)
    for field in window.findChildren(QLineEdit):
        clear = field.findChild(QAction, _CLEAR_ACTION)
        if clear is None:
            continue
        text = QCoreApplication.translate("qt_parts", "Clear")
        for shown in clear.associatedObjects():
            if isinstance(shown, QToolButton):
                shown.setAccessibleName(text)
                shown.setToolTip(text)
