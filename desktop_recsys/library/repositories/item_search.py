"""Finding items: counts and pages of the item list for the tables, and the search box.

Every filtered read goes through one :class:`~desktop_recsys.library.queries.ItemQuery`, which
builds the ``WHERE`` clause; sorting goes through the whitelist in
:func:`~desktop_recsys.library.queries.item_order`. Mixed into
:class:`~desktop_recsys.library.repositories.items.ItemRepository`.
"""

from __future__ import annotations

from typing import Any

from desktop_recsys.library.fts import fts_query, search_key
from desktop_recsys.library.models import ItemRow, check_kind
from desktop_recsys.library.queries import ITEM_SORTS, ItemQuery, item_order
from desktop_recsys.library.repositories.item_store import ItemStore

#: The sort of a search: titles equal to the typed text first, then titles starting with it,
#: then items whose title holds every word, then the rest (matched through artist, album,
#: genres or tags); alphabetically within each. Without search text, or when more than
#: :data:`RELEVANCE_LIMIT` items match (a letter or two typed so far), by title.
RELEVANCE = "relevance"
#: Ranking costs a few microseconds per match (in Python): beyond this many it is by title.
RELEVANCE_LIMIT = 1000


def _relevance_order(conn: Any, selection: ItemQuery) -> tuple[str, tuple[object, ...]]:
    """``ORDER BY`` and its parameters for :data:`RELEVANCE` (compared on folded words, so
    "the night" ranks "The Night" and "THE NIGHT…" the same)."""
    key = search_key(selection.text)
    match = selection.match()
    if not key or not match:
        return item_order("title"), ()
    many = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ?)",
        (match, RELEVANCE_LIMIT + 1),
    ).fetchone()[0]
    if many > RELEVANCE_LIMIT:
        return item_order("title"), ()
    return "ORDER BY dr_title_rank(i.title, ?), i.sort_title COLLATE NOCASE, i.id", (key,)


def _selection(kind: str | ItemQuery | None, text: str | None) -> ItemQuery:
    """The query a read was given: an :class:`ItemQuery`, or a kind and the search text."""
    if isinstance(kind, ItemQuery):
        if text is not None:
            raise TypeError("pass the search text inside the ItemQuery")
        return kind
    return ItemQuery(kind=kind, text=text)


class ItemSearch(ItemStore):
    """Counting, paging and searching items."""

    #: The sort keys :meth:`page` accepts (see :data:`~desktop_recsys.library.queries.ITEM_SORTS`).
    SORTABLE = ITEM_SORTS

    def count(self, kind: str | ItemQuery | None = None, query: str | None = None) -> int:
        """How many items of ``kind`` (all kinds if None) match ``query`` (all if blank).

        ``kind`` may instead be an :class:`ItemQuery` with every condition (then leave
        ``query`` out).
        """
        selection = _selection(kind, query)
        match = selection.match()
        if match and selection.is_search_only():
            # Answered inside the full-text index (the kind is a token there): no join.
            sql = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?"
            return self._conn.execute(sql, (match,)).fetchone()[0]
        where, params = selection.where()
        return self._conn.execute(f"SELECT count(*) FROM items i {where}", params).fetchone()[0]

    def page(
        self,
        kind: str | ItemQuery | None = None,
        *,
        offset: int = 0,
        limit: int = 200,
        order_by: str = "title",
        descending: bool = False,
        query: str | None = None,
    ) -> list[ItemRow]:
        """A slice of the item list in display order, for lazily fetching table models.

        Items of ``kind`` matching the search text ``query``, or those an :class:`ItemQuery`
        passed as ``kind`` selects; sorted by ``order_by`` (a key of :attr:`SORTABLE`, or
        :data:`RELEVANCE`: best matches of the search text first).
        """
        selection = _selection(kind, query)
        where, params = selection.where()
        if order_by == RELEVANCE:
            order, order_params = _relevance_order(self._conn, selection)
            params = (*params, *order_params)
        else:
            order = item_order(order_by, descending)
        sql = (
            "SELECT i.id, i.kind, i.title, i.artist, i.album, i.year, i.duration, "
            "COALESCE((SELECT group_concat(name, ', ') FROM (SELECT g.name FROM item_genres ig "
            "JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id = i.id ORDER BY g.name)), ''), "
            "i.path, i.missing, i.certification, i.min_age, i.explicit "
            f"FROM items i {where} {order} LIMIT ? OFFSET ?"
        )
        rows = self._conn.execute(sql, (*params, int(limit), int(offset))).fetchall()
        return [
            ItemRow(*r[:9], bool(r[9]), r[10], r[11], bool(r[12]))  # type: ignore[arg-type]
            for r in rows
        ]

    # Above this many matches, relevance ranking (bm25 over every match) costs more than it
    # tells: a one- or two-letter prefix matches half the library.
    RANK_LIMIT = 5000

    def search(self, text: str, kind: str | None = None, limit: int = 100) -> list[int]:
        """Ids of the best matches for what a person typed, best first (prefix search).

        Up to ``RANK_LIMIT`` matches are ordered by relevance (bm25, title weighted highest);
        beyond that, title matches come first, then the rest, in library order.
        """
        if kind is not None:
            check_kind(kind)
        match = fts_query(text, kind)
        if not match:
            return []
        many = self._conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ?)",
            (match, self.RANK_LIMIT + 1),
        ).fetchone()[0]
        if many <= self.RANK_LIMIT:
            rows = self._conn.execute(
                "SELECT rowid FROM items_fts WHERE items_fts MATCH ? "
                "ORDER BY bm25(items_fts, 0.0, 10.0, 5.0, 3.0, 2.0, 1.0) LIMIT ?",
                (match, int(limit)),
            ).fetchall()
            return [r[0] for r in rows]
        found = [
            r[0]
            for r in self._conn.execute(
                "SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT ?",
                (fts_query(text, kind, columns="title"), int(limit)),
            )
        ]
        if len(found) < limit:
            seen = set(found)
            for (rowid,) in self._conn.execute(
                "SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT ?",
                (match, int(limit) + len(found)),
            ):
                if rowid not in seen:
                    found.append(rowid)
                    if len(found) == limit:
                        break
        return found
