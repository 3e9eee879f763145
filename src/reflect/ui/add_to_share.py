"""``add_to_share``: the one "Add to Share…" flow, whichever window the words come from
(selected text in the editor, moments in the browser, a search result)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from reflect.core.errors import JournalError
from reflect.core.journal import Journal
from reflect.core.shares import ExcerptSource, ShareSummary
from reflect.ui.add_to_share_dialog import AddToShareDialog
from reflect.ui.messages import tell
from reflect.ui.preferences import new_share_settings
from reflect.ui.worker import Fetch, attempt

SourcesCall = Callable[[Journal], list[ExcerptSource]]


def add_to_share(
    parent: QWidget,
    fetch: Fetch,
    sources: SourcesCall,
    on_added: Callable[[int, int], None],
    *,
    settings: QSettings | None = None,
) -> None:
    """Find the passages (``sources`` runs on the worker), ask which share they go to, then
    copy them in. ``on_added(share_id, count)`` follows once they are stored. A new share
    starts with the preferences in ``settings`` (speaking rate, print and page size)."""

    def gather(journal: Journal) -> tuple[list[ShareSummary], list[ExcerptSource]]:
        return journal.shares(), sources(journal)

    def ask(found: tuple[list[ShareSummary], list[ExcerptSource]]) -> None:
        summaries, passages = found
        if not passages:
            tell(
                parent,
                QCoreApplication.translate("add_to_share", "Add to Share"),
                QCoreApplication.translate(
                    "add_to_share", "Those words are no longer in your journal."
                ),
            )
            return
        dialog = AddToShareDialog(summaries, len(passages), parent)
        dialog.setObjectName("add_to_share_dialog")

        def on_finished(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                _store(parent, fetch, dialog.chosen(), passages, on_added, settings=settings)

        dialog.finished.connect(on_finished)
        dialog.open()

    fetch(gather, ask)


def _store(
    parent: QWidget,
    fetch: Fetch,
    choice: int | str,
    passages: list[ExcerptSource],
    on_added: Callable[[int, int], None],
    *,
    settings: QSettings | None,
) -> None:
    new_share = new_share_settings(settings)  # read here: QSettings stays on this thread

    def store(journal: Journal) -> int:
        if isinstance(choice, int):
            share_id = choice
        else:
            created = journal.create_share(choice, settings=new_share).created
            assert created is not None  # noqa: S101 - create_share always gives the new id
            share_id = created
        journal.add_excerpts(share_id, passages)
        return share_id

    def stored(result: int | JournalError) -> None:
        if isinstance(result, JournalError):  # "Never Share" words, a share deleted meanwhile…
            tell(parent, QCoreApplication.translate("add_to_share", "Add to Share"), str(result))
        else:
            on_added(result, len(passages))

    fetch(attempt(store), stored)
