"""``RedactionPanel``: "Privacy for others", one row for each thing a share could reveal.

Each row says what was found and where it came from in words (a person from the list, a
possible name, an address…), the original words, the words to use instead (editable), in
how many places, and what will happen — always in words, never colour alone. Accept and
Skip say what the person chose; the panel only announces the choice (``decision_made``):
the owner stores it and hands back fresh proposals.

Rows are kept by their proposal's key when proposals come again, so a decision does not
rebuild the list, move the scroll position, drop the keyboard focus or undo words typed
in another row. The rows are ordinary widgets in a scroll area, so Tab moves through them
in order and every control is reachable by keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.redaction import Category, Proposal
from reflect.core.shares import MAX_ALIAS_LENGTH, RedactionDecision
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# English source texts, shown with QCoreApplication.translate("redaction_panel", TEXT).
TITLE = QT_TRANSLATE_NOOP("redaction_panel", "Privacy for others")
INTRO = QT_TRANSLATE_NOOP(
    "redaction_panel",
    "Words that could tell a listener who someone is. Accept to use the words on the "
    "right instead, or Skip to keep them as written. The preview shows the result.",
)
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "redaction_panel",
    "Nothing found that could identify someone. If there is a person in your story you'd "
    "like to protect, add them with People…",
)
CATEGORY_WORDS = {
    Category.PERSON: QT_TRANSLATE_NOOP("redaction_panel", "Person from your list"),
    Category.NAME: QT_TRANSLATE_NOOP("redaction_panel", "Possible name"),
    Category.EMAIL: QT_TRANSLATE_NOOP("redaction_panel", "Email address"),
    Category.PHONE: QT_TRANSLATE_NOOP("redaction_panel", "Phone number"),
    Category.URL: QT_TRANSLATE_NOOP("redaction_panel", "Website"),
    Category.ADDRESS: QT_TRANSLATE_NOOP("redaction_panel", "Street address"),
    Category.DATE: QT_TRANSLATE_NOOP("redaction_panel", "Date"),
}
WILL_BE_REPLACED = QT_TRANSLATE_NOOP("redaction_panel", "Will be replaced")
KEPT = QT_TRANSLATE_NOOP("redaction_panel", "Kept as written")
UNDECIDED = QT_TRANSLATE_NOOP("redaction_panel", "Not decided yet")


def state_words(decision: RedactionDecision | None) -> str:
    """What will happen to the words, as the row says it."""
    if decision is None:
        return QCoreApplication.translate("redaction_panel", UNDECIDED)
    state = WILL_BE_REPLACED if decision.accepted else KEPT
    return QCoreApplication.translate("redaction_panel", state)


def places(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("redaction_panel", "in 1 place")
    return QCoreApplication.translate("redaction_panel", "in {count} places").format(count=count)


class ProposalRow(QFrame):
    """One proposal: what and where, original → replacement, its state, Accept and Skip."""

    def __init__(self, panel: RedactionPanel, proposal: Proposal) -> None:
        super().__init__()
        self._panel = panel
        self.proposal = proposal
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.about = QLabel()
        self.original = QLabel()
        self.original.setTextFormat(Qt.TextFormat.PlainText)
        self.original.setWordWrap(True)
        bold = self.original.font()
        bold.setBold(True)
        self.original.setFont(bold)
        self.replacement = QLineEdit()
        self.replacement.setMaxLength(MAX_ALIAS_LENGTH)
        self.state = QLabel()
        self.accept_button = QPushButton(QCoreApplication.translate("ProposalRow", "Accept"))
        self.skip_button = QPushButton(QCoreApplication.translate("ProposalRow", "Skip"))
        for button in (self.accept_button, self.skip_button):
            button.setAutoDefault(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.about, 0, 0, 1, 3)
        grid.addWidget(self.original, 1, 0)
        grid.addWidget(QLabel("→"), 1, 1)
        grid.addWidget(self.replacement, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.skip_button)
        grid.addLayout(buttons, 2, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.replacement.returnPressed.connect(self._on_accept_button_clicked)
        self.replacement.textChanged.connect(self._on_replacement_text_changed)
        self.show_proposal(proposal, force=True)

    def show_proposal(self, proposal: Proposal, *, force: bool = False) -> None:
        """Show ``proposal``; words the person is typing stay unless the choice changed."""
        changed = force or proposal != self.proposal
        self.proposal = proposal
        original = proposal.original
        category = QCoreApplication.translate("redaction_panel", CATEGORY_WORDS[proposal.category])
        where = places(proposal.count)
        self.about.setText(
            QCoreApplication.translate("ProposalRow", "{category} · {places}").format(
                category=category, places=where
            )
        )
        self.original.setText(original)
        if changed:
            decided = proposal.decision
            self.replacement.setText(decided.replacement if decided else proposal.replacement)
            self.replacement.setCursorPosition(0)
        state = state_words(proposal.decision)
        self.state.setText(state)
        self.replacement.setAccessibleName(
            QCoreApplication.translate("ProposalRow", "Replacement for {original}").format(
                original=original
            )
        )
        self.replacement.setAccessibleDescription(
            QCoreApplication.translate(
                "ProposalRow", "The words printed instead of “{original}” when you accept."
            ).format(original=original)
        )
        self.accept_button.setAccessibleName(QCoreApplication.translate("ProposalRow", "Accept"))
        self.accept_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ProposalRow", "Print the words in the box instead of “{original}”, {places}."
            ).format(original=original, places=where)
        )
        self.skip_button.setAccessibleName(QCoreApplication.translate("ProposalRow", "Skip"))
        self.skip_button.setAccessibleDescription(
            QCoreApplication.translate("ProposalRow", "Keep “{original}” as written.").format(
                original=original
            )
        )
        self.setAccessibleName(
            QCoreApplication.translate(
                "ProposalRow", "{original}: {category}, {places}, {state}"
            ).format(original=original, category=category, places=where, state=state)
        )
        self._enable_accept()

    def decision(self, accepted: bool) -> RedactionDecision:
        return RedactionDecision(self.proposal.original, self.replacement.text().strip(), accepted)

    def focusables(self) -> list[QWidget]:
        return [self.replacement, self.accept_button, self.skip_button]

    def _enable_accept(self) -> None:
        # Replacing words with nothing would leave a sentence with a hole in it.
        self.accept_button.setEnabled(bool(self.replacement.text().strip()))

    def _on_replacement_text_changed(self) -> None:
        self._enable_accept()

    def _on_accept_button_clicked(self) -> None:
        if self.accept_button.isEnabled():
            self._panel.decision_made.emit(self.decision(True))

    def _on_skip_button_clicked(self) -> None:
        self._panel.decision_made.emit(self.decision(False))


class RedactionPanel(QWidget):
    """The proposals for one share, with Accept All and a way to the people list."""

    decision_made = Signal(object)  # a RedactionDecision
    people_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("redaction_panel", TITLE)
        self.setAccessibleName(title)
        self._rows: dict[str, ProposalRow] = {}
        self._order: list[str] = []
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.intro = QLabel(QCoreApplication.translate("redaction_panel", INTRO))
        self.intro.setWordWrap(True)
        accept_all = QCoreApplication.translate("RedactionPanel", "Accept All")
        self.accept_all_button = QPushButton(accept_all)
        self.accept_all_button.setAccessibleName(accept_all)
        self.accept_all_button.setAccessibleDescription(
            QCoreApplication.translate(
                "RedactionPanel",
                "Use the words shown for every suggestion you haven't decided on yet.",
            )
        )
        self.accept_all_button.setAutoDefault(False)
        people = QCoreApplication.translate("RedactionPanel", "People…")
        self.people_button = QPushButton(people)
        self.people_button.setAccessibleName(people)
        self.people_button.setAccessibleDescription(
            QCoreApplication.translate(
                "RedactionPanel", "The people in your story and what to call them when you share."
            )
        )
        self.people_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all_button)
        buttons.addWidget(self.people_button)
        buttons.addStretch(1)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setWidget(self._list)
        self.list_area.setAccessibleName(
            QCoreApplication.translate("RedactionPanel", "Suggestions to protect others")
        )
        self.empty = QLabel(QCoreApplication.translate("redaction_panel", NOTHING_FOUND))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(
            QCoreApplication.translate("RedactionPanel", "Nothing found to protect")
        )
        self._pages = QStackedWidget()
        self._pages.addWidget(self.list_area)
        self._pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self._pages, 1)
        self.accept_all_button.clicked.connect(self._on_accept_all_button_clicked)
        self.people_button.clicked.connect(self.people_requested)
        self.set_proposals([])

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        """Show ``proposals`` in order, reusing the rows of proposals already shown."""
        wanted = [proposal.key for proposal in proposals]
        for key in set(self._rows) - set(wanted):
            gone = self._rows.pop(key)
            self._list_layout.removeWidget(gone)
            gone.deleteLater()
        for proposal in proposals:
            row = self._rows.get(proposal.key)
            if row is None:
                self._rows[proposal.key] = ProposalRow(self, proposal)
            else:
                row.show_proposal(proposal)
        if wanted != self._order:
            self._lay_out(wanted)
        self.accept_all_button.setEnabled(any(p.decision is None for p in proposals))
        self._pages.setCurrentWidget(self.list_area if proposals else self.empty)

    def rows(self) -> list[ProposalRow]:
        """The rows, top to bottom."""
        return [self._rows[key] for key in self._order]

    def row_for(self, original: str) -> ProposalRow:
        """The row of the proposal whose original words are ``original``."""
        return next(row for row in self.rows() if row.proposal.original == original)

    def _lay_out(self, order: list[str]) -> None:
        """Put the rows in ``order`` and make Tab follow it."""
        layout = self._list_layout
        for key in order:
            layout.removeWidget(self._rows[key])
        for index, key in enumerate(order):
            layout.insertWidget(index, self._rows[key])
        focusables = [w for key in order for w in self._rows[key].focusables()]
        for before, after in pairwise(focusables):
            QWidget.setTabOrder(before, after)
        self._order = order

    def _on_accept_all_button_clicked(self) -> None:
        for row in self.rows():
            if row.proposal.decision is None:
                decision = row.decision(True)
                if not decision.replacement:  # a box left empty: the suggested words
                    decision = RedactionDecision(
                        row.proposal.original, row.proposal.replacement, True
                    )
                self.decision_made.emit(decision)
