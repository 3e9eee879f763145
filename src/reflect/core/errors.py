"""The ways opening or using a journal can go wrong, each with words a person can act on.

Every error carries a complete, plain sentence (``str(error)``) that the CLI prints on one
line and the window shows in a message. Callers tell the cases apart by type, never by text.

The sentence is made from an English template marked for translation under the context
``"errors"`` (``QT_TRANSLATE_NOOP("errors", "…{folder}…")``) and the values of its named
fields: ``error.template`` and ``error.values`` let the window show it translated
(``reflect.ui.messages.error_text``). A value may be a ``Wording`` of its own (the reason
in "Reflect can't import {path}: {reason} …"), translated the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reflect.core.wording import QT_TRANSLATE_NOOP, Value, Wording

ERRORS = "errors"  # the translation context of every error template and detail


def detail(template: str, /, **values: object) -> Wording:
    """A piece of an error's sentence (a reason, a detail), ``template`` marked under
    ``"errors"`` where it is written."""
    return Wording.of(ERRORS, template, **values)


def as_detail(text: str | Wording) -> Wording:
    """A reason or detail as a ``Wording``: a text given as ``str`` is a template without
    fields, marked under ``"errors"`` where it was written (or made outside Reflect, like an
    operating system's message, and shown as it is)."""
    return text if isinstance(text, Wording) else Wording(ERRORS, text)


class JournalError(Exception):
    """Base class: something about a journal that the person should be told about.

    ``JournalError(QT_TRANSLATE_NOOP("errors", "… {name} …"), name=value)``; a text made
    elsewhere (already in the person's language) can be given alone, without fields.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        self.wording = detail(template, **values)
        super().__init__(str(self.wording))

    @property
    def template(self) -> str:
        """The English sentence with its ``{fields}``, as marked for translation."""
        return self.wording.template

    @property
    def values(self) -> Mapping[str, Value]:
        """The values of the template's fields."""
        return self.wording.values


class JournalNotFound(JournalError):
    """There is no journal in the folder (neither data file nor key file)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "There's no journal in {folder} yet. You can create one with 'reflect init'.",
            ),
            folder=folder,
        )


class JournalAlreadyExists(JournalError):
    """Creating a journal where one (or part of one) already is."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "There's already a journal in {folder}. Reflect won't overwrite it; "
                "choose another folder for a new journal.",
            ),
            folder=folder,
        )


class FolderNotEmpty(JournalError):
    """Creating a journal in a folder that already holds other files."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The folder {folder} already has other files in it. "
                "Choose a new or empty folder for your journal.",
            ),
            folder=folder,
        )


class WrongPassphrase(JournalError):
    """The passphrase did not unwrap the journal's key."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "That passphrase didn't open this journal. Please try again."
            )
        )


class KeyFileMissing(JournalError):
    """The data file is there but the key file that opens it is not."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The journal's key file ({name}) is missing from {folder}, so the journal "
                "can't be opened. If you have a backup, restoring it will bring it back.",
            ),
            name=path.name,
            folder=path.parent,
        )


class KeyFileDamaged(JournalError):
    """The key file exists but cannot be read as a Reflect key file."""

    def __init__(self, path: Path, detail: str | Wording) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The journal's key file ({path}) is damaged ({detail}), so the journal can't "
                "be opened. Nothing was changed; if you have a backup, you can restore it.",
            ),
            path=path,
            detail=as_detail(detail),
        )


class DatabaseMissing(JournalError):
    """The key file is there but the encrypted data file is not."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The journal's data file ({name}) is missing from {folder}. "
                "Nothing was changed; if you have a backup, you can restore it.",
            ),
            name=path.name,
            folder=path.parent,
        )


class JournalDamaged(JournalError):
    """The encrypted data file is damaged: truncated, changed on disk, or unreadable.

    The sentence names the newest automatic backup beside the journal when there is one
    (``backup``), so the person knows which file brings their writing back.
    """

    def __init__(self, path: Path, detail: str | Wording) -> None:
        self.backup = _newest_automatic_backup(path.parent)
        if self.backup is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The journal's data file ({path}) is damaged ({detail}). Reflect left it "
                    "exactly as it is. If you have a backup, you can restore it with Restore "
                    "from Backup… in the File menu, or with 'reflect restore FILE --journal "
                    "NEW_FOLDER'.",
                ),
                path=path,
                detail=as_detail(detail),
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The journal's data file ({path}) is damaged ({detail}). Reflect left it "
                    "exactly as it is. Your newest automatic backup is {backup}: you can "
                    "restore it with Restore from Backup… in the File menu, or with 'reflect "
                    "restore {backup} --journal NEW_FOLDER'.",
                ),
                path=path,
                detail=as_detail(detail),
                backup=self.backup,
            )


def _newest_automatic_backup(journal_folder: Path) -> Path | None:
    # Imported here, not at the top: automatic_backups reaches this module through the
    # modules it stands on, and only a damaged journal needs it.
    from reflect.core.automatic_backups import newest_automatic_backup  # noqa: PLC0415

    return newest_automatic_backup(journal_folder)


class JournalTooNew(JournalError):
    """The journal (or its key file) was written by a newer version of Reflect."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This journal was saved by a newer version of Reflect (format {found}; this "
                "version understands up to {supported}). Please update Reflect to open it; "
                "the journal was left untouched.",
            ),
            found=found,
            supported=supported,
        )


class JournalNotWritable(JournalError):
    """The journal's folder or files cannot be written by this user."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Reflect doesn't have permission to change {path}. Check that the folder "
                "belongs to you and that you can write to it.",
            ),
            path=path,
        )


class DiskFull(JournalError):
    """The disk has no room for the change; what was saved before is intact."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "There isn't enough space on the disk to save this. Everything saved before "
                "is safe; free some space and Reflect will save again.",
            )
        )


class DiskError(JournalError):
    """The disk refused a read or write; the journal itself may well be fine."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk reported an error while Reflect was using {path}. Everything saved "
                "before is safe; check the disk, then try again.",
            ),
            path=path,
        )


class JournalBusy(JournalError):
    """Another program (or another Reflect) is writing to the journal right now."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The journal is busy: another Reflect window or command is using it. "
                "Please try again in a moment.",
            )
        )


class JournalInUse(JournalError):
    """Another Reflect process (a window or a command) has the journal open."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This journal is already open in another Reflect window or command. You can "
                "keep writing there, or close it there and try again here. Nothing was changed.",
            )
        )


class JournalIsLocked(JournalError):
    """A call was made on a journal that has been locked."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The journal is locked. Unlock it to go on."))


class InvalidInput(JournalError):
    """A value given to the journal does not fit (an empty tag, a moment outside the text…)."""


class EntryNotFound(JournalError):
    """No entry has the requested id (it may have been deleted)."""

    def __init__(self, entry_id: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "There's no entry number {number} in this journal."),
            number=entry_id,
        )
        self.entry_id = entry_id


class SearchInterrupted(JournalError):
    """A search was stopped because a newer one replaced it; nobody needs to be told."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The search was stopped for a newer one."))


class ShareNotFound(JournalError):
    """No share has the requested id or name (it may have been deleted)."""

    def __init__(self, name: str | int) -> None:
        if isinstance(name, str):
            super().__init__(
                QT_TRANSLATE_NOOP("errors", "There's no share called “{name}” in this journal."),
                name=name,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("errors", "There's no share number {number} in this journal."),
                number=name,
            )


class ShareItemNotFound(JournalError):
    """A share item was asked for that is no longer there (removed in another window)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "That part of the share is no longer there."))


class PersonNotFound(JournalError):
    """A people-list row was asked for that is no longer there."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "That person is no longer in your people list.")
        )


class NeverShareRefused(InvalidInput):
    """Words marked "Never Share" were asked to go into a share."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "You marked these words “Never Share”, so they stay in your journal and out "
                "of every share. If you change your mind, remove the mark first.",
            )
        )
