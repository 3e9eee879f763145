"""Reflect's application icon: the shipped PNG sizes gathered into one ``QIcon``.

The PNGs are package data in the freedesktop layout
(``reflect/resources/icons/hicolor/<N>x<N>/apps/``), rendered from the SVG source in the
repository's ``resources/icons/`` by ``packaging/make_icons.py``. They are read as bytes
through ``importlib.resources``, so the icon loads the same from a source checkout, an
installed wheel or the PyInstaller folder. Discreet mode swaps this icon for a neutral one.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

APP_ID = "org.reflectjournal.Reflect"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Reflect's icon with every shipped size (an empty icon if none is installed)."""
    theme = resources.files("reflect.resources").joinpath("icons", "hicolor")
    icon = QIcon()
    for size in ICON_SIZES:
        png = theme.joinpath(f"{size}x{size}", "apps", f"{APP_ID}.png")
        if not png.is_file():
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(png.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
