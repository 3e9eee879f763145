"""Light and dark colours for the whole app: the "Colours" preference.

Qt 6.8 lets an app ask the platform for a colour scheme
(``QStyleHints.setColorScheme``); ``Qt.ColorScheme.Unknown`` means "follow the system".
Some platforms ignore the request (the offscreen one, older desktops), so when the scheme
asked for doesn't take, Reflect sets a light or dark palette of its own, and takes it away
again when the person goes back to their system's colours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}
# Set on the application while it shows one of our palettes (so we only ever take away
# a palette we set, never one an embedder or a screenshot script chose).
_OURS = "reflect_theme_palette"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK = {
    Role.Window: "#2b2d31",
    Role.WindowText: "#e8e6e3",
    Role.Base: "#1e1f22",
    Role.AlternateBase: "#26282c",
    Role.Text: "#e8e6e3",
    Role.Button: "#34373c",
    Role.ButtonText: "#e8e6e3",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d6fb4",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#9a9a9a",
    Role.ToolTipBase: "#34373c",
    Role.ToolTipText: "#e8e6e3",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    Role.WindowText: "#7d7d7d",
    Role.Text: "#7d7d7d",
    Role.ButtonText: "#7d7d7d",
    Role.Base: "#2b2d31",
    Role.HighlightedText: "#c0c0c0",
    Role.Highlight: "#4a4d52",
}
_LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7",
    Role.Text: "#000000",
    Role.Button: "#efefef",
    Role.ButtonText: "#000000",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#308cc6",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#6e6e6e",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#000000",
    Role.Link: "#0b57d0",
    Role.LinkVisited: "#7b1fa2",
}
_LIGHT_DISABLED = {
    Role.WindowText: "#9e9e9e",
    Role.Text: "#9e9e9e",
    Role.ButtonText: "#9e9e9e",
    Role.Base: "#efefef",
    Role.HighlightedText: "#ffffff",
    Role.Highlight: "#919191",
}


def _palette(colours: dict[Role, str], disabled: dict[Role, str]) -> QPalette:
    # QPalette(button, window) works out the bevel shades (light, mid, dark, shadow).
    palette = QPalette(QColor(colours[Role.Button]), QColor(colours[Role.Window]))
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """Reflect's own dark colours, for platforms that don't give one."""
    return _palette(_DARK, _DARK_DISABLED)


def light_palette() -> QPalette:
    """Reflect's own light colours, for platforms that don't give one."""
    return _palette(_LIGHT, _LIGHT_DISABLED)


def apply_theme(app: QApplication, theme: str) -> None:
    """Show ``app`` in ``theme`` ("system", "light" or "dark") at once."""
    wanted = SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    hints.setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or hints.colorScheme() == wanted:
        # The platform follows the request (or the system): its own palette is right.
        if app.property(_OURS):
            app.setProperty(_OURS, False)
            app.setPalette(QPalette())  # back to the platform's palette
        return
    app.setPalette(dark_palette() if wanted == Qt.ColorScheme.Dark else light_palette())
    app.setProperty(_OURS, True)
