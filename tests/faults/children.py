"""Child processes for the fault tests: start one, talk to it in messages, kill it at a
chosen moment, and spread the kill moments over the time an operation takes.

A child runs one of the functions in ``tests.faults.child_work``. It waits for ``open``,
opens the journal, says ``ready``, waits for ``go``, does its work, and reports each step
after it has returned (so the parent knows what was reported done). Then it is killed with
SIGKILL: no handler, no ``finally``, no flush runs — the closest a test gets to pulling the
plug on a process.

Children are forked from a ``multiprocessing`` fork server that has loaded Reflect once:
each one is a real process of its own, but starts in milliseconds instead of the half a
second a new interpreter takes to load Reflect, so 30-odd kills per test stay quick.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import statistics
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Self

# Seeded, so a failure can be run again with the same kill moments (the scheduler still
# decides exactly where each kill lands). REFLECT_FAULT_SEED picks another sequence.
SEED = int(os.environ.get("REFLECT_FAULT_SEED", "20261123"))

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["tests.faults.child_work"])


def seeded_rng(name: str) -> random.Random:
    """A random generator for one test, from ``SEED`` and the test's own name."""
    return random.Random(f"{SEED}:{name}")


class Child:
    """A child process running ``work(connection, *args)`` from ``child_work``."""

    def __init__(self, work: Callable[..., None], *args: Any) -> None:
        # Two one-way pipes rather than a socket pair: a socket whose other end died with
        # a message unread reports "connection reset" instead of the messages before it.
        self._messages, their_messages = _CONTEXT.Pipe(duplex=False)
        their_orders, self._orders = _CONTEXT.Pipe(duplex=False)
        ends = _Ends(their_orders, their_messages)
        self.process = _CONTEXT.Process(target=work, args=(ends, *args), daemon=True)
        self.process.start()
        for end in (their_orders, their_messages):
            end.close()  # else the parent never sees the end of the child's messages

    def open(self) -> None:
        """Let the child open the journal, and wait until it has."""
        self.send("open")
        self.expect("ready")

    def message(self) -> Any:
        """The child's next message (``None`` once it has ended)."""
        try:
            return self._messages.recv()
        except EOFError:
            return None

    def expect(self, expected: Any) -> None:
        """The child's next message is ``expected``; else fail, saying what it was."""
        said = self.message()
        assert said == expected, f"expected {expected!r}, got {said!r} ({self.process})"

    def send(self, message: Any = "go") -> float:
        """Send a message; returns when it was sent (``time.perf_counter``)."""
        self._orders.send(message)
        return time.perf_counter()

    def kill(self) -> list[Any]:
        """SIGKILL the child; returns its messages not read yet (each one sent, and so
        reported done, before it died)."""
        self.process.kill()
        self.process.join(30)
        rest = []
        while (message := self.message()) is not None:
            rest.append(message)
        self._messages.close()
        self._orders.close()
        self.process.close()
        return rest

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._messages.closed:
            self.kill()


class _Ends:
    """The child's ends of its two pipes, used like one connection (``send``, ``recv``)."""

    def __init__(self, orders: Connection, messages: Connection) -> None:
        self.recv = orders.recv
        self.send = messages.send


def typical_run(start: Callable[[], Child], runs: int = 6) -> float:
    """How long the operation takes, from ``go`` to ``done``: the median of ``runs`` (on a
    busy machine one run can take many times as long as the others)."""
    durations = []
    for _ in range(runs):
        with start() as child:
            child.open()
            asked = child.send()
            child.expect("done")
            durations.append(time.perf_counter() - asked)
    return statistics.median(durations)


def kill_delays(
    trials: int, duration: float, rng: random.Random, spread: float = 2.0
) -> list[float]:
    """One random moment in each of ``trials`` equal slices of ``spread × duration``, in a
    random order: kills land evenly before, during and after the operation's end."""
    delays = [(i + rng.random()) / trials * spread * duration for i in range(trials)]
    rng.shuffle(delays)
    return delays


def kill_after(child: Child, delay: float) -> list[Any]:
    """Tell the child to go, wait ``delay`` seconds, kill it; returns what it reported.

    Sleep, not spin: a spinning parent would take a CPU from the child (two cores here)."""
    child.send()
    time.sleep(delay)
    return child.kill()
