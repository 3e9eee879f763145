"""The large-print PDF, read back with real PDF readers (QtPdf for the text, pypdf for
fonts, sizes and metadata): order, title and date only when chosen, fonts embedded, the
chosen size true on the page, right-to-left and accented text, page numbers, and no
trace of the person, the file or the journal in the file's bytes."""

from __future__ import annotations

import getpass
import io
import itertools
import math
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QFontMetricsF, QPdfWriter, QTextDocument, QTextLine
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from reflect.core.share_text import PrintedShare, printed_share
from reflect.core.shares import (
    ExcerptSource,
    ItemKind,
    Share,
    ShareItem,
    ShareSettings,
)
from reflect.render.share_pdf import (
    FONT_FAMILIES,
    print_share,
    share_document,
    share_pdf_bytes,
    text_direction,
)
from tests.ui.qt_helpers import pdf_text

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0).astimezone()
HEBREW = "היום הלכתי לפגישה בפעם הראשונה מזה חודש, וזה הרגיש כמו לחזור הביתה."
ARABIC = "اليوم كان يوما صعبا، لكنني اتصلت بصديقي بدلا من الشرب."
ACCENTED = "Café au lait with Zoë and Søren; naïve, déjà vu, Ångström, Łódź."
LONG = (
    "I woke up at four again and lay there listening to the fridge, and the first thought "
    "was the same as every morning: how am I going to get through today. "
) * 3


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    """pytest-qt's application, made before Reflect's code could make a plainer one."""
    return qapp


def share_of(*texts: str | tuple[str], title: str = "", **settings: Any) -> Share:
    """A share of excerpts (``str``) and connecting texts (``(str,)``)."""
    items = tuple(
        ShareItem(number, ItemKind.TEXT, text[0])
        if isinstance(text, tuple)
        else ShareItem(number, ItemKind.EXCERPT, text, "", ExcerptSource(number, 0, len(text)))
        for number, text in enumerate(texts, start=1)
    )
    return Share(1, "Tuesday group", title, NOW, NOW, items, ShareSettings(**settings))


def printed(*texts: str | tuple[str], title: str = "", **settings: Any) -> PrintedShare:
    return printed_share(share_of(*texts, title=title, **settings), [], today=TODAY)


def flat(text: str) -> str:
    """Text with ligatures and presentation forms undone and all spacing made one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def read_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    return flat(pdf_text(path))


def text_runs(data: bytes) -> list[tuple[str, float, str, float]]:
    """(text, size on the page in points, font name, baseline in points from the top of
    the first page) for each piece of text pypdf finds, page after page."""
    runs: list[tuple[str, float, str, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        runs += page_runs(page, below=number * float(page.mediabox.height))
    return runs


def page_runs(page: Any, below: float) -> list[tuple[str, float, str, float]]:
    runs: list[tuple[str, float, str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        # The text's vertical scale: the text matrix times the current matrix.
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        top = below + tm[5] * abs(cm[3])
        runs.append((flat(text), size * scale, str(font.get("/BaseFont", "")), top))

    page.extract_text(visitor_text=visit)
    return runs


def test_items_print_in_order_with_the_title_and_date_when_chosen(tmp_path: Path) -> None:
    chosen = printed("Passage one.", ("My own words.",), "Passage two.", title="My story",
                     show_date=True)  # fmt: skip
    text = read_text(share_pdf_bytes(chosen), tmp_path)
    assert text == ("My story 23 November 2026 Passage one. * * * My own words. * * * Passage two.")
    untitled = printed("Passage one.", title="My story", show_title=False)
    assert read_text(share_pdf_bytes(untitled), tmp_path) == "Passage one."


def test_the_title_is_the_only_metadata_and_only_when_chosen() -> None:
    reader = PdfReader(io.BytesIO(share_pdf_bytes(printed("Words.", title="My story"))))
    assert reader.metadata is not None
    assert reader.metadata.title == "My story"
    assert reader.metadata.creator == "Reflect"
    assert not reader.metadata.author and not reader.metadata.subject
    hidden = printed("Words.", title="My story", show_title=False)
    reader = PdfReader(io.BytesIO(share_pdf_bytes(hidden)))
    assert reader.metadata is not None and not reader.metadata.title


def test_no_user_name_path_or_share_name_is_in_the_file(tmp_path: Path) -> None:
    data = share_pdf_bytes(printed(LONG, title="My story"))
    assert b"Tuesday group" not in data  # the share's name is never printed
    for trace in (getpass.getuser(), str(Path.home()), str(tmp_path), str(Path.cwd())):
        assert trace.encode() not in data, trace
        assert trace.encode("utf-16-be") not in data, trace


def test_every_font_is_embedded() -> None:
    data = share_pdf_bytes(printed(LONG, ("Connecting words.",), HEBREW, ARABIC, title="T"))
    fonts = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            for part in font.get("/DescendantFonts", [font]):
                descriptor = part.get_object()["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font
                fonts += 1
    assert fonts >= 3  # regular, bold (title), italic (connecting text)


@pytest.mark.parametrize("size", [14, 18, 28])
def test_body_text_is_the_chosen_size_on_the_page(size: int) -> None:
    data = share_pdf_bytes(printed(LONG, ("Connecting words.",), font_size=size))
    body = [run for run in text_runs(data) if "fridge" in run[0] or "Connecting" in run[0]]
    assert body
    for text, points, _, _ in body:
        assert points == pytest.approx(size, abs=0.01), text


def test_lines_are_one_and_a_half_times_apart() -> None:
    data = share_pdf_bytes(printed(LONG))
    tops = [top for _, _, _, top in text_runs(data)]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # only for measuring the font as the PDF sets it
    font = share_document(printed("x")).defaultFont()
    natural = QFontMetricsF(font, writer).height() * 72 / writer.resolution()
    gaps = [b - a for a, b in itertools.pairwise(tops)]
    assert len(gaps) > 3
    assert gaps == [pytest.approx(gaps[0])] * len(gaps)
    assert gaps[0] == pytest.approx(1.5 * natural, rel=0.005)


def test_connecting_text_is_italic_and_the_title_bold() -> None:
    data = share_pdf_bytes(printed("An excerpt.", ("My own words.",), title="A title"))
    fonts = {text: font for text, _, font, _ in text_runs(data)}
    assert fonts["An excerpt."].endswith("DejaVuSans")
    assert "Oblique" in fonts["My own words."] or "Italic" in fonts["My own words."]
    assert "Bold" in fonts["A title"]


def test_right_to_left_and_accented_text_read_back_exactly(tmp_path: Path) -> None:
    data = share_pdf_bytes(printed(HEBREW, ARABIC, ACCENTED))
    assert read_text(data, tmp_path) == f"{HEBREW} * * * {flat(ARABIC)} * * * {ACCENTED}"


def test_each_paragraph_takes_the_direction_of_its_own_script() -> None:
    document = share_document(printed(f"{HEBREW}\nEnglish after.", ARABIC, "123 " + HEBREW))
    directions = {}
    block = document.firstBlock()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions[HEBREW] == rtl and directions[ARABIC] == rtl
    assert directions["123 " + HEBREW] == rtl  # digits have no direction of their own
    assert directions["English after."] == ltr
    assert text_direction("") == ltr and text_direction("123 !") == ltr


def test_right_to_left_paragraphs_start_at_the_right_margin() -> None:
    document = share_document(printed(HEBREW * 2, "Left to right, and long enough to wrap."))
    document.setTextWidth(400)
    document.size()  # lays the document out
    hebrew, english = document.firstBlock(), document.lastBlock()
    assert hebrew.layout().lineCount() > 1
    for line_number in range(hebrew.layout().lineCount()):
        line = hebrew.layout().lineAt(line_number)
        assert x_of(line, line.textStart()) == pytest.approx(400, abs=1)
    assert x_of(english.layout().lineAt(0), 0) == pytest.approx(0, abs=1)


def x_of(line: QTextLine, position: int) -> float:
    """Where the text at ``position`` starts on ``line`` (in the reading direction)."""
    found: Any = line.cursorToX(position)  # (x, position) in PySide6
    return float(found[0])


def test_paragraph_numbers_count_through_the_whole_share(tmp_path: Path) -> None:
    data = share_pdf_bytes(printed("One.\nTwo.", ("Three.",), HEBREW, paragraph_numbers=True))
    assert read_text(data, tmp_path) == f"1 One. 2 Two. * * * 3 Three. * * * 4 {HEBREW}"


def test_pages_are_numbered_quietly_when_there_is_more_than_one(tmp_path: Path) -> None:
    data = share_pdf_bytes(printed(*[LONG] * 8))
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages > 2
    text = read_text(data, tmp_path)
    assert "1 of " + str(pages) in text and f"{pages} of {pages}" in text
    sizes = [points for text, points, _, _ in text_runs(data) if text.endswith(f"of {pages}")]
    assert sizes and all(points < 18 for points in sizes)
    assert " of " not in read_text(share_pdf_bytes(printed("Short.")), tmp_path)


@pytest.mark.parametrize(("page_size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_the_page_is_a4_or_letter(page_size: str, points: tuple[int, int]) -> None:
    page = PdfReader(io.BytesIO(share_pdf_bytes(printed("x", page_size=page_size)))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == points


def test_margins_are_wide_on_every_side() -> None:
    data = share_pdf_bytes(printed(*[LONG] * 4))
    lefts = []
    for page in PdfReader(io.BytesIO(data)).pages:

        def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
            if text.strip() and " of " not in text:
                lefts.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
    assert min(lefts) == pytest.approx(25 / 25.4 * 72, abs=0.5)  # 25 mm


def test_a_printer_with_its_own_margins_prints_the_same_page(tmp_path: Path) -> None:
    share = printed(LONG, ("Connecting words.",), title="A title")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.pageLayout().margins().left() > 0  # the printer's own, unlike the PDF's
    assert print_share(share, printer) == 1
    printed_runs = [(t, round(s, 1), round(top)) for t, s, _, top in
                    text_runs((tmp_path / "printed.pdf").read_bytes())]  # fmt: skip
    made_runs = [(t, round(s, 1), round(top)) for t, s, _, top in text_runs(share_pdf_bytes(share))]
    assert printed_runs == made_runs


def test_the_preview_document_holds_exactly_what_is_printed() -> None:
    share = printed("One.\nTwo.", ("Mine.",), title="T", show_date=True)
    document: QTextDocument = share_document(share)
    blocks = []
    block = document.firstBlock()
    while block.isValid():
        blocks.append(flat(block.text()))
        block = block.next()
    assert blocks == ["T", "23 November 2026", "One.", "Two.", "* * *", "Mine."]
    assert document.defaultFont().families()[: len(FONT_FAMILIES)] == FONT_FAMILIES
    assert document.defaultFont().pointSize() == 18


def test_a_lead_in_never_ends_a_page_alone() -> None:
    """Connecting words and separators keep with what follows, like headings; tried with
    every length of passage before them, so each lands at the foot of a page once."""
    moved = 0
    for lines in range(8, 30):
        share = printed("\n".join(f"Line {n}." for n in range(lines)), ("Lead-in.",), "After.")
        pages = PdfReader(io.BytesIO(share_pdf_bytes(share))).pages
        for number, page in enumerate(pages):
            runs = [run for run in page_runs(page, 0) if " of " not in run[0]]
            texts = [text for text, *_ in sorted(runs, key=lambda run: run[3])]
            if number < len(pages) - 1:
                assert texts[-1] not in {"Lead-in.", "* * *"}, (lines, texts)
            if number and texts[0] == "* * *":
                moved += 1
    assert moved >= 2  # the rule really moved something
