"""A pytest plugin that fails any test which tries to use the network.

Reflect promises never to talk to the network, so no test may open an internet socket
or look a name up, even by accident (a library phoning home, a stray URL). While the
suite runs, creating an ``AF_INET``/``AF_INET6`` socket (``socket.socket``,
``create_connection``, ``fromfd``…) or resolving a name (``getaddrinfo`` and friends)
raises ``NetworkUsed`` before anything is sent. Each attempt is also noted, and the test
phase it happened in (setup, call or teardown) is failed afterwards even if the code
caught the exception, or it happened on another thread.

Local sockets (``AF_UNIX``, as for D-Bus or X) stay allowed. This guards Python code in
the test process only; C libraries and child processes are covered by
``tests/test_no_network.py``, which runs the app under ``strace``.

Registered from ``tests/conftest.py`` (``pytest_plugins``).
"""

from __future__ import annotations

import functools
import socket
import threading
from collections.abc import Callable, Generator
from typing import Any

import pytest

BLOCKED_FAMILIES: dict[int, str] = {socket.AF_INET: "AF_INET", socket.AF_INET6: "AF_INET6"}
# Name lookups can go out to a DNS server on their own (C code, no Python socket).
LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")


class NetworkUsed(RuntimeError):
    """Code under test tried to use the network; Reflect never does."""


class _Guard:
    """The wrapped ``socket`` functions and the attempts seen since the last report."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempts: list[str] = []
        self._originals: dict[str, Any] = {}

    def install(self) -> None:
        if self._originals:
            return
        original_init = socket.socket.__init__
        self._originals["__init__"] = original_init
        guard = self

        @functools.wraps(original_init)
        def guarded_init(
            sock: socket.socket,
            family: int = -1,
            type: int = -1,
            proto: int = -1,
            fileno: int | None = None,
        ) -> None:
            if family in BLOCKED_FAMILIES:
                guard.refuse(f"socket.socket({BLOCKED_FAMILIES[family]})")
            original_init(sock, family, type, proto, fileno)
            # Made from a file descriptor, the family is known only now (fromfd, dup).
            if sock.family in BLOCKED_FAMILIES:
                sock.close()
                guard.refuse(f"socket.socket(fileno=…) of family {BLOCKED_FAMILIES[sock.family]}")

        socket.socket.__init__ = guarded_init  # type: ignore[method-assign,assignment]
        for name in LOOKUPS:
            self._originals[name] = getattr(socket, name)
            setattr(socket, name, self._refusing(f"socket.{name}"))

    def uninstall(self) -> None:
        for name, original in self._originals.items():
            if name == "__init__":
                socket.socket.__init__ = original  # type: ignore[method-assign]
            else:
                setattr(socket, name, original)
        self._originals.clear()

    def _refusing(self, what: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            shown = ", ".join([*map(repr, args), *(f"{k}={v!r}" for k, v in kwargs.items())])
            self.refuse(f"{what}({shown})")

        return refuse

    def refuse(self, what: str) -> None:
        with self._lock:
            self._attempts.append(what)
        raise NetworkUsed(
            f"{what}: this test tried to use the network. Reflect never connects to the "
            "internet; tests must not either (see tests/network_guard.py)."
        )

    def take_attempts(self) -> list[str]:
        with self._lock:
            attempts, self._attempts = self._attempts, []
        return attempts


_GUARD = _Guard()


def take_attempts() -> list[str]:
    """The attempts noted since the last report, forgotten now: for the guard's own test,
    which makes attempts on purpose."""
    return _GUARD.take_attempts()


def pytest_configure(config: pytest.Config) -> None:
    _GUARD.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    _GUARD.uninstall()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Fail the phase (setup, call, teardown) in which the network was asked for, even if
    the ``NetworkUsed`` raised was caught by the code under test."""
    report = yield
    attempts = _GUARD.take_attempts()
    if attempts:
        message = "Network use is not allowed in Reflect's tests; attempted: " + "; ".join(attempts)
        if report.failed:
            report.sections.append(("network guard", message))
        else:
            report.outcome = "failed"
            report.longrepr = message
    return report
