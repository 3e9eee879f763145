"""Reflect: a private, encrypted desktop journal for people in recovery."""

__version__ = "0.1.0"
