"""How the share composer is laid out: the widgets, where they sit, and its menus.

Kept apart from ``share_composer`` (what the window does) so each stays small. Left, the
shares; middle, the chosen share's parts with the buttons that arrange them; right, tabs
for the chosen part's words, privacy, the preview and print settings; below, the
read-aloud time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.actions import menu_title
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.print_options import PrintOptions
from reflect.ui.reading_time_bar import ReadingTimeBar
from reflect.ui.redaction_panel import RedactionPanel
from reflect.ui.share_composer_actions import (
    ACTIONS,
    PART_ACTIONS,
    STRUCTURE_HEADINGS,
    build_share_actions,
    structure_heading,
)
from reflect.ui.share_item_delegate import ShareItemDelegate
from reflect.ui.share_item_editor import ShareItemEditor
from reflect.ui.share_items_model import ShareItemsModel
from reflect.ui.share_list_pane import ShareListPane
from reflect.ui.share_preview import SharePreview

# English source texts, shown with QCoreApplication.translate("share_composer_layout", TEXT).
NO_SHARES = QT_TRANSLATE_NOOP(
    "share_composer_layout",
    "You haven't made a share yet.\n\nA share gathers a few passages from your journal, "
    "with your own words between them, to read aloud in your group. Choose New Share… to "
    "start, or select some words in an entry and choose Add to Share….",
)
EMPTY_SHARE = QT_TRANSLATE_NOOP(
    "share_composer_layout",
    "This share is empty for now.\n\nIn your journal, select some words and choose Add to "
    "Share…, or gather moments in Browse Moments. You can also add your own words here.",
)
NO_SHARE_CHOSEN = QT_TRANSLATE_NOOP(
    "share_composer_layout", "Choose a share on the left to see its parts."
)
STRUCTURE_TIP = QT_TRANSLATE_NOOP(
    "share_composer_layout",
    "If it helps, start from a simple shape. Each heading is your own words, "
    "to keep, change or remove.",
)
ALL_THREE = QT_TRANSLATE_NOOP("share_composer_layout", "All Three, in Order")
ORDER_HINT = QT_TRANSLATE_NOOP(
    "share_composer_layout",
    "In the order you'll read them. Drag a part, or use Alt+↑ and Alt+↓, to move it.",
)


def _message(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    return label


class ComposerLayout:
    """The composer's widgets, made by ``build``; see the module docstring."""

    actions_by_key: dict[str, QAction]
    shares: ShareListPane
    model: ShareItemsModel
    items: QListView
    editor: ShareItemEditor
    redaction: RedactionPanel
    preview: SharePreview
    print_options: PrintOptions
    reading: ReadingTimeBar
    tabs: QTabWidget
    share_name: QLabel
    order_hint: QLabel
    empty: QLabel
    structure_menu: QMenu
    structure_button: QToolButton
    structure_actions: dict[str, QAction]
    _parts: QStackedWidget
    _print_timer: QTimer

    def build(self, window: QMainWindow) -> None:
        self.actions_by_key = build_share_actions(window)
        self.shares = ShareListPane()
        self.model = ShareItemsModel()
        self.items = self._make_items_view()
        self.editor = ShareItemEditor()
        self.redaction = RedactionPanel()
        self.preview = SharePreview()
        self.print_options = PrintOptions()
        self.reading = ReadingTimeBar()
        self.share_name = QLabel()
        self.share_name.setAccessibleName(QCoreApplication.translate("ComposerLayout", "Share"))
        self.share_name.setTextFormat(Qt.TextFormat.PlainText)
        bigger = QFont(self.share_name.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        bigger.setWeight(QFont.Weight.DemiBold)
        self.share_name.setFont(bigger)
        self.order_hint = QLabel(QCoreApplication.translate("share_composer_layout", ORDER_HINT))
        self.order_hint.setAccessibleName(
            QCoreApplication.translate("ComposerLayout", "How to arrange the parts")
        )
        self.order_hint.setWordWrap(True)
        self.empty = _message(
            QCoreApplication.translate("share_composer_layout", NO_SHARES),
            QCoreApplication.translate("ComposerLayout", "About this share"),
        )
        self._parts = QStackedWidget()
        self._parts.addWidget(self.items)
        self._parts.addWidget(self.empty)
        self._print_timer = QTimer(window)
        self._print_timer.setSingleShot(True)
        self._print_timer.setInterval(400)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(
            QCoreApplication.translate("ComposerLayout", "The chosen part and the share's details")
        )
        self.tabs.tabBar().setAccessibleName(
            QCoreApplication.translate(
                "ComposerLayout", "Words, privacy, preview and print settings"
            )
        )
        for page, title in (
            (self.editor, QCoreApplication.translate("ComposerLayout", "&Words")),
            (self.redaction, QCoreApplication.translate("ComposerLayout", "Pri&vacy")),
            (self.preview, QCoreApplication.translate("ComposerLayout", "P&review")),
            (
                self._top_aligned(self.print_options),
                QCoreApplication.translate("ComposerLayout", "Print Settin&gs"),
            ),
        ):
            self.tabs.addTab(self._padded(page), title)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._padded(self.shares))
        splitter.addWidget(self._padded(self._make_middle()))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([230, 400, 650])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._padded(self.reading))
        window.setCentralWidget(central)
        self._make_menus(window)

    def _make_items_view(self) -> QListView:
        view = QListView()
        view.setModel(self.model)
        view.setItemDelegate(ShareItemDelegate(view))
        view.setAccessibleName(QCoreApplication.translate("ComposerLayout", "Parts of this share"))
        view.setAccessibleDescription(
            QCoreApplication.translate(
                "ComposerLayout",
                "In the order you'll read them. Alt+Up and Alt+Down move the chosen part; "
                "you can also drag parts into place.",
            )
        )
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setUniformItemSizes(True)  # every row is a heading and two lines
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSpacing(2)
        return view

    def _make_middle(self) -> QWidget:
        self.structure_button = structure = QToolButton()
        tip = QCoreApplication.translate("share_composer_layout", STRUCTURE_TIP)
        helper = QCoreApplication.translate("ComposerLayout", "Structure Helper")
        structure.setText(helper)
        structure.setAccessibleName(helper)
        structure.setToolTip(tip)
        structure.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        structure.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.structure_menu = QMenu(
            QCoreApplication.translate("ComposerLayout", "S&tructure Helper")
        )
        self.structure_menu.setToolTipsVisible(True)
        self.structure_actions = {}
        for words in (*STRUCTURE_HEADINGS, ALL_THREE):  # the English words are the keys
            if words == ALL_THREE:
                self.structure_menu.addSeparator()
                shown = QCoreApplication.translate("share_composer_layout", ALL_THREE)
            else:
                shown = structure_heading(words)
            action = self.structure_menu.addAction(shown)
            action.setToolTip(tip)
            self.structure_actions[words] = action
        structure.setMenu(self.structure_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(
            self._button(
                "add_words", QCoreApplication.translate("ComposerLayout", "Add Your Own Words")
            )
        )
        buttons.addWidget(structure)
        buttons.addStretch(1)
        moves = QHBoxLayout()
        for key, text in (
            ("move_up", QCoreApplication.translate("ComposerLayout", "Move Up")),
            ("move_down", QCoreApplication.translate("ComposerLayout", "Move Down")),
            ("remove_item", QCoreApplication.translate("ComposerLayout", "Remove from Share")),
        ):
            moves.addWidget(self._button(key, text))
        moves.addStretch(1)
        middle = QWidget()
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.share_name)
        layout.addWidget(self.order_hint)
        layout.addWidget(self._parts, 1)
        layout.addLayout(buttons)
        layout.addLayout(moves)
        return middle

    def _button(self, key: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(self.actions_by_key[key])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setText(text)
        button.setAccessibleName(text)
        return button

    def _make_menus(self, window: QMainWindow) -> None:
        menus: dict[str, QMenu] = {}
        for spec in ACTIONS:
            menu = menus.get(spec.menu)
            if menu is None:
                menu = menus[spec.menu] = window.menuBar().addMenu(menu_title(spec.menu))
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self.actions_by_key[spec.key])
            if spec.key == "add_words":
                menu.addMenu(self.structure_menu)
        toolbar = QToolBar(QCoreApplication.translate("ComposerLayout", "Share"))
        toolbar.setObjectName("share_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for spec in ACTIONS:
            if spec.toolbar:
                if spec.separator_before and toolbar.actions():
                    toolbar.addSeparator()
                toolbar.addAction(self.actions_by_key[spec.key])
        window.addToolBar(toolbar)
        for key in PART_ACTIONS:
            action = self.actions_by_key[key]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.items.addAction(action)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(widget)
        return holder

    @staticmethod
    def _top_aligned(widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        layout.addStretch(1)
        return holder
