"""``PreferencesDialog``: every preference in one place, in groups, built from the
declarations in ``reflect.ui.preferences`` (their labels, limits, choices and descriptions).

Nothing changes until OK: then every value is saved, and the session applies them
(``reflect.ui.apply_preferences``). "Restore Defaults" fills in the defaults, to be saved
with OK like any other change.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.preferences import (
    AUTO_LOCK_MINUTES,
    BACKUP_COUNT,
    DISCREET_MODE,
    EDITOR_FONT_FAMILY,
    EDITOR_FONT_SIZE,
    PDF_FONT_SIZE,
    PDF_PAGE_SIZE,
    THEME,
    WORDS_PER_MINUTE,
    BoolPreference,
    ChoicePreference,
    IntPreference,
    Preference,
    migrate,
)


def _translated(text: str) -> str:
    # Every declaration's text is marked with QT_TRANSLATE_NOOP("Preferences", …).
    return QCoreApplication.translate("Preferences", text)


def _describe(
    widget: QWidget, preference: Preference[int] | Preference[bool] | Preference[str]
) -> None:
    widget.setAccessibleName(_translated(preference.name))
    widget.setAccessibleDescription(_translated(preference.description))
    widget.setToolTip(_translated(preference.description))


def _spin_box(preference: IntPreference) -> QSpinBox:
    box = QSpinBox()
    box.setRange(preference.minimum, preference.maximum)
    if preference.suffix:
        box.setSuffix(_translated(preference.suffix))
    _describe(box, preference)
    return box


def _combo_box(preference: ChoicePreference) -> QComboBox:
    box = QComboBox()
    for choice in preference.choices:
        box.addItem(_translated(choice.label), choice.value)
    _describe(box, preference)
    return box


def _check_box(preference: BoolPreference) -> QCheckBox:
    box = QCheckBox(_translated(preference.label))
    _describe(box, preference)
    return box


def _note(text: str) -> QLabel:
    """A line of explanation under a group's controls (screen readers get it from the
    controls' descriptions, so the label itself is skipped in the tab order)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _system_font() -> QFont:
    return QApplication.font()


class PreferencesDialog(QDialog):
    """Edits the preferences in ``settings``; saves them when accepted."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Preferences"))

        self.auto_lock = _spin_box(AUTO_LOCK_MINUTES)
        self.discreet_mode = _check_box(DISCREET_MODE)
        self.backup_count = _spin_box(BACKUP_COUNT)
        self.editor_font = QFontComboBox()
        _describe(self.editor_font, EDITOR_FONT_FAMILY)
        self.editor_font_size = _spin_box(EDITOR_FONT_SIZE)
        self.use_system_font = QPushButton(
            QCoreApplication.translate("PreferencesDialog", "&Use System Font")
        )
        self.use_system_font.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Use system font")
        )
        self.use_system_font.setAccessibleDescription(
            QCoreApplication.translate(
                "PreferencesDialog",
                "Write in your computer's own font and size, and follow it if you change it.",
            )
        )
        self.theme = _combo_box(THEME)
        self.words_per_minute = _spin_box(WORDS_PER_MINUTE)
        self.pdf_font_size = _spin_box(PDF_FONT_SIZE)
        self.pdf_page_size = _combo_box(PDF_PAGE_SIZE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.restore_defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        # Whether the person chose a font family / size (else the system's is followed).
        self._family_chosen = False
        self._size_chosen = False
        self._filling = False

        self._lay_out()
        self._show_values()
        self.editor_font.currentFontChanged.connect(self._on_editor_font_changed)
        self.editor_font_size.valueChanged.connect(self._on_editor_font_size_changed)
        self.use_system_font.clicked.connect(self._on_use_system_font_clicked)
        self.restore_defaults.clicked.connect(self._on_restore_defaults_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- layout --------------------------------------------------------------------------

    def _lay_out(self) -> None:
        privacy = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Privacy and security"))
        form = _form(privacy)
        form.addRow(_translated(AUTO_LOCK_MINUTES.label), self.auto_lock)
        form.addRow(self.discreet_mode)
        form.addRow(_note(_translated(DISCREET_MODE.description)))

        backups = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Backups"))
        form = _form(backups)
        form.addRow(_translated(BACKUP_COUNT.label), self.backup_count)
        form.addRow(_note(_translated(BACKUP_COUNT.description)))

        writing = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Writing"))
        form = _form(writing)
        form.addRow(_translated(EDITOR_FONT_FAMILY.label), self.editor_font)
        size_row = QHBoxLayout()
        size_row.addWidget(self.editor_font_size)
        size_row.addWidget(self.use_system_font)
        size_row.addStretch()
        size_label = QLabel(_translated(EDITOR_FONT_SIZE.label))
        size_label.setBuddy(self.editor_font_size)  # a row of two: Qt can't tell which
        form.addRow(size_label, size_row)
        form.addRow(_note(_translated(EDITOR_FONT_FAMILY.description)))

        appearance = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Appearance"))
        form = _form(appearance)
        form.addRow(_translated(THEME.label), self.theme)
        form.addRow(_note(_translated(THEME.description)))

        sharing = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Sharing"))
        form = _form(sharing)
        form.addRow(_translated(WORDS_PER_MINUTE.label), self.words_per_minute)
        form.addRow(_translated(PDF_FONT_SIZE.label), self.pdf_font_size)
        form.addRow(_translated(PDF_PAGE_SIZE.label), self.pdf_page_size)
        form.addRow(
            _note(
                QCoreApplication.translate(
                    "PreferencesDialog",
                    "Each new share starts with these. Shares you already have keep their own.",
                )
            )
        )

        columns = QGridLayout()
        columns.addWidget(privacy, 0, 0)
        columns.addWidget(backups, 1, 0)
        columns.addWidget(writing, 0, 1)
        columns.addWidget(appearance, 1, 1)
        columns.addWidget(sharing, 2, 0, 1, 2)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch()
        layout.addWidget(self.buttons)

        for before, after in itertools.pairwise([*self.controls(), self.buttons]):
            QWidget.setTabOrder(before, after)

    def controls(self) -> list[QWidget]:
        """Every control, in the order Tab visits them."""
        return [
            self.auto_lock,
            self.discreet_mode,
            self.backup_count,
            self.editor_font,
            self.editor_font_size,
            self.use_system_font,
            self.theme,
            self.words_per_minute,
            self.pdf_font_size,
            self.pdf_page_size,
        ]

    # --- values --------------------------------------------------------------------------

    def _show_values(self) -> None:
        settings = self._settings
        self.auto_lock.setValue(AUTO_LOCK_MINUTES.read(settings))
        self.discreet_mode.setChecked(DISCREET_MODE.read(settings))
        self.backup_count.setValue(BACKUP_COUNT.read(settings))
        self._show_editor_font(EDITOR_FONT_FAMILY.read(settings), EDITOR_FONT_SIZE.read(settings))
        _choose(self.theme, THEME.read(settings))
        self.words_per_minute.setValue(WORDS_PER_MINUTE.read(settings))
        self.pdf_font_size.setValue(PDF_FONT_SIZE.read(settings))
        _choose(self.pdf_page_size, PDF_PAGE_SIZE.read(settings))

    def _show_editor_font(self, family: str, size: int) -> None:
        """Show ``family`` and ``size``; "" and 0 show the system's, followed from then on."""
        system = _system_font()
        self._filling = True
        try:
            self.editor_font.setCurrentFont(QFont(family or system.family()))
            self.editor_font_size.setValue(size or max(system.pointSize(), 1))
        finally:
            self._filling = False
        self._family_chosen, self._size_chosen = bool(family), bool(size)
        self.use_system_font.setEnabled(bool(family or size))

    def _on_editor_font_changed(self) -> None:
        if not self._filling:
            self._family_chosen = True
            self.use_system_font.setEnabled(True)

    def _on_editor_font_size_changed(self) -> None:
        if not self._filling:
            self._size_chosen = True
            self.use_system_font.setEnabled(True)

    def _on_use_system_font_clicked(self) -> None:
        self._show_editor_font("", 0)
        self.editor_font.setFocus()  # the button just turned itself off

    def _on_restore_defaults_clicked(self) -> None:
        self.auto_lock.setValue(AUTO_LOCK_MINUTES.default_value())
        self.discreet_mode.setChecked(DISCREET_MODE.default_value())
        self.backup_count.setValue(BACKUP_COUNT.default_value())
        self._show_editor_font(EDITOR_FONT_FAMILY.default_value(), EDITOR_FONT_SIZE.default_value())
        _choose(self.theme, THEME.default_value())
        self.words_per_minute.setValue(WORDS_PER_MINUTE.default_value())
        self.pdf_font_size.setValue(PDF_FONT_SIZE.default_value())
        _choose(self.pdf_page_size, PDF_PAGE_SIZE.default_value())

    def accept(self) -> None:
        """Save, then close."""
        settings = self._settings
        migrate(settings)  # (done at start already) so the values join a current file
        AUTO_LOCK_MINUTES.write(settings, self.auto_lock.value())
        DISCREET_MODE.write(settings, self.discreet_mode.isChecked())
        BACKUP_COUNT.write(settings, self.backup_count.value())
        family = self.editor_font.currentFont().family() if self._family_chosen else ""
        EDITOR_FONT_FAMILY.write(settings, family)
        EDITOR_FONT_SIZE.write(settings, self.editor_font_size.value() if self._size_chosen else 0)
        THEME.write(settings, str(self.theme.currentData()))
        WORDS_PER_MINUTE.write(settings, self.words_per_minute.value())
        PDF_FONT_SIZE.write(settings, self.pdf_font_size.value())
        PDF_PAGE_SIZE.write(settings, str(self.pdf_page_size.currentData()))
        super().accept()


def _choose(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))
