"""``run_with_progress``: long journal work on the worker thread, behind a progress dialog
with a Cancel button, so the window stays responsive and the person stays in control."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.progress import Cancelled, Progress
from reflect.ui.messages import stage_text
from reflect.ui.worker import JournalWorker

_POLL_MS = 100
_SHOW_AFTER_MS = 300  # quick work finishes before a dialog flashes up


def run_with_progress(
    parent: QWidget,
    worker: JournalWorker,
    label: str,
    work: Callable[[Journal, Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[JournalError], None],
    on_cancelled: Callable[[], None] | None = None,
) -> QProgressDialog:
    """Run ``work(journal, progress)`` on ``worker`` behind ``label`` (translated by the
    caller; the stages ``work`` reports are shown through ``stage_text``); ``on_done(result)`` or
    ``on_error(error)`` follow on the UI thread (``on_cancelled`` if the person stopped it).
    Returns the dialog (tests press its Cancel button)."""
    progress = Progress()
    cancel = QCoreApplication.translate("progress_runner", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("progress_runner", "Reflect"))
    dialog.setAccessibleName(label)
    dialog.setMinimumDuration(_SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    timer = QTimer(dialog)
    timer.setInterval(_POLL_MS)

    def show_progress() -> None:
        fraction = progress.fraction
        if fraction is None:
            dialog.setRange(0, 0)  # a busy bar until the total is known
        else:
            dialog.setRange(0, 1000)
            dialog.setValue(int(fraction * 1000))
        if progress.stage:
            dialog.setLabelText(stage_text(progress.stage))

    def finish() -> None:
        timer.stop()
        dialog.canceled.disconnect(progress.cancel)
        dialog.close()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(error: JournalError) -> None:
        finish()
        if isinstance(error, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        else:
            on_error(error)

    dialog.canceled.connect(progress.cancel)
    timer.timeout.connect(show_progress)
    timer.start()
    worker.submit(lambda journal: work(journal, progress), on_done=done, on_error=failed)
    return dialog
