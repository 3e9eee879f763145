"""A new share can start with settings of its own (the UI passes the person's preferred
speaking rate, print size and page size); they are checked like any other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reflect.core.crypto.kdf import KdfParams
from reflect.core.errors import InvalidInput
from reflect.core.journal import Journal
from reflect.core.shares import ShareSettings
from tests.conftest import PASSPHRASE

PREFERRED = ShareSettings(words_per_minute=150, font_size=24, page_size="Letter")


def test_a_new_share_keeps_the_settings_it_was_made_with(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        share_id = journal.create_share("Tuesday group", "What helped", settings=PREFERRED).created
        plain_id = journal.create_share("Friday group").created
        assert share_id is not None and plain_id is not None
        changes = journal.create_share(
            "Anniversary", settings=ShareSettings(story_start=date(2024, 3, 1), show_date=True)
        )
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        share = journal.get_share(share_id)
        assert (share.name, share.title, share.settings) == (
            "Tuesday group",
            "What helped",
            PREFERRED,
        )
        assert journal.get_share(plain_id).settings == ShareSettings()
        assert journal.get_share(changes.created or 0).settings.story_start == date(2024, 3, 1)
    assert changes.shares == frozenset({changes.created})


@pytest.mark.parametrize(
    ("wrong", "said"),
    [
        (ShareSettings(words_per_minute=10), "speaking rate"),
        (ShareSettings(font_size=40), "print size"),
        (ShareSettings(page_size="A3"), "page size"),
    ],
)
def test_settings_out_of_range_make_no_share(
    journal: Journal, wrong: ShareSettings, said: str
) -> None:
    with pytest.raises(InvalidInput, match=said):
        journal.create_share("Tuesday group", settings=wrong)
    assert journal.shares() == []
