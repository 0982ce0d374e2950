"""``als``: confidence-weighted matrix factorisation for implicit feedback.

Hu, Koren and Volinsky, "Collaborative Filtering for Implicit Feedback Datasets" (ICDM 2008):
every cell has a preference ``p_ui`` (1 if there is an interaction) and a confidence
``c_ui = 1 + alpha * w_ui``; alternating least squares minimises
``sum c_ui (p_ui - x_u . y_i)^2 + reg (|x_u|^2 + |y_i|^2)``. Each half-step solves all users
(then all items) together with a few warm-started conjugate-gradient steps
(:func:`~._solvers.batched_cg`), so the cost per iteration is ``O(nnz * f + n * f^2)`` with no
Python loop over users or items; blocks of users (items) run side by side in as many threads
as the caller's thread cap allows, with the same factors as one thread.

Training loss (reported with every iteration's progress as ``metrics["loss"]``): the objective
above, ``sum_all c_ui (p_ui - s_ui)^2 + reg (|X|^2 + |Y|^2)``, divided by the number of observed
interactions, after the iteration's user half-step. It costs no pass over the interactions:
with ``s_ui = x_u . y_i``, ``G = Y^T Y`` and ``b_u = sum_i c_ui y_i`` (the user half-step's
right-hand side, already computed),

    loss * nnz = <G, X^T X> - 2 <X, B> + sum_obs (c_ui - 1) s_ui^2 + sum_obs c_ui + reg (|X|^2 + |Y|^2)

where only the third term needs the observed entries; it is summed over a fixed random sample
of at most :data:`LOSS_SAMPLE` of them (all of them on smaller data), scaled up: unbiased, and,
since the sample stays the same, its error hardly moves from one iteration to the next. Each CG
step lowers every row's quadratic, so the exact loss never rises from one iteration to the next.

Explanations use the exact decomposition of the paper: ``score(u, i) = sum_j s^u_ij c_uj`` with
``s^u_ij = y_i^T W_u y_j`` and ``W_u = (Y^T C_u Y + reg I)^-1``.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.blas_caps import blas_cap
from desktop_recsys.engine._memory import check_factor_memory
from desktop_recsys.engine.algorithms._solvers import (
    BlockMap,
    batched_cg,
    blas_threads_for,
    block_products,
    row_blocks,
)
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.block_threads import block_threads, side_busy
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.progress import Message

#: Most observed interactions whose squared error enters the training loss (see the module
#: docstring); more are sampled down to this many (``O(LOSS_SAMPLE * factors)`` per iteration).
LOSS_SAMPLE = 20_000
#: Sampled interactions gathered at a time for the loss.
_LOSS_CHUNK = 4096


@dataclass(frozen=True)
class AlsParams(Params):
    """Hyper-parameters of implicit ALS.

    10 passes of 2 warm-started conjugate-gradient steps replaced 15 of 3 (chosen on the
    validation splits carved from the ml-latest-small and Last.fm TRAIN splits, seed 7: NDCG@10
    0.2086 / 0.1726 against 0.2046 / 0.1728) at less than half the work.
    """

    factors: int = param(32, min=1, help="latent dimensions", limit=4_096)
    regularization: float = param(0.1, min=0.0, help="L2 penalty on the factors", limit=1e6)
    alpha: float = param(
        0.5, min=0.0, help="confidence per unit of weight: c = 1 + alpha * w", limit=1e6
    )
    iterations: int = param(10, min=1, help="alternating passes over users and items", limit=1_000)
    cg_steps: int = param(2, min=1, help="conjugate-gradient steps per half-pass", limit=100)
    seed: int = param(42, min=0, help="random seed of the initial factors", limit=2**32 - 1)


class FactorModel(Recommender):
    """Shared scoring for models with user factors ``x`` and item factors ``y``."""

    def _prepare(self) -> None:
        self._x = self._state["user_factors"]
        self._y = self._state["item_factors"]
        self._bias = self._state.get("item_bias")

    def _score(self, users: np.ndarray) -> np.ndarray:
        s = self._x[users] @ self._y.T
        if self._bias is not None:
            s += self._bias
        return s.astype(np.float32, copy=False)

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        s = np.einsum("ij,ij->i", self._x[users], self._y[items]).astype(np.float64)
        if self._bias is not None:
            s += self._bias[items]
        return s

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        # Latent similarity of the item to each of the user's items, weighted by the user's
        # weight: a faithful summary for models without an exact decomposition.
        row = self._seen[user]
        y = self._y
        yi = y[item] / (np.linalg.norm(y[item]) + 1e-12)
        yj = y[row.indices]
        sims = yj @ yi / (np.linalg.norm(yj, axis=1) + 1e-12)
        return "item", list(zip(row.indices.tolist(), (sims * row.data).tolist(), strict=True))


def init_factors(rng: np.random.Generator, n: int, f: int) -> np.ndarray:
    """Small random factors (scaled so that initial scores are close to 0)."""
    return (rng.standard_normal((n, f)) * (0.1 / np.sqrt(f))).astype(np.float32)


def als_sweeps(
    matrix: sp.csr_matrix,
    params: AlsParams,
    x: np.ndarray,
    y: np.ndarray,
    iterations: int,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    name: str = "als",
) -> tuple[np.ndarray, np.ndarray]:
    """``iterations`` alternating passes from the factors ``x`` (users) and ``y`` (items).

    Split out of the fit so that a caller can warm-start: ``default`` trains ALS on a part of
    the data to choose its blend, then finishes the same factors on all of it. Each pass ends
    with one progress report, a :class:`~desktop_recsys.progress.Message` carrying the pass
    (``epoch``) and the training ``loss`` (module docstring) in its metrics, in the name of
    ``name`` (the algorithm the person chose: ``default`` passes its own).
    """
    p = params
    cu = matrix.astype(np.float32)
    cu.data = np.maximum(np.float32(p.alpha) * cu.data, 0.0)  # c - 1
    ci = cu.T.tocsr()
    # Confidence c = 1 + (c - 1), for the right-hand sides; built once, not per half-step.
    cu1 = sp.csr_matrix((cu.data + 1.0, cu.indices, cu.indptr), shape=cu.shape)
    ci1 = sp.csr_matrix((ci.data + 1.0, ci.indices, ci.indptr), shape=ci.shape)
    reg = np.float32(p.regularization)
    # Rows without any interaction solve (Y^T Y + reg I) x = 0 exactly at x = 0; a couple of
    # warm-started CG steps only get near it, which left an item nobody has with a small
    # random score that could outrank items with evidence against them.
    empty = (np.diff(cu.indptr) == 0, np.diff(ci.indptr) == 0)
    loss_terms = _LossTerms(cu, p.regularization)
    blocks = (row_blocks(cu.indptr, p.factors), row_blocks(ci.indptr, p.factors))
    # Blocks of users (then items) side by side in threads, as many as the caller's thread cap
    # allows (block_threads; one inside the window on two cores, where the job runner leaves
    # the interface a core), each with one BLAS thread: its products are small.
    threads = block_threads(max(len(blocks[0]), len(blocks[1])))
    with contextlib.ExitStack() as stack:
        run: BlockMap = map
        if threads > 1:
            stack.enter_context(blas_cap(1))
            pool = stack.enter_context(
                ThreadPoolExecutor(max_workers=threads, thread_name_prefix="als")
            )
            run = pool.map
        else:
            stack.enter_context(
                blas_threads_for((x.shape[0] + y.shape[0]) * p.factors * p.factors * 8)
            )
        for it in range(iterations):
            # Items first, users last: the final user factors are then the least-squares
            # answer for the final item factors, which makes explanations exact.
            for side in (1, 0):
                cancel.raise_if_cancelled()
                w, w1, fixed, cur = (cu, cu1, y, x) if side == 0 else (ci, ci1, x, y)
                # One block at a time while this thread's side thread has work: it is what
                # the caller waits for next (block_threads.side_busy).
                now = map if side_busy() else run
                gram = fixed.T @ fixed
                rhs = block_products(w1, fixed, blocks[side], now)
                new = batched_cg(cur, fixed, w, rhs, gram, reg, p.cg_steps, run=now, cancel=cancel)
                new[empty[side]] = 0.0
                if side == 0:
                    x = new
                else:
                    y = new
            # One report per pass, after the user half-step, whose Gram matrix and right-hand
            # sides make the loss nearly free.
            loss = loss_terms.loss(x, y, gram, rhs)
            progress(
                (it + 1) / iterations,
                Message(
                    "{algorithm}: epoch {epoch} of {epochs}",
                    algorithm=name,
                    epoch=it + 1,
                    epochs=iterations,
                    metrics={"epoch": it + 1, "loss": loss},
                ),
            )
    return x, y


class _LossTerms:
    """What the training loss of one data set needs besides the factors (module docstring)."""

    def __init__(self, c_minus_1: sp.csr_matrix, regularization: float) -> None:
        nnz = c_minus_1.nnz
        self.nnz = max(nnz, 1)
        self.reg = float(regularization)
        self.sum_c = float(nnz + c_minus_1.data.sum(dtype=np.float64))
        rows = np.repeat(np.arange(c_minus_1.shape[0]), np.diff(c_minus_1.indptr))
        # A fixed sample (its own seed: the model's random stream is left alone).
        pick = (
            np.sort(np.random.default_rng(0).choice(nnz, LOSS_SAMPLE, replace=False))
            if nnz > LOSS_SAMPLE
            else np.arange(nnz)
        )
        # In item order: the gathers of item factors then walk memory forwards.
        pick = pick[np.argsort(c_minus_1.indices[pick], kind="stable")]
        self.users = rows[pick]
        self.items = c_minus_1.indices[pick]
        self.weights = c_minus_1.data[pick].astype(np.float64)
        self.scale = nnz / max(len(pick), 1)
        self._buffers: tuple[np.ndarray, np.ndarray] | None = None

    def loss(self, x: np.ndarray, y: np.ndarray, gram_y: np.ndarray, rhs: np.ndarray) -> float:
        """Loss per observed interaction for factors ``x``, ``y``; ``gram_y = Y^T Y`` and
        ``rhs = C Y`` (rows: users), as the user half-step computed them."""
        # float64 where terms of the size of the data cancel. About 1.5 ms on ml-latest-small
        # and Last.fm, some 4 % of an iteration.
        x64 = x.astype(np.float64)
        all_cells = float(np.sum((x64.T @ x64) * gram_y))
        cross = float(np.vdot(x64, rhs.astype(np.float64)))
        observed = 0.0
        for start in range(0, len(self.users), _LOSS_CHUNK):
            # Gathered into buffers kept from one iteration to the next: fresh megabytes
            # after each CG half-step cost more in page faults than the gathers themselves
            # (measured 4x on ml-latest-small). np.take is 3x faster than fancy indexing.
            users = self.users[start : start + _LOSS_CHUNK]
            xs, ys = self._chunk_buffers(len(users), x.shape[1], x.dtype)
            np.take(x, users, axis=0, out=xs)
            np.take(y, self.items[start : start + _LOSS_CHUNK], axis=0, out=ys)
            s = np.einsum("ij,ij->i", xs, ys)
            weights = self.weights[start : start + _LOSS_CHUNK]
            observed += float(weights @ np.square(s, dtype=np.float64))
        observed *= self.scale
        penalty = self.reg * (float(np.vdot(x64, x64)) + float(np.vdot(y, y)))
        return (all_cells - 2.0 * cross + observed + self.sum_c + penalty) / self.nnz

    def _chunk_buffers(self, n: int, f: int, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray]:
        buffers = self._buffers
        if buffers is None or buffers[0].shape[1] != f or buffers[0].dtype != dtype:
            rows = min(_LOSS_CHUNK, len(self.users))
            buffers = (np.empty((rows, f), dtype=dtype), np.empty((rows, f), dtype=dtype))
            self._buffers = buffers
        return buffers[0][:n], buffers[1][:n]


class AlsRecommender(FactorModel):
    """Implicit ALS with conjugate gradient; fast and strong on play counts and ratings alike."""

    name = "als"
    params_type = AlsParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        check_factor_memory(self.name, dataset.n_users, dataset.n_items, p.factors)
        rng = np.random.default_rng(p.seed)
        x = init_factors(rng, dataset.n_users, p.factors)
        y = init_factors(rng, dataset.n_items, p.factors)
        x, y = als_sweeps(dataset.matrix, p, x, y, p.iterations, progress, cancel)
        return {"user_factors": x, "item_factors": y}, {}

    def _prepare(self) -> None:
        super()._prepare()
        self._gram_y: np.ndarray | None = None
        # The last user's explanation weights (user, history, weights, confidences): the same
        # for every item of that user's list (a list of 150 solved them 150 times).
        self._explaining: tuple[int, Any, np.ndarray, np.ndarray] | None = None
        # Items nobody has: their factors are 0, so their score would be 0, above every item
        # the model scores negatively. With no evidence either way they rank last instead.
        self._no_evidence = self._popularity <= 0
        if not self._no_evidence.any():
            self._no_evidence = None

    def _score(self, users: np.ndarray) -> np.ndarray:
        s = super()._score(users)
        if self._no_evidence is not None and len(s):
            s[:, self._no_evidence] = s.min(axis=1, keepdims=True)
        return s

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        y = self._y
        kept = self._explaining  # one read: lists run side by side on other threads
        if kept is None or kept[0] != user:
            kept = (user, *self._explanation_weights(user))
            self._explaining = kept
        _, indices, wy, c = kept
        s = y[item].astype(np.float64) @ wy
        return "item", list(zip(indices.tolist(), (s * c).tolist(), strict=True))

    def _explanation_weights(self, user: int) -> tuple[Any, np.ndarray, np.ndarray]:
        """``user``'s history, ``(Y^T C_u Y + reg I)^-1 Y_u^T`` (f x |I_u|) and confidences:
        every item's contributions are its factors times these."""
        seen = self._seen
        start, end = seen.indptr[user], seen.indptr[user + 1]
        indices, data = seen.indices[start:end], seen.data[start:end]
        y = self._y
        yu = y[indices]
        c = 1.0 + self.params.alpha * data
        if self._gram_y is None:
            # Y^T Y is shared by every explanation: computing it once keeps explain() at
            # O(|I_u| f^2) instead of O(items f^2) (4 ms per call on 20,000 items).
            self._gram_y = (y.T @ y).astype(np.float64)
        a = self._gram_y + (yu.T * (c - 1.0)) @ yu
        a[np.diag_indices_from(a)] += self.params.regularization
        wy = np.linalg.solve(a.astype(np.float64), yu.T.astype(np.float64))  # f x |I_u|
        return indices, wy, c
