"""Argon2id key derivation from a passphrase (or a recovery code), with its parameters.

The parameters travel in the key file, so a journal made with today's defaults still opens
when the defaults grow, and tests can use tiny, fast parameters.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32  # bytes: keys for AES-256-GCM and for SQLCipher's raw key
SALT_LENGTH = 16

# Bounds on what a key file may ask for: a damaged or hostile key file must not make
# unlocking take hours or exhaust memory.
_MEMORY_KIB_RANGE = (8, 4 * 1024 * 1024)
_ITERATIONS_RANGE = (1, 64)
_LANES_RANGE = (1, 64)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost settings and the salt for one derived key."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def recommended(cls) -> KdfParams:
        """RFC 9106's second recommended choice: 64 MiB, 3 passes, 4 lanes, a fresh salt."""
        return cls(salt=os.urandom(SALT_LENGTH), memory_kib=64 * 1024, iterations=3, lanes=4)

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """Cheap settings that keep a test suite quick. Never used by the app itself."""
        return cls(salt=os.urandom(SALT_LENGTH), memory_kib=64, iterations=1, lanes=1)

    def with_fresh_salt(self) -> KdfParams:
        """The same costs with a new random salt (each wrapped key gets its own)."""
        return KdfParams(os.urandom(SALT_LENGTH), self.memory_kib, self.iterations, self.lanes)

    def validate(self) -> None:
        """Raise ``ValueError`` when the settings are outside what Reflect accepts."""
        checks = (
            ("memory_kib", self.memory_kib, _MEMORY_KIB_RANGE),
            ("iterations", self.iterations, _ITERATIONS_RANGE),
            ("lanes", self.lanes, _LANES_RANGE),
        )
        for name, value, (low, high) in checks:
            if not low <= value <= high:
                raise ValueError(f"{name} {value} is outside {low}..{high}")
        if self.memory_kib < 8 * self.lanes:
            raise ValueError("memory_kib must be at least 8 times the lanes")
        if len(self.salt) < 8:
            raise ValueError("the salt is too short")


def normalize_secret(secret: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so the same words typed anywhere match."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_key(secret: str, params: KdfParams) -> bytes:
    """Derive a 256-bit key from ``secret`` with Argon2id. Deliberately slow."""
    params.validate()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_secret(secret))
