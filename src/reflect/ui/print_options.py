"""``PrintOptions``: how a share is printed — its title, type size, page and extras.

Each change the person makes is announced at once (``changed``) with the whole of the
title and settings, so the owner can save them and refresh the preview. The speaking rate
and time slot are not set here (the read-aloud bar owns them): they are passed through
exactly as ``set_values`` gave them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from reflect.core.shares import (
    DEFAULT_FONT_SIZE,
    MAX_FONT_SIZE,
    MAX_SHARE_NAME_LENGTH,
    MIN_FONT_SIZE,
    PAGE_SIZES,
    ShareSettings,
)


class PrintOptions(QWidget):
    """The print settings of one share; ``changed(title, settings)`` on every edit."""

    changed = Signal(str, object)  # title, ShareSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = ShareSettings()
        self._quiet = False  # set while set_values fills the fields

        self.title = QLineEdit()
        self.title.setPlaceholderText("No title")
        self.title.setAccessibleName("Title to print")
        self.title.setAccessibleDescription(
            "Printed at the top of the first page. Leave it empty for no title."
        )
        self.title.setMaxLength(MAX_SHARE_NAME_LENGTH)
        self.font_size = QSpinBox()
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setValue(DEFAULT_FONT_SIZE)
        self.font_size.setSuffix(" pt")
        self.font_size.setKeyboardTracking(False)  # one change per size, not per digit
        self.font_size.setAccessibleName("Print size")
        self.font_size.setAccessibleDescription(
            f"How large the words are printed, from {MIN_FONT_SIZE} to {MAX_FONT_SIZE} points."
        )
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setAccessibleName("Page size")
        self.show_title = _check_box("Print the &title", "Print the title at the top.")
        self.show_date = _check_box("Print the &date", "Print today's date under the title.")
        self.paragraph_numbers = _check_box(
            "&Number the paragraphs", "Put a number before each paragraph, to find your place."
        )
        self.count_dates = _check_box(
            "&Count dates from",
            "When on, exact dates in your share are offered as how long since this day, "
            "for example “about three months in”.",
        )
        self.story_start = QDateEdit()
        self.story_start.setCalendarPopup(True)
        self.story_start.setDisplayFormat("d MMM yyyy")
        self.story_start.setAccessibleName("Count dates from this day")
        self.story_start.setAccessibleDescription(
            "The day you count from, such as the start of your recovery."
        )
        self.story_start.setDate(QDate.currentDate())
        self.story_start.setEnabled(False)

        counting = QHBoxLayout()
        counting.setContentsMargins(0, 0, 0, 0)
        counting.addWidget(self.count_dates)
        counting.addWidget(self.story_start)
        counting.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("T&itle to print:", self.title)
        form.addRow("&Print size:", self.font_size)
        form.addRow("Pa&ge size:", self.page_size)
        form.addRow(self.show_title)
        form.addRow(self.show_date)
        form.addRow(self.paragraph_numbers)
        form.addRow(counting)

        self.title.textEdited.connect(self._on_any_edited)
        self.font_size.valueChanged.connect(self._on_any_edited)
        self.page_size.currentIndexChanged.connect(self._on_any_edited)
        for box in (self.show_title, self.show_date, self.paragraph_numbers):
            box.toggled.connect(self._on_any_edited)
        self.count_dates.toggled.connect(self._on_count_dates_toggled)
        self.story_start.dateChanged.connect(self._on_any_edited)

    def set_values(self, title: str, settings: ShareSettings) -> None:
        """Show ``title`` and ``settings`` (emits nothing)."""
        self._quiet = True
        try:
            self._settings = settings
            self.title.setText(title)
            self.font_size.setValue(settings.font_size)
            self.page_size.setCurrentIndex(max(0, self.page_size.findText(settings.page_size)))
            self.show_title.setChecked(settings.show_title)
            self.show_date.setChecked(settings.show_date)
            self.paragraph_numbers.setChecked(settings.paragraph_numbers)
            self.count_dates.setChecked(settings.story_start is not None)
            if settings.story_start is not None:
                self.story_start.setDate(_qdate(settings.story_start))
            self.story_start.setEnabled(settings.story_start is not None)
        finally:
            self._quiet = False

    def values(self) -> tuple[str, ShareSettings]:
        """The title and settings as the fields show them."""
        start = self.story_start.date()
        settings = replace(
            self._settings,
            font_size=self.font_size.value(),
            page_size=self.page_size.currentText(),
            show_title=self.show_title.isChecked(),
            show_date=self.show_date.isChecked(),
            paragraph_numbers=self.paragraph_numbers.isChecked(),
            story_start=(
                date(start.year(), start.month(), start.day())
                if self.count_dates.isChecked()
                else None
            ),
        )
        return self.title.text(), settings

    # --- slots ---------------------------------------------------------------------------

    def _on_count_dates_toggled(self, on: bool) -> None:
        self.story_start.setEnabled(on)
        self._on_any_edited()

    def _on_any_edited(self) -> None:
        if self._quiet:
            return
        title, self._settings = self.values()
        self.changed.emit(title, self._settings)


def _check_box(text: str, description: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text.replace("&", ""))
    box.setAccessibleDescription(description)
    return box


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
