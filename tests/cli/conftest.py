"""Fixtures for command-line tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.helpers import NOBODY, run_unprivileged


@pytest.fixture
def made_journal(journal_folder: Path, fast_kdf: KdfParams) -> Path:
    """A journal made with cheap key settings, so each CLI call unlocks quickly."""
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    return journal_folder


@pytest.fixture
def shared_base() -> Iterator[Path]:
    """A folder an unprivileged user can use (root ignores permissions, so tests drop to one)."""
    base = Path(tempfile.mkdtemp(prefix="reflect-perm-", dir="/tmp"))
    base.chmod(0o755)
    if os.geteuid() == 0:
        os.chown(base, NOBODY, NOBODY)
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def unprivileged_journal(shared_base: Path) -> tuple[Path, Path]:
    """A journal made by an unprivileged user, and its passphrase file: (folder, file)."""
    passphrase = shared_base / "passphrase.txt"
    passphrase.write_text(PASSPHRASE, encoding="utf-8")
    passphrase.chmod(0o644)
    folder = shared_base / "journal"
    run = run_unprivileged(
        shared_base, "init", "--journal", folder, "--passphrase-file", passphrase
    )
    assert run.code == 0, run.stderr
    return folder, passphrase
