"""The learned ranker's five classifiers side by side: classifier metrics, time, importances.

For each model of :data:`~desktop_recsys.engine.algorithms.learned_ranker.MODELS`, the
``learned-ranker`` is fitted on a split's TRAIN (timed), then judged as a classifier on the
split's TEST: each tested user's candidates (the generator's top ``candidates`` unseen items,
which the classifier scores with a probability in ``(0, 1)``) are labelled 1 when held out, 0
otherwise. From those rows: accuracy, precision, recall and F1 at probability 0.5, and ROC AUC
(rank-based, ties averaged). The ranker's own check on held-out *training* users
(``validation_auc``, ``validation_accuracy``) and its top feature importances (trees),
coefficients (linear models) or sensitivities (MLP, RBF SVM) are reported beside them.

Candidates have a positive score and every other item ``-2 + ...`` (see the ranker's docs),
so the candidates of a user are exactly the listed items with a score above zero.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from desktop_recsys.engine.evaluation.splits import DatasetSplit
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler, no_progress
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

if TYPE_CHECKING:
    import pandas as pd

RANKER = "learned-ranker"


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney statistic, ties counted half); NaN when one
    class is missing."""
    y = np.asarray(labels).astype(bool)
    s = np.asarray(scores, dtype=np.float64)
    pos, neg = int(y.sum()), int((~y).sum())
    if pos == 0 or neg == 0:
        return float("nan")
    order = np.argsort(s, kind="stable")
    sorted_s = s[order]
    _, first, counts = np.unique(sorted_s, return_index=True, return_counts=True)
    ranks = np.empty(len(s))
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    return float((ranks[y].sum() - pos * (pos + 1) / 2.0) / (pos * neg))


def classification_metrics(
    labels: np.ndarray, scores: np.ndarray, threshold: float = 0.5
) -> dict[str, float]:
    """Accuracy, precision, recall, F1 (predicted positive: ``score >= threshold``) and ROC
    AUC; precision and F1 are 0 when nothing is predicted positive."""
    y = np.asarray(labels).astype(bool)
    pred = np.asarray(scores) >= threshold
    tp = float((pred & y).sum())
    fp = float((pred & ~y).sum())
    fn = float((~pred & y).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "accuracy": float((pred == y).mean()) if len(y) else float("nan"),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "roc_auc": roc_auc(y, scores),
        "rows": float(len(y)),
        "positive_rate": float(y.mean()) if len(y) else float("nan"),
    }


def compare_ranker_models(
    split: DatasetSplit,
    *,
    models: Sequence[str] | None = None,
    params: Mapping[str, str] | None = None,
    users: Sequence[str] | None = None,
    top_features: int = 3,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> pd.DataFrame:
    """One row per classifier: test-set classifier metrics, training time, the ranker's own
    validation figures and its strongest features (see the module docs)."""
    import pandas as pd  # deferred: pandas is heavy

    # Deferred: the ranker imports the algorithms it is built from (a one-off cost per run).
    from desktop_recsys.engine.algorithms.learned_ranker import MODELS

    models = list(models or MODELS)
    token = cancel if cancel is not None else CancelToken()
    test_users = np.unique(split.test_users.astype(str))
    if users is not None:
        test_users = test_users[np.isin(test_users, np.array(list(users), dtype=str))]
    if len(test_users) == 0:
        raise UserError(
            Message("no tested user to judge the classifiers on; add more ratings or plays")
        )
    held = set(zip(split.test_users.tolist(), split.test_items.tolist(), strict=True))
    rows = []
    for n, name in enumerate(models):
        span = ProgressScaler(progress, n / len(models), (n + 1) / len(models))
        model = create(RANKER, {**(params or {}), "model": name})
        t0 = time.perf_counter()
        try:
            model.fit(split.train, progress=span, cancel=token)
        except UserError as exc:
            rows.append({"model": name, "error": str(exc)})
            continue
        fit_s = time.perf_counter() - t0
        depth = int(model.params.candidates)  # type: ignore[attr-defined]
        labels, scores = [], []
        for rec in model.recommend_many(test_users.tolist(), depth):
            for item, score in rec:
                if score > 0:  # a candidate (see the module docs)
                    labels.append((rec.user, item) in held)
                    scores.append(score)
        figures = classification_metrics(np.array(labels), np.array(scores))
        kind, importances = model.feature_importances  # type: ignore[attr-defined]
        strongest = sorted(importances, key=lambda p: -abs(p[1]))[:top_features]
        validation = model.validation  # type: ignore[attr-defined]
        rows.append(
            {
                "model": name,
                **figures,
                "fit_s": fit_s,
                "validation_auc": validation.get("auc", float("nan")),
                "validation_accuracy": validation.get("accuracy", float("nan")),
                "importance_kind": kind,
                "top_features": ", ".join(f"{f} {v:+.3f}" for f, v in strongest),
                "importances": dict(importances),
                "error": "",
            }
        )
        token.raise_if_cancelled()
    return pd.DataFrame(rows)


__all__ = ["classification_metrics", "compare_ranker_models", "roc_auc"]
