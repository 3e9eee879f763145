"""Runs ``reflect.main.main`` on command lines sent one by one, for the CLI fuzz test.

``python tests/bad_input/cli_runner.py JOURNAL``: reads one JSON object per line on
standard input (``{"argv": [...], "stdin": "<latin-1 bytes>"}``) and answers each with one
JSON line (``{"code": ..., "stdout": ..., "stderr": ..., "traceback": ...}``).

A process of its own, started without a controlling terminal (``start_new_session``), so
a command that would ask for a passphrase meets "no terminal" as it would in a script,
never a prompt that waits; and with no screen, so a command line without a command says
so instead of opening the window. Each command line runs in this one process, the way
the console entry point runs it, with standard output and error as strict UTF-8 text
streams like a terminal's: a message that can't be printed is found here, not by a person.
After each, the journal's key file is put back as it was, so a ``passwd`` or
``recovery-code`` that succeeded leaves the next command line the same journal.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import traceback
from pathlib import Path

import reflect.main
from reflect.core.journal import KEY_FILE_NAME


def run(argv: list[str], stdin: bytes) -> dict[str, object]:
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    caught = None
    code: object = None
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = reflect.main.main(argv)
        except BaseException:  # what escaped main: exactly what the fuzz test looks for
            caught = traceback.format_exc()
    return {
        "code": code,
        "stdout": out.getvalue().decode("utf-8", "replace"),
        "stderr": err.getvalue().decode("utf-8", "replace"),
        "traceback": caught,
    }


def main() -> None:
    key_file = Path(sys.argv[1]) / KEY_FILE_NAME
    original_key = key_file.read_bytes()
    requests = sys.stdin  # each command line gets a standard input of its own
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stray writes can't garble the answers
    for line in requests:
        request = json.loads(line)
        answer = run(request["argv"], request["stdin"].encode("latin-1"))
        key_file.write_bytes(original_key)
        channel.write(json.dumps(answer) + "\n")
        channel.flush()


if __name__ == "__main__":
    main()
