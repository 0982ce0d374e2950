"""Finding items: counts and pages of the item list for the tables, and the search box.

Every filtered read goes through one :class:`~desktop_recsys.library.queries.ItemQuery`, which
builds the ``WHERE`` clause; sorting goes through the whitelist in
:func:`~desktop_recsys.library.queries.item_order`. Mixed into
:class:`~desktop_recsys.library.repositories.items.ItemRepository`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from desktop_recsys.library.fts import fts_query, search_key
from desktop_recsys.library.models import ItemRow, check_kind
from desktop_recsys.library.queries import ITEM_SORTS, ItemQuery, item_order
from desktop_recsys.library.repositories.base import LibraryHandle
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


#: A kind with fewer items is always searched through the index's matches (fast at any size).
DENSE_MIN_ITEMS = 2000
#: A search matching at most this share of a kind lists its matches and sorts them; above it
#: the table's title index is walked (a set of the matches, or of the items not matching when
#: they are fewer), which finds a page's rows long before the end of the index.
WALK_SHARE = 0.1

_MATCHING = "items_fts WHERE items_fts MATCH ?"


def _text_condition(
    conn: Any, selection: ItemQuery, kind_total: Callable[[str], int]
) -> tuple[str, tuple[object, ...], int | None]:
    """The search text's condition on ``items i`` with its parameters, and the number of items
    the whole selection holds when that came for free (else None); ``("", (), None)`` without
    search text.

    The plan follows how much of the kind the text matches. A few: the matches are listed and
    sorted. A one- or two-letter prefix can match most of a 50,000-film library, and listing
    those matches only to sort them and keep 200 cost 50-80 ms: then the title index is walked
    instead, checking each row against the items that do *not* match (the fewer, when the
    matches are more than half) or against the matches. Every plan selects exactly the same
    items (each item has its one row in the full-text index, whose kind column says its kind),
    and the order is the sort's, so nothing found or its order depends on the plan.
    """
    match = selection.match()
    if not match:
        return "", (), None
    listed = f"i.id IN (SELECT rowid FROM {_MATCHING})"
    if selection.kind is None:
        return listed, (match,), None
    search_only = selection.is_search_only()
    total = kind_total(selection.kind)
    if total < DENSE_MIN_ITEMS:
        return listed, (match,), None
    half = total // 2
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {_MATCHING} LIMIT ?)"
    many = int(conn.execute(sql, (match, half + 1)).fetchone()[0])
    # Up to the cap the capped count is the exact one (what a search-only count is).
    known = many if search_only and many <= half else None
    if many <= total * WALK_SHARE:
        return listed, (match,), known
    if many > half:
        not_matching = f"kind : {selection.kind} NOT ({fts_query(selection.text or '')})"
        sql = f"SELECT rowid FROM {_MATCHING}"
        rest = [r[0] for r in conn.execute(sql, (not_matching,))]
        known = total - len(rest) if search_only else None
        return "i.id NOT IN (SELECT value FROM json_each(?))", (json.dumps(rest),), known
    # "+" keeps the planner on the title index: the matches become a set to look rows up in.
    return f"+i.id IN (SELECT rowid FROM {_MATCHING})", (match,), known


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

    def __init__(self, library: LibraryHandle) -> None:
        super().__init__(library)
        self._kind_totals: dict[str, tuple[tuple[int, int], int]] = {}

    def _kind_total(self, kind: str) -> int:
        """How many items of ``kind`` there are, remembered while the file does not change
        (SQLite's ``data_version`` moves with every other connection's commit, this
        connection's ``total_changes`` with each of its own writes)."""
        state = (
            self._conn.execute("PRAGMA data_version").fetchone()[0],
            self._conn.total_changes,
        )
        cache = self._kind_totals
        known = cache.get(kind)
        if known is not None and known[0] == state:
            return known[1]
        sql = "SELECT count(*) FROM items WHERE kind = ?"
        total = int(self._conn.execute(sql, (kind,)).fetchone()[0])
        cache[kind] = (state, total)
        return total

    def _where(self, selection: ItemQuery) -> tuple[str, tuple[object, ...], int | None]:
        """``WHERE`` and parameters of ``selection`` (see :func:`_text_condition`), and its
        count when that came for free."""
        if selection.is_search_only() and not selection.match() and selection.kind is not None:
            return "WHERE i.kind = ?", (selection.kind,), self._kind_total(selection.kind)
        where, params = dataclasses.replace(selection, text=None).where()
        text, text_params, known = _text_condition(self._conn, selection, self._kind_total)
        if text:
            where = f"{where} AND {text}" if where else f"WHERE {text}"
            params = (*params, *text_params)
        return where, params, known

    def count(self, kind: str | ItemQuery | None = None, query: str | None = None) -> int:
        """How many items of ``kind`` (all kinds if None) match ``query`` (all if blank).

        ``kind`` may instead be an :class:`ItemQuery` with every condition (then leave
        ``query`` out).
        """
        selection = _selection(kind, query)
        where, params, known = self._where(selection)
        return known if known is not None else self._count(selection, where, params)

    def _count(self, selection: ItemQuery, where: str, params: tuple[object, ...]) -> int:
        match = selection.match()
        if match and selection.is_search_only():
            # Answered inside the full-text index (the kind is a token there): no join.
            sql = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?"
            return self._conn.execute(sql, (match,)).fetchone()[0]
        return self._conn.execute(f"SELECT count(*) FROM items i {where}", params).fetchone()[0]

    def count_and_page(
        self,
        selection: ItemQuery,
        *,
        limit: int = 200,
        order_by: str = "title",
        descending: bool = False,
    ) -> tuple[int, list[ItemRow]]:
        """How many items ``selection`` holds and its first page (as :meth:`count` and
        :meth:`page` with offset 0 would give them, the search's plan found once)."""
        where, params, known = self._where(selection)
        total = known if known is not None else self._count(selection, where, params)
        if not total:
            return 0, []
        return total, self._rows(selection, where, params, 0, limit, order_by, descending)

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
        where, params, _known = self._where(selection)
        return self._rows(selection, where, params, offset, limit, order_by, descending)

    def _rows(
        self,
        selection: ItemQuery,
        where: str,
        params: tuple[object, ...],
        offset: int,
        limit: int,
        order_by: str,
        descending: bool,
    ) -> list[ItemRow]:
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
