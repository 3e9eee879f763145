"""Discreet mode, for a shared computer: Reflect's windows say only "Notes".

While it is on, every top-level window and dialog Reflect shows (the main window, the
unlock screen, Moments, Insights, Shares, the rehearsal, every dialog and message) has the
neutral title "Notes" and a plain document icon, and the application's display name, which
desktops add to window titles and show in task switchers, is "Notes" too. Turning it off
puts each window's own title, Reflect's icon and its name back, at once.

It works for the whole application rather than window by window: an event filter on the
``QApplication`` sees every window's title being set and every window being shown, so no
dialog needs to know about discreet mode, including the ones made after it was turned on.
The title a window would have had is kept on the window itself (a dynamic property) so it
can be given back. The one ``DiscreetMode`` of an application is a child of the
``QApplication`` (the state it changes, name and icon, belongs to the application).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.preferences import Preferences

NEUTRAL_TITLE = QT_TRANSLATE_NOOP("DiscreetMode", "Notes")
NEUTRAL_THEME_ICON = "text-x-generic"  # the desktop's own plain-text document, if it has one
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
_OWN_TITLE = "reflect_own_title"  # the dynamic property that keeps a window's real title
# Windows with a title bar; menus, tooltips and pop-ups have none.
_TITLED = frozenset(
    {
        Qt.WindowType.Window,
        Qt.WindowType.Dialog,
        Qt.WindowType.Sheet,
        Qt.WindowType.Drawer,
        Qt.WindowType.Tool,
    }
)
_WATCHED = frozenset({QEvent.Type.WindowTitleChange, QEvent.Type.Show})


def neutral_title() -> str:
    """ "Notes", in the person's language."""
    return QCoreApplication.translate("DiscreetMode", NEUTRAL_TITLE)


def drawn_document_icon() -> QIcon:
    """A plain sheet of paper with a folded corner and a few grey lines: nothing about it
    says journal, recovery or Reflect."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        left, top, right, bottom = 2.5 * unit, 1 * unit, 13.5 * unit, 15 * unit
        fold = 3.5 * unit
        page = QPainterPath(QPointF(left, top))
        page.lineTo(right - fold, top)
        page.lineTo(right, top + fold)
        page.lineTo(right, bottom)
        page.lineTo(left, bottom)
        page.closeSubpath()
        painter.setPen(QPen(QColor("#7a7a7a"), max(1.0, unit * 0.75)))
        painter.setBrush(QColor("#fbfbfb"))
        painter.drawPath(page)
        corner = QPainterPath(QPointF(right - fold, top))
        corner.lineTo(right - fold, top + fold)
        corner.lineTo(right, top + fold)
        painter.setBrush(QColor("#d9d9d9"))
        painter.drawPath(corner)
        painter.setPen(QPen(QColor("#a8a8a8"), max(1.0, unit * 0.6)))
        for line in range(4):
            y = top + (6 + 2.2 * line) * unit
            end = right - (1.8 if line < 3 else 4.5) * unit
            painter.drawLine(QPointF(left + 1.8 * unit, y), QPointF(end, y))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def neutral_icon() -> QIcon:
    """The desktop's own icon for a text document, or a drawn one where it has none."""
    themed = QIcon.fromTheme(NEUTRAL_THEME_ICON)
    return themed if not themed.isNull() else drawn_document_icon()


class DiscreetMode(QObject):
    """Gives every Reflect window a neutral title and icon while on; see the module."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("reflect-discreet-mode")
        self._app = app
        self._on = False
        self.icon = neutral_icon()
        # The application's own name, icon and desktop file, put back when turned off.
        self._own: tuple[str, QIcon, str] | None = None

    @property
    def on(self) -> bool:
        """Whether windows are shown with the neutral title and icon."""
        return self._on

    def set_on(self, on: bool) -> None:
        """Turn discreet mode on or off, for the windows open now and every later one."""
        if on == self._on:
            return
        self._on = on
        app = self._app
        if on:
            self._own = (app.applicationDisplayName(), app.windowIcon(), app.desktopFileName())
            app.setApplicationDisplayName(neutral_title())
            app.setWindowIcon(self.icon)
            # Wayland docks find the name and icon through the desktop file: windows made
            # from now on (the unlock screen after a lock) don't name it.
            app.setDesktopFileName("")
            app.installEventFilter(self)
            for widget in app.topLevelWidgets():
                self._disguise(widget)
            return
        app.removeEventFilter(self)
        if self._own is not None:
            name, icon, desktop_file = self._own
            app.setApplicationDisplayName(name)
            app.setWindowIcon(icon)
            app.setDesktopFileName(desktop_file)
        for widget in app.topLevelWidgets():
            own = widget.property(_OWN_TITLE)
            if isinstance(own, str):
                widget.setProperty(_OWN_TITLE, None)
                widget.setWindowTitle(own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window's title set or a window shown: give it the neutral title."""
        if event.type() in _WATCHED and isinstance(watched, QWidget) and watched.isWindow():
            self._disguise(watched)
        return False  # the event goes on as usual

    def _disguise(self, widget: QWidget) -> None:
        if widget.windowType() not in _TITLED:
            return
        title = neutral_title()
        shown = widget.windowTitle()
        if shown == title:
            return
        widget.setProperty(_OWN_TITLE, shown)
        widget.setWindowTitle(title)  # its own change event finds the title already neutral


def discreet_mode(app: QApplication) -> DiscreetMode:
    """The application's ``DiscreetMode`` (made the first time it is asked for)."""
    found = app.findChild(DiscreetMode, "reflect-discreet-mode")
    return found if isinstance(found, DiscreetMode) else DiscreetMode(app)


def follow_discreet_mode(preferences: Preferences, window: QWidget | None = None) -> None:
    """Apply the "Discreet mode" preference (at start and each time Preferences is saved)
    to every window, not only ``window``."""
    del window
    app = QApplication.instance()
    if isinstance(app, QApplication):
        discreet_mode(app).set_on(preferences.discreet_mode)
