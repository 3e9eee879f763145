"""``LazyRows``: the bookkeeping behind lists that load their rows as they come into view.

A list model holds the ordered ids of everything it lists (cheap to read even for 100,000
entries) and a cache of the rows read so far. A row not yet cached is asked for together
with its neighbours, once; the answer is stored only if its id is still listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

Row = TypeVar("Row")

FETCH_BEHIND, FETCH_AHEAD = 20, 80  # rows asked for around one that is missing


class LazyRows(Generic[Row]):
    """Ordered ids, the rows fetched for them, and which ids are on their way."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self._rows_by_id: dict[int, int] = {}
        self._cache: dict[int, Row] = {}
        self._requested: set[int] = set()

    def set_ids(self, ids: Sequence[int], *, keep_cached: bool) -> None:
        """List ``ids`` in this order; with ``keep_cached``, rows of ids kept stay cached."""
        self.ids = list(ids)
        self._rows_by_id = {item: row for row, item in enumerate(self.ids)}
        if keep_cached:
            self._cache = {i: r for i, r in self._cache.items() if i in self._rows_by_id}
            self._requested &= self._rows_by_id.keys()
        else:
            self._cache.clear()
            self._requested.clear()

    def store(self, item: int, value: Row) -> int | None:
        """Cache a fetched row; its row number, or ``None`` if it is no longer listed."""
        self._requested.discard(item)
        row = self._rows_by_id.get(item)
        if row is not None:
            self._cache[item] = value
        return row

    def forget(self, item: int) -> int | None:
        """Drop a cached row (it changed); its row number, if listed."""
        self._cache.pop(item, None)
        self._requested.discard(item)
        return self._rows_by_id.get(item)

    def at(self, row: int) -> Row | None:
        """The cached row at ``row``; ``None`` when out of range or not fetched yet."""
        return self._cache.get(self.ids[row]) if 0 <= row < len(self.ids) else None

    def row_of(self, item: int) -> int | None:
        return self._rows_by_id.get(item)

    def wanted_around(self, row: int) -> list[int]:
        """Ids near ``row`` neither cached nor asked for yet, now counted as asked for;
        none when the row's own id is on its way (its neighbours were asked with it)."""
        if self.ids[row] in self._requested:
            return []
        window = self.ids[max(0, row - FETCH_BEHIND) : row + FETCH_AHEAD]
        wanted = [i for i in window if i not in self._cache and i not in self._requested]
        self._requested.update(wanted)
        return wanted
