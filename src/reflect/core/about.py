"""What the About window says Reflect is built from: each part's name, version and licence.

Python packages are read from their installed metadata with ``importlib.metadata``,
starting from Reflect's own runtime requirements and following theirs (extras and other
platforms' requirements left out). Parts that pip does not see — Qt inside PySide6,
SQLCipher inside sqlcipher3, SQLite, Python itself and the DejaVu fonts the PDF prefers —
are listed from what they report about themselves. Nothing here touches the network.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from importlib import metadata

from packaging.requirements import InvalidRequirement, Requirement

from reflect import __version__
from reflect.core.storage.versions import sqlcipher_version, sqlite_version

APP_NAME = "Reflect"
APP_DISTRIBUTION = "reflect-journal"
APP_LICENCE = "GPL-3.0-or-later"

# Reflect's runtime requirements (pyproject.toml's ``dependencies``; a test keeps the two
# the same). Listed here too because an installed app may carry no metadata of its own.
RUNTIME_REQUIREMENTS = (
    "PySide6",
    "sqlcipher3",
    "cryptography",
    "matplotlib",
    "platformdirs",
    "phonenumbers",
    "packaging",
)

# Packages whose metadata names no licence, checked by hand against their licence files.
_KNOWN_LICENCES = {
    "sqlcipher3": "Zlib",  # pysqlite's licence, in sqlcipher3's LICENSE file
}
_SHORT_LICENCE = 80  # longer "License" fields hold a whole licence text, not its name
_CLASSIFIER = "License :: "


class Kind(Enum):
    """Where a part comes from, for the About window's table."""

    PYTHON_PACKAGE = "python package"
    LIBRARY = "library"  # inside a Python package, or Python itself
    FONT = "font"


@dataclass(frozen=True)
class Component:
    """One part of Reflect: ``version`` and ``licence`` are ``""`` when not known."""

    name: str
    version: str
    licence: str
    kind: Kind


def reflect_version() -> str:
    """Reflect's own version (the package's, so it is right in a frozen app too)."""
    return __version__


def components(qt_version: str) -> list[Component]:
    """Every part, the Python packages first (by name), then the bundled libraries and
    fonts. ``qt_version`` comes from the caller: the core does not load Qt."""
    return python_packages() + bundled_parts(qt_version)


def python_packages(top: Iterable[str] = RUNTIME_REQUIREMENTS) -> list[Component]:
    """The installed distributions ``top`` names and everything they need at run time,
    sorted by name; one that is not installed is left out."""
    found: dict[str, Component] = {}
    waiting = list(top)
    while waiting:
        name = waiting.pop()
        if _normalized(name) in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        meta = distribution.metadata
        shown = meta["Name"] or name
        found[_normalized(name)] = Component(
            shown, distribution.version, licence_of(meta), Kind.PYTHON_PACKAGE
        )
        waiting.extend(_runtime_requirements(distribution.requires or []))
    return sorted(found.values(), key=lambda part: part.name.casefold())


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares: its SPDX expression, else a short "License"
    field, else its licence classifiers, else one checked by hand; ``""`` if none."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= _SHORT_LICENCE:
        return field
    classifiers = [
        classifier.rsplit(" :: ", 1)[-1]
        for classifier in meta.get_all("Classifier") or []
        if classifier.startswith(_CLASSIFIER)
    ]
    if classifiers:
        return ", ".join(classifiers)
    return _KNOWN_LICENCES.get(_normalized(meta["Name"] or ""), "")


def bundled_parts(qt_version: str) -> list[Component]:
    """What pip does not list: the libraries inside the packages, Python, and the fonts."""
    return [
        Component("Qt", qt_version, "LGPL-3.0-only", Kind.LIBRARY),
        Component("SQLCipher", sqlcipher_version(), "BSD-3-Clause", Kind.LIBRARY),
        Component("SQLite", sqlite_version(), "Public domain", Kind.LIBRARY),
        Component("Python", platform.python_version(), "PSF-2.0", Kind.LIBRARY),
        # render/share_pdf.py prefers DejaVu Sans; it comes from the computer's own fonts.
        Component("DejaVu Fonts", "", "Bitstream-Vera", Kind.FONT),
    ]


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, stripped; ``""`` when it is missing."""
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _runtime_requirements(requirements: Iterable[str]) -> list[str]:
    """The names of the requirements needed here and now: no extras, no other platforms."""
    needed = []
    for line in requirements:
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            continue
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            needed.append(requirement.name)
    return needed


def _normalized(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()
