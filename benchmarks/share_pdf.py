"""Benchmark: saving a 200-excerpt share as a PDF, end to end, off the UI thread.

Makes a throwaway journal (cheap key settings: unlocking is not what is timed) with 200
entries of one to three paragraphs each (30 to 90 words a paragraph, some with accents,
some in Hebrew or Arabic), a people list of four names that appear in the entries, and a
share holding one excerpt of each entry with a connecting text every ten excerpts. Then,
on a worker QThread (as the window runs it, on the journal's own thread), it times
``export_share(..., ExportFormat.PDF)`` ``--repeats`` times: reading the people list,
redacting every item, laying out and painting the pages, writing the file (hidden file,
fsync, rename) and adding the line to "What I've shared". The two middle stages are also
timed on their own. The QGuiApplication is made first, on the main thread, as the app and
the command line do. It asserts nothing. Target (issue 5): under 1 s. Run from the
repository root::

    .venv/bin/python benchmarks/share_pdf.py [--excerpts 200] [--repeats 7]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QThread

from reflect.core.crypto.kdf import KdfParams
from reflect.core.journal import Journal
from reflect.core.share_text import printed_share
from reflect.core.shares import ExcerptSource, ExportFormat
from reflect.render.share_export import export_share
from reflect.render.share_pdf import ensure_gui_application, share_pdf_bytes

if not __package__:  # run as ``python benchmarks/share_pdf.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import REAL_WORDS
from benchmarks.options import parse, sizes_parser

PASSPHRASE = "a throwaway passphrase for a throwaway journal"  # noqa: S105
SEED = 20261123
TARGET_SECONDS = 1.0
TODAY = date(2026, 11, 23)
PEOPLE = (
    ("Dana", "my sister"),
    ("Marcus", "my sponsor"),
    ("Lee", "a friend"),
    ("Zoë", "a neighbour"),
)
WORDS = REAL_WORDS.split()  # the words generate.py writes its journals with
ACCENTED = ("café", "naïve", "déjà vu", "Søren's", "Ångström", "résumé")
HEBREW = "היום הלכתי לפגישה בפעם הראשונה מזה חודש, וזה הרגיש כמו לחזור הביתה."
ARABIC = "اليوم كان يوما صعبا، لكنني اتصلت بصديقي بدلا من الشرب."


def paragraph(rng: random.Random) -> str:
    """30 to 90 words in sentences of 6 to 15, now and then a name or an accented word."""
    sentences = []
    remaining = rng.randint(30, 90)
    while remaining > 0:
        count = min(remaining, rng.randint(6, 15))
        words = rng.choices(WORDS, k=count)
        if rng.random() < 0.3:
            words[rng.randrange(1, count) if count > 1 else 0] = rng.choice(PEOPLE)[0]
        if rng.random() < 0.15:
            words[-1] = rng.choice(ACCENTED)
        sentences.append(" ".join(words).capitalize() + ".")
        remaining -= count
    return " ".join(sentences)


def entry_text(rng: random.Random, number: int) -> str:
    paragraphs = [paragraph(rng) for _ in range(rng.randint(1, 3))]
    if number % 25 == 7:
        paragraphs.insert(1, HEBREW)
    if number % 25 == 19:
        paragraphs.append(ARABIC)
    return "\n".join(paragraphs)


def build_journal(folder: Path, excerpts: int) -> int:
    """A new journal holding the share described above; returns the share's id."""
    with Journal.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as journal:
        return add_share(journal, excerpts)


def add_share(journal: Journal, excerpts: int) -> int:
    """Add the people list, ``excerpts`` entries and the share of them to ``journal``;
    returns the share's id. The same seed gives the same words in any journal."""
    rng = random.Random(SEED)
    for name, alias in PEOPLE:
        journal.add_person(name, alias)
    share_id = journal.create_share("Benchmark", "What it was like, and what it's like now")
    assert share_id.created is not None
    start = datetime(2024, 1, 1, 21, 0).astimezone()
    sources = []
    for number in range(excerpts):
        text = entry_text(rng, number)
        created = journal.add_entry(text=text, created=start + timedelta(days=3 * number))
        assert created.created is not None
        sources.append(ExcerptSource(created.created, 0, len(text)))
    journal.add_excerpts(share_id.created, sources)
    for position in range(excerpts - 10, 0, -10):  # from the end: positions stay true
        journal.add_text(share_id.created, "And then something changed.", position=position)
    return share_id.created


@dataclass
class Measured:
    """Seconds per run of each stage, and what the last PDF looked like."""

    seconds: dict[str, list[float]] = field(default_factory=dict)
    pages: int = 0
    size: int = 0
    words: int = 0
    items: int = 0


STAGES = (
    ("export_share, end to end (worker thread)", "total"),
    ("  of which: compose (people, redaction)", "compose"),
    ("  of which: render (layout, pages, PDF)", "render"),
)


def measure(folder: Path, share_id: int, repeats: int) -> Measured:
    """Seconds per stage and per whole export, measured on a thread of its own."""
    found = Measured({key: [] for _, key in STAGES})

    def timed(stage: str, begun: float) -> None:
        found.seconds[stage].append(time.perf_counter() - begun)

    def work() -> None:
        with Journal.unlock(folder, PASSPHRASE) as journal:
            share = journal.get_share(share_id)
            for round_number in range(repeats):
                target = folder.parent / f"share-{round_number}.pdf"
                begun = time.perf_counter()
                export_share(journal, share, target, ExportFormat.PDF, today=TODAY)
                timed("total", begun)
                begun = time.perf_counter()
                printed = printed_share(share, journal.people(), today=TODAY)
                timed("compose", begun)
                begun = time.perf_counter()
                share_pdf_bytes(printed)
                timed("render", begun)
            found.pages = len(PdfReader(target).pages)
            found.size = target.stat().st_size
            found.words = printed.word_count()
            found.items = len(printed.items)

    # A QThread, like the window's journal worker: Qt's text layout starts timers, which
    # need the event dispatcher a QThread has (a plain Python thread has none).
    thread = _Thread(work)
    thread.start()
    thread.wait()
    return found


class _Thread(QThread):
    """Runs one function on a thread of its own."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


def main(argv: Sequence[str] | None = None) -> None:
    parser = sizes_parser(__doc__, [200])
    parser.add_argument("--excerpts", dest="sizes", type=lambda t: [int(t)], help="excerpts")
    args = parse(parser, argv)
    ensure_gui_application()  # on the main thread, as the app and the command line do
    print(
        f"Reflect share PDF benchmark (Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.machine()})"
    )
    for excerpts in args.sizes:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "journal"
            share_id = build_journal(folder, excerpts)
            found = measure(folder, share_id, args.repeats)
        print(
            f"\n{excerpts} excerpts ({found.items} items with connecting texts), "
            f"{found.words:,} words: {found.pages} pages, "
            f"{found.size / 1e3:.0f} kB; {args.repeats} repeats (seconds)"
        )
        print(f"{'stage':<44} {'median':>7} {'max':>7}")
        for label, key in STAGES:
            values = found.seconds[key]
            print(f"{label:<44} {statistics.median(values):>7.3f} {max(values):>7.3f}")
        totals = found.seconds["total"]
        verdict = "within" if max(totals) <= TARGET_SECONDS else "OVER"
        print(f"Target: {TARGET_SECONDS:.0f} s end to end; the slowest run is {verdict} it.")


if __name__ == "__main__":
    main()
