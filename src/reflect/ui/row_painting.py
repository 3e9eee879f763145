"""Pieces shared by the delegates that draw a row as a heading and some laid-out words
(search results, moments): the style's background, an elided heading line, and text laid
out in lines with formats given in characters (QTextLayout counts UTF-16 code units)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reflect.render.entry_document import Utf16Offsets

PADDING = 4


def row_height(line_spacing: int, lines: int) -> int:
    """Height of a row of ``lines`` lines with some room around them."""
    return line_spacing * lines + 2 * PADDING


class LaidOutRowDelegate(QStyledItemDelegate):
    """Draws rows whose ``role`` holds a value of ``value_type`` with ``paint_value``; rows
    still loading (no value yet) are drawn by the default delegate."""

    role: int
    value_type: type

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(self.role)
        if not isinstance(value, self.value_type):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        area, colour = draw_row_background(painter, option)
        painter.save()
        painter.setPen(colour)
        painter.setClipRect(area)
        self.paint_value(painter, option, value, area)
        painter.restore()

    def paint_value(
        self, painter: QPainter, option: QStyleOptionViewItem, value: Any, area: QRectF
    ) -> None:
        raise NotImplementedError


def draw_row_background(painter: QPainter, option: QStyleOptionViewItem) -> tuple[QRectF, QColor]:
    """The style's background, selection and focus for the row (no text); returns the area
    left for words and the colour they are drawn in (selected rows have their own)."""
    option.text = ""
    widget = option.widget
    if widget is not None:
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    area = QRectF(option.rect).adjusted(PADDING, PADDING, -PADDING, -PADDING)
    return area, option.palette.color(role)


def draw_heading(
    painter: QPainter, option: QStyleOptionViewItem, text: str, area: QRectF, font: QFont
) -> float:
    """``text`` on one line at the top of ``area`` in ``font``, cut with "…" if too long;
    returns the height used."""
    painter.save()
    painter.setFont(font)
    height = float(option.fontMetrics.lineSpacing())
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(area.width()))
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        elided,
    )
    painter.restore()
    return height


def format_range(
    text: str, start: int, end: int, char_format: QTextCharFormat
) -> QTextLayout.FormatRange:
    """``char_format`` over characters ``start``–``end`` of ``text``."""
    positions = Utf16Offsets(text)
    piece = QTextLayout.FormatRange()
    piece.start = positions.to_position(start)
    piece.length = positions.to_position(end) - piece.start
    piece.format = char_format
    return piece


def text_layout(
    text: str,
    font: QFont,
    width: float,
    formats: Sequence[QTextLayout.FormatRange] = (),
    max_lines: int | None = None,
) -> QTextLayout:
    """``text`` laid out in lines of ``width`` (at most ``max_lines``), with ``formats``."""
    layout = QTextLayout(text, font)
    layout.setFormats(list(formats))  # before the layout: bold is wider
    layout.beginLayout()
    top = 0.0
    while max_lines is None or layout.lineCount() < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout
