"""Changing the passphrase and the recovery code: only the key file changes, and only after
the current secret is confirmed. A mistyped recovery code is caught before any key is
derived."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.core.crypto import keyfile
from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import KeyFile
from reflect.core.errors import InvalidInput, JournalIsLocked, WrongPassphrase
from reflect.core.files import atomic_write
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.core.recovery import (
    ALPHABET,
    CODE_LENGTH,
    RANDOM_BITS,
    NoRecoveryCode,
    RecoveryCodeMistyped,
    WrongRecoveryCode,
    format_recovery_code,
    new_recovery_code,
    normalize_recovery_code,
    recovery_code_from_bits,
)
from tests.conftest import PASSPHRASE
from tests.helpers import opens_with, snapshot

NEW = "a quieter evening, still"


def key_bytes(journal: Journal) -> bytes:
    return (journal.folder / KEY_FILE_NAME).read_bytes()


# --- changing the passphrase ---------------------------------------------------------------


def test_the_new_passphrase_opens_and_the_old_one_stops(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    journal.add_entry(title="Day one", text="I made it to the meeting.")
    journal.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
    journal.add_entry(title="Day two", text="Still open after the change.")
    journal.lock()
    assert not opens_with(journal.folder, PASSPHRASE)
    with Journal.unlock(journal.folder, NEW) as reopened:
        assert [e.title for e in reopened.iter_entries()] == ["Day two", "Day one"]


def test_only_the_key_file_changes_and_it_stays_private(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    database = (journal.folder / DATABASE_NAME).read_bytes()
    journal.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
    assert (journal.folder / DATABASE_NAME).read_bytes() == database
    assert (journal.folder / KEY_FILE_NAME).stat().st_mode & 0o777 == 0o600
    assert not list(journal.folder.glob("*.tmp"))


def test_a_wrong_current_passphrase_changes_nothing(journal: Journal, fast_kdf: KdfParams) -> None:
    before = key_bytes(journal)
    with pytest.raises(WrongPassphrase):
        journal.change_passphrase("not my passphrase", NEW, kdf=fast_kdf)
    assert key_bytes(journal) == before
    journal.lock()
    assert opens_with(journal.folder, PASSPHRASE)


def test_a_key_that_opens_another_journal_is_not_this_ones_passphrase(
    journal: Journal, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    # The same passphrase, but the key file was swapped for another journal's.
    Journal.create(tmp_path / "other", PASSPHRASE, kdf=fast_kdf).lock()
    (journal.folder / KEY_FILE_NAME).write_bytes((tmp_path / "other" / KEY_FILE_NAME).read_bytes())
    with pytest.raises(WrongPassphrase):
        journal.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)


def test_an_empty_new_passphrase_is_refused(journal: Journal, fast_kdf: KdfParams) -> None:
    before = key_bytes(journal)
    with pytest.raises(InvalidInput, match="can't be empty"):
        journal.change_passphrase(PASSPHRASE, "", kdf=fast_kdf)
    assert key_bytes(journal) == before


def test_a_locked_journal_changes_nothing(journal: Journal, fast_kdf: KdfParams) -> None:
    journal.lock()
    before = snapshot(journal.folder)
    with pytest.raises(JournalIsLocked):
        journal.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
    with pytest.raises(JournalIsLocked):
        journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    assert snapshot(journal.folder) == before


def test_the_new_passphrase_gets_the_recommended_cost_by_default(journal: Journal) -> None:
    journal.change_passphrase(PASSPHRASE, NEW)
    (slot,) = KeyFile.read(journal.folder / KEY_FILE_NAME).slots
    recommended = KdfParams.recommended()
    assert (slot.kdf.memory_kib, slot.kdf.iterations, slot.kdf.lanes) == (
        recommended.memory_kib,
        recommended.iterations,
        recommended.lanes,
    )


def test_a_leftover_temporary_key_file_is_ignored_then_removed(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    # What a kill between writing the temporary file and renaming it leaves behind.
    leftover = journal.folder / f".{KEY_FILE_NAME}.0123456789ab.tmp"
    leftover.write_bytes(b'{"half a key file')
    journal.lock()
    assert opens_with(journal.folder, PASSPHRASE)
    with Journal.unlock(journal.folder, PASSPHRASE) as reopened:
        reopened.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
    assert not leftover.exists()
    assert opens_with(journal.folder, NEW)


def test_a_second_writer_waits_for_the_first(journal: Journal, fast_kdf: KdfParams) -> None:
    finished = threading.Event()

    def change() -> None:
        journal.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
        finished.set()

    with keyfile._one_writer(journal.folder):  # another process in the middle of a change
        thread = threading.Thread(target=change)
        thread.start()
        assert not finished.wait(0.3)
    thread.join(timeout=10)
    assert finished.is_set()


# --- the recovery code ---------------------------------------------------------------------


def test_a_recovery_code_opens_the_journal(journal: Journal, fast_kdf: KdfParams) -> None:
    journal.add_entry(title="Day one", text="The code is in the drawer.")
    assert not journal.has_recovery_code()
    code = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    assert journal.has_recovery_code()
    journal.lock()
    with Journal.unlock_with_recovery_code(journal.folder, code) as reopened:
        assert [e.title for e in reopened.iter_entries()] == ["Day one"]
    assert opens_with(journal.folder, PASSPHRASE)  # the passphrase still works too


def test_a_recovery_code_is_shown_in_seven_groups_of_four() -> None:
    code = new_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4] * 7
    assert set("".join(groups)) <= set(ALPHABET)
    assert len(set(new_recovery_code() for _ in range(50))) == 50


def test_a_recovery_code_is_read_however_it_was_typed(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    code = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    journal.lock()
    typed = " ".join(code.split("-")).lower().replace("0", "o").replace("1", "l")
    with Journal.unlock_with_recovery_code(journal.folder, f"  {typed}\n") as reopened:
        assert not reopened.is_locked


CODES = st.integers(0, (1 << RANDOM_BITS) - 1).map(recovery_code_from_bits)


@given(CODES, st.data())
def test_every_way_of_typing_a_code_reads_as_the_code(code: str, data: st.DataObject) -> None:
    canonical = normalize_recovery_code(code)
    typed = ""
    for character in canonical:
        look_alikes = {"0": "0oO", "1": "1iIlL"}.get(character, character + character.lower())
        typed += data.draw(st.sampled_from(look_alikes))
        typed += data.draw(st.sampled_from(["", "", " ", "-", "–", "\n", "\t"]))
    assert normalize_recovery_code(typed) == canonical


@settings(max_examples=300)
@given(CODES, st.data())
def test_one_wrong_character_or_a_swap_is_always_caught(code: str, data: st.DataObject) -> None:
    canonical = list(normalize_recovery_code(code))
    if data.draw(st.booleans()):
        position = data.draw(st.integers(0, CODE_LENGTH - 1))
        wrong = data.draw(st.sampled_from(ALPHABET).filter(lambda c: c != canonical[position]))
        canonical[position] = wrong
    else:
        positions = st.lists(st.integers(0, CODE_LENGTH - 1), min_size=2, max_size=2, unique=True)
        first, second = data.draw(positions)
        if canonical[first] == canonical[second]:
            return  # swapping two equal characters changes nothing
        canonical[first], canonical[second] = canonical[second], canonical[first]
    with pytest.raises(RecoveryCodeMistyped, match="typo"):
        normalize_recovery_code("".join(canonical))


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ABCD-EFGH", "28 letters and digits"),
        ("U" * 28, "'U' isn't one of them"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6", "28 letters and digits"),
    ],
)
def test_a_code_that_cant_be_one_says_why(typed: str, says: str) -> None:
    with pytest.raises(RecoveryCodeMistyped, match=says):
        normalize_recovery_code(typed)


def test_a_typo_is_caught_before_any_key_is_derived(
    journal: Journal, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    journal.lock()
    typo = code[:5] + ("X" if code[5] != "X" else "Y") + code[6:]

    def no_derivation(*_: object) -> bytes:
        raise AssertionError("the slow key derivation ran for a mistyped code")

    monkeypatch.setattr(keyfile, "derive_key", no_derivation)
    with pytest.raises(RecoveryCodeMistyped):
        Journal.unlock_with_recovery_code(journal.folder, typo)


def test_a_new_code_replaces_the_old_one(journal: Journal, fast_kdf: KdfParams) -> None:
    first = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    second = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    kinds = [slot.kind for slot in KeyFile.read(journal.folder / KEY_FILE_NAME).slots]
    assert kinds == ["passphrase", "recovery"]
    journal.lock()
    with pytest.raises(WrongRecoveryCode, match="only the newest one works"):
        Journal.unlock_with_recovery_code(journal.folder, first)
    Journal.unlock_with_recovery_code(journal.folder, second).lock()


def test_a_code_the_person_wrote_down_first_can_be_set(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    code = new_recovery_code()
    journal.set_recovery_code(PASSPHRASE, code.lower(), kdf=fast_kdf)
    journal.lock()
    Journal.unlock_with_recovery_code(journal.folder, code).lock()


def test_making_a_code_needs_the_passphrase(journal: Journal, fast_kdf: KdfParams) -> None:
    before = key_bytes(journal)
    with pytest.raises(WrongPassphrase):
        journal.create_recovery_code("someone else at my desk", kdf=fast_kdf)
    assert key_bytes(journal) == before
    assert not journal.has_recovery_code()


def test_without_a_code_the_journal_says_so(journal: Journal) -> None:
    journal.lock()
    with pytest.raises(NoRecoveryCode, match="only its passphrase can open it"):
        Journal.unlock_with_recovery_code(journal.folder, new_recovery_code())


def test_removing_the_code_stops_it_working(journal: Journal, fast_kdf: KdfParams) -> None:
    code = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    with pytest.raises(WrongPassphrase):
        journal.remove_recovery_code("not my passphrase")
    assert journal.has_recovery_code()
    assert journal.remove_recovery_code(PASSPHRASE) is True
    assert journal.remove_recovery_code(PASSPHRASE) is False
    assert not journal.has_recovery_code()
    journal.lock()
    with pytest.raises(NoRecoveryCode):
        Journal.unlock_with_recovery_code(journal.folder, code)


def test_changing_the_passphrase_keeps_the_recovery_code(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    code = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    journal.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
    journal.lock()
    Journal.unlock_with_recovery_code(journal.folder, code).lock()


def test_after_a_recovery_a_new_passphrase_can_be_set(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    code = journal.create_recovery_code(PASSPHRASE, kdf=fast_kdf)
    journal.lock()
    with Journal.unlock_with_recovery_code(journal.folder, code) as recovered:
        with pytest.raises(InvalidInput, match="can't be empty"):
            recovered.set_passphrase("", kdf=fast_kdf)
        recovered.set_passphrase(NEW, kdf=fast_kdf)
    assert not opens_with(journal.folder, PASSPHRASE)
    assert opens_with(journal.folder, NEW)
    Journal.unlock_with_recovery_code(journal.folder, code).lock()  # the code still works


def test_without_the_recovery_code_a_new_passphrase_needs_the_old_one(
    journal: Journal, fast_kdf: KdfParams
) -> None:
    before = key_bytes(journal)
    with pytest.raises(InvalidInput, match="type your current one first"):
        journal.set_passphrase(NEW, kdf=fast_kdf)
    assert key_bytes(journal) == before


def test_the_passphrase_slot_can_never_be_removed(journal: Journal) -> None:
    key_file = KeyFile.read(journal.folder / KEY_FILE_NAME)
    with pytest.raises(ValueError, match="passphrase slot"):
        key_file.without_slot(keyfile.PASSPHRASE_SLOT)


def test_a_grouped_code_formats_back_to_itself() -> None:
    code = new_recovery_code()
    assert format_recovery_code(code.replace("-", "").lower()) == code


def test_the_code_carries_every_bit() -> None:
    assert recovery_code_from_bits(0).startswith("0000-0000")
    highest = normalize_recovery_code(recovery_code_from_bits((1 << RANDOM_BITS) - 1))
    assert highest[:26] == "Z" * 26
    with pytest.raises(ValueError, match="130 bits"):
        recovery_code_from_bits(1 << RANDOM_BITS)


def test_atomic_write_names_its_temporary_files_as_the_cleanup_expects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cleanup recognises leftovers by name; if atomic_write renamed them, this fails.
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: str | Path, target: str | Path) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr("os.replace", spy)
    target = tmp_path / KEY_FILE_NAME
    atomic_write(target, b"{}")
    (tmp_path / seen[0]).write_bytes(b"left over")
    keyfile._remove_leftover_temp_files(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [KEY_FILE_NAME]
