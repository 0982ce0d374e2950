"""Star ratings: one current value per profile and item."""

from __future__ import annotations

import math
from collections.abc import Iterable

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import Rating, check_kind
from desktop_recsys.library.repositories.base import Repository, timestamp
from desktop_recsys.library.repositories.bulk_versions import (
    BULK_ROWS,
    rating_changes,
    write_counted,
)
from desktop_recsys.progress import Message


def _check_rating(value: float) -> float:
    value = float(value)
    if math.isnan(value) or not 0.5 <= value <= 5.0:
        raise UserError(
            Message("rating {value} is outside 0.5-5 stars; give 0.5 to 5 stars", value=value)
        )
    return value


class RatingRepository(Repository):
    """Star ratings: one current value per profile and item."""

    def set(
        self, profile_id: int, item_id: int, rating: float, rated_at: float | None = None
    ) -> None:
        self.set_many([(profile_id, item_id, rating, rated_at)])

    def set_many(self, rows: Iterable[tuple[int, int, float, float | None]]) -> int:
        """Insert or replace ratings in one transaction; returns how many were written."""
        now = timestamp()

        def checked() -> Iterable[tuple[int, int, float, float]]:
            for profile_id, item_id, rating, rated_at in rows:
                yield (
                    profile_id,
                    item_id,
                    _check_rating(rating),
                    now if rated_at is None else rated_at,
                )

        statement = (
            "INSERT INTO ratings (profile_id, item_id, rating, rated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (profile_id, item_id) DO UPDATE SET rating = excluded.rating, "
            "rated_at = excluded.rated_at"
        )
        batch = list(checked())
        with self._lib.transaction() as conn:
            if len(batch) >= BULK_ROWS:
                counted = rating_changes(conn, batch, merge=False)
                return write_counted(conn, "ratings", statement, batch, counted).rowcount
            return conn.executemany(statement, batch).rowcount

    def merge_many(self, rows: Iterable[tuple[int, int, float, float | None]]) -> tuple[int, int]:
        """Import ratings ``(profile, item, rating, rated_at or None)``; returns
        ``(added, changed)``.

        Unlike :meth:`set_many`, a rating that is already stored with the same value and no new
        time is left alone (its time is not moved to now), so an import run twice changes
        nothing. A changed value without a time is stamped now.
        """
        now = timestamp()

        def checked() -> Iterable[tuple[int, int, float, float | None, float]]:
            for profile_id, item_id, rating, rated_at in rows:
                yield profile_id, item_id, _check_rating(rating), rated_at, now

        statement = (
            "INSERT INTO ratings (profile_id, item_id, rating, rated_at) "
            "VALUES (?1, ?2, ?3, COALESCE(?4, ?5)) "
            "ON CONFLICT (profile_id, item_id) DO UPDATE SET rating = excluded.rating, "
            "rated_at = CASE WHEN ?4 IS NOT NULL THEN ?4 "
            "WHEN ratings.rating != excluded.rating THEN ?5 ELSE ratings.rated_at END "
            "WHERE ratings.rating != excluded.rating "
            "OR (?4 IS NOT NULL AND ratings.rated_at != ?4)"
        )
        batch = list(checked())
        with self._lib.transaction() as conn:
            before = conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
            if len(batch) >= BULK_ROWS:
                counted = rating_changes(conn, [r[:4] for r in batch], merge=True)
                cur = write_counted(conn, "ratings", statement, batch, counted)
            else:
                cur = conn.executemany(statement, batch)
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
        check_kind(kind)
        return self._conn.execute(
            "SELECT r.profile_id, r.item_id, r.rating, r.rated_at FROM ratings r "
            "JOIN items i ON i.id = r.item_id WHERE i.kind = ?",
            (kind,),
        ).fetchall()

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
