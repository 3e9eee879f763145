"""One byte changed on a random page of journal.db: a clear "damaged" message that names
the backup to restore, and the journal left exactly as it was found.

Each trial copies a journal (a few hundred pages) with its automatic backups folder beside
it, changes one byte at a random place of a random page — the first page in one trial,
any other page in the rest — and then opens it, reads everything and runs ``reflect
check``. Whatever meets the damage says "damaged" and names the newest automatic backup
by its path (or, with no backup, how to restore one); the CLI says it in one line and
exits 1. Nothing ever writes over the damaged file, and the backup named does bring the
writing back.
"""

from __future__ import annotations

import random
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reflect.core.automatic_backups import automatic_backup_folder, backup_name
from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import JournalDamaged
from reflect.core.journal import DATABASE_NAME, Journal
from reflect.core.restore import restore_backup
from reflect.core.storage.connection import PAGE_SIZE
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE
from tests.faults.child_work import entry_text
from tests.faults.children import seeded_rng
from tests.helpers import assert_one_line_error, run_cli

TRIALS = 12
BACKED_UP = 150  # entries in the backup; two more are written after it
BACKUP_DAY = date(2026, 11, 22)
NO_BACKUP_ADVICE = "If you have a backup, you can restore it with Restore from Backup…"


@pytest.fixture
def pristine(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    """``pristine/journal`` with yesterday's automatic backup beside it, locked."""
    folder = tmp_path / "pristine" / "journal"
    with Journal.create(folder, PASSPHRASE, kdf=fast_kdf) as journal:
        for number in range(BACKED_UP):
            title = f"entry {number}"
            journal.add_entry(title=title, text=entry_text(title), tags=["kept"])
        journal.back_up_automatically(today=BACKUP_DAY)
        journal.add_entry(title="after the backup", text="Written today.")
        journal.add_entry(title="later still", text="Written tonight.")
    return folder


def damaged_copy(pristine: Path, place: Path, rng: random.Random, page: int | None) -> Path:
    """A copy of the journal (and its backups) with one byte changed on ``page`` (a random
    page after the first when ``None``); returns the copy's folder."""
    shutil.copytree(pristine.parent, place)
    path = place / pristine.name / DATABASE_NAME
    data = bytearray(path.read_bytes())
    page = rng.randrange(1, len(data) // PAGE_SIZE) if page is None else page
    data[page * PAGE_SIZE + rng.randrange(PAGE_SIZE)] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    return place / pristine.name


def reading_everything(folder: Path) -> tuple[str, str]:
    """Open the journal and read every entry: where the damage was met ("opening",
    "reading", or only by the check: "checking") and what the ``JournalDamaged`` said."""
    try:
        journal = Journal.unlock(folder, PASSPHRASE)
    except JournalDamaged as error:
        return "opening", str(error)
    with journal:
        assert journal.check_integrity(), "the damage went unnoticed"
        try:
            for _ in journal.iter_entries():
                pass
            journal.list_entries()
        except JournalDamaged as error:
            return "reading", str(error)
    return "checking", ""


def test_one_changed_byte_is_damage_that_names_the_backup_to_restore(
    pristine: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    rng = seeded_rng("damaged page")
    outcomes: Counter[str] = Counter()
    for trial in range(TRIALS):
        folder = damaged_copy(pristine, tmp_path / f"trial {trial}", rng, 0 if trial == 0 else None)
        backup = automatic_backup_folder(folder) / backup_name(BACKUP_DAY)
        damaged = (folder / DATABASE_NAME).read_bytes()

        line = assert_one_line_error(
            run_cli("check", "--journal", folder, "--passphrase-file", passphrase_file)
        )
        assert "damaged" in line and str(backup) in line, line
        met, message = reading_everything(folder)
        if message:
            assert "damaged" in message and f"Your newest automatic backup is {backup}" in message
        assert (folder / DATABASE_NAME).read_bytes() == damaged, "Reflect wrote over it"
        outcomes[f"met on {met}"] += 1
    print(f"{TRIALS} damaged copies: {dict(outcomes)}")
    assert outcomes["met on opening"] >= 1 and outcomes["met on reading"] >= 1, outcomes

    # The backup the message names brings the writing back (as it was that day).
    restored = restore_backup(backup, tmp_path / "restored", PASSPHRASE).folder
    with Journal.unlock(restored, PASSPHRASE) as journal:
        assert journal.check_integrity() == []
        assert journal.entry_count() == BACKED_UP


def test_without_a_backup_the_message_says_how_to_restore_one(
    pristine: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    folder = damaged_copy(pristine, tmp_path / "no backup", seeded_rng("no backup"), None)
    shutil.rmtree(automatic_backup_folder(folder))
    line = assert_one_line_error(
        run_cli("check", "--journal", folder, "--passphrase-file", passphrase_file)
    )
    assert "damaged" in line and NO_BACKUP_ADVICE in line, line
    assert "reflect restore FILE --journal NEW_FOLDER" in line


def test_the_unlock_dialog_names_the_backup_too(
    qtbot: QtBot, pristine: Path, tmp_path: Path
) -> None:
    folder = damaged_copy(pristine, tmp_path / "window", seeded_rng("window"), 0)
    backup = automatic_backup_folder(folder) / backup_name(BACKUP_DAY)
    worker = JournalWorker()
    try:
        dialog = UnlockDialog(worker, folder)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.open_button.click()
        qtbot.waitUntil(lambda: "damaged" in dialog.message.text())
        assert str(backup) in dialog.message.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
    finally:
        worker.shutdown()
