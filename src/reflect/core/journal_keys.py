"""Changing the passphrase and the recovery code of an open journal.

Only the key file changes (``update_key_file``: one writer, replaced whole), never the
database: the data key stays, so the journal is never re-encrypted. Every change needs the
current passphrase, or the recovery code the journal was opened with: a journal left
unlocked must not let someone plant a way in for later.
"""

from __future__ import annotations

from collections.abc import Callable

from reflect.core.crypto.kdf import KdfParams
from reflect.core.crypto.keyfile import RECOVERY_SLOT, KeyFile, update_key_file
from reflect.core.errors import InvalidInput
from reflect.core.files import file_errors
from reflect.core.journal_base import OpenJournal
from reflect.core.recovery import new_recovery_code, normalize_recovery_code
from reflect.core.wording import QT_TRANSLATE_NOOP


class JournalKeys(OpenJournal):
    """The passphrase and recovery-code part of ``Journal``."""

    _opened_with_recovery_code = False  # set by unlock_with_recovery_code

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Make ``new`` the passphrase, once ``old`` is confirmed to be the current one.

        A wrong ``old`` raises ``WrongPassphrase`` and leaves the key file as it was. A kill
        at any moment leaves exactly one of the two passphrases working.
        """
        self._check_new_passphrase(new)
        data_key = self._live_data_key()

        def change(key_file: KeyFile) -> KeyFile:
            key_file.check_passphrase(old, data_key)
            return key_file.with_passphrase(data_key, new, kdf or KdfParams.recommended())

        self._update_key_file(change)

    def set_passphrase(self, new: str, *, kdf: KdfParams | None = None) -> None:
        """Make ``new`` the passphrase of a journal opened with its recovery code.

        The way back in for someone who forgot their passphrase; any other journal needs
        ``change_passphrase`` (the current passphrase first).
        """
        self._check_new_passphrase(new)
        if not self._opened_with_recovery_code:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "To choose a new passphrase, type your current one first, or open the "
                    "journal with its recovery code.",
                )
            )
        data_key = self._live_data_key()
        params = kdf or KdfParams.recommended()
        self._update_key_file(lambda key_file: key_file.with_passphrase(data_key, new, params))

    def has_recovery_code(self) -> bool:
        """Whether a recovery code can open this journal (read from the key file)."""
        self._live_data_key()
        with file_errors(self._folder):
            return KeyFile.read(self._key_path).has_slot(RECOVERY_SLOT)

    def create_recovery_code(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """A new recovery code (grouped for reading), replacing any earlier one.

        Show it once: only its wrapped key is kept, so Reflect can never show it again.
        """
        code = new_recovery_code()
        self.set_recovery_code(passphrase, code, kdf=kdf)
        return code

    def set_recovery_code(
        self, passphrase: str, code: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Make ``code`` (from ``new_recovery_code``) the recovery code; the old one stops
        working. For a window that shows the code first and keeps it once it's written down.
        """
        canonical = normalize_recovery_code(code)
        data_key = self._live_data_key()

        def change(key_file: KeyFile) -> KeyFile:
            key_file.check_passphrase(passphrase, data_key)
            params = kdf or KdfParams.recommended()
            return key_file.with_slot(RECOVERY_SLOT, data_key, canonical, params)

        self._update_key_file(change)

    def remove_recovery_code(self, passphrase: str) -> bool:
        """Stop the recovery code from opening the journal; whether there was one."""
        data_key = self._live_data_key()
        had_one = False

        def change(key_file: KeyFile) -> KeyFile:
            nonlocal had_one
            key_file.check_passphrase(passphrase, data_key)
            had_one = key_file.has_slot(RECOVERY_SLOT)
            return key_file.without_slot(RECOVERY_SLOT)

        self._update_key_file(change)
        return had_one

    @staticmethod
    def _check_new_passphrase(passphrase: str) -> None:
        if not passphrase:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Please choose a new passphrase; it can't be empty.")
            )

    def _update_key_file(self, change: Callable[[KeyFile], KeyFile]) -> None:
        with file_errors(self._folder):
            update_key_file(self._key_path, change)
