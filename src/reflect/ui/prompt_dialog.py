"""``PromptDialog``: choosing a reflection prompt to start a new entry from.

The library's prompts are grouped by theme, the person's own under "My prompts"; a theme
filter narrows the list, and the chosen prompt is shown in full below it. People can add
prompts of their own (kept inside the encrypted journal) and remove them again. Every
journal read and write goes through the ``JournalWorker``.

One dialog per use: closing it forgets the person's own prompts, so make a new one each time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import check_prompt_text
from reflect.core.errors import InvalidInput, JournalError
from reflect.core.journal import Journal
from reflect.core.prompts import Prompt
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import error_text
from reflect.ui.prompt_model import (
    PromptRole,
    PromptTreeModel,
    ThemeFilter,
    prompt_text,
    theme_names,
)
from reflect.ui.worker import JournalWorker

# Shown translated, under the context "PromptDialog".
WINDOW_TITLE = QT_TRANSLATE_NOOP("PromptDialog", "New Entry from Prompt")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("PromptDialog", "Choose a prompt from the list to see it here.")


def _plain_label(accessible_name: str) -> QLabel:
    """A word-wrapped label that shows text as typed (never as rich text)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    return label


class PromptDialog(QDialog):
    """Lets the person choose a prompt, and keep or remove prompts of their own."""

    prompt_chosen = Signal(object)  # the Prompt, when the person starts writing from it

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._names = theme_names()
        self._chosen: Prompt | None = None
        self._finished = False
        self._generation = 0  # results that arrive after the dialog closed are dropped
        self.setWindowTitle(QCoreApplication.translate("PromptDialog", WINDOW_TITLE))
        self.resize(640, 600)

        self.theme_filter = self._build_theme_filter()
        self.model = PromptTreeModel(self)
        self.proxy = ThemeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = self._build_tree()
        self.add_button = QPushButton(
            QCoreApplication.translate("PromptDialog", "&Add My Own Prompt…")
        )
        self.add_button.setAccessibleName(
            QCoreApplication.translate("PromptDialog", "Add my own prompt")
        )
        self.remove_button = QPushButton(QCoreApplication.translate("PromptDialog", "&Remove"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("PromptDialog", "Remove my prompt")
        )
        self.remove_button.setAccessibleDescription(
            QCoreApplication.translate("PromptDialog", "Removes one of your own prompts.")
        )
        self.remove_button.setEnabled(False)
        self.add_panel = self._build_add_panel()
        self.add_panel.hide()
        self.preview = _plain_label(QCoreApplication.translate("PromptDialog", "Prompt preview"))
        self.preview.setText(QCoreApplication.translate("PromptDialog", NOTHING_CHOSEN))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_theme = _plain_label(
            QCoreApplication.translate("PromptDialog", "Prompt theme")
        )
        self.message = _plain_label(QCoreApplication.translate("PromptDialog", "Prompt message"))
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            QCoreApplication.translate("PromptDialog", "&Start Writing"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.start_button.setAccessibleName(
            QCoreApplication.translate("PromptDialog", "Start writing")
        )
        self.start_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("PromptDialog", "Cancel"))
        self._lay_out()
        self.start_button.setDefault(True)  # once inside the dialog, else Qt picks another

        self.theme_filter.currentIndexChanged.connect(self._on_theme_filter_changed)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.never_mind_button.clicked.connect(self._close_add_panel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._call(Journal.user_prompts, self._show_own_prompts, self._on_load_failed)

    def _build_theme_filter(self) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(QCoreApplication.translate("PromptDialog", "Theme filter"))
        combo.addItem(QCoreApplication.translate("PromptDialog", "All themes"), None)
        for key, name in self._names.items():
            combo.addItem(name, key)
        return combo

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.proxy)
        tree.setAccessibleName(QCoreApplication.translate("PromptDialog", "Prompts"))
        tree.setHeaderHidden(True)
        # Prompts are sentences: wrap them to the width instead of scrolling sideways.
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.expandAll()
        return tree

    def _lay_out(self) -> None:
        filter_label = QLabel(QCoreApplication.translate("PromptDialog", "Sh&ow:"))
        filter_label.setBuddy(self.theme_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.theme_filter, 1)
        own_row = QHBoxLayout()
        own_row.addWidget(self.add_button)
        own_row.addWidget(self.remove_button)
        own_row.addStretch(1)
        preview_frame = QFrame()
        preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        preview_layout = QVBoxLayout(preview_frame)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.preview_theme)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(own_row)
        layout.addWidget(self.add_panel)
        layout.addWidget(preview_frame)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _build_add_panel(self) -> QGroupBox:
        panel = QGroupBox(QCoreApplication.translate("PromptDialog", "Your own prompt"))
        self.add_text = QLineEdit()
        self.add_text.setAccessibleName(QCoreApplication.translate("PromptDialog", "My prompt"))
        self.add_text.setPlaceholderText(
            QCoreApplication.translate(
                "PromptDialog", "For example: What is one thing I'm looking forward to?"
            )
        )
        self.add_theme = QComboBox()
        self.add_theme.setAccessibleName(
            QCoreApplication.translate("PromptDialog", "Theme for my prompt")
        )
        for key, name in self._names.items():
            self.add_theme.addItem(name, key)
        self.add_problem = _plain_label(
            QCoreApplication.translate("PromptDialog", "Prompt problem")
        )
        self.add_problem.hide()
        self.save_button = QPushButton(QCoreApplication.translate("PromptDialog", "Sa&ve Prompt"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("PromptDialog", "Save my prompt")
        )
        self.never_mind_button = QPushButton(
            QCoreApplication.translate("PromptDialog", "&Never Mind")
        )
        self.never_mind_button.setAccessibleName(
            QCoreApplication.translate("PromptDialog", "Never mind, don't add a prompt")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.never_mind_button)
        form = QFormLayout(panel)
        form.addRow(QCoreApplication.translate("PromptDialog", "&Prompt:"), self.add_text)
        form.addRow(QCoreApplication.translate("PromptDialog", "&Theme:"), self.add_theme)
        form.addRow(self.add_problem)
        form.addRow(buttons)
        return panel

    # --- public --------------------------------------------------------------------------

    def chosen_prompt(self) -> Prompt | None:
        """The prompt chosen in the list (after Start Writing: the one to write from)."""
        return self._chosen

    def accept(self) -> None:
        """Start writing from the chosen prompt (only ever with one chosen)."""
        if self._finished or self._chosen is None:
            return
        self.prompt_chosen.emit(self._chosen)
        super().accept()

    def done(self, result: int) -> None:
        """Close, and forget the person's own prompts (they are journal content)."""
        self._finished = True
        self._generation += 1
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self._chosen = None
        self.model.set_own_prompts([])
        self.add_text.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape while adding a prompt closes only the adding panel, not the dialog."""
        if event.key() == Qt.Key.Key_Escape and self.add_panel.isVisible():
            self._close_add_panel()
            return
        super().keyPressEvent(event)

    # --- slots ---------------------------------------------------------------------------

    def _on_theme_filter_changed(self) -> None:
        self.proxy.set_theme(self.theme_filter.currentData())
        self.tree.expandAll()
        self._on_tree_selection_changed()

    def _on_tree_selection_changed(
        self, _: QItemSelection | None = None, __: QItemSelection | None = None
    ) -> None:
        if self._finished:
            return
        rows = self.tree.selectionModel().selectedRows()
        prompt = rows[0].data(PromptRole) if rows else None
        self._chosen = prompt if isinstance(prompt, Prompt) else None
        self.start_button.setEnabled(self._chosen is not None)
        self.remove_button.setEnabled(self._chosen is not None and self._chosen.id is not None)
        if self._chosen is None:
            self.preview.setText(QCoreApplication.translate("PromptDialog", NOTHING_CHOSEN))
            self.preview_theme.clear()
            return
        self.preview.setText(prompt_text(self._chosen))
        theme = self._names.get(self._chosen.theme, self._chosen.theme)
        if self._chosen.id is not None:
            said = QCoreApplication.translate(
                "PromptDialog", "Theme: {theme} · one of your own prompts"
            )
        else:
            said = QCoreApplication.translate("PromptDialog", "Theme: {theme}")
        self.preview_theme.setText(said.format(theme=theme))

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        if isinstance(index.data(PromptRole), Prompt):
            self.accept()

    def _on_add_button_clicked(self) -> None:
        theme = self._chosen.theme if self._chosen is not None else self.proxy.theme()
        if theme is not None:
            self.add_theme.setCurrentIndex(self.add_theme.findData(theme))
        self._show_add_problem(None)
        self.add_panel.show()
        self.save_button.setDefault(True)  # Enter in the text field saves, not starts writing
        self.add_text.setFocus()

    def _on_save_button_clicked(self) -> None:
        try:
            text = check_prompt_text(self.add_text.text())
        except InvalidInput as error:
            self._show_add_problem(error_text(error))  # what was typed stays, to be fixed
            self.add_text.setFocus()
            return
        theme = self.add_theme.currentData()
        self.save_button.setEnabled(False)
        self._show_add_problem(None)

        def add(journal: Journal) -> tuple[int | None, list[Prompt]]:
            return journal.add_prompt(theme, text).created, journal.user_prompts()

        self._call(add, self._on_worker_prompt_added, self._on_add_failed)

    def _on_remove_button_clicked(self) -> None:
        prompt = self._chosen
        if prompt is None or prompt.id is None:
            return
        prompt_id = prompt.id
        self.remove_button.setEnabled(False)

        def remove(journal: Journal) -> list[Prompt]:
            journal.remove_prompt(prompt_id)
            return journal.user_prompts()

        self._call(remove, self._on_worker_prompt_removed, self._on_remove_failed)

    # --- worker results ------------------------------------------------------------------

    def _show_own_prompts(self, prompts: list[Prompt]) -> None:
        chosen = self._chosen
        self.model.set_own_prompts(prompts)
        self.tree.expand(self.proxy.mapFromSource(self.model.my_prompts_index()))
        if chosen is not None and self._select(chosen):
            return
        self._on_tree_selection_changed()

    def _on_load_failed(self, error: JournalError) -> None:
        said = QCoreApplication.translate(
            "PromptDialog", "Your own prompts couldn't be shown just now. {reason}"
        )
        self._show_message(said.format(reason=error_text(error)))

    def _on_worker_prompt_added(self, result: tuple[int | None, list[Prompt]]) -> None:
        new_id, prompts = result
        self.save_button.setEnabled(True)
        self.add_text.clear()
        self._close_add_panel()
        self._show_own_prompts(prompts)
        added = next((p for p in prompts if p.id == new_id), None)
        if added is not None:
            if not self._select(added):  # hidden by the theme filter: show every theme
                self.theme_filter.setCurrentIndex(0)
                self._select(added)
            self.tree.setFocus()
        self._show_message(
            QCoreApplication.translate(
                "PromptDialog", "Your prompt is saved in your journal, under My prompts."
            )
        )

    def _on_add_failed(self, error: JournalError) -> None:
        self.save_button.setEnabled(True)
        self._show_add_problem(error_text(error))

    def _on_worker_prompt_removed(self, prompts: list[Prompt]) -> None:
        self._show_own_prompts(prompts)
        self._show_message(QCoreApplication.translate("PromptDialog", "Your prompt was removed."))

    def _on_remove_failed(self, error: JournalError) -> None:
        self._on_tree_selection_changed()
        said = QCoreApplication.translate(
            "PromptDialog", "That prompt couldn't be removed just now. {reason}"
        )
        self._show_message(said.format(reason=error_text(error)))

    # --- helpers -------------------------------------------------------------------------

    def _call(
        self,
        work: Callable[[Journal], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[JournalError], None],
    ) -> None:
        """Run ``work`` on the worker; its result is dropped if the dialog has closed."""
        generation = self._generation

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def deliver(result: Any) -> None:
            if current():
                on_done(result)

        def fail(error: JournalError) -> None:
            if current():
                on_error(error)

        self._worker.submit(work, deliver, fail)

    def _select(self, prompt: Prompt) -> bool:
        """Select ``prompt`` in the tree; ``False`` if the filter hides it."""
        index = self.proxy.mapFromSource(self.model.index_of(prompt))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _close_add_panel(self) -> None:
        self.add_panel.hide()
        self._show_add_problem(None)
        self.start_button.setDefault(True)
        self.add_button.setFocus()

    def _show_add_problem(self, problem: str | None) -> None:
        # Said in words next to the field, never by colour alone.
        self.add_problem.setText(problem or "")
        self.add_problem.setVisible(problem is not None)
        self.add_text.setAccessibleDescription(problem or "")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
