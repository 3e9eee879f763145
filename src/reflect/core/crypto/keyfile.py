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
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reflect.core.crypto.kdf import KEY_LENGTH, KdfParams, derive_key
from reflect.core.errors import JournalTooNew, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from reflect.core.files import atomic_write

FORMAT = "reflect-key"
VERSION = 1
NONCE_LENGTH = 12
MAX_SLOTS = 8  # a passphrase and recovery codes; more would let a file make unlocking crawl
PASSPHRASE_SLOT = "passphrase"  # noqa: S105 - a slot kind, not a secret


@dataclass(frozen=True)
class KeySlot:
    """The data key wrapped under one secret (a passphrase, later also a recovery code)."""

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
        for slot in self.slots:
            if slot.kind != PASSPHRASE_SLOT:
                continue
            key = derive_key(passphrase, slot.kdf)
            try:
                data_key = AESGCM(key).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data())
            except InvalidTag:
                continue
            if len(data_key) == KEY_LENGTH:
                return data_key
        raise WrongPassphrase()

    def with_passphrase(self, data_key: bytes, passphrase: str, kdf: KdfParams) -> KeyFile:
        """A copy whose passphrase slot wraps ``data_key`` under a new passphrase."""
        others = tuple(s for s in self.slots if s.kind != PASSPHRASE_SLOT)
        return replace(self, slots=(_wrap(data_key, PASSPHRASE_SLOT, passphrase, kdf), *others))

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
                raise ValueError("not a JSON object")
            checksum = document.pop("checksum")
            if document.get("format") != FORMAT:
                raise ValueError("not a Reflect key file")
            if hashlib.sha256(_canonical(document)).hexdigest() != checksum:
                raise ValueError("its checksum doesn't match")
            version = document["version"]
            if type(version) is not int or version < 1:
                raise ValueError(f"unknown key file version {version!r}")
            if version > VERSION:
                raise JournalTooNew(version, VERSION)
            if not 0 < len(document["slots"]) <= MAX_SLOTS:
                raise ValueError("it holds an unusual number of keys")
            slots = tuple(_slot_from_json(s) for s in document["slots"])
            if not any(s.kind == PASSPHRASE_SLOT for s in slots):
                raise ValueError("it holds no passphrase slot")
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
            raise KeyFileDamaged(path, "it is a folder, not a file") from None
        return cls.from_bytes(data, path)

    def write(self, path: Path) -> None:
        """Write atomically: after a crash, the old or the new key file is there, whole."""
        atomic_write(path, self.to_bytes())


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
