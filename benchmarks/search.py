"""Benchmark: Reflect's search against the same FTS5 queries on a plain SQLite copy.

For each journal size (100,000 entries of about 200 words by default, made by
``generate.py`` and cached under ``benchmarks/out``) it makes a plain, unencrypted copy of
the database once (SQLCipher's ``sqlcipher_export``; synthetic entries only), then runs the
same queries both ways, one after the other, so both see the same machine load:

* Reflect: ``Searcher.search`` as the window calls it: how many entries match, and the
  first 20 in order with their snippets (a screenful and more);
* plain: the very same SQL statements (the same ``storage.search`` functions) on a
  connection to the plain copy, with the same 128 MiB page cache.

The queries are drawn (seeded) from the generator's vocabulary and texts: single words,
two words, prefixes (a word minus its last letters), phrases of two to four neighbouring
words, and words with a tag filter. Each query runs once to warm the caches (reported as
"first run") and is then timed over ``--repeats`` rounds; the table gives the median and
p95 over all queries and rounds, the ratio to plain SQLite, and the targets (median under
10 ms, p95 under 50 ms, both within 1.3× of plain). It asserts nothing. Run from the
repository root::

    .venv/bin/python benchmarks/search.py [--sizes 100000] [--repeats 3] [--queries 60]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from reflect.core.crypto.keyfile import KeyFile
from reflect.core.journal import DATABASE_NAME, KEY_FILE_NAME, Journal
from reflect.core.search import Order, SearchFilters, SearchQuery
from reflect.core.searcher import CACHE_KIB, PAGE_OF_HITS, Searcher
from reflect.core.storage import search as store
from reflect.core.storage.connection import Connection, close_database, open_database

if not __package__:  # run as ``python benchmarks/search.py``: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.generate import PASSPHRASE, TAGS, ensure_journal
from benchmarks.options import parse, sizes_parser

OUT = Path(__file__).resolve().parent / "out"
TARGET_MEDIAN_MS, TARGET_P95_MS, TARGET_RATIO = 10.0, 50.0, 1.3


def plain_copy(folder: Path) -> Path:
    """An unencrypted copy of the journal's database, made once per journal."""
    plain = folder.with_name(folder.name + "-plain.db")
    journal_db = folder / DATABASE_NAME
    if plain.exists() and plain.stat().st_mtime >= journal_db.stat().st_mtime:
        return plain
    plain.unlink(missing_ok=True)
    key = KeyFile.read(folder / KEY_FILE_NAME).unwrap(PASSPHRASE)
    connection = open_database(journal_db, key)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        close_database(connection)
    return plain


def open_plain(path: Path) -> Connection:
    """The plain copy, opened as SQLCipher's own SQLite (same version, no key: no cipher)."""
    connection: Connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB:d}")
    connection.execute("PRAGMA temp_store = MEMORY")  # as the journal's own connection has
    return connection


def make_queries(connection: Connection, count: int, seed: int = 7) -> list[SearchQuery]:
    """A seeded mix of the query forms people use, from words that are in the journal."""
    rng = random.Random(seed)
    highest = int(connection.execute("SELECT max(id) FROM entries").fetchone()[0])
    texts: list[list[str]] = []
    while len(texts) < count:
        row = connection.execute(
            "SELECT body FROM entries WHERE id = ?", (rng.randint(1, highest),)
        ).fetchone()
        if row is not None:
            texts.append(str(row[0]).replace(".", "").lower().split())
    queries = []
    for index, words in enumerate(texts):
        start = rng.randrange(len(words) - 4)
        word = words[start]
        form = index % 6
        if form in (0, 1):
            text = word
        elif form == 2:
            text = f"{word} {rng.choice(words)}"
        elif form == 3:
            longest = max(words[start : start + 4], key=len)
            text = longest[: max(3, len(longest) - 2)] + "*"
        elif form == 4:
            text = '"' + " ".join(words[start : start + rng.randint(2, 4)]) + '"'
        else:
            queries.append(SearchQuery(word, SearchFilters(tag=rng.choice(TAGS))))
            continue
        queries.append(SearchQuery(text))
    return queries


def reflect_search(searcher: Searcher) -> Callable[[SearchQuery], int]:
    return lambda query: len(searcher.search(query).hits)


def plain_search(connection: Connection) -> Callable[[SearchQuery], int]:
    def search(query: SearchQuery) -> int:
        store.count(connection, query)
        return len(store.page(connection, query, 0, PAGE_OF_HITS))

    return search


@dataclass
class Times:
    """Milliseconds per query."""

    ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.ms)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.ms, n=20, method="inclusive")[-1]


def time_each(search: Callable[[SearchQuery], int], query: SearchQuery) -> float:
    started = time.perf_counter()
    search(query)
    return (time.perf_counter() - started) * 1000


def run(
    queries: Sequence[SearchQuery], searches: dict[str, Callable[[SearchQuery], int]], repeats: int
) -> tuple[dict[str, Times], dict[str, Times]]:
    """First-run and warm times for each way of searching, query by query side by side."""
    first = {name: Times([]) for name in searches}
    warm = {name: Times([]) for name in searches}
    for query in queries:
        for name, search in searches.items():
            first[name].ms.append(time_each(search, query))
    for _ in range(repeats):
        for query in queries:
            for name, search in searches.items():
                warm[name].ms.append(time_each(search, query))
    return first, warm


def row(label: str, reflect: Times, plain: Times, *, targets: bool) -> str:
    ratio_median, ratio_p95 = reflect.median / plain.median, reflect.p95 / plain.p95
    cells = [
        f"{label:<34}",
        f"{reflect.median:8.2f}",
        f"{reflect.p95:8.2f}",
        f"{plain.median:8.2f}",
        f"{plain.p95:8.2f}",
        f"{ratio_median:5.2f}× {ratio_p95:5.2f}×",
    ]
    if targets:
        met = (
            reflect.median <= TARGET_MEDIAN_MS
            and reflect.p95 <= TARGET_P95_MS
            and max(ratio_median, ratio_p95) <= TARGET_RATIO
        )
        cells.append("yes" if met else "NO")
    else:
        cells.append("(informational)")
    return "  ".join(cells)


@dataclass
class Comparison:
    """One journal's search measured both ways: first runs, warm rounds, best match."""

    unlock_s: float
    open_searcher_ms: float
    queries: list[SearchQuery]
    first: dict[str, Times]
    warm: dict[str, Times]
    best: dict[str, Times] | None  # ``None`` when not asked for


def compare(folder: Path, query_count: int, repeats: int, *, best_match: bool = True) -> Comparison:
    """Search the journal in ``folder`` and its plain copy with the same seeded queries."""
    started = time.perf_counter()
    journal = Journal.unlock(folder, PASSPHRASE)  # also brings the schema up to date
    unlocked = time.perf_counter()
    searcher = journal.open_searcher()
    opened = time.perf_counter()
    plain = open_plain(plain_copy(folder))
    try:
        queries = make_queries(plain, query_count)
        ways = {"reflect": reflect_search(searcher), "plain": plain_search(plain)}
        first, warm = run(queries, ways, repeats)
        best = None
        if best_match:
            by_relevance = [
                SearchQuery(query.text, query.filters, Order.BEST_MATCH) for query in queries
            ]
            _, best = run(by_relevance, ways, repeats)
    finally:
        plain.close()
        searcher.close()
        journal.lock()
    return Comparison(unlocked - started, (opened - unlocked) * 1000, queries, first, warm, best)


def main(argv: Sequence[str] | None = None) -> int:
    parser = sizes_parser(__doc__, [100_000])
    parser.add_argument("--queries", type=int, default=60)
    parser.set_defaults(repeats=3)
    args = parse(parser, argv)
    if args.queries < 50:
        parser.error("--queries must be at least 50")
    print(
        f"Search: {args.queries} queries × {args.repeats} rounds after one warm-up round;"
        " milliseconds per query (count + first 20 with snippets)."
    )
    header = f"{'':<34}  {'median':>8}  {'p95':>8}  {'plain':>8}  {'plain95':>8}  ratio (med, p95)"
    for size in args.sizes:
        folder = OUT / f"journal-{size}"
        ensure_journal(folder, size)
        found = compare(folder, args.queries, args.repeats)
        print(
            f"\n{size:,} entries: unlock {found.unlock_s:.2f} s,"
            f" open searcher {found.open_searcher_ms:.1f} ms"
        )
        print(header)
        first, warm = found.first, found.warm
        print(row("newest first", warm["reflect"], warm["plain"], targets=True))
        print(row("newest first, first run", first["reflect"], first["plain"], targets=False))
        if found.best is not None:
            print(row("best match", found.best["reflect"], found.best["plain"], targets=False))
    print(
        f"\nTargets (newest first): median ≤ {TARGET_MEDIAN_MS:g} ms, p95 ≤ {TARGET_P95_MS:g} ms,"
        f" each within {TARGET_RATIO:g}× of plain SQLite."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
