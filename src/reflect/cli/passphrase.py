"""Getting a passphrase for the command line: from a file, or asked on the terminal.

The terminal prompt reads the controlling terminal (``/dev/tty``), never standard input,
because ``reflect add`` reads the entry's text from standard input.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from reflect.core.errors import InvalidInput
from reflect.core.journal import Journal


class NoTerminal(Exception):
    """There is no terminal to ask on and no ``--passphrase-file`` was given."""


def read_passphrase_file(path: Path) -> str:
    """The first line of ``path`` (without its line ending) is the passphrase."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            f"Reflect couldn't read the passphrase file {path}: {error.strerror or error}."
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"The passphrase file {path} isn't UTF-8 text.") from None
    passphrase = text.split("\n", 1)[0].removesuffix("\r")
    if not passphrase:
        raise InvalidInput(f"The first line of the passphrase file {path} is empty.")
    return passphrase


def ask_passphrase(prompt: str) -> str:
    """Ask on the terminal with the echo off."""
    if os.name == "posix":
        try:
            with open("/dev/tty", "rb"):
                pass
        except OSError:
            raise NoTerminal() from None
    try:
        return getpass.getpass(prompt)
    except EOFError:  # Ctrl+D at the prompt
        raise InvalidInput("No passphrase was given, so nothing was changed.") from None


def ask_new_passphrase() -> str:
    """Ask for a new passphrase twice, refusing an empty one or two that differ."""
    first = ask_passphrase("Choose a passphrase for your journal: ")
    if not first:
        raise InvalidInput("A passphrase can't be empty. Nothing was created.")
    second = ask_passphrase("Type it once more: ")
    if first != second:
        raise InvalidInput("The two passphrases didn't match. Nothing was created.")
    return first


def passphrase_for(args: argparse.Namespace, prompt: str | None = None) -> str:
    """The passphrase from ``--passphrase-file``, or asked on the terminal with ``prompt``
    (by default: "Passphrase for JOURNAL: ")."""
    if args.passphrase_file is not None:
        return read_passphrase_file(args.passphrase_file)
    return ask_passphrase(prompt or f"Passphrase for {args.journal}: ")


def open_journal(args: argparse.Namespace) -> Journal:
    """The journal of ``--journal``, unlocked with ``passphrase_for(args)``."""
    return Journal.unlock(args.journal, passphrase_for(args))
