"""About Reflect: version, promise, licence, and every part's licence, with no links."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import reflect
from reflect.core import about
from reflect.ui.about_dialog import AboutDialog, kind_text


def _label_texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_says_what_reflect_is_its_version_promise_and_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "About Reflect"
    text = _label_texts(dialog)
    assert f"Version {reflect.__version__}" in text
    assert "people in recovery" in text
    assert "encrypted on this computer and never sent anywhere" in text
    assert "GPL-3.0-or-later" in text
    # Plain text only: nothing can open a browser, on a click or by itself.
    for label in dialog.findChildren(QLabel):
        assert not label.openExternalLinks()
        assert "<a " not in label.text() and "http" not in label.text()


def test_the_table_lists_every_part_with_its_version_and_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = dialog.part_rows()
    expected = [
        (part.name, part.version or "not known", part.licence or "not known", kind_text(part.kind))
        for part in about.components(qVersion())
    ]
    assert rows == expected
    by_name = {name: (version, licence, kind) for name, version, licence, kind in rows}
    for package in ("PySide6", "sqlcipher3", "cryptography", "matplotlib", "platformdirs"):
        assert by_name[package][2] == "Python package"
        assert by_name[package][1] != "not known", package
    assert by_name["phonenumbers"][1] == "Apache-2.0"
    assert by_name["Qt"][:2] == (qVersion(), "LGPL-3.0-only")
    assert by_name["SQLCipher"][1] == "BSD-3-Clause"
    assert by_name["DejaVu Fonts"] == ("not known", "Bitstream-Vera", "Font, from this computer")
    model = dialog.parts.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headings == ["Name", "Version", "Licence", "What it is"]
    assert dialog.parts.accessibleName() == "Parts and their licences"


def test_close_closes_it(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
