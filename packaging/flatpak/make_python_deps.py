"""Write ``python3-deps.json``: the Flatpak module that installs Reflect's dependencies.

Flatpak builds have no network, so every wheel is a source with its URL and sha256. This
asks pip (no download: ``--dry-run --report``) which wheels the runtime's Python would get
for Reflect's dependencies, pinned to the versions installed in the environment running this
script (the ones the test suite passed with), and writes them as one module:

    .venv/bin/python packaging/flatpak/make_python_deps.py

Run it again after changing a dependency or the runtime (``PYTHON_VERSION`` must be the
runtime's Python: org.freedesktop.Platform 25.08 has 3.13). PySide6 is replaced by
PySide6_Essentials, which holds every Qt module Reflect uses without the 200 MB of add-ons.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

PYTHON_VERSION = "3.13"
ARCH = "x86_64"
PLATFORMS = [f"manylinux_2_{minor}_{ARCH}" for minor in (39, 34, 28, 27, 17)] + [
    f"manylinux2014_{ARCH}"
]
# Needed to build Reflect itself from its source (PEP 639 licence field: setuptools 77+).
BUILD_ONLY = ["setuptools>=77"]
RENAMED = {"pyside6": "PySide6_Essentials"}

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def requirements() -> list[str]:
    """Reflect's runtime dependencies, pinned to the installed versions where there are any."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = []
    for requirement in project["project"]["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
        name = RENAMED.get(name.lower(), name)
        try:
            pinned.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pinned.append(requirement.replace(requirement[: len(name)], name, 1))
    return pinned + BUILD_ONLY


def resolve(wanted: list[str]) -> list[dict[str, str]]:
    """The wheels pip picks for the runtime's Python: name, file name, URL and sha256."""
    abi = "cp" + PYTHON_VERSION.replace(".", "")
    # Straight from PyPI: no local mirror, find-links or extra index from pip's configuration,
    # since the URLs written here are the ones flatpak-builder will download.
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    environment["PIP_CONFIG_FILE"] = os.devnull
    with tempfile.TemporaryDirectory() as target:
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet"]
        command += ["--ignore-installed", "--only-binary=:all:", "--target", target]
        command += ["--python-version", PYTHON_VERSION, "--implementation", "cp"]
        command += ["--abi", abi, "--abi", "abi3", "--abi", "none"]
        for platform in PLATFORMS:
            command += ["--platform", platform]
        command += ["--index-url", "https://pypi.org/simple", "--report", "-", *wanted]
        completed = subprocess.run(command, capture_output=True, check=True, env=environment)
        report = json.loads(completed.stdout)
    wheels = []
    for item in report["install"]:
        url = item["download_info"]["url"]
        wheels.append(
            {
                "name": item["metadata"]["name"],
                "url": url,
                "sha256": item["download_info"]["archive_info"]["hashes"]["sha256"],
            }
        )
    return sorted(wheels, key=lambda wheel: wheel["name"].lower())


def module(wheels: list[dict[str, str]]) -> dict[str, object]:
    names = " ".join(f'"{wheel["name"]}"' for wheel in wheels)
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}"'
            f" --prefix=${{FLATPAK_DEST}} --no-build-isolation {names}"
        ],
        # setuptools only builds Reflect (the next module); the app doesn't need it.
        "cleanup": [
            f"/lib/python{PYTHON_VERSION}/site-packages/setuptools",
            f"/lib/python{PYTHON_VERSION}/site-packages/setuptools-*",
            f"/lib/python{PYTHON_VERSION}/site-packages/_distutils_hack",
            f"/lib/python{PYTHON_VERSION}/site-packages/distutils-precedence.pth",
        ],
        "sources": [
            {"type": "file", "url": wheel["url"], "sha256": wheel["sha256"], "only-arches": [ARCH]}
            for wheel in wheels
        ],
    }


def main() -> int:
    wheels = resolve(requirements())
    target = HERE / "python3-deps.json"
    target.write_text(json.dumps(module(wheels), indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {target.relative_to(ROOT)}: {len(wheels)} wheels\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
