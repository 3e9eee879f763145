"""``QT_TRANSLATE_NOOP`` typed as ``str``: marks module-level text for translation.

PySide6's own is typed to return ``object``, so tables of ``str`` fields would not
type-check. pyside6-lupdate finds the calls by this name, whichever module defines it; the
marked text is translated where it is shown, with ``QCoreApplication.translate`` under the
same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` and give it back unchanged."""
    del context  # read by pyside6-lupdate, not at run time
    return text
