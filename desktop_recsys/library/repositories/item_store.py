"""What the parts of the item repository share: name ids and the search index.

Genres, tags and people are stored once by name; :meth:`ItemStore._name_id` finds or creates
their ids (cached per repository). Every write that changes what the search box finds rewrites
the items' full-text rows with :meth:`ItemStore._index`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop_recsys.errors import UserError
from desktop_recsys.library.repositories.base import LibraryHandle, Repository
from desktop_recsys.progress import Message


class ItemStore(Repository):
    """What every part of :class:`~desktop_recsys.library.repositories.items.ItemRepository`
    shares: the name-to-id caches of genres, tags and people, and the full-text index rows."""

    def __init__(self, library: LibraryHandle) -> None:
        super().__init__(library)
        self._genre_ids: dict[str, int] = {}
        self._tag_ids: dict[str, int] = {}
        self._person_ids: dict[str, int] = {}

    _FTS_ROWS = (
        "SELECT i.id, i.kind, dr_fts_text(i.title), dr_fts_text(i.artist), dr_fts_text(i.album), "
        "dr_fts_text((SELECT group_concat(g.name, ' ') FROM item_genres ig "
        "JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id = i.id)), "
        "dr_fts_text((SELECT group_concat(t.name, ' ') FROM item_tags it "
        "JOIN tags t ON t.id = it.tag_id WHERE it.item_id = i.id)) FROM items i"
    )

    def _index(self, conn: sqlite3.Connection, ids: Sequence[int], *, fresh: bool = False) -> None:
        """(Re)write the search-index rows of ``ids`` in one statement."""
        if not ids:
            return
        id_list = json.dumps(list(ids))
        if not fresh:
            conn.execute(
                "DELETE FROM items_fts WHERE rowid IN (SELECT value FROM json_each(?))", (id_list,)
            )
        conn.execute(
            "INSERT INTO items_fts (rowid, kind, title, artist, album, genres, tags) "
            f"{self._FTS_ROWS} WHERE i.id IN (SELECT value FROM json_each(?))",
            (id_list,),
        )

    def rebuild_search_index(self) -> int:
        """Rebuild the whole full-text index from the items (a repair tool); returns rows."""
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM items_fts")
            conn.execute(
                "INSERT INTO items_fts (rowid, kind, title, artist, album, genres, tags) "
                f"{self._FTS_ROWS}"
            )
            return conn.execute("SELECT count(*) FROM items_fts").fetchone()[0]

    def forget_names(self) -> None:
        """Drop the name-to-id caches (after genres, tags or people were deleted)."""
        for cache in (self._genre_ids, self._tag_ids, self._person_ids):
            cache.clear()

    def _name_id(
        self, conn: sqlite3.Connection, table: str, cache: dict[str, int], name: str
    ) -> int:
        key = name.strip().casefold()
        if not key:
            raise UserError(Message("an empty name cannot be added to {table}", table=table))
        cached = cache.get(key)
        if cached is not None:
            return cached
        row = conn.execute(f"SELECT id FROM {table} WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            row = conn.execute(
                f"INSERT INTO {table} (name) VALUES (?) RETURNING id", (name.strip(),)
            ).fetchone()
        cache[key] = int(row[0])
        return cache[key]
