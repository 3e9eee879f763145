"""Every menu and toolbar action, declared once: text, shortcut and icon.

The action texts are part of the public contract (scripts and screen readers find actions
by them), so change them only on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks and where it lives."""

    key: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None
    icon: str | None
    menu: str
    tip: str


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_entry",
        "&New Entry",
        QKeySequence.StandardKey.New,
        "document-new",
        "&File",
        "Start a new entry",
    ),
    ActionSpec(
        "lock",
        "&Lock Journal",
        "Ctrl+L",
        "system-lock-screen",
        "&File",
        "Save, lock the journal and hide everything until the passphrase is given again",
    ),
    ActionSpec(
        "quit",
        "&Quit",
        QKeySequence.StandardKey.Quit,
        "application-exit",
        "&File",
        "Save, lock the journal and close Reflect",
    ),
    ActionSpec(
        "preferences",
        "&Preferences…",
        QKeySequence.StandardKey.Preferences,
        "preferences-system",
        "&Edit",
        "Change how Reflect behaves",
    ),
)


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """One ``QAction`` per spec, owned by ``parent``."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey) or spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        actions[spec.key] = action
    return actions
