"""Helpers for driving real Qt widgets in tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from reflect.ui.session import JournalSession
from reflect.ui.unlock_dialog import UnlockDialog
from reflect.ui.worker import JournalWorker
from tests.conftest import PASSPHRASE


def end_session(session: JournalSession) -> None:
    """A session fixture's teardown: close its window and unlock screen, stop its worker,
    and delete both widgets now. Left to the garbage collector, a dialog could be freed in
    the middle of a later test's walk over every widget, and crash it."""
    shown = [widget for widget in (session.window, session.dialog) if widget is not None]
    for widget in shown:
        widget.close()
    session.shut_down()
    for widget in shown:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def answer_next_message_box(button_text: str, asked: list[str] | None = None) -> None:
    """Click ``button_text`` in the next message box that opens; note its text in ``asked``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                if asked is not None:
                    asked.append(box.text())
                button.click()
                return
        raise AssertionError(f"no {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(20, click)


def unlock_on_worker(qtbot: QtBot, worker: JournalWorker, folder: Path) -> None:
    """Open the journal in ``folder`` on ``worker`` and wait until it is open."""
    opened: list[object] = []
    worker.open_journal(folder, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened))


def open_main_window(qtbot: QtBot, folder: Path, settings_folder: Path) -> MainWindow:
    """A main window on the (already created) journal in ``folder``, loaded and shown."""
    worker = JournalWorker()
    unlock_on_worker(qtbot, worker, folder)
    settings = QSettings(str(settings_folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(worker, settings)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def texts_held_by(widget: QWidget) -> list[str]:
    """Every piece of text a widget shows or keeps (including its model's rows)."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLineEdit | QLabel | QAbstractSpinBox):
        texts.append(widget.text())
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
        model = widget.model()
        for row in range(model.rowCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                texts.append(str(model.data(model.index(row, 0), role)))
    return texts


def widgets_holding(word: str) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()} {w.accessibleName()} {type(w.parent()).__name__}"
        for w in QApplication.allWidgets()
        if any(word in text for text in texts_held_by(w))
    ]


def unlock(
    qtbot: QtBot,
    session: JournalSession,
    passphrase: str = PASSPHRASE,
    *,
    recovery_code: bool = False,
) -> None:
    """Unlock (or create: then the first run's recovery code is offered only if asked for)."""
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if dialog.creating:
        qtbot.keyClicks(dialog.confirmation, passphrase)
        dialog.make_recovery_code.setChecked(recovery_code)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())


def message_box(qtbot: QtBot, parent: QWidget, title: str) -> QMessageBox:
    """Wait for a visible message box titled ``title`` over ``parent``, and return it."""
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [
            box
            for box in parent.findChildren(QMessageBox)
            if box.windowTitle() == title and box.isVisible()
        ]
        return bool(boxes)

    qtbot.waitUntil(shown)
    return boxes[0]


def pdf_text(path: Path) -> str:
    """The text of every page of the PDF at ``path``, read back with Qt's own PDF reader
    (QtPdf ships with PySide6: no outside tool needed)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(path))
    assert error == QPdfDocument.Error.None_, error
    try:
        return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    finally:
        document.close()
