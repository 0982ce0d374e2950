"""The classifier stored as arrays, and scored in numpy.

Persistence never pickles: the classifier's learned arrays (coefficients, Fourier weights, tree
structure arrays, MLP weights) are stored, and prediction is re-implemented here in numpy (the
tests check it against scikit-learn's own), so loading a model does not import scikit-learn.
Each scorer maps standardised features (n x F, float64) to a ranking score, from arrays only;
:func:`to_probability` turns that score into 0..1. Also the checks of a trained classifier:
:func:`auc`, :func:`log_loss` and :func:`sensitivity`.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def tree_arrays(estimators: list[Any]) -> dict[str, np.ndarray]:
    """Concatenate the structure arrays of fitted sklearn trees (node ids made global)."""
    lefts, rights, feats, thresholds, probs, roots = [], [], [], [], [], []
    offset = 0
    for est in estimators:
        t = est.tree_
        left, right = t.children_left.astype(np.int64), t.children_right.astype(np.int64)
        leaf = left < 0
        lefts.append(np.where(leaf, -1, left + offset))
        rights.append(np.where(leaf, -1, right + offset))
        feats.append(np.where(leaf, 0, t.feature).astype(np.int64))
        thresholds.append(t.threshold.astype(np.float64))
        value = t.value[:, 0, :].astype(np.float64)
        total = value.sum(axis=1)
        # Positive-class share of each node (class 1 is the last column; a tree that saw
        # one class only has a single column).
        pos = value[:, -1] if value.shape[1] > 1 else np.zeros(len(value))
        probs.append(np.divide(pos, total, out=np.zeros_like(pos), where=total > 0))
        roots.append(offset)
        offset += t.node_count
    return {
        "tree_left": np.concatenate(lefts),
        "tree_right": np.concatenate(rights),
        "tree_feature": np.concatenate(feats),
        "tree_threshold": np.concatenate(thresholds),
        "tree_prob": np.concatenate(probs),
        "tree_roots": np.asarray(roots, dtype=np.int64),
    }


def tree_predict(state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Mean positive-class probability over the stored trees (sklearn's predict_proba)."""
    left, right = state["tree_left"], state["tree_right"]
    feature, threshold = state["tree_feature"], state["tree_threshold"]
    # sklearn compares float32 features with float64 thresholds; do the same, bit for bit.
    x32 = x.astype(np.float32).astype(np.float64)
    node = np.broadcast_to(state["tree_roots"][None, :], (len(x), len(state["tree_roots"])))
    node = node.copy()
    rows = np.arange(len(x))[:, None]
    while True:
        inner = left[node] >= 0
        if not inner.any():
            break
        go_left = x32[rows, feature[node]] <= threshold[node]
        node = np.where(inner, np.where(go_left, left[node], right[node]), node)
    return state["tree_prob"][node].mean(axis=1)


def mlp_predict(state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Pre-sigmoid output of a ReLU MLP stored as ``mlp_w{k}`` / ``mlp_b{k}``."""
    n_layers = sum(1 for k in state if k.startswith("mlp_w"))
    h = x
    for k in range(n_layers):
        h = h @ state[f"mlp_w{k}"] + state[f"mlp_b{k}"]
        if k < n_layers - 1:
            h = np.maximum(h, 0.0)
    return h[:, 0]


def fourier(state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """sklearn's RBFSampler transform: ``sqrt(2 / D) cos(x W + b)``."""
    w, b = state["rff_weights"], state["rff_offset"]
    return np.sqrt(2.0 / w.shape[1]) * np.cos(x @ w + b)


def classifier_score(kind: str, state: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Raw score of the stored classifier ``kind`` (probability for trees, margin otherwise)."""
    if kind in ("tree", "forest"):
        return tree_predict(state, x)
    if kind == "mlp":
        return mlp_predict(state, x)
    z = fourier(state, x) if "rff_weights" in state else x
    return z @ state["coef"] + state["intercept"][0]


def to_probability(kind: str, score: np.ndarray) -> np.ndarray:
    """Map a raw classifier score to ``(0, 1)``, keeping its order."""
    if kind in ("tree", "forest"):
        return np.clip(score, 0.0, 1.0)
    return 1.0 / (1.0 + np.exp(-np.clip(score, -50, 50)))


def auc(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the ROC curve (rank statistic, ties averaged)."""
    pos, neg = int(y.sum()), int(len(y) - y.sum())
    if pos == 0 or neg == 0:
        return float("nan")
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    # Average ranks over ties so that a constant classifier scores 0.5.
    _, first, counts = np.unique(sorted_s, return_index=True, return_counts=True)
    avg = first + (counts + 1) / 2.0
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def log_loss(y: np.ndarray, margin: np.ndarray) -> float:
    """Mean logistic loss of margins ``margin`` for labels ``y`` in {0, 1}."""
    if not len(y):
        return 0.0
    return float(np.mean(np.logaddexp(0.0, -(2.0 * y - 1.0) * margin)))


def sensitivity(kind: str, arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Mean absolute central difference of the score per feature (features standardised)."""
    sample = x[:: max(1, len(x) // 2000)]
    out = np.zeros(x.shape[1])
    for j in range(x.shape[1]):
        up, down = sample.copy(), sample.copy()
        up[:, j] += 0.5
        down[:, j] -= 0.5
        out[j] = np.mean(
            np.abs(classifier_score(kind, arrays, up) - classifier_score(kind, arrays, down))
        )
    return out
