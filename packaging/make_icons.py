"""Render Reflect's application icon from its SVG source into the PNG sizes Reflect ships.

Run from anywhere, after changing ``resources/icons/org.reflectjournal.Reflect.svg``:

    .venv/bin/python packaging/make_icons.py

It writes ``src/reflect/resources/icons/hicolor/<N>x<N>/apps/org.reflectjournal.Reflect.png``
for every size in ``SIZES`` and copies the SVG to ``hicolor/scalable/apps/``, the layout of
the freedesktop icon theme, so the same folder serves the window icon (``ui/app_icon.py``),
the Flatpak and a system install. Rendering is Qt's own SVG renderer, off-screen, so no
display and no other tool is needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # after the platform is chosen
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.reflectjournal.Reflect"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
THEME = ROOT / "src" / "reflect" / "resources" / "icons" / "hicolor"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at ``size`` × ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.stderr.write(f"make_icons: cannot read {SOURCE}\n")
        return 1
    for size in SIZES:
        target = THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            sys.stderr.write(f"make_icons: cannot write {target}\n")
            return 1
    scalable = THEME / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
