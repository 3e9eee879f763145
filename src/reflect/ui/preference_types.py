"""The kinds of preference ``reflect.ui.preferences`` declares: a whole number in a range,
on/off, one of a few choices, a short text. Each knows its settings key and default, which
stored values it accepts (anything else reads as the default, so reading never fails), and
the words the Preferences dialog shows for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

PREFERENCES_VERSION = 2
VERSION_KEY = "preferences/version"
MAX_TEXT_LENGTH = 200

T = TypeVar("T")


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One setting: its key, default, and the words that describe it to people.

    ``label`` (shown beside its control, with its ``&`` mnemonic), ``name`` (the control's
    accessible name) and ``description`` (its accessible description and tooltip) are
    source texts marked with ``QT_TRANSLATE_NOOP`` under the context ``"Preferences"``.
    """

    key: str
    default: T
    label: str = field(default="", kw_only=True)
    name: str = field(default="", kw_only=True)
    description: str = field(default="", kw_only=True)

    def default_value(self) -> T:
        """The value used when nothing valid is stored (and by "Restore Defaults")."""
        return self.default

    def accepted(self, raw: object) -> T | None:
        """``raw`` as this preference's value, or ``None`` when it isn't one."""
        raise NotImplementedError

    def read(self, settings: QSettings) -> T:
        """The stored value, or the default when it is missing, unreadable or out of range."""
        raw = settings.value(self.key)
        value = None if raw is None else self.accepted(raw)
        return self.default_value() if value is None else value

    def write(self, settings: QSettings, value: T) -> None:
        """Store ``value``; a ``ValueError`` says why when it is not allowed."""
        if self.accepted(value) != value:
            raise ValueError(self.why_not(value))
        if not settings.contains(VERSION_KEY):  # a new file: it is in today's form
            settings.setValue(VERSION_KEY, PREFERENCES_VERSION)
        settings.setValue(self.key, value)

    def why_not(self, value: object) -> str:
        """A developer's explanation of why ``value`` isn't allowed (never shown)."""
        return f"{self.key} can't be {value!r}"


@dataclass(frozen=True)
class IntPreference(Preference[int]):
    """A whole number within ``minimum``–``maximum``; ``unset`` (if given) is also allowed
    and means "not chosen: follow the system". ``suffix`` is the unit a spin box shows."""

    minimum: int = 0
    maximum: int = 0
    unset: int | None = None
    suffix: str = field(default="", kw_only=True)

    def accepted(self, raw: object) -> int | None:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            return None
        try:
            value = int(raw)
        except (TypeError, ValueError, OverflowError):
            return None
        if value == self.unset or self.minimum <= value <= self.maximum:
            return value
        return None

    def why_not(self, value: object) -> str:
        return f"{self.key} must be between {self.minimum} and {self.maximum}"


_TRUE, _FALSE = frozenset({"true", "1", "yes", "on"}), frozenset({"false", "0", "no", "off"})


@dataclass(frozen=True)
class BoolPreference(Preference[bool]):
    """On or off (an INI file gives back ``"true"``/``"false"`` strings)."""

    def accepted(self, raw: object) -> bool | None:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int):
            return {0: False, 1: True}.get(raw)
        if isinstance(raw, str):
            text = raw.strip().lower()
            return True if text in _TRUE else False if text in _FALSE else None
        return None


@dataclass(frozen=True)
class Choice:
    """One allowed value of a ``ChoicePreference`` and its label (marked for translation)."""

    value: str
    label: str


@dataclass(frozen=True)
class ChoicePreference(Preference[str]):
    """One of a few fixed values. ``locale_default``, if given, picks the default for the
    person's locale (it must return one of the choices)."""

    choices: tuple[Choice, ...] = ()
    locale_default: Callable[[], str] | None = None

    @property
    def values(self) -> tuple[str, ...]:
        """The allowed values, in the order they are offered."""
        return tuple(choice.value for choice in self.choices)

    def default_value(self) -> str:
        if self.locale_default is not None:
            chosen = self.locale_default()
            if chosen in self.values:
                return chosen
        return self.default

    def accepted(self, raw: object) -> str | None:
        return raw if isinstance(raw, str) and raw in self.values else None

    def why_not(self, value: object) -> str:
        return f"{self.key} must be one of {', '.join(self.values)}"


@dataclass(frozen=True)
class TextPreference(Preference[str]):
    """A short line of text, such as a font family's name ("" means not chosen)."""

    def accepted(self, raw: object) -> str | None:
        if not isinstance(raw, str) or len(raw) > MAX_TEXT_LENGTH:
            return None
        text = raw.strip()
        return text if text.isprintable() else None
