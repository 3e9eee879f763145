"""UI preferences, declared once with their defaults, limits and wording, kept in QSettings.

Each preference below says its settings key, its default, what values it accepts, and the
label and description the Preferences dialog shows (marked for translation here, translated
where they are shown). Reading never fails: a missing, unreadable or out-of-range value
gives the default. The stored form is versioned (``preferences/version``); ``migrate``
brings settings written by an older Reflect up to date.

Only settings that say nothing about what a person wrote belong here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings

from reflect.core.automatic_backups import DEFAULT_KEEP
from reflect.core.shares import (
    DEFAULT_FONT_SIZE,
    DEFAULT_WORDS_PER_MINUTE,
    MAX_FONT_SIZE,
    MAX_WORDS_PER_MINUTE,
    MIN_FONT_SIZE,
    MIN_WORDS_PER_MINUTE,
    ShareSettings,
)
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.preference_types import (
    PREFERENCES_VERSION,
    VERSION_KEY,
    BoolPreference,
    Choice,
    ChoicePreference,
    IntPreference,
    Preference,
    TextPreference,
)

# The kinds of preference are part of this module's API too.
__all__ = [
    "ALL_PREFERENCES",
    "AUTO_LOCK_MINUTES",
    "BACKUP_COUNT",
    "DISCREET_MODE",
    "EDITOR_FONT_FAMILY",
    "EDITOR_FONT_SIZE",
    "PDF_FONT_SIZE",
    "PDF_PAGE_SIZE",
    "PREFERENCES_VERSION",
    "THEME",
    "VERSION_KEY",
    "WORDS_PER_MINUTE",
    "BoolPreference",
    "Choice",
    "ChoicePreference",
    "IntPreference",
    "Preference",
    "Preferences",
    "TextPreference",
    "migrate",
    "new_share_settings",
    "page_size_for",
    "read_preferences",
    "stored_version",
]


# Territories (CLDR) where paper is US Letter; everyone else prints on A4.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.CostaRica,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.PuertoRico,
        QLocale.Country.ElSalvador,
        QLocale.Country.Belize,
    }
)


def page_size_for(locale: QLocale) -> str:
    """The paper size people in ``locale`` usually print on: "Letter" or "A4"."""
    letter = (
        locale.territory() in _LETTER_TERRITORIES
        or locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    )
    return "Letter" if letter else "A4"


def _locale_page_size() -> str:
    return page_size_for(QLocale())


AUTO_LOCK_MINUTES = IntPreference(
    "privacy/auto_lock_minutes",
    default=5,
    minimum=1,
    maximum=240,
    suffix=QT_TRANSLATE_NOOP("Preferences", " minutes"),
    label=QT_TRANSLATE_NOOP("Preferences", "&Lock the journal after:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Auto-lock minutes"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "Reflect locks your journal after this many minutes without typing or clicking.",
    ),
)
DISCREET_MODE = BoolPreference(
    "privacy/discreet_mode",
    default=False,
    label=QT_TRANSLATE_NOOP("Preferences", "&Discreet mode"),
    name=QT_TRANSLATE_NOOP("Preferences", "Discreet mode"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "For shared computers: a plain window title and icon, and Ctrl+Shift+L hides "
        "everything at once.",
    ),
)
EDITOR_FONT_FAMILY = TextPreference(
    "writing/editor_font_family",
    default="",
    label=QT_TRANSLATE_NOOP("Preferences", "Editor &font:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Editor font"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "The typeface you write in. Your saved words and their formatting stay as they are.",
    ),
)
EDITOR_FONT_SIZE = IntPreference(
    "writing/editor_font_size",
    default=0,
    minimum=6,
    maximum=72,
    unset=0,
    suffix=QT_TRANSLATE_NOOP("Preferences", " pt"),
    label=QT_TRANSLATE_NOOP("Preferences", "Font si&ze:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Editor font size"),
    description=QT_TRANSLATE_NOOP(
        "Preferences", "How large the words are while you write, in points."
    ),
)
THEME = ChoicePreference(
    "appearance/theme",
    default="system",
    choices=(
        Choice("system", QT_TRANSLATE_NOOP("Preferences", "Same as my computer")),
        Choice("light", QT_TRANSLATE_NOOP("Preferences", "Light")),
        Choice("dark", QT_TRANSLATE_NOOP("Preferences", "Dark")),
    ),
    label=QT_TRANSLATE_NOOP("Preferences", "&Theme:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Theme"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "Light or dark windows, or the same as the rest of your computer. It changes at once.",
    ),
)
WORDS_PER_MINUTE = IntPreference(
    "sharing/words_per_minute",
    default=DEFAULT_WORDS_PER_MINUTE,
    minimum=MIN_WORDS_PER_MINUTE,
    maximum=MAX_WORDS_PER_MINUTE,
    suffix=QT_TRANSLATE_NOOP("Preferences", " words a minute"),
    label=QT_TRANSLATE_NOOP("Preferences", "&Speaking rate:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Speaking rate"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "How fast you usually read aloud, for timing a new share. Each share can have its own.",
    ),
)
PDF_FONT_SIZE = IntPreference(
    "sharing/font_size",
    default=DEFAULT_FONT_SIZE,
    minimum=MIN_FONT_SIZE,
    maximum=MAX_FONT_SIZE,
    suffix=QT_TRANSLATE_NOOP("Preferences", " pt"),
    label=QT_TRANSLATE_NOOP("Preferences", "&Print size:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Print size for new shares"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "How large the words of a new share are printed. Shares you already have keep their own.",
    ),
)
PDF_PAGE_SIZE = ChoicePreference(
    "sharing/page_size",
    default="A4",
    choices=(  # the sizes a share can have (``PAGE_SIZES``)
        Choice("A4", QT_TRANSLATE_NOOP("Preferences", "A4")),
        Choice("Letter", QT_TRANSLATE_NOOP("Preferences", "Letter")),
    ),
    locale_default=_locale_page_size,
    label=QT_TRANSLATE_NOOP("Preferences", "Pa&ge size:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Page size for new shares"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "The paper a new share is printed on. Shares you already have keep their own.",
    ),
)
BACKUP_COUNT = IntPreference(
    "backups/keep",
    default=DEFAULT_KEEP,
    minimum=1,
    maximum=60,
    label=QT_TRANSLATE_NOOP("Preferences", "&Keep this many daily backups:"),
    name=QT_TRANSLATE_NOOP("Preferences", "Daily backups to keep"),
    description=QT_TRANSLATE_NOOP(
        "Preferences",
        "Reflect makes an encrypted backup of your journal each day you open it and keeps "
        "the newest ones.",
    ),
)

ALL_PREFERENCES: tuple[Preference[int] | Preference[bool] | Preference[str], ...] = (
    AUTO_LOCK_MINUTES,
    DISCREET_MODE,
    BACKUP_COUNT,
    EDITOR_FONT_FAMILY,
    EDITOR_FONT_SIZE,
    THEME,
    WORDS_PER_MINUTE,
    PDF_FONT_SIZE,
    PDF_PAGE_SIZE,
)


@dataclass(frozen=True)
class Preferences:
    """Every preference's current value: what the rest of the app needs to apply them.

    ``editor_font_family`` "" and ``editor_font_size`` 0 mean "the system's font".
    """

    auto_lock_minutes: int
    discreet_mode: bool
    backup_count: int
    editor_font_family: str
    editor_font_size: int
    theme: str
    words_per_minute: int
    pdf_font_size: int
    pdf_page_size: str


def read_preferences(settings: QSettings) -> Preferences:
    """Every preference as stored (each falls back to its default on its own)."""
    return Preferences(
        auto_lock_minutes=AUTO_LOCK_MINUTES.read(settings),
        discreet_mode=DISCREET_MODE.read(settings),
        backup_count=BACKUP_COUNT.read(settings),
        editor_font_family=EDITOR_FONT_FAMILY.read(settings),
        editor_font_size=EDITOR_FONT_SIZE.read(settings),
        theme=THEME.read(settings),
        words_per_minute=WORDS_PER_MINUTE.read(settings),
        pdf_font_size=PDF_FONT_SIZE.read(settings),
        pdf_page_size=PDF_PAGE_SIZE.read(settings),
    )


def new_share_settings(settings: QSettings | None) -> ShareSettings:
    """The settings a new share starts with: the speaking rate, print size and page size
    chosen in Preferences (their defaults when ``settings`` is ``None``)."""
    if settings is None:
        return ShareSettings(
            words_per_minute=WORDS_PER_MINUTE.default_value(),
            font_size=PDF_FONT_SIZE.default_value(),
            page_size=PDF_PAGE_SIZE.default_value(),
        )
    return ShareSettings(
        words_per_minute=WORDS_PER_MINUTE.read(settings),
        font_size=PDF_FONT_SIZE.read(settings),
        page_size=PDF_PAGE_SIZE.read(settings),
    )


# --- versions ------------------------------------------------------------------------------


def stored_version(settings: QSettings) -> int | None:
    """The version the stored preferences were written in; ``None`` if it is unreadable.
    Preferences stored before versions were recorded count as version 1."""
    raw = settings.value(VERSION_KEY)
    if raw is None:
        return 1
    try:
        version = int(raw)
    except (TypeError, ValueError, OverflowError):
        return None
    return version if version >= 1 else None


def _from_version_1(settings: QSettings) -> None:
    # Version 1 knew only the auto-lock minutes, under the key it still has; every other
    # preference is new in version 2 and starts at its default.
    del settings


# MIGRATIONS[n] turns version n's stored preferences into version n + 1's.
MIGRATIONS: dict[int, Callable[[QSettings], None]] = {1: _from_version_1}


def migrate(settings: QSettings) -> None:
    """Bring stored preferences up to ``PREFERENCES_VERSION``. An unreadable version gives
    every preference its default again; a newer version (a later Reflect wrote it) is left
    alone, and each value is still checked as it is read."""
    version = stored_version(settings)
    if version is None:
        for preference in ALL_PREFERENCES:
            settings.remove(preference.key)
        version = PREFERENCES_VERSION
    if version > PREFERENCES_VERSION:
        return
    while version < PREFERENCES_VERSION:
        MIGRATIONS[version](settings)
        version += 1
    settings.setValue(VERSION_KEY, PREFERENCES_VERSION)
