"""``EntryDetails``: an entry's date, tags and optional check-in, edited beside its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.core.domain import Entry, normalize_tag
from reflect.core.errors import InvalidInput
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.messages import error_text

# The check-in describes a day's weight, never a grade: no colours, no "bad". The labels
# are translated where shown: QCoreApplication.translate("EntryDetails", label).
CHECK_IN_CHOICES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("EntryDetails", "No check-in"), None),
    (QT_TRANSLATE_NOOP("EntryDetails", "1 · very heavy"), 1),
    (QT_TRANSLATE_NOOP("EntryDetails", "2 · heavy"), 2),
    (QT_TRANSLATE_NOOP("EntryDetails", "3 · in between"), 3),
    (QT_TRANSLATE_NOOP("EntryDetails", "4 · lighter"), 4),
    (QT_TRANSLATE_NOOP("EntryDetails", "5 · light"), 5),
)


@dataclass(frozen=True)
class Details:
    """What the details row holds; ``created`` is ``None`` unless the person changed it."""

    created: datetime | None
    tags: tuple[str, ...]
    mood: int | None


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed: separated by commas, blanks ignored."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def checked_tags(tags: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The tags the journal can keep, and what is wrong with the others (if anything).

    An unusable tag must never stop the entry's words from being saved.
    """
    valid: list[str] = []
    problem = None
    for tag in tags:
        try:
            normalize_tag(tag)
        except InvalidInput as error:
            problem = QCoreApplication.translate(
                "entry_details", "Not saved as a tag: {reason}"
            ).format(reason=error_text(error))
        else:
            valid.append(tag)
    return tuple(valid), problem


class EntryDetails(QWidget):
    """The row under the title: date and time, tags (with completion), check-in."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date_edited = False
        self.date = QDateTimeEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.date.setAccessibleName(QCoreApplication.translate("EntryDetails", "Entry date"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            QCoreApplication.translate("EntryDetails", "Tags, separated by commas")
        )
        self.tags.setAccessibleName(QCoreApplication.translate("EntryDetails", "Entry tags"))
        self.tag_problem = QLabel()
        self.tag_problem.setWordWrap(True)
        self.tag_problem.setAccessibleName(
            QCoreApplication.translate("EntryDetails", "Tag problem")
        )
        self.tag_problem.hide()
        self.check_in = QComboBox()
        self.check_in.setAccessibleName(QCoreApplication.translate("EntryDetails", "Check-in"))
        self.check_in.setAccessibleDescription(
            QCoreApplication.translate(
                "EntryDetails",
                "Optional: how heavy or light the day felt, from 1 to 5. You can always skip it.",
            )
        )
        for label, value in CHECK_IN_CHOICES:
            self.check_in.addItem(QCoreApplication.translate("EntryDetails", label), value)

        self._known_tags = QStringListModel(self)
        self._completer = QCompleter(self._known_tags, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self.tags)
        self._completer.activated.connect(self._on_completer_activated)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.tags, 1)
        # A visible label, the combo box's buddy: on Linux a screen reader names a combo
        # box only by the label it is labelled by (its accessible name is not read there).
        check_in_label = QLabel(QCoreApplication.translate("EntryDetails", "Check-in:"))
        check_in_label.setBuddy(self.check_in)
        row.addWidget(check_in_label)
        row.addWidget(self.check_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tag_problem)

        self.date.dateTimeChanged.connect(self._on_date_changed)
        self.tags.textEdited.connect(self._on_tags_edited)
        self.check_in.activated.connect(self.edited)

    def show_entry(self, entry: Entry | None) -> None:
        """Show ``entry``'s details, or those of a new entry (now, no tags, no check-in)."""
        self._set_date(datetime.now().astimezone() if entry is None else entry.created)
        self._date_edited = False
        self.tags.setText("" if entry is None else ", ".join(entry.tags))
        self.check_in.setCurrentIndex(self.check_in.findData(None if entry is None else entry.mood))

    def show_details(self, details: Details) -> None:
        """Put back details that were typed but not yet saved."""
        if details.created is not None:
            self._set_date(details.created)
            self._date_edited = True
        self.tags.setText(", ".join(details.tags))
        self.check_in.setCurrentIndex(self.check_in.findData(details.mood))

    def details(self) -> Details:
        """What is on screen now."""
        created = None
        if self._date_edited:
            seconds = self.date.dateTime().toMSecsSinceEpoch() / 1000
            created = datetime.fromtimestamp(seconds).astimezone()
        valid, problem = checked_tags(parse_tags(self.tags.text()))
        self._show_tag_problem(problem)
        return Details(created=created, tags=valid, mood=self.check_in.currentData())

    def _show_tag_problem(self, problem: str | None) -> None:
        # Said in words next to the field, never by colour alone.
        self.tag_problem.setText(problem or "")
        self.tag_problem.setVisible(problem is not None)
        self.tags.setAccessibleDescription(problem or "")

    def known_tags(self) -> list[str]:
        """The journal's tags, as last loaded (for completion elsewhere)."""
        return self._known_tags.stringList()

    def set_known_tags(self, tags: list[str]) -> None:
        """The tags offered for completion (every tag in the journal)."""
        self._known_tags.setStringList(tags)

    def forget_everything(self) -> None:
        """Empty every field and the completion list (on lock)."""
        self.tags.setText("")
        self._completer.setCompletionPrefix("")
        self._known_tags.setStringList([])
        self.check_in.setCurrentIndex(0)
        self._set_date(datetime.now().astimezone())  # not the date of anything written
        self._date_edited = False
        self._show_tag_problem(None)

    def _set_date(self, when: datetime) -> None:
        """Show ``when`` in this computer's time zone, without counting it as an edit."""
        self.date.blockSignals(True)
        self.date.setDateTime(QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)))
        self.date.blockSignals(False)

    def _on_date_changed(self) -> None:
        self._date_edited = True
        self.edited.emit()

    def _on_tags_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        self._completer.setCompletionPrefix(prefix)
        if prefix and self._completer.completionCount():
            self._completer.complete()
        elif (popup := self._completer.popup()) is not None:
            popup.hide()
        self.edited.emit()

    def _on_completer_activated(self, tag: str) -> None:
        kept = self.tags.text().rsplit(",", 1)[0] if "," in self.tags.text() else ""
        self.tags.setText(f"{kept}, {tag}, " if kept else f"{tag}, ")
        self.edited.emit()
