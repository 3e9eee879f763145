"""UI preferences, declared once with their defaults and limits, kept in QSettings.

Only settings that say nothing about what a person wrote belong here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

PREFERENCES_VERSION = 1


@dataclass(frozen=True)
class IntPreference:
    """A whole-number setting with a default and the range it must stay in."""

    key: str
    default: int
    minimum: int
    maximum: int

    def read(self, settings: QSettings) -> int:
        """The stored value, or the default when it is missing or out of range."""
        raw = settings.value(self.key, self.default)
        try:
            value = int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return self.default
        return value if self.minimum <= value <= self.maximum else self.default

    def write(self, settings: QSettings, value: int) -> None:
        """Store ``value``, which must be within the range."""
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{self.key} must be between {self.minimum} and {self.maximum}")
        settings.setValue("preferences/version", PREFERENCES_VERSION)
        settings.setValue(self.key, value)


AUTO_LOCK_MINUTES = IntPreference("privacy/auto_lock_minutes", default=5, minimum=1, maximum=240)
