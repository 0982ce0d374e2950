"""Daily mixes: a profile's liked items in 2-6 taste clusters, each a mix of favourites and
the model's picks near it.

- :func:`cluster_taste`: k-means (scikit-learn) on the liked items' content vectors, ``k``
  from 2 to 6 chosen by the silhouette; fewer clusters when there are too few likes to fill
  them (one mix for a short history, none below :data:`MIN_LIKED`).
- :func:`plan_mixes`: each cluster's mix holds about 60 % favourites (the most loved of the
  cluster) and 40 % model picks (candidates whose nearest centre is this cluster's, by model
  rank and closeness), 30-50 items. A candidate belongs to one cluster only, so mixes never
  share an item.
- :func:`own_centre_share`: the share of favourites closer to their own cluster's centre than
  to any other (the clustering's own check).
- :func:`mix_order`: the order a mix plays in: the radio's variety rules where they can hold,
  favourites and picks interleaved.

No library, no Qt: rows of arrays in, indices out.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.dataset import Dataset

#: Fewer liked items than this make no mix at all.
MIN_LIKED = 10
#: A cluster needs this many liked items to stand on its own.
MIN_PER_CLUSTER = 12
MAX_CLUSTERS = 6
MIX_SIZE = 40
MIN_MIX = 30
MAX_MIX = 50
FAVOURITE_SHARE = 0.6


@dataclass(frozen=True)
class MixPlan:
    """One mix: indices into the liked items and into the candidates, and its centre."""

    favourites: list[int]
    picks: list[int]
    centre: np.ndarray


def taste_vectors(dataset: Dataset) -> sp.csr_matrix:
    """Unit-length ``items x features`` rows of what taste is made of: genres, tags and
    people (the artist among them), IDF-weighted so rare ones weigh more."""
    from desktop_recsys.engine.features.matrices import idf, l2_normalise_rows

    kinds = [k for k in ("genres", "tags", "people") if k in dataset.item_attributes]
    attr, _names = dataset.item_feature_matrix(kinds)
    if attr.shape[1] == 0:
        return sp.csr_matrix((dataset.n_items, 1), dtype=np.float32)
    # Genres say most about a taste: twice the weight of a tag or a name.
    weight = np.ones(attr.shape[1], dtype=np.float32)
    genre_cols = [i for i, name in enumerate(_names) if name.startswith("genres:")]
    weight[genre_cols] = 2.0
    return l2_normalise_rows(attr @ sp.diags(idf(attr) * weight))


def dense_rows(matrix: sp.csr_matrix, *blocks: Sequence[int]) -> list[np.ndarray]:
    """Dense copies of several row blocks of a sparse matrix, restricted to the columns any of
    them uses (small enough for k-means)."""
    rows = [np.asarray(list(b), dtype=np.int64) for b in blocks]
    every = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    cols = np.unique(matrix[every].indices) if len(every) else np.zeros(0, dtype=np.int64)
    if len(cols) == 0:
        cols = np.zeros(1, dtype=np.int64)
    sub = matrix[:, cols]
    return [sub[r].toarray().astype(np.float64) for r in rows]


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def cluster_taste(
    vectors: np.ndarray, *, max_k: int = MAX_CLUSTERS, seed: int = 42
) -> tuple[np.ndarray, np.ndarray]:
    """``(labels, centres)`` of the liked items' unit ``vectors`` (dense, one row each).

    ``k`` runs from 2 to ``max_k`` (fewer when there are not :data:`MIN_PER_CLUSTER` items for
    each) and the best silhouette wins; identical rows or too few items give one cluster.
    """
    # Deferred: scikit-learn is heavy and only mixes need it.
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    x = _unit(np.asarray(vectors, dtype=np.float64))
    n = len(x)
    distinct = len(np.unique(np.round(x, 6), axis=0)) if n else 0
    top = min(max_k, n // MIN_PER_CLUSTER, distinct)
    if top < 2:
        return np.zeros(n, dtype=np.int64), x.mean(axis=0, keepdims=True) if n else x[:0]
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    # One distance matrix for every k's silhouette (the rows are few: a profile's likes).
    sample = np.random.default_rng(seed).permutation(n)[: min(n, 1000)]
    squared = (x[sample] ** 2).sum(axis=1)
    dist = np.sqrt(
        np.maximum(squared[:, None] + squared[None, :] - 2 * x[sample] @ x[sample].T, 0.0)
    )
    np.fill_diagonal(dist, 0.0)
    for k in range(2, top + 1):
        km = KMeans(n_clusters=k, n_init=2, random_state=seed).fit(x)
        labels = km.labels_
        if len(set(labels.tolist())) < 2:
            continue
        if len(set(labels[sample].tolist())) < 2:
            continue
        score = float(silhouette_score(dist, labels[sample], metric="precomputed"))
        # A cluster too small to carry its share of favourites makes a mix of strangers: a
        # k that leaves one loses to any k that does not.
        if np.bincount(labels).min() < MIN_PER_CLUSTER:
            score -= 1.0
        if best is None or score > best[0] + 1e-9:
            best = (score, labels.astype(np.int64), km.cluster_centers_)
    if best is None:
        return np.zeros(n, dtype=np.int64), x.mean(axis=0, keepdims=True)
    return best[1], best[2]


def own_centre_share(vectors: np.ndarray, labels: np.ndarray, centres: np.ndarray) -> float:
    """The share of rows closer to their own centre than to any other (1.0 for no rows)."""
    if len(vectors) == 0:
        return 1.0
    x = _unit(np.asarray(vectors, dtype=np.float64))
    dist = ((x[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    own = dist[np.arange(len(x)), labels]
    others = np.where(np.arange(len(centres))[None, :] == labels[:, None], np.inf, dist)
    return float(np.mean(own < others.min(axis=1))) if len(centres) > 1 else 1.0


def plan_mixes(
    liked: np.ndarray,
    liked_weights: Sequence[float],
    candidates: np.ndarray,
    candidate_scores: Sequence[float],
    *,
    size: int = MIX_SIZE,
    favourite_share: float = FAVOURITE_SHARE,
    seed: int = 42,
) -> tuple[list[MixPlan], np.ndarray, np.ndarray]:
    """The mixes of one profile, largest cluster first, with the clustering's labels and
    centres. ``liked``/``candidates`` are content vectors (dense rows); ``liked_weights`` how
    much each favourite is loved; ``candidate_scores`` the model's (higher is better)."""
    if len(liked) < MIN_LIKED:
        return [], np.zeros(len(liked), dtype=np.int64), np.zeros((0, liked.shape[1]))
    labels, centres = cluster_taste(liked, seed=seed)
    weights = np.asarray(liked_weights, dtype=np.float64)
    k = len(centres)
    n_fav = round(size * favourite_share)
    clusters = np.argsort(-np.bincount(labels, minlength=k), kind="stable")
    favourites: dict[int, list[int]] = {}
    for cluster in clusters:
        members = np.flatnonzero(labels == cluster)
        members = members[np.lexsort((members, -weights[members]))]
        favourites[int(cluster)] = members[:n_fav].tolist()
    picks = _share_out(
        candidates,
        candidate_scores,
        centres,
        {
            c: max(round(len(f) * (1 - favourite_share) / favourite_share), MIN_MIX - len(f))
            for c, f in favourites.items()
        },
        [int(c) for c in clusters],
    )
    plans: list[MixPlan] = []
    for cluster in clusters:
        cluster = int(cluster)
        mine, chosen = favourites[cluster], picks.get(cluster, [])
        if len(mine) + len(chosen) < MIN_MIX:
            continue  # too few candidates left in the whole catalogue
        plans.append(MixPlan(mine, chosen[: MAX_MIX - len(mine)], centres[cluster]))
    return plans, labels, centres


def _share_out(
    candidates: np.ndarray,
    scores: Sequence[float],
    centres: np.ndarray,
    quotas: dict[int, int],
    clusters: list[int],
) -> dict[int, list[int]]:
    """Candidates dealt out to the clusters in turns, each taking its best remaining one by
    model rank and closeness to its centre (a candidate whose nearest centre it is counts
    first), until every quota is met: no candidate goes to two mixes, and a small cluster
    still gets its share."""
    if len(candidates) == 0 or not clusters:
        return {}
    c = _unit(np.asarray(candidates, dtype=np.float64))
    closeness = c @ _unit(centres).T
    nearest = closeness.argmax(axis=1)
    order = np.argsort(np.argsort(-np.asarray(scores, dtype=np.float64), kind="stable"))
    rank_part = 1.0 - order / max(1, len(order))
    ranked: dict[int, np.ndarray] = {}
    for cluster in clusters:
        value = 0.5 * rank_part + 0.5 * closeness[:, cluster] + (nearest == cluster)
        ranked[cluster] = np.lexsort((np.arange(len(value)), -value))
    taken = np.zeros(len(c), dtype=bool)
    out: dict[int, list[int]] = {cluster: [] for cluster in clusters}
    pointer = dict.fromkeys(clusters, 0)
    active = [cl for cl in clusters if quotas.get(cl, 0) > 0]
    while active:
        for cluster in list(active):
            queue = ranked[cluster]
            while pointer[cluster] < len(queue) and taken[queue[pointer[cluster]]]:
                pointer[cluster] += 1
            if pointer[cluster] >= len(queue):
                active.remove(cluster)
                continue
            pick = int(queue[pointer[cluster]])
            taken[pick] = True
            out[cluster].append(pick)
            if len(out[cluster]) >= quotas[cluster]:
                active.remove(cluster)
    return out


def mix_order(
    items: Sequence[Hashable],
    artists: Sequence[str | None],
    values: Sequence[float],
) -> list[Hashable]:
    """A mix's play order: best ``values`` first under the radio's variety rules while they
    can hold, then whatever is left in value order (a mix never drops an item)."""
    # Deferred only to keep this module's import light for callers that plan without order.
    import itertools

    from desktop_recsys.engine.radio import artist_key, radio_stream

    artist_of = dict(zip(items, artists, strict=True))
    scores = {item: float(v) for item, v in zip(items, values, strict=True)}
    # A value of 0 would keep an item out of the radio's pool: lift every value a little.
    lifted = {item: value + 1e-6 for item, value in scores.items()}
    stream = radio_stream(lifted, {}, lambda i: artist_key(i, artist_of[i]), balance=0.0)
    ordered = [pick.item for pick in itertools.islice(stream, len(items))]
    taken = set(ordered)
    rest = sorted((i for i in items if i not in taken), key=lambda i: -scores[i])
    return ordered + rest
