"""``bpr``: Bayesian personalised ranking (Rendle et al., UAI 2009) for implicit feedback.

Learns ``x_u . y_i + b_i`` so that a user's items rank above items they have not touched, by
stochastic gradient ascent on ``ln sigmoid(s_ui - s_uj)`` over sampled triples. Triples are
processed in vectorised mini-batches (gradients of repeated rows within a batch are summed
with ``np.add.at``), which keeps the inner loop in numpy. Negatives are drawn uniformly and
redrawn when they hit one of the user's items (checked by binary search on sorted keys).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_recsys.engine.algorithms.als import FactorModel, init_factors
from desktop_recsys.engine.base import FitResult, Params, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.engine.registry import register


@dataclass(frozen=True)
class BprParams(Params):
    """Hyper-parameters of BPR."""

    factors: int = param(64, min=1, help="latent dimensions")
    learning_rate: float = param(0.05, min=0.0, help="SGD step size")
    regularization: float = param(0.002, min=0.0, help="L2 penalty per update")
    epochs: int = param(40, min=1, help="passes over the interactions")
    batch_size: int = param(256, min=1, help="triples per vectorised update")
    seed: int = param(42, help="random seed (initial factors and sampling)")


@register
class BprRecommender(FactorModel):
    """Pairwise ranking matrix factorisation trained by mini-batch SGD."""

    name = "bpr"
    params_type = BprParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        rng = np.random.default_rng(p.seed)
        m = dataset.matrix
        n_users, n_items = m.shape
        users = np.repeat(np.arange(n_users, dtype=np.int64), np.diff(m.indptr))
        items = m.indices.astype(np.int64)
        keys = users * n_items + items  # sorted, because CSR rows are sorted
        x = init_factors(rng, n_users, p.factors)
        y = init_factors(rng, n_items, p.factors)
        bias = np.zeros(n_items, dtype=np.float32)
        lr, reg = np.float32(p.learning_rate), np.float32(p.regularization)
        nnz = len(items)
        for epoch in range(p.epochs):
            cancel.raise_if_cancelled()
            order = rng.permutation(nnz)
            neg = rng.integers(0, n_items, nnz)
            for _ in range(3):  # redraw negatives that are positives (few remain after 3)
                hit = _contains(keys, users[order] * n_items + neg)
                if not hit.any():
                    break
                neg[hit] = rng.integers(0, n_items, int(hit.sum()))
            for b_no, start in enumerate(range(0, nnz, p.batch_size)):
                if b_no % 64 == 63:
                    # An epoch on a large library takes seconds: check cancel and report
                    # within the epoch too, so that both happen at least once a second.
                    cancel.raise_if_cancelled()
                    progress((epoch + start / nnz) / p.epochs, f"bpr: epoch {epoch + 1}")
                sel = order[start : start + p.batch_size]
                u, i, j = users[sel], items[sel], neg[start : start + p.batch_size]
                xu, yi, yj = x[u], y[i], y[j]
                diff = np.einsum("ij,ij->i", xu, yi - yj) + bias[i] - bias[j]
                g = (1.0 / (1.0 + np.exp(np.clip(diff, -30, 30)))).astype(np.float32)[:, None]
                np.add.at(x, u, lr * (g * (yi - yj) - reg * xu))
                np.add.at(y, i, lr * (g * xu - reg * yi))
                np.add.at(y, j, lr * (-g * xu - reg * yj))
                np.add.at(bias, i, lr * (g[:, 0] - reg * bias[i]))
                np.add.at(bias, j, lr * (-g[:, 0] - reg * bias[j]))
            progress((epoch + 1) / p.epochs, f"bpr: epoch {epoch + 1} of {p.epochs}")
        return {"user_factors": x, "item_factors": y, "item_bias": bias}, {}


def _contains(sorted_keys: np.ndarray, queries: np.ndarray) -> np.ndarray:
    pos = np.searchsorted(sorted_keys, queries)
    pos = np.minimum(pos, len(sorted_keys) - 1)
    return sorted_keys[pos] == queries
