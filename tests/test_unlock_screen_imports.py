"""The unlock screen paints before the rest of the app is imported (issue 8's benchmark:
cold start was ~1 s, nearly all of it imports the unlock screen doesn't need).

A real ``python -m reflect`` process on the offscreen platform, with the benchmark's
start-up probe (``benchmarks/probe/sitecustomize.py``): when the unlock screen has first
been painted, it writes the names of the modules imported so far and cancels the screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.app_process import run_app

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE

# Each is loaded once it is needed: the main window and its panels after unlocking, the
# whole core when a journal opens, matplotlib for a chart, the CLI's commands for a command.
NOT_BEFORE_THE_UNLOCK_SCREEN = (
    "reflect.ui.main_window",
    "reflect.core.journal",
    "reflect.cli.commands",
    "matplotlib",
)


def modules_when_the_unlock_screen_shows(folder: Path, scratch: Path) -> set[str]:
    found = run_app(folder, scratch, "startup")
    return set(found["modules"])


@pytest.mark.slow
def test_the_unlock_screen_shows_before_the_window_the_core_and_charts_are_imported(
    journal_folder: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf).lock()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    modules = modules_when_the_unlock_screen_shows(journal_folder, scratch)
    assert "reflect.ui.unlock_dialog" in modules  # the probe did see the screen
    assert [name for name in NOT_BEFORE_THE_UNLOCK_SCREEN if name in modules] == []


@pytest.mark.slow
def test_the_create_screen_of_a_new_journal_is_as_light(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    modules = modules_when_the_unlock_screen_shows(tmp_path / "new journal", scratch)
    assert "reflect.ui.unlock_dialog" in modules
    assert [name for name in NOT_BEFORE_THE_UNLOCK_SCREEN if name in modules] == []
