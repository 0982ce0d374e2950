"""Per-profile marks on items ("not interested", "don't learn from this")."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import MARK_KINDS
from desktop_recsys.library.repositories.base import Repository, timestamp
from desktop_recsys.progress import Message


class MarkRepository(Repository):
    """Per-profile "not interested" and "don't learn from this" marks."""

    def set(self, profile_id: int, item_id: int, mark: str) -> None:
        if mark not in MARK_KINDS:
            raise UserError(
                Message(
                    "unknown mark {mark!r}; use one of {choices}",
                    mark=mark,
                    choices=", ".join(MARK_KINDS),
                )
            )
        with self._lib.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO marks (profile_id, item_id, mark, created_at) "
                "VALUES (?, ?, ?, ?)",
                (profile_id, item_id, mark, timestamp()),
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
        now = timestamp()
        checked = []
        for profile_id, item_id, mark, created_at in rows:
            if mark not in MARK_KINDS:
                raise UserError(
                    Message(
                        "unknown mark {mark!r}; use one of {choices}",
                        mark=mark,
                        choices=", ".join(MARK_KINDS),
                    )
                )
            checked.append((profile_id, item_id, mark, now if created_at is None else created_at))
        with self._lib.transaction() as conn:
            before = conn.execute("SELECT count(*) FROM marks").fetchone()[0]
            conn.executemany(
                "INSERT OR IGNORE INTO marks (profile_id, item_id, mark, created_at) "
                "VALUES (?, ?, ?, ?)",
                checked,
            )
            return conn.execute("SELECT count(*) FROM marks").fetchone()[0] - before
