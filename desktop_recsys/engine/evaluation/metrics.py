"""Metrics: rating error, ranking accuracy, beyond-accuracy, and paired bootstrap intervals.

Two levels:

- **Protocol summaries** kept from the first version (:func:`top_n_metrics`,
  :func:`evaluate_top_n`, :func:`rating_metrics`, :func:`evaluate_ratings`): the figures of
  ``EVALUATION.md`` (NDCG@10, Recall@20, coverage@10, novelty@10, leaks) from id lists.
- **Vectorised per-user metrics** on arrays. Recommendations are a ``(users, L)`` matrix of
  item indices (``-1`` pads short lists); ``hits`` is the boolean ``(users, L)`` matrix "this
  slot holds a held-out item"; ``n_relevant`` counts each user's held-out items (items unknown
  to the model included: they are relevant, merely unreachable). Each function returns one
  value per user; averaging over users gives the aggregate. Catalogue-level figures
  (coverage, Gini of exposure) are single numbers.

Definitions (``K`` the cutoff, ``R = min(|relevant|, K)``, ranks 1-based):

- Precision@K ``hits@K / K``; Recall@K ``hits@K / R`` (the protocol's definition); hit rate@K
  ``1`` if any hit; MRR ``1 / rank of the first hit`` within the list, else 0.
- NDCG@K: binary gains ``1 / log2(rank + 1)``, divided by the ideal DCG of ``R`` hits.
- MAP@K: ``sum over hits at rank r of precision@r``, divided by ``R``.
- AUC: probability that a held-out candidate is ranked above a non-held-out candidate
  (candidates: catalogue items not seen in TRAIN). Computed from the list: candidates outside
  it are tied below every listed item, so it is exact when the list covers every candidate and
  a lower bound-like "limited AUC" otherwise.
- Novelty: mean ``-log2(popularity / n_users)`` of listed items (popularity: TRAIN users who
  have the item, at least 1).
- Intra-list diversity: mean pairwise distance within the list; Jaccard distance of binary
  genre/tag sets, or cosine distance of content vectors.
- Serendipity: share of the K slots that are hits *and* not among the K most popular items the
  user has not seen (Ge et al. 2010, a popularity primitive as the "expected" recommender).
- Popularity bias: average recommendation popularity (mean share of TRAIN users who have each
  listed item), long-tail share (share of slots given to items outside the short head, the
  most popular items that hold ``head_share`` of TRAIN interactions), Gini of exposure over the
  whole catalogue (0: every item shown equally often; 1: one item takes every slot).
- Calibration (Steck 2018): ``KL(p || (1 - a) q + a p)`` with ``p`` the genre mix of the
  user's TRAIN history and ``q`` that of the list (each item spreads weight 1 evenly over its
  genres), ``a = 0.01``; 0 is perfectly calibrated. Users whose history has no genre get NaN.

Bootstrap: :func:`resample_weights` draws how often each user appears in each resample; one
draw serves every metric and every algorithm, which makes comparisons paired.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset

# ============================================================================ protocol summary


@dataclass(frozen=True)
class TopNMetrics:
    """NDCG@10, Recall@20, coverage@10, novelty@10, leaks and the number of users evaluated."""

    ndcg_at_10: float
    recall_at_20: float
    coverage_at_10: float
    novelty_at_10: float
    leaks: int
    users: int

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class RatingMetrics:
    """Root-mean-square and mean absolute error of rating predictions."""

    rmse: float
    mae: float
    pairs: int

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}


def top_n_metrics(
    recommendations: Mapping[str, Sequence[str]],
    relevant: Mapping[str, Iterable[str]],
    train: Dataset,
) -> TopNMetrics:
    """Protocol metrics of ranked lists against held-out items; ``train`` gives seen items,
    the catalogue and popularity (number of TRAIN users per item).

    Averaged over users with held-out items; such a user without recommendations scores 0.
    """
    rel_sets = {u: set(rel) for u, rel in relevant.items()}
    users = [u for u, rel in rel_sets.items() if rel]
    lists = [list(recommendations.get(u, ())) for u in users]
    width = max([20, *(len(x) for x in lists)])
    # Hits compare ids, not indices: a listed id unknown to TRAIN still matches its test row.
    hits = np.zeros((len(users), width), dtype=bool)
    for row, (u, ranked) in enumerate(zip(users, lists, strict=True)):
        for col, item in enumerate(ranked[:width]):
            hits[row, col] = item in rel_sets[u]
    n_rel = np.array([len(rel_sets[u]) for u in users], dtype=np.int64)
    popularity = item_popularity(train)
    # Leaks, coverage and novelty count every answered user, with or without held-out items.
    all_users = list(recommendations)
    all_lists = [list(recommendations[u]) for u in all_users]
    all_items = id_matrix(train, all_lists, max([1, *(len(x) for x in all_lists)]))
    u_idx = lookup(train.user_ids, np.array(all_users, dtype=str))
    leaks = int(seen_mask(train, u_idx, all_items).sum())
    shown = all_items[:, :10]
    listed = shown[shown >= 0]
    novelty_all = -np.log2(np.maximum(popularity[listed], 1) / max(train.n_users, 1))
    return TopNMetrics(
        ndcg_at_10=float(ndcg_at_k(hits, n_rel, 10).mean()) if users else 0.0,
        recall_at_20=float(recall_at_k(hits, n_rel, 20).mean()) if users else 0.0,
        coverage_at_10=catalogue_coverage(all_items, train.n_items, 10),
        novelty_at_10=float(novelty_all.mean()) if len(listed) else 0.0,
        leaks=leaks,
        users=len(users),
    )


def evaluate_top_n(
    model: Recommender, train: Dataset, test_users: Sequence[str], test_items: Sequence[str]
) -> TopNMetrics:
    """Fitted ``model`` recommends 20 items to every user with held-out items; protocol metrics."""
    relevant: dict[str, set[str]] = {}
    for u, i in zip(test_users, test_items, strict=True):
        relevant.setdefault(str(u), set()).add(str(i))
    users = sorted(relevant)
    recs = {r.user: r.items for r in model.recommend_many(users, 20)}
    return top_n_metrics(recs, relevant, train)


def rating_metrics(predicted: Sequence[float], actual: Sequence[float]) -> RatingMetrics:
    """RMSE and MAE of predictions against true ratings."""
    p = np.asarray(predicted, dtype=np.float64)
    a = np.asarray(actual, dtype=np.float64)
    if p.shape != a.shape:
        raise ValueError("predicted and actual must have the same length")
    if len(p) == 0:
        return RatingMetrics(float("nan"), float("nan"), 0)
    err = p - a
    return RatingMetrics(float(np.sqrt(np.mean(err**2))), float(np.mean(np.abs(err))), len(p))


def evaluate_ratings(
    model: Recommender, users: Sequence[str], items: Sequence[str], ratings: Sequence[float]
) -> RatingMetrics:
    """RMSE/MAE of ``model.predict_pairs`` on held-out (user, item, rating) triples."""
    return rating_metrics(model.predict_pairs(list(users), list(items)), ratings)


# ============================================================================ building blocks


def lookup(sorted_ids: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of each value in a sorted id array (a Dataset's ``user_ids`` / ``item_ids``),
    ``-1`` when absent."""
    values = np.asarray(values, dtype=str)
    if len(sorted_ids) == 0 or len(values) == 0:
        return np.full(len(values), -1, dtype=np.int64)
    pos = np.minimum(np.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return np.where(sorted_ids[pos] == values, pos, -1).astype(np.int64)


def id_matrix(train: Dataset, lists: Sequence[Sequence[str]], width: int) -> np.ndarray:
    """``(len(lists), width)`` item indices of ranked id lists; ``-1`` pads and marks ids
    unknown to ``train``."""
    out = np.full((len(lists), width), -1, dtype=np.int64)
    lengths = np.array([min(len(x), width) for x in lists], dtype=np.int64)
    if lengths.sum() == 0:
        return out
    flat = np.array([i for x in lists for i in list(x)[:width]], dtype=str)
    rows = np.repeat(np.arange(len(lists)), lengths)
    cols = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    out[rows, cols] = lookup(train.item_ids, flat)
    return out


def hit_matrix(
    train: Dataset,
    users: Sequence[str],
    items: np.ndarray,
    relevant: Mapping[str, Iterable[str]],
) -> tuple[np.ndarray, np.ndarray]:
    """``hits`` (``items.shape``, bool) and ``n_relevant`` per user from id sets."""
    rel_u, rel_i = [], []
    n_rel = np.zeros(len(users), dtype=np.int64)
    for row, u in enumerate(users):
        rel = set(relevant.get(u, ()))
        n_rel[row] = len(rel)
        rel_u.extend([row] * len(rel))
        rel_i.extend(rel)
    idx = lookup(train.item_ids, np.array(rel_i, dtype=str))
    rows = np.array(rel_u, dtype=np.int64)[idx >= 0]
    return hits_from_pairs(items, rows, idx[idx >= 0], train.n_items), n_rel


def hits_from_pairs(
    items: np.ndarray, rel_rows: np.ndarray, rel_items: np.ndarray, n_items: int
) -> np.ndarray:
    """Boolean hit matrix: ``items[r, j]`` is one of row ``r``'s relevant item indices."""
    width = max(n_items, 1)
    keys = np.unique(rel_rows.astype(np.int64) * width + rel_items.astype(np.int64))
    rec_keys = np.arange(items.shape[0], dtype=np.int64)[:, None] * width + items
    return np.isin(rec_keys, keys) & (items >= 0)


def item_popularity(train: Dataset) -> np.ndarray:
    """Number of TRAIN users with each item."""
    return np.diff(train.matrix.tocsc().indptr).astype(np.float64)


def seen_mask(train: Dataset, user_idx: np.ndarray, items: np.ndarray) -> np.ndarray:
    """True where a listed item is in that user's TRAIN history (a leak)."""
    m = train.matrix
    width = max(m.shape[1], 1)
    rows = np.repeat(np.arange(m.shape[0], dtype=np.int64), np.diff(m.indptr))
    keys = rows * width + m.indices
    rec = user_idx[:, None].astype(np.int64) * width + items
    return np.isin(rec, keys) & (items >= 0) & (user_idx[:, None] >= 0)


_DISCOUNT = 1.0 / np.log2(np.arange(2, 100_002, dtype=np.float64))


def _discounts(n: int) -> np.ndarray:
    return _DISCOUNT[:n] if n <= len(_DISCOUNT) else 1.0 / np.log2(np.arange(2, n + 2))


# ============================================================================ ranking accuracy


def precision_at_k(hits: np.ndarray, k: int) -> np.ndarray:
    """Hits in the top ``k`` over ``k`` (short lists are not rewarded for being short)."""
    return hits[:, :k].sum(axis=1) / float(k)


def recall_at_k(hits: np.ndarray, n_relevant: np.ndarray, k: int) -> np.ndarray:
    """Hits in the top ``k`` over ``min(|relevant|, k)`` (``EVALUATION.md``); 0 if none relevant."""
    denom = np.minimum(n_relevant, k)
    return np.divide(hits[:, :k].sum(axis=1), denom, out=np.zeros(len(hits)), where=denom > 0)


def ndcg_at_k(hits: np.ndarray, n_relevant: np.ndarray, k: int) -> np.ndarray:
    """Binary-gain NDCG@k with the ideal DCG over ``min(|relevant|, k)`` positions."""
    disc = _discounts(k)
    dcg = (hits[:, :k] * disc[: hits[:, :k].shape[1]]).sum(axis=1)
    ideal = np.concatenate([[0.0], np.cumsum(disc)])[np.minimum(n_relevant, k)]
    return np.divide(dcg, ideal, out=np.zeros(len(hits)), where=ideal > 0)


def average_precision_at_k(hits: np.ndarray, n_relevant: np.ndarray, k: int) -> np.ndarray:
    """AP@k: mean of precision@r over the ranks r of hits, divided by ``min(|relevant|, k)``."""
    h = hits[:, :k].astype(np.float64)
    prec = np.cumsum(h, axis=1) / np.arange(1, h.shape[1] + 1)
    denom = np.minimum(n_relevant, k)
    return np.divide((prec * h).sum(axis=1), denom, out=np.zeros(len(hits)), where=denom > 0)


def hit_rate_at_k(hits: np.ndarray, k: int) -> np.ndarray:
    """1 when the top ``k`` holds at least one held-out item."""
    return hits[:, :k].any(axis=1).astype(np.float64)


def reciprocal_rank(hits: np.ndarray, k: int | None = None) -> np.ndarray:
    """``1 / rank`` of the first hit within the first ``k`` slots (the whole list by
    default), 0 without a hit."""
    h = hits if k is None else hits[:, :k]
    any_hit = h.any(axis=1)
    first = np.argmax(h, axis=1)
    return np.where(any_hit, 1.0 / (first + 1.0), 0.0)


def auc_from_lists(
    hits: np.ndarray, items: np.ndarray, n_relevant_candidates: np.ndarray, n_candidates: np.ndarray
) -> np.ndarray:
    """Per-user AUC from ranked lists (see the module docs); NaN for users with no relevant
    candidate or no non-relevant one.

    ``n_relevant_candidates``: held-out items that are candidates (known, not seen);
    ``n_candidates``: every candidate of the user.
    """
    listed = items >= 0
    h = hits & listed
    pos = n_relevant_candidates.astype(np.float64)
    neg = n_candidates.astype(np.float64) - pos
    # Non-relevant listed items ranked above each slot.
    nonrel = (listed & ~h).astype(np.int64)
    above = np.cumsum(nonrel, axis=1) - nonrel
    listed_pos_score = ((neg[:, None] - above) * h).sum(axis=1)
    n_listed_pos = h.sum(axis=1)
    n_listed_neg = nonrel.sum(axis=1)
    unlisted_pos = pos - n_listed_pos
    unlisted_neg = neg - n_listed_neg
    # An unlisted relevant item is below every listed non-relevant one and tied with the rest.
    score = listed_pos_score + unlisted_pos * 0.5 * unlisted_neg
    ok = (pos > 0) & (neg > 0)
    return np.divide(score, pos * neg, out=np.full(len(hits), np.nan), where=ok)


# ============================================================================ beyond accuracy


def catalogue_coverage(items: np.ndarray, n_items: int, k: int) -> float:
    """Share of the catalogue shown to anyone in a top ``k``."""
    shown = items[:, :k]
    return float(len(np.unique(shown[shown >= 0])) / max(n_items, 1))


def novelty(items: np.ndarray, popularity: np.ndarray, n_users: int, k: int) -> np.ndarray:
    """Mean self-information ``-log2(popularity / n_users)`` of each user's listed items."""
    shown = items[:, :k]
    listed = shown >= 0
    info = -np.log2(np.maximum(popularity[np.maximum(shown, 0)], 1.0) / max(n_users, 1))
    n = listed.sum(axis=1)
    return np.divide((info * listed).sum(axis=1), n, out=np.zeros(len(items)), where=n > 0)


def _pairwise(items: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    shown = items[:, :k]
    a, b = np.triu_indices(shown.shape[1], 1)
    return a, b


def intra_list_diversity(
    items: np.ndarray, features: sp.spmatrix, k: int, *, metric: str = "jaccard"
) -> np.ndarray:
    """Mean pairwise distance between a user's listed items (NaN with fewer than 2).

    ``features`` is ``items x features``: binary genre/tag sets for ``metric="jaccard"``, any
    content vectors for ``metric="cosine"``. Items without features are at distance 1 from
    everything under Jaccard (nothing shared) and are skipped under cosine (no direction).
    """
    if metric not in ("jaccard", "cosine"):
        raise ValueError(f"unknown distance {metric!r}")
    shown = items[:, :k]
    f = sp.csr_matrix(features, dtype=np.float64)
    if metric == "jaccard":
        f.data[:] = 1.0
        size = np.asarray(f.sum(axis=1)).ravel()
    else:
        norm = np.sqrt(np.asarray(f.multiply(f).sum(axis=1)).ravel())
        f = sp.csr_matrix(
            sp.diags(np.divide(1.0, norm, out=np.zeros_like(norm), where=norm > 0)) @ f
        )
        size = (norm > 0).astype(np.float64)
    # Padding rows get an empty feature row (index n_items) so that every slot is a row.
    f = sp.vstack([f, sp.csr_matrix((1, f.shape[1]))]).tocsr()
    size = np.concatenate([size, [0.0]])
    idx = np.where(shown >= 0, shown, f.shape[0] - 1)
    a, b = _pairwise(items, k)
    total = np.zeros(len(items))
    count = np.zeros(len(items))
    # One sparse product per pair of slots, vectorised over users: K(K-1)/2 products.
    for sa, sb in zip(a, b, strict=True):
        ia, ib = idx[:, sa], idx[:, sb]
        inter = np.asarray(f[ia].multiply(f[ib]).sum(axis=1)).ravel()
        valid = (shown[:, sa] >= 0) & (shown[:, sb] >= 0)
        if metric == "jaccard":
            union = size[ia] + size[ib] - inter
            dist = np.where(
                union > 0,
                1.0 - np.divide(inter, union, out=np.zeros_like(inter), where=union > 0),
                1.0,
            )
        else:
            valid &= (size[ia] > 0) & (size[ib] > 0)
            dist = 1.0 - inter
        total += np.where(valid, dist, 0.0)
        count += valid
    return np.divide(total, count, out=np.full(len(items), np.nan), where=count > 0)


def popularity_baseline(
    train: Dataset, user_idx: np.ndarray, k: int, popularity: np.ndarray | None = None
) -> np.ndarray:
    """``(users, k)`` the ``k`` most popular items each user has not seen in TRAIN (ties by
    index): the "expected" list that serendipity discounts."""
    pop = item_popularity(train) if popularity is None else popularity
    order = np.argsort(-pop, kind="stable")
    m = train.matrix
    seen_counts = np.diff(m.indptr)[np.maximum(user_idx, 0)] * (user_idx >= 0)
    depth = min(len(order), k + int(seen_counts.max(initial=0)))
    top = order[:depth]
    blocked = seen_mask(train, user_idx, np.broadcast_to(top, (len(user_idx), depth)))
    rank = np.cumsum(~blocked, axis=1)
    keep = ~blocked & (rank <= k)
    out = np.full((len(user_idx), k), -1, dtype=np.int64)
    rows, cols = np.nonzero(keep)
    out[rows, rank[rows, cols] - 1] = top[cols]
    return out


def serendipity(hits: np.ndarray, items: np.ndarray, expected: np.ndarray, k: int) -> np.ndarray:
    """Share of the ``k`` slots holding a hit that the ``expected`` list does not contain."""
    shown = items[:, :k]
    in_expected = (shown[:, :, None] == expected[:, None, :]).any(axis=2)
    return (hits[:, :k] & ~in_expected & (shown >= 0)).sum(axis=1) / float(k)


def short_head(popularity: np.ndarray, head_share: float = 0.2) -> np.ndarray:
    """Boolean mask of the most popular items that together hold ``head_share`` of the
    interactions (at least one item when there are any)."""
    order = np.argsort(-popularity, kind="stable")
    total = popularity.sum()
    head = np.zeros(len(popularity), dtype=bool)
    if total <= 0:
        return head
    cum = np.cumsum(popularity[order])
    n_head = int(np.searchsorted(cum, head_share * total)) + 1
    head[order[:n_head]] = True
    return head


def average_popularity(
    items: np.ndarray, popularity: np.ndarray, n_users: int, k: int
) -> np.ndarray:
    """Average recommendation popularity: mean share of TRAIN users having each listed item."""
    shown = items[:, :k]
    listed = shown >= 0
    share = popularity[np.maximum(shown, 0)] / max(n_users, 1)
    n = listed.sum(axis=1)
    return np.divide((share * listed).sum(axis=1), n, out=np.zeros(len(items)), where=n > 0)


def long_tail_share(items: np.ndarray, head: np.ndarray, k: int) -> np.ndarray:
    """Share of each user's listed items outside the short head."""
    shown = items[:, :k]
    listed = shown >= 0
    tail = ~head[np.maximum(shown, 0)] & listed
    n = listed.sum(axis=1)
    return np.divide(tail.sum(axis=1), n, out=np.zeros(len(items)), where=n > 0)


def gini(values: np.ndarray) -> float:
    """Gini coefficient of non-negative values (0: all equal, towards 1: one holds all)."""
    x = np.sort(np.asarray(values, dtype=np.float64))
    n = len(x)
    if n == 0 or x.sum() <= 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float((2.0 * (ranks * x).sum()) / (n * x.sum()) - (n + 1.0) / n)


def exposure_gini(items: np.ndarray, n_items: int, k: int) -> float:
    """Gini of how often each catalogue item appears in the top ``k`` lists."""
    shown = items[:, :k]
    return gini(np.bincount(shown[shown >= 0], minlength=n_items))


def calibration_kl(
    history: sp.spmatrix,
    items: np.ndarray,
    genres: sp.spmatrix,
    k: int,
    *,
    alpha: float = 0.01,
) -> np.ndarray:
    """Steck's miscalibration ``KL(p || (1 - alpha) q + alpha p)`` per user (see module docs).

    ``history`` is ``users x items`` (rows aligned with ``items``; any positive cell counts
    once), ``genres`` is binary ``items x genres``.
    """
    g = sp.csr_matrix(genres, dtype=np.float64)
    g.data[:] = 1.0
    per_item = np.asarray(g.sum(axis=1)).ravel()
    g = sp.csr_matrix(
        sp.diags(np.divide(1.0, per_item, out=np.zeros_like(per_item), where=per_item > 0)) @ g
    )
    h = sp.csr_matrix(history, dtype=np.float64)
    h.data[:] = 1.0
    p = np.asarray((h @ g).todense())
    shown = items[:, :k]
    listed = shown >= 0
    rows = np.nonzero(listed)[0]
    slots = sp.csr_matrix(
        (np.ones(len(rows)), (rows, shown[listed])), shape=(len(items), g.shape[0])
    )
    q = np.asarray((slots @ g).todense())
    p_sum = p.sum(axis=1, keepdims=True)
    q_sum = q.sum(axis=1, keepdims=True)
    p = np.divide(p, p_sum, out=np.zeros_like(p), where=p_sum > 0)
    q = np.divide(q, q_sum, out=np.zeros_like(q), where=q_sum > 0)
    q_tilde = (1.0 - alpha) * q + alpha * p
    # Ratio 1 (log 0) where p is 0: those genres add nothing to the divergence.
    ratio = np.divide(p, q_tilde, out=np.ones_like(p), where=(p > 0) & (q_tilde > 0))
    terms = p * np.log(ratio)
    out = terms.sum(axis=1)
    return np.where(p_sum.ravel() > 0, out, np.nan)


# ============================================================================ bootstrap


@dataclass(frozen=True)
class Interval:
    """A mean with a bootstrap confidence interval."""

    mean: float
    low: float
    high: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass(frozen=True)
class PairedComparison:
    """A minus B on the same users: mean difference, its interval, and how often A won."""

    metric: str
    a: str
    b: str
    mean_diff: float
    low: float
    high: float
    #: Share of bootstrap resamples in which A was better (by the metric's direction).
    a_wins: float
    users: int

    def as_dict(self) -> dict[str, float | str | int]:
        return asdict(self)


def resample_weights(n: int, resamples: int = 1000, seed: int = 0) -> np.ndarray:
    """``(resamples, n)`` counts: how often each of ``n`` users is drawn in each resample
    (each row sums to ``n``). Reusing one draw for several metrics pairs them."""
    rng = np.random.default_rng(seed)
    if n == 0:
        return np.zeros((resamples, 0))
    return rng.multinomial(n, np.full(n, 1.0 / n), size=resamples).astype(np.float64)


def _weighted_means(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Resample means of ``values`` (NaN rows left out of both sums)."""
    ok = np.isfinite(values)
    v = np.where(ok, values, 0.0)
    w = weights @ ok.astype(np.float64)
    return np.divide(weights @ v, w, out=np.full(len(weights), np.nan), where=w > 0)


def bootstrap_interval(
    values: np.ndarray,
    *,
    weights: np.ndarray | None = None,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> Interval:
    """Mean of ``values`` (NaN ignored) with a percentile bootstrap interval over users."""
    v = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(v)
    if not ok.any():
        return Interval(float("nan"), float("nan"), float("nan"))
    if ok.sum() < 2:  # one value: resampling it says nothing, so no interval
        return Interval(float(v[ok].mean()), float("nan"), float("nan"))
    w = resample_weights(len(v), resamples, seed) if weights is None else weights
    means = _weighted_means(v, w)
    tail = (1.0 - level) / 2.0
    low, high = np.nanquantile(means, [tail, 1.0 - tail])
    return Interval(float(v[ok].mean()), float(low), float(high))


def paired_bootstrap(
    a: np.ndarray,
    b: np.ndarray,
    *,
    metric: str = "",
    names: tuple[str, str] = ("A", "B"),
    higher_is_better: bool = True,
    weights: np.ndarray | None = None,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> PairedComparison:
    """Paired bootstrap of ``mean(a) - mean(b)`` over the same users (rows aligned); users
    where either value is NaN are left out."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("paired values must have the same length")
    diff = a - b
    ok = np.isfinite(diff)
    d = diff[ok]
    nan = float("nan")
    if len(d) == 0:
        return PairedComparison(metric, names[0], names[1], nan, nan, nan, nan, 0)
    if len(d) == 1:
        # One pair of values (one profile on one split): no interval, no share of resamples.
        return PairedComparison(metric, names[0], names[1], float(d[0]), nan, nan, nan, 1)
    w = resample_weights(len(d), resamples, seed) if weights is None else weights[:, ok]
    means = _weighted_means(d, w)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    wins = means > 0 if higher_is_better else means < 0
    return PairedComparison(
        metric, names[0], names[1], float(d.mean()), float(low), float(high),
        float(wins.mean()), int(len(d)),
    )  # fmt: skip


#: Metrics where lower is better (for comparisons and tuning).
LOWER_IS_BETTER = frozenset(
    {"rmse", "mae", "calibration_kl", "popularity_arp", "exposure_gini", "leaks"}
)


def higher_is_better(metric: str) -> bool:
    """Direction of a metric name such as ``ndcg@10`` or ``rmse``."""
    return metric.split("@")[0] not in LOWER_IS_BETTER
