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

from PySide6.QtCore import QCoreApplication, Qt, QUrl
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
from reflect.core.shares import ItemKind
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.localized import day_in_words
from reflect.ui.never_share import never_share_icon

GO, ANYWAY = "go", "anyway"
# English source texts (context "share_review_dialog"); ``_tr`` shows them translated.
# The dictionaries are keyed by the action, "Export" or "Print".
TITLES = {
    "Export": QT_TRANSLATE_NOOP("share_review_dialog", "Before You Export"),
    "Print": QT_TRANSLATE_NOOP("share_review_dialog", "Before You Print"),
}
VERBS = {
    "Export": QT_TRANSLATE_NOOP("share_review_dialog", "export"),
    "Print": QT_TRANSLATE_NOOP("share_review_dialog", "print"),
}
ACTION_BUTTONS = {
    "Export": QT_TRANSLATE_NOOP("share_review_dialog", "Export"),
    "Print": QT_TRANSLATE_NOOP("share_review_dialog", "Print"),
}
ANYWAY_BUTTONS = {
    "Export": QT_TRANSLATE_NOOP("share_review_dialog", "Export Anyway"),
    "Print": QT_TRANSLATE_NOOP("share_review_dialog", "Print Anyway"),
}
HEADING = QT_TRANSLATE_NOOP(
    "share_review_dialog",
    "A last look at each part, so only what you choose to share leaves your journal.",
)
NEVER_SHARE = QT_TRANSLATE_NOOP("share_review_dialog", "Never Share — left out.")
NEVER_SHARE_WHY = QT_TRANSLATE_NOOP(
    "share_review_dialog",
    "You marked these words Never Share in your journal. To {verb} this share, remove the "
    "mark in your journal, or remove this part from the share.",
)
UNDECIDED = QT_TRANSLATE_NOOP("share_review_dialog", "Not decided yet:")
KEPT = QT_TRANSLATE_NOOP("share_review_dialog", "Kept as written:")
PRIVATE_NOTE = QT_TRANSLATE_NOOP("share_review_dialog", "Private note — will not be printed")
SHARED_BEFORE = QT_TRANSLATE_NOOP("share_review_dialog", "Shared before:")
NOTHING_TO_CHECK = QT_TRANSLATE_NOOP("share_review_dialog", "Nothing to check")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("share_review_dialog", "nothing written yet")
NO_PARTS = QT_TRANSLATE_NOOP("share_review_dialog", "This share has no parts yet.")
ALL_READY = QT_TRANSLATE_NOOP(
    "share_review_dialog",
    "Everything is ready. Private notes stay with you and are never printed.",
)
_SIGN = QUrl("reflect:never-share")
_PART = "margin-top:10px; margin-bottom:2px"
_LINES = "margin-top:0; margin-bottom:0"
_SHOWN_BEFORE = 3  # earlier shares named for one passage; the rest are counted


def _tr(text: str) -> str:
    """One of this module's texts above, in the person's language."""
    return QCoreApplication.translate("share_review_dialog", text)


def part_title(item: ItemReview) -> str:
    """ "Part 2 · “The first week…”", or "Part 1 · Your words · “What it was like”"."""
    opening = item.opening
    if opening.endswith("…") and " " in opening:  # cut between words, not inside one
        opening = opening[: opening.rstrip("…").rfind(" ")].rstrip(" ,;:—-") + "…"
    if opening.strip():
        words = QCoreApplication.translate("share_review_dialog", "“{opening}”").format(
            opening=opening
        )
    else:
        words = _tr(NOTHING_WRITTEN)
    if item.kind is ItemKind.TEXT:
        return QCoreApplication.translate(
            "share_review_dialog", "Part {number} · Your words · {words}"
        ).format(number=item.number, words=words)
    return QCoreApplication.translate("share_review_dialog", "Part {number} · {words}").format(
        number=item.number, words=words
    )


def shared_before_words(times: Sequence[SharedBefore]) -> str:
    """ "12 March 2026 in “Tuesday share”; 2 April 2026 in “…”" (and how many more)."""
    named = [
        QCoreApplication.translate("share_review_dialog", "{day} in “{share}”").format(
            day=day_in_words(time.when), share=time.share_name
        )
        for time in times
    ]
    more = len(named) - _SHOWN_BEFORE
    shown = "; ".join(named[:_SHOWN_BEFORE])
    if more == 1:
        return QCoreApplication.translate("share_review_dialog", "{shown}; and 1 more time").format(
            shown=shown
        )
    if more > 1:
        return QCoreApplication.translate(
            "share_review_dialog", "{shown}; and {count} more times"
        ).format(shown=shown, count=more)
    return shown


def labelled_lines(item: ItemReview, action: str = "Export") -> list[tuple[str, str]]:
    """What the review says about one part: (label, words) pairs, label "" for none."""
    lines = []
    if item.never_share:
        why = _tr(NEVER_SHARE_WHY).format(verb=_tr(VERBS[action]))
        lines.append((_tr(NEVER_SHARE), why))
    if item.unresolved:
        lines.append((_tr(UNDECIDED), ", ".join(p.original for p in item.unresolved)))
    if item.kept:
        lines.append((_tr(KEPT), ", ".join(p.original for p in item.kept)))
    if item.has_note:
        lines.append(("", _tr(PRIVATE_NOTE)))
    if item.shared_before:
        lines.append((_tr(SHARED_BEFORE), shared_before_words(item.shared_before)))
    return lines


def part_lines(item: ItemReview, action: str = "Export") -> list[str]:
    """What the review says about one part, line by line, as plain words."""
    lines = [f"{label} {words}".strip() for label, words in labelled_lines(item, action)]
    return lines or [_tr(NOTHING_TO_CHECK)]


def summary(review: ShareReview, action: str) -> str:
    """The one or two sentences above the parts: what stands between the share and
    ``action``, or that nothing does."""
    if not review.items:
        return _tr(NO_PARTS)
    verb = _tr(VERBS[action])
    said = []
    marked = review.never_share_count
    if marked == 1:
        said.append(
            QCoreApplication.translate(
                "share_review_dialog",
                "1 part is marked Never Share and will stay in your journal. To {verb} this "
                "share, remove the mark in your journal, or remove that part from the share.",
            ).format(verb=verb)
        )
    elif marked > 1:
        said.append(
            QCoreApplication.translate(
                "share_review_dialog",
                "{count} parts are marked Never Share and will stay in your journal. To {verb} "
                "this share, remove the mark in your journal, or remove those parts from the "
                "share.",
            ).format(count=marked, verb=verb)
        )
    if review.unresolved_count:
        said.append(_undecided(review.unresolved_count, action, anyway=not marked))
    return "\n".join(said) or _tr(ALL_READY)


def _anyway_description(review: ShareReview, action: str) -> str:
    """What "Export Anyway" (or "Print Anyway") does, or why it can't."""
    if review.can_export_anyway:
        return QCoreApplication.translate(
            "share_review_dialog", "{action} with the undecided words as you wrote them."
        ).format(action=_tr(ACTION_BUTTONS[action]))
    return QCoreApplication.translate(
        "share_review_dialog", "Not while a part is marked Never Share."
    )


def _undecided(count: int, action: str, *, anyway: bool) -> str:
    """How many suggestions are not decided yet, and (when it can) the way on anyway."""
    if anyway and count == 1:
        shape = QCoreApplication.translate(
            "share_review_dialog",
            "1 suggestion on the Privacy tab is not decided yet. You can decide there, or "
            "choose {anyway} to keep them as written.",
        )
    elif anyway:
        shape = QCoreApplication.translate(
            "share_review_dialog",
            "{count} suggestions on the Privacy tab are not decided yet. You can decide "
            "there, or choose {anyway} to keep them as written.",
        )
    elif count == 1:
        shape = QCoreApplication.translate(
            "share_review_dialog",
            "1 suggestion on the Privacy tab is not decided yet. You can decide there.",
        )
    else:
        shape = QCoreApplication.translate(
            "share_review_dialog",
            "{count} suggestions on the Privacy tab are not decided yet. You can decide there.",
        )
    return shape.format(count=count, anyway=_tr(ANYWAY_BUTTONS[action]))


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
        self.setWindowTitle(_tr(TITLES[action]))
        self.setAccessibleName(_tr(TITLES[action]))

        self.heading = QLabel(_tr(HEADING))
        self.heading.setAccessibleName(
            QCoreApplication.translate("ShareReviewDialog", "What this review is for")
        )
        self.heading.setWordWrap(True)
        bold = QFont(self.heading.font())
        bold.setWeight(QFont.Weight.DemiBold)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.heading.setFont(bold)
        self.summary = QLabel(summary(review, action))
        self.summary.setAccessibleName(
            QCoreApplication.translate("ShareReviewDialog", "What stands before you {verb}").format(
                verb=_tr(VERBS[action])
            )
        )
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.parts = QTextBrowser()
        self.parts.setAccessibleName(
            QCoreApplication.translate("ShareReviewDialog", "Your share, part by part")
        )
        self.parts.setAccessibleDescription(
            QCoreApplication.translate(
                "ShareReviewDialog",
                "For each part: Never Share, names or numbers to decide, private notes, "
                "and whether you have shared it before.",
            )
        )
        self.parts.setOpenLinks(False)
        self.parts.setTabChangesFocus(True)
        self._show_parts()

        buttons = QDialogButtonBox()
        self.go_button = self._button(
            buttons, _tr(ACTION_BUTTONS[action]), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.anyway_button = self._button(
            buttons, _tr(ANYWAY_BUTTONS[action]), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self._button(
            buttons,
            QCoreApplication.translate("ShareReviewDialog", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.go_button.setEnabled(review.can_export)
        self.anyway_button.setVisible(review.unresolved_count > 0)
        self.anyway_button.setEnabled(review.unresolved_count > 0 and review.can_export_anyway)
        self.anyway_button.setAccessibleDescription(_anyway_description(review, action))
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
        blocks = [f"<p>{escape(_tr(NO_PARTS))}</p>"] if not self._review.items else []
        for item in self._review.items:
            title = f"<b>{escape(part_title(item))}</b>"
            lines = labelled_lines(item, self._action)
            if not lines:
                nothing = escape(_tr(NOTHING_TO_CHECK))
                blocks.append(f"<p style='{_PART}'>{title} — {nothing}</p>")
                continue
            shown = "".join(self._line_html(label, words, size) for label, words in lines)
            blocks.append(f"<p style='{_PART}'>{title}</p><ul style='{_LINES}'>{shown}</ul>")
        self.parts.setHtml("".join(blocks))

    def _line_html(self, label: str, words: str, size: int) -> str:
        sign = (
            f"<img src='{_SIGN.toString()}' width={size} height={size}> "
            if label == _tr(NEVER_SHARE)
            else ""
        )
        shown = f"<b>{escape(label)}</b> {escape(words)}" if label else escape(words)
        return f"<li>{sign}{shown}</li>"
