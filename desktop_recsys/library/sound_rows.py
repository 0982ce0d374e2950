"""The reads behind "sounds like" (``services/sound_space``): the sonic features of analysed
tracks (table ``audio_features``, schema version 6), and a cheap version of them for caches.

Read only: the analyser (``services/sonic_analysis``) writes the rows. A row counts when its
``status`` is ``ok`` and it still describes the file: the hash it was computed from is the
item's hash now (or either is unknown). A file changed since its analysis is left out until
it is analysed again.
"""

from __future__ import annotations

from typing import Any

from desktop_recsys.library.db import Library

#: The columns :func:`ok_features` returns, in order.
FEATURE_COLUMNS = (
    "item_id",
    "tempo",
    "tempo_confidence",
    "loudness",
    "energy",
    "brightness",
    "key",
    "mode",
    "key_confidence",
    "timbre",
)

_CURRENT = (
    "a.status = 'ok' AND i.kind = 'track' AND (a.content_hash IS NULL OR "
    "i.content_hash IS NULL OR a.content_hash = i.content_hash)"
)


def ok_features(library: Library, item_ids: list[int] | None = None) -> list[tuple[Any, ...]]:
    """One row per track with current, usable features (:data:`FEATURE_COLUMNS`), by item id;
    only ``item_ids`` when given."""
    columns = ", ".join(f"a.{c}" for c in FEATURE_COLUMNS)
    sql = (
        f"SELECT {columns} FROM audio_features a JOIN items i ON i.id = a.item_id WHERE {_CURRENT}"
    )
    if item_ids is None:
        return library.conn.execute(sql + " ORDER BY a.item_id").fetchall()
    rows: list[tuple[Any, ...]] = []
    ids = sorted({int(i) for i in item_ids})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows += library.conn.execute(
            sql + f" AND a.item_id IN ({marks}) ORDER BY a.item_id", chunk
        ).fetchall()
    return rows


def features_version(library: Library) -> tuple[int, float | None]:
    """``(rows, latest analysis time)`` of the audio features: changes when a track is
    analysed or its row removed (a cache of the sound space keys on it)."""
    row = library.conn.execute("SELECT count(*), max(analysed_at) FROM audio_features").fetchone()
    return int(row[0]), row[1]


def has_features(library: Library, item_id: int) -> bool:
    """Whether the track ``item_id`` has current, usable features."""
    row = library.conn.execute(
        f"SELECT 1 FROM audio_features a JOIN items i ON i.id = a.item_id "
        f"WHERE a.item_id = ? AND {_CURRENT}",
        (int(item_id),),
    ).fetchone()
    return row is not None
