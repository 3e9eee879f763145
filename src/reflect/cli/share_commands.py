"""``reflect export-pdf``: a share, or every moment of a kind, as a large-print PDF.

Everything that can be checked without the journal is checked before the passphrase is
asked for (the place, the print size, each ``--redact``), so a typo costs no waiting. The
people list always applies; ``--redact NAME=ALIAS`` adds more names for this PDF only.
The PDF is not encrypted, so the command says so on stderr before writing it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any, TextIO

from reflect.cli.passphrase import open_journal
from reflect.core.errors import InvalidInput
from reflect.core.journal import Journal
from reflect.core.shares import (
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    ExportFormat,
    Person,
    Share,
    check_person,
)


def run_export_pdf(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Save the share ``--share`` (or the moments of ``--kind``) as a PDF at ``--output``."""
    # Qt is loaded only here, when a PDF is really wanted: every other command starts
    # without it (and tests/test_project.py holds the command line to that).
    from reflect.render.share_export import (  # noqa: PLC0415
        SHARE_EXPORT_WARNING,
        check_share_target,
        export_share,
    )
    from reflect.render.share_pdf import ensure_gui_application  # noqa: PLC0415

    font_size = checked_font_size(args.font_size)
    extra_people = [redaction_pair(text) for text in args.redactions]
    target = args.output.absolute()
    check_share_target(target, overwrite=args.overwrite)
    ensure_gui_application()
    with open_journal(args) as journal:
        share = chosen_share(journal, args)
        print(f"reflect: {SHARE_EXPORT_WARNING}", file=sys.stderr)
        printed = export_share(
            journal,
            share,
            target,
            ExportFormat.PDF,
            today=date.today(),
            extra_people=extra_people,
            font_size=font_size,
            overwrite=args.overwrite,
        )
    if printed.left_out:
        passages = "passage" if printed.left_out == 1 else "passages"
        print(
            f"reflect: left out {printed.left_out} {passages} marked “Never Share”.",
            file=sys.stderr,
        )
    words = printed.word_count()
    print(
        f"Saved “{share.name}” ({words} {'word' if words == 1 else 'words'}) as {target}.",
        file=stdout,
    )
    return 0


def chosen_share(journal: Journal, args: argparse.Namespace) -> Share:
    """The share named ``--share``, or a quick share of every ``--kind`` moment."""
    if args.share is not None:
        share = journal.share_named(args.share)
        if not share.items:
            raise InvalidInput(f"The share “{share.name}” is empty, so there's nothing to print.")
        return share
    share = journal.quick_share(args.kind)
    if not share.items:
        raise InvalidInput(
            f"There are no moments marked “{args.kind.strip()}” in this journal yet, "
            "so there's nothing to print."
        )
    return share


def checked_font_size(points: int | None) -> int | None:
    """``--font-size`` if it is a print size Reflect offers."""
    if points is not None and not MIN_FONT_SIZE <= points <= MAX_FONT_SIZE:
        raise InvalidInput(
            f"--font-size takes a print size from {MIN_FONT_SIZE} to {MAX_FONT_SIZE} points; "
            f"got {points}."
        )
    return points


def redaction_pair(text: str) -> Person:
    """``NAME=ALIAS`` (as given to ``--redact``) as a person to replace."""
    name, equals, alias = text.partition("=")
    if not equals or not name.strip() or not alias.strip():
        raise InvalidInput(
            f"--redact takes NAME=ALIAS, like --redact 'Dana=my sister'; got '{text}'."
        )
    return check_person(name, alias, ())
