"""``PromptBanner``: a quiet suggestion of something to write about, above an empty new entry.

It offers, never insists: "Another" shows a different prompt, "Not Now" hides the banner,
and it stays hidden until the window offers a suggestion again (say, for the next new
entry). It never reads the journal; whoever shows it passes the prompts in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.core.prompts import Prompt
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.prompt_model import prompt_text

INVITATION = QT_TRANSLATE_NOOP("PromptBanner", "Something to write about, if you'd like:")


def suggestion_order(prompt: Prompt, others: Sequence[Prompt]) -> list[Prompt]:
    """``prompt`` first, then ``others`` from just after it round to just before it.

    So when ``others`` is the whole library in order, "Another" moves on from the day's
    suggestion instead of jumping back to the first prompt; each prompt appears once.
    """
    rest = list(dict.fromkeys(others))
    if prompt in rest:
        at = rest.index(prompt)
        rest = rest[at + 1 :] + rest[:at]
    return [prompt, *rest]


class PromptBanner(QFrame):
    """Shows one prompt at a time with "Use This Prompt", "Another" and "Not Now"."""

    prompt_chosen = Signal(object)  # the Prompt the person chose to write from
    dismissed = Signal()  # the person said "Not Now"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts: list[Prompt] = []
        self._at = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("PromptBanner", "Writing suggestion"))

        self.invitation = QLabel(QCoreApplication.translate("PromptBanner", INVITATION))
        self.invitation.setAccessibleName(
            QCoreApplication.translate("PromptBanner", "Suggestion heading")
        )
        self.prompt_text = QLabel()
        self.prompt_text.setTextFormat(Qt.TextFormat.PlainText)  # a person's own words
        self.prompt_text.setWordWrap(True)
        self.prompt_text.setAccessibleName(
            QCoreApplication.translate("PromptBanner", "Suggested prompt")
        )
        self.use_button = QPushButton(
            QCoreApplication.translate("PromptBanner", "&Use This Prompt")
        )
        self.use_button.setAccessibleName(
            QCoreApplication.translate("PromptBanner", "Use this prompt")
        )
        self.use_button.setAccessibleDescription(
            QCoreApplication.translate(
                "PromptBanner", "Starts the entry with this prompt as its title."
            )
        )
        self.another_button = QPushButton(QCoreApplication.translate("PromptBanner", "&Another"))
        self.another_button.setAccessibleName(
            QCoreApplication.translate("PromptBanner", "Another prompt")
        )
        self.another_button.setAccessibleDescription(
            QCoreApplication.translate("PromptBanner", "Shows a different prompt.")
        )
        self.not_now_button = QPushButton(QCoreApplication.translate("PromptBanner", "Not &Now"))
        self.not_now_button.setAccessibleName(QCoreApplication.translate("PromptBanner", "Not now"))
        self.not_now_button.setAccessibleDescription(
            QCoreApplication.translate("PromptBanner", "Hides the suggestion.")
        )
        for button in (self.use_button, self.another_button, self.not_now_button):
            button.setAutoDefault(False)  # Enter in a dialog or editor nearby isn't theirs

        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.invitation)
        layout.addWidget(self.prompt_text)
        layout.addLayout(buttons)

        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.another_button.clicked.connect(self._on_another_button_clicked)
        self.not_now_button.clicked.connect(self._on_not_now_button_clicked)
        self.hide()  # until there is something to suggest

    def show_suggestion(self, prompt: Prompt, others: Sequence[Prompt] = ()) -> None:
        """Offer ``prompt``; "Another" then goes through ``others`` (library and own prompts)."""
        self._prompts = suggestion_order(prompt, others)
        self._at = 0
        self.another_button.setVisible(len(self._prompts) > 1)
        self._show_current()
        self.show()

    def current_prompt(self) -> Prompt | None:
        """The prompt on show, or ``None`` when nothing is suggested."""
        return self._prompts[self._at] if self._prompts else None

    def forget_everything(self) -> None:
        """Hide and drop every prompt (the journal is being locked: own prompts are private)."""
        self.hide()
        self._prompts = []
        self._at = 0
        self.prompt_text.clear()

    # --- slots ---------------------------------------------------------------------------

    def _on_use_button_clicked(self) -> None:
        prompt = self.current_prompt()
        if prompt is not None:
            self.hide()
            self.prompt_chosen.emit(prompt)

    def _on_another_button_clicked(self) -> None:
        if self._prompts:
            self._at = (self._at + 1) % len(self._prompts)
            self._show_current()

    def _on_not_now_button_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _show_current(self) -> None:
        prompt = self.current_prompt()
        self.prompt_text.setText("" if prompt is None else prompt_text(prompt))
