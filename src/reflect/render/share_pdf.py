"""The printed share: a large-print page a person can read from in a group.

``share_document`` lays a ``PrintedShare`` out as a ``QTextDocument`` (the preview shows
it); ``print_share`` paints it page by page on a PDF writer or a printer, with wide
margins and quiet page numbers; ``share_pdf_bytes`` makes the PDF in memory, so nothing
touches the disk until the export writes the finished file.

Why it looks like this: the body is large (18 pt unless the person chose otherwise) with
half a line of air between lines, because people read from it while nervous, often
standing, sometimes without their glasses. Excerpts are set apart by space and a quiet
ornament so the reader always knows where one ends; the person's connecting words are in
italics, equally large. Each paragraph is laid out in the direction of its own script, so
Hebrew or Arabic reads right to left. The font is DejaVu Sans where it exists: a plain
sans-serif (as large-print guidance advises) that covers accents, Greek, Cyrillic, Hebrew
and Arabic in one family; elsewhere the next family listed, then the system's sans-serif.

Units: Qt lays a document out in the paint device's pixels. Fonts are given in points, so
they come out true on the page. Horizontal margins and indents are taken as device
pixels, but vertical margins and tab stops as screen pixels that Qt scales to the device
itself; ``_Units`` keeps the two apart so every length is still given here in points.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from reflect.core.share_text import PrintedItem, PrintedShare
from reflect.core.shares import ItemKind

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica"]
PAGE_MARGIN_MM = 25.0
LINE_HEIGHT_PERCENT = 150
# Dots per inch: a multiple of 72, so that every whole point size is a whole number of dots
# (Qt's PDF engine sets text in whole pixels: at 1200 dpi, 14 pt would print as 13.98 pt).
PDF_RESOLUTION = 1440
CREATOR = "Reflect"
# Between two items: three spaced asterisks, the writer's old sign for "a new part".
SEPARATOR_MARK = "*\u2003*\u2003*"

INK = QColor("#111111")  # near black: full contrast without the glare of pure black
QUIET = QColor("#555555")  # page numbers, the date, paragraph numbers: 7:1 on white

_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Sizes and lengths in ems of the body size.
_PARAGRAPH_GAP = 0.6
_SEPARATOR_GAP = 1.1
_TITLE_SCALE = 1.35
_DATE_SCALE = 0.85
_HEADER_GAP = 1.4
_NUMBER_SCALE = 0.7
_NUMBER_COLUMN = 1.9  # "999" at the number size, and some air before the words
_FOOTER_SCALE = 0.6
_FOOTER_MIN_POINTS = 11.0

# On a block that must share its page with the next one's first line (the title, a
# separator, connecting words): the end of a page never holds only a lead-in.
_KEEP_WITH_NEXT = int(QTextFormat.Property.UserProperty) + 1
# A lead-in longer than this is a passage of its own, and may end a page like any other.
_LEAD_IN_MAX_LINES = 3

_APPLICATIONS: list[QGuiApplication] = []  # the one the command line made, kept alive


def ensure_gui_application() -> QGuiApplication:
    """The running ``QGuiApplication``, or a new one on the offscreen platform (the
    command line has no window, and a machine without a display must not abort)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("Laying out a share needs a QGuiApplication, not a QCoreApplication.")
    application = QGuiApplication(["reflect", "-platform", "offscreen"])
    _APPLICATIONS.append(application)
    return application


def share_document(printed: PrintedShare) -> QTextDocument:
    """The share laid out for a screen (the preview): the same look as the printed page."""
    return _build(printed, _Units(_screen_dpi(), _screen_dpi()))


def share_pdf_bytes(printed: PrintedShare) -> bytes:
    """The share as a PDF, made in memory. The PDF's title is the printed title (or none)
    and its creator "Reflect"; it holds no file name, user name or journal name."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(printed.settings.page_size))
    writer.setTitle(printed.title)
    writer.setCreator(CREATOR)
    print_share(printed, writer)
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def page_layout(page_size: str) -> QPageLayout:
    """A portrait page of ``page_size`` ("A4" or "Letter") without device margins:
    ``print_share`` keeps its own, so the page looks the same on every printer."""
    return QPageLayout(
        QPageSize(_PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )


def print_share(printed: PrintedShare, device: QPagedPaintDevice) -> int:
    """Paint the share on ``device`` (a ``QPdfWriter``, or a ``QPrinter`` from a print
    dialog) in its current page layout; returns the number of pages."""
    dpi = device.logicalDpiY()
    document = _build(printed, _Units(dpi, _screen_dpi()))
    layout = device.pageLayout()
    page = layout.fullRectPixels(dpi)
    painted = layout.paintRectPixels(dpi)  # where the painter's origin is on the page
    margin = PAGE_MARGIN_MM / 25.4 * dpi
    body = QSizeF(page.width() - 2 * margin, page.height() - 2 * margin)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body)
    _lay_out_whole(document)  # before it is measured
    _keep_with_next(document, body.height())
    _lay_out_whole(document)  # and after the page breaks moved what follows them
    # Not ``document.pageCount()``: the air below the last line (line height, paragraph
    # gap) can reach past the page and count a blank one.
    pages = _page_of(document.lastBlock(), body.height(), last=True) + 1
    # The bottom margin, less a fifth at the page's edge: where "2 of 5" is centred.
    footer = QRectF(-painted.x(), page.height() - margin - painted.y(), page.width(), margin * 0.8)
    footer_font = _body_font(max(_FOOTER_MIN_POINTS, printed.settings.font_size * _FOOTER_SCALE))
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(margin - painted.x(), margin - painted.y() - number * body.height())
            # This page's band of the document, the page's full width (nothing cut at the sides).
            clip = QRectF(-margin, number * body.height(), page.width(), body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette.setColor(QPalette.ColorRole.Text, INK)
            document.documentLayout().draw(painter, context)
            painter.restore()
            if pages > 1:  # one page needs no number
                painter.setFont(footer_font)
                painter.setPen(QUIET)
                page_number = QCoreApplication.translate("share_pdf", "{page} of {pages}").format(
                    page=number + 1, pages=pages
                )
                painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, page_number)
    finally:
        painter.end()
    return pages


def text_direction(text: str) -> Qt.LayoutDirection:
    """Right to left when the first letter with a direction is Hebrew, Arabic or another
    right-to-left script; left to right otherwise (and for text with no letters)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def _keep_with_next(document: QTextDocument, page_height: float) -> None:
    """Move each lead-in that ends a page over to the next page (Qt has no "keep with
    next"): a page break before it, and the layout below it is done again."""
    block = document.firstBlock()
    while block.isValid():
        following = block.next()
        if (
            following.isValid()
            and block.blockFormat().boolProperty(_KEEP_WITH_NEXT)
            and block.layout().lineCount() <= _LEAD_IN_MAX_LINES
            and _page_of(block, page_height, last=True) != _page_of(following, page_height)
        ):
            start = block  # with the lead-ins just before it: a title and its date…
            while start.previous().isValid() and start.previous().blockFormat().boolProperty(
                _KEEP_WITH_NEXT
            ):
                start = start.previous()
            before = start.previous()
            if before.isValid() and _page_of(before, page_height, last=True) == _page_of(
                start, page_height
            ):
                moved = start.blockFormat()
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(start).setBlockFormat(moved)
        block = following


def _lay_out_whole(document: QTextDocument) -> None:
    """Make sure every block is laid out. Qt lays a long document out lazily, a piece at
    a time, and a page break set while it was part-way through left every block after a
    long paragraph never laid out, so never drawn: passages silently missing from the
    PDF (found by tests/bad_input/test_share_text.py). Finishing the layout before the
    page breaks are set avoids that; should a block still be left out, all is done again."""
    layout = document.documentLayout()
    layout.documentSize()  # finishes a lazy layout
    block = document.firstBlock()
    while block.isValid():
        if not block.layout().lineCount():
            document.markContentsDirty(0, document.characterCount())
            layout.documentSize()
            return
        block = block.next()


def _page_of(block: QTextBlock, page_height: float, *, last: bool = False) -> int:
    """The page (from 0) of a block's first line, or of its last."""
    layout = block.layout()
    top = block.document().documentLayout().blockBoundingRect(block).top()
    if layout.lineCount():
        top = layout.position().y() + layout.lineAt(layout.lineCount() - 1 if last else 0).y()
    return int(top // page_height)


# --- inside ----------------------------------------------------------------------------------


class _Units:
    """Points to the two kinds of pixels Qt's document layout takes (see the module doc)."""

    def __init__(self, device_dpi: float, screen_dpi: float) -> None:
        self._device = device_dpi / 72.0
        self._screen = screen_dpi / 72.0

    def across(self, points: float) -> float:
        """Horizontal margins and indents: device pixels."""
        return points * self._device

    def down(self, points: float) -> float:
        """Vertical margins and tab stops: screen pixels, scaled by Qt to the device."""
        return points * self._screen


def _screen_dpi() -> float:
    # What Qt's document layout scales vertical margins from: the primary screen's
    # logical DPI, or 100 when there is no screen (qt_defaultDpiY in QtGui).
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def _body_font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font


def _build(printed: PrintedShare, units: _Units) -> QTextDocument:
    size = float(printed.settings.font_size)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(_body_font(size))
    document.setUndoRedoEnabled(False)  # built once; an undo history would only cost memory
    cursor = QTextCursor(document)
    builder = _Builder(cursor, size, units, printed.settings.paragraph_numbers)
    builder.header(printed.title, printed.date_line)
    for index, item in enumerate(printed.items):
        if index:
            builder.separator()
        builder.item(item)
    return document


class _Builder:
    """Adds the share's blocks to a document, one after another."""

    def __init__(self, cursor: QTextCursor, size: float, units: _Units, numbered: bool) -> None:
        self._cursor = cursor
        self._size = size
        self._units = units
        self._numbered = numbered
        self._number = 0
        self._first = True

    def header(self, title: str, date_line: str) -> None:
        """The title (large, bold) and the date (quiet) at the top, when chosen."""
        if title:
            characters = QTextCharFormat()
            characters.setForeground(INK)
            characters.setFontPointSize(self._size * _TITLE_SCALE)
            characters.setFontWeight(QFont.Weight.Bold)
            self._header_line(title, characters, gap=0.2 if date_line else _HEADER_GAP)
        if date_line:
            characters = QTextCharFormat()
            characters.setForeground(QUIET)
            characters.setFontPointSize(self._size * _DATE_SCALE)
            self._header_line(date_line, characters, gap=_HEADER_GAP)

    def separator(self) -> None:
        """Space and a quiet centred mark between two items."""
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setTopMargin(self._units.down(self._size * (_SEPARATOR_GAP - _PARAGRAPH_GAP)))
        block.setBottomMargin(self._units.down(self._size * _SEPARATOR_GAP))
        block.setProperty(_KEEP_WITH_NEXT, True)
        characters = QTextCharFormat()
        characters.setForeground(QUIET)
        self._add_block(block, characters, SEPARATOR_MARK)

    def item(self, item: PrintedItem) -> None:
        """The item's paragraphs: excerpts upright, connecting words in italics."""
        characters = QTextCharFormat()
        characters.setForeground(INK)
        if item.kind is ItemKind.TEXT:
            characters.setFontItalic(True)  # the person's own connecting words
        for index, paragraph in enumerate(item.paragraphs):
            block = self._block_format(paragraph)
            block.setBottomMargin(self._units.down(self._size * _PARAGRAPH_GAP))
            if item.kind is ItemKind.TEXT and index == len(item.paragraphs) - 1:
                # Connecting words lead into what follows, like a heading: never left
                # alone at the foot of a page.
                block.setProperty(_KEEP_WITH_NEXT, True)
            if not self._numbered:
                self._add_block(block, characters, paragraph)
                continue
            self._number += 1
            self._hang(block)
            number = QTextCharFormat()
            number.setForeground(QUIET)
            number.setFontPointSize(self._size * _NUMBER_SCALE)
            self._add_block(block, number, f"{self._number}\t")
            self._cursor.insertText(paragraph, characters)

    def _header_line(self, text: str, characters: QTextCharFormat, gap: float) -> None:
        block = self._block_format(text)
        block.setProperty(_KEEP_WITH_NEXT, True)
        block.setBottomMargin(self._units.down(self._size * gap))
        self._add_block(block, characters, text)

    def _hang(self, block: QTextBlockFormat) -> None:
        """A hanging indent: the number in a column of its own, the text lined up."""
        column = self._size * _NUMBER_COLUMN
        right_to_left = block.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if right_to_left:
            block.setRightMargin(self._units.across(column))
        else:
            block.setLeftMargin(self._units.across(column))
        block.setTextIndent(-self._units.across(column))
        tab = QTextOption.TabType.RightTab if right_to_left else QTextOption.TabType.LeftTab
        block.setTabPositions([QTextOption.Tab(self._units.down(column), tab)])

    def _block_format(self, text: str) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        block.setLayoutDirection(text_direction(text))
        return block

    def _add_block(self, block: QTextBlockFormat, characters: QTextCharFormat, text: str) -> None:
        if self._first:
            self._cursor.setBlockFormat(block)
            self._first = False
        else:
            self._cursor.insertBlock(block)
        self._cursor.insertText(text, characters)
