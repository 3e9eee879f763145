"""Screenshots of the share composer: the Words, Privacy and Preview tabs, light and dark.

Makes a throwaway journal (the entries of ``make_screenshots.py`` and a few more), a share
gathered from it with some words of the person's own, a people list with "Dana" → "my
sister", and opens the real ``ShareComposer`` off-screen at 1280×800. Saves
``docs/images/share-composer.png`` (Words), ``share-composer-privacy.png``,
``share-composer-preview.png`` and ``share-composer-dark.png``. Then a second share with
one of each thing the review before an export lists (words not decided yet, words kept,
a private note, a passage marked Never Share, one shared before) and its review,
``share-review.png``. Everything in it is invented. Run from the repository root
(``--review`` makes only the review)::

    .venv/bin/python docs/make_share_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from make_screenshots import OUT, PASSPHRASE, dark_palette, fill, wait_for
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from reflect.core.crypto.kdf import KdfParams
from reflect.core.domain import HOPE, STRUGGLE, MomentDraft
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource, ExportFormat, RedactionDecision, ShareSettings
from reflect.ui.share_composer import ShareComposer
from reflect.ui.share_review_dialog import ShareReviewDialog
from reflect.ui.worker import JournalWorker

SIZE = (1280, 800)
EARLIER = (
    "The first week was the hardest. I couldn't sleep, and every evening around six the old "
    "pull came back. Dana drove over after work and sat with me on the steps until it passed."
)
MEETING = (
    "I went back to the Tuesday meeting at St Brigid's. I sat by the door so I could leave. "
    "Someone brought me tea and said, “Keep coming back.” I did. On 14 March I said my "
    "name out loud for the first time."
)
NOW = (
    "These days I make the coffee on Tuesdays. When I feel the pull now, I call Dana or "
    "write here until it eases. I still have hard evenings, but I'm not on my own with them."
)

CALLS = "Most nights that month I rang Marcus on 07700 900123 instead of going out."
NIGHT = (
    "The night before the wedding I sat in the car outside the off-licence for an hour. "
    "I haven't told anyone about that night."
)


def moment_over(text: str, kind: str, note: str = "") -> MomentDraft:
    return MomentDraft(None, 0, len(text), kind, note)


def make_share(journal: Journal) -> int:
    """The sample share; returns its id."""
    fill(journal)
    start = datetime(2026, 3, 2, 21, 0).astimezone()
    ids = []
    for days, (text, kind) in enumerate(
        ((EARLIER, STRUGGLE), (MEETING, HOPE), (NOW, HOPE)), start=0
    ):
        changes = journal.add_entry(
            text=text,
            created=start + timedelta(days=days * 40),
            moments=[moment_over(text, kind)],
        )
        if changes.created is None:
            raise SystemExit("the journal did not keep the entry")
        ids.append(changes.created)
    journal.add_person("Dana", "my sister")
    created = journal.create_share("Tuesday share", "What it was like, and what it's like now")
    share_id = created.created
    if share_id is None:
        raise SystemExit("the journal did not keep the share")
    journal.add_text(share_id, "What it was like")
    journal.add_excerpts(share_id, [ExcerptSource(ids[0], 0, len(EARLIER))])
    journal.add_text(share_id, "What happened")
    journal.add_excerpts(share_id, [ExcerptSource(ids[1], 0, len(MEETING))])
    journal.add_text(share_id, "What it's like now")
    journal.add_excerpts(share_id, [ExcerptSource(ids[2], 0, len(NOW))])
    items = journal.get_share(share_id).items
    journal.update_item(items[3].id, note="Slow down here. It's fine to pause before the tea part.")
    journal.update_share(share_id, settings=ShareSettings(slot_seconds=3 * 60))
    return share_id


def settle() -> None:
    for _ in range(100):
        QCoreApplication.processEvents()


def shoot(folder: Path, share_id: int, dark: bool) -> None:
    worker = JournalWorker()
    opened: list[object] = []
    worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
    wait_for(lambda: bool(opened))
    composer = ShareComposer(worker.submit)
    composer.resize(*SIZE)
    composer.show()
    composer.refresh()
    wait_for(lambda: composer.view is not None and not worker.busy)
    composer.items.setCurrentIndex(composer.model.index(3))
    composer.items.setFocus()
    settle()
    if dark:
        composer.grab().save(str(OUT / "share-composer-dark.png"))
    else:
        composer.grab().save(str(OUT / "share-composer.png"))
        composer.tabs.setCurrentIndex(1)
        settle()
        composer.grab().save(str(OUT / "share-composer-privacy.png"))
        composer.tabs.setCurrentIndex(2)
        settle()
        composer.grab().save(str(OUT / "share-composer-preview.png"))
    composer.close()
    worker.shutdown()


def make_review_share(folder: Path, tuesday_id: int) -> int:
    """A second share for the review: after the composer's pictures, so they stay as they
    were. The Tuesday share's last passage was shared on 2 June (a fixed clock)."""
    shared_on = datetime(2026, 6, 2, 20, 30).astimezone()
    with Journal.unlock(folder, PASSPHRASE, clock=lambda: shared_on) as journal:
        tuesday = journal.get_share(tuesday_id)
        spring = journal.create_share("Spring share").created
        last = tuesday.items[-1].source
        if spring is None or last is None:
            raise SystemExit("the journal did not keep the share")
        journal.add_excerpts(spring, [last])
        journal.record_export(journal.get_share(spring), "Spring share.pdf", ExportFormat.PDF)
        meeting, now = tuesday.items[3].source, last
        calls = journal.add_entry(text=CALLS, created=shared_on + timedelta(days=20)).created
        night = journal.add_entry(text=NIGHT, created=shared_on + timedelta(days=30)).created
        share_id = journal.create_share("Thursday share").created
        if meeting is None or calls is None or night is None or share_id is None:
            raise SystemExit("the journal did not keep the share")
        journal.add_text(share_id, "What it was like")
        journal.add_excerpts(
            share_id,
            [
                ExcerptSource(calls, 0, len(CALLS)),
                meeting,
                ExcerptSource(night, 0, len(NIGHT)),
                now,
            ],
        )
        items = journal.get_share(share_id).items
        journal.update_item(items[2].id, note="Breathe before this part.")
        journal.update_share(
            share_id,
            decisions=[
                RedactionDecision("St Brigid's", "a church hall", False),
                RedactionDecision("On 14 March", "One evening", True),
            ],
        )
        journal.set_entry_never_share(night, True)  # after it was added: flagged in the share
        return share_id


def shoot_review(folder: Path, share_id: int) -> None:
    with Journal.unlock(folder, PASSPHRASE) as journal:
        review = journal.review_share(share_id)
    dialog = ShareReviewDialog(review, "Export")  # at its own size
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "share-review.png"))
    dialog.close()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    light = app.palette()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "journal"
        with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
            share_id = make_share(journal)
        OUT.mkdir(exist_ok=True)
        if "--review" not in sys.argv:
            shoot(folder, share_id, dark=False)
            app.setPalette(dark_palette())
            shoot(folder, share_id, dark=True)
            app.setPalette(light)
        shoot_review(folder, make_review_share(folder, share_id))
    print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
