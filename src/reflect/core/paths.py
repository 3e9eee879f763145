"""Where journals live by default (the user's data folder, as each platform defines it)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Reflect"


def default_journal_folder() -> Path:
    """The journal Reflect opens when none is named: ``<user data folder>/Reflect/journal``."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True) / "journal"
