"""SIGKILL at a random moment of an import leaves all of it or none of it.

Each trial copies a journal that holds a few entries written earlier, and starts a child
that opens it and imports a few hundred entries in one call. The parent kills the child
after a random delay, spread over twice the time one import takes, so kills land
before, during and after the moment the import's one transaction commits. Afterwards the
journal opens, passes ``cipher_integrity_check``, still holds the earlier entries exactly,
and holds either every imported entry or none (every one, if the child said it was done);
importing the same entries again adds only what is missing.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.child_work import entry_text, imported_entries
from tests.faults.children import Child, kill_after, kill_delays, seeded_rng, typical_run

TRIALS = 32
IMPORTED = 300
EARLIER = [f"earlier entry {number}" for number in range(5)]


def child(folder: Path) -> Child:
    return Child(child_work.importing, folder, PASSPHRASE, IMPORTED)


def test_an_import_is_all_there_or_not_there_whenever_it_is_killed(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    template = tmp_path / "template"
    with Journal.create(template, PASSPHRASE, kdf=fast_kdf) as journal:
        for title in EARLIER:
            journal.add_entry(title=title, text=entry_text(title), tags=["before"])
    timings = iter(range(100))
    duration = typical_run(lambda: child(copy_of(template, tmp_path / f"timing-{next(timings)}")))
    outcomes: Counter[str] = Counter()

    for trial, delay in enumerate(kill_delays(TRIALS, duration, seeded_rng("importing"))):
        folder = copy_of(template, tmp_path / f"trial-{trial}")
        importer = child(folder)
        importer.open()
        lines = kill_after(importer, delay)

        with Journal.unlock(folder, PASSPHRASE) as journal:
            assert journal.check_integrity() == [], (trial, delay)
            found = {e.title: e.text for e in journal.iter_entries()}
            imported = {title for title in found if title.startswith("imported ")}
            assert len(imported) in (0, IMPORTED), (trial, delay, len(imported))
            assert {t: found[t] for t in EARLIER} == {t: entry_text(t) for t in EARLIER}
            assert len(found) == len(EARLIER) + len(imported)
            if lines == ["done"]:
                assert len(imported) == IMPORTED, (trial, delay)
            # Importing again adds exactly what is missing: nothing, or all of it.
            result = journal.import_entries(imported_entries(IMPORTED))
            assert (result.added, result.skipped) == (IMPORTED - len(imported), len(imported))
        shutil.rmtree(folder)

        outcomes["all imported"] += bool(imported)
        outcomes["none imported"] += not imported
        outcomes["reported done"] += lines == ["done"]

    print(f"one import: {duration * 1000:.0f} ms; {TRIALS} kills: {dict(outcomes)}")
    assert outcomes["all imported"] and outcomes["none imported"], outcomes


def copy_of(template: Path, folder: Path) -> Path:
    """A journal of its own for one trial (the template stays as it was)."""
    shutil.copytree(template, folder)
    return folder
