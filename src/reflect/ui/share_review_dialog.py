"""``ShareReviewDialog``: a last look at a share, part by part, before it is exported or
printed.

For each part (its number and first words) it says, in words, what there is to know:
that the part is marked "Never Share" and will be left out; names or numbers on the
Privacy tab not decided yet, and those the person chose to keep as written; that a
private note stays private; and when and in which share the passage was shared before.
A part with none of these says "Nothing to check".

The action button ("Export" or "Print") is enabled only when nothing is flagged and
nothing is left to decide. With suggestions still undecided, "Export Anyway" lets the
person go on with those words as written — but never while a part is marked "Never
Share": those words leave the journal only after the person removes the mark or the part.

The review is one read-only text (one Tab stop, read in order by a screen reader, scrolled
by keyboard) rather than a wall of labels; nothing is said by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reflect.core.share_review import ItemReview, SharedBefore, ShareReview
from reflect.core.share_text import day_line
from reflect.core.shares import ItemKind
from reflect.ui.never_share import never_share_icon

GO, ANYWAY = "go", "anyway"
TITLES = {"Export": "Before You Export", "Print": "Before You Print"}
VERBS = {"Export": "export", "Print": "print"}
HEADING = "A last look at each part, so only what you choose to share leaves your journal."
NEVER_SHARE = "Never Share — left out."
NEVER_SHARE_WHY = (
    "You marked these words Never Share in your journal. To {verb} this share, remove the "
    "mark in your journal, or remove this part from the share."
)
UNDECIDED = "Not decided yet:"
KEPT = "Kept as written:"
PRIVATE_NOTE = "Private note — will not be printed"
SHARED_BEFORE = "Shared before:"
NOTHING_TO_CHECK = "Nothing to check"
YOUR_WORDS = "Your words"
NOTHING_WRITTEN = "nothing written yet"
NO_PARTS = "This share has no parts yet."
ALL_READY = "Everything is ready. Private notes stay with you and are never printed."
_SIGN = QUrl("reflect:never-share")
_PART = "margin-top:10px; margin-bottom:2px"
_LINES = "margin-top:0; margin-bottom:0"
_SHOWN_BEFORE = 3  # earlier shares named for one passage; the rest are counted


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def part_title(item: ItemReview) -> str:
    """ "Part 2 · “The first week…”", or "Part 1 · Your words · “What it was like”"."""
    opening = item.opening
    if opening.endswith("…") and " " in opening:  # cut between words, not inside one
        opening = opening[: opening.rstrip("…").rfind(" ")].rstrip(" ,;:—-") + "…"
    words = f"“{opening}”" if opening.strip() else NOTHING_WRITTEN
    own = f"{YOUR_WORDS} · " if item.kind is ItemKind.TEXT else ""
    return f"Part {item.number} · {own}{words}"


def shared_before_words(times: Sequence[SharedBefore]) -> str:
    """ "12 March 2026 in “Tuesday share”; 2 April 2026 in “…”" (and how many more)."""
    named = [f"{day_line(time.when.date())} in “{time.share_name}”" for time in times]
    more = len(named) - _SHOWN_BEFORE
    shown = "; ".join(named[:_SHOWN_BEFORE])
    return f"{shown}; and {_count(more, 'more time', 'more times')}" if more > 0 else shown


def labelled_lines(item: ItemReview, action: str = "Export") -> list[tuple[str, str]]:
    """What the review says about one part: (label, words) pairs, label "" for none."""
    lines = []
    if item.never_share:
        lines.append((NEVER_SHARE, NEVER_SHARE_WHY.format(verb=VERBS[action])))
    if item.unresolved:
        lines.append((UNDECIDED, ", ".join(p.original for p in item.unresolved)))
    if item.kept:
        lines.append((KEPT, ", ".join(p.original for p in item.kept)))
    if item.has_note:
        lines.append(("", PRIVATE_NOTE))
    if item.shared_before:
        lines.append((SHARED_BEFORE, shared_before_words(item.shared_before)))
    return lines


def part_lines(item: ItemReview, action: str = "Export") -> list[str]:
    """What the review says about one part, line by line, as plain words."""
    lines = [f"{label} {words}".strip() for label, words in labelled_lines(item, action)]
    return lines or [NOTHING_TO_CHECK]


def summary(review: ShareReview, action: str) -> str:
    """The one or two sentences above the parts: what stands between the share and
    ``action``, or that nothing does."""
    if not review.items:
        return NO_PARTS
    verb = VERBS[action]
    said = []
    if review.never_share_count:
        parts = _count(review.never_share_count, "part is", "parts are")
        said.append(
            f"{parts} marked Never Share and will stay in your journal. To {verb} this "
            "share, remove the mark in your journal, or remove "
            f"{'that part' if review.never_share_count == 1 else 'those parts'} from the share."
        )
    if review.unresolved_count:
        things = _count(review.unresolved_count, "suggestion", "suggestions")
        anyway = (
            ""
            if review.never_share_count
            else f", or choose {action} Anyway to keep them as written"
        )
        said.append(
            f"{things} on the Privacy tab {'is' if review.unresolved_count == 1 else 'are'} "
            f"not decided yet. You can decide there{anyway}."
        )
    return "\n".join(said) or ALL_READY


class ShareReviewDialog(QDialog):
    """The review before ``action`` ("Export" or "Print"); see the module docstring.
    Open it with ``open()``; after ``finished``, ``choice()`` says what the person chose."""

    def __init__(self, review: ShareReview, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if action not in TITLES:
            raise ValueError(f"action must be Export or Print, not {action!r}")
        self._review = review
        self._action = action
        self._choice: str | None = None
        self.setWindowTitle(TITLES[action])
        self.setAccessibleName(TITLES[action])

        self.heading = QLabel(HEADING)
        self.heading.setAccessibleName("What this review is for")
        self.heading.setWordWrap(True)
        bold = QFont(self.heading.font())
        bold.setWeight(QFont.Weight.DemiBold)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.heading.setFont(bold)
        self.summary = QLabel(summary(review, action))
        self.summary.setAccessibleName("What stands before you " + VERBS[action])
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.parts = QTextBrowser()
        self.parts.setAccessibleName("Your share, part by part")
        self.parts.setAccessibleDescription(
            "For each part: Never Share, names or numbers to decide, private notes, "
            "and whether you have shared it before."
        )
        self.parts.setOpenLinks(False)
        self.parts.setTabChangesFocus(True)
        self._show_parts()

        buttons = QDialogButtonBox()
        self.go_button = self._button(buttons, action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.anyway_button = self._button(
            buttons, f"{action} Anyway", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self._button(buttons, "Cancel", QDialogButtonBox.ButtonRole.RejectRole)
        self.go_button.setEnabled(review.can_export)
        self.anyway_button.setVisible(review.unresolved_count > 0)
        self.anyway_button.setEnabled(review.unresolved_count > 0 and review.can_export_anyway)
        self.anyway_button.setAccessibleDescription(
            f"{action} with the undecided words as you wrote them."
            if review.can_export_anyway
            else "Not while a part is marked Never Share."
        )
        self.go_button.clicked.connect(lambda: self._choose(GO))
        self.anyway_button.clicked.connect(lambda: self._choose(ANYWAY))
        self.cancel_button.clicked.connect(self.reject)
        # Enter goes ahead only when everything is ready; otherwise it closes the review.
        default = self.go_button if review.can_export else self.cancel_button
        default.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(2)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.parts, 1)
        layout.addWidget(buttons)
        self.resize(660, 480)
        default.setFocus()

    def choice(self) -> str | None:
        """ "go", "anyway", or ``None`` (cancelled or closed)."""
        return self._choice

    def part_texts(self) -> list[list[str]]:
        """Each part's title and lines, as shown (for tests and screen readers)."""
        return [[part_title(item), *part_lines(item, self._action)] for item in self._review.items]

    # --- inside ----------------------------------------------------------------------------

    def _button(
        self, box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = box.addButton(text, role)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        return button

    def _choose(self, choice: str) -> None:
        self._choice = choice
        self.accept()

    def _show_parts(self) -> None:
        """The parts as a quiet document: a bold title per part, its lines beneath."""
        document = self.parts.document()
        document.setIndentWidth(size := self.fontMetrics().height())
        document.setDocumentMargin(10)
        sign = never_share_icon().pixmap(size, size).toImage()
        document.addResource(QTextDocument.ResourceType.ImageResource, _SIGN, sign)
        blocks = [f"<p>{escape(NO_PARTS)}</p>"] if not self._review.items else []
        for item in self._review.items:
            title = f"<b>{escape(part_title(item))}</b>"
            lines = labelled_lines(item, self._action)
            if not lines:
                blocks.append(f"<p style='{_PART}'>{title} — {escape(NOTHING_TO_CHECK)}</p>")
                continue
            shown = "".join(self._line_html(label, words, size) for label, words in lines)
            blocks.append(f"<p style='{_PART}'>{title}</p><ul style='{_LINES}'>{shown}</ul>")
        self.parts.setHtml("".join(blocks))

    def _line_html(self, label: str, words: str, size: int) -> str:
        sign = (
            f"<img src='{_SIGN.toString()}' width={size} height={size}> "
            if label == NEVER_SHARE
            else ""
        )
        shown = f"<b>{escape(label)}</b> {escape(words)}" if label else escape(words)
        return f"<li>{sign}{shown}</li>"
