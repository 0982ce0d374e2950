"""Plays and views, and listening counts, with idempotent merges for imports."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import Play, check_kind
from desktop_recsys.library.repositories.base import Repository
from desktop_recsys.library.repositories.bulk_versions import (
    BULK_ROWS,
    bump_versions,
    counter_triggers_paused,
    write_counted,
)
from desktop_recsys.progress import Message


class PlayRepository(Repository):
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

    def add_once(
        self, profile_id: int, item_id: int, played_at: float, *, completed: float, skipped: bool
    ) -> bool:
        """Add one listening unless a play of this profile and item at ``played_at`` (the time
        the listening started) is stored already; True if a row was written."""
        with self._lib.transaction() as conn:
            if conn.execute(
                "SELECT 1 FROM plays WHERE profile_id = ? AND item_id = ? AND played_at = ?",
                (profile_id, item_id, float(played_at)),
            ).fetchone():
                return False
            self.add(profile_id, item_id, played_at, completed=completed, skipped=skipped)
            return True

    def add_many(self, rows: Iterable[tuple[int, int, float | None, float, bool, int]]) -> int:
        """Append plays ``(profile, item, played_at, completed, skipped, count)`` in one
        transaction; returns how many were written."""

        def checked() -> Iterable[tuple[int, int, float | None, float, int, int]]:
            for profile_id, item_id, played_at, completed, skipped, count in rows:
                completed = float(completed)
                if math.isnan(completed) or not 0.0 <= completed <= 1.0:
                    raise UserError(
                        Message("share completed {completed} is outside 0-1", completed=completed)
                    )
                if int(count) < 1:
                    raise UserError(Message("play count {count} must be at least 1", count=count))
                yield profile_id, item_id, played_at, completed, int(bool(skipped)), int(count)

        statement = (
            "INSERT INTO plays (profile_id, item_id, played_at, completed, skipped, count) "
            "VALUES (?, ?, ?, ?, ?, ?)"
        )
        batch = list(checked())
        with self._lib.transaction() as conn:
            if len(batch) >= BULK_ROWS:  # every new row counts once
                return write_counted(
                    conn, "plays", statement, batch, (r[1] for r in batch)
                ).rowcount
            return conn.executemany(statement, batch).rowcount

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
            check_kind(kind)
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
                raise UserError(Message("play count {count} must be at least 1", count=count))
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
            self._write_merged(
                conn,
                "INSERT INTO plays (profile_id, item_id, played_at, count) VALUES (?, ?, ?, ?)",
                new,
                changed,
            )
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
                raise UserError(Message("play count {count} must be at least 1", count=count))
            if math.isnan(completed) or not 0.0 <= completed <= 1.0:
                raise UserError(
                    Message("share completed {completed} is outside 0-1", completed=completed)
                )
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
            self._write_merged(
                conn,
                "INSERT INTO plays (profile_id, item_id, played_at, count, completed, skipped) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                new,
                changed,
            )
        return len(new), len(changed)

    @staticmethod
    def _write_merged(
        conn: sqlite3.Connection, insert: str, new: list[tuple], changed: list[tuple[int, int]]
    ) -> None:
        """Insert the ``new`` rows (item second) and set the ``(count, play id)`` of the
        ``changed`` ones; a long batch moves the change counters once (each row counts one)."""
        if len(new) + len(changed) < BULK_ROWS:
            conn.executemany(insert, new)
            conn.executemany("UPDATE plays SET count = ? WHERE id = ?", changed)
            return
        changed_items = [
            item
            for (item,) in conn.execute(
                "SELECT p.item_id FROM json_each(?) AS j JOIN plays AS p ON p.id = j.value",
                (json.dumps([play_id for _, play_id in changed]),),
            )
        ]
        with counter_triggers_paused(conn, "plays"):
            conn.executemany(insert, new)
            conn.executemany("UPDATE plays SET count = ? WHERE id = ?", changed)
            bump_versions(conn, [row[1] for row in new] + changed_items)
