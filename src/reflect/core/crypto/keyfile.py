"""The key file: the journal's random data key, wrapped under keys derived from secrets.

Layout (JSON, so a person or a future version can read what it is)::

    {"format": "reflect-key", "version": 1,
     "slots": [{"kind": "passphrase",
                "kdf": {"algorithm": "argon2id", "salt": b64, "memory_kib": ..,
                        "iterations": .., "lanes": ..},
                "nonce": b64, "wrapped_key": b64}],
     "checksum": sha256 hex of the canonical JSON of everything above}

Each slot wraps the same data key with AES-256-GCM; the slot's own settings are the GCM
associated data, so changing a cost parameter makes the unwrap fail instead of silently
deriving another key. The checksum is not security (GCM is): it lets Reflect tell a key file
damaged on disk from a passphrase that is simply wrong, which the GCM tag alone cannot.

Slot kinds: one ``passphrase`` slot (always), and at most one ``recovery`` slot, wrapped
under the recovery code's canonical form (``reflect.core.recovery``).

Changes (a new passphrase, a recovery code) go through ``update_key_file``: one writer at a
time, and the file is replaced whole (``atomic_write``), so a crash or a kill at any moment
leaves the old file or the new one — never neither, never a mix.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import fcntl
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reflect.core.crypto.kdf import KEY_LENGTH, KdfParams, derive_key
from reflect.core.errors import JournalTooNew, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from reflect.core.files import atomic_write
from reflect.core.recovery import NoRecoveryCode, WrongRecoveryCode
from reflect.core.wording import QT_TRANSLATE_NOOP

FORMAT = "reflect-key"
VERSION = 1
NONCE_LENGTH = 12
MAX_SLOTS = 8  # a passphrase and recovery codes; more would let a file make unlocking crawl
PASSPHRASE_SLOT = "passphrase"  # noqa: S105 - a slot kind, not a secret
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True)
class KeySlot:
    """The data key wrapped under one secret (the passphrase or the recovery code)."""

    kind: str
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes

    def associated_data(self) -> bytes:
        """What GCM authenticates besides the key: the format and this slot's settings."""
        settings = {
            "format": FORMAT,
            "version": VERSION,
            "kind": self.kind,
            "kdf": _kdf_json(self.kdf),
        }
        return _canonical(settings)


@dataclass(frozen=True)
class KeyFile:
    """An in-memory key file. Holds only wrapped keys, never the data key itself."""

    slots: tuple[KeySlot, ...]

    @classmethod
    def new(cls, data_key: bytes, passphrase: str, kdf: KdfParams) -> KeyFile:
        """A key file with a single passphrase slot wrapping ``data_key``."""
        return cls(slots=(_wrap(data_key, PASSPHRASE_SLOT, passphrase, kdf),))

    def unwrap(self, passphrase: str) -> bytes:
        """The data key, if ``passphrase`` opens a passphrase slot; else ``WrongPassphrase``."""
        data_key = self._unwrap_kind(PASSPHRASE_SLOT, passphrase)
        if data_key is None:
            raise WrongPassphrase()
        return data_key

    def unwrap_recovery(self, code: str) -> bytes:
        """The data key, if the (canonical) recovery ``code`` opens the recovery slot."""
        if not self.has_slot(RECOVERY_SLOT):
            raise NoRecoveryCode()
        data_key = self._unwrap_kind(RECOVERY_SLOT, code)
        if data_key is None:
            raise WrongRecoveryCode()
        return data_key

    def check_passphrase(self, passphrase: str, data_key: bytes) -> None:
        """``WrongPassphrase`` unless ``passphrase`` opens this file to ``data_key``."""
        if self.unwrap(passphrase) != data_key:
            raise WrongPassphrase()  # it opens some other journal's key, not this one's

    def has_slot(self, kind: str) -> bool:
        """Whether a secret of this kind (``PASSPHRASE_SLOT``, ``RECOVERY_SLOT``) opens it."""
        return any(slot.kind == kind for slot in self.slots)

    def with_passphrase(self, data_key: bytes, passphrase: str, kdf: KdfParams) -> KeyFile:
        """A copy whose passphrase slot wraps ``data_key`` under a new passphrase."""
        return self.with_slot(PASSPHRASE_SLOT, data_key, passphrase, kdf)

    def with_slot(self, kind: str, data_key: bytes, secret: str, kdf: KdfParams) -> KeyFile:
        """A copy whose one slot of ``kind`` wraps ``data_key`` under ``secret``.

        Any earlier slot of that kind is gone: a new recovery code replaces the old one.
        The passphrase slot stays first, so the file reads in the order people think of it.
        """
        new = _wrap(data_key, kind, secret, kdf)
        others = tuple(slot for slot in self.slots if slot.kind != kind)
        slots = (new, *others) if kind == PASSPHRASE_SLOT else (*others, new)
        return replace(self, slots=slots)

    def without_slot(self, kind: str) -> KeyFile:
        """A copy without slots of ``kind``; the passphrase slot can't be removed."""
        if kind == PASSPHRASE_SLOT:
            raise ValueError("a key file always keeps its passphrase slot")
        return replace(self, slots=tuple(slot for slot in self.slots if slot.kind != kind))

    def _unwrap_kind(self, kind: str, secret: str) -> bytes | None:
        for slot in self.slots:
            if slot.kind != kind:
                continue
            key = derive_key(secret, slot.kdf)
            try:
                data_key = AESGCM(key).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data())
            except InvalidTag:
                continue
            if len(data_key) == KEY_LENGTH:
                return data_key
        return None

    def to_bytes(self) -> bytes:
        """The file's bytes: indented JSON with its checksum."""
        body = {"format": FORMAT, "version": VERSION, "slots": [_slot_json(s) for s in self.slots]}
        document = {**body, "checksum": hashlib.sha256(_canonical(body)).hexdigest()}
        return (json.dumps(document, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, path: Path) -> KeyFile:
        """Parse a key file; any deviation from the format is ``KeyFileDamaged``."""
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict):
                raise ValueError(QT_TRANSLATE_NOOP("errors", "not a JSON object"))
            checksum = document.pop("checksum")
            if document.get("format") != FORMAT:
                raise ValueError(QT_TRANSLATE_NOOP("errors", "not a Reflect key file"))
            if hashlib.sha256(_canonical(document)).hexdigest() != checksum:
                raise ValueError(QT_TRANSLATE_NOOP("errors", "its checksum doesn't match"))
            version = document["version"]
            if type(version) is not int or version < 1:
                raise ValueError(f"unknown key file version {version!r}")
            if version > VERSION:
                raise JournalTooNew(version, VERSION)
            if not 0 < len(document["slots"]) <= MAX_SLOTS:
                raise ValueError(QT_TRANSLATE_NOOP("errors", "it holds an unusual number of keys"))
            slots = tuple(_slot_from_json(s) for s in document["slots"])
            if not any(s.kind == PASSPHRASE_SLOT for s in slots):
                raise ValueError(QT_TRANSLATE_NOOP("errors", "it holds no passphrase slot"))
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError) as error:
            raise KeyFileDamaged(path, str(error) or type(error).__name__) from None
        return cls(slots=slots)

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        """Read the key file at ``path``."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing(path) from None
        except IsADirectoryError:
            raise KeyFileDamaged(
                path, QT_TRANSLATE_NOOP("errors", "it is a folder, not a file")
            ) from None
        return cls.from_bytes(data, path)

    def write(self, path: Path) -> None:
        """Write atomically: after a crash, the old or the new key file is there, whole."""
        atomic_write(path, self.to_bytes())


def update_key_file(path: Path, change: Callable[[KeyFile], KeyFile]) -> None:
    """Read the key file, ``change`` it and write the result in its place.

    Another Reflect (a window and ``reflect passwd`` at once) waits for its turn, so
    neither writes a file made from what the other is replacing, and a secret checked by
    ``change`` is checked against the file that is really there. Leftover temporary files
    from an interrupted write are removed here, where no other write can be running.
    """
    with _one_writer(path.parent):
        updated = change(KeyFile.read(path))
        _remove_leftover_temp_files(path)
        updated.write(path)


@contextlib.contextmanager
def _one_writer(folder: Path) -> Iterator[None]:
    # An advisory lock on the folder itself: it adds no file to the journal, and the
    # kernel drops it when the process ends, however it ends.
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_leftover_temp_files(path: Path) -> None:
    # The names ``atomic_write`` gives its temporary files. Reading never looks at them
    # (only ``path`` itself is read), so a leftover is only clutter — but it holds a
    # wrapped key, so it doesn't stay.
    leftover = re.compile(rf"\.{re.escape(path.name)}\.[0-9a-f]{{12}}\.tmp")
    for candidate in path.parent.iterdir():
        if leftover.fullmatch(candidate.name):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()


def _wrap(data_key: bytes, kind: str, secret: str, kdf: KdfParams) -> KeySlot:
    params = kdf.with_fresh_salt()
    unsealed = KeySlot(kind=kind, kdf=params, nonce=os.urandom(NONCE_LENGTH), wrapped_key=b"")
    key = derive_key(secret, params)
    wrapped = AESGCM(key).encrypt(unsealed.nonce, data_key, unsealed.associated_data())
    return replace(unsealed, wrapped_key=wrapped)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text, validate=True)


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "salt": _b64(kdf.salt),
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
    }


def _slot_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "kind": slot.kind,
        "kdf": _kdf_json(slot.kdf),
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
    }


def _slot_from_json(raw: Any) -> KeySlot:
    kdf_raw = raw["kdf"]
    if kdf_raw["algorithm"] != "argon2id":
        raise ValueError(f"unknown key derivation {kdf_raw['algorithm']!r}")
    numbers = [kdf_raw[name] for name in ("memory_kib", "iterations", "lanes")]
    if not all(type(n) is int for n in numbers):
        raise TypeError("key derivation settings must be whole numbers")
    kdf = KdfParams(_unb64(kdf_raw["salt"]), *numbers)
    kdf.validate()
    slot = KeySlot(str(raw["kind"]), kdf, _unb64(raw["nonce"]), _unb64(raw["wrapped_key"]))
    if len(slot.nonce) != NONCE_LENGTH or len(slot.wrapped_key) != KEY_LENGTH + 16:
        raise ValueError("a wrapped key has the wrong length")
    return slot
