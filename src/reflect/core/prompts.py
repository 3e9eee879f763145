"""The reflection prompt library shipped with Reflect, and today's suggestion.

Prompts live in ``reflect/resources/prompts.toml`` so they can be read, reviewed and
translated as text. People's own prompts are stored inside their journal (encrypted).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources


@dataclass(frozen=True)
class Prompt:
    """One invitation to write; ``id`` is set for a person's own prompts, else ``None``."""

    theme: str
    text: str
    id: int | None = None


@dataclass(frozen=True)
class Theme:
    """A group of prompts, with a stable key and the name shown to people."""

    key: str
    name: str
    prompts: tuple[Prompt, ...]


@functools.cache
def library() -> tuple[Theme, ...]:
    """Every theme with its prompts, in the order the file gives them."""
    data = resources.files("reflect.resources").joinpath("prompts.toml").read_text("utf-8")
    themes = tomllib.loads(data)["theme"]
    return tuple(
        Theme(t["key"], t["name"], tuple(Prompt(t["key"], text) for text in t["prompts"]))
        for t in themes
    )


def theme_keys() -> frozenset[str]:
    """The keys a prompt's theme may take."""
    return frozenset(theme.key for theme in library())


def suggestion_for(day: date, extra: tuple[Prompt, ...] = ()) -> Prompt:
    """The prompt offered on an empty new entry on ``day``: the same all day, new each day."""
    prompts = [p for theme in library() for p in theme.prompts] + list(extra)
    return prompts[day.toordinal() % len(prompts)]
