"""Features of (user, candidate item) pairs, and the generator's candidates they describe.

:data:`FEATURES` names the columns: the generator's score and rank, content similarity to the
user's profile, the user's affinity to the item's genres, the item's popularity, mean weight,
age (release year) and recency (how recent its interactions are), the share of the user's
friends who have it, and the user's activity. :class:`Signals` holds what computing them needs
for one interaction matrix (the inner one while training, the full one when serving).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms.content import ContentRecommender
from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.matrices import (
    dense_rows,
    pair_dots,
    sparse_cells,
    user_min_max,
)

FEATURES = (
    "generator_score",
    "generator_score_in_list",
    "generator_log_rank",
    "content_similarity",
    "genre_affinity",
    "item_popularity",
    "item_mean_weight",
    "item_age",
    "item_recency",
    "friends_share",
    "user_activity",
)
#: Users per dense sub-block inside :func:`pair_features`.
_PAIR_BLOCK = 64


@dataclass
class Signals:
    """Everything feature computation needs, for one interaction matrix (inner or full)."""

    generator: Recommender
    content: ContentRecommender
    seen: sp.csr_matrix
    genres_t: sp.csr_matrix  # genres x items
    genre_counts: np.ndarray
    friends: sp.csr_matrix
    item_static: np.ndarray  # items x 4: popularity, mean weight, age, recency
    candidates: int
    genres: sp.csr_matrix = field(init=False)  # items x genres
    has: sp.csr_matrix = field(init=False)  # users x items, 1 where the user has the item

    def __post_init__(self) -> None:
        self.genres = self.genres_t.T.tocsr()
        self.has = sp.csr_matrix(self.seen, dtype=np.float32, copy=True)
        self.has.data[:] = 1.0


def item_statistics(matrix: sp.csr_matrix, dataset: Dataset) -> np.ndarray:
    """Per-item features: log popularity share, mean weight vs global, age, recency."""
    n_users, n_items = matrix.shape
    csc = matrix.tocsc()
    counts = np.diff(csc.indptr).astype(np.float64)
    sums = np.bincount(matrix.indices, weights=matrix.data, minlength=n_items)
    global_mean = float(matrix.data.mean()) if matrix.nnz else 0.0
    spread = float(matrix.data.std()) if matrix.nnz else 1.0
    mean = np.divide(sums, counts, out=np.full(n_items, global_mean), where=counts > 0)
    out = np.zeros((n_items, 4), dtype=np.float64)
    out[:, 0] = np.log1p(counts) / np.log1p(max(n_users, 1))
    # Shrink item means towards the global mean: three interactions say little.
    out[:, 1] = (counts * mean + 3.0 * global_mean) / (counts + 3.0) - global_mean
    out[:, 1] /= spread if spread > 0 else 1.0
    years = np.full(n_items, np.nan)
    for item, year in dataset.item_years.items():
        i = dataset.item_index(item)
        if i is not None:
            years[i] = year
    if np.isfinite(years).any():
        newest = np.nanmax(years)
        age = (newest - years) / 10.0
        out[:, 2] = np.where(np.isfinite(age), age, np.nanmean(age))
    if dataset.timestamps is not None and dataset.timestamps.nnz:
        t_csr = dataset.timestamps
        item_ts = np.bincount(t_csr.indices, weights=t_csr.data, minlength=n_items)
        item_n = np.bincount(t_csr.indices, minlength=n_items)
        newest = t_csr.data.max()
        mean_ts = np.divide(item_ts, item_n, out=np.full(n_items, newest), where=item_n > 0)
        out[:, 3] = np.log1p((newest - mean_ts) / 86400.0)
    return out


def top_candidates(
    sig: Signals, users: np.ndarray, *, scaled: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Top candidates of the generator: items (b x K), their scores, validity, and (if
    ``scaled``) all the generator's scores scaled to 0..1 per user."""
    raw = np.asarray(sig.generator._score(users), dtype=np.float32)
    blocked = dense_rows(sig.seen, users)
    key = raw.copy()
    key[~np.isfinite(key)] = -np.inf
    key[blocked] = -np.inf
    k = min(sig.candidates, key.shape[1])
    part = (
        np.argpartition(-key, k - 1, axis=1)[:, :k]
        if k < key.shape[1]
        else np.tile(np.arange(key.shape[1]), (len(users), 1))
    )
    pkey = np.take_along_axis(key, part, axis=1)
    order = np.lexsort((part, -pkey), axis=1)
    items = np.take_along_axis(part, order, axis=1)
    scores = np.take_along_axis(pkey, order, axis=1)
    return items, scores, np.isfinite(scores), user_min_max(raw, blocked) if scaled else None


def pair_features(
    sig: Signals, users: np.ndarray, items: np.ndarray, gen_scores: np.ndarray
) -> np.ndarray:
    """Feature rows (``b*K x len(FEATURES)``) of users x their candidate items.

    The user-item signals (content similarity, genre affinity, friends' share) are computed
    at the candidate cells only (:func:`~desktop_recsys.engine.features.matrices.pair_dots`),
    never as dense ``users x catalogue`` products: those were most of a training block's time.
    """
    b, k = items.shape
    out = np.zeros((b, k, len(FEATURES)), dtype=np.float64)
    gs = np.where(np.isfinite(gen_scores), gen_scores, 0.0)
    out[:, :, 0] = gs
    lo, hi = gs.min(axis=1, keepdims=True), gs.max(axis=1, keepdims=True)
    out[:, :, 1] = np.divide(gs - lo, hi - lo, out=np.zeros_like(gs), where=(hi - lo) > 0)
    out[:, :, 2] = np.log1p(np.arange(k))[None, :]
    out[:, :, 3] = sig.content.pair_scores(users, items)
    n_seen = np.diff(sig.seen[users].indptr)
    # Sub-blocks bound the dense users x genres rows on data with thousands of tags.
    for start in range(0, b, _PAIR_BLOCK):
        sub = slice(start, start + _PAIR_BLOCK)
        if sig.genres_t.shape[0]:
            # How many of the user's items have each genre, then summed over the candidate's
            # genres: the user's affinity to the candidate's genres.
            per_genre = (sig.has[users[sub]] @ sig.genres).toarray()
            aff = pair_dots(per_genre, sig.genres, items[sub])
            aff /= np.maximum(n_seen[sub], 1)[:, None]
            out[sub, :, 4] = aff / np.maximum(sig.genre_counts[items[sub]], 1)
        f = sig.friends[users[sub]]
        if f.nnz:
            deg = np.diff(f.indptr)
            # Few friends per user: the sparse product stays small, unlike the dense one.
            share = sparse_cells(f @ sig.has, items[sub])
            out[sub, :, 9] = share / np.maximum(deg, 1)[:, None]
    out[:, :, 5:9] = sig.item_static[items]
    out[:, :, 10] = np.log1p(n_seen)[:, None]
    return out.reshape(b * k, len(FEATURES))


def genre_matrix(dataset: Dataset) -> tuple[sp.csr_matrix, list[str]]:
    """Binary items x genres (the ``genres`` kind, else every attribute kind)."""
    kinds = ["genres"] if "genres" in dataset.item_attributes else list(dataset.item_attributes)
    if not kinds:
        return sp.csr_matrix((dataset.n_items, 0), dtype=np.float32), []
    return dataset.item_feature_matrix(kinds)


def friends_matrix(dataset: Dataset) -> sp.csr_matrix:
    """The users x users friendship matrix as float32 (empty when the data set has none)."""
    n = dataset.n_users
    if dataset.friends is None:
        return sp.csr_matrix((n, n), dtype=np.float32)
    return sp.csr_matrix(dataset.friends, dtype=np.float32)
