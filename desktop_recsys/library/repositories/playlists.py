"""Playlists: static lists of items and saved-rule playlists."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import Playlist
from desktop_recsys.library.repositories.base import Repository, timestamp
from desktop_recsys.progress import Message


class PlaylistRepository(Repository):
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
            raise UserError(Message("a playlist needs a name; give it one"))
        now = timestamp()
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
            conn.execute(
                "UPDATE playlists SET updated_at = ? WHERE id = ?", (timestamp(), playlist_id)
            )

    def items(self, playlist_id: int) -> list[int]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT item_id FROM playlist_items WHERE playlist_id = ? ORDER BY position",
                (playlist_id,),
            )
        ]

    def entries(self, playlist_id: int) -> list[tuple[Any, ...]]:
        """``(position, item id, kind, title, artist, album, duration, path, missing)`` of
        each entry, in order (for the Playlists screen and ``playlist show``)."""
        return self._conn.execute(
            "SELECT p.position, i.id, i.kind, i.title, i.artist, i.album, i.duration, i.path, "
            "i.missing FROM playlist_items p JOIN items i ON i.id = p.item_id "
            "WHERE p.playlist_id = ? ORDER BY p.position",
            (playlist_id,),
        ).fetchall()

    def sizes(self) -> dict[int, int]:
        """``playlist id -> number of entries`` of every playlist."""
        return dict(
            self._conn.execute(
                "SELECT playlist_id, count(*) FROM playlist_items GROUP BY playlist_id"
            ).fetchall()
        )

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

    def get(self, playlist_id: int) -> Playlist | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM playlists WHERE id = ?", (playlist_id,)
        ).fetchone()
        return _playlist(row) if row else None

    def rename(self, playlist_id: int, name: str) -> None:
        clean = " ".join((name or "").split())
        if not clean:
            raise UserError(Message("a playlist needs a name; give it one"))
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE playlists SET name = ?, updated_at = ? WHERE id = ?",
                (clean, timestamp(), playlist_id),
            )

    def set_rules(self, playlist_id: int, rules: dict[str, Any]) -> None:
        """Store new rules (JSON) for a saved-rule playlist."""
        with self._lib.transaction() as conn:
            conn.execute(
                "UPDATE playlists SET kind = 'rules', rules = ?, updated_at = ? WHERE id = ?",
                (json.dumps(rules), timestamp(), playlist_id),
            )

    def replace_items(self, playlist_id: int, item_ids: Sequence[int]) -> None:
        """Make the playlist hold exactly ``item_ids``, in order."""
        with self._lib.transaction() as conn:
            conn.execute("DELETE FROM playlist_items WHERE playlist_id = ?", (playlist_id,))
            conn.executemany(
                "INSERT INTO playlist_items (playlist_id, position, item_id) VALUES (?, ?, ?)",
                [(playlist_id, i, item) for i, item in enumerate(item_ids)],
            )
            conn.execute(
                "UPDATE playlists SET updated_at = ? WHERE id = ?", (timestamp(), playlist_id)
            )


def _playlist(row: Sequence[Any]) -> Playlist:
    return Playlist(
        row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] else None, row[5], row[6]
    )
