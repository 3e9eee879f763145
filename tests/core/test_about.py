"""The parts Reflect is built from, as the About window lists them."""

from __future__ import annotations

import tomllib
from email.message import Message
from importlib import metadata
from pathlib import Path
from typing import cast

from packaging.requirements import Requirement

import reflect
from reflect.core import about
from reflect.core.about import Component, Kind

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def _meta(**fields: str | list[str]) -> metadata.PackageMetadata:
    message = Message()
    for name, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            message[name.replace("_", "-")] = one
    return cast(metadata.PackageMetadata, message)


def _by_name(parts: list[Component]) -> dict[str, Component]:
    return {part.name.lower(): part for part in parts}


def test_the_runtime_requirements_are_pyprojects() -> None:
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert {Requirement(line).name for line in declared} == set(about.RUNTIME_REQUIREMENTS)


def test_reflects_own_version_and_licence() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert about.reflect_version() == reflect.__version__
    assert project["license"] == about.APP_LICENCE


def test_every_runtime_requirement_and_what_it_needs_is_listed_with_a_licence() -> None:
    parts = _by_name(about.python_packages())
    for name in about.RUNTIME_REQUIREMENTS:
        part = parts[name.lower()]
        assert part.version == metadata.version(name)
        assert part.licence, name
        assert part.kind is Kind.PYTHON_PACKAGE
    # What they need in turn: PySide6's Qt modules, matplotlib's numpy, cryptography's cffi.
    assert {"shiboken6", "numpy", "cffi"} <= parts.keys()
    assert "LGPL-3.0-only" in parts["pyside6"].licence
    assert parts["sqlcipher3"].licence == "Zlib"  # no metadata licence: checked by hand
    names = [part.name.casefold() for part in about.python_packages()]
    assert names == sorted(names)


def test_extras_and_test_tools_are_not_runtime_parts() -> None:
    parts = _by_name(about.python_packages())
    assert not {"pytest", "hypothesis", "mypy", "ruff", "pypdf"} & parts.keys()


def test_a_package_that_is_not_installed_is_left_out() -> None:
    parts = about.python_packages(["platformdirs", "no-such-package-for-reflect"])
    assert [part.name for part in parts] == ["platformdirs"]


def test_the_licence_comes_from_the_best_field_there_is() -> None:
    assert about.licence_of(_meta(Name="a", License_Expression="MIT", License="BSD")) == "MIT"
    assert about.licence_of(_meta(Name="a", License="Apache-2.0")) == "Apache-2.0"
    whole_text = "Copyright (c) someone\n\nRedistribution and use in source and binary forms…"
    classifier = "License :: OSI Approved :: BSD License"
    assert about.licence_of(_meta(Name="a", License=whole_text, Classifier=classifier)) == (
        "BSD License"
    )
    assert about.licence_of(_meta(Name="sqlcipher3")) == "Zlib"
    assert about.licence_of(_meta(Name="unknown")) == ""


def test_the_bundled_parts_pip_cannot_see() -> None:
    parts = _by_name(about.bundled_parts("6.11.3"))
    assert parts["qt"] == Component("Qt", "6.11.3", "LGPL-3.0-only", Kind.LIBRARY)
    assert parts["sqlcipher"].version[0].isdigit()
    assert parts["sqlcipher"].licence == "BSD-3-Clause"
    assert parts["sqlite"].version.startswith("3.")
    assert parts["dejavu fonts"].kind is Kind.FONT
    every = about.components("6.11.3")
    assert every[-len(parts) :] == about.bundled_parts("6.11.3")
