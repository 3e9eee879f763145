"""Every menu and toolbar action, declared once: text, shortcut and icon.

The action texts are part of the public contract (scripts and screen readers find actions
by them), so change them only on purpose. The English text stays the key: it is marked for
translation under the context "actions" and translated only where it is shown
(``build_actions``, ``menu_title``), so every ``ActionSpec`` table (the share composer's
too) marks its texts with ``QT_TRANSLATE_NOOP("actions", …)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

__all__ = ["ACTIONS", "QT_TRANSLATE_NOOP", "ActionSpec", "build_actions", "menu_title"]


def menu_title(menu: str) -> str:
    """The shown title of a menu named in an ``ActionSpec`` (marked under "actions")."""
    return QCoreApplication.translate("actions", menu)


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks and where it lives."""

    key: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None
    icon: str | None
    menu: str
    tip: str
    toolbar: bool = False
    separator_before: bool = False
    checkable: bool = False


_FILE = QT_TRANSLATE_NOOP("actions", "&File")
_EDIT = QT_TRANSLATE_NOOP("actions", "&Edit")
_FORMAT = QT_TRANSLATE_NOOP("actions", "F&ormat")
_MOMENTS = QT_TRANSLATE_NOOP("actions", "&Moments")
_VIEW = QT_TRANSLATE_NOOP("actions", "&View")
_SHARE = QT_TRANSLATE_NOOP("actions", "&Share")  # Alt+H is Help
_HELP = QT_TRANSLATE_NOOP("actions", "&Help")  # the last menu, as on every desktop

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_entry",
        QT_TRANSLATE_NOOP("actions", "&New Entry"),
        QKeySequence.StandardKey.New,
        "document-new",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Start a new entry"),
        toolbar=True,
    ),
    ActionSpec(
        "new_from_prompt",
        QT_TRANSLATE_NOOP("actions", "New Entry from &Prompt…"),
        "Ctrl+Shift+N",
        "help-hint",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Start a new entry with a reflection prompt"),
    ),
    ActionSpec(
        "delete_entry",
        QT_TRANSLATE_NOOP("actions", "&Delete Entry…"),
        None,
        "edit-delete",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Delete this entry (you can undo this until Reflect closes)"),
        separator_before=True,
    ),
    ActionSpec(
        "undo_delete",
        QT_TRANSLATE_NOOP("actions", "&Undo Delete"),
        None,
        "edit-undo",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Bring back the entry deleted last"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("actions", "&Import…"),
        None,
        "document-import",
        _FILE,
        QT_TRANSLATE_NOOP(
            "actions", "Bring in entries from jrnl, Day One, a Markdown folder or a Reflect export"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("actions", "&Export Journal…"),
        None,
        "document-export",
        _FILE,
        QT_TRANSLATE_NOOP(
            "actions", "Write every entry to files that are not encrypted (JSON or Markdown)"
        ),
    ),
    ActionSpec(
        "back_up",
        QT_TRANSLATE_NOOP("actions", "&Back Up Now…"),
        None,
        "document-save-as",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Save an encrypted copy of your whole journal in one file"),
        separator_before=True,
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("actions", "&Restore from Backup…"),
        None,
        "document-revert",
        _FILE,
        QT_TRANSLATE_NOOP(
            "actions",
            "Bring your journal back from a backup file (your current journal is kept aside)",
        ),
    ),
    ActionSpec(
        "change_passphrase",
        QT_TRANSLATE_NOOP("actions", "Ch&ange Passphrase…"),
        None,
        "dialog-password",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Choose a new passphrase for this journal"),
        separator_before=True,
    ),
    ActionSpec(
        "recovery_code",
        QT_TRANSLATE_NOOP("actions", "Re&covery Code…"),
        None,
        None,
        _FILE,
        QT_TRANSLATE_NOOP(
            "actions", "Make a recovery code: the only other way in if you forget your passphrase"
        ),
    ),
    ActionSpec(
        "lock",
        QT_TRANSLATE_NOOP("actions", "&Lock Journal"),
        "Ctrl+L",
        "system-lock-screen",
        _FILE,
        QT_TRANSLATE_NOOP(
            "actions",
            "Save, lock the journal and hide everything until the passphrase is given again",
        ),
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "panic_lock",
        QT_TRANSLATE_NOOP("actions", "Lock and &Hide"),
        "Ctrl+Shift+L",  # reflect.ui.panic catches it in every window
        None,
        _FILE,
        QT_TRANSLATE_NOOP(
            "actions", "Hide every window at once, then save and lock, without asking anything"
        ),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        QKeySequence.StandardKey.Quit,
        "application-exit",
        _FILE,
        QT_TRANSLATE_NOOP("actions", "Save, lock the journal and close Reflect"),
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        QKeySequence.StandardKey.Undo,
        "edit-undo",
        _EDIT,
        QT_TRANSLATE_NOOP("actions", "Undo the last change"),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        QKeySequence.StandardKey.Redo,
        "edit-redo",
        _EDIT,
        QT_TRANSLATE_NOOP("actions", "Redo what was undone"),
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("actions", "&Find…"),
        QKeySequence.StandardKey.Find,
        "edit-find",
        _EDIT,
        QT_TRANSLATE_NOOP("actions", "Find entries by their words, tags or notes"),
        separator_before=True,
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("actions", "&Preferences…"),
        QKeySequence.StandardKey.Preferences,
        "preferences-system",
        _EDIT,
        QT_TRANSLATE_NOOP("actions", "Change how Reflect behaves"),
        separator_before=True,
    ),
    ActionSpec(
        "bold",
        QT_TRANSLATE_NOOP("actions", "&Bold"),
        QKeySequence.StandardKey.Bold,
        "format-text-bold",
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "Bold"),
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "italic",
        QT_TRANSLATE_NOOP("actions", "&Italic"),
        QKeySequence.StandardKey.Italic,
        "format-text-italic",
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "Italic"),
        toolbar=True,
    ),
    ActionSpec(
        "heading1",
        QT_TRANSLATE_NOOP("actions", "Heading &1"),
        "Ctrl+1",
        None,
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "A large heading"),
        separator_before=True,
    ),
    ActionSpec(
        "heading2",
        QT_TRANSLATE_NOOP("actions", "Heading &2"),
        "Ctrl+2",
        None,
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "A medium heading"),
    ),
    ActionSpec(
        "heading3",
        QT_TRANSLATE_NOOP("actions", "Heading &3"),
        "Ctrl+3",
        None,
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "A small heading"),
    ),
    ActionSpec(
        "bullet",
        QT_TRANSLATE_NOOP("actions", "B&ulleted List"),
        "Ctrl+Shift+8",
        "format-list-unordered",
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "A list with bullets"),
        toolbar=True,
    ),
    ActionSpec(
        "numbered",
        QT_TRANSLATE_NOOP("actions", "&Numbered List"),
        "Ctrl+Shift+7",
        "format-list-ordered",
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "A numbered list"),
        toolbar=True,
    ),
    ActionSpec(
        "quote",
        QT_TRANSLATE_NOOP("actions", "&Quote"),
        "Ctrl+Shift+9",
        "format-indent-more",
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "Set these words apart as a quote"),
        toolbar=True,
    ),
    ActionSpec(
        "plain",
        QT_TRANSLATE_NOOP("actions", "&Plain Text"),
        "Ctrl+0",
        None,
        _FORMAT,
        QT_TRANSLATE_NOOP("actions", "No heading, list or quote"),
    ),
    ActionSpec(
        "mark_hope",
        QT_TRANSLATE_NOOP("actions", "Mark as &Hope"),
        "Ctrl+Shift+H",
        None,
        _MOMENTS,
        QT_TRANSLATE_NOOP("actions", "Mark the selected words as a moment of hope"),
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "mark_struggle",
        QT_TRANSLATE_NOOP("actions", "Mark as &Struggle"),
        "Ctrl+Shift+S",
        None,
        _MOMENTS,
        QT_TRANSLATE_NOOP("actions", "Mark the selected words as a moment of struggle"),
        toolbar=True,
    ),
    ActionSpec(
        "mark_as",
        QT_TRANSLATE_NOOP("actions", "&Mark as…"),
        "Ctrl+Shift+M",
        None,
        _MOMENTS,
        QT_TRANSLATE_NOOP("actions", "Mark the selected words with a tag of your own"),
        toolbar=True,
    ),
    ActionSpec(
        "browse_moments",
        QT_TRANSLATE_NOOP("actions", "&Browse Moments"),
        "Ctrl+Shift+B",
        None,
        _MOMENTS,
        QT_TRANSLATE_NOOP(
            "actions", "Every moment you have marked, with its words, to find and gather"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "insights",
        QT_TRANSLATE_NOOP("actions", "&Insights"),
        "Ctrl+Shift+I",
        None,
        _VIEW,
        QT_TRANSLATE_NOOP(
            "actions", "Charts of your journey: moments, check-ins, days written and tags"
        ),
    ),
    ActionSpec(
        "look_back",
        QT_TRANSLATE_NOOP("actions", "&Look Back"),
        "Ctrl+Shift+K",
        None,
        _VIEW,
        QT_TRANSLATE_NOOP("actions", "This day in earlier years, and how far you've come"),
    ),
    ActionSpec(
        "add_to_share",
        QT_TRANSLATE_NOOP("actions", "&Add to Share…"),
        "Ctrl+Shift+A",
        None,
        _SHARE,
        QT_TRANSLATE_NOOP(
            "actions",
            "Copy the selected words into a share you are preparing (the entry stays as it is)",
        ),
    ),
    ActionSpec(
        "never_share",
        QT_TRANSLATE_NOOP("actions", "Never Share"),
        None,
        None,  # drawn: see reflect.ui.never_share.never_share_icon
        _SHARE,
        QT_TRANSLATE_NOOP(
            "actions", "Keep this entry out of every share: its words can't be added or printed"
        ),
        checkable=True,
    ),
    ActionSpec(
        "shares",
        QT_TRANSLATE_NOOP("actions", "&Prepare a Share…"),
        "Ctrl+Shift+P",
        None,
        _SHARE,
        QT_TRANSLATE_NOOP(
            "actions",
            "Choose what to tell your group, protect the people in your story, "
            "time it and print it",
        ),
    ),
    ActionSpec(
        "people",
        QT_TRANSLATE_NOOP("actions", "P&eople…"),
        None,
        None,
        _SHARE,
        QT_TRANSLATE_NOOP(
            "actions", "The names in your story, and the words that stand for them when you share"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "shared_history",
        QT_TRANSLATE_NOOP("actions", "&What I've Shared…"),
        None,
        None,
        _SHARE,
        QT_TRANSLATE_NOOP("actions", "Every share you have printed or saved as a file, and when"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"),
        QKeySequence.StandardKey.HelpContents,
        "help-keyboard-shortcuts",
        _HELP,
        QT_TRANSLATE_NOOP("actions", "Every key Reflect answers to, in one list"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("actions", "&About Reflect"),
        None,
        "help-about",
        _HELP,
        QT_TRANSLATE_NOOP(
            "actions", "Reflect's version, its promise to you and the licences of its parts"
        ),
    ),
)


def build_actions(parent: QWidget, specs: Sequence[ActionSpec] = ACTIONS) -> dict[str, QAction]:
    """One ``QAction`` per spec (the main window's by default), owned by ``parent``."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(QCoreApplication.translate("actions", spec.text), parent)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey) or spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        tip = QCoreApplication.translate("actions", spec.tip)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        actions[spec.key] = action
    return actions
