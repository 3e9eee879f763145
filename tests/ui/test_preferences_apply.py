"""Preferences in effect: colours and the editor's font at once (at start and on OK), the
sharing preferences in every new share, the backup count in the daily backup's prune."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.automatic_backups import (
    automatic_backup_folder,
    automatic_backups,
    backup_name,
    make_backup_folder,
)
from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.shares import ShareSettings
from reflect.ui import apply_preferences as applying
from reflect.ui.apply_preferences import apply_preferences
from reflect.ui.preferences import (
    BACKUP_COUNT,
    EDITOR_FONT_FAMILY,
    EDITOR_FONT_SIZE,
    PDF_FONT_SIZE,
    PDF_PAGE_SIZE,
    THEME,
    WORDS_PER_MINUTE,
    Preferences,
)
from reflect.ui.preferences_dialog import PreferencesDialog
from reflect.ui.session import JournalSession
from reflect.ui.theme import apply_theme, dark_palette, light_palette
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import end_session, open_main_window, unlock
from tests.ui.test_add_to_share import answer_add_to_share
from tests.ui.test_moments_in_editor import on_worker, select, type_text
from tests.ui.test_preferences import ini
from tests.ui.test_share_composer import open_composer, settle

MINUTE_MS = 60_000


def window_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Window)


def answer_preferences(choose: Callable[[PreferencesDialog], None]) -> None:
    """When the (modal) Preferences dialog shows, make the choices and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, answer)
            return
        choose(dialog)
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.fixture(autouse=True)
def system_colours_afterwards() -> Iterator[None]:
    """Every test here leaves the app in the system's colours, as it found it."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "system")


@pytest.fixture
def shown(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def session_with(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> Iterator[tuple[JournalSession, QSettings]]:
    """A session (not started) over a journal made beforehand, and its settings, for the
    test to fill in first."""
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    settings = ini(tmp_path)
    started = JournalSession(journal_folder, settings)
    yield started, settings
    end_session(started)


def test_dark_and_light_apply_at_once_and_system_gives_the_palette_back(
    qtbot: QtBot, tmp_path: Path, shown: QWidget
) -> None:
    settings = ini(tmp_path)
    before = window_colour(shown)
    THEME.write(settings, "dark")
    assert apply_preferences(settings).theme == "dark"
    dark = dark_palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window_colour(shown) == dark)
    assert window_colour(shown).lightness() < 80
    assert shown.palette().color(QPalette.ColorRole.Text).lightness() > 180  # light on dark

    THEME.write(settings, "light")
    apply_preferences(settings)
    light = light_palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window_colour(shown) == light)
    assert shown.palette().color(QPalette.ColorRole.Text).lightness() < 60

    THEME.write(settings, "system")
    apply_preferences(settings)
    qtbot.waitUntil(lambda: window_colour(shown) == before)
    assert QApplication.palette() == QPalette()  # the platform's own again


def test_system_colours_leave_a_palette_someone_else_set(
    qtbot: QtBot, tmp_path: Path, shown: QWidget
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = QPalette(QColor("#204060"))
    app.setPalette(chosen)  # an embedder's, say
    try:
        apply_preferences(ini(tmp_path))  # "system", the default
        assert QApplication.palette().color(QPalette.ColorRole.Button) == QColor("#204060")
    finally:
        app.setPalette(QPalette())


def test_ok_in_preferences_applies_them_to_the_open_window_and_keeps_the_words(
    qtbot: QtBot, session: JournalSession, journal_folder: Path
) -> None:
    unlock(qtbot, session)  # creates the journal
    window = session.window
    assert window is not None
    editor = window.editor.text
    type_text(qtbot, editor, "Called my sister.\nWe laughed for the first time in weeks.")
    select(editor, 0, 6)
    window.actions_by_key["bold"].trigger()
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    content = editor.content()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        (stored,) = journal.iter_entries()
    assert content.text == stored.text and stored.formatting

    def choose(dialog: PreferencesDialog) -> None:
        dialog.editor_font.setCurrentFont(QFont("DejaVu Serif"))
        dialog.editor_font_size.setValue(21)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.auto_lock.setValue(42)

    answer_preferences(choose)
    window.actions_by_key["preferences"].trigger()  # applied once OK is pressed

    qtbot.waitUntil(lambda: editor.font().pointSize() == 21)
    assert editor.font().family() == "DejaVu Serif"
    assert editor.document().defaultFont().pointSize() == 21
    qtbot.waitUntil(
        lambda: window_colour(window) == dark_palette().color(QPalette.ColorRole.Window)
    )
    assert session.idle._timer.interval() == 42 * MINUTE_MS
    # Only how the words look changed: the document, and the journal, are as they were.
    assert editor.content() == content
    assert not window.editor.has_unsaved_changes
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert list(journal.iter_entries()) == [stored]


def test_saved_preferences_apply_when_the_window_is_made(
    qtbot: QtBot, session_with: tuple[JournalSession, QSettings]
) -> None:
    session, settings = session_with
    THEME.write(settings, "dark")
    EDITOR_FONT_SIZE.write(settings, 19)
    session.start()
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    assert window.editor.text.font().pointSize() == 19
    qtbot.waitUntil(
        lambda: window_colour(window) == dark_palette().color(QPalette.ColorRole.Window)
    )


def test_following_the_system_font_sets_no_font_of_its_own(
    qtbot: QtBot, session_with: tuple[JournalSession, QSettings]
) -> None:
    session, settings = session_with
    EDITOR_FONT_FAMILY.write(settings, "DejaVu Serif")
    session.start()
    unlock(qtbot, session)
    window = session.window
    assert window is not None
    editor = window.editor.text
    assert editor.font().family() == "DejaVu Serif"
    assert editor.font().pointSize() == QApplication.font().pointSize()  # the system's size
    EDITOR_FONT_FAMILY.write(settings, "")
    apply_preferences(settings, window)
    # Nothing set on the editor: it follows the system's font, and its size if that grows.
    assert editor.font() == QApplication.font()
    assert not editor.testAttribute(Qt.WidgetAttribute.WA_SetFont)


def test_the_backup_count_reaches_the_daily_backups_prune(
    qtbot: QtBot, session_with: tuple[JournalSession, QSettings], journal_folder: Path
) -> None:
    session, settings = session_with
    BACKUP_COUNT.write(settings, 2)
    folder = automatic_backup_folder(journal_folder)
    make_backup_folder(folder)
    today = date.today()
    older = [today - timedelta(days=days) for days in (1, 2, 3, 4)]
    for day in older:
        (folder / backup_name(day)).write_bytes(b"an older day's backup")
    session.start()
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: len(automatic_backups(folder)) == 2)
    assert [day for day, _ in automatic_backups(folder)] == [today, older[0]]


def test_a_new_share_in_the_composer_starts_with_the_sharing_preferences(
    qtbot: QtBot, journal: Journal, worker: JournalWorker, tmp_path: Path
) -> None:
    before = journal.create_share("Made before").created
    settings = ini(tmp_path)
    WORDS_PER_MINUTE.write(settings, 150)
    PDF_FONT_SIZE.write(settings, 24)
    PDF_PAGE_SIZE.write(settings, "Letter")
    composer = open_composer(qtbot, worker, settings=settings)
    composer.shares.new_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in composer.findChildren(QInputDialog)))
    asked = next(d for d in composer.findChildren(QInputDialog) if d.isVisible())
    asked.setTextValue("Anniversary")
    asked.accept()
    qtbot.waitUntil(lambda: composer.share_name.text() == "Anniversary")
    settle(qtbot, worker)
    made = journal.share_named("Anniversary").settings
    assert made == ShareSettings(words_per_minute=150, font_size=24, page_size="Letter")
    assert journal.get_share(before or 0).settings == ShareSettings()  # kept its own


def test_a_new_share_from_add_to_share_starts_with_the_sharing_preferences(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    settings = ini(tmp_path)  # the file the main window below reads its settings from
    WORDS_PER_MINUTE.write(settings, 100)
    PDF_FONT_SIZE.write(settings, 16)
    PDF_PAGE_SIZE.write(settings, "Letter")
    window = open_main_window(qtbot, journal_folder, tmp_path)
    try:
        window.actions_by_key["new_entry"].trigger()
        type_text(qtbot, window.editor.text, "Went to the meeting early and stayed.")
        select(window.editor.text, 0, 25)
        window.actions_by_key["add_to_share"].trigger()  # saves first: the entry gets its id
        if window.editor.entry_id is None:  # still being saved: asked to try again
            qtbot.waitUntil(lambda: window.editor.entry_id is not None)
            window.actions_by_key["add_to_share"].trigger()
        answer_add_to_share(qtbot, new_name="Thursday")
        qtbot.waitUntil(lambda: "shares" in window.panels and window.panels["shares"].isVisible())
        share = on_worker(qtbot, window, lambda journal: journal.share_named("Thursday"))
        assert [item.text for item in share.items] == ["Went to the meeting early"]
        assert share.settings == ShareSettings(
            words_per_minute=100, font_size=16, page_size="Letter"
        )
    finally:
        for panel in window.panels.values():
            panel.hide()
        window._worker.shutdown()


def test_other_parts_of_the_app_can_follow_the_preferences(tmp_path: Path, shown: QWidget) -> None:
    heard: list[tuple[Preferences, QWidget | None]] = []
    applying.APPLIERS.append(lambda preferences, window: heard.append((preferences, window)))
    try:
        settings = ini(tmp_path)
        apply_preferences(settings, shown)
        apply_preferences(settings)
    finally:
        applying.APPLIERS.pop()
    assert [window for _, window in heard] == [shown, None]
    assert heard[0][0].theme == "system"
