"""Finds user-visible text that reaches Qt without going through the translation functions.

Used by ``tests/ui/test_translations.py`` over the UI and rendering packages, and from the
shell while wrapping a file: ``python tests/i18n_check.py src/reflect/ui/some_window.py``.

The check is static and deliberately simple: a string literal (or an f-string) handed to a
Qt call that shows text — a widget's constructor, ``setText``, ``setWindowTitle``,
``setAccessibleName``, a message box… — must be ``QCoreApplication.translate(...)`` (or a
``QT_TRANSLATE_NOOP`` constant) instead.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments are shown to people (or read out by screen readers).
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "addRow",
        "insertRow",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "addAction",
        "addMenu",
        "addSection",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setHeaderLabel",
        "showMessage",
        "setLabelText",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "setInformativeText",
        "setDetailedText",
        "addButton",
        "setCancelButtonText",
        "setOkButtonText",
        "setWindowIconText",
        "setFormat",
        "setNameFilter",
        "setNameFilters",
        "information",
        "warning",
        "question",
        "critical",
        "about",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "getInt",
        "setDescription",
    }
)

# Constructors whose string arguments are shown.
TEXT_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QCommandLinkButton",
        "QProgressDialog",
        "QStandardItem",
        "QTreeWidgetItem",
        "QListWidgetItem",
        "QToolButton",
        "QDockWidget",
    }
)

TRANSLATING = frozenset({"translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})


@dataclass(frozen=True)
class Untranslated:
    """One piece of text that reaches Qt untranslated."""

    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def _callee_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _shown_text(node: ast.expr) -> Iterator[ast.expr]:
    """The literal pieces of ``node`` that would be shown as they are."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(character.isalpha() for character in node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(
            isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
            for part in node.values
        ):
            yield node
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _shown_text(element)
    elif isinstance(node, ast.BinOp):  # "a" + b, "%s" % b
        yield from _shown_text(node.left)
        yield from _shown_text(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _shown_text(node.body)
        yield from _shown_text(node.orelse)


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    # Keyword arguments such as objectName= or icon names are not text; "text"/"title" are.
    shown_keywords = {"text", "title", "caption", "label", "tip", "toolTip", "statusTip"}
    arguments = list(call.args)
    arguments += [k.value for k in call.keywords if k.arg in shown_keywords]
    return arguments


def find_untranslated(path: Path) -> list[Untranslated]:
    """Every literal text handed to a Qt text call in ``path`` without translation."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[Untranslated] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee_name(node)
        if name not in TEXT_METHODS and name not in TEXT_CLASSES:
            continue
        for argument in _text_arguments(node):
            for literal in _shown_text(argument):
                if isinstance(literal, ast.Constant):
                    shown = str(literal.value)
                else:
                    shown = ast.unparse(literal)
                found.append(Untranslated(path, literal.lineno, name, shown))
    return found


def main(paths: list[str]) -> int:
    """Print every finding under ``paths``; exit 1 when there is any."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    findings = [finding for file in files for finding in find_untranslated(file)]
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["src/reflect/ui", "src/reflect/render"]))
