"""The ``reflect`` console entry point: the app with no command, else a CLI command.

Exit codes: 0 success, 1 an error (one line on stderr, never a traceback), 2 a usage error,
130 when stopped with Ctrl+C (the shell's convention).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import unicodedata
from typing import TextIO

from reflect.cli.parser import UsageError, build_parser
from reflect.core.errors import JournalError
from reflect.core.paths import default_journal_folder

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: list[str] | None = None) -> int:
    """Run Reflect with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser().parse_args(arguments)
    except UsageError as error:
        print(one_line(str(error)), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    if args.journal is None:
        args.journal = default_journal_folder()

    if args.command is None:
        if not _screen_available():
            print(
                "reflect: there's no screen to open the window on. The commands work "
                "without one; see 'reflect --help'.",
                file=sys.stderr,
            )
            return EXIT_ERROR
        # Qt is loaded only for the window, so the commands start fast and run headless.
        from reflect.ui.app import run_app  # noqa: PLC0415

        return run_app(args.journal)
    return _run_headless(args)


def _run_headless(args: argparse.Namespace) -> int:
    """Run a command, turning every expected failure into one line on stderr."""
    # Here, not at the top: the commands import the whole core, which the window's unlock
    # screen (started without a command) must not wait for.
    from reflect.cli.commands import run_command  # noqa: PLC0415
    from reflect.cli.passphrase import NoTerminal  # noqa: PLC0415

    try:
        stdout = _utf8(sys.stdout)
        code = run_command(args, stdout, sys.stdin)
        stdout.flush()  # here, so a closed pipe is met inside this try, not at exit
        return code
    except NoTerminal:
        message = (
            f"reflect {args.command}: there's no terminal to ask for the passphrase on; "
            "use --passphrase-file FILE"
        )
        code = EXIT_USAGE
    except JournalError as error:
        message, code = f"reflect: {error}", EXIT_ERROR
    except KeyboardInterrupt:
        message, code = "reflect: stopped; nothing more was changed.", EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (e.g. `head`) has all it wanted; keep Python's exit flush quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        message, code = f"reflect: {error.strerror or 'a system error'}{where}", EXIT_ERROR
    except Exception as error:
        # The promise is one line, never a traceback. Only the type is named: an unforeseen
        # error's message might quote journal text.
        kind = type(error).__name__
        message, code = f"reflect: something unexpected went wrong ({kind}).", EXIT_ERROR
    print(one_line(message), file=sys.stderr)
    return code


def one_line(message: str) -> str:
    """``message`` as one line: a line break or control character in something it quotes
    (an argument, a file name) is shown escaped (``\\r``, ``\\x00``), so the error can
    neither spill onto more lines nor overwrite itself on the terminal."""
    return "".join(
        character.encode("unicode_escape").decode("ascii")
        if unicodedata.category(character) in ("Cc", "Zl", "Zp")
        else character
        for character in message
    )


def _screen_available() -> bool:
    """Whether Qt can show a window (on Linux without X11 or Wayland it would abort)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _utf8(stream: TextIO) -> TextIO:
    """JSON and entry text are written as UTF-8 whatever the terminal's locale says. A file
    name that isn't UTF-8 (Python holds its bytes as surrogates) is written back as those
    same bytes: in a strict UTF-8 locale it would otherwise fail after the work was done."""
    if isinstance(stream, io.TextIOWrapper) and (
        stream.encoding.lower() != "utf-8" or stream.errors != "surrogateescape"
    ):
        stream.reconfigure(encoding="utf-8", errors="surrogateescape")
    return stream
