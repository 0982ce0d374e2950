"""Duplicate items: finding them, and merging one into another with its history.

Used by :mod:`desktop_recsys.library.importers.duplicates`. Mixed into
:class:`~desktop_recsys.library.repositories.items.ItemRepository`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from desktop_recsys.errors import UserError
from desktop_recsys.library.repositories.base import timestamp
from desktop_recsys.library.repositories.item_store import ItemStore
from desktop_recsys.progress import Message

#: Item kinds as words, translatable.
_KIND_WORDS = {"film": Message("film"), "track": Message("track"), "artist": Message("artist")}


class ItemMerge(ItemStore):
    """Finding duplicate items and folding one into another with its whole history."""

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

    def also_known_as(self, kind: str) -> list[tuple[int, list[str]]]:
        """``(item, [alias, ...])`` of the real items of ``kind`` whose description lists
        other titles (``Also known as: A; B``, as the data-set importers write it)."""
        prefix = "Also known as: "
        return [
            (int(item_id), [a.strip() for a in text[len(prefix) :].split(";") if a.strip()])
            for item_id, text in self._conn.execute(
                "SELECT id, description FROM items WHERE kind = ? AND synthetic = 0 "
                "AND substr(description, 1, ?) = ? ORDER BY id",
                (kind, len(prefix), prefix),
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
        listening counts are added up) with what other players' imports counted, tags (the higher count), genres, credits, marks,
        playlist entries (in place) and external ids (``keep``'s win for the same source), its
        empty fields are filled from ``drop``'s, and it takes ``drop``'s file if it has none.
        Returns what moved, by kind.
        """
        if keep == drop:
            raise UserError(Message("cannot merge an item with itself; choose two different items"))
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
                    raise UserError(Message("no item with id {item_id}", item_id=item_id))
            if both[keep][1] != both[drop][1]:
                raise UserError(
                    Message(
                        "item {keep} is a {keep_kind} and item {drop} a {drop_kind}; only items "
                        "of the same kind can be merged",
                        keep=keep,
                        keep_kind=_KIND_WORDS.get(both[keep][1], both[keep][1]),
                        drop=drop,
                        drop_kind=_KIND_WORDS.get(both[drop][1], both[drop][1]),
                    )
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
            # What other players' imports counted (schema 6) follows the plays: added up, so
            # importing the player again adds nothing for the merged copies.
            conn.execute(
                "INSERT INTO history_imports (profile_id, item_id, source, plays, skips, "
                "last_played, rating, resume, imported_at) SELECT profile_id, ?, source, plays, "
                "skips, last_played, rating, resume, imported_at FROM history_imports "
                "WHERE item_id = ? ON CONFLICT (profile_id, item_id, source) DO UPDATE SET "
                "plays = plays + excluded.plays, skips = skips + excluded.skips, "
                "last_played = max(coalesce(last_played, excluded.last_played), "
                "coalesce(excluded.last_played, last_played))",
                (keep, drop),
            )
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
                    (*fill.values(), timestamp(), keep),
                )
            conn.execute("DELETE FROM items WHERE id = ?", (drop,))
            self._index(conn, [keep])
        return moved
