"""The one benchmark command (``python -m benchmarks``) works and says what it measured.

Only the shape is checked, never a timing: every figure is measured and shown beside its
target with "met", "not met" or "—"; the Markdown page and the plot are written; a broken
measurement is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.figures import FIGURES
from benchmarks.generate import cached_entry_count
from benchmarks.measure import FULL_SIZES, Run, Settings, add_growth
from benchmarks.report import markdown_table, performance_page, plot, text_table

from tests.helpers import ROOT

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
VERDICT_ENDINGS = ("(met)", "(not met)", "(—)")


def made_up_run() -> Run:
    """Two sizes of invented figures: fast and small at 1,000, over target at 100,000."""
    settings = Settings.choose(quick=False, sizes=[1_000, 100_000], repeats=1)
    small = {figure.key: 1.0 for figure in FIGURES}
    small.update(key_derivation_ms=200.0, unlock_ms=250.0, ui_thread_writes=0.0)
    large = {key: value * 300 for key, value in small.items()}
    large.update(key_derivation_ms=200.0, unlock_ms=450.0, ui_thread_writes=2.0)
    rows = {1_000: small, 100_000: large}
    add_growth(rows)
    return Run(settings, rows, {"CPU": "2 cores", "Python": "3.11"}, ["A note."])


def cells_of(table: str, key: str) -> list[str]:
    """The cells after the label on the text table's line for the figure ``key`` (columns
    are set apart by two spaces or more; no cell holds two in a row)."""
    label = next(figure.label for figure in FIGURES if figure.key == key)
    line = next(line for line in table.splitlines() if line.startswith(f"{label}  "))
    return re.split(r" {2,}", line.strip())[1:]


def test_each_figure_is_shown_beside_its_target_with_a_verdict() -> None:
    run = made_up_run()
    table = text_table(run)
    header = table.splitlines()[0]
    assert "1,000 entries" in header and "100,000 entries" in header
    for figure in FIGURES:
        target, *values = cells_of(table, figure.key)
        assert target == figure.target
        assert len(values) == 2
        assert all(value.endswith(VERDICT_ENDINGS) for value in values)

    # Memory is promised at 100,000 entries only; growth is measured from the smallest.
    assert cells_of(table, "memory_peak_mb")[1:] == ["1 MB (—)", "300 MB (not met)"]
    assert cells_of(table, "unlock_growth_ms")[1:] == ["+0.0 ms (—)", "+200 ms (not met)"]
    # Unlock is judged against that size's own key derivation plus 100 ms.
    assert cells_of(table, "unlock_ms")[1:] == ["250 ms (met)", "450 ms (not met)"]
    assert cells_of(table, "first_unlock_ms")[1:] == ["1.0 ms (met)", "300 ms (met)"]
    assert cells_of(table, "ui_thread_writes")[1:] == ["0 (met)", "2 (not met)"]
    assert cells_of(table, "key_derivation_ms")[1:] == ["200 ms (—)", "200 ms (—)"]


def test_the_markdown_page_holds_the_table_the_machine_and_the_plot(tmp_path: Path) -> None:
    run = made_up_run()
    table = markdown_table(run).splitlines()
    assert len(table) == len(FIGURES) + 2  # header, alignment, one line per figure
    assert {line.count("|") for line in table} == {len(run.settings.sizes) + 3}
    page = performance_page(run, "images/performance.png")
    assert markdown_table(run) in page
    assert "![How each figure grows with journal size](images/performance.png)" in page
    assert "- **CPU**: 2 cores" in page and "- A note." in page

    image = tmp_path / "performance.png"
    plot(run, image)
    assert image.read_bytes().startswith(PNG_SIGNATURE)


def test_only_the_full_run_writes_the_docs_by_default() -> None:
    assert Settings.choose(quick=False).full
    assert Settings.choose(quick=False).sizes == FULL_SIZES
    assert not Settings.choose(quick=True).full
    assert not Settings.choose(quick=False, sizes=[1_000]).full
    # --repeats caps every repetition, so a tiny run stays tiny.
    tiny = Settings.choose(quick=True, sizes=[50], repeats=1)
    assert (tiny.repeats, tiny.search_rounds, tiny.later_sessions, tiny.pdf_repeats) == (1, 1, 1, 1)


def run_benchmarks(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.slow
def test_the_quick_command_measures_every_figure(tmp_path: Path) -> None:
    out, docs = tmp_path / "out", tmp_path / "docs"
    completed = run_benchmarks(
        "--quick", "--sizes", "50", "--repeats", "1", "--out", str(out), "--write-docs",
        "--docs", str(docs),
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert "benchmarks:" not in completed.stderr

    table = completed.stdout.split("\n\n")[-2]  # the table, before the "Wrote …" line
    assert "50 entries" in table.splitlines()[0]
    for figure in FIGURES:
        target, value = cells_of(table, figure.key)
        assert target == figure.target
        assert value.endswith(VERDICT_ENDINGS)

    found = json.loads((out / "results.json").read_text(encoding="utf-8"))
    row = found["rows"]["50"]
    assert set(row) == {figure.key for figure in FIGURES}
    assert all(math.isfinite(value) for value in row.values())
    assert row["ui_thread_writes"] == 0  # a count, not a timing: the UI thread never writes

    page = (docs / "PERFORMANCE.md").read_text(encoding="utf-8")
    assert "| Database writes on the UI thread | 0 | 0 (met) |" in page
    assert (docs / "images" / "performance.png").read_bytes().startswith(PNG_SIGNATURE)
    # The app sessions wrote to a copy: the cached journal is as generated, and no copy,
    # exported PDF or backup is left behind.
    assert cached_entry_count(out / "journal-50") == 50
    assert sorted(path.name for path in out.iterdir()) == [
        "journal-50",
        "journal-50-plain.db",
        "results.json",
    ]


@pytest.mark.slow
def test_a_broken_measurement_is_one_line_and_a_failure(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "journal-50").mkdir(parents=True)
    (out / "journal-50" / "notes.txt").write_text("not a journal", encoding="utf-8")
    completed = run_benchmarks("--quick", "--sizes", "50", "--repeats", "1", "--out", str(out))
    assert completed.returncode == 1
    assert completed.stderr.splitlines() == [
        f"benchmarks: could not measure: {out / 'journal-50'} holds files that are not a journal"
    ]
    assert (out / "journal-50" / "notes.txt").read_text(encoding="utf-8") == "not a journal"
