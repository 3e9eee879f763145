"""The details row: an entry's date, its tags (with completion) and the optional check-in."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.ui.entry_details import parse_tags
from tests.conftest import PASSPHRASE
from tests.ui.qt_helpers import open_main_window


# The completion popup is a real popup; the offscreen platform can't raise it or grab keys.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", "This plugin does not support grabbing the keyboard"
)
def test_date_tags_and_check_in_are_saved_with_the_entry(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(text="older", tags=["Meetings", "family"])
    window = open_main_window(qtbot, journal_folder, tmp_path)
    details = window.editor.details
    assert details.date.accessibleName() == "Entry date"
    assert details.tags.accessibleName() == "Entry tags"
    assert details.check_in.accessibleName() == "Check-in"
    assert details.check_in.currentData() is None  # skipped unless chosen

    qtbot.keyClicks(window.editor.text, "A quiet evening.")
    when = datetime(2026, 3, 14, 21, 30).astimezone()
    details.date.setDateTime(QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)))
    qtbot.waitUntil(lambda: details._known_tags.rowCount() == 2)
    qtbot.keyClicks(details.tags, "meet")
    popup = details._completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert details.tags.text() == "Meetings, "
    qtbot.keyClicks(details.tags, "walks")
    details.check_in.setCurrentIndex(4)
    details.check_in.activated.emit(4)
    window.close()

    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        (newest,) = [e for e in journal.iter_entries() if e.text != "older"]
    assert newest.created == when
    assert newest.tags == ("Meetings", "walks")
    assert newest.mood == 4


def test_an_entry_keeps_its_own_time_zone_unless_its_date_is_changed(
    qtbot: QtBot, journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    from datetime import timezone

    written = datetime(2025, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="Abroad", text="jet lag", created=written)
    window = open_main_window(qtbot, journal_folder, tmp_path)
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 1)
    window.entry_list.setCurrentIndex(window.entry_model.index(0))
    qtbot.waitUntil(lambda: window.editor.title.text() == "Abroad")
    qtbot.keyClicks(window.editor.text, " fading")
    window.close()
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        entry = next(journal.iter_entries())
    assert entry.created == written and entry.created.utcoffset() == timedelta(hours=9)


def test_tags_are_read_as_typed() -> None:
    assert parse_tags(" hope,  family ,,walks, ") == ("hope", "family", "walks")
    assert parse_tags("") == ()
