"""Profiles: the people who use the library, their names and privacy choices."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import Profile
from desktop_recsys.library.repositories.base import Repository, timestamp
from desktop_recsys.progress import Message


class ProfileRepository(Repository):
    """The people who use the library: each with their own ratings, plays and privacy choices."""

    _COLUMNS = "id, name, created_at, record_plays, share_with_friends, synthetic, community"

    def add(self, name: str, *, synthetic: bool = False) -> Profile:
        """Create a profile; names are unique regardless of case."""
        clean = " ".join((name or "").split())
        if not clean:
            raise UserError(Message("a profile needs a name; give it one"))
        if len(clean) > 100:
            raise UserError(Message("a profile name can have at most 100 characters"))
        with self._lib.transaction() as conn:
            if conn.execute("SELECT 1 FROM profiles WHERE name = ?", (clean,)).fetchone():
                raise UserError(Message("a profile named {name!r} already exists", name=clean))
            row = conn.execute(
                f"INSERT INTO profiles (name, created_at, synthetic) VALUES (?, ?, ?) "
                f"RETURNING {self._COLUMNS}",
                (clean, timestamp(), int(synthetic)),
            ).fetchone()
        return _profile(row)

    def list(self, *, community: bool = True) -> list[Profile]:
        """Every profile in natural name order ("ml:8" before "ml:79"); without the
        community profiles (a data set's users) when ``community`` is False."""
        where = "" if community else "WHERE community = 0"
        rows = self._conn.execute(f"SELECT {self._COLUMNS} FROM profiles {where}").fetchall()
        return sorted((_profile(r) for r in rows), key=lambda p: natural_key(p.name))

    def count_community(self) -> int:
        """How many community profiles (data-set users) the library holds."""
        return self._conn.execute("SELECT count(*) FROM profiles WHERE community = 1").fetchone()[0]

    def get(self, profile_id: int) -> Profile | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        return _profile(row) if row else None

    def by_name(self, name: str) -> Profile | None:
        row = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM profiles WHERE name = ?", (" ".join(name.split()),)
        ).fetchone()
        return _profile(row) if row else None

    def require(self, name_or_id: str | int) -> Profile:
        """The profile with this name (or numeric id), or a UserError saying it does not exist.

        Text is a name first, an id only when no profile has that name: every profile can be
        reached by its name, and someone who named a profile "42" means it when typing 42 (the
        id first made ``profile remove 42`` delete profile id 42, another person's).
        """
        profile = None
        if isinstance(name_or_id, int):
            profile = self.get(name_or_id)
        else:
            profile = self.by_name(str(name_or_id))
            if profile is None and str(name_or_id).isdigit():
                profile = self.get(int(name_or_id))
        if profile is None:
            raise UserError(
                Message(
                    "no profile named {name!r}; see 'desktop-recsys profile list'",
                    name=str(name_or_id),
                )
            )
        return profile

    def rename(self, profile_id: int, new_name: str) -> None:
        clean = " ".join((new_name or "").split())
        if not clean:
            raise UserError(Message("a profile needs a name; give it one"))
        with self._lib.transaction() as conn:
            clash = conn.execute(
                "SELECT id FROM profiles WHERE name = ? AND id != ?", (clean, profile_id)
            ).fetchone()
            if clash:
                raise UserError(Message("a profile named {name!r} already exists", name=clean))
            conn.execute("UPDATE profiles SET name = ? WHERE id = ?", (clean, profile_id))

    def set_privacy(
        self,
        profile_id: int,
        *,
        record_plays: bool | None = None,
        share_with_friends: bool | None = None,
    ) -> None:
        with self._lib.transaction() as conn:
            if record_plays is not None:
                conn.execute(
                    "UPDATE profiles SET record_plays = ? WHERE id = ?",
                    (int(record_plays), profile_id),
                )
            if share_with_friends is not None:
                conn.execute(
                    "UPDATE profiles SET share_with_friends = ? WHERE id = ?",
                    (int(share_with_friends), profile_id),
                )

    def what_removal_erases(self, profile_id: int) -> dict[str, int]:
        """What deleting the profile takes with it, for the confirmation a person reads."""
        one = self._conn.execute
        return {
            "ratings": one(
                "SELECT count(*) FROM ratings WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "plays": one(
                "SELECT count(*) FROM plays WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "friendships": one(
                "SELECT count(*) FROM friendships WHERE profile_a = ? OR profile_b = ?",
                (profile_id, profile_id),
            ).fetchone()[0],
            "marks": one(
                "SELECT count(*) FROM marks WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "playlists": one(
                "SELECT count(*) FROM playlists WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
        }

    def remove(self, profile_id: int) -> None:
        """Delete a profile with its ratings, plays, marks, friendships and playlists."""
        with self._lib.transaction() as conn:
            cur = conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
            if cur.rowcount == 0:
                raise UserError(Message("no profile with id {profile}", profile=profile_id))

    def ensure_many(
        self, names: Iterable[str], *, synthetic: bool = False, community: bool = False
    ) -> tuple[dict[str, int], int]:
        """The ids of profiles with these names, creating the missing ones in one transaction.

        Returns ``(name -> id, number created)``; names compare without regard to case, as
        the schema does. Importers use this for data-set users (``ml:42``, ``lastfm:7``),
        created as ``community`` profiles (an existing profile keeps its flag).
        """
        wanted = list(dict.fromkeys(" ".join((n or "").split()) for n in names))
        if any(not n for n in wanted):
            raise UserError(Message("a profile needs a name; give it one"))
        ids: dict[str, int] = {}
        created = 0
        with self._lib.transaction() as conn:
            for name in wanted:
                row = conn.execute("SELECT id FROM profiles WHERE name = ?", (name,)).fetchone()
                if row is None:
                    row = conn.execute(
                        "INSERT INTO profiles (name, created_at, synthetic, community) "
                        "VALUES (?, ?, ?, ?) RETURNING id",
                        (name, timestamp(), int(synthetic), int(community)),
                    ).fetchone()
                    created += 1
                ids[name] = int(row[0])
        return ids, created


_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders numbers inside names by value: "ml:8" before "ml:79"."""
    return tuple(
        [
            (0, int(part)) if part.isdecimal() else (1, part.casefold())
            for part in _DIGITS.split(name)
            if part
        ]
    )


def _profile(row: Sequence[Any]) -> Profile:
    return Profile(row[0], row[1], row[2], bool(row[3]), bool(row[4]), bool(row[5]), bool(row[6]))
