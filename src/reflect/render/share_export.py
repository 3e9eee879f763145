"""Saving a share as a PDF or a Markdown file: the one export path the window and the
command line share.

The file is plain, readable text once it leaves the journal, so it is written the careful
way ``reflect export`` writes: checked first (an existing file is never replaced unless
asked, a missing or read-only folder is said plainly), made completely in memory, written
to a hidden file beside its place, flushed to the disk, then moved into place in one step,
private to its owner (0600). If anything fails, or the person presses Ctrl+C, the hidden
file is removed: no half-written or temporary copy is ever left behind. Only then is the
export written into "What I've shared".

It touches no widget and no window, so the window can run it on the journal's worker
thread while the person keeps working.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reflect.core.errors import InvalidInput, JournalNotWritable
from reflect.core.exporting import ExportFormat as FileFormat
from reflect.core.exporting import check_target, write_new_file
from reflect.core.journal import Journal
from reflect.core.share_text import PrintedShare, as_markdown, printed_share
from reflect.core.shares import ExportFormat, Person, Share, checked_settings
from reflect.core.wording import Say, english
from reflect.render.share_pdf import ensure_gui_application, share_pdf_bytes

# Marked for translation; shown with QCoreApplication.translate("share_export", …).
SHARE_EXPORT_WARNING = str(
    QT_TRANSLATE_NOOP(
        "share_export",
        "A saved share is NOT encrypted: anyone who can open the file can read it. Keep it "
        "somewhere safe, and delete it when you no longer need it.",
    )
)


def export_share(
    journal: Journal,
    share: Share,
    path: Path,
    fmt: ExportFormat,
    *,
    today: date,
    extra_people: Sequence[Person] = (),
    font_size: int | None = None,
    overwrite: bool = False,
    say: Say = english,
) -> PrintedShare:
    """Save ``share`` at ``path`` as ``fmt`` (PDF or Markdown), with the journal's people
    list and ``extra_people`` applied, and record it in "What I've shared".

    ``font_size`` overrides the share's print size for this file only. Refuses an
    existing file unless ``overwrite``. The words Reflect puts in (replacements it proposed,
    the date) are worded by ``say``: English for the command line, the window passes its
    translator. Returns exactly what was written.
    """
    if fmt not in (ExportFormat.PDF, ExportFormat.MARKDOWN):
        raise ValueError(f"A share can be saved as PDF or Markdown, not {fmt.value}.")
    if font_size is not None:
        share = replace(
            share, settings=checked_settings(replace(share.settings, font_size=font_size))
        )
    path = path.absolute()
    check_share_target(path, overwrite=overwrite)
    printed = printed_share(
        share, journal.people(), today=today, extra_people=extra_people, say=say
    )
    if not printed.items:
        if printed.left_out:
            raise InvalidInput(
                QCoreApplication.translate(
                    "share_export",
                    "Every part of this share is marked “Never Share”, so there is nothing to "
                    "save.",
                )
            )
        raise InvalidInput(
            QCoreApplication.translate(
                "share_export", "There's nothing in this share to save yet: add a passage first."
            )
        )
    if fmt is ExportFormat.PDF:
        ensure_gui_application()
        data = share_pdf_bytes(printed)
    else:
        data = as_markdown(printed).encode("utf-8")
    if not path.name:
        raise InvalidInput(
            QCoreApplication.translate("share_export", "Please choose a file name for the share.")
        )
    write_new_file(path, data, overwrite=overwrite)
    journal.record_export(share, path.name, fmt)
    return printed


def check_share_target(path: Path, *, overwrite: bool = False) -> None:
    """Refuse, before any work, a place the file can't go: an existing file (unless
    ``overwrite``), a folder, a missing folder, or one this user can't write to."""
    path = path.absolute()
    check_target(FileFormat.JSON, path, overwrite=overwrite)  # one file: the JSON rules
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise JournalNotWritable(path.parent)
