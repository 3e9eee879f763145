"""Test set-up: no display needed, and nothing a test does touches the real home folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt, platformdirs or tempfile read them: an offscreen Qt, private config/data
# folders, and a temp folder of our own that the plaintext scans can read whole.
_SANDBOX = Path(tempfile.mkdtemp(prefix="reflect-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_RUNTIME_DIR"] = str(_SANDBOX / "runtime")
os.environ["TMPDIR"] = str(_SANDBOX / "tmp")
for _name in ("config", "data", "runtime", "tmp"):
    (_SANDBOX / _name).mkdir(mode=0o700)
tempfile.tempdir = None  # re-read TMPDIR
# Removed when the run's process ends: journals, copies of the project and pytest's own temp
# folders add up to gigabytes over a day of runs. Registered before anything imports
# multiprocessing, so its own clean-up of its folders in here (atexit runs last-registered
# first) comes before this.
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)

import pytest  # noqa: E402

from reflect.core.crypto.kdf import KdfParams  # noqa: E402
from reflect.core.journal import Journal  # noqa: E402

# Reflect never uses the network: any test that tries to (an internet socket, a name
# lookup) fails, with the attempt named. Child processes are checked by test_no_network.py.
pytest_plugins = ["tests.network_guard"]

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def temp_folder() -> Path:
    """The temp folder every process started by the tests uses (TMPDIR)."""
    return Path(os.environ["TMPDIR"])


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Cheap Argon2id settings; they are stored in the key file, so unlocking is cheap too."""
    return KdfParams.fast_for_tests()


@pytest.fixture
def journal_folder(tmp_path: Path) -> Path:
    """Where a test's journal lives (not created yet)."""
    return tmp_path / "journal"


@pytest.fixture
def journal(journal_folder: Path, fast_kdf: KdfParams) -> Iterator[Journal]:
    """A new, empty, unlocked journal; locked again after the test."""
    opened = Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf)
    yield opened
    opened.lock()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    """A file whose first line is the test passphrase."""
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\nthe second line is ignored\n", encoding="utf-8")
    return path
