"""A picture of the first page of a share's PDF, as a person would print it for a group.

Builds a made-up share (excerpts, connecting words between them, a name from the people
list that becomes its alias), makes the PDF exactly as ``reflect export-pdf`` does with the
default settings (18 pt, A4, the title printed), draws its first page with QtPdf and saves
``docs/images/share-pdf.png``. Run from the repository root::

    .venv/bin/python docs/make_share_pdf_image.py [--page N] [--size PT]
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from reflect.core.share_text import printed_share
from reflect.core.shares import ExcerptSource, ItemKind, Person, Share, ShareItem, ShareSettings
from reflect.render.share_pdf import ensure_gui_application, share_pdf_bytes

OUT = Path(__file__).resolve().parent / "images" / "share-pdf.png"
WIDTH = 850  # pixels across the page: about 100 dpi for A4, readable on a screen
WRITTEN = datetime(2026, 3, 14, 21, 30).astimezone()

# (kind, words): excerpts from the journal, and the person's own words between them.
ITEMS = (
    (ItemKind.TEXT, "This is what it was like."),
    (
        ItemKind.EXCERPT,
        "Two weeks in. I keep thinking about using, and the evenings are the worst. I sat on "
        "the kitchen floor and waited for it to pass.\nIt did pass. It took an hour.",
    ),
    (ItemKind.TEXT, "And this is what happened."),
    (
        ItemKind.EXCERPT,
        "Dana drove me to the meeting because I couldn't face the bus. I didn't say a word "
        "the whole way. She didn't make me.",
    ),
    (
        ItemKind.EXCERPT,
        "Café with my sponsor afterwards. She said the hard part isn't stopping, it's "
        "staying stopped, and that it gets quieter. I didn't believe her.",
    ),
    (ItemKind.TEXT, "This is what it's like now."),
    (
        ItemKind.EXCERPT,
        "Ninety days. Nobody clapped, and that was fine. I made tea, sat by the window and "
        "felt, for a minute, like someone who was going to be okay.",
    ),
)


def sample_share() -> Share:
    items = tuple(
        ShareItem(
            number,
            kind,
            text,
            source=ExcerptSource(number, 0, len(text)) if kind is ItemKind.EXCERPT else None,
            entry_created=WRITTEN if kind is ItemKind.EXCERPT else None,
        )
        for number, (kind, text) in enumerate(ITEMS, start=1)
    )
    return Share(1, "Tuesday group", "What it was like", WRITTEN, WRITTEN, items, ShareSettings())


def page_image(pdf: bytes, page: int) -> QImage:
    """Page ``page`` (from 1) of ``pdf`` drawn on white, ``WIDTH`` pixels across."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if not 1 <= page <= document.pageCount():
        raise SystemExit(f"The PDF has {document.pageCount()} pages; there's no page {page}.")
    points = document.pagePointSize(page - 1)
    size = QSize(WIDTH, round(WIDTH * points.height() / points.width()))
    drawn = document.render(page - 1, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # the page is transparent where nothing is printed
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    document.close()
    return image


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--page", type=int, default=1)
    parser.add_argument("--size", type=int, default=18, help="body size in points")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    ensure_gui_application()
    share = sample_share()
    if args.size != share.settings.font_size:
        share = Share(
            share.id, share.name, share.title, share.created, share.updated, share.items,
            ShareSettings(font_size=args.size),
        )  # fmt: skip
    people = [Person(1, "Dana", "my sister")]
    pdf = share_pdf_bytes(printed_share(share, people, today=date(2026, 11, 23)))
    if not page_image(pdf, args.page).save(str(args.output)):
        sys.exit(f"Couldn't save {args.output}.")
    print(f"Saved {args.output}")


if __name__ == "__main__":
    main()
