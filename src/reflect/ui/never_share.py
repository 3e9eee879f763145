""" "Never Share", as it is shown wherever it appears: its words, its icon, and the calm line
the editor shows above an entry that is marked.

A passage marked "Never Share" stays in the journal and out of every share (the journal
refuses to add it, and an excerpt marked later is left out of every export). The mark is
always shown with words beside its icon, so nothing depends on seeing a shape or colour.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# English source texts, marked for translation under the context "never_share"; show them
# with QCoreApplication.translate("never_share", NEVER_SHARE) and so on.
NEVER_SHARE = QT_TRANSLATE_NOOP("never_share", "Never Share")
ENTRY_MARKED = QT_TRANSLATE_NOOP("never_share", "Never Share: this entry stays out of every share")
ENTRY_MARKED_MORE = QT_TRANSLATE_NOOP(
    "never_share",
    "Its words can't be added to a share, and any already in one are left out when you "
    "print or save it.",
)
MOMENT_TIP = QT_TRANSLATE_NOOP(
    "never_share", "Keep this moment out of every share (its words stay in your journal)"
)
WHOLE_ENTRY_TIP = QT_TRANSLATE_NOOP(
    "never_share", "The whole entry is marked Never Share, so this moment is too"
)
LIST_WORDS = NEVER_SHARE  # in a list row, beside the icon
SPOKEN = QT_TRANSLATE_NOOP("never_share", "Marked Never Share: stays out of every share")

ICON_SIZE = 16
Painting = Callable[[QPainter, float], None]  # draws on a square of the given side


def drawn_icon(paint: Painting, normal: QColor, selected: QColor) -> QIcon:
    """An icon drawn by ``paint`` in ``normal``, and in ``selected`` for selected rows."""
    icon = QIcon()
    for colour, mode in ((normal, QIcon.Mode.Normal), (selected, QIcon.Mode.Selected)):
        ratio = 2  # drawn at twice the size, so it stays sharp on high-density screens
        pixmap = QPixmap(ICON_SIZE * ratio, ICON_SIZE * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        paint(painter, float(ICON_SIZE))
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


def palette_icon(paint: Painting) -> QIcon:
    """``paint``'s icon in the palette's text colours (drawn again when they change)."""
    palette = QGuiApplication.palette()
    return _cached_icon(
        paint,
        palette.color(QPalette.ColorRole.Text).name(),
        palette.color(QPalette.ColorRole.HighlightedText).name(),
    )


@functools.cache
def _cached_icon(paint: Painting, normal: str, selected: str) -> QIcon:
    return drawn_icon(paint, QColor(normal), QColor(selected))


def _no_entry(painter: QPainter, side: float) -> None:
    """A circle crossed by a bar: the sign for "not this way"."""
    ring = QRectF(2, 2, side - 4, side - 4)
    painter.drawEllipse(ring)
    inset = side * 0.27
    painter.drawLine(QPointF(inset, inset), QPointF(side - inset, side - inset))


def never_share_icon() -> QIcon:
    """The "Never Share" icon: a circle crossed by a bar, in the text colour (no red)."""
    return palette_icon(_no_entry)


class NeverShareLine(QFrame):
    """The calm line above an entry marked "Never Share", with a way to take the mark off;
    hidden for entries that are not marked."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        marked = QCoreApplication.translate("never_share", ENTRY_MARKED)
        more = QCoreApplication.translate("never_share", ENTRY_MARKED_MORE)
        self.setAccessibleName(QCoreApplication.translate("never_share", NEVER_SHARE))
        self.setAccessibleDescription(
            QCoreApplication.translate("NeverShareLine", "{marked}. {more}").format(
                marked=marked, more=more
            )
        )
        self.icon = QLabel()
        self.icon.setPixmap(never_share_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setAccessibleName("")  # the words beside it say it
        self.words = QLabel(marked)
        self.words.setWordWrap(True)
        self.words.setToolTip(more)
        self.remove = QPushButton(QCoreApplication.translate("NeverShareLine", "Remove Mark"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("NeverShareLine", "Remove the Never Share mark")
        )
        self.remove.setToolTip(
            QCoreApplication.translate(
                "NeverShareLine", "Let this entry's words go into a share again"
            )
        )
        self.remove.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.remove)
        self.hide()

    def show_marked(self, marked: bool) -> None:
        """Show the line when the entry is marked, hide it when it is not."""
        self.icon.setPixmap(never_share_icon().pixmap(ICON_SIZE, ICON_SIZE))  # palette may change
        self.setVisible(marked)
