"""``PlainHeader``: column headings that never ask whether a whole column is selected.

Qt's ``QHeaderView`` draws each heading with ``initStyleOptionForIndex``, which asks the
selection model whether this column and its neighbours are entirely selected (to draw
selected sections pressed). When every row is selected that question visits every cell,
and with a Python model each visit is a few Python calls: measured here, 0.5–0.9 s per
header repaint after Select All on 50,000 moments (7 ms with this class). Reflect's
tables select rows, never columns, so the headings drop that question and keep the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget

_Position = QStyleOptionHeader.SectionPosition


class PlainHeader(QHeaderView):
    """A horizontal header for row-selecting tables: text, alignment and position only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHighlightSections(False)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        model = self.model()
        heading = None if model is None else model.headerData(logicalIndex, self.orientation())
        option.section = logicalIndex
        option.text = "" if heading is None else str(heading)
        option.textAlignment = self.defaultAlignment()
        option.iconAlignment = Qt.AlignmentFlag.AlignVCenter
        option.orientation = self.orientation()
        visual = self.visualIndex(logicalIndex)
        first, last = visual == 0, visual == self.count() - 1
        if first and last:
            option.position = _Position.OnlyOneSection
        else:
            option.position = (
                _Position.Beginning if first else _Position.End if last else _Position.Middle
            )
        option.selectedPosition = QStyleOptionHeader.SelectedPosition.NotAdjacent
