"""The share composer's actions, declared once: text, shortcut, icon, menu and tip.

"Share" holds what concerns a whole share (making, naming, rehearsing, saving, printing);
"Arrange" what concerns its parts. The parts' shortcuts (Alt+Up/Down, Delete) work where
the parts are listed, so they never take a key from someone typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reflect.ui.actions import ActionSpec, build_actions
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# Texts of the ActionSpec tables are marked under the context "actions", where
# ``build_actions`` and ``menu_title`` translate them.
SHARE_MENU = QT_TRANSLATE_NOOP("actions", "&Share")
ARRANGE_MENU = QT_TRANSLATE_NOOP("actions", "&Arrange")
# The structure helper's headings: the English source text is the key (the composer's
# ``structure_actions``); ``structure_heading`` gives the words shown and written.
STRUCTURE_HEADINGS = (
    QT_TRANSLATE_NOOP("share_composer_actions", "What it was like"),
    QT_TRANSLATE_NOOP("share_composer_actions", "What happened"),
    QT_TRANSLATE_NOOP("share_composer_actions", "What it's like now"),
)


def structure_heading(heading: str) -> str:
    """One of ``STRUCTURE_HEADINGS`` in the person's language."""
    return QCoreApplication.translate("share_composer_actions", heading)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_share",
        QT_TRANSLATE_NOOP("actions", "&New Share…"),
        None,
        "document-new",
        SHARE_MENU,
        QT_TRANSLATE_NOOP("actions", "Start a new share"),
    ),
    ActionSpec(
        "rename_share",
        QT_TRANSLATE_NOOP("actions", "R&ename…"),
        None,
        None,
        SHARE_MENU,
        QT_TRANSLATE_NOOP("actions", "Give this share another name"),
    ),
    ActionSpec(
        "delete_share",
        QT_TRANSLATE_NOOP("actions", "&Delete Share…"),
        None,
        "edit-delete",
        SHARE_MENU,
        QT_TRANSLATE_NOOP("actions", "Delete this share (your journal stays exactly as it is)"),
    ),
    ActionSpec(
        "rehearse",
        QT_TRANSLATE_NOOP("actions", "&Rehearse…"),
        "Ctrl+R",
        "media-playback-start",
        SHARE_MENU,
        QT_TRANSLATE_NOOP(
            "actions", "Practise reading this share aloud, in large type, with a gentle clock"
        ),
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("actions", "Export &PDF…"),
        "Ctrl+E",
        "document-export",
        SHARE_MENU,
        QT_TRANSLATE_NOOP(
            "actions", "Save this share as a large-print PDF (the file is not encrypted)"
        ),
        toolbar=True,
        separator_before=True,
    ),
    ActionSpec(
        "export_markdown",
        QT_TRANSLATE_NOOP("actions", "Export &Markdown…"),
        None,
        None,
        SHARE_MENU,
        QT_TRANSLATE_NOOP(
            "actions", "Save this share as a Markdown text file (the file is not encrypted)"
        ),
        toolbar=True,
    ),
    ActionSpec(
        "copy_text",
        QT_TRANSLATE_NOOP("actions", "&Copy as Text"),
        "Ctrl+Shift+C",
        "edit-copy",
        SHARE_MENU,
        QT_TRANSLATE_NOOP(
            "actions", "Copy this share, as it will be printed, to paste somewhere else"
        ),
        toolbar=True,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("actions", "Pr&int…"),
        QKeySequence.StandardKey.Print,
        "document-print",
        SHARE_MENU,
        QT_TRANSLATE_NOOP("actions", "Print this share"),
        toolbar=True,
    ),
    ActionSpec(
        "shared_history",
        QT_TRANSLATE_NOOP("actions", "What I've S&hared…"),
        None,
        None,
        SHARE_MENU,
        QT_TRANSLATE_NOOP("actions", "Each time you saved or printed a share"),
        separator_before=True,
    ),
    ActionSpec(
        "close",
        QT_TRANSLATE_NOOP("actions", "C&lose"),
        QKeySequence.StandardKey.Close,
        "window-close",
        SHARE_MENU,
        QT_TRANSLATE_NOOP("actions", "Close this window (everything is saved)"),
        separator_before=True,
    ),
    ActionSpec(
        "add_words",
        QT_TRANSLATE_NOOP("actions", "Add Your &Own Words"),
        "Ctrl+Shift+Return",
        "list-add",
        ARRANGE_MENU,
        QT_TRANSLATE_NOOP("actions", "Add some words of your own after the chosen part"),
    ),
    ActionSpec(
        "move_up",
        QT_TRANSLATE_NOOP("actions", "Move &Up"),
        "Alt+Up",
        "go-up",
        ARRANGE_MENU,
        QT_TRANSLATE_NOOP("actions", "Move the chosen part earlier in the share"),
        separator_before=True,
    ),
    ActionSpec(
        "move_down",
        QT_TRANSLATE_NOOP("actions", "Move &Down"),
        "Alt+Down",
        "go-down",
        ARRANGE_MENU,
        QT_TRANSLATE_NOOP("actions", "Move the chosen part later in the share"),
    ),
    ActionSpec(
        "remove_item",
        QT_TRANSLATE_NOOP("actions", "&Remove from Share"),
        QKeySequence.StandardKey.Delete,
        "list-remove",
        ARRANGE_MENU,
        QT_TRANSLATE_NOOP(
            "actions", "Take the chosen part out of this share (your journal is not touched)"
        ),
        separator_before=True,
    ),
)

# Actions for the parts: their shortcuts work only where the parts are listed.
PART_ACTIONS = ("move_up", "move_down", "remove_item")


def build_share_actions(parent: QWidget) -> dict[str, QAction]:
    """The composer's actions, owned by ``parent``."""
    return build_actions(parent, ACTIONS)
