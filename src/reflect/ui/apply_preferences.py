"""``apply_preferences``: put the saved preferences into effect on the running app.

Called when Reflect starts (colours, before the first window shows), when the main window
is made (its editor's font), and each time the Preferences dialog is accepted. The
auto-lock time, the new-share settings and the backup count are read where they are used
(the session's idle timer, ``preferences.new_share_settings``, the daily backup).

Other parts of the app that follow a preference add a function to ``APPLIERS``; each is
called with the preferences just read and the main window (``None`` before it exists).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from reflect.ui.discreet import follow_discreet_mode
from reflect.ui.entry_text_edit import EntryTextEdit
from reflect.ui.preferences import Preferences, migrate, read_preferences
from reflect.ui.theme import apply_theme

Applier = Callable[[Preferences, QWidget | None], None]

# More appliers are added here by their modules.
APPLIERS: list[Applier] = [follow_discreet_mode]


def apply_preferences(settings: QSettings, window: QWidget | None = None) -> Preferences:
    """Bring ``settings`` up to date, apply every preference, and return them."""
    migrate(settings)
    preferences = read_preferences(settings)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, preferences.theme)
    if window is not None:
        apply_editor_font(window, preferences)
    for applier in APPLIERS:
        applier(preferences, window)
    return preferences


def editor_font(preferences: Preferences) -> QFont:
    """The font to write in. What isn't chosen is left unset, so it follows the system's
    font (and its size, when the person makes the system's text larger)."""
    font = QFont()
    if preferences.editor_font_family:
        font.setFamilies([preferences.editor_font_family])
    if preferences.editor_font_size:
        font.setPointSize(preferences.editor_font_size)
    return font


def apply_editor_font(window: QWidget, preferences: Preferences) -> None:
    """Show every entry editor in ``window`` in the chosen font. Only how the words look on
    screen changes: the document's formatting (what a save stores) is untouched."""
    font = editor_font(preferences)
    for editor in window.findChildren(EntryTextEdit):
        editor.setFont(font)
