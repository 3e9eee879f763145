"""When something goes wrong that Reflect didn't foresee: a calm dialog, never a lost window.

``CrashReporter`` takes over ``sys.excepthook`` (exceptions in the UI thread, and in Qt's
slots and event handlers, which PySide6 reports there) and ``threading.excepthook``
(Python threads: the search thread, and the journal worker's), and shows ``CrashDialog``
on the UI thread, whichever thread the error came from.

What the dialog shows and copies is ``crash_details``: the exception's *type* and the stack
frames (file, line, function) and nothing else. Never the exception's message — messages
can quote what someone wrote (``KeyError('the words')``, a path, a title) — and never a
frame's variables. Nothing is written to disk. While the dialog is open, more errors only
add to it ("This happened 3 times"), so a failing timer can't stack dialogs endlessly.
The dialog doesn't block the windows: the person can save what they were doing first.

A hook someone else installed before (a test harness such as pytest-qt, an embedding
app) is still called after the dialog is shown, so it keeps seeing errors; Python's own
default hooks are not, because they print the message.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import reflect
from reflect.ui.localized import number
from reflect.ui.panels import bring_to_front

_PACKAGE = Path(reflect.__file__).resolve().parent
_MAX_DETAILS = 5  # different crashes kept while the dialog is open; repeats are counted


def crash_details(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The type and the frames of an error, for the dialog: never its message or values.

    Frames inside Reflect are named by their path in the package (``reflect/ui/…``);
    others by their last two path parts, so no home folder or user name shows.
    """
    lines = [_type_name(exc_type)]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_place(frame.filename)}, line {frame.lineno}, in {frame.name}")
    return "\n".join(lines)


def exception_details(error: BaseException) -> str:
    """``crash_details`` of an error and of the errors that led to it (types only)."""
    blocks, seen = [], set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        blocks.append(crash_details(type(current), current.__traceback__))
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n\nCaused by:\n".join(blocks)


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "")
    name = getattr(exc_type, "__qualname__", exc_type.__name__)
    return name if module in ("builtins", "") else f"{module}.{name}"


def _place(filename: str) -> str:
    path = Path(filename)
    try:
        return str(Path("reflect") / path.resolve().relative_to(_PACKAGE))
    except (ValueError, OSError):
        return "/".join(path.parts[-2:]) if len(path.parts) > 1 else filename


class CrashDialog(QDialog):
    """Something went wrong: what that means for your writing, the details, what next."""

    quit_requested = Signal()

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("CrashDialog", "Something Went Wrong")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.times = 1
        self._details = [details]

        headline = QLabel(
            QCoreApplication.translate("CrashDialog", "Something went wrong inside Reflect.")
        )
        bold = headline.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        headline.setFont(bold)
        explanation = QLabel(
            QCoreApplication.translate(
                "CrashDialog",
                "It isn't something you did. Reflect saves your writing as you go, so what "
                "you've written is safe in your journal (only the last second of typing might "
                "not be).\n\nYou can carry on. If things look wrong, quit Reflect and open it "
                "again: it will save and lock your journal first.",
            )
        )
        for label in (headline, explanation):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.repeats = QLabel()
        self.repeats.setTextFormat(Qt.TextFormat.PlainText)
        self.repeats.hide()

        details_label = self._make_details()
        buttons = self._make_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(explanation)
        layout.addWidget(self.repeats)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self._show_details()
        self.resize(self.fontMetrics().horizontalAdvance("m") * 50, self.sizeHint().height())
        self.continue_button.setFocus()

    def _make_details(self) -> QLabel:
        """The details box (``self.details``); returns its label."""
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(QCoreApplication.translate("CrashDialog", "Details"))
        self.details.setAccessibleDescription(
            QCoreApplication.translate(
                "CrashDialog", "Where in Reflect it happened. It never holds anything you wrote."
            )
        )
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        label = QLabel(
            QCoreApplication.translate(
                "CrashDialog",
                "&Details, if you'd like to tell someone who can fix it. They say only "
                "where in Reflect it happened, never anything you wrote:",
            )
        )
        label.setWordWrap(True)
        label.setBuddy(self.details)
        return label

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(QCoreApplication.translate("CrashDialog", "&Copy Details"))
        self.quit_button = QPushButton(QCoreApplication.translate("CrashDialog", "&Quit Reflect"))
        self.continue_button = QPushButton(QCoreApplication.translate("CrashDialog", "C&ontinue"))
        for button in (self.copy_button, self.quit_button, self.continue_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.continue_button.clicked.connect(self.accept)
        return buttons

    def happened_again(self, details: str) -> None:
        """Another error while this is open: count it, and keep its details if new."""
        self.times += 1
        if details not in self._details and len(self._details) < _MAX_DETAILS:
            self._details.append(details)
        # Only ever said from the second time on, so one (plural) text is enough.
        self.repeats.setText(
            QCoreApplication.translate(
                "CrashDialog", "This has happened {count} times since this message opened."
            ).format(count=number(self.times))
        )
        self.repeats.show()
        self._show_details()

    def details_text(self) -> str:
        """What Copy Details copies: the details shown, nothing more."""
        return "\n\n".join([f"Reflect {reflect.__version__}", *self._details])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", "Copied"))

    def _show_details(self) -> None:
        self.details.setPlainText(self.details_text())

    def _on_quit_button_clicked(self) -> None:
        self.accept()
        self.quit_requested.emit()


class CrashReporter(QObject):
    """Shows ``CrashDialog`` for errors nothing else caught, from any thread.

    ``install()`` takes over the hooks; ``uninstall()`` puts back the ones that were there
    (tests, and embedders, run many apps in one process). ``quit_reflect`` is called when
    the person chooses Quit Reflect.
    """

    _crashed = Signal(str)  # details, made on the thread that failed; shown on this one

    def __init__(self, quit_reflect: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_reflect = quit_reflect
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        self._broken = False
        self._crashed.connect(self.show_crash, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        self._installed = True

    def uninstall(self) -> None:
        """Put the hooks back (only if they are still ours) and close the dialog."""
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self._on_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = self._previous_thread_hook
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _on_exception(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, error, tb)  # Ctrl+C in a terminal stays as it was
            return
        self._report(error, exc_type, tb)
        if self._previous_hook is not sys.__excepthook__:
            self._previous_hook(exc_type, error, tb)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # a thread that ends itself this way is not a crash (as in Python)
        self._report(args.exc_value, args.exc_type, args.exc_traceback)
        if self._previous_thread_hook is not threading.__excepthook__:
            self._previous_thread_hook(args)

    def _report(
        self,
        error: BaseException | None,
        exc_type: type[BaseException],
        tb: TracebackType | None,
    ) -> None:
        # Details are made here, at once: the traceback (and every frame's variables)
        # is then let go, and only the safe text crosses to the UI thread.
        try:
            if error is not None and error.__traceback__ is tb:
                details = exception_details(error)
            else:
                details = crash_details(exc_type, tb)
            if sys.stderr is not None and sys.stderr.isatty():
                print(f"Reflect: something went wrong\n{details}", file=sys.stderr)
            self._crashed.emit(details)
        except Exception:  # noqa: S110 - never Python's own report: it prints the message
            pass

    def show_crash(self, details: str) -> None:
        """Show the dialog with ``details`` (or add them to the one already open)."""
        if not self._installed or self._broken:
            return  # uninstalled meanwhile, or showing the dialog itself fails
        if self.dialog is not None:
            self.dialog.happened_again(details)
            return
        try:
            dialog = CrashDialog(details)  # no parent: closing a window must not take it
            dialog.quit_requested.connect(self._quit_reflect)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
            dialog.show()
            bring_to_front(dialog)
        except Exception:
            # Reported as a crash, it would come straight back here: stop trying instead.
            self._broken = True
            self.dialog = None

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def quit_after_crash(window: QWidget | None) -> None:
    """Quit Reflect as gently as it can: close the main window (it saves and locks, and
    the session then ends the app), or, when no window is open, end the app at once."""
    if window is not None and window.isVisible():
        window.close()  # if words couldn't be saved, the window asks first
        return
    QCoreApplication.quit()
