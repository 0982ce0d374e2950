"""Typed repositories: the only place where the library's SQL lives.

Each repository is reached through an open :class:`~desktop_recsys.library.db.Library`
(``library.items``, ``library.ratings``, ...). Writes run inside ``library.transaction()``, so a
caller can group several calls into one all-or-nothing change. Input that the schema would
reject is checked first and refused with a one-line :class:`~desktop_recsys.errors.UserError`.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import fts_text
from desktop_recsys.library.models import (
    ITEM_KINDS,
    JOB_STATUSES,
    MARK_KINDS,
    RUN_STATUSES,
    Item,
    ItemRow,
    JobRecord,
    LibraryStats,
    ModelRun,
    NewItem,
    Play,
    Playlist,
    Profile,
    Rating,
)

if TYPE_CHECKING:
    from desktop_recsys.library.db import Library

_ARTICLES = re.compile(r"^(the|a|an|le|la|les|l'|el|los|las|der|die|das|il)\s+", re.IGNORECASE)


def sort_title(title: str) -> str:
    """The title as sorted: leading articles moved out of the way ("The Wall" -> "Wall")."""
    stripped = _ARTICLES.sub("", title.strip(), count=1)
    return stripped or title.strip()


def _now() -> float:
    return time.time()


def _check_kind(kind: str) -> None:
    if kind not in ITEM_KINDS:
        raise UserError(f"unknown item kind {kind!r}; use one of {', '.join(ITEM_KINDS)}")


def _check_rating(value: float) -> float:
    value = float(value)
    if math.isnan(value) or not 0.5 <= value <= 5.0:
        raise UserError(f"rating {value} is outside 0.5-5 stars")
    return value


class _Repository:
    def __init__(self, library: Library) -> None:
        self._lib = library

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._lib.conn


class MetaRepository(_Repository):
    """Key-value facts about the library itself (for example that it is a synthetic demo)."""

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self._lib.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


class ItemRepository(_Repository):
    """Media items (tracks, artists, films) with genres, tags, credits and external ids."""

    _ITEM_COLUMNS = (
        "id, kind, title, sort_title, artist, album, album_artist, track_number, year, duration, "
        "description, language, path, file_size, file_mtime, missing, synthetic, added_at, "
        "updated_at"
    )
    # Columns the GUI may sort on, mapped to safe SQL (never interpolate user text).
    SORTABLE = {
        "title": "i.sort_title COLLATE NOCASE",
        "artist": "i.artist COLLATE NOCASE",
        "album": "i.album COLLATE NOCASE",
        "year": "i.year",
        "duration": "i.duration",
        "added": "i.added_at",
        "id": "i.id",
    }

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        self._genre_ids: dict[str, int] = {}
        self._tag_ids: dict[str, int] = {}
        self._person_ids: dict[str, int] = {}

    # -- writing -----------------------------------------------------------------------
    def add(self, item: NewItem) -> int:
        """Add one item; returns its id."""
        return self.add_many([item])[0]

    def add_many(self, items: Iterable[NewItem], *, batch: int = 5000) -> list[int]:
        """Add items with their side information in one transaction; returns their ids.

        Rows go in with ``executemany`` in batches and the search index is written once per
        batch, so a 100,000-item import takes seconds, not minutes.
        """
        ids: list[int] = []
        with self._lib.transaction() as conn:
            chunk: list[NewItem] = []
            for item in items:
                chunk.append(item)
                if len(chunk) >= batch:
                    ids.extend(self._insert_batch(conn, chunk))
                    chunk = []
            if chunk:
                ids.extend(self._insert_batch(conn, chunk))
        return ids

    def _insert_batch(self, conn: sqlite3.Connection, items: list[NewItem]) -> list[int]:
        now = _now()
        # Explicit ids: the write transaction holds the lock, so max(id) cannot move under us,
        # and explicit ids let every table go in with one executemany.
        next_id = conn.execute("SELECT COALESCE(max(id), 0) + 1 FROM items").fetchone()[0]
        rows: list[tuple[Any, ...]] = []
        genre_links: list[tuple[int, int]] = []
        tag_links: list[tuple[int, int]] = []
        credit_rows: list[tuple[int, int, str, int]] = []
        external_rows: list[tuple[int, str, str]] = []
        ids: list[int] = []
        for item in items:
            _check_kind(item.kind)
            title = (item.title or "").strip()
            if not title:
                raise UserError("an item needs a title")
            item_id = next_id
            next_id += 1
            ids.append(item_id)
            rows.append(
                (
                    item_id,
                    item.kind,
                    title,
                    item.sort_title or sort_title(title),
                    item.artist,
                    item.album,
                    item.album_artist,
                    item.track_number,
                    item.year,
                    item.duration,
                    item.description,
                    item.language,
                    item.path,
                    item.file_size,
                    item.file_mtime,
                    int(item.synthetic),
                    now,
                    now,
                )
            )
            for name in dict.fromkeys(g for g in item.genres if g and g.strip()):
                genre_links.append((item_id, self._name_id(conn, "genres", self._genre_ids, name)))
            for name in dict.fromkeys(t for t in item.tags if t and t.strip()):
                tag_links.append((item_id, self._name_id(conn, "tags", self._tag_ids, name)))
            for position, credit in enumerate(item.credits):
                person = self._name_id(conn, "people", self._person_ids, credit.name)
                credit_rows.append((item_id, person, credit.role, position))
            external_rows.extend((item_id, k, str(v)) for k, v in item.external_ids.items())
        conn.executemany(
            "INSERT INTO items (id, kind, title, sort_title, artist, album, album_artist, "
            "track_number, year, duration, description, language, path, file_size, "
            "file_mtime, synthetic, added_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO item_genres (item_id, genre_id) VALUES (?, ?)", genre_links
        )
        conn.executemany(
            "INSERT OR IGNORE INTO item_tags (item_id, tag_id) VALUES (?, ?)", tag_links
        )
        conn.executemany(
            "INSERT OR IGNORE INTO credits (item_id, person_id, role, position) "
            "VALUES (?, ?, ?, ?)",
            credit_rows,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO external_ids (item_id, source, value) VALUES (?, ?, ?)",
            external_rows,
        )
        self._index(conn, ids, fresh=True)
        return ids

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

    def _name_id(
        self, conn: sqlite3.Connection, table: str, cache: dict[str, int], name: str
    ) -> int:
        key = name.strip().casefold()
        if not key:
            raise UserError(f"an empty name cannot be added to {table}")
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

    def set_genres(self, item_id: int, genres: Sequence[str]) -> None:
        """Replace an item's genres."""
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM item_genres WHERE item_id = ?", (item_id,))
            conn.executemany(
                "INSERT OR IGNORE INTO item_genres (item_id, genre_id) VALUES (?, ?)",
                [
                    (item_id, self._name_id(conn, "genres", self._genre_ids, name))
                    for name in genres
                    if name and name.strip()
                ],
            )
            self._index(conn, [item_id])

    def add_tags(self, item_id: int, tags: Sequence[str]) -> None:
        """Apply tags to an item; a tag applied again counts once more."""
        with self._lib.transaction() as conn:
            for name in tags:
                if not name or not name.strip():
                    continue
                tag = self._name_id(conn, "tags", self._tag_ids, name)
                conn.execute(
                    "INSERT INTO item_tags (item_id, tag_id) VALUES (?, ?) "
                    "ON CONFLICT (item_id, tag_id) DO UPDATE SET count = count + 1",
                    (item_id, tag),
                )
            self._index(conn, [item_id])

    _EDITABLE = frozenset(
        {
            "title",
            "artist",
            "album",
            "album_artist",
            "track_number",
            "year",
            "duration",
            "description",
            "language",
            "path",
            "file_size",
            "file_mtime",
            "missing",
        }
    )

    def update(self, item_id: int, **fields: Any) -> None:
        """Change stored fields of an item (the full-text index follows by trigger)."""
        unknown = set(fields) - self._EDITABLE
        if unknown:
            raise UserError(f"cannot edit item field(s) {', '.join(sorted(unknown))}")
        if not fields:
            return
        if "title" in fields:
            title = (fields["title"] or "").strip()
            if not title:
                raise UserError("an item needs a title")
            fields["title"] = title
            fields["sort_title"] = sort_title(title)
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._lib.transaction() as conn:
            cur = conn.execute(
                f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",
                (*fields.values(), _now(), item_id),
            )
            if cur.rowcount == 0:
                raise UserError(f"no item with id {item_id}")

    def remove(self, item_id: int) -> None:
        """Delete an item and (by cascade) its ratings, plays and marks."""
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))

    # -- reading -----------------------------------------------------------------------
    def get(self, item_id: int) -> Item | None:
        """One item with its genres and tags, or None."""
        row = self._conn.execute(
            f"SELECT {self._ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return None
        genres = tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id "
                "WHERE ig.item_id = ? ORDER BY g.name",
                (item_id,),
            )
        )
        tags = tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                "WHERE it.item_id = ? ORDER BY it.count DESC, t.name",
                (item_id,),
            )
        )
        return _item(row, genres, tags)

    def credits(self, item_id: int) -> list[tuple[str, str]]:
        """(person, role) pairs in billing order."""
        return [
            (r[0], r[1])
            for r in self._conn.execute(
                "SELECT p.name, c.role FROM credits c JOIN people p ON p.id = c.person_id "
                "WHERE c.item_id = ? ORDER BY c.position",
                (item_id,),
            )
        ]

    def external_ids(self, item_id: int) -> dict[str, str]:
        return dict(
            self._conn.execute(
                "SELECT source, value FROM external_ids WHERE item_id = ?", (item_id,)
            ).fetchall()
        )

    def find_by_external_id(self, source: str, value: str) -> list[int]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT item_id FROM external_ids WHERE source = ? AND value = ?", (source, value)
            )
        ]

    def find_by_path(self, path: str) -> int | None:
        row = self._conn.execute("SELECT id FROM items WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def count(self, kind: str | None = None, query: str | None = None) -> int:
        """How many items of ``kind`` (all kinds if None) match ``query`` (all if blank)."""
        if kind is not None:
            _check_kind(kind)
        match = fts_query(query or "", kind)
        if match:
            # Answered inside the full-text index (the kind is a token there): no join.
            sql, params = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", (match,)
        elif kind is not None:
            sql, params = "SELECT count(*) FROM items WHERE kind = ?", (kind,)
        else:
            sql, params = "SELECT count(*) FROM items", ()
        return self._conn.execute(sql, params).fetchone()[0]

    def page(
        self,
        kind: str | None = None,
        *,
        offset: int = 0,
        limit: int = 200,
        order_by: str = "title",
        descending: bool = False,
        query: str | None = None,
    ) -> list[ItemRow]:
        """A slice of the item list in display order, for lazily fetching table models."""
        column = self.SORTABLE.get(order_by)
        if column is None:
            raise UserError(f"cannot sort items by {order_by!r}")
        direction = "DESC" if descending else "ASC"
        where, params = self._filter(kind, query)
        sql = (
            "SELECT i.id, i.kind, i.title, i.artist, i.album, i.year, i.duration, "
            "COALESCE((SELECT group_concat(name, ', ') FROM (SELECT g.name FROM item_genres ig "
            "JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id = i.id ORDER BY g.name)), ''), "
            f"i.path, i.missing FROM items i {where} "
            f"ORDER BY {column} {direction}, i.id {direction} LIMIT ? OFFSET ?"
        )
        rows = self._conn.execute(sql, (*params, int(limit), int(offset))).fetchall()
        return [
            ItemRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9])) for r in rows
        ]

    def _filter(self, kind: str | None, query: str | None) -> tuple[str, tuple[Any, ...]]:
        clauses: list[str] = []
        params: list[Any] = []
        if kind is not None:
            _check_kind(kind)
            clauses.append("i.kind = ?")
            params.append(kind)
        match = fts_query(query or "", kind)
        if match:
            clauses.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    def count_filtered(
        self, kind: str | None = None, query: str | None = None, **filters: Any
    ) -> int:
        """:meth:`count` narrowed by the Library screen's filters (see :meth:`page_filtered`)."""
        where, params = self._filter_with(kind, query, filters)
        return self._conn.execute(f"SELECT count(*) FROM items i {where}", params).fetchone()[0]

    def page_filtered(
        self,
        kind: str | None = None,
        *,
        offset: int = 0,
        limit: int = 200,
        order_by: str = "title",
        descending: bool = False,
        query: str | None = None,
        **filters: Any,
    ) -> list[ItemRow]:
        """:meth:`page` narrowed by filters, all optional and combined with AND:

        ``genre`` (a genre name, any case), ``year_min`` / ``year_max`` (inclusive; items
        without a year are left out once either is set), ``missing`` (True: only items whose
        file is missing, False: only the others), and, for ``profile`` (an id): ``min_rating``
        (stars, at least), ``rated`` (True / False: rated or not by the profile) and
        ``played`` (True / False: played at least once, skips aside, or never).

        Each filter is an indexed lookup per row (a primary key or an index), so a page stays
        a few milliseconds on a 100,000-item library.
        """
        column = self.SORTABLE.get(order_by)
        if column is None:
            raise UserError(f"cannot sort items by {order_by!r}")
        direction = "DESC" if descending else "ASC"
        where, params = self._filter_with(kind, query, filters)
        sql = (
            "SELECT i.id, i.kind, i.title, i.artist, i.album, i.year, i.duration, "
            "COALESCE((SELECT group_concat(name, ', ') FROM (SELECT g.name FROM item_genres ig "
            "JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id = i.id ORDER BY g.name)), ''), "
            f"i.path, i.missing FROM items i {where} "
            f"ORDER BY {column} {direction}, i.id {direction} LIMIT ? OFFSET ?"
        )
        rows = self._conn.execute(sql, (*params, int(limit), int(offset))).fetchall()
        return [
            ItemRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9])) for r in rows
        ]

    _FILTERS = frozenset(
        {"genre", "year_min", "year_max", "missing", "profile", "min_rating", "rated", "played"}
    )

    def _filter_with(
        self, kind: str | None, query: str | None, filters: dict[str, Any]
    ) -> tuple[str, tuple[Any, ...]]:
        unknown = set(filters) - self._FILTERS
        if unknown:
            raise UserError(f"unknown item filter(s) {', '.join(sorted(unknown))}")
        where, base = self._filter(kind, query)
        clauses = [where[len("WHERE ") :]] if where else []
        params: list[Any] = list(base)
        if filters.get("genre"):
            clauses.append(
                "i.id IN (SELECT ig.item_id FROM item_genres ig JOIN genres g "
                "ON g.id = ig.genre_id WHERE g.name = ? COLLATE NOCASE)"
            )
            params.append(str(filters["genre"]))
        if filters.get("year_min") is not None:
            clauses.append("i.year >= ?")
            params.append(int(filters["year_min"]))
        if filters.get("year_max") is not None:
            clauses.append("i.year <= ?")
            params.append(int(filters["year_max"]))
        if filters.get("missing") is not None:
            clauses.append("i.missing = ?")
            params.append(1 if filters["missing"] else 0)
        profile = filters.get("profile")
        if profile is not None:
            if filters.get("min_rating") is not None:
                clauses.append(
                    "EXISTS (SELECT 1 FROM ratings r WHERE r.profile_id = ? "
                    "AND r.item_id = i.id AND r.rating >= ?)"
                )
                params += [int(profile), float(filters["min_rating"])]
            if filters.get("rated") is not None:
                negate = "" if filters["rated"] else "NOT "
                clauses.append(
                    f"{negate}EXISTS (SELECT 1 FROM ratings r WHERE r.profile_id = ? "
                    "AND r.item_id = i.id)"
                )
                params.append(int(profile))
            if filters.get("played") is not None:
                negate = "" if filters["played"] else "NOT "
                clauses.append(
                    f"{negate}EXISTS (SELECT 1 FROM plays p WHERE p.item_id = i.id "
                    "AND p.profile_id = ? AND p.skipped = 0)"
                )
                params.append(int(profile))
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    # Above this many matches, relevance ranking (bm25 over every match) costs more than it
    # tells: a one- or two-letter prefix matches half the library.
    RANK_LIMIT = 5000

    def search(self, text: str, kind: str | None = None, limit: int = 100) -> list[int]:
        """Ids of the best matches for what a person typed, best first (prefix search).

        Up to ``RANK_LIMIT`` matches are ordered by relevance (bm25, title weighted highest);
        beyond that, title matches come first, then the rest, in library order.
        """
        if kind is not None:
            _check_kind(kind)
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

    def ids_by_kind(self, kind: str) -> list[int]:
        _check_kind(kind)
        return [r[0] for r in self._conn.execute("SELECT id FROM items WHERE kind = ?", (kind,))]

    def genres_of_items(self) -> list[tuple[int, str]]:
        """Every (item id, genre name) pair, for building the engine's side information."""
        return self._conn.execute(
            "SELECT ig.item_id, g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id"
        ).fetchall()

    def all_genres(self, kind: str | None = None) -> list[tuple[str, int]]:
        """(genre, number of items) pairs, most common first."""
        if kind is None:
            sql = (
                "SELECT g.name, count(*) FROM genres g JOIN item_genres ig ON ig.genre_id = g.id "
                "GROUP BY g.id ORDER BY count(*) DESC, g.name"
            )
            return self._conn.execute(sql).fetchall()
        _check_kind(kind)
        sql = (
            "SELECT g.name, count(*) FROM genres g JOIN item_genres ig ON ig.genre_id = g.id "
            "JOIN items i ON i.id = ig.item_id WHERE i.kind = ? "
            "GROUP BY g.id ORDER BY count(*) DESC, g.name"
        )
        return self._conn.execute(sql, (kind,)).fetchall()

    # -- importing, matching and rescans (used by library.importers) ----------------------
    def external_id_index(self, kind: str, sources: Sequence[str]) -> dict[str, dict[str, int]]:
        """For each id source, ``value -> item id`` over the items of ``kind``.

        Importers load this once per import instead of asking row by row.
        """
        _check_kind(kind)
        index: dict[str, dict[str, int]] = {source: {} for source in sources}
        if not sources:
            return index
        rows = self._conn.execute(
            "SELECT e.source, e.value, e.item_id FROM external_ids e "
            "JOIN items i ON i.id = e.item_id "
            "WHERE i.kind = ? AND e.source IN (SELECT value FROM json_each(?))",
            (kind, json.dumps(list(sources))),
        )
        for source, value, item_id in rows:
            # Lowest id wins when two items share an id: it is the one imported first.
            index[source].setdefault(value, item_id)
        return index

    def match_candidates(
        self, kind: str
    ) -> list[tuple[int, str, str | None, int | None, float | None]]:
        """``(id, title, artist, year, duration)`` of every item of ``kind``, for matching."""
        _check_kind(kind)
        return self._conn.execute(
            "SELECT id, title, artist, year, duration FROM items WHERE kind = ? ORDER BY id",
            (kind,),
        ).fetchall()

    def add_external_ids(self, rows: Iterable[tuple[int, str, str]]) -> int:
        """Attach ``(item, source, value)`` ids an item does not have yet (existing ones win);
        returns how many were added."""
        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "INSERT OR IGNORE INTO external_ids (item_id, source, value) VALUES (?, ?, ?)",
                ((int(i), s, str(v)) for i, s, v in rows),
            )
            return cur.rowcount

    def link_genres(self, pairs: Iterable[tuple[int, str]]) -> int:
        """Add genres to items (keeping the ones they have); returns how many links are new."""
        added = 0
        touched: set[int] = set()
        with self._lib.transaction() as conn:
            for item_id, name in pairs:
                if not name or not name.strip():
                    continue
                genre = self._name_id(conn, "genres", self._genre_ids, name)
                cur = conn.execute(
                    "INSERT OR IGNORE INTO item_genres (item_id, genre_id) VALUES (?, ?)",
                    (item_id, genre),
                )
                if cur.rowcount:
                    added += 1
                    touched.add(item_id)
            self._index(conn, sorted(touched))
        return added

    def merge_tag_counts(self, rows: Iterable[tuple[int, str, int]]) -> tuple[int, int]:
        """Make each ``(item, tag, count)`` hold at least ``count`` applications.

        Unlike :meth:`add_tags` this is idempotent: importing the same tag file twice leaves
        the counts as they were. Returns ``(links added, counts raised)``.
        """
        wanted: dict[tuple[int, int], int] = {}
        with self._lib.transaction() as conn:
            for item_id, name, count in rows:
                if not name or not name.strip():
                    continue
                key = (int(item_id), self._name_id(conn, "tags", self._tag_ids, name))
                wanted[key] = max(wanted.get(key, 0), max(1, int(count)))
            if not wanted:
                return 0, 0
            items = sorted({item for item, _ in wanted})
            existing = {
                (r[0], r[1]): r[2]
                for r in conn.execute(
                    "SELECT item_id, tag_id, count FROM item_tags "
                    "WHERE item_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(items),),
                )
            }
            new = [(i, t, c) for (i, t), c in wanted.items() if (i, t) not in existing]
            raised = [(c, i, t) for (i, t), c in wanted.items() if existing.get((i, t), c) < c]
            conn.executemany("INSERT INTO item_tags (item_id, tag_id, count) VALUES (?, ?, ?)", new)
            conn.executemany(
                "UPDATE item_tags SET count = ? WHERE item_id = ? AND tag_id = ?", raised
            )
            self._index(conn, sorted({i for i, _, _ in new}))
        return len(new), len(raised)

    # -- media files (folder scans) -----------------------------------------------------
    def files_under(
        self, root: str
    ) -> dict[str, tuple[int, str, int | None, float | None, bool, str | None]]:
        """``path -> (id, kind, size, mtime, missing, content_hash)`` for files under ``root``
        (a folder path ending with the separator), for incremental rescans."""
        # A range on the unique path index instead of LIKE, which would need escaping and
        # could not use the index.
        upper = root[:-1] + chr(ord(root[-1]) + 1)
        return {
            r[0]: (r[1], r[2], r[3], r[4], bool(r[5]), r[6])
            for r in self._conn.execute(
                "SELECT path, id, kind, file_size, file_mtime, missing, content_hash FROM items "
                "WHERE path >= ? AND path < ?",
                (root, upper),
            )
        }

    def set_file_state(
        self, rows: Iterable[tuple[int, str, int | None, float | None, str | None]]
    ) -> int:
        """Record ``(item, path, size, mtime, content_hash)`` of files found by a scan; the
        items are no longer missing. Returns how many items were updated."""
        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "UPDATE items SET path = ?, file_size = ?, file_mtime = ?, content_hash = ?, "
                "missing = 0, updated_at = ? WHERE id = ?",
                ((p, s, m, h, _now(), i) for i, p, s, m, h in rows),
            )
            return cur.rowcount

    def set_missing(self, item_ids: Iterable[int], missing: bool = True) -> int:
        """Flag items whose files vanished (or came back); their history is kept."""
        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "UPDATE items SET missing = ?, updated_at = ? WHERE id = ? AND missing != ?",
                ((int(missing), _now(), i, int(missing)) for i in item_ids),
            )
            return cur.rowcount

    def path_of(self, item_id: int) -> str | None:
        row = self._conn.execute("SELECT path FROM items WHERE id = ?", (item_id,)).fetchone()
        return row[0] if row else None

    # -- exports and duplicates (used by library.exporters and importers.duplicates) --------
    def export_rows(
        self, item_ids: Sequence[int] | None = None, kind: str | None = None
    ) -> list[dict[str, Any]]:
        """Items as plain dicts with everything an export keeps: fields, genres, tags with
        their counts, credits and external ids. ``item_ids`` keeps their order; otherwise all
        items (of ``kind``) by id."""
        if kind is not None:
            _check_kind(kind)
        if item_ids is not None:
            ids_json = json.dumps([int(i) for i in dict.fromkeys(item_ids)])
            where, params = "WHERE i.id IN (SELECT value FROM json_each(?))", (ids_json,)
        elif kind is not None:
            where, params = "WHERE i.kind = ?", (kind,)
        else:
            where, params = "", ()
        sub = f"SELECT i.id FROM items i {where}"
        genres: dict[int, list[str]] = {}
        for item_id, name in self._conn.execute(
            f"SELECT ig.item_id, g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id "
            f"WHERE ig.item_id IN ({sub}) ORDER BY ig.item_id, g.name",
            params,
        ):
            genres.setdefault(item_id, []).append(name)
        tags: dict[int, dict[str, int]] = {}
        for item_id, name, count in self._conn.execute(
            f"SELECT it.item_id, t.name, it.count FROM item_tags it JOIN tags t ON t.id = it.tag_id "
            f"WHERE it.item_id IN ({sub}) ORDER BY it.item_id, it.count DESC, t.name",
            params,
        ):
            tags.setdefault(item_id, {})[name] = count
        credits: dict[int, list[list[str]]] = {}
        for item_id, name, role in self._conn.execute(
            f"SELECT c.item_id, p.name, c.role FROM credits c JOIN people p ON p.id = c.person_id "
            f"WHERE c.item_id IN ({sub}) ORDER BY c.item_id, c.position",
            params,
        ):
            credits.setdefault(item_id, []).append([name, role])
        external: dict[int, dict[str, str]] = {}
        for item_id, source, value in self._conn.execute(
            f"SELECT item_id, source, value FROM external_ids WHERE item_id IN ({sub}) "
            "ORDER BY item_id, source",
            params,
        ):
            external.setdefault(item_id, {})[source] = value
        rows: dict[int, dict[str, Any]] = {}
        for r in self._conn.execute(
            "SELECT i.id, i.kind, i.title, i.artist, i.album, i.album_artist, i.track_number, "
            "i.year, i.duration, i.description, i.language, i.path, i.missing "
            f"FROM items i {where} ORDER BY i.id",
            params,
        ):
            rows[r[0]] = {
                "id": r[0], "kind": r[1], "title": r[2], "artist": r[3], "album": r[4],
                "album_artist": r[5], "track_number": r[6], "year": r[7], "duration": r[8],
                "description": r[9], "language": r[10], "path": r[11], "missing": bool(r[12]),
                "genres": genres.get(r[0], []), "tags": tags.get(r[0], {}),
                "credits": credits.get(r[0], []), "ids": external.get(r[0], {}),
            }  # fmt: skip
        order = list(dict.fromkeys(item_ids)) if item_ids is not None else list(rows)
        return [rows[i] for i in order if i in rows]

    def shared_content_hashes(self) -> list[list[int]]:
        """Groups of items of one kind whose files have the same content hash."""
        return [
            json.loads(r[0])
            for r in self._conn.execute(
                "SELECT json_group_array(id) FROM (SELECT id, kind, content_hash FROM items "
                "WHERE content_hash IS NOT NULL ORDER BY id) "
                "GROUP BY kind, content_hash HAVING count(*) > 1"
            )
        ]

    def shared_external_ids(self) -> list[tuple[str, str, list[int]]]:
        """``(source, value, item ids)`` for every id that several items of one kind carry."""
        return [
            (r[0], r[1], json.loads(r[2]))
            for r in self._conn.execute(
                "SELECT e.source, e.value, json_group_array(e.item_id) FROM "
                "(SELECT e.source, e.value, e.item_id, i.kind FROM external_ids e "
                "JOIN items i ON i.id = e.item_id ORDER BY e.item_id) e "
                "GROUP BY e.kind, e.source, e.value HAVING count(*) > 1"
            )
        ]

    def history_counts(self, item_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """``item -> (ratings, play rows)``: what a merge would move, for a review list."""
        ids_json = json.dumps([int(i) for i in item_ids])
        counts = {int(i): (0, 0) for i in item_ids}
        for item_id, ratings, plays in self._conn.execute(
            "SELECT value, (SELECT count(*) FROM ratings WHERE item_id = value), "
            "(SELECT count(*) FROM plays WHERE item_id = value) FROM json_each(?)",
            (ids_json,),
        ):
            counts[item_id] = (ratings, plays)
        return counts

    _FILLABLE = (
        "artist", "album", "album_artist", "track_number", "year", "duration", "description",
        "language",
    )  # fmt: skip

    def merge_into(self, keep: int, drop: int) -> dict[str, int]:
        """Fold item ``drop`` into ``keep`` in one transaction, then delete ``drop``.

        ``keep`` gets the union of both items' ratings (on a conflict the newer rating wins),
        plays (a dated play both items have for the same profile and time is one play; undated
        listening counts are added up), tags (the higher count), genres, credits, marks,
        playlist entries (in place) and external ids (``keep``'s win for the same source), its
        empty fields are filled from ``drop``'s, and it takes ``drop``'s file if it has none.
        Returns what moved, by kind.
        """
        if keep == drop:
            raise UserError("cannot merge an item with itself")
        moved: dict[str, int] = {}
        with self._lib.transaction() as conn:
            both = {
                r[0]: r
                for r in conn.execute(
                    f"SELECT id, kind, path, file_size, file_mtime, content_hash, missing, "
                    f"{', '.join(self._FILLABLE)} FROM items WHERE id IN (?, ?)",
                    (keep, drop),
                )
            }
            for item_id in (keep, drop):
                if item_id not in both:
                    raise UserError(f"no item with id {item_id}")
            if both[keep][1] != both[drop][1]:
                raise UserError(
                    f"item {keep} is a {both[keep][1]} and item {drop} a {both[drop][1]}; "
                    "only items of the same kind can be merged"
                )
            # Ratings: one per profile; the newer of the two wins.
            kept = {
                p: (r, t)
                for p, r, t in conn.execute(
                    "SELECT profile_id, rating, rated_at FROM ratings WHERE item_id = ?", (keep,)
                )
            }
            for profile, rating, rated_at in conn.execute(
                "SELECT profile_id, rating, rated_at FROM ratings WHERE item_id = ?", (drop,)
            ).fetchall():
                if profile not in kept:
                    conn.execute(
                        "INSERT INTO ratings (profile_id, item_id, rating, rated_at) "
                        "VALUES (?, ?, ?, ?)",
                        (profile, keep, rating, rated_at),
                    )
                elif rated_at > kept[profile][1]:
                    conn.execute(
                        "UPDATE ratings SET rating = ?, rated_at = ? "
                        "WHERE profile_id = ? AND item_id = ?",
                        (rating, rated_at, profile, keep),
                    )
                else:
                    continue
                moved["ratings"] = moved.get("ratings", 0) + 1
            # Plays: the same dated play under both items is one play; undated counts add up.
            conn.execute(
                "DELETE FROM plays WHERE item_id = ? AND played_at IS NOT NULL AND EXISTS "
                "(SELECT 1 FROM plays k WHERE k.item_id = ? AND k.profile_id = plays.profile_id "
                "AND k.played_at = plays.played_at)",
                (drop, keep),
            )
            for play_id, profile, count in conn.execute(
                "SELECT id, profile_id, count FROM plays WHERE item_id = ? AND played_at IS NULL",
                (drop,),
            ).fetchall():
                cur = conn.execute(
                    "UPDATE plays SET count = count + ? WHERE id = (SELECT min(id) FROM plays "
                    "WHERE item_id = ? AND profile_id = ? AND played_at IS NULL)",
                    (count, keep, profile),
                )
                if cur.rowcount:
                    conn.execute("DELETE FROM plays WHERE id = ?", (play_id,))
                    moved["plays"] = moved.get("plays", 0) + 1
            cur = conn.execute("UPDATE plays SET item_id = ? WHERE item_id = ?", (keep, drop))
            moved["plays"] = moved.get("plays", 0) + cur.rowcount
            # Tags keep the higher count; everything else is a plain union.
            conn.execute(
                "INSERT INTO item_tags (item_id, tag_id, count) "
                "SELECT ?, tag_id, count FROM item_tags WHERE item_id = ? "
                "ON CONFLICT (item_id, tag_id) DO UPDATE SET count = max(count, excluded.count)",
                (keep, drop),
            )
            for table, columns in (
                ("item_genres", "genre_id"),
                ("credits", "person_id, role, position"),
                ("external_ids", "source, value"),
            ):
                conn.execute(
                    f"INSERT OR IGNORE INTO {table} (item_id, {columns}) "
                    f"SELECT ?, {columns} FROM {table} WHERE item_id = ?",
                    (keep, drop),
                )
            cur = conn.execute(
                "INSERT OR IGNORE INTO marks (profile_id, item_id, mark, created_at) "
                "SELECT profile_id, ?, mark, created_at FROM marks WHERE item_id = ?",
                (keep, drop),
            )
            moved["marks"] = cur.rowcount
            cur = conn.execute(
                "UPDATE playlist_items SET item_id = ? WHERE item_id = ?", (keep, drop)
            )
            moved["playlist entries"] = cur.rowcount
            fill = {
                name: both[drop][7 + i]
                for i, name in enumerate(self._FILLABLE)
                if both[keep][7 + i] is None and both[drop][7 + i] is not None
            }
            if both[keep][2] is None and both[drop][2] is not None:
                # The path is unique: free it on the dropped item before giving it away.
                conn.execute("UPDATE items SET path = NULL WHERE id = ?", (drop,))
                fill.update(
                    path=both[drop][2], file_size=both[drop][3], file_mtime=both[drop][4],
                    content_hash=both[drop][5], missing=both[drop][6],
                )  # fmt: skip
                moved["files"] = 1
            if fill:
                assignments = ", ".join(f"{name} = ?" for name in fill)
                conn.execute(
                    f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",
                    (*fill.values(), _now(), keep),
                )
            conn.execute("DELETE FROM items WHERE id = ?", (drop,))
            self._index(conn, [keep])
        return moved


SEARCH_COLUMNS = "title artist album genres tags"


def fts_query(text: str, kind: str | None = None, *, columns: str = SEARCH_COLUMNS) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match (in ``columns``),
    the last one as a prefix (search as you type); ``kind`` restricts to one item kind. FTS5
    syntax in the input is treated as plain text. Empty when nothing searchable was typed."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    parts: list[str] = []
    for index, word in enumerate(words):
        tokens = re.findall(r"\w+", fts_text(word))
        if not tokens:
            continue
        phrase = '"' + " ".join(tokens) + '"'
        if index == len(words) - 1:
            phrase += "*"
        parts.append(phrase)
    if not parts:
        return ""
    query = "{" + columns + "} : (" + " AND ".join(parts) + ")"
    if kind is not None:
        query = f"kind : {kind} AND " + query
    return query


def _item(row: Sequence[Any], genres: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> Item:
    return Item(
        id=row[0],
        kind=row[1],
        title=row[2],
        sort_title=row[3],
        artist=row[4],
        album=row[5],
        album_artist=row[6],
        track_number=row[7],
        year=row[8],
        duration=row[9],
        description=row[10],
        language=row[11],
        path=row[12],
        file_size=row[13],
        file_mtime=row[14],
        missing=bool(row[15]),
        synthetic=bool(row[16]),
        added_at=row[17],
        updated_at=row[18],
        genres=genres,
        tags=tags,
    )


class ProfileRepository(_Repository):
    """The people who use the library: each with their own ratings, plays and privacy choices."""

    _COLUMNS = "id, name, created_at, record_plays, share_with_friends, synthetic"

    def add(self, name: str, *, synthetic: bool = False) -> Profile:
        """Create a profile; names are unique regardless of case."""
        clean = " ".join((name or "").split())
        if not clean:
            raise UserError("a profile needs a name")
        if len(clean) > 100:
            raise UserError("a profile name can have at most 100 characters")
        with self._lib.transaction() as conn:
            if conn.execute("SELECT 1 FROM profiles WHERE name = ?", (clean,)).fetchone():
                raise UserError(f"a profile named {clean!r} already exists")
            row = conn.execute(
                f"INSERT INTO profiles (name, created_at, synthetic) VALUES (?, ?, ?) "
                f"RETURNING {self._COLUMNS}",
                (clean, _now(), int(synthetic)),
            ).fetchone()
        return _profile(row)

    def list(self) -> list[Profile]:
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM profiles ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [_profile(r) for r in rows]

    def get(self, profile_id: int) -> Profile | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        return _profile(row) if row else None

    def by_name(self, name: str) -> Profile | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM profiles WHERE name = ?", (" ".join(name.split()),)
        ).fetchone()
        return _profile(row) if row else None

    def require(self, name_or_id: str | int) -> Profile:
        """The profile with this name (or numeric id), or a UserError saying it does not exist."""
        profile = None
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            profile = self.get(int(name_or_id))
        if profile is None:
            profile = self.by_name(str(name_or_id))
        if profile is None:
            raise UserError(f"no profile named {name_or_id!r}; see 'desktop-recsys profile list'")
        return profile

    def rename(self, profile_id: int, new_name: str) -> None:
        clean = " ".join((new_name or "").split())
        if not clean:
            raise UserError("a profile needs a name")
        with self._lib.transaction() as conn:
            clash = conn.execute(
                "SELECT id FROM profiles WHERE name = ? AND id != ?", (clean, profile_id)
            ).fetchone()
            if clash:
                raise UserError(f"a profile named {clean!r} already exists")
            conn.execute("UPDATE profiles SET name = ? WHERE id = ?", (clean, profile_id))

    def set_privacy(
        self,
        profile_id: int,
        *,
        record_plays: bool | None = None,
        share_with_friends: bool | None = None,
    ) -> None:
        with self._lib.transaction() as conn:
            if record_plays is not None:
                conn.execute(
                    "UPDATE profiles SET record_plays = ? WHERE id = ?",
                    (int(record_plays), profile_id),
                )
            if share_with_friends is not None:
                conn.execute(
                    "UPDATE profiles SET share_with_friends = ? WHERE id = ?",
                    (int(share_with_friends), profile_id),
                )

    def what_removal_erases(self, profile_id: int) -> dict[str, int]:
        """What deleting the profile takes with it, for the confirmation a person reads."""
        one = self._conn.execute
        return {
            "ratings": one(
                "SELECT count(*) FROM ratings WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "plays": one(
                "SELECT count(*) FROM plays WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "friendships": one(
                "SELECT count(*) FROM friendships WHERE profile_a = ? OR profile_b = ?",
                (profile_id, profile_id),
            ).fetchone()[0],
            "marks": one(
                "SELECT count(*) FROM marks WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "playlists": one(
                "SELECT count(*) FROM playlists WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
        }

    def remove(self, profile_id: int) -> None:
        """Delete a profile with its ratings, plays, marks, friendships and playlists."""
        with self._lib.transaction() as conn:
            cur = conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
            if cur.rowcount == 0:
                raise UserError(f"no profile with id {profile_id}")

    def ensure_many(
        self, names: Iterable[str], *, synthetic: bool = False
    ) -> tuple[dict[str, int], int]:
        """The ids of profiles with these names, creating the missing ones in one transaction.

        Returns ``(name -> id, number created)``; names compare without regard to case, as
        the schema does. Importers use this for data-set users (``ml:42``, ``lastfm:7``).
        """
        wanted = list(dict.fromkeys(" ".join((n or "").split()) for n in names))
        if any(not n for n in wanted):
            raise UserError("a profile needs a name")
        ids: dict[str, int] = {}
        created = 0
        with self._lib.transaction() as conn:
            for name in wanted:
                row = conn.execute("SELECT id FROM profiles WHERE name = ?", (name,)).fetchone()
                if row is None:
                    row = conn.execute(
                        "INSERT INTO profiles (name, created_at, synthetic) VALUES (?, ?, ?) "
                        "RETURNING id",
                        (name, _now(), int(synthetic)),
                    ).fetchone()
                    created += 1
                ids[name] = int(row[0])
        return ids, created


def _profile(row: Sequence[Any]) -> Profile:
    return Profile(row[0], row[1], row[2], bool(row[3]), bool(row[4]), bool(row[5]))


class RatingRepository(_Repository):
    """Star ratings: one current value per profile and item."""

    def set(
        self, profile_id: int, item_id: int, rating: float, rated_at: float | None = None
    ) -> None:
        self.set_many([(profile_id, item_id, rating, rated_at)])

    def set_many(self, rows: Iterable[tuple[int, int, float, float | None]]) -> int:
        """Insert or replace ratings in one transaction; returns how many were written."""
        now = _now()

        def checked() -> Iterable[tuple[int, int, float, float]]:
            for profile_id, item_id, rating, rated_at in rows:
                yield (
                    profile_id,
                    item_id,
                    _check_rating(rating),
                    now if rated_at is None else rated_at,
                )

        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "INSERT INTO ratings (profile_id, item_id, rating, rated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (profile_id, item_id) DO UPDATE SET rating = excluded.rating, "
                "rated_at = excluded.rated_at",
                checked(),
            )
            return cur.rowcount

    def merge_many(self, rows: Iterable[tuple[int, int, float, float | None]]) -> tuple[int, int]:
        """Import ratings ``(profile, item, rating, rated_at or None)``; returns
        ``(added, changed)``.

        Unlike :meth:`set_many`, a rating that is already stored with the same value and no new
        time is left alone (its time is not moved to now), so an import run twice changes
        nothing. A changed value without a time is stamped now.
        """
        now = _now()

        def checked() -> Iterable[tuple[int, int, float, float | None, float]]:
            for profile_id, item_id, rating, rated_at in rows:
                yield profile_id, item_id, _check_rating(rating), rated_at, now

        with self._lib.transaction() as conn:
            before = conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
            cur = conn.executemany(
                "INSERT INTO ratings (profile_id, item_id, rating, rated_at) "
                "VALUES (?1, ?2, ?3, COALESCE(?4, ?5)) "
                "ON CONFLICT (profile_id, item_id) DO UPDATE SET rating = excluded.rating, "
                "rated_at = CASE WHEN ?4 IS NOT NULL THEN ?4 "
                "WHEN ratings.rating != excluded.rating THEN ?5 ELSE ratings.rated_at END "
                "WHERE ratings.rating != excluded.rating "
                "OR (?4 IS NOT NULL AND ratings.rated_at != ?4)",
                checked(),
            )
            added = conn.execute("SELECT count(*) FROM ratings").fetchone()[0] - before
            return added, cur.rowcount - added

    def remove(self, profile_id: int, item_id: int) -> None:
        with self._lib.transaction() as conn:
            conn.execute(
                "DELETE FROM ratings WHERE profile_id = ? AND item_id = ?", (profile_id, item_id)
            )

    def get(self, profile_id: int, item_id: int) -> float | None:
        row = self._conn.execute(
            "SELECT rating FROM ratings WHERE profile_id = ? AND item_id = ?", (profile_id, item_id)
        ).fetchone()
        return row[0] if row else None

    def for_profile(self, profile_id: int) -> list[Rating]:
        return [
            Rating(*r)
            for r in self._conn.execute(
                "SELECT profile_id, item_id, rating, rated_at FROM ratings WHERE profile_id = ? "
                "ORDER BY rated_at",
                (profile_id,),
            )
        ]

    def all(self, kind: str | None = None) -> list[tuple[int, int, float, float]]:
        """Every (profile, item, rating, time), optionally for one item kind."""
        if kind is None:
            return self._conn.execute(
                "SELECT profile_id, item_id, rating, rated_at FROM ratings"
            ).fetchall()
        _check_kind(kind)
        return self._conn.execute(
            "SELECT r.profile_id, r.item_id, r.rating, r.rated_at FROM ratings r "
            "JOIN items i ON i.id = r.item_id WHERE i.kind = ?",
            (kind,),
        ).fetchall()

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM ratings").fetchone()[0]


class PlayRepository(_Repository):
    """Plays and views: when, how much of it, whether it was skipped, or a listening count."""

    def add(
        self,
        profile_id: int,
        item_id: int,
        played_at: float | None = None,
        *,
        completed: float = 1.0,
        skipped: bool = False,
        count: int = 1,
    ) -> None:
        self.add_many([(profile_id, item_id, played_at, completed, skipped, count)])

    def add_many(self, rows: Iterable[tuple[int, int, float | None, float, bool, int]]) -> int:
        """Append plays ``(profile, item, played_at, completed, skipped, count)`` in one
        transaction; returns how many were written."""

        def checked() -> Iterable[tuple[int, int, float | None, float, int, int]]:
            for profile_id, item_id, played_at, completed, skipped, count in rows:
                completed = float(completed)
                if math.isnan(completed) or not 0.0 <= completed <= 1.0:
                    raise UserError(f"share completed {completed} is outside 0-1")
                if int(count) < 1:
                    raise UserError(f"play count {count} must be at least 1")
                yield profile_id, item_id, played_at, completed, int(bool(skipped)), int(count)

        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "INSERT INTO plays (profile_id, item_id, played_at, completed, skipped, count) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                checked(),
            )
            return cur.rowcount

    def for_profile(self, profile_id: int, limit: int | None = None) -> list[Play]:
        sql = (
            "SELECT id, profile_id, item_id, played_at, completed, skipped, count FROM plays "
            "WHERE profile_id = ? ORDER BY played_at DESC, id DESC"
        )
        params: tuple[Any, ...] = (profile_id,)
        if limit is not None:
            sql += " LIMIT ?"
            params += (int(limit),)
        return [
            Play(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6])
            for r in self._conn.execute(sql, params)
        ]

    def totals(self, kind: str | None = None) -> list[tuple[int, int, int, float | None]]:
        """(profile, item, total count, last played) per pair, skipped plays left out."""
        join, where, params = "", "WHERE p.skipped = 0", ()
        if kind is not None:
            _check_kind(kind)
            join, where, params = (
                "JOIN items i ON i.id = p.item_id",
                where + " AND i.kind = ?",
                (kind,),
            )
        return self._conn.execute(
            f"SELECT p.profile_id, p.item_id, sum(p.count), max(p.played_at) FROM plays p {join} "
            f"{where} GROUP BY p.profile_id, p.item_id",
            params,
        ).fetchall()

    def count(self) -> int:
        """Number of play rows (an aggregated listening count is one row)."""
        return self._conn.execute("SELECT count(*) FROM plays").fetchone()[0]

    def merge_many(self, rows: Iterable[tuple[int, int, float | None, int]]) -> tuple[int, int]:
        """Add plays ``(profile, item, played_at, count)`` that are not stored yet.

        A play is the same when profile, item and time agree; an undated listening count
        (``played_at`` None) is one row per profile and item whose count is replaced. So an
        import run twice adds nothing the second time. Returns ``(added, counts changed)``.
        """
        wanted: dict[tuple[int, int, float | None], int] = {}
        for profile_id, item_id, played_at, count in rows:
            if int(count) < 1:
                raise UserError(f"play count {count} must be at least 1")
            key = (int(profile_id), int(item_id), None if played_at is None else float(played_at))
            wanted[key] = int(count)
        if not wanted:
            return 0, 0
        with self._lib.transaction() as conn:
            profiles = sorted({p for p, _, _ in wanted})
            existing: dict[tuple[int, int, float | None], tuple[int, int]] = {}
            for play_id, p, i, t, c in conn.execute(
                "SELECT id, profile_id, item_id, played_at, count FROM plays "
                "WHERE profile_id IN (SELECT value FROM json_each(?))",
                (json.dumps(profiles),),
            ):
                existing.setdefault((p, i, t), (play_id, c))
            new = [(p, i, t, c) for (p, i, t), c in wanted.items() if (p, i, t) not in existing]
            changed = [
                (c, existing[k][0])
                for k, c in wanted.items()
                if k in existing and k[2] is None and existing[k][1] != c
            ]
            conn.executemany(
                "INSERT INTO plays (profile_id, item_id, played_at, count) VALUES (?, ?, ?, ?)",
                new,
            )
            conn.executemany("UPDATE plays SET count = ? WHERE id = ?", changed)
        return len(new), len(changed)

    def merge_detailed(
        self, rows: Iterable[tuple[int, int, float | None, int, float, bool]]
    ) -> tuple[int, int]:
        """Like :meth:`merge_many` for ``(profile, item, played_at, count, completed,
        skipped)``: plays read back from an export keep how much was played and whether it was
        skipped. Returns ``(added, counts changed)``."""
        wanted: dict[tuple[int, int, float | None], tuple[int, float, int]] = {}
        for profile_id, item_id, played_at, count, completed, skipped in rows:
            completed = float(completed)
            if int(count) < 1:
                raise UserError(f"play count {count} must be at least 1")
            if math.isnan(completed) or not 0.0 <= completed <= 1.0:
                raise UserError(f"share completed {completed} is outside 0-1")
            key = (int(profile_id), int(item_id), None if played_at is None else float(played_at))
            wanted[key] = (int(count), completed, int(bool(skipped)))
        if not wanted:
            return 0, 0
        with self._lib.transaction() as conn:
            existing: dict[tuple[int, int, float | None], tuple[int, int]] = {}
            for play_id, p, i, t, c in conn.execute(
                "SELECT id, profile_id, item_id, played_at, count FROM plays "
                "WHERE profile_id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted({p for p, _, _ in wanted})),),
            ):
                existing.setdefault((p, i, t), (play_id, c))
            new = [
                (p, i, t, c, done, skip)
                for (p, i, t), (c, done, skip) in wanted.items()
                if (p, i, t) not in existing
            ]
            changed = [
                (c, existing[k][0])
                for k, (c, _, _) in wanted.items()
                if k in existing and k[2] is None and existing[k][1] != c
            ]
            conn.executemany(
                "INSERT INTO plays (profile_id, item_id, played_at, count, completed, skipped) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                new,
            )
            conn.executemany("UPDATE plays SET count = ? WHERE id = ?", changed)
        return len(new), len(changed)


class FriendshipRepository(_Repository):
    """Symmetric friendships between profiles, each pair stored once."""

    def add(self, profile_a: int, profile_b: int) -> None:
        self.add_many([(profile_a, profile_b)])

    def add_many(self, pairs: Iterable[tuple[int, int]]) -> int:
        """Befriend pairs (either order; duplicates and self-pairs are ignored)."""
        now = _now()
        rows = {(min(a, b), max(a, b)) for a, b in pairs if a != b}
        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "INSERT OR IGNORE INTO friendships (profile_a, profile_b, created_at) "
                "VALUES (?, ?, ?)",
                [(a, b, now) for a, b in sorted(rows)],
            )
            return cur.rowcount

    def remove(self, profile_a: int, profile_b: int) -> None:
        a, b = min(profile_a, profile_b), max(profile_a, profile_b)
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM friendships WHERE profile_a = ? AND profile_b = ?", (a, b))

    def friends_of(self, profile_id: int) -> list[int]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT profile_b FROM friendships WHERE profile_a = ? "
                "UNION SELECT profile_a FROM friendships WHERE profile_b = ? ORDER BY 1",
                (profile_id, profile_id),
            )
        ]

    def pairs(self) -> list[tuple[int, int]]:
        return self._conn.execute(
            "SELECT profile_a, profile_b FROM friendships ORDER BY 1, 2"
        ).fetchall()

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM friendships").fetchone()[0]


class MarkRepository(_Repository):
    """Per-profile "not interested" and "don't learn from this" marks."""

    def set(self, profile_id: int, item_id: int, mark: str) -> None:
        if mark not in MARK_KINDS:
            raise UserError(f"unknown mark {mark!r}; use one of {', '.join(MARK_KINDS)}")
        with self._lib.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO marks (profile_id, item_id, mark, created_at) "
                "VALUES (?, ?, ?, ?)",
                (profile_id, item_id, mark, _now()),
            )

    def clear(self, profile_id: int, item_id: int, mark: str) -> None:
        with self._lib.transaction() as conn:
            conn.execute(
                "DELETE FROM marks WHERE profile_id = ? AND item_id = ? AND mark = ?",
                (profile_id, item_id, mark),
            )

    def items(self, profile_id: int, mark: str) -> set[int]:
        return {
            r[0]
            for r in self._conn.execute(
                "SELECT item_id FROM marks WHERE profile_id = ? AND mark = ?", (profile_id, mark)
            )
        }

    def for_profile(self, profile_id: int) -> list[tuple[int, str, float]]:
        """Every ``(item, mark, created_at)`` of a profile, oldest first."""
        return self._conn.execute(
            "SELECT item_id, mark, created_at FROM marks WHERE profile_id = ? "
            "ORDER BY created_at, item_id, mark",
            (profile_id,),
        ).fetchall()

    def set_many(self, rows: Iterable[tuple[int, int, str, float | None]]) -> int:
        """Set ``(profile, item, mark, created_at or None)`` marks (existing ones are kept);
        returns how many were new."""
        now = _now()
        checked = []
        for profile_id, item_id, mark, created_at in rows:
            if mark not in MARK_KINDS:
                raise UserError(f"unknown mark {mark!r}; use one of {', '.join(MARK_KINDS)}")
            checked.append((profile_id, item_id, mark, now if created_at is None else created_at))
        with self._lib.transaction() as conn:
            before = conn.execute("SELECT count(*) FROM marks").fetchone()[0]
            conn.executemany(
                "INSERT OR IGNORE INTO marks (profile_id, item_id, mark, created_at) "
                "VALUES (?, ?, ?, ?)",
                checked,
            )
            return conn.execute("SELECT count(*) FROM marks").fetchone()[0] - before


class PlaylistRepository(_Repository):
    """Static playlists and saved-rule playlists."""

    _COLUMNS = "id, profile_id, name, kind, rules, created_at, updated_at"

    def create(
        self,
        name: str,
        *,
        profile_id: int | None = None,
        rules: dict[str, Any] | None = None,
        item_ids: Sequence[int] = (),
    ) -> Playlist:
        clean = " ".join((name or "").split())
        if not clean:
            raise UserError("a playlist needs a name")
        now = _now()
        with self._lib.transaction() as conn:
            row = conn.execute(
                f"INSERT INTO playlists (profile_id, name, kind, rules, created_at, updated_at) "
                f"VALUES (?, ?, ?, ?, ?, ?) RETURNING {self._COLUMNS}",
                (
                    profile_id,
                    clean,
                    "rules" if rules is not None else "static",
                    json.dumps(rules) if rules is not None else None,
                    now,
                    now,
                ),
            ).fetchone()
            playlist = _playlist(row)
            if item_ids:
                self.append(playlist.id, item_ids)
        return playlist

    def append(self, playlist_id: int, item_ids: Sequence[int]) -> None:
        with self._lib.transaction() as conn:
            start = conn.execute(
                "SELECT COALESCE(max(position) + 1, 0) FROM playlist_items WHERE playlist_id = ?",
                (playlist_id,),
            ).fetchone()[0]
            conn.executemany(
                "INSERT INTO playlist_items (playlist_id, position, item_id) VALUES (?, ?, ?)",
                [(playlist_id, start + i, item) for i, item in enumerate(item_ids)],
            )
            conn.execute("UPDATE playlists SET updated_at = ? WHERE id = ?", (_now(), playlist_id))

    def items(self, playlist_id: int) -> list[int]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT item_id FROM playlist_items WHERE playlist_id = ? ORDER BY position",
                (playlist_id,),
            )
        ]

    def list(self, profile_id: int | None = None) -> list[Playlist]:
        if profile_id is None:
            rows = self._conn.execute(f"SELECT {self._COLUMNS} FROM playlists ORDER BY name")
        else:
            rows = self._conn.execute(
                f"SELECT {self._COLUMNS} FROM playlists WHERE profile_id = ? OR profile_id IS NULL "
                "ORDER BY name",
                (profile_id,),
            )
        return [_playlist(r) for r in rows]

    def remove(self, playlist_id: int) -> None:
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM playlists WHERE id = ?", (playlist_id,))

    def find(self, name: str, profile_id: int | None) -> Playlist | None:
        """The playlist called ``name`` (any case) owned by ``profile_id``, else a shared
        one (no owner) of that name, else None."""
        clean = " ".join((name or "").split())
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM playlists WHERE name = ? COLLATE NOCASE "
            "AND (profile_id IS ? OR profile_id IS NULL) ORDER BY profile_id IS NULL, id LIMIT 1",
            (clean, profile_id),
        ).fetchone()
        return _playlist(row) if row else None

    def replace_items(self, playlist_id: int, item_ids: Sequence[int]) -> None:
        """Make the playlist hold exactly ``item_ids``, in order."""
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM playlist_items WHERE playlist_id = ?", (playlist_id,))
            conn.executemany(
                "INSERT INTO playlist_items (playlist_id, position, item_id) VALUES (?, ?, ?)",
                [(playlist_id, i, item) for i, item in enumerate(item_ids)],
            )
            conn.execute("UPDATE playlists SET updated_at = ? WHERE id = ?", (_now(), playlist_id))


def _playlist(row: Sequence[Any]) -> Playlist:
    return Playlist(
        row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] else None, row[5], row[6]
    )


class ModelRunRepository(_Repository):
    """Trained models: one row per training run, with its card (parameters, data, metrics).

    The model registry's rules live here as queries: the runs that may serve a profile are the
    ``ready`` and ``stale`` ones of its item kind, its own before the shared ones (profile
    NULL), newest first. Rolling back retires the runs that are newer than the chosen one.
    The item kind a run learned from is kept in its ``params`` JSON (``{"kind": ...}``) until
    the schema has a column for it.
    """

    _COLUMNS = (
        "id, profile_id, algorithm, params, data_fingerprint, metrics, file, status, error, "
        "created_at, finished_at"
    )
    SERVING_STATUSES = ("ready", "stale")

    def create(
        self,
        algorithm: str,
        *,
        profile_id: int | None = None,
        params: dict[str, Any] | None = None,
        data_fingerprint: str | None = None,
        status: str = "training",
    ) -> int:
        if status not in RUN_STATUSES:
            raise UserError(f"unknown model run status {status!r}")
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO model_runs (profile_id, algorithm, params, data_fingerprint, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    profile_id,
                    algorithm,
                    json.dumps(params or {}, default=str),
                    data_fingerprint,
                    status,
                    _now(),
                ),
            )
            return int(cur.lastrowid)

    def finish(
        self,
        run_id: int,
        status: str,
        *,
        file: str | None = None,
        metrics: dict[str, Any] | None = None,
        error: str | None = None,
        data_fingerprint: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        """End a run: its outcome, and for a good one the model file and the card's fields."""
        if status not in RUN_STATUSES:
            raise UserError(f"unknown model run status {status!r}")
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE model_runs SET status = ?, file = COALESCE(?, file), "
                "metrics = COALESCE(?, metrics), error = ?, finished_at = ?, "
                "data_fingerprint = COALESCE(?, data_fingerprint), "
                "params = COALESCE(?, params) WHERE id = ?",
                (
                    status,
                    file,
                    json.dumps(metrics, default=str) if metrics is not None else None,
                    error,
                    _now(),
                    data_fingerprint,
                    json.dumps(params, default=str) if params is not None else None,
                    run_id,
                ),
            )

    def set_status(self, run_id: int, status: str, *, only_from: Sequence[str] = ()) -> bool:
        """Change a run's status (its card and date stay); ``only_from`` guards the change.

        Returns whether the row changed, so a caller can tell a lost race from a success.
        """
        if status not in RUN_STATUSES:
            raise UserError(f"unknown model run status {status!r}")
        sql, params = "UPDATE model_runs SET status = ? WHERE id = ?", [status, run_id]
        if only_from:
            sql += f" AND status IN ({', '.join('?' * len(only_from))})"
            params.extend(only_from)
        with self._lib.transaction() as conn:
            return conn.execute(sql, params).rowcount > 0

    def get(self, run_id: int) -> ModelRun | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM model_runs WHERE id = ?", (run_id,)
        ).fetchone()
        return _run(row) if row else None

    def list(self, profile_id: int | None = None, *, kind: str | None = None) -> list[ModelRun]:
        """Runs newest first: all, or one profile's (and of one item kind)."""
        clauses: list[str] = []
        params: list[Any] = []
        if profile_id is not None:
            clauses.append("profile_id = ?")
            params.append(profile_id)
        if kind is not None:
            _check_kind(kind)
            clauses.append("json_extract(params, '$.kind') = ?")
            params.append(kind)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM model_runs {where} ORDER BY created_at DESC, id DESC",
            params,
        )
        return [_run(r) for r in rows]

    def latest_ready(self, algorithm: str | None = None) -> ModelRun | None:
        sql = f"SELECT {self._COLUMNS} FROM model_runs WHERE status = 'ready'"
        params: tuple[Any, ...] = ()
        if algorithm is not None:
            sql += " AND algorithm = ?"
            params = (algorithm,)
        row = self._conn.execute(
            sql + " ORDER BY created_at DESC, id DESC LIMIT 1", params
        ).fetchone()
        return _run(row) if row else None

    def serving_candidates(
        self, profile_id: int | None, kind: str, algorithm: str | None = None
    ) -> list[ModelRun]:
        """Runs that may serve ``profile_id`` for ``kind``, best first.

        The profile's own runs come before shared ones (trained with no profile), each group
        newest first; only ``ready`` and ``stale`` runs with a model file qualify.
        """
        _check_kind(kind)
        sql = (
            f"SELECT {self._COLUMNS} FROM model_runs WHERE status IN ('ready', 'stale') "
            "AND file IS NOT NULL AND json_extract(params, '$.kind') = ? "
            "AND (profile_id IS NULL OR profile_id IS ?)"
        )
        params: list[Any] = [kind, profile_id]
        if algorithm is not None:
            sql += " AND algorithm = ?"
            params.append(algorithm)
        sql += " ORDER BY (profile_id IS NULL), created_at DESC, id DESC"
        return [_run(r) for r in self._conn.execute(sql, params)]

    def retire_newer(self, run: ModelRun) -> int:
        """Retire the serving runs of ``run``'s profile and kind that are newer than it.

        This is the rollback: afterwards ``run`` is the newest good model of its group again.
        """
        kind = run.params.get("kind")
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "UPDATE model_runs SET status = 'retired' WHERE status IN ('ready', 'stale') "
                "AND profile_id IS ? AND json_extract(params, '$.kind') IS ? "
                "AND (created_at > ? OR (created_at = ? AND id > ?))",
                (run.profile_id, kind, run.created_at, run.created_at, run.id),
            )
            return cur.rowcount

    def mark_interrupted(self, error: str) -> list[ModelRun]:
        """Runs left ``queued`` or ``training`` by a session that ended abruptly become
        ``failed`` with ``error``; returns them as they were (for cleaning up their files)."""
        with self._lib.transaction() as conn:
            rows = conn.execute(
                f"SELECT {self._COLUMNS} FROM model_runs WHERE status IN ('queued', 'training')"
            ).fetchall()
            conn.execute(
                "UPDATE model_runs SET status = 'failed', error = ?, finished_at = ? "
                "WHERE status IN ('queued', 'training')",
                (error, _now()),
            )
        return [_run(r) for r in rows]

    def files(self) -> set[str]:
        """Every model file name any run refers to."""
        return {
            r[0] for r in self._conn.execute("SELECT file FROM model_runs WHERE file IS NOT NULL")
        }


def _run(row: Sequence[Any]) -> ModelRun:
    return ModelRun(
        row[0],
        row[1],
        row[2],
        json.loads(row[3]),
        row[4],
        json.loads(row[5]),
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
    )


class JobRepository(_Repository):
    """The history of background jobs shown in the Jobs panel.

    Times may be given by the caller: the job runner records them when a job changes state and
    writes them a moment later from its history thread.
    """

    _COLUMNS = "id, kind, params, status, created_at, started_at, ended_at, result, error"

    def create(
        self,
        kind: str,
        params: dict[str, Any] | None = None,
        *,
        created_at: float | None = None,
    ) -> int:
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (kind, params, status, created_at) VALUES (?, ?, 'queued', ?)",
                (
                    kind,
                    json.dumps(params or {}, default=str),
                    _now() if created_at is None else created_at,
                ),
            )
            return int(cur.lastrowid)

    def start(self, job_id: int, *, at: float | None = None) -> None:
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE jobs SET status = 'running', started_at = ? WHERE id = ?",
                (_now() if at is None else at, job_id),
            )

    def end(
        self,
        job_id: int,
        status: str,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
        at: float | None = None,
    ) -> None:
        if status not in JOB_STATUSES:
            raise UserError(f"unknown job status {status!r}")
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE jobs SET status = ?, ended_at = ?, result = ?, error = ? WHERE id = ?",
                (
                    status,
                    _now() if at is None else at,
                    json.dumps(result, default=str) if result is not None else None,
                    error,
                    job_id,
                ),
            )

    def mark_interrupted(self) -> int:
        """Jobs left queued or running by a previous session that ended abruptly."""
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "UPDATE jobs SET status = 'interrupted', ended_at = ? "
                "WHERE status IN ('queued', 'running')",
                (_now(),),
            )
            return cur.rowcount

    def get(self, job_id: int) -> JobRecord | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM jobs WHERE id = ?", (job_id,)
        ).fetchone()
        return _job(row) if row else None

    def list(self, limit: int = 200) -> list[JobRecord]:
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM jobs ORDER BY created_at DESC, id DESC LIMIT ?",
            (int(limit),),
        )
        return [_job(r) for r in rows]


def _job(r: Sequence[Any]) -> JobRecord:
    return JobRecord(
        r[0],
        r[1],
        json.loads(r[2]),
        r[3],
        r[4],
        r[5],
        r[6],
        json.loads(r[7]) if r[7] else None,
        r[8],
    )


class StatsRepository(_Repository):
    """Counts over the whole library."""

    def collect(self) -> LibraryStats:
        one = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        by_kind = {kind: 0 for kind in ITEM_KINDS}
        for kind, count in self._conn.execute("SELECT kind, count(*) FROM items GROUP BY kind"):
            by_kind[kind] = count
        return LibraryStats(
            items_by_kind=by_kind,
            profiles=one("SELECT count(*) FROM profiles"),
            ratings=one("SELECT count(*) FROM ratings"),
            plays=one("SELECT count(*) FROM plays"),
            friendships=one("SELECT count(*) FROM friendships"),
            genres=one("SELECT count(*) FROM genres"),
            tags=one("SELECT count(*) FROM tags"),
            people=one("SELECT count(*) FROM people"),
            playlists=one("SELECT count(*) FROM playlists"),
            model_runs=one("SELECT count(*) FROM model_runs"),
            synthetic=self._lib.meta.get("synthetic_demo") == "1",
            schema_version=self._lib.schema_version,
        )

    def is_empty(self) -> bool:
        """True when the library holds no items and no profiles (a first start)."""
        return (
            self._conn.execute("SELECT EXISTS (SELECT 1 FROM items)").fetchone()[0] == 0
            and self._conn.execute("SELECT EXISTS (SELECT 1 FROM profiles)").fetchone()[0] == 0
        )
