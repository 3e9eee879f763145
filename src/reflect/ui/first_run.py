"""What happens once a new journal has opened for the first time.

The main window starts a new entry with a gentle first prompt and the cursor in the text;
if the person kept "Make a recovery code now" checked, the recovery code dialog (the same
one File → Recovery Code… opens) comes up over it, so the code can be written down or
printed before anything else. Later unlocks do neither.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.core.prompts import Prompt
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.main_window import MainWindow
from reflect.ui.passphrase_dialogs import show_new_recovery_code
from reflect.ui.recovery_code_dialog import RecoveryCodeDialog
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker

FIRST_PROMPT_THEME = "story"  # "What it was like, what happened, what it's like now"
FIRST_PROMPT = QT_TRANSLATE_NOOP(
    "first_run",
    "What is it like for you right now? A few words are enough, and there's no wrong way to begin.",
)


def first_prompt() -> Prompt:
    """The invitation above a person's very first entry."""
    return Prompt(FIRST_PROMPT_THEME, QCoreApplication.translate("first_run", FIRST_PROMPT))


def welcome_new_journal(
    dialog: UnlockDialog | None, window: MainWindow, worker: JournalWorker
) -> RecoveryCodeDialog | None:
    """If ``dialog`` has just created the journal: the first entry, then the recovery code
    when it was asked for (that dialog is returned). After an ordinary unlock: nothing."""
    if dialog is None or not dialog.created:
        return None
    window.start_first_entry(first_prompt())
    if not dialog.recovery_code_wanted:
        return None
    return show_new_recovery_code(window, worker, kdf=dialog.kdf)
