"""A distinctive word written into the journal is nowhere on disk in plaintext.

Every file under the journal folder and the temp folder is scanned for the word in UTF-8 and
UTF-16, while the journal is open and after it is locked. (The window's path is covered in
tests/ui/test_first_window.py.)
"""

from __future__ import annotations

import uuid
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import files_containing, run_cli


def distinctive_word() -> str:
    return f"quillwort{uuid.uuid4().hex[:10]}"


def test_words_stay_encrypted_while_open_and_after_locking(
    journal_folder: Path, fast_kdf: KdfParams, temp_folder: Path
) -> None:
    word, title_word, note_word, tag_word = (distinctive_word() for _ in range(4))
    journal = Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf)
    entry_id = journal.add_entry(
        title=title_word, text=f"Today {word} helped.", tags=[tag_word]
    ).created
    assert entry_id is not None
    journal.add_moment(entry_id, 0, 5, HOPE, note=note_word)
    journal.update_entry(entry_id, text=f"Today {word} helped a lot.")
    for needle in (word, title_word, note_word, tag_word):
        assert files_containing(needle, journal_folder, temp_folder) == [], needle
    journal.lock()
    for needle in (word, title_word, note_word, tag_word):
        assert files_containing(needle, journal_folder, temp_folder) == [], needle


def test_words_added_through_the_cli_stay_encrypted(
    journal_folder: Path, passphrase_file: Path, temp_folder: Path
) -> None:
    word, tag = distinctive_word(), distinctive_word()
    assert (
        run_cli("init", "--journal", journal_folder, "--passphrase-file", passphrase_file).code == 0
    )
    run = run_cli(
        "add",
        "--journal",
        journal_folder,
        "--passphrase-file",
        passphrase_file,
        "--title",
        word,
        "--tag",
        tag,
        stdin=f"{word}\n{word.upper()}\n",
    )
    assert run.code == 0, run.stderr
    assert files_containing(word, journal_folder, temp_folder) == []
    assert files_containing(tag, journal_folder, temp_folder) == []
    listed = run_cli(
        "list", "--json", "--journal", journal_folder, "--passphrase-file", passphrase_file
    )
    assert word in listed.stdout  # it is there, and readable with the passphrase
    assert files_containing(word, journal_folder, temp_folder) == []
