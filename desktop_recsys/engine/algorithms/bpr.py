"""``bpr``: Bayesian personalised ranking (Rendle et al., UAI 2009) for implicit feedback.

Learns ``x_u . y_i + b_i`` so that a user's items rank above items they have not touched, by
stochastic gradient ascent on ``ln sigmoid(s_ui - s_uj)`` over sampled triples.

How it stays fast in numpy (no compiled loop of its own):

- Triples are processed in vectorised mini-batches of up to ``batch_size`` (4096), every
  gradient of a batch taken at the factors the batch started from; gradients of a row that
  occurs several times in a batch are summed (:func:`_scatter_add`). On small data the batch
  shrinks so that an epoch still makes at least :data:`MIN_UPDATES` updates.
- The summed scatter is a sparse selection matrix times the gradients (scipy adds repeated
  rows in compiled code) while the target has at most 4x as many rows as the batch, else a
  one-dimensional ``np.add.at`` over the flattened rows; both are several times faster than
  ``np.add.at`` on rows. The two items of a triple are gathered and scattered together.
- Negatives are drawn uniformly and redrawn (three rounds) when they hit one of the user's
  items; membership is a bitmap of users x items where it is small (:data:`BITMAP_MAX_BITS`),
  else a binary search on sorted keys.

Training loss (reported with every epoch's progress as ``metrics["loss"]``): the mean of
``-ln sigmoid(s_ui - s_uj)`` over the epoch's triples, each taken with the factors its batch
started from (the running loss of SGD, from the differences the update computes anyway: about
1 % of an epoch). Regularisation is not included.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine._memory import check_factor_memory
from desktop_recsys.engine.algorithms.als import FactorModel, init_factors
from desktop_recsys.engine.base import FitResult, Params, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.progress import Message

#: Fewest updates an epoch makes: smaller data gets smaller batches.
MIN_UPDATES = 32
#: Triples between two cancel checks (and progress reports) within an epoch: some tens of ms.
CHECK_EVERY = 65536
#: Largest users x items bitmap (bits) used to recognise positives: 32 MiB.
BITMAP_MAX_BITS = 1 << 28


@dataclass(frozen=True)
class BprParams(Params):
    """Hyper-parameters of BPR.

    45 epochs in batches of up to 4096 replaced 40 epochs in batches of 256 (issue 4, see
    benchmarks/README.md): on the protocol splits of ml-latest-small and Last.fm NDCG@10 0.2251
    / 0.1736 against 0.2284 / 0.1643 (implicit's BPR: 0.2139 / 0.1644) at about a quarter of
    the training time. Last.fm's factors take some 35 epochs to leave their near-zero start; a
    larger step (0.08 for 30 epochs: 0.2217 / 0.1701) got there sooner but over-fitted the
    small demo library (films NDCG@10 0.226 against 0.291), which 45 epochs at 0.05 do not
    (0.271, within its interval of about +-0.06).
    """

    factors: int = param(64, min=1, help="latent dimensions", limit=4_096)
    learning_rate: float = param(0.05, min=0.0, help="SGD step size", limit=100.0)
    regularization: float = param(0.002, min=0.0, help="L2 penalty per update", limit=1e6)
    epochs: int = param(45, min=1, help="passes over the interactions", limit=10_000)
    batch_size: int = param(
        4096,
        min=1,
        help="most triples per vectorised update (fewer on small data)",
        limit=4_194_304,
    )
    seed: int = param(42, min=0, help="random seed (initial factors and sampling)", limit=2**32 - 1)


class BprRecommender(FactorModel):
    """Pairwise ranking matrix factorisation trained by mini-batch SGD."""

    name = "bpr"
    params_type = BprParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        rng = np.random.default_rng(p.seed)
        m = dataset.matrix
        n_users, n_items = m.shape
        check_factor_memory(self.name, n_users, n_items, p.factors)
        users = np.repeat(np.arange(n_users, dtype=np.int64), np.diff(m.indptr))
        items = m.indices.astype(np.int64)
        positives = _Positives(users, items, n_users, n_items)
        x = init_factors(rng, n_users, p.factors)
        y = init_factors(rng, n_items, p.factors)
        bias = np.zeros(n_items, dtype=np.float32)
        nnz = len(items)
        batch = batch_size_for(nnz, p.batch_size)
        check = max(1, CHECK_EVERY // batch)
        lr, reg = np.float32(p.learning_rate), np.float32(p.regularization)
        for epoch in range(p.epochs):
            cancel.raise_if_cancelled()
            order = rng.permutation(nnz)
            eu, ei = users[order], items[order]
            neg = positives.negatives(eu, rng)
            total = 0.0
            for b_no, start in enumerate(range(0, nnz, batch)):
                if b_no % check == check - 1:
                    # An epoch on a large library takes seconds: check cancel and report
                    # within the epoch too, so that both happen several times a second.
                    cancel.raise_if_cancelled()
                    progress(
                        (epoch + start / nnz) / p.epochs,
                        Message(
                            "{algorithm}: epoch {epoch} of {epochs}",
                            algorithm=self.name,
                            epoch=epoch + 1,
                            epochs=p.epochs,
                        ),
                    )
                stop = start + batch
                total += _sgd_step(x, y, bias, eu[start:stop], ei[start:stop], neg[start:stop],
                                   lr, reg)  # fmt: skip
            progress(
                (epoch + 1) / p.epochs,
                Message(
                    "{algorithm}: epoch {epoch} of {epochs}",
                    algorithm=self.name,
                    epoch=epoch + 1,
                    epochs=p.epochs,
                    metrics={"epoch": epoch + 1, "loss": total / max(nnz, 1)},
                ),
            )
        return {"user_factors": x, "item_factors": y, "item_bias": bias}, {}


def batch_size_for(nnz: int, batch_size: int) -> int:
    """Triples per update: ``batch_size``, or fewer so that an epoch makes ``MIN_UPDATES``."""
    return max(1, min(batch_size, -(-nnz // MIN_UPDATES)))


def _sgd_step(
    x: np.ndarray,
    y: np.ndarray,
    bias: np.ndarray,
    u: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    lr: np.float32,
    reg: np.float32,
) -> float:
    """One mini-batch of triples (user ``u`` prefers ``i`` to ``j``), in place; returns the sum
    of ``-ln sigmoid(s_ui - s_uj)`` over the batch, before the update."""
    b = len(u)
    ij = np.concatenate((i, j))
    xu = np.take(x, u, axis=0)
    yij = np.take(y, ij, axis=0)  # rows of i, then rows of j
    bij = np.take(bias, ij)
    dy = yij[:b] - yij[b:]
    diff = np.einsum("ij,ij->i", xu, dy)
    diff += bij[:b]
    diff -= bij[b:]
    np.clip(diff, -30.0, 30.0, out=diff)
    g = 1.0 / (1.0 + np.exp(diff))  # sigmoid(-diff): the derivative of ln sigmoid(diff)
    # -ln sigmoid(d) = ln(1 + e^d) - d = -ln g - d
    loss = -float(np.log(g).sum(dtype=np.float64)) - float(diff.sum(dtype=np.float64))
    step = lr * g
    decay = -lr * reg
    toward = step[:, None] * xu  # the items' step, before xu's buffer is reused
    dy *= step[:, None]
    xu *= decay
    xu += dy  # the users' step: lr * (g (y_i - y_j) - reg x_u)
    yij *= decay
    yij[:b] += toward  # lr * (g x_u - reg y_i)
    yij[b:] -= toward  # lr * (-g x_u - reg y_j)
    bij *= decay
    bij[:b] += step
    bij[b:] -= step
    _scatter_add(x, u, xu)
    _scatter_add(y, ij, yij)
    np.add.at(bias, ij, bij)  # one-dimensional: numpy's fast path
    return loss


def _scatter_add(target: np.ndarray, rows: np.ndarray, values: np.ndarray) -> None:
    """``target[rows] += values`` with the values of repeated rows summed (``np.add.at``'s
    meaning) at a fraction of its cost on a 2-D target (module docstring)."""
    n, f = target.shape
    k = len(rows)
    if n <= 4 * k:
        select = sp.csc_matrix(
            (np.ones(k, dtype=target.dtype), rows, np.arange(k + 1)), shape=(n, k)
        )
        target += select @ values
    else:
        flat = (rows[:, None] * f + np.arange(f)).ravel()
        np.add.at(target.reshape(-1), flat, values.ravel())


class _Positives:
    """Which (user, item) pairs are interactions, to keep them out of the negatives."""

    def __init__(self, users: np.ndarray, items: np.ndarray, n_users: int, n_items: int) -> None:
        self._n_items = n_items
        keys = users * n_items + items  # sorted, because CSR rows are sorted
        self._bits: np.ndarray | None = None
        self._keys: np.ndarray | None = None
        if n_users * n_items <= BITMAP_MAX_BITS:
            bits = np.zeros((n_users * n_items + 7) // 8, dtype=np.uint8)
            np.bitwise_or.at(bits, keys >> 3, (1 << (keys & 7)).astype(np.uint8))
            self._bits = bits
        else:
            self._keys = keys

    def contains(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        keys = users * self._n_items + items
        if self._bits is not None:
            return ((self._bits[keys >> 3] >> (keys & 7).astype(np.uint8)) & 1).astype(bool)
        assert self._keys is not None
        pos = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        return self._keys[pos] == keys

    def negatives(self, users: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """A uniformly drawn item per user, redrawn (three rounds) where it is a positive."""
        neg = rng.integers(0, self._n_items, len(users))
        redo = np.arange(len(users))
        for _ in range(3):  # few positives remain after three rounds
            redo = redo[self.contains(users[redo], neg[redo])]
            if not len(redo):
                break
            neg[redo] = rng.integers(0, self._n_items, len(redo))
        return neg
