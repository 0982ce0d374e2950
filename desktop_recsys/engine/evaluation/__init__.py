"""Offline evaluation: splits, metrics, experiments, tuning and reports (Qt-free).

- :mod:`.splits`: per-user random holdout (the ``EVALUATION.md`` protocol, the default),
  leave-last-N-out by time, k-fold, predefined files; seeded, leak-free.
- :mod:`.metrics`: rating error, ranking accuracy, beyond-accuracy figures, bootstrap
  intervals and paired comparisons, vectorised over users.
- :mod:`.experiment`: fit and measure several algorithms on the same splits.
- :mod:`.classifiers`: the learned ranker's five classifiers side by side.
- :mod:`.tuning`: random and grid search with a time budget.
- :mod:`.report`: comparison tables as DataFrame, CSV, JSON and self-contained HTML.

The protocol summary of the first version is kept: :func:`holdout_split`,
:func:`top_n_metrics`, :func:`evaluate_top_n`, :func:`rating_metrics`, :func:`evaluate_ratings`.
Heavier submodules (experiment, tuning, classifiers, report) are imported on use, not here.
"""

from desktop_recsys.engine.evaluation.metrics import (
    Interval,
    PairedComparison,
    RatingMetrics,
    TopNMetrics,
    bootstrap_interval,
    evaluate_ratings,
    evaluate_top_n,
    paired_bootstrap,
    rating_metrics,
    top_n_metrics,
)
from desktop_recsys.engine.evaluation.splits import (
    DEFAULT_PROTOCOL,
    DatasetSplit,
    Protocol,
    carve_validation,
    holdout_split,
    split_dataset,
    split_files,
    split_frame,
)

__all__ = [
    "DEFAULT_PROTOCOL",
    "DatasetSplit",
    "Interval",
    "PairedComparison",
    "Protocol",
    "RatingMetrics",
    "TopNMetrics",
    "bootstrap_interval",
    "carve_validation",
    "evaluate_ratings",
    "evaluate_top_n",
    "holdout_split",
    "paired_bootstrap",
    "rating_metrics",
    "split_dataset",
    "split_files",
    "split_frame",
    "top_n_metrics",
]
