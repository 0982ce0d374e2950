"""Items in bulk: what importers, folder scans and exporters read and write.

Importers match rows against existing items (external ids, titles) and attach ids, genres and
tag counts idempotently; folder scans record which files are where; exporters read items with
everything an export keeps. Mixed into
:class:`~desktop_recsys.library.repositories.items.ItemRepository`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from desktop_recsys.library.models import check_kind
from desktop_recsys.library.repositories.base import timestamp
from desktop_recsys.library.repositories.item_store import ItemStore


class ItemTransfer(ItemStore):
    """Bulk reads and writes of items for importers, folder scans and exporters."""

    # -- importing, matching and rescans (used by library.importers) ----------------------
    def external_id_index(self, kind: str, sources: Sequence[str]) -> dict[str, dict[str, int]]:
        """For each id source, ``value -> item id`` over the real items of ``kind``.

        Importers load this once per import instead of asking row by row. Synthetic (demo)
        items are left out: an import never matches them (a real film must not merge into
        an invented one).
        """
        check_kind(kind)
        index: dict[str, dict[str, int]] = {source: {} for source in sources}
        if not sources:
            return index
        rows = self._conn.execute(
            "SELECT e.source, e.value, e.item_id FROM external_ids e "
            "JOIN items i ON i.id = e.item_id "
            "WHERE i.kind = ? AND i.synthetic = 0 "
            "AND e.source IN (SELECT value FROM json_each(?))",
            (kind, json.dumps(list(sources))),
        )
        for source, value, item_id in rows:
            # Lowest id wins when two items share an id: it is the one imported first.
            index[source].setdefault(value, item_id)
        return index

    def match_candidates(
        self, kind: str
    ) -> list[tuple[int, str, str | None, int | None, float | None]]:
        """``(id, title, artist, year, duration)`` of every real item of ``kind``, for
        matching (synthetic demo items are never matched, see :meth:`external_id_index`)."""
        check_kind(kind)
        return self._conn.execute(
            "SELECT id, title, artist, year, duration FROM items "
            "WHERE kind = ? AND synthetic = 0 ORDER BY id",
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
                ((p, s, m, h, timestamp(), i) for i, p, s, m, h in rows),
            )
            return cur.rowcount

    def set_missing(self, item_ids: Iterable[int], missing: bool = True) -> int:
        """Flag items whose files vanished (or came back); their history is kept."""
        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "UPDATE items SET missing = ?, updated_at = ? WHERE id = ? AND missing != ?",
                ((int(missing), timestamp(), i, int(missing)) for i in item_ids),
            )
            return cur.rowcount

    def set_kind(self, item_id: int, kind: str) -> bool:
        """File an item under another kind (a rescan found an audio-only "film" to be a
        track); its ratings, plays, tags and edits stay. Returns whether it changed."""
        check_kind(kind)
        with self._lib.transaction() as conn:
            cur = conn.execute(
                "UPDATE items SET kind = ?, updated_at = ? WHERE id = ? AND kind != ?",
                (kind, timestamp(), item_id, kind),
            )
            if cur.rowcount:
                self._index(conn, [item_id])  # the search index holds the kind too
            return bool(cur.rowcount)

    def path_of(self, item_id: int) -> str | None:
        row = self._conn.execute("SELECT path FROM items WHERE id = ?", (item_id,)).fetchone()
        return row[0] if row else None

    # -- exports (used by library.exporters) ---------------------------------------------
    def export_rows(
        self, item_ids: Sequence[int] | None = None, kind: str | None = None
    ) -> list[dict[str, Any]]:
        """Items as plain dicts with everything an export keeps: fields, genres, tags with
        their counts, credits and external ids. ``item_ids`` keeps their order; otherwise all
        items (of ``kind``) by id."""
        if kind is not None:
            check_kind(kind)
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
