"""Top-N and rating metrics of the protocol (see ``EVALUATION.md``).

Top-N metrics take recommendations as a mapping ``user -> ranked item ids`` and the held-out
interactions as ``user -> set of item ids``; they are averaged over users with held-out items.
A user with held-out items but no recommendations scores 0 (missing answers are not skipped).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset


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
    the catalogue and popularity (number of TRAIN users per item)."""
    ideal = np.cumsum(1.0 / np.log2(np.arange(2, 12)))
    n_users = max(train.n_users, 1)
    popularity = np.diff(train.matrix.tocsc().indptr)
    ndcg, recall = [], []
    shown: set[int] = set()
    novelty_sum, novelty_n, leaks = 0.0, 0, 0
    for user, rel_items in relevant.items():
        rel = set(rel_items)
        if not rel:
            continue
        recs = list(recommendations.get(user, ()))
        top10 = recs[:10]
        gains = [1.0 / math.log2(r + 2) for r, it in enumerate(top10) if it in rel]
        ndcg.append(sum(gains) / ideal[min(len(rel), 10) - 1])
        hits20 = sum(1 for it in recs[:20] if it in rel)
        recall.append(hits20 / min(len(rel), 20))
    for user, recs in recommendations.items():
        u = train.user_index(user)
        seen = (
            set()
            if u is None
            else set(
                train.matrix.indices[train.matrix.indptr[u] : train.matrix.indptr[u + 1]].tolist()
            )
        )
        for r, it in enumerate(recs):
            i = train.item_index(it)
            if i is None:
                continue
            if i in seen:
                leaks += 1
            if r < 10:
                shown.add(i)
                novelty_sum += -math.log2(max(popularity[i], 1) / n_users)
                novelty_n += 1
    return TopNMetrics(
        ndcg_at_10=float(np.mean(ndcg)) if ndcg else 0.0,
        recall_at_20=float(np.mean(recall)) if recall else 0.0,
        coverage_at_10=len(shown) / max(train.n_items, 1),
        novelty_at_10=novelty_sum / novelty_n if novelty_n else 0.0,
        leaks=leaks,
        users=len(ndcg),
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
