"""The windows that look across the journal (moments browser, insights, look back), made
only when first opened.

Insights needs matplotlib, which takes a good part of a second to import: importing it
here, inside ``make_panel``, keeps it off the path of every start and unlock.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reflect.ui.worker import Fetch


class Panel(Protocol):
    """What the main window needs of such a window."""

    def refresh(self) -> None: ...
    def forget_everything(self) -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def isVisible(self) -> bool: ...


def bring_to_front(window: Panel | QWidget) -> None:
    """Raise and activate a window; the off-screen platform (tests, screenshots) has no
    stacking order and warns on ``raise()``, so there it is only activated."""
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def make_panel(
    name: str, fetch: Fetch, parent: QWidget, settings: QSettings | None = None
) -> Panel:
    """The panel called ``name`` ("moments", "insights", "look_back" or "shares"), a window
    of its own; ``settings`` keeps UI preferences (the rehearsal's type size)."""
    if name == "moments":
        from reflect.ui.moments_browser import MomentsBrowser  # noqa: PLC0415

        return MomentsBrowser(fetch, parent)
    if name == "insights":
        from reflect.ui.insights_window import InsightsWindow  # noqa: PLC0415 - see above

        return InsightsWindow(fetch, parent)
    if name == "look_back":
        from reflect.ui.look_back import LookBack  # noqa: PLC0415

        return LookBack(fetch, parent=parent)
    if name == "shares":
        from reflect.ui.share_composer import ShareComposer  # noqa: PLC0415

        return ShareComposer(fetch, parent, settings=settings)
    raise ValueError(f"no panel called {name!r}")
