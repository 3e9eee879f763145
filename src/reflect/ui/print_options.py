"""``PrintOptions``: how a share is printed — its title, type size, page and extras.

Each change the person makes is announced at once (``changed``) with the whole of the
title and settings, so the owner can save them and refresh the preview. The speaking rate
and time slot are not set here (the read-aloud bar owns them): they are passed through
exactly as ``set_values`` gave them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
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
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP

# How each page size is named on screen (the settings keep the key).
PAGE_SIZE_NAMES = {
    "A4": QT_TRANSLATE_NOOP("PrintOptions", "A4"),
    "Letter": QT_TRANSLATE_NOOP("PrintOptions", "Letter"),
}


class PrintOptions(QWidget):
    """The print settings of one share; ``changed(title, settings)`` on every edit."""

    changed = Signal(str, object)  # title, ShareSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = ShareSettings()
        self._quiet = False  # set while set_values fills the fields

        self.title = QLineEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("PrintOptions", "No title"))
        self.title.setAccessibleName(QCoreApplication.translate("PrintOptions", "Title to print"))
        self.title.setAccessibleDescription(
            QCoreApplication.translate(
                "PrintOptions", "Printed at the top of the first page. Leave it empty for no title."
            )
        )
        self.title.setMaxLength(MAX_SHARE_NAME_LENGTH)
        self.font_size = QSpinBox()
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setValue(DEFAULT_FONT_SIZE)
        self.font_size.setSuffix(QCoreApplication.translate("PrintOptions", " pt"))
        self.font_size.setKeyboardTracking(False)  # one change per size, not per digit
        self.font_size.setAccessibleName(QCoreApplication.translate("PrintOptions", "Print size"))
        self.font_size.setAccessibleDescription(
            QCoreApplication.translate(
                "PrintOptions", "How large the words are printed, from {least} to {most} points."
            ).format(least=MIN_FONT_SIZE, most=MAX_FONT_SIZE)
        )
        self.page_size = QComboBox()
        for key in PAGE_SIZES:
            shown = PAGE_SIZE_NAMES.get(key, key)
            self.page_size.addItem(QCoreApplication.translate("PrintOptions", shown), key)
        self.page_size.setAccessibleName(QCoreApplication.translate("PrintOptions", "Page size"))
        self.show_title = _check_box(
            QCoreApplication.translate("PrintOptions", "Print the &title"),
            QCoreApplication.translate("PrintOptions", "Print the title at the top."),
        )
        self.show_date = _check_box(
            QCoreApplication.translate("PrintOptions", "Print the &date"),
            QCoreApplication.translate("PrintOptions", "Print today's date under the title."),
        )
        self.paragraph_numbers = _check_box(
            QCoreApplication.translate("PrintOptions", "N&umber the paragraphs"),
            QCoreApplication.translate(
                "PrintOptions", "Put a number before each paragraph, to find your place."
            ),
        )
        self.count_dates = _check_box(
            QCoreApplication.translate("PrintOptions", "&Count dates from"),
            QCoreApplication.translate(
                "PrintOptions",
                "When on, exact dates in your share are offered as how long since this day, "
                "for example “about three months in”.",
            ),
        )
        self.story_start = QDateEdit()
        self.story_start.setCalendarPopup(True)
        # A QLocale date format; the month's name comes in the widget's language.
        self.story_start.setDisplayFormat(QCoreApplication.translate("dates", "d MMM yyyy"))
        self.story_start.setAccessibleName(
            QCoreApplication.translate("PrintOptions", "Count dates from this day")
        )
        self.story_start.setAccessibleDescription(
            QCoreApplication.translate(
                "PrintOptions", "The day you count from, such as the start of your recovery."
            )
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
        form.addRow(QCoreApplication.translate("PrintOptions", "T&itle to print:"), self.title)
        form.addRow(QCoreApplication.translate("PrintOptions", "&Print size:"), self.font_size)
        form.addRow(QCoreApplication.translate("PrintOptions", "Page si&ze:"), self.page_size)
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
            self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
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
            page_size=str(self.page_size.currentData()),
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
