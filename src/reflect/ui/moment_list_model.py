"""``MomentListModel``: the moments a filter keeps, as table rows, loaded as they are seen.

Like the entry list, the model holds the ordered ids and a cache of rows. A row not yet
cached shows a placeholder and asks for its words (with its neighbours') through
``rows_needed``; the browser fetches them on the journal worker. So listing 50,000 moments
costs what listing their ids costs, and only what scrolls into view is read.

The "Sharing" column says, in words beside an icon, whether a moment is marked "Never
Share" and when it was last shared (fetched with the rows: ``Journal.moments_shared_before``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reflect.core.moment_listing import MomentRow, one_line
from reflect.core.share_review import SharedBefore
from reflect.ui.i18n_marks import QT_TRANSLATE_NOOP
from reflect.ui.lazy_rows import LazyRows
from reflect.ui.localized import day_month_year, full_date_time, short_day_month_year
from reflect.ui.moment_marks import kind_icon, kind_label
from reflect.ui.never_share import LIST_WORDS, SPOKEN, never_share_icon
from reflect.ui.shared_marks import MarkLines, row_words, shared_icon, spoken_words

MomentRowRole = Qt.ItemDataRole.UserRole + 3
SharingRole = Qt.ItemDataRole.UserRole + 4  # MarkLines, for the Sharing column's delegate
DATE, KIND, PASSAGE, NOTE, SHARING = range(5)
HEADINGS = (  # shown translated, under the context "MomentListModel"
    QT_TRANSLATE_NOOP("MomentListModel", "Date"),
    QT_TRANSLATE_NOOP("MomentListModel", "Kind"),
    QT_TRANSLATE_NOOP("MomentListModel", "Moment"),
    QT_TRANSLATE_NOOP("MomentListModel", "Note"),
    QT_TRANSLATE_NOOP("MomentListModel", "Sharing"),
)
PLACEHOLDER = "…"

_NO_PARENT = QModelIndex()
_Display, _Accessible = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
_CELL_ROLES = {
    _Display,
    _Accessible,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
}


def in_context(row: MomentRow) -> str:
    """The passage with its context, on one line."""
    return one_line(row.before + row.passage + row.after)


def spoken(row: MomentRow) -> str:
    """A whole row in words, for screen readers: the emphasis can't be heard, so say it."""
    said = QCoreApplication.translate(
        "moment_list_model", "{date}, {kind}: {passage}. In context: {context}."
    ).format(
        date=day_month_year(row.created),
        kind=kind_label(row.kind),
        passage=row.passage_line,
        context=in_context(row),
    )
    if row.never_share:
        said += " " + QCoreApplication.translate("never_share", SPOKEN) + "."
    if row.note:
        said += " " + QCoreApplication.translate("moment_list_model", "Note: {note}").format(
            note=row.note
        )
    return said


def sharing_lines(row: MomentRow, shared: SharedBefore | None) -> MarkLines:
    """The Sharing cell: "Never Share" and "Shared 3 Mar 2026 · Tuesday group", as they apply."""
    marked = QCoreApplication.translate("never_share", LIST_WORDS)
    lines = [(never_share_icon(), marked)] if row.never_share else []
    if shared is not None:
        lines.append((shared_icon(), row_words(shared)))
    return MarkLines(tuple(lines))


def sharing_spoken(row: MomentRow, shared: SharedBefore | None) -> str:
    """The Sharing cell in words, for screen readers."""
    said = [QCoreApplication.translate("never_share", SPOKEN)] if row.never_share else []
    if shared is not None:
        said.append(spoken_words(shared))
    return (
        ". ".join(said) if said else QCoreApplication.translate("moment_list_model", "Not shared")
    )


class MomentListModel(QAbstractTableModel):
    """Moment ids in list order, with their rows fetched as they come into view."""

    rows_needed = Signal(list)  # moment ids whose rows should be fetched

    def __init__(self) -> None:
        super().__init__()
        self._rows: LazyRows[MomentRow] = LazyRows()
        self._shared: dict[int, SharedBefore] = {}  # by moment id, for the rows fetched

    @property
    def ids(self) -> list[int]:
        """The listed moments' ids, in list order."""
        return list(self._rows.ids)

    def set_ids(self, moment_ids: Sequence[int]) -> None:
        """List these moments, in this order; every row is fetched afresh when shown."""
        self.beginResetModel()
        self._rows.set_ids(moment_ids, keep_cached=False)
        self._shared.clear()
        self.endResetModel()

    def add_rows(
        self, rows: Iterable[MomentRow], shared: Mapping[int, SharedBefore] | None = None
    ) -> None:
        """Cache fetched rows, with when each was last shared (by moment id, for those that
        were), and redraw them (those still listed: filters change)."""
        for moment in rows:
            if shared is not None and moment.moment_id in shared:
                self._shared[moment.moment_id] = shared[moment.moment_id]
            row = self._rows.store(moment.moment_id, moment)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADINGS) - 1))

    def moment_at(self, row: int) -> MomentRow | None:
        """The fetched row at ``row``, or ``None`` while it is still loading."""
        return self._rows.at(row)

    def shared_before(self, moment_id: int) -> SharedBefore | None:
        """When the moment's words were last shared, if they were (and its row is fetched)."""
        return self._shared.get(moment_id)

    def row_of(self, moment_id: int) -> int | None:
        return self._rows.row_of(moment_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == _Display and 0 <= section < len(HEADINGS):
            return QCoreApplication.translate("MomentListModel", HEADINGS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _Display) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows.ids):
            return None
        moment = self._rows.at(index.row())
        if moment is None:
            if role in (_Display, _Accessible):
                if wanted := self._rows.wanted_around(index.row()):
                    self.rows_needed.emit(wanted)
                loading = QCoreApplication.translate("MomentListModel", "Loading moment")
                return PLACEHOLDER if role == _Display else loading
            return None
        if role == MomentRowRole:
            return moment
        shared = self._shared.get(moment.moment_id)
        if role == SharingRole:
            return sharing_lines(moment, shared)
        return _cell(moment, shared, index.column(), role)


def _cell(moment: MomentRow, shared: SharedBefore | None, column: int, role: int) -> Any:
    """What one cell of a fetched row shows (``role``) in ``column``."""
    if role not in _CELL_ROLES:  # views ask for many roles; most are left to the style
        return None
    kind = kind_label(moment.kind)
    sharing = "\n".join(words for _, words in sharing_lines(moment, shared).lines)
    said = sharing_spoken(moment, shared)
    roles: dict[int, tuple[Any, Any, Any, Any, Any]] = {
        _Display: (
            short_day_month_year(moment.created),
            kind,
            in_context(moment),
            moment.note,
            sharing,
        ),
        _Accessible: (
            day_month_year(moment.created),
            kind,
            spoken(moment),
            moment.note or QCoreApplication.translate("moment_list_model", "No note"),
            said,
        ),
        Qt.ItemDataRole.ToolTipRole: (
            full_date_time(moment.created),
            None,
            None,
            moment.note or None,
            said if sharing else None,
        ),
        Qt.ItemDataRole.DecorationRole: (None, kind_icon(moment.kind), None, None, None),
    }
    cells = roles.get(role)
    return None if cells is None or not 0 <= column < len(cells) else cells[column]
