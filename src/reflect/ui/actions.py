"""Every menu and toolbar action, declared once: text, shortcut and icon.

The action texts are part of the public contract (scripts and screen readers find actions
by them), so change them only on purpose.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    toolbar: bool = False
    separator_before: bool = False
    checkable: bool = False


_FILE, _EDIT, _FORMAT, _MOMENTS, _VIEW = "&File", "&Edit", "F&ormat", "&Moments", "&View"
_SHARE = "S&hare"

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_entry",
        "&New Entry",
        QKeySequence.StandardKey.New,
        "document-new",
        _FILE,
        "Start a new entry",
        toolbar=True,
    ),
    ActionSpec(
        "new_from_prompt",
        "New Entry from &Prompt…",
        "Ctrl+Shift+N",
        "help-hint",
        _FILE,
        "Start a new entry with a reflection prompt",
    ),
    ActionSpec(
        "delete_entry",
        "&Delete Entry…",
        None,
        "edit-delete",
        _FILE,
        "Delete this entry (you can undo this until Reflect closes)",
        separator_before=True,
    ),
    ActionSpec(
        "undo_delete",
        "Undo De&lete",
        None,
        "edit-undo",
        _FILE,
        "Bring back the entry deleted last",
    ),
    ActionSpec(
        "import",
        "&Import…",
        None,
        "document-import",
        _FILE,
        "Bring in entries from jrnl, Day One, a Markdown folder or a Reflect export",
        separator_before=True,
    ),
    ActionSpec(
        "export",
        "&Export Journal…",
        None,
        "document-export",
        _FILE,
        "Write every entry to files that are not encrypted (JSON or Markdown)",
    ),
    ActionSpec(
        "back_up",
        "&Back Up Now…",
        None,
        "document-save-as",
        _FILE,
        "Save an encrypted copy of your whole journal in one file",
        separator_before=True,
    ),
    ActionSpec(
        "restore",
        "&Restore from Backup…",
        None,
        "document-revert",
        _FILE,
        "Bring your journal back from a backup file (your current journal is kept aside)",
    ),
    ActionSpec(
        "change_passphrase",
        "Change &Passphrase…",
        None,
        "dialog-password",
        _FILE,
        "Choose a new passphrase for this journal",
        separator_before=True,
    ),
    ActionSpec(
        "recovery_code",
        "Re&covery Code…",
        None,
        None,
        _FILE,
        "Make a recovery code: the only other way in if you forget your passphrase",
    ),
    ActionSpec(
        "lock",
        "&Lock Journal",
        "Ctrl+L",
        "system-lock-screen",
        _FILE,
        "Save, lock the journal and hide everything until the passphrase is given again",
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "quit",
        "&Quit",
        QKeySequence.StandardKey.Quit,
        "application-exit",
        _FILE,
        "Save, lock the journal and close Reflect",
    ),
    ActionSpec(
        "undo", "&Undo", QKeySequence.StandardKey.Undo, "edit-undo", _EDIT, "Undo the last change"
    ),
    ActionSpec(
        "redo", "&Redo", QKeySequence.StandardKey.Redo, "edit-redo", _EDIT, "Redo what was undone"
    ),
    ActionSpec(
        "find",
        "&Find…",
        QKeySequence.StandardKey.Find,
        "edit-find",
        _EDIT,
        "Find entries by their words, tags or notes",
        separator_before=True,
    ),
    ActionSpec(
        "preferences",
        "&Preferences…",
        QKeySequence.StandardKey.Preferences,
        "preferences-system",
        _EDIT,
        "Change how Reflect behaves",
        separator_before=True,
    ),
    ActionSpec(
        "bold",
        "&Bold",
        QKeySequence.StandardKey.Bold,
        "format-text-bold",
        _FORMAT,
        "Bold",
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "italic",
        "&Italic",
        QKeySequence.StandardKey.Italic,
        "format-text-italic",
        _FORMAT,
        "Italic",
        toolbar=True,
    ),
    ActionSpec(
        "heading1",
        "Heading &1",
        "Ctrl+1",
        None,
        _FORMAT,
        "A large heading",
        separator_before=True,
    ),
    ActionSpec("heading2", "Heading &2", "Ctrl+2", None, _FORMAT, "A medium heading"),
    ActionSpec("heading3", "Heading &3", "Ctrl+3", None, _FORMAT, "A small heading"),
    ActionSpec(
        "bullet",
        "B&ulleted List",
        "Ctrl+Shift+8",
        "format-list-unordered",
        _FORMAT,
        "A list with bullets",
        toolbar=True,
    ),
    ActionSpec(
        "numbered",
        "&Numbered List",
        "Ctrl+Shift+7",
        "format-list-ordered",
        _FORMAT,
        "A numbered list",
        toolbar=True,
    ),
    ActionSpec(
        "quote",
        "&Quote",
        "Ctrl+Shift+9",
        "format-indent-more",
        _FORMAT,
        "Set these words apart as a quote",
        toolbar=True,
    ),
    ActionSpec("plain", "&Plain Text", "Ctrl+0", None, _FORMAT, "No heading, list or quote"),
    ActionSpec(
        "mark_hope",
        "Mark as &Hope",
        "Ctrl+Shift+H",
        None,
        _MOMENTS,
        "Mark the selected words as a moment of hope",
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "mark_struggle",
        "Mark as &Struggle",
        "Ctrl+Shift+S",
        None,
        _MOMENTS,
        "Mark the selected words as a moment of struggle",
        toolbar=True,
    ),
    ActionSpec(
        "mark_as",
        "&Mark as…",
        "Ctrl+Shift+M",
        None,
        _MOMENTS,
        "Mark the selected words with a tag of your own",
        toolbar=True,
    ),
    ActionSpec(
        "browse_moments",
        "&Browse Moments",
        "Ctrl+Shift+B",
        None,
        _MOMENTS,
        "Every moment you have marked, with its words, to find and gather",
        separator_before=True,
    ),
    ActionSpec(
        "insights",
        "&Insights",
        "Ctrl+Shift+I",
        None,
        _VIEW,
        "Charts of your journey: moments, check-ins, days written and tags",
    ),
    ActionSpec(
        "look_back",
        "&Look Back",
        "Ctrl+Shift+K",
        None,
        _VIEW,
        "This day in earlier years, and how far you've come",
    ),
    ActionSpec(
        "add_to_share",
        "&Add to Share…",
        "Ctrl+Shift+A",
        None,
        _SHARE,
        "Copy the selected words into a share you are preparing (the entry stays as it is)",
    ),
    ActionSpec(
        "never_share",
        "Never Share",
        None,
        None,  # drawn: see reflect.ui.never_share.never_share_icon
        _SHARE,
        "Keep this entry out of every share: its words can't be added or printed",
        checkable=True,
    ),
    ActionSpec(
        "shares",
        "&Prepare a Share…",
        "Ctrl+Shift+P",
        None,
        _SHARE,
        "Choose what to tell your group, protect the people in your story, time it and print it",
    ),
    ActionSpec(
        "people",
        "P&eople…",
        None,
        None,
        _SHARE,
        "The names in your story, and the words that stand for them when you share",
        separator_before=True,
    ),
    ActionSpec(
        "shared_history",
        "&What I've Shared…",
        None,
        None,
        _SHARE,
        "Every share you have printed or saved as a file, and when",
    ),
)


def build_actions(parent: QWidget, specs: Sequence[ActionSpec] = ACTIONS) -> dict[str, QAction]:
    """One ``QAction`` per spec (the main window's by default), owned by ``parent``."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, parent)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey) or spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        actions[spec.key] = action
    return actions
