"""Fixtures for the fault tests: an unprivileged user's journal, as the CLI tests make it."""

from tests.cli.conftest import shared_base, unprivileged_journal

__all__ = ["shared_base", "unprivileged_journal"]
