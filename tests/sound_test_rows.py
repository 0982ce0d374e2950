"""Sonic features written straight into a real library, as the analyser would store them, so
that the uses of sound (``services/sound_space`` and its callers) are tested on their own."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from desktop_recsys.library import Library


def put_features(
    library: Library,
    item_id: int,
    *,
    tempo: float | None = 120.0,
    energy: float | None = 0.5,
    loudness: float | None = -14.0,
    brightness: float | None = 2000.0,
    key: int | None = 0,
    mode: str | None = "major",
    key_confidence: float | None = 0.8,
    timbre: Sequence[float] | None = None,
    status: str = "ok",
    content_hash: str | None = None,
) -> None:
    """One ``audio_features`` row (replacing any earlier one of the item)."""
    with library.transaction() as conn:
        conn.execute(
            _INSERT,
            _row(
                item_id,
                tempo,
                energy,
                loudness,
                brightness,
                key,
                mode,
                key_confidence,
                timbre,
                status,
                content_hash,
            ),
        )


_INSERT = (
    "INSERT OR REPLACE INTO audio_features (item_id, content_hash, analyser, status, "
    "reason, tempo, tempo_confidence, tempo_ambiguous, loudness, energy, brightness, "
    "key, mode, key_confidence, timbre, window_start, window_seconds, analysed_at) "
    "VALUES (?, ?, 1, ?, ?, ?, 0.9, 0, ?, ?, ?, ?, ?, ?, ?, 0, 30, ?)"
)


def _row(
    item_id,
    tempo,
    energy,
    loudness,
    brightness,
    key,
    mode,
    key_confidence,
    timbre,
    status="ok",
    content_hash=None,
) -> tuple:  # type: ignore[no-untyped-def]
    blob = None if timbre is None else np.asarray(timbre, dtype=np.float32).tobytes()
    ok = status == "ok"
    return (
        item_id,
        content_hash,
        status,
        None if ok else "could not decode",
        tempo if ok else None,
        loudness if ok else None,
        energy if ok else None,
        brightness if ok else None,
        key if ok else None,
        mode if ok else None,
        key_confidence if ok else None,
        blob if ok else None,
        time.time(),
    )


def put_clusters(
    library: Library,
    item_ids: Sequence[int],
    *,
    seed: int = 3,
    clusters: Sequence[int] | None = None,
) -> dict[int, int]:
    """Features for ``item_ids`` in two sounds: even positions slow and quiet (70 BPM, energy
    0.2, dark), odd positions fast and loud (170 BPM, energy 0.9, bright), each with a little
    noise (``clusters``: each item's cluster instead). Returns item id -> cluster (0 slow, 1 fast)."""
    rng = np.random.default_rng(seed)
    cluster: dict[int, int] = {}
    rows = []
    for pos, item in enumerate(item_ids):
        c = pos % 2 if clusters is None else int(clusters[pos])
        cluster[int(item)] = c
        rows.append(
            _row(
                int(item),
                tempo=(70.0 if c == 0 else 170.0) * float(rng.uniform(0.97, 1.03)),
                energy=(0.2 if c == 0 else 0.9) + float(rng.uniform(-0.04, 0.04)),
                loudness=(-22.0 if c == 0 else -8.0) + float(rng.uniform(-1, 1)),
                brightness=(800.0 if c == 0 else 4000.0) * float(rng.uniform(0.9, 1.1)),
                key=int(rng.integers(0, 12)),
                mode="minor" if c == 0 else "major",
                key_confidence=float(rng.uniform(0, 1)),
                timbre=(np.full(13, -1.0 if c == 0 else 1.0) + rng.normal(0, 0.2, 13)).tolist(),
            )
        )
    with library.transaction() as conn:
        conn.executemany(_INSERT, rows)
    return cluster
