"""The share composer's actions, declared once: text, shortcut, icon, menu and tip.

"Share" holds what concerns a whole share (making, naming, rehearsing, saving, printing);
"Arrange" what concerns its parts. The parts' shortcuts (Alt+Up/Down, Delete) work where
the parts are listed, so they never take a key from someone typing.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reflect.ui.actions import ActionSpec, build_actions

SHARE_MENU, ARRANGE_MENU = "&Share", "&Arrange"
STRUCTURE_HEADINGS = ("What it was like", "What happened", "What it's like now")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_share", "&New Share…", None, "document-new", SHARE_MENU, "Start a new share"),
    ActionSpec("rename_share", "Re&name…", None, None, SHARE_MENU, "Give this share another name"),
    ActionSpec(
        "delete_share",
        "&Delete Share…",
        None,
        "edit-delete",
        SHARE_MENU,
        "Delete this share (your journal stays exactly as it is)",
    ),
    ActionSpec(
        "rehearse",
        "&Rehearse…",
        "Ctrl+R",
        "media-playback-start",
        SHARE_MENU,
        "Practise reading this share aloud, in large type, with a gentle clock",
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "export_pdf",
        "Export &PDF…",
        "Ctrl+E",
        "document-export",
        SHARE_MENU,
        "Save this share as a large-print PDF (the file is not encrypted)",
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "export_markdown",
        "Export &Markdown…",
        None,
        None,
        SHARE_MENU,
        "Save this share as a Markdown text file (the file is not encrypted)",
        toolbar=True,
    ),
    ActionSpec(
        "copy_text",
        "&Copy as Text",
        "Ctrl+Shift+C",
        "edit-copy",
        SHARE_MENU,
        "Copy this share, as it will be printed, to paste somewhere else",
        toolbar=True,
    ),
    ActionSpec(
        "print",
        "P&rint…",
        QKeySequence.StandardKey.Print,
        "document-print",
        SHARE_MENU,
        "Print this share",
        toolbar=True,
    ),
    ActionSpec(
        "shared_history",
        "What I've &Shared…",
        None,
        None,
        SHARE_MENU,
        "Each time you saved or printed a share",
        separator_before=True,
    ),
    ActionSpec(
        "close",
        "C&lose",
        QKeySequence.StandardKey.Close,
        "window-close",
        SHARE_MENU,
        "Close this window (everything is saved)",
        separator_before=True,
    ),
    ActionSpec(
        "add_words",
        "Add Your &Own Words",
        "Ctrl+Shift+Return",
        "list-add",
        ARRANGE_MENU,
        "Add some words of your own after the chosen part",
    ),
    ActionSpec(
        "move_up",
        "Move &Up",
        "Alt+Up",
        "go-up",
        ARRANGE_MENU,
        "Move the chosen part earlier in the share",
        separator_before=True,
    ),
    ActionSpec(
        "move_down",
        "Move &Down",
        "Alt+Down",
        "go-down",
        ARRANGE_MENU,
        "Move the chosen part later in the share",
    ),
    ActionSpec(
        "remove_item",
        "&Remove from Share",
        QKeySequence.StandardKey.Delete,
        "list-remove",
        ARRANGE_MENU,
        "Take the chosen part out of this share (your journal is not touched)",
        separator_before=True,
    ),
)

# Actions for the parts: their shortcuts work only where the parts are listed.
PART_ACTIONS = ("move_up", "move_down", "remove_item")


def build_share_actions(parent: QWidget) -> dict[str, QAction]:
    """The composer's actions, owned by ``parent``."""
    return build_actions(parent, ACTIONS)
