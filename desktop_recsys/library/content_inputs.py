"""What the content vectors of a kind are made of, as one digest (issue 19).

``services.for_you_rows_file`` keeps the diversity slider's catalogue rows on disk and uses
them only while this digest is unchanged. It covers every row those vectors are computed from
(``services.dataset_service._side_information``, ``Dataset.item_feature_matrix``): the
catalogue's ids, artists, years and durations, the genres, the tags in their order and the
credits in billing order, and the profiles (one audience column each). A change of any of them
by any program changes it. Ratings and plays are not in it: the rows it keys are those of items
with an attribute, which the interactions do not touch (an item without one has its audience as
its row, computed each time). Only reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_recsys.library import dataset_rows

if TYPE_CHECKING:
    from desktop_recsys.library.db import Library

_QUERIES = (
    "SELECT id, artist, year, duration FROM items WHERE kind = ? ORDER BY id",
    "SELECT ig.item_id, g.name FROM item_genres ig JOIN genres g ON g.id = ig.genre_id "
    "JOIN items i ON i.id = ig.item_id WHERE i.kind = ? ORDER BY ig.item_id, g.name",
    "SELECT it.item_id, t.name, it.count FROM item_tags it JOIN tags t ON t.id = it.tag_id "
    "JOIN items i ON i.id = it.item_id WHERE i.kind = ? "
    "ORDER BY it.item_id, it.count DESC, t.name",
    "SELECT c.item_id, p.name, c.position FROM credits c JOIN people p ON p.id = c.person_id "
    "JOIN items i ON i.id = c.item_id WHERE i.kind = ? ORDER BY c.item_id, c.position",
)


def digest(library: Library, kind: str, extra: Iterable[object] = ()) -> str:
    """A digest of the rows the content vectors of ``kind`` are made of, and of ``extra``
    (what the caller adds: a format version, the sound of analysed tracks)."""
    found = hashlib.blake2b(digest_size=32)
    found.update(repr(kind).encode())
    for sql in _QUERIES:
        found.update(repr(library.conn.execute(sql, (kind,)).fetchall()).encode())
    found.update(repr(dataset_rows.profile_ids(library)).encode())
    for part in extra:
        found.update(repr(part).encode())
    return found.hexdigest()
