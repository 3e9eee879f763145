"""How a moment's kind is shown in lists: its name, and a small sample of its underline.

The sample repeats the editor's highlight (colour *and* line: solid for hope, dashed for
struggle, wavy for a person's own kinds), so the lists and the entry look alike; the name
beside it says the kind in words, so nothing depends on telling colours apart.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTextCharFormat

from reflect.render.entry_document import look_for
from reflect.ui.moment_panel import kind_label

__all__ = ["kind_icon", "kind_label"]

_SAMPLE_WIDTH, _SAMPLE_HEIGHT = 22, 12


@functools.cache
def kind_icon(kind: str) -> QIcon:
    """A short line drawn as the editor underlines moments of ``kind``."""
    look = look_for(kind)
    ratio = 2  # drawn at twice the size, so it stays sharp on high-density screens
    pixmap = QPixmap(_SAMPLE_WIDTH * ratio, _SAMPLE_HEIGHT * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(look.colour), 2.5)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    middle = _SAMPLE_HEIGHT / 2
    if look.underline == QTextCharFormat.UnderlineStyle.WaveUnderline:
        path = QPainterPath(QPointF(1, middle))
        for x in range(2, _SAMPLE_WIDTH):
            path.lineTo(x, middle + 2.5 * math.sin(x * math.pi / 4))
        painter.setPen(pen)
        painter.drawPath(path)
    else:
        if look.underline == QTextCharFormat.UnderlineStyle.DashUnderline:
            pen.setDashPattern([2.0, 1.2])
        painter.setPen(pen)
        painter.drawLine(QPointF(1, middle), QPointF(_SAMPLE_WIDTH - 1, middle))
    painter.end()
    return QIcon(pixmap)
