"""The offline evaluation protocol of ``EVALUATION.md``: the holdout split and the metrics.

- :func:`holdout_split`: per user with at least 5 interactions, ``floor(0.2 * n)`` held out at
  random (seed 42); the rest is TRAIN.
- :func:`evaluate_top_n` / :func:`top_n_metrics`: NDCG@10, Recall@20, coverage@10, novelty@10
  and leaks over users with held-out items.
- :func:`rating_metrics`: RMSE and MAE.
"""

from desktop_recsys.engine.evaluation.metrics import (
    RatingMetrics,
    TopNMetrics,
    evaluate_ratings,
    evaluate_top_n,
    rating_metrics,
    top_n_metrics,
)
from desktop_recsys.engine.evaluation.split import holdout_split

__all__ = [
    "RatingMetrics",
    "TopNMetrics",
    "evaluate_ratings",
    "evaluate_top_n",
    "holdout_split",
    "rating_metrics",
    "top_n_metrics",
]
