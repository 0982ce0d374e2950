"""What was imported from other players' histories, and the items an import can match.

``history_imports`` (schema 6) keeps, per profile, item and player, the totals the player had
at the last import, so :mod:`~desktop_recsys.library.importers.player_history` adds only what
grew since. Built on the import's own library (``HistoryImportRepository(library)``); the
reads that match a player's entries to items live here too, with the rest of the SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_recsys.library.models import check_kind
from desktop_recsys.library.repositories.base import Repository, timestamp

#: The players whose histories are imported (the table's CHECK lists the same).
SOURCES = ("strawberry", "clementine", "rhythmbox", "kodi")


@dataclass(frozen=True)
class Imported:
    """What one player's history said about one item at the last import."""

    plays: int = 0
    skips: int = 0
    last_played: float | None = None
    rating: float | None = None
    resume: float | None = None


class HistoryImportRepository(Repository):
    """Reads and writes of ``history_imports``, and the candidates an import matches against."""

    def previous(self, profile_id: int, source: str) -> dict[int, Imported]:
        """item id -> what the last import from ``source`` into the profile said about it.

        Plays and skips are capped at what the profile's history still holds of the item (a
        history erased since is imported again, not skipped as "already there")."""
        held: dict[tuple[int, int], int] = {
            (item, skipped): total
            for item, skipped, total in self._conn.execute(
                "SELECT item_id, skipped, sum(count) FROM plays WHERE profile_id = ? "
                "GROUP BY item_id, skipped",
                (profile_id,),
            )
        }
        out: dict[int, Imported] = {}
        for item, plays, skips, last, rating, resume in self._conn.execute(
            "SELECT item_id, plays, skips, last_played, rating, resume FROM history_imports "
            "WHERE profile_id = ? AND source = ?",
            (profile_id, source),
        ):
            out[item] = Imported(
                min(plays, held.get((item, 0), 0)),
                min(skips, held.get((item, 1), 0)),
                last,
                rating,
                resume,
            )
        return out

    def remember(
        self,
        profile_id: int,
        source: str,
        rows: Iterable[tuple[int, Imported]],
    ) -> int:
        """Store ``(item, what the player says now)`` as the last import; returns the rows."""
        now = timestamp()
        with self._lib.transaction() as conn:
            cur = conn.executemany(
                "INSERT INTO history_imports (profile_id, item_id, source, plays, skips, "
                "last_played, rating, resume, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (profile_id, item_id, source) DO UPDATE SET plays = excluded.plays, "
                "skips = excluded.skips, last_played = excluded.last_played, "
                "rating = excluded.rating, resume = excluded.resume, "
                "imported_at = excluded.imported_at",
                (
                    (profile_id, item, source, i.plays, i.skips, i.last_played, i.rating,
                     i.resume, now)
                    for item, i in rows
                ),
            )  # fmt: skip
            return cur.rowcount

    def count(self, profile_id: int | None = None) -> int:
        if profile_id is None:
            return self._conn.execute("SELECT count(*) FROM history_imports").fetchone()[0]
        return self._conn.execute(
            "SELECT count(*) FROM history_imports WHERE profile_id = ?", (profile_id,)
        ).fetchone()[0]

    def file_items(self, kind: str) -> list[tuple[int, str]]:
        """``(id, stored path)`` of every real ``kind`` item with a file."""
        check_kind(kind)
        return self._conn.execute(
            "SELECT id, path FROM items WHERE kind = ? AND path IS NOT NULL AND synthetic = 0 "
            "ORDER BY id",
            (kind,),
        ).fetchall()

    def tag_items(
        self, kind: str
    ) -> list[tuple[int, str, str | None, str | None, int | None, float | None]]:
        """``(id, title, artist, album, year, duration)`` of every real ``kind`` item."""
        check_kind(kind)
        return self._conn.execute(
            "SELECT id, title, artist, album, year, duration FROM items "
            "WHERE kind = ? AND synthetic = 0 ORDER BY id",
            (kind,),
        ).fetchall()

    def ratings_of(self, profile_id: int, items: Iterable[int]) -> dict[int, tuple[float, float]]:
        """item -> (stars, rated_at) of the profile's ratings of ``items``."""
        return {
            item: (stars, at)
            for item, stars, at in self._conn.execute(
                "SELECT item_id, rating, rated_at FROM ratings WHERE profile_id = ? "
                "AND item_id IN (SELECT value FROM json_each(?))",
                (profile_id, json.dumps(sorted(set(items)))),
            )
        }
