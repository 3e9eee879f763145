"""``SnippetDelegate``: draws a search result: date and title, then the snippet with the
matched words in bold on a soft highlight (bold too, so colour is never the only sign)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reflect.core.search import SearchHit
from reflect.ui import row_painting
from reflect.ui.localized import weekday_date
from reflect.ui.search_results_model import HitRole

SNIPPET_LINES = 2
LEAD_IN = 30  # characters shown before the first match, at most


def row_height(line_spacing: int) -> int:
    """Height of a result row: a heading line and the snippet's lines."""
    return row_painting.row_height(line_spacing, 1 + SNIPPET_LINES)


class SnippetDelegate(row_painting.LaidOutRowDelegate):
    """Paints the ``HitRole`` of result rows."""

    role, value_type = HitRole, SearchHit

    def paint_value(
        self, painter: QPainter, option: QStyleOptionViewItem, value: Any, area: QRectF
    ) -> None:
        hit: SearchHit = value
        # Two lines hold about two lines' worth: start near the first match so it shows.
        snippet = hit.snippet.from_near_first_match(LEAD_IN)
        bold = QFont(option.font)
        bold.setBold(True)
        title = hit.title or QCoreApplication.translate("SnippetDelegate", "Untitled entry")
        heading = f"{weekday_date(hit.created)}  ·  {title}"
        area.setTop(area.top() + row_painting.draw_heading(painter, option, heading, area, bold))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        matched = _match_format(option.palette, selected)
        formats = [
            row_painting.format_range(snippet.text, start, end, matched)
            for start, end in snippet.highlights
        ]
        layout = row_painting.text_layout(
            snippet.text, option.font, area.width(), formats, SNIPPET_LINES
        )
        layout.draw(painter, area.topLeft())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, row_height(option.fontMetrics.lineSpacing()))


def _match_format(palette: QPalette, selected: bool) -> QTextCharFormat:
    matched = QTextCharFormat()
    matched.setFontWeight(QFont.Weight.Bold)
    if not selected:  # on a selected row the selection colour is background enough
        soft = QColor(palette.color(QPalette.ColorRole.Highlight))
        soft.setAlpha(70)
        matched.setBackground(soft)
    return matched
