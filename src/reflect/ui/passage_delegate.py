"""``PassageDelegate``: draws a moment's words in bold, with their context in plain type.

The marked words also carry the editor's underline for their kind (colour and line style),
so a passage looks here as it does in the entry; bold is what sets it apart for everyone.
Up to ``lines`` lines are drawn; a longer passage ends in "…". With ``dated``, a line
above says when (and in which entry) it was written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyleOptionViewItem

from reflect.core.moment_listing import ELLIPSIS, MomentRow, one_line
from reflect.render.entry_document import Utf16Offsets, look_for
from reflect.ui import row_painting
from reflect.ui.localized import full_date
from reflect.ui.moment_list_model import MomentRowRole

PASSAGE_LINES = 2


def row_height(line_spacing: int, lines: int = PASSAGE_LINES, *, dated: bool = False) -> int:
    """Height of a moment's row: its lines (and date line) and some room around them."""
    return row_painting.row_height(line_spacing, lines + dated)


def date_line(moment: MomentRow) -> str:
    """When a moment was written, and the entry's title when it has one."""
    when = full_date(moment.created)
    return f"{when} · {moment.title}" if moment.title else when


class PassageDelegate(row_painting.LaidOutRowDelegate):
    """Paints ``MomentRowRole`` items; items still loading are drawn by the default delegate."""

    def __init__(
        self, parent: QObject | None = None, *, lines: int = PASSAGE_LINES, dated: bool = False
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self._dated = dated

    role, value_type = MomentRowRole, MomentRow

    def paint_value(
        self, painter: QPainter, option: QStyleOptionViewItem, value: Any, area: QRectF
    ) -> None:
        moment: MomentRow = value
        if self._dated:
            italic = QFont(option.font)
            italic.setItalic(True)  # set apart from the words below without a fainter colour
            used = row_painting.draw_heading(painter, option, date_line(moment), area, italic)
            area.setTop(area.top() + used)
        layout = passage_layout(moment, option.font, area.width(), self._lines)
        top = area.top()
        if not self._dated:  # centred in the row, as the other columns' words are
            top += max(0.0, (area.height() - layout.boundingRect().height()) / 2)
        layout.draw(painter, QPointF(area.left(), top))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = row_height(option.fontMetrics.lineSpacing(), self._lines, dated=self._dated)
        return QSize(320, height)


def passage_layout(moment: MomentRow, font: QFont, width: float, lines: int) -> QTextLayout:
    """The passage in context in at most ``lines`` lines of ``width``.

    When it needs more, it is shortened to end in "…" within the last line (the passage
    can be long: the context after it is the first to go), between words where it can.
    """
    text = one_line(moment.before + moment.passage + moment.after)
    layout = _layout(moment, text, font, width)
    if layout.lineCount() <= lines:
        return layout
    last = layout.lineAt(lines - 1)
    fits = Utf16Offsets(text).to_offset(last.textStart() + last.textLength())
    spaces = [i for i in range(fits, 0, -1) if text[i - 1].isspace()]
    for cut in [*spaces, *range(fits, 0, -1)]:
        shorter = _layout(moment, text[:cut].rstrip() + ELLIPSIS, font, width)
        if shorter.lineCount() <= lines:
            return shorter
    return layout


def _layout(moment: MomentRow, text: str, font: QFont, width: float) -> QTextLayout:
    return row_painting.text_layout(text, font, width, _passage_format(moment, text))


def _passage_format(moment: MomentRow, shown: str) -> list[QTextLayout.FormatRange]:
    """Bold and the kind's underline over the passage's part of ``shown``."""
    start = len(moment.before)
    end = min(start + len(moment.passage_line), len(shown.removesuffix(ELLIPSIS)))
    if end <= start:
        return []
    look = look_for(moment.kind)
    words = QTextCharFormat()
    words.setFontWeight(QFont.Weight.Bold)
    words.setUnderlineStyle(look.underline)
    words.setUnderlineColor(QColor(look.colour))
    return [row_painting.format_range(shown, start, end, words)]
