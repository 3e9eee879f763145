"""The ``reflect`` console entry point: the app with no command, else a CLI command.

Exit codes: 0 success, 1 an error (one line on stderr, never a traceback), 2 a usage error.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO

from reflect.cli.commands import journal_path, run_command
from reflect.cli.parser import UsageError, build_parser
from reflect.cli.passphrase import NoTerminal
from reflect.core.errors import JournalError
from reflect.core.paths import default_journal_folder

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Run Reflect with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    args.journal = journal_path(args, default_journal_folder)

    if args.command is None:
        from reflect.ui.app import run_app  # Qt is loaded only for the window

        return run_app(args.journal)

    stdout = _utf8(sys.stdout)
    try:
        return run_command(args, stdout, sys.stdin)
    except NoTerminal:
        print(
            f"reflect {args.command}: there's no terminal to ask for the passphrase on; "
            "use --passphrase-file FILE",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except JournalError as error:
        print(f"reflect: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reflect: stopped; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) has all it wanted; keep Python's exit flush quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _utf8(stream: TextIO) -> TextIO:
    """JSON and entry text are written as UTF-8 whatever the terminal's locale says."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() != "utf-8":
        stream.reconfigure(encoding="utf-8")
    return stream
