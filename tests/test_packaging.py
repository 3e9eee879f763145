"""Promises about the desktop packaging in ``packaging/``: ids, version, icons, Flatpak.

The validators (``packaging/validate.sh``) and the frozen app's smoke run
(``packaging/smoke.sh``) run in ``.ci/run``; these tests check what fits together without
them: one application id everywhere, the release version, every icon size, and a Flatpak
manifest that never asks for the network or the whole home folder.
"""

from __future__ import annotations

import configparser
import json
import re
import struct
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

import reflect
from reflect.ui.app_icon import APP_ID, ICON_SIZES, app_icon
from tests.helpers import ROOT

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.json"
THEME = ROOT / "src" / "reflect" / "resources" / "icons" / "hicolor"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()  # noqa: S314  (our own file)


def flatpak_manifest() -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(FLATPAK.read_text(encoding="utf-8"))
    return manifest


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (its first chunk is always IHDR)."""
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE and header[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_application_id_is_the_same_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "reflect"
    component = metainfo()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "reflect"
    assert flatpak_manifest()["id"] == APP_ID


def test_the_metainfo_release_is_this_version() -> None:
    component = metainfo()
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == reflect.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.find("content_rating[@type='oars-1.1']") is not None


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_shipped_at_its_size(size: int) -> None:
    png = THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(png) == (size, size)


def test_the_scalable_icon_is_the_svg_source() -> None:
    source = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    shipped = THEME / "scalable" / "apps" / f"{APP_ID}.svg"
    assert shipped.read_bytes() == source.read_bytes()


def test_the_window_icon_holds_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    assert not icon.pixmap(QSize(16, 16)).isNull()


def test_the_flatpak_never_asks_for_the_network_or_the_home_folder() -> None:
    manifest = flatpak_manifest()
    finish_args = manifest["finish-args"]
    assert "--share=network" not in finish_args
    assert not [arg for arg in finish_args if re.fullmatch(r"--filesystem=(home|host)\S*", arg)]
    # Nothing sneaks it in through a module either (the text, whatever its nesting).
    for path in FLATPAK.parent.glob("*.json"):
        assert "share=network" not in path.read_text(encoding="utf-8"), path


def test_the_flatpak_installs_the_desktop_file_metainfo_and_icons() -> None:
    manifest = flatpak_manifest()
    reflect_module = next(
        module
        for module in manifest["modules"]
        if isinstance(module, dict) and module["name"] == "reflect"
    )
    commands = "\n".join(reflect_module["build-commands"])
    assert f"share/applications/{APP_ID}.desktop" in commands
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in commands
    assert "share/icons" in commands


def test_the_flatpak_wheels_are_pinned_by_url_and_sha256() -> None:
    for name in flatpak_manifest()["modules"]:
        if not isinstance(name, str):
            continue
        module = json.loads((FLATPAK.parent / name).read_text(encoding="utf-8"))
        assert module["sources"]
        for source in module["sources"]:
            assert source["url"].startswith("https://files.pythonhosted.org/"), source
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
