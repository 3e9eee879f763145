"""Promises about the project itself: layering, lint, types, and the README's Quick start."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT

BIN = Path(sys.executable).parent


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )


def test_the_core_and_the_cli_load_no_qt() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import reflect.core, reflect.main
        for module in pkgutil.walk_packages(reflect.core.__path__, "reflect.core."):
            importlib.import_module(module.name)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"}
                        or m.startswith("matplotlib.backends.backend_qt"))
        print(",".join(loaded))
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == ""


def test_rendering_loads_no_widgets() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import reflect.render
        for module in pkgutil.walk_packages(reflect.render.__path__, "reflect.render."):
            importlib.import_module(module.name)
        print(",".join(sorted(m for m in sys.modules if m.startswith("PySide6.QtWidgets"))))
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == ""


def test_the_import_contracts_hold() -> None:
    completed = run_tool(str(BIN / "lint-imports"), "--no-cache")
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_ruff_finds_nothing() -> None:
    completed = run_tool(str(BIN / "ruff"), "check", "--no-cache", ".")
    assert completed.returncode == 0, completed.stdout
    completed = run_tool(str(BIN / "ruff"), "format", "--check", "--no-cache", ".")
    assert completed.returncode == 0, completed.stdout


def test_mypy_finds_nothing() -> None:
    completed = run_tool(str(BIN / "mypy"), "--no-incremental")
    assert completed.returncode == 0, completed.stdout


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    return [block.strip() for block in blocks]


def test_the_readme_has_exactly_two_one_line_commands_and_ci_runs_the_second() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert "reflect" in commands[0].split("&&")[-1]
    assert "pytest" in commands[1]
    ci_lines = [
        line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    ]
    assert commands[1] in ci_lines


def copy_project(target: Path) -> None:
    ignore = shutil.ignore_patterns(
        ".venv",
        ".git",
        "__pycache__",
        "*.egg-info",
        ".*_cache",
        ".hypothesis",
        # What a local packaging run leaves behind (packaging/smoke.sh): hundreds of MB.
        "build",
        "dist",
        ".flatpak-builder",
    )

    def ignored(folder: str, names: list[str]) -> set[str]:
        skipped = set(ignore(folder, names))
        if Path(folder) == ROOT / "benchmarks":
            skipped.add("out")  # the benchmarks' generated journals: gigabytes
        return skipped

    shutil.copytree(ROOT, target, ignore=ignored)


@pytest.mark.slow
def test_the_readme_start_command_installs_and_starts_the_app_in_a_new_folder(
    tmp_path: Path,
) -> None:
    project = tmp_path / "reflect"
    copy_project(project)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("VIRTUAL_ENV", None)
    output = tmp_path / "output.txt"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            ["/bin/sh", "-c", quick_start_commands()[0]],
            cwd=project,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 600
            app = project / ".venv" / "bin" / "reflect"
            while not app.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(1)
            time.sleep(10)  # past installing: the app starts and waits at its unlock dialog
            still_running = process.poll() is None
        finally:
            with contextlib.suppress(ProcessLookupError):  # it may have ended by itself
                os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    log = output.read_text(encoding="utf-8", errors="replace")
    assert app.exists(), log[-3000:]
    assert still_running, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
