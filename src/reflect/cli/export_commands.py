"""``reflect export``: every entry, decrypted, to a JSON file or a folder of Markdown files.

The export is not encrypted, so the command says so on stderr every time, before the
passphrase is asked for. The place is checked first too: a typo costs no waiting, and an
existing file or a folder with files in it is never written over (``--overwrite`` allows
replacing a JSON file).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from reflect.cli.passphrase import (
    passphrase_for,
)
from reflect.core.exporting import EXPORT_WARNING, ExportFormat, check_target, export_journal
from reflect.core.journal import Journal

EXPORT_FORMATS = [kind.value for kind in ExportFormat]


def run_export(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Export ``--journal`` as ``--format`` to ``--output``."""
    kind = ExportFormat(args.format)
    target = args.output.absolute()
    check_target(kind, target, overwrite=args.overwrite)
    print(f"reflect: {EXPORT_WARNING}", file=sys.stderr)
    passphrase = passphrase_for(args)
    with Journal.unlock(args.journal, passphrase) as journal:
        result = export_journal(journal, kind, target, overwrite=args.overwrite)
    count = f"{result.entries} {'entry' if result.entries == 1 else 'entries'}"
    print(
        f"Exported {count} to {result.path}. These files are not encrypted: keep them "
        "somewhere safe, and delete them when you no longer need them.",
        file=stdout,
    )
    return 0
