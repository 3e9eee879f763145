"""A full disk: a clear error, nothing saved lost, and saving works again once there is room.

Two ways of running out of room, both in a child process so pytest itself keeps writing:

- ``RLIMIT_FSIZE`` caps the size any file of the child may grow to, a little above the
  journal's files (a different margin each round), while it saves a large entry. That is
  a full disk as far as the child can tell, and it can be lifted again in the same process.
- A real full file system: a 4 MB tmpfs mounted in a mount namespace of the child's own
  (``unshare``: no privileges needed, and nothing outside the child sees it), filled up by
  another "program" until the disk says ``ENOSPC``, then emptied again.

Either way the person is told about the disk, never that the journal is damaged; what was
saved before is all there, the save that didn't fit isn't there at all, and the same
process saves again once there is room.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.faults import child_work
from tests.faults.children import Child, seeded_rng

ROUNDS = 12
DISK_WORDS = ("There isn't enough space on the disk", "The disk reported an error")


def test_saving_past_a_file_size_limit_is_a_disk_error_and_saving_resumes(
    journal_folder: Path, fast_kdf: KdfParams
) -> None:
    with Journal.create(journal_folder, PASSPHRASE, kdf=fast_kdf) as journal:
        journal.add_entry(title="kept", text="Saved before the disk filled.")
    rng = seeded_rng("file size limit")
    margins = [rng.randrange(0, 256 * 1024) for _ in range(ROUNDS)]
    with Child(child_work.writing_past_a_size_limit, journal_folder, PASSPHRASE, margins) as child:
        reports = [child.message() for _ in range(2 * ROUNDS + 1)]
    assert reports[-1] == "done", reports
    outcomes = Counter(step for step, _, _ in reports[:-1])
    refusals = [detail for step, _, detail in reports[:-1] if step == "refused"]
    for detail in refusals:
        assert detail.startswith(("DiskFull", "DiskError")), detail
        assert any(words in detail for words in DISK_WORDS), detail
        assert "Everything saved before is safe" in detail and "damaged" not in detail
    assert outcomes["saved"] == ROUNDS  # after every round, space was back and saving worked
    assert refusals, outcomes

    fitted = {f"large {n}" for step, n, _ in reports[:-1] if step == "fit"}
    with Journal.unlock(journal_folder, PASSPHRASE) as journal:
        assert journal.check_integrity() == []
        titles = {summary.title for summary in journal.list_entries()}
    assert titles == {"kept"} | fitted | {f"after {n}" for n in range(ROUNDS)}
    print(f"{ROUNDS} rounds under a file size limit: {dict(outcomes)}; {refusals[0]}")


# Runs as root of a user namespace of its own, with a mount namespace of its own.
FULL_TMPFS = textwrap.dedent(
    """
    import errno, json, os, subprocess, sys
    from pathlib import Path
    from reflect.core.crypto.kdf import KdfParams
    from reflect.core.errors import JournalError
    from reflect.core.journal import Journal

    place, passphrase = Path(sys.argv[1]), sys.argv[2]
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(place)], check=True)
    folder, report = place / "journal", {"fit": [], "refused": []}
    journal = Journal.create(folder, passphrase, kdf=KdfParams.fast_for_tests())
    for number in range(10):
        journal.add_entry(title=f"kept {number}", text="Saved before the disk filled. " * 100)

    # Another program fills the disk to the last byte.
    fd = os.open(place / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    for size in (65536, 4096, 512, 1):
        try:
            while True:
                os.write(fd, b"\\0" * size)
        except OSError as error:
            report["filler"] = errno.errorcode[error.errno]
    os.close(fd)

    report["listed while full"] = len(journal.list_entries())
    for number in range(5):
        try:
            journal.add_entry(title=f"too much {number}", text="The disk is full now. " * 2000)
            report["fit"].append(number)
        except JournalError as error:
            report["refused"].append(f"{type(error).__name__}: {error}")
    os.unlink(place / "filler")  # space is back
    journal.add_entry(title="after", text="Space is back. I kept writing.")
    journal.lock()
    with Journal.unlock(folder, passphrase) as again:
        report["problems"] = again.check_integrity()
        report["titles"] = sorted(entry.title for entry in again.iter_entries())
    print(json.dumps(report))
    """
)


def test_a_really_full_disk_is_said_plainly_and_saving_resumes_when_there_is_room(
    tmp_path: Path,
) -> None:
    place = tmp_path / "small disk"
    place.mkdir()
    unshare = ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]
    completed = subprocess.run(
        [*unshare, sys.executable, "-c", FULL_TMPFS, place, PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert report["filler"] == "ENOSPC"
    assert report["listed while full"] == 10  # reading needs no room
    assert report["refused"], report
    for message in report["refused"]:
        assert message.startswith("DiskFull: There isn't enough space on the disk to save this.")
        assert "Everything saved before is safe" in message
    assert report["problems"] == []
    too_much = [f"too much {number}" for number in report["fit"]]
    assert report["titles"] == sorted([f"kept {n}" for n in range(10)] + too_much + ["after"])
    assert list(place.iterdir()) == []  # the small disk was the child's alone
    print(f"a full tmpfs: {len(report['refused'])} saves refused, {len(too_much)} fitted")
