"""The preference declarations: defaults, limits, unreadable values, and versions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from reflect.core.automatic_backups import DEFAULT_KEEP
from reflect.core.shares import PAGE_SIZES, ShareSettings
from reflect.ui.preferences import (
    ALL_PREFERENCES,
    AUTO_LOCK_MINUTES,
    BACKUP_COUNT,
    DISCREET_MODE,
    EDITOR_FONT_FAMILY,
    EDITOR_FONT_SIZE,
    PDF_FONT_SIZE,
    PDF_PAGE_SIZE,
    PREFERENCES_VERSION,
    THEME,
    VERSION_KEY,
    WORDS_PER_MINUTE,
    ChoicePreference,
    IntPreference,
    Preference,
    Preferences,
    migrate,
    new_share_settings,
    page_size_for,
    read_preferences,
    stored_version,
)

CHOSEN = Preferences(
    auto_lock_minutes=30,
    discreet_mode=True,
    backup_count=14,
    editor_font_family="DejaVu Serif",
    editor_font_size=16,
    theme="dark",
    words_per_minute=110,
    pdf_font_size=24,
    pdf_page_size="Letter",
)


def ini(path: Path) -> QSettings:
    return QSettings(str(path / "ui.ini"), QSettings.Format.IniFormat)


def write_all(settings: QSettings, chosen: Preferences) -> None:
    AUTO_LOCK_MINUTES.write(settings, chosen.auto_lock_minutes)
    DISCREET_MODE.write(settings, chosen.discreet_mode)
    BACKUP_COUNT.write(settings, chosen.backup_count)
    EDITOR_FONT_FAMILY.write(settings, chosen.editor_font_family)
    EDITOR_FONT_SIZE.write(settings, chosen.editor_font_size)
    THEME.write(settings, chosen.theme)
    WORDS_PER_MINUTE.write(settings, chosen.words_per_minute)
    PDF_FONT_SIZE.write(settings, chosen.pdf_font_size)
    PDF_PAGE_SIZE.write(settings, chosen.pdf_page_size)


@pytest.fixture
def locale() -> Iterator[None]:
    """Lets a test choose the default locale; puts the one before back afterwards."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_with_nothing_stored_every_preference_has_its_default(tmp_path: Path) -> None:
    assert read_preferences(ini(tmp_path)) == Preferences(
        auto_lock_minutes=5,
        discreet_mode=False,
        backup_count=DEFAULT_KEEP,
        editor_font_family="",  # the system's font…
        editor_font_size=0,  # …at the system's size
        theme="system",
        words_per_minute=130,
        pdf_font_size=18,
        pdf_page_size=page_size_for(QLocale()),
    )


def test_what_is_written_is_read_back_from_the_file(tmp_path: Path) -> None:
    write_all(ini(tmp_path), CHOSEN)
    reopened = ini(tmp_path)  # an INI file gives every value back as text
    assert read_preferences(reopened) == CHOSEN
    assert stored_version(reopened) == PREFERENCES_VERSION


@pytest.mark.parametrize(
    ("preference", "stored"),
    [
        (AUTO_LOCK_MINUTES, "nonsense"),
        (AUTO_LOCK_MINUTES, 0),
        (AUTO_LOCK_MINUTES, 100_000),
        (AUTO_LOCK_MINUTES, "1e999"),
        (AUTO_LOCK_MINUTES, [3]),
        (WORDS_PER_MINUTE, 59),
        (WORDS_PER_MINUTE, 251),
        (PDF_FONT_SIZE, 13),
        (PDF_FONT_SIZE, "29"),
        (BACKUP_COUNT, 0),
        (BACKUP_COUNT, 61),
        (EDITOR_FONT_SIZE, 5),
        (EDITOR_FONT_SIZE, 73),
        (EDITOR_FONT_SIZE, True),
        (THEME, "sepia"),
        (THEME, ""),
        (PDF_PAGE_SIZE, "A3"),
        (DISCREET_MODE, "perhaps"),
        (DISCREET_MODE, 2),
        (EDITOR_FONT_FAMILY, "x" * 201),
        (EDITOR_FONT_FAMILY, "Sans\x00Serif"),
        (EDITOR_FONT_FAMILY, 12),
    ],
)
def test_an_unreadable_or_out_of_range_value_gives_the_default(
    tmp_path: Path, preference: Preference[int] | Preference[bool] | Preference[str], stored: object
) -> None:
    settings = ini(tmp_path)
    settings.setValue(preference.key, stored)
    assert preference.read(settings) == preference.default_value()
    assert preference.read(ini(tmp_path)) == preference.default_value()  # as the file has it


@pytest.mark.parametrize(
    ("preference", "wrong"),
    [
        (AUTO_LOCK_MINUTES, 0),
        (AUTO_LOCK_MINUTES, 241),
        (WORDS_PER_MINUTE, 300),
        (PDF_FONT_SIZE, 12),
        (BACKUP_COUNT, 61),
        (EDITOR_FONT_SIZE, 3),
        (THEME, "sepia"),
        (PDF_PAGE_SIZE, "Legal"),
        (EDITOR_FONT_FAMILY, " padded "),
    ],
)
def test_writing_refuses_what_the_declaration_does_not_allow(
    tmp_path: Path, preference: Preference[int] | Preference[str], wrong: object
) -> None:
    settings = ini(tmp_path)
    with pytest.raises(ValueError, match=preference.key):
        preference.write(settings, wrong)  # type: ignore[arg-type]
    assert settings.value(preference.key) is None


def test_the_editor_font_size_may_be_left_to_the_system(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    EDITOR_FONT_SIZE.write(settings, 20)
    EDITOR_FONT_SIZE.write(settings, 0)  # "not set" is allowed, though below the range
    assert EDITOR_FONT_SIZE.read(settings) == 0
    assert EDITOR_FONT_SIZE.unset == 0 and EDITOR_FONT_SIZE.minimum > 0


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("en_US", "Letter"),
        ("es_US", "Letter"),
        ("en_CA", "Letter"),
        ("fr_CA", "Letter"),
        ("es_MX", "Letter"),
        ("es_CO", "Letter"),
        ("en_PH", "Letter"),
        ("en_GB", "A4"),
        ("es_ES", "A4"),
        ("de_DE", "A4"),
        ("es_AR", "A4"),
        ("C", "A4"),
    ],
)
def test_the_page_size_follows_the_locale(locale: None, name: str, size: str) -> None:
    assert page_size_for(QLocale(name)) == size
    QLocale.setDefault(QLocale(name))
    assert PDF_PAGE_SIZE.default_value() == size
    assert new_share_settings(None).page_size == size


def test_a_new_share_starts_with_the_sharing_preferences(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    assert new_share_settings(settings) == new_share_settings(None)
    write_all(settings, CHOSEN)
    assert new_share_settings(settings) == ShareSettings(
        words_per_minute=110, font_size=24, page_size="Letter"
    )


def test_version_1_is_brought_up_to_date_keeping_its_values(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.setValue(VERSION_KEY, 1)
    settings.setValue(AUTO_LOCK_MINUTES.key, 12)  # all that version 1 knew
    settings.setValue("main_window/geometry", "kept")
    migrate(settings)
    assert settings.value(VERSION_KEY) == PREFERENCES_VERSION
    assert AUTO_LOCK_MINUTES.read(settings) == 12
    assert THEME.read(settings) == "system"
    assert settings.value("main_window/geometry") == "kept"


def test_preferences_stored_before_versions_count_as_version_1(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.setValue(AUTO_LOCK_MINUTES.key, 9)
    assert stored_version(settings) == 1
    migrate(settings)
    assert stored_version(settings) == PREFERENCES_VERSION
    assert AUTO_LOCK_MINUTES.read(settings) == 9


@pytest.mark.parametrize("version", ["banana", -3, 0, [2]])
def test_an_unreadable_version_gives_every_preference_its_default(
    tmp_path: Path, version: object
) -> None:
    settings = ini(tmp_path)
    write_all(settings, CHOSEN)
    settings.setValue("main_window/geometry", "kept")  # not a preference: left alone
    settings.setValue(VERSION_KEY, version)
    assert stored_version(settings) is None
    migrate(settings)
    assert read_preferences(settings) == read_preferences(ini(tmp_path / "empty"))
    assert stored_version(settings) == PREFERENCES_VERSION
    assert settings.value("main_window/geometry") == "kept"


def test_a_newer_version_is_left_as_it_is_and_still_read_safely(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.setValue(VERSION_KEY, PREFERENCES_VERSION + 5)
    settings.setValue(AUTO_LOCK_MINUTES.key, 30)
    settings.setValue(THEME.key, "high-contrast")  # a choice a later Reflect may offer
    migrate(settings)
    AUTO_LOCK_MINUTES.write(settings, 31)
    assert stored_version(settings) == PREFERENCES_VERSION + 5
    assert AUTO_LOCK_MINUTES.read(settings) == 31
    assert THEME.read(settings) == "system"


def test_every_preference_is_declared_with_its_words(tmp_path: Path) -> None:
    keys = [preference.key for preference in ALL_PREFERENCES]
    assert len(set(keys)) == len(keys) == len(Preferences.__dataclass_fields__)
    for preference in ALL_PREFERENCES:
        assert preference.label and preference.name and preference.description
        assert preference.accepted(preference.default_value()) == preference.default_value()
        if isinstance(preference, IntPreference):
            assert preference.minimum <= preference.maximum
        if isinstance(preference, ChoicePreference):
            assert all(choice.label for choice in preference.choices)
    assert PDF_PAGE_SIZE.values == PAGE_SIZES
    assert THEME.values == ("system", "light", "dark")
    assert DISCREET_MODE.key == "privacy/discreet_mode"
