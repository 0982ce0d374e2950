"""A profile's limits as stored, and the one SQL condition that enforces them.

:func:`blocked_sql` is the condition every item read applies for a limited profile: an item is
blocked when its minimum age is above the profile's maximum, when it is an unrated film and the
profile blocks unrated items, when it is explicit and the profile hides explicit items, or when
it carries a blocked genre or tag. The condition reads the limits from their tables by profile
id, so a change of limits applies to the next read everywhere at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_recsys.library.db import Library
from desktop_recsys.library.queries import BLOCKED_SQL
from desktop_recsys.library.repositories.base import timestamp


def blocked_sql(profile_id: int) -> tuple[str, tuple[int]]:
    """``(condition, parameters)``: true for an item (table alias ``i``) the profile may not see."""
    return BLOCKED_SQL, (int(profile_id),)


@dataclass(frozen=True)
class StoredLimits:
    """One profile's limits row (``None`` when it has none) and its blocks."""

    profile_id: int
    max_age: int | None = None
    max_text: str | None = None
    hide_explicit: bool = False
    block_unrated: bool = False
    genres: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    pin_hash: bytes | None = None
    pin_salt: bytes | None = None


def read_limits(library: Library, profile_id: int) -> StoredLimits | None:
    """The profile's stored limits, or None when it has no row."""
    conn = library.conn
    row = conn.execute(
        "SELECT max_age, max_text, hide_explicit, block_unrated, pin_hash, pin_salt "
        "FROM profile_limits WHERE profile_id = ?",
        (int(profile_id),),
    ).fetchone()
    if row is None:
        return None
    blocks = conn.execute(
        "SELECT what, name FROM profile_limit_blocks WHERE profile_id = ? ORDER BY name",
        (int(profile_id),),
    ).fetchall()
    return StoredLimits(
        int(profile_id),
        row[0],
        row[1],
        bool(row[2]),
        bool(row[3]),
        tuple(name for what, name in blocks if what == "genre"),
        tuple(name for what, name in blocks if what == "tag"),
        row[4],
        row[5],
    )


def write_limits(library: Library, limits: StoredLimits) -> None:
    """Replace the profile's limits and blocks (one transaction)."""
    pid = int(limits.profile_id)
    with library.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO profile_limits (profile_id, max_age, max_text, "
            "hide_explicit, block_unrated, pin_hash, pin_salt, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pid,
                limits.max_age,
                limits.max_text,
                int(limits.hide_explicit),
                int(limits.block_unrated),
                limits.pin_hash,
                limits.pin_salt,
                timestamp(),
            ),
        )
        conn.execute("DELETE FROM profile_limit_blocks WHERE profile_id = ?", (pid,))
        conn.executemany(
            "INSERT OR IGNORE INTO profile_limit_blocks (profile_id, what, name) VALUES (?, ?, ?)",
            [(pid, "genre", g) for g in limits.genres] + [(pid, "tag", t) for t in limits.tags],
        )


def delete_limits(library: Library, profile_id: int) -> None:
    """Remove every limit (and the PIN) of the profile."""
    with library.transaction() as conn:
        conn.execute("DELETE FROM profile_limits WHERE profile_id = ?", (int(profile_id),))
        conn.execute("DELETE FROM profile_limit_blocks WHERE profile_id = ?", (int(profile_id),))


def limited_profiles(library: Library) -> set[int]:
    """Ids of the profiles that have limits (or a PIN)."""
    return {r[0] for r in library.conn.execute("SELECT profile_id FROM profile_limits")}


def blocked_ids(library: Library, profile_id: int, kind: str | None = None) -> set[int]:
    """Ids of the items (of ``kind``, or all) the profile may not see."""
    where = "" if kind is None else "i.kind = ? AND "
    params: tuple[object, ...] = () if kind is None else (kind,)
    return {
        r[0]
        for r in library.conn.execute(
            f"SELECT i.id FROM items i WHERE {where}{BLOCKED_SQL}", (*params, int(profile_id))
        )
    }


def known_names(library: Library, what: str) -> list[str]:
    """Every genre (``what="genre"``) or tag name in the library, for the pickers."""
    table = "genres" if what == "genre" else "tags"
    return [
        r[0] for r in library.conn.execute(f"SELECT name FROM {table} ORDER BY name COLLATE NOCASE")
    ]


def blocked_any(library: Library, profile_ids: Iterable[int], kind: str | None = None) -> set[int]:
    """The items at least one of the profiles may not see (a group: the strictest wins)."""
    out: set[int] = set()
    for pid in profile_ids:
        out |= blocked_ids(library, pid, kind)
    return out
