"""The figures the benchmark reports, their targets, and whether a measurement meets one.

Targets come from the issues that set them, through the scripts that first measured each
figure (``search.py``, ``autosave.py``, ``charts.py``, ``share_pdf.py``), so a target is
written down once. A figure whose target does not apply at a size (memory is promised at
100,000 entries; growth is measured from the smallest size) is marked "—" there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from benchmarks.autosave import TARGET_P99_MS
from benchmarks.charts import TARGET_FIRST_MS
from benchmarks.search import TARGET_MEDIAN_MS, TARGET_P95_MS, TARGET_RATIO
from benchmarks.share_pdf import TARGET_SECONDS

COLD_START_TARGET_MS = 250.0
UNLOCK_AFTER_KEY_TARGET_MS = 100.0
# "Flat in journal size": unlocking may take at most this much longer for a larger journal
# than for the smallest one measured (the key derivation is the same work at every size).
FLAT_GROWTH_TARGET_MS = 50.0
MEMORY_TARGET_ENTRIES = 100_000
IDLE_MEMORY_TARGET_MB, PEAK_MEMORY_TARGET_MB = 120.0, 250.0

# The figures of one journal size, by key.
Row = Mapping[str, float]
# Whether ``value`` meets the target at ``size``, given that size's row and every size's
# rows; ``None`` where the target does not apply.
Check = Callable[[float, int, Row, Mapping[int, Row]], bool | None]


@dataclass(frozen=True)
class Figure:
    """One line of the table."""

    key: str
    label: str
    unit: str  # "ms", "MB", "×" or "" (a count)
    target: str
    check: Check | None = None  # ``None``: no target, reported for context

    def met(self, size: int, rows: Mapping[int, Row]) -> bool | None:
        """Whether this figure meets its target at ``size`` (``None``: does not apply)."""
        row = rows[size]
        if self.check is None or self.key not in row:
            return None
        return self.check(row[self.key], size, row, rows)


@dataclass(frozen=True)
class AtMost:
    """A fixed limit, at every size or (``only_at``) at one size."""

    limit: float
    only_at: int | None = None

    def __call__(self, value: float, size: int, _row: Row, _rows: Mapping[int, Row]) -> bool | None:
        if self.only_at is not None and size != self.only_at:
            return None
        return value <= self.limit


def _unlock_within_key(value: float, _size: int, row: Row, _rows: Mapping[int, Row]) -> bool:
    return value <= row["key_derivation_ms"] + UNLOCK_AFTER_KEY_TARGET_MS


def _flat(value: float, size: int, _row: Row, rows: Mapping[int, Row]) -> bool | None:
    if size == min(rows):
        return None  # the size it is measured from
    return value <= FLAT_GROWTH_TARGET_MS


FIGURES: tuple[Figure, ...] = (
    Figure(
        "cold_start_ms",
        "Cold start to the unlock screen",
        "ms",
        f"≤ {COLD_START_TARGET_MS:.0f} ms",
        AtMost(COLD_START_TARGET_MS),
    ),
    Figure("key_derivation_ms", "Key derivation (Argon2id, default settings)", "ms", "—"),
    Figure(
        "unlock_ms",
        "Unlock to usable window",
        "ms",
        f"≤ key derivation + {UNLOCK_AFTER_KEY_TARGET_MS:.0f} ms",
        _unlock_within_key,
    ),
    Figure(
        "first_unlock_ms",
        "Unlock to usable window, first of the day (daily backup)",
        "ms",
        f"≤ key derivation + {UNLOCK_AFTER_KEY_TARGET_MS:.0f} ms",
        _unlock_within_key,
    ),
    Figure(
        "unlock_growth_ms",
        "Unlock to usable window: growth from the smallest size",
        "ms",
        f"≤ {FLAT_GROWTH_TARGET_MS:.0f} ms (flat)",
        _flat,
    ),
    Figure(
        "search_median_ms",
        "Search, median",
        "ms",
        f"≤ {TARGET_MEDIAN_MS:.0f} ms",
        AtMost(TARGET_MEDIAN_MS),
    ),
    Figure(
        "search_p95_ms", "Search, p95", "ms", f"≤ {TARGET_P95_MS:.0f} ms", AtMost(TARGET_P95_MS)
    ),
    Figure("plain_median_ms", "Plain SQLite copy, median", "ms", "—"),
    Figure("plain_p95_ms", "Plain SQLite copy, p95", "ms", "—"),
    Figure(
        "search_ratio_median",
        "Search ÷ plain SQLite, median",
        "×",
        f"≤ {TARGET_RATIO:g}×",
        AtMost(TARGET_RATIO),
    ),
    Figure(
        "search_ratio_p95",
        "Search ÷ plain SQLite, p95",
        "×",
        f"≤ {TARGET_RATIO:g}×",
        AtMost(TARGET_RATIO),
    ),
    Figure(
        "autosave_p99_ms",
        "Autosave, UI-thread cost p99",
        "ms",
        f"≤ {TARGET_P99_MS:.0f} ms",
        AtMost(TARGET_P99_MS),
    ),
    Figure("ui_thread_writes", "Database writes on the UI thread", "", "0", AtMost(0)),
    Figure(
        "pdf_export_ms",
        "PDF export of a 200-excerpt share",
        "ms",
        f"≤ {TARGET_SECONDS * 1000:,.0f} ms",
        AtMost(TARGET_SECONDS * 1000),
    ),
    Figure(
        "chart_first_draw_ms",
        "First chart draw",
        "ms",
        f"≤ {TARGET_FIRST_MS:.0f} ms",
        AtMost(TARGET_FIRST_MS),
    ),
    Figure(
        "memory_idle_mb",
        "Memory, idle (window shown, before charts)",
        "MB",
        f"≤ {IDLE_MEMORY_TARGET_MB:.0f} MB at {MEMORY_TARGET_ENTRIES:,}",
        AtMost(IDLE_MEMORY_TARGET_MB, MEMORY_TARGET_ENTRIES),
    ),
    Figure(
        "memory_peak_mb",
        "Memory, peak (after search, charts, PDF)",
        "MB",
        f"≤ {PEAK_MEMORY_TARGET_MB:.0f} MB at {MEMORY_TARGET_ENTRIES:,}",
        AtMost(PEAK_MEMORY_TARGET_MB, MEMORY_TARGET_ENTRIES),
    ),
)


def value_text(figure: Figure, value: float) -> str:
    """``value`` in ``figure``'s unit, to the precision that means something."""
    if figure.unit == "×":
        return f"{value:.2f}×"
    if figure.unit == "":
        return f"{value:.0f}"
    sign = "+" if figure.key == "unlock_growth_ms" and value >= 0 else ""
    digits = 1 if figure.unit == "ms" and abs(value) < 10 else 0
    return f"{sign}{value:,.{digits}f} {figure.unit}"


def verdict(met: bool | None) -> str:
    return "—" if met is None else "met" if met else "not met"
