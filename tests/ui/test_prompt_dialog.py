"""Choosing a prompt to write from, and keeping or removing prompts of one's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reflect.core.journal import Journal
from reflect.core.prompts import Prompt, library
from reflect.ui.prompt_dialog import NOTHING_CHOSEN, WINDOW_TITLE, PromptDialog
from reflect.ui.prompt_model import MY_PROMPTS, PromptRole, PromptTreeModel, ThemeFilter
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE

FIRST_HOPE = library()[0].prompts[0]


def on_worker(qtbot: QtBot, worker: JournalWorker, call: Any) -> Any:
    """Run ``call(journal)`` on the worker and wait for its result."""
    results: list[Any] = []
    worker.submit(call, results.append)
    qtbot.waitUntil(lambda: bool(results))
    return results[0]


def open_dialog(qtbot: QtBot, worker: JournalWorker) -> PromptDialog:
    """The dialog, shown, once the person's own prompts have arrived."""
    dialog = PromptDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not worker.busy)
    return dialog


def view_index(dialog: PromptDialog, prompt: Prompt) -> QModelIndex:
    return dialog.proxy.mapFromSource(dialog.model.index_of(prompt))


def click(qtbot: QtBot, dialog: PromptDialog, index: QModelIndex, *, double: bool = False) -> None:
    assert index.isValid()
    dialog.tree.scrollTo(index)
    where = dialog.tree.visualRect(index).center()
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:
        qtbot.mouseDClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def own_prompts_shown(dialog: PromptDialog) -> list[Prompt]:
    group = dialog.model.my_prompts_index()
    rows = range(dialog.model.rowCount(group))
    return [dialog.model.index(row, 0, group).data(PromptRole) for row in rows]


def test_choosing_a_library_prompt_and_starting_to_write(
    qtbot: QtBot, worker: JournalWorker
) -> None:
    dialog = open_dialog(qtbot, worker)
    assert dialog.windowTitle() == WINDOW_TITLE
    assert dialog.tree.accessibleName() == "Prompts"
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is dialog
    ]
    assert focusable and all(w.accessibleName() for w in focusable), [
        type(w).__name__ for w in focusable if not w.accessibleName()
    ]
    assert dialog.start_button.text() == "&Start Writing"
    assert not dialog.start_button.isEnabled()
    assert dialog.preview.text() == NOTHING_CHOSEN

    click(qtbot, dialog, dialog.proxy.index(0, 0))  # a theme heading is not a prompt
    assert dialog.chosen_prompt() is None and not dialog.start_button.isEnabled()

    click(qtbot, dialog, view_index(dialog, FIRST_HOPE))
    assert dialog.chosen_prompt() == FIRST_HOPE
    assert dialog.preview.text() == FIRST_HOPE.text
    assert dialog.preview_theme.text() == "Theme: Hope"
    assert dialog.start_button.isEnabled()
    assert not dialog.remove_button.isEnabled()  # the library's prompts stay

    with qtbot.waitSignal(dialog.prompt_chosen) as chosen, qtbot.waitSignal(dialog.accepted):
        dialog.start_button.click()
    assert chosen.args == [FIRST_HOPE]
    assert dialog.chosen_prompt() == FIRST_HOPE


def test_double_click_or_enter_starts_writing(qtbot: QtBot, worker: JournalWorker) -> None:
    trust = next(theme for theme in library() if theme.key == "trust").prompts[1]
    dialog = open_dialog(qtbot, worker)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, view_index(dialog, trust), double=True)
    assert dialog.chosen_prompt() == trust

    again = open_dialog(qtbot, worker)
    click(qtbot, again, view_index(again, FIRST_HOPE))
    with qtbot.waitSignal(again.accepted):
        qtbot.keyClick(again.tree, Qt.Key.Key_Return)
    assert again.chosen_prompt() == FIRST_HOPE


def test_the_theme_filter_narrows_the_list(qtbot: QtBot, worker: JournalWorker) -> None:
    dialog = open_dialog(qtbot, worker)
    assert dialog.proxy.rowCount() == len(library()) + 1  # every theme, then My prompts
    click(qtbot, dialog, view_index(dialog, FIRST_HOPE))
    dialog.theme_filter.setCurrentIndex(dialog.theme_filter.findData("trust"))
    assert [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())] == ["Trust"]
    # The chosen prompt went out of sight, so nothing is chosen any more.
    assert dialog.chosen_prompt() is None and not dialog.start_button.isEnabled()
    dialog.theme_filter.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == len(library()) + 1


def test_adding_a_prompt_of_ones_own(
    qtbot: QtBot, worker: JournalWorker, journal_folder: Path
) -> None:
    dialog = open_dialog(qtbot, worker)
    assert own_prompts_shown(dialog) == []
    click(qtbot, dialog, view_index(dialog, FIRST_HOPE))
    dialog.add_button.click()
    assert dialog.add_panel.isVisible()
    assert dialog.add_theme.currentData() == "hope"  # the theme of the prompt in view
    dialog.add_theme.setCurrentIndex(dialog.add_theme.findData("gratitude"))
    qtbot.keyClicks(dialog.add_text, "  What am I  looking forward to? ")
    qtbot.keyClick(dialog.add_text, Qt.Key.Key_Return)  # saves; doesn't start writing

    added = Prompt("gratitude", "What am I looking forward to?", id=1)
    qtbot.waitUntil(lambda: own_prompts_shown(dialog) == [added])
    assert dialog.isVisible() and dialog.result() == 0
    assert not dialog.add_panel.isVisible()
    assert dialog.chosen_prompt() == added  # ready to write from
    assert dialog.preview_theme.text() == "Theme: Gratitude · one of your own prompts"
    assert dialog.message.text() == "Your prompt is saved in your journal, under My prompts."
    assert dialog.remove_button.isEnabled()

    # Filtering by its theme shows it under My prompts; another theme hides it.
    dialog.theme_filter.setCurrentIndex(dialog.theme_filter.findData("gratitude"))
    names = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert names == ["Gratitude", MY_PROMPTS]
    dialog.theme_filter.setCurrentIndex(dialog.theme_filter.findData("hope"))
    assert dialog.proxy.rowCount() == 1

    worker.shutdown()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert journal.user_prompts() == [added]


def test_a_new_prompt_hidden_by_the_filter_brings_every_theme_back(
    qtbot: QtBot, worker: JournalWorker
) -> None:
    dialog = open_dialog(qtbot, worker)
    dialog.theme_filter.setCurrentIndex(dialog.theme_filter.findData("trust"))
    dialog.add_button.click()
    assert dialog.add_theme.currentData() == "trust"
    dialog.add_theme.setCurrentIndex(dialog.add_theme.findData("self_care"))
    qtbot.keyClicks(dialog.add_text, "What would rest look like tonight?")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(own_prompts_shown(dialog)) == 1)
    assert dialog.theme_filter.currentData() is None
    assert dialog.chosen_prompt() == own_prompts_shown(dialog)[0]


def test_an_empty_or_overlong_prompt_is_refused_gently_and_kept(
    qtbot: QtBot, worker: JournalWorker
) -> None:
    dialog = open_dialog(qtbot, worker)
    dialog.add_button.click()
    qtbot.keyClicks(dialog.add_text, "   ")
    dialog.save_button.click()
    assert dialog.add_problem.isVisible()
    assert dialog.add_problem.text() == "A prompt needs a few words."
    assert dialog.add_text.accessibleDescription() == "A prompt needs a few words."
    assert dialog.add_text.text() == "   "
    assert dialog.add_panel.isVisible() and dialog.isVisible()

    long_text = "word " * 70
    dialog.add_text.setText(long_text)
    dialog.save_button.click()
    assert dialog.add_problem.text() == "A prompt can be at most 300 characters long."
    assert dialog.add_text.text() == long_text  # kept, to be shortened
    assert not worker.busy  # nothing was sent to the journal
    assert on_worker(qtbot, worker, Journal.user_prompts) == []
    assert own_prompts_shown(dialog) == []

    qtbot.keyClick(dialog.add_text, Qt.Key.Key_Escape)  # closes the panel, not the dialog
    assert not dialog.add_panel.isVisible() and dialog.isVisible()


def test_removing_a_prompt_of_ones_own(qtbot: QtBot, worker: JournalWorker) -> None:
    on_worker(qtbot, worker, lambda journal: journal.add_prompt("hope", "Where did I laugh?"))
    on_worker(qtbot, worker, lambda journal: journal.add_prompt("trust", "Who listened?"))
    dialog = open_dialog(qtbot, worker)
    laugh, listened = own_prompts_shown(dialog)
    assert laugh.text == "Where did I laugh?" and laugh.id is not None

    click(qtbot, dialog, view_index(dialog, laugh))
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: own_prompts_shown(dialog) == [listened])
    assert dialog.message.text() == "Your prompt was removed."
    assert dialog.chosen_prompt() is None and not dialog.remove_button.isEnabled()
    assert on_worker(qtbot, worker, Journal.user_prompts) == [listened]


def test_closing_forgets_own_prompts_even_those_still_on_their_way(
    qtbot: QtBot, worker: JournalWorker
) -> None:
    on_worker(qtbot, worker, lambda journal: journal.add_prompt("hope", "A private question"))
    shown = open_dialog(qtbot, worker)
    assert len(own_prompts_shown(shown)) == 1
    shown.reject()
    assert own_prompts_shown(shown) == [] and shown.chosen_prompt() is None

    closed_early = PromptDialog(worker)
    qtbot.addWidget(closed_early)
    closed_early.reject()  # before the journal answered
    qtbot.waitUntil(lambda: not worker.busy)
    assert own_prompts_shown(closed_early) == []


def test_the_prompt_model_is_a_sound_qt_model(qtmodeltester: ModelTester) -> None:
    model = PromptTreeModel()
    qtmodeltester.check(model)
    model.set_own_prompts([Prompt("hope", "mine", id=1), Prompt("trust", "also mine", id=2)])
    qtmodeltester.check(model)
    assert model.index_of(Prompt("trust", "also mine", id=2)).parent() == model.my_prompts_index()
    assert not model.index_of(Prompt("trust", "not shown", id=3)).isValid()
    proxy = ThemeFilter()
    proxy.setSourceModel(model)
    proxy.set_theme("trust")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2  # Trust, and My prompts for "also mine"
    model.set_own_prompts([])
    assert proxy.rowCount() == 1
