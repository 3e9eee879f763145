"""Guards against Qt binding releases with bugs that would crash a long writing session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    said = Signal(str)


def test_emitting_a_signal_keeps_python_reference_counts_whole(qtbot: QtBot) -> None:
    # PySide6 6.12.0 drops a reference to True on every emit(); after enough autosaves the
    # interpreter aborts. pyproject.toml excludes it; this test keeps the exclusion honest.
    emitter, label = _Emitter(), QLabel()
    qtbot.addWidget(label)
    emitter.said.connect(label.setText)
    emitter.said.connect(lambda text: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.said.emit("Saved")
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
