"""``AboutDialog``: what Reflect is, its version, its promise about your words, and the
licences of Reflect and of every part it is built from (``reflect.core.about``).

Nothing in it opens a browser or reaches the network: it is plain text and a table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflect.core import about
from reflect.core.about import Component, Kind

NAME, VERSION, LICENCE, KIND = range(4)  # the table's columns
_ICON_LINES = 4  # the icon is as tall as a few lines of text, so it grows with the font


def kind_text(kind: Kind) -> str:
    """Where a part comes from, in words."""
    if kind is Kind.PYTHON_PACKAGE:
        return QCoreApplication.translate("AboutDialog", "Python package")
    if kind is Kind.FONT:
        return QCoreApplication.translate("AboutDialog", "Font, from this computer")
    return QCoreApplication.translate("AboutDialog", "Library")


def _paragraph(text: str) -> QLabel:
    # No accessible name: a screen reader reads a label's own words, and a name would
    # replace them.
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # no links: nothing opens a browser
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """About Reflect: name, version, promise, licence, and the parts' licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("AboutDialog", "About Reflect")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        heading = QLabel(about.APP_NAME)
        big = QFont(heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        heading.setFont(big)
        self.version = QLabel(
            QCoreApplication.translate("AboutDialog", "Version {version}").format(
                version=about.reflect_version()
            )
        )
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        what = _paragraph(
            QCoreApplication.translate(
                "AboutDialog",
                "Reflect is a private journal for people in recovery: a place to write, to "
                "mark moments of hope and moments of struggle, and to prepare what you'd "
                "like to share with your group.",
            )
        )
        promise = _paragraph(
            QCoreApplication.translate(
                "AboutDialog",
                "Everything you write is encrypted on this computer and never sent anywhere. "
                "Reflect doesn't connect to the internet at all.",
            )
        )
        licence = _paragraph(
            QCoreApplication.translate(
                "AboutDialog",
                "Reflect is free software: you may use, study, share and change it under the "
                "GNU General Public License, version 3 or any later version ({licence}).",
            ).format(licence=about.APP_LICENCE)
        )

        self.parts = self._make_table(about.components(qVersion()))
        parts_label = QLabel(
            QCoreApplication.translate(
                "AboutDialog", "Reflect is built with these &parts, each under its own licence:"
            )
        )
        parts_label.setWordWrap(True)
        parts_label.setBuddy(self.parts)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(QCoreApplication.translate("AboutDialog", "Close"))
        buttons.rejected.connect(self.reject)

        names = QVBoxLayout()
        names.addWidget(heading)
        names.addWidget(self.version)
        names.addStretch(1)
        top = QHBoxLayout()
        icon = QApplication.windowIcon()
        if not icon.isNull():
            side = self.fontMetrics().lineSpacing() * _ICON_LINES
            picture = QLabel()
            picture.setPixmap(icon.pixmap(side, side))
            picture.setAccessibleName(QCoreApplication.translate("AboutDialog", "Reflect's icon"))
            top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for paragraph in (what, promise, licence):
            layout.addWidget(paragraph)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(parts_label)
        layout.addWidget(self.parts, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("m") * 60, metrics.lineSpacing() * 36)
        close.setFocus()

    def _make_table(self, parts: list[Component]) -> QTableView:
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AboutDialog", "Name"),
                QCoreApplication.translate("AboutDialog", "Version"),
                QCoreApplication.translate("AboutDialog", "Licence"),
                QCoreApplication.translate("AboutDialog", "What it is"),
            ]
        )
        unknown = QCoreApplication.translate("AboutDialog", "not known")
        for part in parts:
            row = [
                QStandardItem(part.name),
                QStandardItem(part.version or unknown),
                QStandardItem(part.licence or unknown),
                QStandardItem(kind_text(part.kind)),
            ]
            for item in row:
                item.setEditable(False)
                item.setToolTip(item.text())  # a long licence expression, whole
            model.appendRow(row)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(
            QCoreApplication.translate("AboutDialog", "Parts and their licences")
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        columns = table.horizontalHeader()
        for column in (NAME, VERSION, KIND):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(LICENCE, QHeaderView.ResizeMode.Stretch)
        return table

    def part_rows(self) -> list[tuple[str, str, str, str]]:
        """What the table shows, row by row: (name, version, licence, what it is)."""
        model = self.parts.model()
        return [
            (
                str(model.index(row, NAME).data()),
                str(model.index(row, VERSION).data()),
                str(model.index(row, LICENCE).data()),
                str(model.index(row, KIND).data()),
            )
            for row in range(model.rowCount())
        ]
