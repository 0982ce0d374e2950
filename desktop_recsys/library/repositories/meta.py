"""The ``meta`` table: key-value facts about the library itself."""

from __future__ import annotations

from desktop_recsys.library.repositories.base import Repository


class MetaRepository(Repository):
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
