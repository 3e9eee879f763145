"""``reflect passwd`` and ``reflect recovery-code``: what opens the journal, from a terminal.

Secrets come from files (``--passphrase-file``, ``--new-passphrase-file``,
``--recovery-code-file``) or are asked on the terminal with the echo off: the current one
once, and checked before the new one is asked for, twice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from reflect.cli.passphrase import (
    NoTerminal,
    ask_passphrase,
    passphrase_for,
    read_passphrase_file,
)
from reflect.core.errors import InvalidInput
from reflect.core.journal import Journal
from reflect.core.recovery import RECOVERY_CODE_PURPOSE


def run_passwd(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Change the passphrase: the current one (or the recovery code) first, then the new."""
    recovering = args.use_recovery_code or args.recovery_code_file is not None
    if recovering and args.passphrase_file is not None:
        raise InvalidInput(
            "Give either your current passphrase or your recovery code, not both. "
            "Nothing was changed."
        )
    current: str | None = None  # None: opened with the recovery code
    if recovering:
        journal = Journal.unlock_with_recovery_code(args.journal, _recovery_code(args))
    else:
        current = _current_passphrase(args)
        journal = Journal.unlock(args.journal, current)
    with journal:
        new = _new_passphrase(args)
        if current is None:
            journal.set_passphrase(new)
        else:
            journal.change_passphrase(current, new)
    print(
        "Changed your passphrase. From now on, use the new one; the old one no longer "
        "opens your journal." + (" Your recovery code still works too." if recovering else ""),
        file=stdout,
    )
    return 0


def run_recovery_code(args: argparse.Namespace, stdout: TextIO, stdin: Any) -> int:
    """Make a recovery code (replacing any earlier one) and show it once; or remove it."""
    if args.remove:
        return _remove_recovery_code(args, stdout)
    passphrase = _current_passphrase(args)
    with Journal.unlock(args.journal, passphrase) as journal:
        replacing = journal.has_recovery_code()
        code = journal.create_recovery_code(passphrase)
    # Only the code goes to standard output, so `reflect recovery-code > FILE` keeps just
    # the code (to print); the words around it go to the terminal.
    print(f"Your recovery code for {args.journal.absolute()}:\n", file=sys.stderr)
    print(code, file=stdout)
    stdout.flush()  # before the words that follow it on the terminal
    print(f"\n{RECOVERY_CODE_PURPOSE} It won't be shown again.", file=sys.stderr)
    if replacing:
        print("Your old recovery code no longer works.", file=sys.stderr)
    return 0


def _remove_recovery_code(args: argparse.Namespace, stdout: TextIO) -> int:
    passphrase = _current_passphrase(args)
    with Journal.unlock(args.journal, passphrase) as journal:
        removed = journal.remove_recovery_code(passphrase)
    print(
        "Removed your recovery code; now only your passphrase opens your journal."
        if removed
        else "This journal had no recovery code, so nothing was changed.",
        file=stdout,
    )
    return 0


def _current_passphrase(args: argparse.Namespace) -> str:
    return passphrase_for(args, f"Current passphrase for {args.journal}: ")


def _recovery_code(args: argparse.Namespace) -> str:
    if args.recovery_code_file is not None:
        return _read_recovery_code_file(args.recovery_code_file)
    try:
        return ask_passphrase(f"Recovery code for {args.journal}: ")
    except NoTerminal:
        raise InvalidInput(
            "There's no terminal to ask for the recovery code on; use --recovery-code-file "
            "FILE. Nothing was changed."
        ) from None


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file is not None:
        return read_passphrase_file(args.new_passphrase_file)
    try:
        first = ask_passphrase("New passphrase: ")
        if not first:
            raise InvalidInput("A passphrase can't be empty. Nothing was changed.")
        if ask_passphrase("Type the new passphrase once more: ") != first:
            raise InvalidInput("The two new passphrases didn't match. Nothing was changed.")
    except NoTerminal:
        raise InvalidInput(
            "There's no terminal to ask for the new passphrase on; use "
            "--new-passphrase-file FILE. Nothing was changed."
        ) from None
    return first


def _read_recovery_code_file(path: Path) -> str:
    """The whole file: a code copied in groups over several lines still reads as one."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InvalidInput(
            f"Reflect couldn't read the recovery code file {path}: {error.strerror or error}."
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput(f"The recovery code file {path} isn't UTF-8 text.") from None
