"""``PassphraseStrengthHint``: a plain-words hint (and a level bar) under a new passphrase.

Advisory only: it never blocks a passphrase. The level is said in words on the bar and the
advice in a line under it, so nothing depends on colour; the field it watches gets the same
words as its accessible description, so a screen reader hears them too. The passphrase
itself is never shown, stored or logged here: only its level and the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from reflect.core.passphrase_strength import Level, Reason, passphrase_strength
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# The same advice as core's HINTS (tests keep them equal), marked for translation here.
HINTS = {
    Reason.SHORT: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint", "Longer is stronger: try a few unrelated words."
    ),
    Reason.COMMON: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint", "That one is very common — someone could guess it."
    ),
    Reason.PATTERN: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint",
        "Repeats, runs and keyboard rows like “1234” or “qwerty” are easy to guess.",
    ),
    Reason.APP_WORDS: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint",
        "“Reflect”, “journal” and “diary” are among the first things anyone would try.",
    ),
    Reason.LONGER_HELPS: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint", "Longer is stronger: another word or two would help a lot."
    ),
    Reason.ALMOST: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint", "Good. One more word would make it strong."
    ),
    Reason.STRONG: QT_TRANSLATE_NOOP(
        "PassphraseStrengthHint", "Strong. Choose one you'll remember, too."
    ),
}
LEVELS = {
    Level.TOO_SHORT: QT_TRANSLATE_NOOP("PassphraseStrengthHint", "Too short"),
    Level.WEAK: QT_TRANSLATE_NOOP("PassphraseStrengthHint", "Weak"),
    Level.FAIR: QT_TRANSLATE_NOOP("PassphraseStrengthHint", "Fair"),
    Level.STRONG: QT_TRANSLATE_NOOP("PassphraseStrengthHint", "Strong"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("PassphraseStrengthHint", text)


class PassphraseStrengthHint(QWidget):
    """The level in words on a short bar, and one line of advice, for a passphrase field."""

    def __init__(self, field: QLineEdit, description: str, parent: QWidget | None = None) -> None:
        """Follow ``field`` as it is typed in; ``description`` is the field's own accessible
        description, which the advice is added to."""
        super().__init__(parent)
        self._field = field
        self._description = description
        self.bar = QProgressBar()
        self.bar.setRange(0, max(Level))
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(
            QCoreApplication.translate("PassphraseStrengthHint", "Passphrase strength")
        )
        self.bar.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 9)
        policy = self.bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the advice stays put when the bar appears
        self.bar.setSizePolicy(policy)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setAccessibleName(
            QCoreApplication.translate("PassphraseStrengthHint", "Passphrase advice")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.advice, 1)
        field.textChanged.connect(self._on_field_text_changed)
        self._on_field_text_changed(field.text())

    def _on_field_text_changed(self, passphrase: str) -> None:
        strength = passphrase_strength(passphrase)
        advice = _translated(HINTS[strength.reason])
        level = _translated(LEVELS[strength.level]) if passphrase else ""
        self.bar.setValue(int(strength.level) if passphrase else 0)
        self.bar.setVisible(bool(passphrase))  # empty, it would look like a field to fill in
        self.bar.setFormat(level)  # the level in words: the bar never speaks by colour alone
        self.bar.setAccessibleDescription(level)
        self.advice.setText(advice)
        parts = (self._description, level + "." if level else "", advice)
        self._field.setAccessibleDescription(" ".join(part for part in parts if part))
