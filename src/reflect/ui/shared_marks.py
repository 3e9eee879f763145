"""Where words were shared before: the quiet strip under the editor's text, and the lines a
list row shows ("Shared 3 Mar 2026 · Tuesday group"), each with its icon.

The marks come from "What I've shared" (``Journal.shared_marks``,
``Journal.moments_shared_before``). They are shown beside the text, never as formats in
the document: the editor's formats are what an entry saves, and a mark must never change
what is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.moment_listing import ELLIPSIS, one_line
from reflect.core.share_review import SharedBefore, SharedMark
from reflect.ui import row_painting
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import day_in_words, short_day_in_words
from reflect.ui.never_share import ICON_SIZE, palette_icon

OPENING_LENGTH = 40  # characters of a passage quoted in the strip
MAX_SHOWN = 3  # marks listed under an entry; the rest are counted
STRIP_NAME = QT_TRANSLATE_NOOP("shared_marks", "Shared before")
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def row_words(shared: SharedBefore) -> str:
    """How a list row says it: "Shared 3 Mar 2026 · Tuesday group"."""
    return QCoreApplication.translate("shared_marks", "Shared {day} · {share}").format(
        day=short_day_in_words(shared.when), share=shared.share_name
    )


def spoken_words(shared: SharedBefore) -> str:
    """How a screen reader hears it: "Shared before: 3 March 2026, in Tuesday group"."""
    return QCoreApplication.translate("shared_marks", "Shared before: {day}, in {share}").format(
        day=day_in_words(shared.when), share=shared.share_name
    )


def opening(words: str) -> str:
    """The first words of a passage, on one line, cut between words with "…"."""
    line = " ".join(one_line(words).split())
    if len(line) <= OPENING_LENGTH:
        return line
    cut = line[:OPENING_LENGTH]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + ELLIPSIS


def strip_words(mark: SharedMark, text: str) -> str:
    """How the editor's strip says it, quoting the passage's first words from ``text``:
    "Shared 3 March 2026 in “Tuesday group”: “first words…”"."""
    quoted = opening(text[mark.start : mark.end])
    if quoted:
        return QCoreApplication.translate(
            "shared_marks", "Shared {day} in “{share}”: “{words}”"
        ).format(day=day_in_words(mark.when), share=mark.share_name, words=quoted)
    return QCoreApplication.translate("shared_marks", "Shared {day} in “{share}”").format(
        day=day_in_words(mark.when), share=mark.share_name
    )


def _speech_bubble(painter: QPainter, side: float) -> None:
    """A speech bubble: words said out loud, to a group."""
    body = QRectF(1.5, 2, side - 3, side * 0.6)
    bubble = QPainterPath()
    bubble.addRoundedRect(body, 3, 3)
    painter.drawPath(bubble)
    bottom = body.bottom()
    painter.drawPolyline([QPointF(side * 0.3, bottom), QPointF(side * 0.26, side - 2)])
    painter.drawLine(QPointF(side * 0.26, side - 2), QPointF(side * 0.52, bottom))


def shared_icon() -> QIcon:
    """The "shared before" icon: a speech bubble in the text colour."""
    return palette_icon(_speech_bubble)


class _MarkRow(QWidget):
    """One shared passage: icon, words, and a button that selects the words in the entry."""

    def __init__(self, mark: SharedMark, text: str) -> None:
        super().__init__()
        self.mark = mark
        icon = QLabel()
        icon.setPixmap(shared_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self.words = QLabel(strip_words(mark, text))
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QToolButton()
        self.show_button.setText(QCoreApplication.translate("SharedMarksStrip", "Show"))
        self.show_button.setAccessibleName(
            QCoreApplication.translate(
                "SharedMarksStrip", "Show the words shared on {day} in {share}"
            ).format(day=day_in_words(mark.when), share=mark.share_name)
        )
        self.show_button.setToolTip(
            QCoreApplication.translate("SharedMarksStrip", "Select these words in the entry")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)


class SharedMarksStrip(QFrame):
    """Under the editor's text: the entry's passages that left the journal in a share,
    newest first; hidden when there are none."""

    show_requested = Signal(int, int)  # start, end (characters) of the words to select

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("shared_marks", STRIP_NAME))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "SharedMarksStrip", "Passages of this entry you have printed or saved"
            )
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 6, 4)
        self._layout.setSpacing(2)
        self.rows: list[_MarkRow] = []
        self.more = QLabel()
        self._layout.addWidget(self.more)
        self.hide()

    def show_marks(self, marks: Sequence[SharedMark], text: str) -> None:
        """List ``marks`` (newest first), quoting their words from ``text``, the entry's."""
        self.clear_marks()
        self.rows = [_MarkRow(mark, text) for mark in marks[:MAX_SHOWN]]
        for place, row in enumerate(self.rows):
            self._layout.insertWidget(place, row)
            mark = row.mark
            row.show_button.clicked.connect(
                lambda _=False, m=mark: self.show_requested.emit(m.start, m.end)
            )
        hidden = len(marks) - len(self.rows)
        if hidden == 1:
            more = QCoreApplication.translate("SharedMarksStrip", "…and 1 more time before that")
        elif hidden:
            more = QCoreApplication.translate(
                "SharedMarksStrip", "…and {count} more times before that"
            ).format(count=hidden)
        else:
            more = ""
        self.more.setText(more)
        self.more.setVisible(bool(hidden))
        self.setVisible(bool(self.rows))

    def clear_marks(self) -> None:
        """Empty the strip (another entry, or the journal is locking)."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.words.clear()  # gone at once, though the widget is deleted later
            row.show_button.setAccessibleName("")  # it names the share
            row.deleteLater()
        self.rows = []
        self.more.clear()
        self.hide()

    def texts(self) -> list[str]:
        """What the strip says, line by line (for tests and screen-reader checks)."""
        more = [self.more.text()] if self.more.text() else []
        return [row.words.text() for row in self.rows] + more


@dataclass(frozen=True)
class MarkLines:
    """What a list cell says about sharing: one (icon, words) pair a line."""

    lines: tuple[tuple[QIcon, str], ...]


class MarkLinesDelegate(row_painting.LaidOutRowDelegate):
    """Draws ``MarkLines`` (held in ``role``): each line its icon, then its words, cut with
    "…" when too long; the lines are centred in the row."""

    value_type = MarkLines

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def paint_value(
        self, painter: QPainter, option: QStyleOptionViewItem, value: object, area: QRectF
    ) -> None:
        assert isinstance(value, MarkLines)  # noqa: S101 - see LaidOutRowDelegate.paint
        spacing = float(option.fontMetrics.lineSpacing())
        top = area.top() + max(0.0, (area.height() - spacing * len(value.lines)) / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        words_left = area.left() + ICON_SIZE + 4
        for icon, words in value.lines:
            icon_top = top + (spacing - ICON_SIZE) / 2
            icon.paint(painter, int(area.left()), int(icon_top), ICON_SIZE, ICON_SIZE, mode=mode)
            line = QRectF(words_left, top, area.right() - words_left, spacing)
            elided = option.fontMetrics.elidedText(
                words, Qt.TextElideMode.ElideRight, int(line.width())
            )
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
            top += spacing
