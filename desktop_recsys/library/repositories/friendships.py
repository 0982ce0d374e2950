"""Friendships between profiles, each pair stored once."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_recsys.library.repositories.base import Repository, timestamp


class FriendshipRepository(Repository):
    """Symmetric friendships between profiles, each pair stored once."""

    def add(self, profile_a: int, profile_b: int) -> None:
        self.add_many([(profile_a, profile_b)])

    def add_many(self, pairs: Iterable[tuple[int, int]]) -> int:
        """Befriend pairs (either order; duplicates and self-pairs are ignored)."""
        now = timestamp()
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
