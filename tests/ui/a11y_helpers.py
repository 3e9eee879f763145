"""What the accessibility tests ask of a window: every control has a name that Qt's
accessibility layer (what a screen reader hears) reports, menus say what their actions do,
labels point at controls that exist, and Tab reaches every control."""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

# Kinds of widget a person acts on (or reads with the keyboard), whatever their focus policy.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``, without "&" mnemonics: its own
    accessible name, else what Qt derives (a button's text, a buddy label's text…).

    A combo box is the exception: on Linux Qt reports its current choice as its name (its
    accessible name is not used), and Orca says the label it is *labelled by* — a buddy
    label, which Qt reports as a relation. So a combo box is named by its buddy labels."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox):
        labels = [
            other.text(QAccessible.Text.Name)
            for other, _ in interface.relations(QAccessible.RelationFlag.Label)
            if isinstance(other.object(), QLabel)  # not the group box around it
        ]
        name = labels[0] if labels else ""
    else:
        name = interface.text(QAccessible.Text.Name)
    return name.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def widgets_of(top: QWidget) -> list[QWidget]:
    """``top`` and every widget inside it, hidden ones too (other tab pages, stacked pages),
    but not the popups and dialogs it owns (they are windows of their own)."""
    return [top] + [w for w in top.findChildren(QWidget) if w.window() is top]


def _inside_compound(widget: QWidget) -> bool:
    """Part of a composite control that is named as a whole: a spin box's or combo box's
    editor, a scroll area's bars, a tab bar's scroll arrows (Qt names those itself)."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def is_interactive(widget: QWidget) -> bool:
    """Whether a person acts on ``widget`` with the mouse or keyboard (so it needs a name)."""
    if isinstance(widget, QScrollBar) or _inside_compound(widget):
        return False
    view = widget.parentWidget()
    if widget.objectName() == "qt_tableview_cornerbutton" and isinstance(view, QTableView):
        # Qt shows a table's "select all" corner only between two visible headers.
        return not (view.horizontalHeader().isHidden() or view.verticalHeader().isHidden())
    focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    if isinstance(widget, QHeaderView):
        return focusable  # a header is named by its view unless Tab stops on it
    return focusable or isinstance(widget, CONTROLS)


def describe(widget: QWidget, top: QWidget) -> str:
    """ "ClassName attribute/objectName under parent > … in Window", to find it in the code."""

    def label(w: QWidget) -> str:
        for owner in _ancestors(w):
            for attribute, value in vars(owner).items():
                if value is w:
                    return f"{type(w).__name__} {type(owner).__name__}.{attribute}"
        return type(w).__name__ + (f" {w.objectName()!r}" if w.objectName() else "")

    path = [label(a) for a in list(_ancestors(widget))[:3] if a is not top]
    where = f" under {' > '.join(path)}" if path else ""
    return f"{label(widget)}{where} in {type(top).__name__} {top.windowTitle()!r}"


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def unnamed_controls(top: QWidget) -> list[str]:
    """Every interactive widget of ``top`` a screen reader would announce without a name."""
    return [
        describe(widget, top)
        for widget in widgets_of(top)
        if is_interactive(widget) and not accessible_name(widget)
    ]


def menus_without_alt_key(top: QWidget) -> list[str]:
    """Menus of ``top``'s menu bar that no Alt+letter opens."""
    return [
        f"menu {action.text()!r} has no Alt+letter in {type(top).__name__}"
        for bar in top.findChildren(QMenuBar)
        if bar.window() is top
        for action in bar.actions()
        if mnemonic(action.text()) is None
    ]


def actions_without_text(top: QWidget) -> list[str]:
    """Every action of every menu in ``top`` (menu bar, context and button menus) that
    would be announced without words."""
    missing = []
    for menu in top.findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator():
                continue
            if not action.text().replace("&", "").strip():
                missing.append(f"an action in menu {menu.title()!r} of {type(top).__name__}")
    return missing


def labels_pointing_nowhere(top: QWidget) -> list[str]:
    """Labels with an Alt+letter but no control to take the focus (no buddy, or one that
    was deleted: Qt then forgets it), or one in another window."""
    wrong = []
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None and mnemonic(label.text()) is None:
            continue  # a plain label, not a control's
        if buddy is None or not shiboken6.isValid(buddy) or buddy.window() is not label.window():
            wrong.append(f"label {label.text()!r} in {type(top).__name__}")
    return wrong


def tab_stops(top: QWidget) -> list[QWidget]:
    """The widgets Tab should reach in ``top`` as it is shown now: visible, enabled, taking
    focus from Tab."""
    return [
        w
        for w in widgets_of(top)
        if w is not top
        and w.isVisibleTo(top)
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
        and not _inside_compound(w)
    ]


def walk_with_tab(qtbot: QtBot, top: QWidget, first: QWidget | None = None) -> list[QWidget]:
    """Press Tab from ``first`` (else the first tab stop) until the focus comes back round:
    the widgets that had the focus, in order, each once. Fails if Tab gets stuck (a text
    box that keeps Tab, say) or never comes back round."""
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    stops = tab_stops(top)
    start = first if first is not None else _first_in_chain(top, stops)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _focus_holder(start))
    visited = [_focus_holder(start)]
    for _ in range(4 * len(stops) + 50):
        focused = QApplication.focusWidget()
        assert focused is not None, f"nothing has the focus after {describe(visited[-1], top)}"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is visited[0] and (len(visited) > 1 or len(stops) == 1):
            return visited  # round again (a window of one control comes back to it at once)
        assert now is not None and (now is not focused or _moves_inside(focused)), (
            f"Tab stays in {describe(focused, top)}"
        )
        if now is not None and now is not visited[-1]:
            visited.append(now)
    raise AssertionError(f"Tab never came back round to {describe(visited[0], top)}")


def _moves_inside(widget: QWidget) -> bool:
    """Tab moves between the cells of a table (Qt's tab key navigation) or the parts of a
    date (day, month, year) before it leaves."""
    if isinstance(widget, QDateTimeEdit):
        return True
    return isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()


def _focus_holder(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


def _first_in_chain(top: QWidget, stops: list[QWidget]) -> QWidget:
    wanted = {id(w) for w in stops}
    widget: QWidget | None = top.nextInFocusChain()
    while widget is not None and widget is not top:
        if id(widget) in wanted:
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError(f"nothing in {type(top).__name__} takes the focus from Tab")


def unreachable_by_tab(qtbot: QtBot, top: QWidget) -> list[str]:
    """Tab stops of ``top`` that pressing Tab round the window never reaches."""
    reached = {id(w) for w in walk_with_tab(qtbot, top)}
    return [describe(w, top) for w in tab_stops(top) if id(w) not in reached]


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in ``text`` (lower case), if it has one."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def mnemonic_clashes(top: QWidget) -> list[str]:
    """Alt+letter keys that two things in ``top`` answer to at once: the menu bar's menus,
    labels (for their buddies), buttons, group boxes and tabs shown now; and, inside each
    menu, two actions with the same underlined letter."""
    owners: dict[str, list[str]] = {}

    def note(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            owners.setdefault(letter, []).append(f"{what} {text!r}")

    for bar in top.findChildren(QMenuBar):
        if bar.window() is top:
            for action in bar.actions():
                note(action.text(), "menu")
    for widget in widgets_of(top):
        if widget is top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            note(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox):
            note(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                note(widget.tabText(index), "tab")
    clashes = [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in owners.items() if len(v) > 1]
    return [f"{clash} in {type(top).__name__}" for clash in clashes + _clashes_in_menus(top)]


def _clashes_in_menus(top: QWidget) -> list[str]:
    clashes = []
    for menu in top.findChildren(QMenu):
        owner = menu.parentWidget()
        if owner is not None and owner.objectName().startswith("qt_"):
            continue  # the menu bar's "more" menu: the menus again
        in_menu: dict[str, list[str]] = {}
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter is not None and action.isVisible():
                in_menu.setdefault(letter, []).append(action.text())
        clashes += [
            f"{k.upper()} in menu {menu.title()!r}: {', '.join(v)}"
            for k, v in in_menu.items()
            if len(v) > 1
        ]
    return clashes
