"""A second Reflect on the same journal is refused with a clear message, and never blocked
for good by one that crashed.

Another process (a window, or ``reflect`` on the command line) holds the journal while it
is open: a second process is told plainly, in the CLI (one line, exit 1) and in the unlock
dialog, and nothing is changed. The lock is the kernel's (``flock`` on ``reflect.lock``),
so a holder killed with SIGKILL lets go at once. It belongs to the process: one process
may open its journal more than once (tests/core/test_write_failures.py opens it on two
threads), and a copy of it made by ``fork`` is another process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import JournalInUse
from reflect.core.instance_lock import LOCK_FILE_NAME
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.children import Child
from tests.helpers import assert_one_line_error, run_cli, snapshot

IN_USE = "already open in another Reflect window or command"


@pytest.fixture
def made_journal(journal_folder: Path, fast_kdf: KdfParams) -> Path:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="first", text="Written before anyone else looked.")
    return journal_folder


@pytest.fixture
def holder(made_journal: Path) -> Iterator[Child]:
    """Another process with the journal open (``send()`` makes it lock the journal)."""
    with Child(child_work.holding, made_journal, PASSPHRASE) as child:
        child.open()
        yield child


def cli(folder: Path, passphrase_file: Path, *command: str) -> list[str]:
    """Run ``reflect COMMAND`` on the journal; the one line it said on stderr, or []."""
    run = run_cli(*command, "--journal", folder, "--passphrase-file", passphrase_file, stdin="x")
    return [assert_one_line_error(run)] if run.code else []


def test_a_second_process_is_refused_until_the_first_lets_go(
    made_journal: Path, holder: Child, passphrase_file: Path
) -> None:
    before = snapshot(made_journal)
    with pytest.raises(JournalInUse) as refused:
        Journal.unlock(made_journal, PASSPHRASE)
    assert IN_USE in str(refused.value) and "Nothing was changed" in str(refused.value)
    for command in (["add"], ["list"], ["check"], ["backup", "-o", str(made_journal.parent / "b")]):
        (line,) = cli(made_journal, passphrase_file, *command)
        assert line == f"reflect: {refused.value}"
    assert snapshot(made_journal) == before

    holder.send()  # the other window locks its journal
    holder.expect("done")
    assert cli(made_journal, passphrase_file, "add") == []
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        assert journal.entry_count() == 2
    assert sorted(path.name for path in made_journal.iterdir()) == [DATABASE_NAME, KEY_FILE_NAME]


def test_a_killed_holder_never_leaves_the_journal_locked(
    made_journal: Path, passphrase_file: Path
) -> None:
    for _ in range(3):
        with Child(child_work.holding, made_journal, PASSPHRASE) as child:
            child.open()
            child.kill()
        assert (made_journal / LOCK_FILE_NAME).exists()  # left behind, but nobody holds it
        assert cli(made_journal, passphrase_file, "add") == []
    with Journal.unlock(made_journal, PASSPHRASE) as journal:
        assert journal.entry_count() == 4
        assert journal.check_integrity() == []
    assert not (made_journal / LOCK_FILE_NAME).exists()


def test_one_process_may_open_its_journal_twice_and_holds_it_until_both_are_locked(
    made_journal: Path, passphrase_file: Path
) -> None:
    first = Journal.unlock(made_journal, PASSPHRASE)
    second = Journal.unlock(made_journal, PASSPHRASE)
    second.add_entry(text="written through the second")
    assert first.entry_count() == 2
    assert IN_USE in cli(made_journal, passphrase_file, "list")[0]
    first.lock()
    assert IN_USE in cli(made_journal, passphrase_file, "list")[0]  # the second still has it
    second.lock()
    assert cli(made_journal, passphrase_file, "list") == []


def test_a_forked_copy_of_the_holder_is_another_process(made_journal: Path) -> None:
    with Child(child_work.forking_while_holding, made_journal, PASSPHRASE) as holder:
        assert holder.message() == 3  # the copy was refused
        with pytest.raises(JournalInUse):  # and its end didn't let go of the holder's lock
            Journal.unlock(made_journal, PASSPHRASE)
        holder.send()
        holder.expect("done")
    Journal.unlock(made_journal, PASSPHRASE).lock()


WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from reflect.ui.main_window import MainWindow
    from reflect.ui.worker import JournalWorker

    folder, settings_file, passphrase = sys.argv[1:4]
    app = QApplication([])
    worker = JournalWorker()
    window = MainWindow(worker, QSettings(settings_file, QSettings.Format.IniFormat))

    def opened(_: object) -> None:
        window.show()
        window.load()
        print("open", flush=True)

    worker.open_journal(Path(folder), passphrase, create=False, on_done=opened)
    app.exec()
    """
)


def test_the_command_line_is_refused_while_the_window_has_the_journal(
    made_journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, made_journal, tmp_path / "ui.ini", PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert window.stdout is not None
        assert window.stdout.readline().strip() == "open"
        for command in (["add"], ["search", "first"], ["passwd"]):
            assert IN_USE in cli(made_journal, passphrase_file, *command)[0]
    finally:
        window.send_signal(signal.SIGKILL)  # the window crashes: its lock goes with it
        window.wait(timeout=30)
        if window.stdout is not None:
            window.stdout.close()
    assert cli(made_journal, passphrase_file, "add") == []


def test_the_unlock_dialog_says_the_journal_is_open_elsewhere(
    qtbot: QtBot, made_journal: Path
) -> None:
    worker = JournalWorker()
    try:
        dialog = UnlockDialog(worker, made_journal)
        qtbot.addWidget(dialog)
        with Child(child_work.holding, made_journal, PASSPHRASE) as other_window:
            other_window.open()
            qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
            dialog.open_button.click()
            qtbot.waitUntil(lambda: IN_USE in dialog.message.text())
            assert "Traceback" not in dialog.message.text()
            assert dialog.passphrase.isEnabled() and dialog.result() != QDialog.DialogCode.Accepted
            other_window.kill()  # the other window is gone: trying again opens it here
        dialog.open_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    finally:
        worker.shutdown()
