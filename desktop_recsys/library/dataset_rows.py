"""Bulk reads for building a recommender's data set from the library (no engine types here).

``services.dataset_service`` turns these rows into an engine ``Dataset``; this module only
answers "which rows exist", as plain tuples, one query each, so that a 100,000-item library is
read in well under a second. Every function takes an open
:class:`~desktop_recsys.library.db.Library` and only reads.

Rows of one kind (``track``, ``artist``, ``film``) are returned together for every profile:
collaborative models need everybody's history, not only the profile being served.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.models import ITEM_KINDS
from desktop_recsys.progress import Message

if TYPE_CHECKING:
    from desktop_recsys.library.db import Library


def _check_kind(kind: str) -> None:
    if kind not in ITEM_KINDS:
        raise UserError(
            Message(
                "unknown item kind {kind!r}; use one of {choices}",
                kind=kind,
                choices=", ".join(ITEM_KINDS),
            )
        )


@contextlib.contextmanager
def snapshot(library: Library) -> Iterator[None]:
    """A read transaction: every read inside sees the same state of the library.

    In WAL mode this takes no lock that blocks writers; it only pins what this connection
    sees, so a data set and the signature stored with its model describe the same data.
    Inside an open transaction it adds nothing.
    """
    conn = library.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def items_by_ids(library: Library, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """``id -> (id, kind, title, artist, album, year, genres joined by ', ')`` for ``ids``."""
    if not ids:
        return {}
    rows = library.conn.execute(
        "SELECT i.id, i.kind, i.title, i.artist, i.album, i.year, "
        "COALESCE((SELECT group_concat(name, ', ') FROM (SELECT g.name FROM item_genres ig "
        "JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id = i.id ORDER BY g.name)), '') "
        "FROM items i WHERE i.id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(i) for i in ids]),),
    )
    return {r[0]: tuple(r) for r in rows}


def profile_ids(library: Library) -> list[int]:
    """Every profile id, ascending."""
    return [r[0] for r in library.conn.execute("SELECT id FROM profiles ORDER BY id")]


def catalogue(library: Library, kind: str) -> list[tuple[Any, ...]]:
    """``(id, title, artist, album, year, duration, description)`` of every item of ``kind``."""
    _check_kind(kind)
    return library.conn.execute(
        "SELECT id, title, artist, album, year, duration, description FROM items "
        "WHERE kind = ? ORDER BY id",
        (kind,),
    ).fetchall()


def _only(column: str, items: Sequence[int] | None) -> tuple[str, tuple[Any, ...]]:
    """An SQL condition (and its parameter) keeping rows of ``items`` only (all for None)."""
    if items is None:
        return "", ()
    return f" AND {column} IN (SELECT value FROM json_each(?))", (
        json.dumps(list(map(int, items))),
    )


def ratings(
    library: Library, kind: str, items: Sequence[int] | None = None
) -> list[tuple[int, int, float, float]]:
    """``(profile, item, stars, rated_at)`` for items of ``kind`` (of ``items`` only if given)."""
    _check_kind(kind)
    only, extra = _only("r.item_id", items)
    return library.conn.execute(
        "SELECT r.profile_id, r.item_id, r.rating, r.rated_at FROM ratings r "
        f"JOIN items i ON i.id = r.item_id WHERE i.kind = ?{only}",
        (kind, *extra),
    ).fetchall()


def has_interactions(library: Library, kind: str, *, ratings: bool, plays: bool) -> bool:
    """Whether any rating (``ratings``) or play (``plays``) of a ``kind`` item exists: a cheap
    check before a training records a run."""
    _check_kind(kind)
    tables = [t for t, wanted in (("ratings", ratings), ("plays", plays)) if wanted]
    return any(
        library.conn.execute(
            f"SELECT EXISTS (SELECT 1 FROM {table} x JOIN items i ON i.id = x.item_id "
            "WHERE i.kind = ?)",
            (kind,),
        ).fetchone()[0]
        for table in tables
    )


def plays(
    library: Library, kind: str, items: Sequence[int] | None = None
) -> list[tuple[int, int, float | None, float, int, int]]:
    """``(profile, item, played_at or None, completed 0-1, skipped 0/1, count)`` per play row
    (of ``items`` only if given)."""
    _check_kind(kind)
    only, extra = _only("p.item_id", items)
    return library.conn.execute(
        "SELECT p.profile_id, p.item_id, p.played_at, p.completed, p.skipped, p.count "
        f"FROM plays p JOIN items i ON i.id = p.item_id WHERE i.kind = ?{only}",
        (kind, *extra),
    ).fetchall()


def marked_items(
    library: Library, mark: str, profile_id: int | None = None
) -> set[tuple[int, int]]:
    """``(profile, item)`` pairs carrying ``mark`` (all profiles, or only ``profile_id``)."""
    sql = "SELECT profile_id, item_id FROM marks WHERE mark = ?"
    params: tuple[Any, ...] = (mark,)
    if profile_id is not None:
        sql += " AND profile_id = ?"
        params += (profile_id,)
    return {(r[0], r[1]) for r in library.conn.execute(sql, params)}


def item_genres(library: Library, kind: str) -> list[tuple[int, str]]:
    """``(item, genre)`` pairs for items of ``kind``."""
    _check_kind(kind)
    return library.conn.execute(
        "SELECT ig.item_id, g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id "
        "JOIN items i ON i.id = ig.item_id WHERE i.kind = ? ORDER BY ig.item_id, g.name",
        (kind,),
    ).fetchall()


def item_tags(library: Library, kind: str) -> list[tuple[int, str]]:
    """``(item, tag)`` pairs for items of ``kind``, most applied first within an item."""
    _check_kind(kind)
    return library.conn.execute(
        "SELECT it.item_id, t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
        "JOIN items i ON i.id = it.item_id WHERE i.kind = ? "
        "ORDER BY it.item_id, it.count DESC, t.name",
        (kind,),
    ).fetchall()


def item_people(library: Library, kind: str) -> list[tuple[int, str]]:
    """``(item, person)`` pairs from the credits of items of ``kind``, in billing order."""
    _check_kind(kind)
    return library.conn.execute(
        "SELECT c.item_id, p.name FROM credits c JOIN people p ON p.id = c.person_id "
        "JOIN items i ON i.id = c.item_id WHERE i.kind = ? ORDER BY c.item_id, c.position",
        (kind,),
    ).fetchall()


def sharing_friendships(library: Library) -> list[tuple[int, int]]:
    """Friend pairs in which both profiles allow friends to learn from them.

    A profile that switched sharing off drops out of the graph entirely: its friends learn
    nothing from it, and (symmetrically, so that the graph stays undirected) it is not shown
    as anybody's friend either.
    """
    return library.conn.execute(
        "SELECT f.profile_a, f.profile_b FROM friendships f "
        "JOIN profiles a ON a.id = f.profile_a JOIN profiles b ON b.id = f.profile_b "
        "WHERE a.share_with_friends = 1 AND b.share_with_friends = 1 ORDER BY 1, 2"
    ).fetchall()


def people_with_both(library: Library, item_id: int) -> dict[int, int]:
    """Item id -> how many profiles have both ``item_id`` and that item (rated or played it,
    at any rating, skips included), for every item someone who has ``item_id`` also has.

    The count a "N people who watched X also watched this" sentence states: a model learns
    only from positive evidence (a 2-star rating is left out), so its own co-counts are lower.
    """
    rows = library.conn.execute(
        "WITH anchor(profile_id) AS ("
        "SELECT profile_id FROM ratings WHERE item_id = ?1 "
        "UNION SELECT profile_id FROM plays WHERE item_id = ?1) "
        "SELECT item_id, COUNT(*) FROM ("
        "SELECT profile_id, item_id FROM ratings WHERE profile_id IN anchor "
        "UNION SELECT profile_id, item_id FROM plays WHERE profile_id IN anchor) "
        "WHERE item_id != ?1 GROUP BY item_id",
        (item_id,),
    )
    return {int(r[0]): int(r[1]) for r in rows}


def profile_item_ids(library: Library, profile_id: int, kind: str) -> set[int]:
    """Items of ``kind`` the profile has rated, played or marked "don't learn from this".

    What it has already seen: a recommendation list leaves them out even when the model never
    learned of them (skipped tracks and "don't learn" items are not in the training data).
    """
    _check_kind(kind)
    rows = library.conn.execute(
        "SELECT r.item_id FROM ratings r JOIN items i ON i.id = r.item_id "
        "WHERE r.profile_id = ? AND i.kind = ? "
        "UNION SELECT p.item_id FROM plays p JOIN items i ON i.id = p.item_id "
        "WHERE p.profile_id = ? AND i.kind = ? "
        "UNION SELECT m.item_id FROM marks m JOIN items i ON i.id = m.item_id "
        "WHERE m.profile_id = ? AND m.mark = 'dont_learn' AND i.kind = ?",
        (profile_id, kind, profile_id, kind, profile_id, kind),
    )
    return {r[0] for r in rows}


def data_versions(library: Library, kind: str, profile_id: int | None = None) -> dict[str, Any]:
    """The change counter of the data a model of ``kind`` learns from: one indexed row.

    ``{"versions": [n]}``. Triggers (schema version 5, ``migrations.upgrade_to_5``) bump it on
    every rating, play or mark of the kind added, removed or changed, by any profile (a
    profile's model learns from everybody's history, so ``profile_id`` does not narrow it), and
    on every item of the kind added or removed. It never goes back, so an equal counter means
    unchanged data. This is the signature a trained model keeps; comparing it costs the same
    on a library of 2 million ratings as on an empty one.
    """
    _check_kind(kind)
    del profile_id  # every profile's data counts (see above)
    row = library.conn.execute(
        "SELECT version FROM data_versions WHERE kind = ?", (kind,)
    ).fetchone()
    return {"versions": [row[0] if row else 0]}


def data_signature(library: Library, kind: str, profile_id: int | None = None) -> dict[str, Any]:
    """Counts, sums and latest times of the data a model of ``kind`` learns from.

    The signature models trained before schema version 5 kept (see :func:`data_versions` for
    today's); read only to check such a model once. It reads every rating, play and mark of
    the kind (of the profile, with ``profile_id``), and changes whenever a rating is added,
    removed or changed, a play is logged or deleted, a mark is set or cleared, or items of the
    kind are added or removed. With ``profile_id`` only that profile's own data is covered
    (plus the catalogue size); without it, every profile's.
    """
    _check_kind(kind)
    who = "" if profile_id is None else " AND x.profile_id = ?"
    params: tuple[Any, ...] = (kind,) if profile_id is None else (kind, profile_id)
    conn = library.conn
    r = conn.execute(
        "SELECT count(*), total(x.rating), max(x.rated_at) FROM ratings x "
        f"JOIN items i ON i.id = x.item_id WHERE i.kind = ?{who}",
        params,
    ).fetchone()
    p = conn.execute(
        "SELECT count(*), total(x.count), max(x.played_at), max(x.id) FROM plays x "
        f"JOIN items i ON i.id = x.item_id WHERE i.kind = ?{who}",
        params,
    ).fetchone()
    m = conn.execute(
        "SELECT count(*), max(x.created_at) FROM marks x "
        f"JOIN items i ON i.id = x.item_id WHERE i.kind = ?{who}",
        params,
    ).fetchone()
    n_items, max_item = conn.execute(
        "SELECT count(*), max(id) FROM items WHERE kind = ?", (kind,)
    ).fetchone()
    return {
        "ratings": [r[0], round(float(r[1]), 3), r[2]],
        "plays": [p[0], int(p[1]), p[2], p[3]],
        "marks": [m[0], m[1]],
        "items": [n_items, max_item],
    }


def shared_titles(library: Library, kind: str, titles: Sequence[str]) -> set[str]:
    """Those of ``titles`` that more than one ``kind`` item carries (a sentence then names the
    year too)."""
    _check_kind(kind)
    if not titles:
        return set()
    rows = library.conn.execute(
        "SELECT title FROM items WHERE kind = ? AND title IN (SELECT value FROM json_each(?)) "
        "GROUP BY title HAVING COUNT(*) > 1",
        (kind, json.dumps(sorted(set(titles)))),
    )
    return {r[0] for r in rows}
