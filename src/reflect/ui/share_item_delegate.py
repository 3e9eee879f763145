"""``ShareItemDelegate``: draws one part of a share as a heading line and its first words.

The heading says where the words come from ("From 12 March 2026") or that they are the
person's own ("Your words", whose words are then drawn in italics, as the PDF prints
them). A part with a private note says so in words and with a small note drawn beside
them, so nothing depends on colour or on seeing the icon. A part marked "Never Share"
(its words, in the journal, are covered by the mark) says "Never Share — left out" before
its heading, after a small drawn sign, and its words are drawn quieter: it is left out of
every export until the mark or the part is removed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reflect.core.shares import ShareItem
from reflect.ui import row_painting
from reflect.ui.never_share import never_share_icon
from reflect.ui.share_items_model import (
    NEVER_SHARE_MARK,
    NOTE_MARK,
    ShareItemRole,
    heading,
    preview,
)

TEXT_LINES = 2
ELLIPSIS = "…"


class ShareItemDelegate(row_painting.LaidOutRowDelegate):
    """Paints ``ShareItemRole`` rows; see the module docstring."""

    role, value_type = ShareItemRole, ShareItem

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def paint_value(
        self, painter: QPainter, option: QStyleOptionViewItem, value: Any, area: QRectF
    ) -> None:
        item: ShareItem = value
        area = area.adjusted(4, 2, -4, 0)
        heading_area = QRectF(area)
        if item.note.strip():
            used_by_mark = self._draw_note_mark(painter, option, area)
            heading_area.setRight(area.right() - used_by_mark - 12)
        heading_font = QFont(option.font)
        heading_font.setWeight(QFont.Weight.DemiBold)
        if item.never_share:
            used_by_mark = self._draw_never_share_mark(painter, option, heading_area, heading_font)
            heading_area.setLeft(heading_area.left() + used_by_mark)
        used = row_painting.draw_heading(painter, option, heading(item), heading_area, heading_font)
        area.setTop(area.top() + used + 2)
        words_font = QFont(option.font)
        words_font.setItalic(not item.is_excerpt)
        layout = _two_lines(preview(item), words_font, area.width())
        painter.save()
        if item.never_share and not option.state & QStyle.StateFlag.State_Selected:
            # Quieter words for a part that will not be printed; the mark says why in words.
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        layout.draw(painter, QPointF(area.left(), area.top()))
        painter.restore()

    def _draw_never_share_mark(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRectF, font: QFont
    ) -> float:
        """The sign, then "Never Share — left out ·" at the left of the heading line;
        returns the width used."""
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = float(metrics.lineSpacing())
        size = height * 0.75
        sign = QRectF(area.left(), area.top() + (height - size) / 2, size, size)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        never_share_icon().paint(painter, sign.toRect(), Qt.AlignmentFlag.AlignCenter, mode)
        words = QCoreApplication.translate("share_items_model", NEVER_SHARE_MARK) + " · "
        left = sign.right() + 6
        width = metrics.horizontalAdvance(words)
        painter.drawText(
            QRectF(left, area.top(), width, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )
        painter.restore()
        return left + width - area.left()

    def _draw_note_mark(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRectF
    ) -> float:
        """ "Private note" at the right of the heading line, after a small drawn note;
        returns the width used."""
        painter.save()
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        height = float(metrics.lineSpacing())
        note = QCoreApplication.translate("share_items_model", NOTE_MARK)
        width = metrics.horizontalAdvance(note)
        text_left = area.right() - width
        painter.drawText(
            QRectF(text_left, area.top(), width, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            note,
        )
        # A little page with lines on it, drawn in the text's own colour (light or dark).
        size = height * 0.7
        page = QRectF(text_left - size - 6, area.top() + (height - size) / 2, size * 0.8, size)
        pen = QPen(painter.pen().color())
        pen.setWidthF(1.2)
        painter.setPen(pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(page, 1.5, 1.5)
        for step in (0.3, 0.5, 0.7):
            y = page.top() + page.height() * step
            painter.drawLine(QPointF(page.left() + 2, y), QPointF(page.right() - 2, y))
        painter.restore()
        return area.right() - page.left()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = 1 + TEXT_LINES
        return QSize(260, row_painting.row_height(option.fontMetrics.lineSpacing(), lines) + 10)


def _two_lines(text: str, font: QFont, width: float) -> Any:
    """``text`` in at most two lines of ``width``, ending in "…" when it needs more."""
    layout = row_painting.text_layout(text, font, width)
    if layout.lineCount() <= TEXT_LINES:
        return layout
    last = layout.lineAt(TEXT_LINES - 1)
    cut = last.textStart() + last.textLength()  # UTF-16 units; the text is cut between words
    shown = text.encode("utf-16-le")[: cut * 2].decode("utf-16-le", errors="ignore")
    while shown:
        shown = shown[: shown.rstrip().rfind(" ")] if " " in shown.rstrip() else shown[:-1]
        shorter = row_painting.text_layout(shown.rstrip() + ELLIPSIS, font, width)
        if shorter.lineCount() <= TEXT_LINES:
            return shorter
    return row_painting.text_layout(ELLIPSIS, font, width)
