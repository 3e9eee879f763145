"""Command-line options the size-by-size benchmarks share."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def parse_sizes(text: str) -> list[int]:
    """``1000,10_000`` → ``[1000, 10000]``."""
    sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    if not sizes or any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive whole numbers, e.g. 1000,10000")
    return sizes


def sizes_parser(doc: str | None, default_sizes: Sequence[int]) -> argparse.ArgumentParser:
    """A parser with ``--sizes`` and ``--repeats``; add more options, then ``parse``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--sizes", type=parse_sizes, default=list(default_sizes))
    parser.add_argument("--repeats", type=int, default=7)
    return parser


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed options, refusing fewer than one repeat."""
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args
