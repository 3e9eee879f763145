"""``ReadingTimeBar``: how long the share takes to read aloud, against the time there is.

The person sets their own speaking rate and the length of their slot (3, 5 or 10 minutes,
or a custom number); the owner works out the timing and hands it back with
``set_timing``. The indicator is one calm sentence and a quiet bar showing how much of the
slot the reading fills. Running over is said in words, in the same colour as fitting: it
is information for the person, never a warning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.core.reading_time import Timing, describe, describe_slot
from reflect.core.shares import (
    DEFAULT_SLOT_SECONDS,
    DEFAULT_WORDS_PER_MINUTE,
    MAX_SLOT_SECONDS,
    MAX_WORDS_PER_MINUTE,
    MIN_WORDS_PER_MINUTE,
    SLOT_CHOICES_SECONDS,
)
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import wording_text

NAME = QT_TRANSLATE_NOOP("ReadingTimeBar", "Read-aloud time")
CUSTOM = QT_TRANSLATE_NOOP("ReadingTimeBar", "Custom…")
FITS = QT_TRANSLATE_NOOP("ReadingTimeBar", "Fits your time")
OVER = QT_TRANSLATE_NOOP("ReadingTimeBar", "Longer than your time")
_BAR_STEPS = 1000  # the bar's resolution: a tenth of a percent


class ReadingTimeBar(QWidget):
    """Speaking rate, time slot, and the reading time against that slot."""

    pace_changed = Signal(int, int)  # words_per_minute, slot_seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ReadingTimeBar", NAME))
        self._slot_seconds = DEFAULT_SLOT_SECONDS

        self._make_choices()
        self.summary = QLabel(describe(Timing(0, 0, self._slot_seconds), wording_text))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            QCoreApplication.translate("ReadingTimeBar", "Read-aloud time in words")
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, _BAR_STEPS)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)  # quiet: a thin line, not a gauge
        self.bar.setAccessibleName(QCoreApplication.translate("ReadingTimeBar", NAME))
        self._fits = QCoreApplication.translate("ReadingTimeBar", FITS)
        self._over = QCoreApplication.translate("ReadingTimeBar", OVER)
        self.marker = QLabel(self._fits)
        self.marker.setAccessibleName(
            QCoreApplication.translate("ReadingTimeBar", "Fits or longer than your time")
        )
        # Room for either wording, so the bar keeps its length when the words change.
        metrics = self.marker.fontMetrics()
        self.marker.setMinimumWidth(
            max(metrics.horizontalAdvance(t) for t in (self._fits, self._over))
        )

        rate_label = QLabel(QCoreApplication.translate("ReadingTimeBar", "Words a &minute:"))
        rate_label.setBuddy(self.rate)
        slot_label = QLabel(QCoreApplication.translate("ReadingTimeBar", "Time to spea&k:"))
        slot_label.setBuddy(self.slot)
        choices = QHBoxLayout()
        choices.addWidget(rate_label)
        choices.addWidget(self.rate)
        choices.addSpacing(12)
        choices.addWidget(slot_label)
        choices.addWidget(self.slot)
        choices.addWidget(self.custom_minutes)
        choices.addStretch(1)
        fill = QHBoxLayout()
        fill.addWidget(self.bar, 1)
        fill.addWidget(self.marker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addLayout(fill)
        self._show_slot()
        self.set_timing(Timing(0, 0, self._slot_seconds))

        self.rate.valueChanged.connect(self._on_rate_value_changed)
        self.slot.activated.connect(self._on_slot_activated)
        self.custom_minutes.valueChanged.connect(self._on_custom_minutes_value_changed)

    @property
    def slot_seconds(self) -> int:
        return self._slot_seconds

    def set_pace(self, words_per_minute: int, slot_seconds: int) -> None:
        """Show this rate and slot (emits nothing)."""
        self.rate.blockSignals(True)
        self.rate.setValue(words_per_minute)
        self.rate.blockSignals(False)
        self._slot_seconds = slot_seconds
        self._show_slot()

    def set_timing(self, timing: Timing) -> None:
        """Show how long the share takes to read aloud against its slot."""
        text = describe(timing, wording_text)
        self.summary.setText(text)
        filled = timing.seconds / timing.slot_seconds if timing.slot_seconds > 0 else 0.0
        self.bar.setValue(round(min(filled, 1.0) * _BAR_STEPS))
        self.bar.setAccessibleDescription(text)
        self.marker.setText(self._over if timing.over else self._fits)
        self.marker.setVisible(timing.words > 0)

    def _make_choices(self) -> None:
        """The speaking rate, the slot, and the minutes shown for a custom slot."""
        self.rate = QSpinBox()
        self.rate.setRange(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE)
        self.rate.setValue(DEFAULT_WORDS_PER_MINUTE)
        self.rate.setKeyboardTracking(False)  # one change per rate, not per digit typed
        self.rate.setAccessibleName(QCoreApplication.translate("ReadingTimeBar", "Words a minute"))
        self.rate.setAccessibleDescription(
            QCoreApplication.translate(
                "ReadingTimeBar",
                "How fast you read aloud. Most people read between 110 and 150 words a minute.",
            )
        )
        self.slot = QComboBox()
        for seconds in SLOT_CHOICES_SECONDS:
            self.slot.addItem(describe_slot(seconds, wording_text), seconds)
        self.slot.addItem(QCoreApplication.translate("ReadingTimeBar", CUSTOM), None)
        self.slot.setAccessibleName(QCoreApplication.translate("ReadingTimeBar", "Time to speak"))
        self.slot.setAccessibleDescription(
            QCoreApplication.translate("ReadingTimeBar", "How long you have to share.")
        )
        self.custom_minutes = QSpinBox()
        self.custom_minutes.setRange(1, MAX_SLOT_SECONDS // 60)
        self.custom_minutes.setSuffix(QCoreApplication.translate("ReadingTimeBar", " min"))
        self.custom_minutes.setKeyboardTracking(False)
        self.custom_minutes.setAccessibleName(
            QCoreApplication.translate("ReadingTimeBar", "Minutes to speak")
        )
        self.custom_minutes.hide()

    def _show_slot(self) -> None:
        """Choose the slot's item (or Custom… with its minutes) without signals."""
        index = self.slot.findData(self._slot_seconds)
        custom = index < 0
        for widget in (self.slot, self.custom_minutes):
            widget.blockSignals(True)
        self.slot.setCurrentIndex(self.slot.count() - 1 if custom else index)
        self.custom_minutes.setValue(max(1, round(self._slot_seconds / 60)))
        for widget in (self.slot, self.custom_minutes):
            widget.blockSignals(False)
        self.custom_minutes.setVisible(custom)

    def _change_slot(self, seconds: int) -> None:
        if seconds != self._slot_seconds:
            self._slot_seconds = seconds
            self.pace_changed.emit(self.rate.value(), seconds)

    # --- slots ---------------------------------------------------------------------------

    def _on_rate_value_changed(self, words_per_minute: int) -> None:
        self.pace_changed.emit(words_per_minute, self._slot_seconds)

    def _on_slot_activated(self, index: int) -> None:
        seconds = self.slot.itemData(index)
        if isinstance(seconds, int):
            self.custom_minutes.hide()
            self._change_slot(seconds)
            return
        # Custom…: start from the slot as it is, so choosing it alone changes nothing.
        self.custom_minutes.blockSignals(True)
        self.custom_minutes.setValue(max(1, round(self._slot_seconds / 60)))
        self.custom_minutes.blockSignals(False)
        self.custom_minutes.show()
        self.custom_minutes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_custom_minutes_value_changed(self, minutes: int) -> None:
        self._change_slot(minutes * 60)
