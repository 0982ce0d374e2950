"""The reads behind one taste across music and films (``services/cross_kind``).

A profile's list of one kind borrows from its other kind, and from the profiles that have
both. These reads fetch only what that needs: the interactions of the named profiles (not a
whole data set's) and the genres and tags of the named items. Read only; plain tuples.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop_recsys.library.db import Library


def _kinds(kinds: Sequence[str]) -> str:
    return json.dumps(list(kinds))


def liked_rows(
    library: Library, kinds: Sequence[str], profile_ids: Sequence[int] | None = None
) -> list[tuple[Any, ...]]:
    """``(profile, item, stars or None, plays not skipped)`` per (profile, item) of ``kinds``
    that was rated or played without a skip; every profile's, or only ``profile_ids``'."""
    where = "i.kind IN (SELECT value FROM json_each(?))"
    params: list[Any] = [_kinds(kinds)]
    if profile_ids is not None:
        where += " AND x.profile_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps([int(p) for p in profile_ids]))
    return library.conn.execute(
        "SELECT profile_id, item_id, max(stars), sum(heard) FROM ("
        " SELECT x.profile_id, x.item_id, x.rating AS stars, 0 AS heard FROM ratings x"
        f" JOIN items i ON i.id = x.item_id WHERE {where}"
        " UNION ALL"
        " SELECT x.profile_id, x.item_id, NULL, x.count FROM plays x"
        f" JOIN items i ON i.id = x.item_id WHERE {where} AND x.skipped = 0"
        ") GROUP BY profile_id, item_id",
        params + params,
    ).fetchall()


def profiles_with(library: Library, kinds: Sequence[str]) -> set[int]:
    """Profiles that rated or played (without a skip) an item of ``kinds``."""
    rows = library.conn.execute(
        "SELECT x.profile_id FROM ratings x JOIN items i ON i.id = x.item_id "
        "WHERE i.kind IN (SELECT value FROM json_each(?)) "
        "UNION SELECT x.profile_id FROM plays x JOIN items i ON i.id = x.item_id "
        "WHERE i.kind IN (SELECT value FROM json_each(?)) AND x.skipped = 0",
        (_kinds(kinds), _kinds(kinds)),
    )
    return {r[0] for r in rows}


def popularity(library: Library, kind: str) -> dict[int, int]:
    """``item -> how many profiles rated or played it (without a skip)`` for ``kind``."""
    rows = library.conn.execute(
        "SELECT item_id, count(DISTINCT profile_id) FROM ("
        " SELECT x.profile_id, x.item_id FROM ratings x JOIN items i ON i.id = x.item_id"
        " WHERE i.kind = ?"
        " UNION ALL"
        " SELECT x.profile_id, x.item_id FROM plays x JOIN items i ON i.id = x.item_id"
        " WHERE i.kind = ? AND x.skipped = 0"
        ") GROUP BY item_id",
        (kind, kind),
    )
    return {r[0]: r[1] for r in rows}


def item_terms(library: Library, item_ids: Sequence[int]) -> list[tuple[int, str]]:
    """``(item, genre or tag name)`` of ``item_ids``: genres first, tags most applied first."""
    ids = json.dumps(sorted({int(i) for i in item_ids}))
    return library.conn.execute(
        "SELECT item_id, name FROM ("
        " SELECT ig.item_id, g.name, 0 AS part, 0 AS weight FROM item_genres ig"
        " JOIN genres g ON g.id = ig.genre_id WHERE ig.item_id IN (SELECT value FROM json_each(?))"
        " UNION ALL"
        " SELECT it.item_id, t.name, 1, -it.count FROM item_tags it"
        " JOIN tags t ON t.id = it.tag_id WHERE it.item_id IN (SELECT value FROM json_each(?))"
        ") ORDER BY item_id, part, weight, name",
        (ids, ids),
    ).fetchall()


def descriptions(library: Library, item_ids: Sequence[int]) -> dict[int, str]:
    """``item -> description`` of ``item_ids`` (empty text when there is none)."""
    rows = library.conn.execute(
        "SELECT id, COALESCE(description, '') FROM items "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted({int(i) for i in item_ids})),),
    )
    return {r[0]: r[1] for r in rows}
