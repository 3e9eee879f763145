"""``PreferencesDialog``: the settings a person can change (more arrive with later issues)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from reflect.ui.preferences import AUTO_LOCK_MINUTES


class PreferencesDialog(QDialog):
    """Edits the preferences in ``settings``; saves them when accepted."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle("Preferences")
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(AUTO_LOCK_MINUTES.minimum, AUTO_LOCK_MINUTES.maximum)
        self.auto_lock.setSuffix(" minutes")
        self.auto_lock.setValue(AUTO_LOCK_MINUTES.read(settings))
        self.auto_lock.setAccessibleName("Auto-lock minutes")
        self.auto_lock.setAccessibleDescription(
            "Reflect locks your journal after this many minutes without typing or clicking."
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow("&Lock the journal after:", self.auto_lock)
        layout.addRow(buttons)

    def accept(self) -> None:
        """Save, then close."""
        AUTO_LOCK_MINUTES.write(self._settings, self.auto_lock.value())
        super().accept()
