"""The Preferences dialog: shows what is stored, saves every option on OK (nothing on
Cancel), Restore Defaults, the editor font's "follow the system", and keyboard use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from reflect.ui.preferences import (
    AUTO_LOCK_MINUTES,
    BACKUP_COUNT,
    EDITOR_FONT_SIZE,
    PDF_FONT_SIZE,
    THEME,
    WORDS_PER_MINUTE,
    Preferences,
    page_size_for,
    read_preferences,
)
from reflect.ui.preferences_dialog import PreferencesDialog
from tests.ui.a11y_helpers import unnamed_controls, walk_with_tab
from tests.ui.test_preferences import CHOSEN, ini, write_all

DEFAULTS = Preferences(
    auto_lock_minutes=5,
    discreet_mode=False,
    backup_count=7,
    editor_font_family="",
    editor_font_size=0,
    theme="system",
    words_per_minute=130,
    pdf_font_size=18,
    pdf_page_size=page_size_for(QLocale()),
)


def other_family() -> str:
    """An installed font family that is not the system's."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    shown = QFont(system).defaultFamily()
    families = [f for f in QFontDatabase.families() if f not in {system, shown}]
    return "DejaVu Serif" if "DejaVu Serif" in families else families[0]


def open_dialog(qtbot: QtBot, settings: QSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def shown_values(dialog: PreferencesDialog) -> tuple[object, ...]:
    return (
        dialog.auto_lock.value(),
        dialog.discreet_mode.isChecked(),
        dialog.backup_count.value(),
        dialog.theme.currentData(),
        dialog.words_per_minute.value(),
        dialog.pdf_font_size.value(),
        dialog.pdf_page_size.currentData(),
    )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return ini(tmp_path)


def test_the_dialog_shows_what_is_stored(qtbot: QtBot, settings: QSettings) -> None:
    write_all(settings, CHOSEN)
    dialog = open_dialog(qtbot, settings)
    assert shown_values(dialog) == (30, True, 14, "dark", 110, 24, "Letter")
    assert dialog.editor_font.currentFont().family() == "DejaVu Serif"
    assert dialog.editor_font_size.value() == 16
    assert dialog.use_system_font.isEnabled()
    assert dialog.windowTitle() == "Preferences"


def test_every_option_is_saved_on_ok(qtbot: QtBot, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    family = other_family()
    dialog.auto_lock.setValue(45)
    dialog.discreet_mode.setFocus()
    qtbot.keyClick(dialog.discreet_mode, Qt.Key.Key_Space)
    dialog.backup_count.setValue(30)
    dialog.editor_font.setCurrentFont(QFont(family))
    dialog.editor_font_size.setValue(15)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.words_per_minute.setValue(160)
    dialog.pdf_font_size.setValue(28)
    dialog.pdf_page_size.setCurrentIndex(dialog.pdf_page_size.findData("Letter"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert read_preferences(ini(Path(settings.fileName()).parent)) == Preferences(
        auto_lock_minutes=45,
        discreet_mode=True,
        backup_count=30,
        editor_font_family=family,
        editor_font_size=15,
        theme="light",
        words_per_minute=160,
        pdf_font_size=28,
        pdf_page_size="Letter",
    )


def test_cancel_keeps_what_was_stored(qtbot: QtBot, settings: QSettings) -> None:
    write_all(settings, CHOSEN)
    dialog = open_dialog(qtbot, settings)
    dialog.auto_lock.setValue(6)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.use_system_font.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == PreferencesDialog.DialogCode.Rejected
    assert read_preferences(settings) == CHOSEN


def test_ok_without_changes_keeps_following_the_system_font(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, settings)
    system = QApplication.font()
    assert dialog.editor_font_size.value() == system.pointSize()
    assert not dialog.use_system_font.isEnabled()  # already following it
    dialog.accept()
    assert read_preferences(settings) == DEFAULTS


def test_restore_defaults_fills_in_every_default_saved_with_ok(
    qtbot: QtBot, settings: QSettings
) -> None:
    write_all(settings, CHOSEN)
    dialog = open_dialog(qtbot, settings)
    dialog.restore_defaults.click()
    assert shown_values(dialog) == (5, False, 7, "system", 130, 18, DEFAULTS.pdf_page_size)
    assert not dialog.use_system_font.isEnabled()
    assert read_preferences(settings) == CHOSEN  # nothing saved until OK
    dialog.accept()
    assert read_preferences(settings) == DEFAULTS


def test_use_system_font_goes_back_to_following_the_system(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.editor_font.setCurrentFont(QFont(other_family()))
    dialog.editor_font_size.setValue(22)
    assert dialog.use_system_font.isEnabled()
    dialog.use_system_font.setFocus()
    qtbot.keyClick(dialog.use_system_font, Qt.Key.Key_Space)
    assert dialog.editor_font_size.value() == QApplication.font().pointSize()
    assert not dialog.use_system_font.isEnabled()
    assert dialog.editor_font.hasFocus()  # the focus isn't lost with the button
    dialog.accept()
    prefs = read_preferences(settings)
    assert (prefs.editor_font_family, prefs.editor_font_size) == ("", 0)


def test_choosing_only_a_size_keeps_the_system_family(qtbot: QtBot, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.editor_font_size.setFocus()
    qtbot.keyClick(dialog.editor_font_size, Qt.Key.Key_Up)
    dialog.accept()
    prefs = read_preferences(settings)
    assert prefs.editor_font_family == ""
    assert prefs.editor_font_size == QApplication.font().pointSize() + 1


def test_the_controls_keep_to_the_declared_limits(qtbot: QtBot, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    for box, preference in (
        (dialog.auto_lock, AUTO_LOCK_MINUTES),
        (dialog.backup_count, BACKUP_COUNT),
        (dialog.editor_font_size, EDITOR_FONT_SIZE),
        (dialog.words_per_minute, WORDS_PER_MINUTE),
        (dialog.pdf_font_size, PDF_FONT_SIZE),
    ):
        assert (box.minimum(), box.maximum()) == (preference.minimum, preference.maximum)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == list(THEME.values)
    assert [dialog.theme.itemText(i) for i in range(3)] == ["Same as my computer", "Light", "Dark"]
    dialog.auto_lock.setFocus()
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "999")  # more than the limit: not taken
    dialog.accept()
    assert read_preferences(settings).auto_lock_minutes <= AUTO_LOCK_MINUTES.maximum


def test_every_control_is_named_described_and_in_tab_order(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.editor_font_size.setValue(20)  # "Use System Font" is a tab stop when it can act
    assert unnamed_controls(dialog) == []
    assert dialog.auto_lock.accessibleName() == "Auto-lock minutes"
    names = [control.accessibleName() for control in dialog.controls()]
    assert all(names) and len(set(names)) == len(names)
    assert all(control.accessibleDescription() for control in dialog.controls())
    visited = walk_with_tab(qtbot, dialog, dialog.auto_lock)
    in_order = [w for w in visited if any(w is c for c in dialog.controls())]
    assert in_order == dialog.controls()


def test_each_label_has_its_own_mnemonic_leading_to_its_control(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, settings)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    buttons: list[QAbstractButton] = [dialog.discreet_mode, dialog.use_system_font]
    texts = [label.text() for label in labels] + [button.text() for button in buttons]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == len(letters) == 10
    by_buddy = {id(label.buddy()): label for label in labels}
    for control in dialog.controls():
        if control in buttons:
            continue
        assert id(control) in by_buddy, control.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Pa&ge size
    assert dialog.pdf_page_size.hasFocus()
