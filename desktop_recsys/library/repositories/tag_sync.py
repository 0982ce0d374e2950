"""What a profile's ratings and play counts were when the library and a file last agreed.

Not one of :class:`~desktop_recsys.library.db.Library`'s attributes: made where needed,
``TagSyncRepository(library)``. The rules that use it are in :mod:`desktop_recsys.library.tag_sync`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_recsys.library.repositories.base import Repository, timestamp

#: Meta key: the id of the profile whose ratings and plays the files carry.
PROFILE_KEY = "tag_sync_profile"
#: Meta key: "1" when scans also write ratings and play counts into the files.
WRITE_KEY = "tag_sync_write"


@dataclass(frozen=True)
class Synced:
    """What both sides held at the last sync (``rating_known`` False: they never agreed on a
    rating; ``play_count`` None: nor on a count)."""

    rating: float | None
    rating_known: bool
    play_count: int | None
    synced_at: float


@dataclass(frozen=True)
class Agreed:
    """One item's new sync state: the fields both sides now agree on (None: unchanged)."""

    item_id: int
    rating: tuple[float | None] | None  # (value,) when they agree on a rating (or on none)
    play_count: int | None
    file_size: int | None
    file_mtime: float | None


class TagSyncRepository(Repository):
    """Rows of ``tag_sync`` and the two library settings of the sync (in ``meta``)."""

    def states(self, profile_id: int, item_ids: Iterable[int]) -> dict[int, Synced]:
        ids = sorted({int(i) for i in item_ids})
        if not ids:
            return {}
        return {
            row[0]: Synced(row[1], bool(row[2]), row[3], row[4])
            for row in self._conn.execute(
                "SELECT item_id, rating, rating_known, play_count, synced_at FROM tag_sync "
                "WHERE profile_id = ? AND item_id IN (SELECT value FROM json_each(?))",
                (profile_id, json.dumps(ids)),
            )
        }

    def record(self, profile_id: int, rows: Iterable[Agreed]) -> int:
        """Store what each item's sides now agree on, keeping earlier agreement on the rest."""
        now = timestamp()
        params = [
            (
                profile_id,
                row.item_id,
                None if row.rating is None else row.rating[0],
                row.rating is not None,
                row.play_count,
                row.file_size,
                row.file_mtime,
                now,
            )
            for row in rows
        ]
        with self._lib.transaction() as conn:
            conn.executemany(
                "INSERT INTO tag_sync (profile_id, item_id, rating, rating_known, play_count, "
                "file_size, file_mtime, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                "ON CONFLICT (profile_id, item_id) DO UPDATE SET "
                "rating = CASE WHEN ?4 THEN ?3 ELSE tag_sync.rating END, "
                "rating_known = max(tag_sync.rating_known, ?4), "
                "play_count = COALESCE(?5, tag_sync.play_count), "
                "file_size = ?6, file_mtime = ?7, synced_at = ?8",
                params,
            )
        return len(params)

    def play_totals(self, profile_id: int, item_ids: Iterable[int]) -> dict[int, int]:
        """The profile's plays of each item (skips left out; an item never played: absent)."""
        ids = sorted({int(i) for i in item_ids})
        return dict(
            self._conn.execute(
                "SELECT item_id, sum(count) FROM plays WHERE profile_id = ? AND skipped = 0 "
                "AND item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id",
                (profile_id, json.dumps(ids)),
            ).fetchall()
        )

    def ratings(self, profile_id: int, item_ids: Iterable[int]) -> dict[int, tuple[float, float]]:
        """The profile's rating and its time, per item (unrated items absent)."""
        ids = sorted({int(i) for i in item_ids})
        return {
            row[0]: (row[1], row[2])
            for row in self._conn.execute(
                "SELECT item_id, rating, rated_at FROM ratings WHERE profile_id = ? "
                "AND item_id IN (SELECT value FROM json_each(?))",
                (profile_id, json.dumps(ids)),
            )
        }

    def files(self) -> list[tuple[int, str, int | None, float | None]]:
        """Every track with a file: ``(item id, stored path, size, mtime)`` by id."""
        return self._conn.execute(
            "SELECT id, path, file_size, file_mtime FROM items "
            "WHERE kind = 'track' AND path IS NOT NULL ORDER BY id"
        ).fetchall()
