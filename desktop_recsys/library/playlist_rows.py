"""Bulk reads for smart playlists: every item's columns and one profile's history of them.

``services.smart_playlists`` turns these rows into the engine's item table. One query each,
plain tuples, ordered by item id (so the table, and every list made from it, is the same for
the same library). Every function takes an open :class:`~desktop_recsys.library.db.Library`
and only reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_recsys.library.db import Library


_TEXTS = ("title", "artist", "album", "language")


def _kind_clause(kind: str | None, alias: str = "") -> tuple[str, tuple[Any, ...]]:
    if kind is None:
        return "", ()
    return f" WHERE {alias}kind = ?", (kind,)


def item_columns(
    library: Library, kind: str | None, texts: frozenset[str] = frozenset(_TEXTS)
) -> list[tuple[Any, ...]]:
    """``(id, kind, title, artist, album, language, year, duration, added_at)`` of every item
    (of ``kind``, or of every kind), by id; text columns not in ``texts`` are read as None
    (reading 100,000 titles nobody asked for costs time)."""
    where, args = _kind_clause(kind)
    columns = ", ".join(c if c in texts else "NULL" for c in _TEXTS)
    return library.conn.execute(
        f"SELECT id, kind, {columns}, year, duration, added_at FROM items{where} ORDER BY id",
        args,
    ).fetchall()


def profile_history(
    library: Library, profile_id: int
) -> tuple[list[tuple[int, float]], list[tuple[int, int, int, float | None]]]:
    """The profile's ratings ``(item, stars)`` and, per item it played,
    ``(item, plays, skips, last played)``: plays and skips summed over the play rows (a play
    row may stand for several listens), the last time taken from the plays that were not
    skipped (None when they are all undated)."""
    ratings = library.conn.execute(
        "SELECT item_id, rating FROM ratings WHERE profile_id = ?", (profile_id,)
    ).fetchall()
    plays = library.conn.execute(
        "SELECT item_id, COALESCE(SUM(CASE WHEN skipped = 0 THEN count END), 0), "
        "COALESCE(SUM(CASE WHEN skipped = 1 THEN count END), 0), "
        "MAX(CASE WHEN skipped = 0 THEN played_at END) "
        "FROM plays WHERE profile_id = ? GROUP BY item_id",
        (profile_id,),
    ).fetchall()
    return ratings, plays


def item_links(library: Library, what: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Every ``(item id, genre id)`` (``what="genre"``) or ``(item id, tag id)`` (``"tag"``),
    and the names of those ids."""
    table, link, key = (
        ("genres", "item_genres", "genre_id")
        if what == "genre"
        else ("tags", "item_tags", "tag_id")
    )
    links = library.conn.execute(f"SELECT item_id, {key} FROM {link}").fetchall()
    names = dict(library.conn.execute(f"SELECT id, name FROM {table}").fetchall())
    return links, names


def item_advisories(library: Library, kind: str | None) -> list[tuple[int, int | None, int]]:
    """``(id, minimum age, explicit)`` of every item (of ``kind``) that has a certification or
    is explicit; the others are unrated and not explicit."""
    where = " AND kind = ?" if kind is not None else ""
    return library.conn.execute(
        "SELECT id, min_age, explicit FROM items "
        f"WHERE (min_age IS NOT NULL OR explicit = 1){where}",
        (kind,) if kind is not None else (),
    ).fetchall()
