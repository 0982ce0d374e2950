"""The "sound" share of radios and mixes: how much of "what comes next" is chosen by how the
tracks sound (``services/sound_space``) rather than by what people do.

A radio's item-to-item similarity (:data:`~desktop_recsys.services.radio_service.NeighboursFn`)
becomes, for a share ``s`` in [0, 1]::

    score = (1 - s) * behaviour + s * sound

``behaviour`` is the radio's own similarity (rescaled so the best neighbour is 1); ``sound``
is the sound-space similarity of the analysed tracks above what two random tracks share
(``(sim - e^-1) / (1 - e^-1)``, cut at 0, so that only truly near tracks count), rescaled so the
best is 1; for several seeds, each candidate's best. ``s = 0`` is the radio as it was;
``s = 1`` follows sound alone (behaviour only breaks ties among tracks without features).
Tracks without features have no sound part.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

#: Similarity two random tracks of the library share (see ``engine/sound_space``).
BASELINE = math.exp(-1.0)
#: Most seed items whose sound is looked at (an album, a long playlist).
MOST_SEEDS = 20
#: A sliver of the other side that always remains, so that ties are broken.
TIE = 0.01

NeighboursFn = Callable[[Sequence[int], int], list[tuple[int, float]]]


def check_share(share: float) -> float:
    """The share as a float in [0, 1], or a one-line error."""
    from desktop_recsys.errors import UserError
    from desktop_recsys.progress import Message

    value = float(share)
    if not 0.0 <= value <= 1.0 or math.isnan(value):
        raise UserError(
            Message("the sound share must be between 0 and 1 (got {value})", value=share)
        )
    return value


def sound_scores(space: Any, seeds: Sequence[int]) -> Any:
    """Each analysed track's sound closeness to the nearest of ``seeds`` (0-1, best 1; aligned
    with ``space.item_ids``; the seeds themselves 0)."""
    import numpy as np  # deferred: numpy only once a job runs

    best = np.zeros(len(space))
    for seed in list(seeds)[:MOST_SEEDS]:
        if seed in space:
            lifted = (space.scores(seed) - BASELINE) / (1.0 - BASELINE)
            np.maximum(best, lifted, out=best)
    for seed in seeds:
        k = space.index(seed)
        if k is not None:
            best[k] = 0.0
    peak = float(best.max()) if len(best) else 0.0
    return best / peak if peak > 0 else best


def with_sound(base: NeighboursFn, space: Any, share: float) -> NeighboursFn:
    """``base`` blended with sound at ``share`` (module docs); ``base`` itself at 0 or when no
    track has features."""
    if share <= 0 or len(space) == 0:
        return base
    import numpy as np  # deferred: numpy only once a job runs

    ids = space.item_ids

    def neighbours(item_ids: Sequence[int], n: int) -> list[tuple[int, float]]:
        behaviour = dict(base(item_ids, n))
        sound: dict[int, float] = {}
        scores = sound_scores(space, list(item_ids))
        top = np.flatnonzero(scores > 0)
        top = top[np.lexsort((top, -scores[top]))][: max(0, n)]
        for k in top.tolist():
            sound[int(ids[k])] = float(scores[k])
        # Candidates of one side also get their other part (a behaviour neighbour may sound
        # close too, though not among the top n).
        for item in behaviour:
            k = space.index(item)
            if k is not None and item not in sound:
                sound[item] = float(scores[k])
        seeds = set(item_ids)
        mix = {
            item: (1.0 - share) * behaviour.get(item, 0.0)
            + share * sound.get(item, 0.0)
            + TIE * (behaviour.get(item, 0.0) + sound.get(item, 0.0))
            for item in set(behaviour) | set(sound)
            if item not in seeds
        }
        ranked = sorted((i for i in mix if mix[i] > 0), key=lambda i: (-mix[i], i))[: max(0, n)]
        peak = mix[ranked[0]] if ranked else 1.0
        return [(i, mix[i] / peak) for i in ranked]

    return neighbours


def with_sound_rows(space: Any, share: float, ids: Sequence[int], rows: Any) -> Any:
    """Daily mixes: each item's taste row (unit length) joined with its sound, so that the
    clusters and the picks near them follow sound by ``share``: the row becomes
    ``[sqrt(1 - s) * taste, sqrt(s) * sound]`` with the sound vector at unit length (zeros
    for a track without features). ``rows`` unchanged at 0 or when nothing has features."""
    import numpy as np  # deferred: numpy only once a job runs

    if share <= 0 or len(space) == 0:
        return rows
    taste = np.asarray(rows, dtype=np.float64)
    norms = np.linalg.norm(taste, axis=1, keepdims=True)
    taste = taste / np.where(norms > 0, norms, 1.0)
    sound = np.zeros((len(ids), space.vectors.shape[1]))
    for r, item in enumerate(ids):
        k = space.index(int(item))
        if k is not None:
            v = space.vectors[k].astype(np.float64)
            length = float(np.linalg.norm(v))
            if length > 0:
                sound[r] = v / length
    return np.hstack([np.sqrt(1.0 - share) * taste, np.sqrt(share) * sound])
