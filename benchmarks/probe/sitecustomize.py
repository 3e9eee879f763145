"""The benchmark's probe inside a real ``python -m reflect`` process; the app has no hook.

Python imports ``sitecustomize`` at start-up from the first folder on ``sys.path`` that has
one. ``benchmarks/app_process.py`` puts this folder first on ``PYTHONPATH`` only for the
app processes it starts, and names what to do in the environment; anywhere else this file
is never imported. It waits for ``reflect.ui.session`` to be imported, then wraps
``JournalSession.start`` (which shows the unlock screen):

* ``REFLECT_BENCHMARK_MODE=startup``: when the unlock screen has been painted for the first
  time, write the ``time.monotonic()`` of that moment (the same clock as the parent's, which
  noted it just before starting the process) and the names of the modules imported by then
  to ``REFLECT_BENCHMARK_RESULT``, and cancel the screen, which ends the app as Cancel does.
* ``REFLECT_BENCHMARK_MODE=session``: count the SQL statements each thread runs
  (``benchmarks.ui_thread_sql``) from before Reflect opens anything, and hand the running
  session to ``benchmarks.app_session.drive``, which unlocks and works through the window.

What it adds to the start-up being measured: this module and one extra import finder
consulted on every import (a string comparison), well under a millisecond.
"""

from __future__ import annotations

import importlib.abc
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

STARTED = time.monotonic()
MODE = os.environ.get("REFLECT_BENCHMARK_MODE", "")
RESULT = os.environ.get("REFLECT_BENCHMARK_RESULT", "")
WATCHED = "reflect.ui.session"


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs ``then(module)`` once, right after the module named ``name`` has executed."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self._name = name
        self._then = then

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != self._name:
            return None
        sys.meta_path.remove(self)  # once: the finders after it find the real module
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec: ModuleSpec | None = find(fullname, path, target) if find else None
            if spec is not None and spec.loader is not None:
                loader: Any = spec.loader
                loader.exec_module = self._followed(loader.exec_module)
                return spec
        return None

    def _followed(self, execute: Callable[[ModuleType], None]) -> Callable[[ModuleType], None]:
        def exec_module(module: ModuleType) -> None:
            execute(module)
            self._then(module)

        return exec_module


def _write(found: dict[str, Any]) -> None:
    with open(RESULT, "w", encoding="utf-8") as file:
        json.dump(found, file)


def _watch_first_paint(session: Any) -> None:
    """Note when the unlock screen has first been painted, then cancel it."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415 - loaded by now

    class FirstPaint(QObject):
        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self._seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self._seen:
                self._seen = True
                # The paint runs after this filter returns; the timer fires after it.
                QTimer.singleShot(0, self._painted)
            return False

        def _painted(self) -> None:
            shown = time.monotonic()
            # What the process had imported to show the screen (tests check the list).
            _write({"shown": shown, "probe_loaded": STARTED, "modules": sorted(sys.modules)})
            session.dialog.reject()

    dialog = session.dialog
    dialog.installEventFilter(FirstPaint(dialog))


def _hand_over(session: Any) -> None:
    from benchmarks.app_session import drive  # noqa: PLC0415
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    QTimer.singleShot(0, lambda: drive(session))


def _wrap_start(module: ModuleType) -> None:
    session_class = module.JournalSession
    start = session_class.start
    then = _watch_first_paint if MODE == "startup" else _hand_over

    def probed_start(self: Any) -> None:
        start(self)
        then(self)

    session_class.start = probed_start


if MODE in ("startup", "session") and RESULT:
    if MODE == "session":
        from benchmarks.ui_thread_sql import install

        install()
    sys.meta_path.insert(0, _AfterImport(WATCHED, _wrap_start))
