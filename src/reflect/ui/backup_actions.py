"""What the window does for "Back Up Now…", "Restore from Backup…" and the daily backup.

Each runs its journal work on the worker (``run_with_progress``: a progress bar and Cancel)
and tells the person the outcome in plain words. Restoring replaces the journal the window
shows, so the window's owner (the session) takes part through ``RestoreHooks``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QMainWindow, QWidget

from reflect.core.automatic_backups import DEFAULT_KEEP, automatic_backup_folder
from reflect.core.backup import BACKUP_SUFFIX, Manifest, read_manifest
from reflect.core.errors import JournalError, WrongPassphrase
from reflect.core.journal import Journal
from reflect.core.progress import Cancelled, Progress
from reflect.core.restore import PreparedRestore, Restored, prepare_restore
from reflect.ui import file_dialogs
from reflect.ui.messages import error_text, tell
from reflect.ui.progress_runner import run_with_progress
from reflect.ui.restore_dialog import RestoreDialog
from reflect.ui.worker import JournalWorker

STATUS_MS = 10_000


def file_filter() -> str:
    """The file dialogs' filter: backups first, then every file."""
    shown = QCoreApplication.translate(
        "backup_actions", "Reflect backups (*{suffix});;All files (*)"
    )
    return shown.format(suffix=BACKUP_SUFFIX)


def back_up_now(window: QWidget, worker: JournalWorker, *, today: date | None = None) -> None:
    """Ask where to save a backup, write it on the worker, and say how it went."""
    day = today or date.today()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder or Path.home()) / f"Reflect backup {day.isoformat()}{BACKUP_SUFFIX}"
    path = file_dialogs.save_file(
        window,
        QCoreApplication.translate("backup_actions", "Save an Encrypted Backup"),
        suggested,
        file_filter(),
    )
    if path is None:
        return
    if path.suffix != BACKUP_SUFFIX:
        path = path.with_name(path.name + BACKUP_SUFFIX)

    def done(written: Path) -> None:
        said = QCoreApplication.translate(
            "backup_actions",
            "Your journal is backed up to:\n{file}\n\nThe backup stays encrypted. It opens "
            "only with your passphrase, the one you use now, so keep both safe. A copy on "
            "another drive keeps your writing safe even if this computer fails.",
        )
        tell(
            window,
            QCoreApplication.translate("backup_actions", "Backup Made"),
            said.format(file=written),
        )

    def failed(error: JournalError) -> None:
        said = QCoreApplication.translate(
            "backup_actions", "Reflect couldn't make the backup. {reason}"
        ).format(reason=error_text(error))
        tell(
            window, QCoreApplication.translate("backup_actions", "Backup Not Made"), said, warn=True
        )

    run_with_progress(
        window,
        worker,
        QCoreApplication.translate("backup_actions", "Backing up your journal…"),
        lambda journal, progress: journal.back_up(path, progress),
        on_done=done,
        on_error=failed,
        on_cancelled=lambda: show_status(
            window,
            QCoreApplication.translate("backup_actions", "Backup stopped. Nothing was written."),
        ),
    )


def automatic_backup(
    window: QWidget, worker: JournalWorker, *, keep: int = DEFAULT_KEEP
) -> Progress:
    """Make today's automatic backup on the worker if it isn't made yet (call after each
    unlock; only the first of a day writes one). Never asks anything: the outcome goes to
    the status bar, and a failure never stands in the way of writing. Cancel the returned
    ``Progress`` to stop it (e.g. when the journal locks)."""
    progress = Progress()

    def work(journal: Journal) -> Path | None:
        return journal.back_up_automatically(
            automatic_backup_folder(journal.folder), keep, progress=progress
        )

    def done(made: Path | None) -> None:
        if made is not None:
            show_status(
                window,
                QCoreApplication.translate("backup_actions", "Today's automatic backup is made."),
            )

    def failed(error: JournalError) -> None:
        if not isinstance(error, Cancelled):
            said = QCoreApplication.translate(
                "backup_actions",
                "Today's automatic backup couldn't be made; writing works as usual. {reason}",
            )
            show_status(window, said.format(reason=error_text(error)))

    worker.submit(work, on_done=done, on_error=failed)
    return progress


@dataclass(frozen=True)
class RestoreHooks:
    """What the window's owner does while a restore replaces the journal it shows.

    ``close_views()``: save what is on screen and clear every view of the journal; ``False``
    if the person chose to stay (then nothing is changed). ``on_reopened()``: the restored
    journal is open on the worker; show it. ``on_closed()``: the worker's journal is locked
    and couldn't be opened again; show the unlock screen.
    """

    close_views: Callable[[], bool]
    on_reopened: Callable[[], None]
    on_closed: Callable[[], None]


def restore_from_backup(
    window: QWidget, worker: JournalWorker, folder: Path, hooks: RestoreHooks
) -> None:
    """Restore a backup the person chooses in place of the open journal in ``folder``.

    The backup is checked while the journal stays open (Cancel leaves all as it was). Then
    ``hooks.close_views()``; the journal is closed, the restored one put in place (the old
    one kept aside, and the person told where) and opened on the worker with the backup's
    passphrase: ``hooks.on_reopened()``, or ``hooks.on_closed()`` if it didn't open.
    """
    start = automatic_backup_folder(folder)
    if not start.is_dir():
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
    title = QCoreApplication.translate("backup_actions", "Restore from Backup")
    chosen = file_dialogs.open_file(window, title, start, file_filter())
    if chosen is not None:
        _RestoreFlow(window, worker, folder, chosen, hooks)


class _RestoreFlow(QObject):
    """One restore, step by step: read the manifest, ask, check, replace, reopen."""

    def __init__(
        self, window: QWidget, worker: JournalWorker, folder: Path, file: Path, hooks: RestoreHooks
    ) -> None:
        super().__init__(window)  # the window keeps it alive until it is done
        self._window, self._worker, self._folder, self._file = window, worker, folder, file
        self._hooks = hooks
        self._passphrase = ""
        self._prepared: PreparedRestore | None = None
        self.dialog: RestoreDialog | None = None
        worker.submit(lambda _: read_manifest(file), self._ask, self._fail)

    def _ask(self, manifest: Manifest) -> None:
        self.dialog = RestoreDialog(self._file, manifest.created, self._window)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.rejected.connect(self._finish)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        if self.dialog is None:
            return
        self._passphrase = self.dialog.passphrase.text()
        self.dialog.passphrase.clear()
        file, folder, passphrase = self._file, self._folder, self._passphrase
        run_with_progress(
            self._window,
            self._worker,
            QCoreApplication.translate("_RestoreFlow", "Checking the backup…"),
            lambda _, progress: prepare_restore(file, folder, passphrase, progress),
            on_done=self._replace,
            on_error=self._on_check_failed,
            on_cancelled=self._finish,
        )

    def _on_check_failed(self, error: JournalError) -> None:
        if isinstance(error, WrongPassphrase) and self.dialog is not None:
            self.dialog.show_message(error_text(error))
            self.dialog.open()  # let the person try again
        else:
            self._fail(error)

    def _replace(self, prepared: PreparedRestore) -> None:
        self._prepared = prepared
        if not self._hooks.close_views():
            self._finish()  # the checked copy is thrown away; nothing else was touched
            return

        def replace(journal: Journal) -> Restored:
            journal.lock()  # its files are about to move
            return prepared.put_in_place(replace=True)

        self._worker.submit(replace, self._reopen, self._on_replace_failed)

    def _reopen(self, restored: Restored) -> None:
        def opened(_: object) -> None:
            self._hooks.on_reopened()
            title = QCoreApplication.translate("_RestoreFlow", "Journal Restored")
            tell(self._window, title, _restored_message(restored, self._folder))
            self._finish()

        def failed(error: JournalError) -> None:
            self._hooks.on_closed()
            said = QCoreApplication.translate(
                "_RestoreFlow", "{restored}\n\nIt didn't open right away: {reason}"
            ).format(restored=_restored_message(restored, self._folder), reason=error_text(error))
            tell(
                self._window,
                QCoreApplication.translate("_RestoreFlow", "Journal Restored"),
                said,
                warn=True,
            )
            self._finish()

        self._worker.open_journal(
            self._folder, self._passphrase, create=False, on_done=opened, on_error=failed
        )

    def _on_replace_failed(self, error: JournalError) -> None:
        self._hooks.on_closed()
        self._fail(error)

    def _fail(self, error: JournalError) -> None:
        said = QCoreApplication.translate(
            "_RestoreFlow", "Reflect didn't restore the backup. {reason}"
        ).format(reason=error_text(error))
        tell(
            self._window,
            QCoreApplication.translate("_RestoreFlow", "Backup Not Restored"),
            said,
            warn=True,
        )
        self._finish()

    def _finish(self) -> None:
        if self._prepared is not None:
            # Removing a folder, not reading the journal: fine on this thread, and it
            # works even when the worker's journal was locked meanwhile. A no-op once the
            # copy was put in place.
            self._prepared.discard()
            self._prepared = None
        self._passphrase = ""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def _restored_message(restored: Restored, folder: Path) -> str:
    text = QCoreApplication.translate(
        "backup_actions",
        "Your journal is restored in {folder}. Every page of the backup was checked. It "
        "opens with the passphrase it had when the backup was made.",
    ).format(folder=folder)
    if restored.kept_aside is not None:
        kept = QCoreApplication.translate(
            "backup_actions",
            "Your journal as it was before is kept in:\n{folder}\nIt opens with its old "
            "passphrase. Once you're sure you don't need it, you can delete that folder.",
        )
        text += "\n\n" + kept.format(folder=restored.kept_aside)
    return text


def show_status(window: QWidget, text: str) -> None:
    """A passing note in the window's status bar (when it has one)."""
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)
