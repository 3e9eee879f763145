"""SIGKILL two seconds after the last keystroke loses nothing typed before it.

A child process runs the real window (off-screen), types an entry key by key, marks a
moment, says when the last key went in, and is then killed without any chance to clean up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE

WORDS = "Day thirty. I wanted to drink and I went to a meeting instead."

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from reflect.ui.main_window import MainWindow
    from reflect.ui.worker import JournalWorker

    folder, settings_file, passphrase, words = sys.argv[1:5]
    app = QApplication([])
    worker = JournalWorker()
    window = MainWindow(worker, QSettings(settings_file, QSettings.Format.IniFormat))

    def type_everything() -> None:
        window.show()
        window.editor.text.setFocus()
        for ch in words:
            QTest.keyClick(window.editor.text, ch)
        cursor = window.editor.text.textCursor()
        cursor.setPosition(len(words) - 18)  # "a meeting instead"
        cursor.setPosition(len(words) - 1, cursor.MoveMode.KeepAnchor)
        window.editor.text.setTextCursor(cursor)
        window.actions_by_key["mark_hope"].trigger()
        print("LAST KEY", flush=True)  # the parent's two seconds start now

    def opened(_: object) -> None:
        window.load()
        QTimer.singleShot(50, type_everything)

    worker.open_journal(Path(folder), passphrase, create=False, on_done=opened)
    app.exec()
    """
)


def test_nothing_typed_is_lost_when_killed_two_seconds_after_the_last_key(
    journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(journal_folder),
            str(tmp_path / "ui.ini"),
            PASSPHRASE,
            WORDS,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "LAST KEY"
        time.sleep(2.0)  # the acceptance test is about wall-clock time after the last key
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        entries = list(journal.iter_entries())
        assert journal.check_integrity() == []
    assert [e.text for e in entries] == [WORDS]
    assert [(m.kind, m.passage(WORDS)) for m in entries[0].moments] == [(HOPE, "a meeting instead")]
