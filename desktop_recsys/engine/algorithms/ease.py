"""``ease``: the closed-form item-item model EASE^R (Steck, "Embarrassingly Shallow
Autoencoders for Sparse Data", WWW 2019), with popularity-scaled ridge (EDLAE).

``B = I - P diagMat(1 / diag(P))`` with ``P = (X^T X + Lambda)^-1``; ``score(u) = x_u B``.
``Lambda`` is diagonal: ``l2 + l2_popularity * (X^T X)_ii``. With ``l2_popularity = 0`` this is
plain EASE; a positive value is the "emphasised dropout" denoising autoencoder of Steck,
"Autoencoders that don't overfit towards the identity" (NeurIPS 2020), which penalises the
self-reconstruction of popular items more and was worth about 1% NDCG on both reference data
sets (chosen on a validation split carved from TRAIN, see ``benchmarks/README.md``).

Two exact forms, the cheaper one chosen automatically (``form=auto``):

- **primal** (catalogue smaller than the user base): invert the ``items x items`` matrix
  ``X^T X + Lambda`` and keep ``B``. Memory and time grow with ``items^2`` / ``items^3``.
- **dual** (fewer users than items, the usual case of a personal library and of both reference
  data sets): by the Woodbury identity, with ``K = I + X Lambda^-1 X^T`` (``users x users``)
  and ``Z = K^-1 X``,

      X P = Z Lambda^-1,      diag(P)_i = (1 - q_i / Lambda_i) / Lambda_i,   q_i = x_i^T z_i,

  so the scores are ``X B = X - Z diagMat(c)`` with ``c_i = Lambda_i / (Lambda_i - q_i)``, and a
  weight is ``B_ji = c_i (x_j^T K^-1 x_i) / Lambda_j`` (``j != i``), which gives explanations.
  The model keeps ``K^-1`` (``users^2`` floats: 14 MB on Last.fm 2k instead of a 1.2 GB ``B``)
  and scores a user with one sparse product, ``O(interactions)``.

Both invert a symmetric positive definite matrix with the blocked kernel
:func:`~._solvers.spd_inverse_inplace`, which reports progress and honours cancel between
blocks (a single LAPACK call could not be interrupted). Memory is checked before the one big
allocation; ``max_items`` keeps only the most popular items (others are then never
recommended by EASE, only by the popularity fallback).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine._memory import available_memory_bytes
from desktop_recsys.engine.algorithms._ease_side import (
    outside_mask,
    side_factors,
    side_gram_into,
    side_summary,
)
from desktop_recsys.engine.algorithms._solvers import (
    blas_threads_for,
    load_lapack,
    spd_inverse_inplace,
)
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

#: Share of the available memory EASE allows itself.
MEMORY_SHARE = 0.8
#: Rows per block when building ``K`` / ``X^T X`` and when scoring (bounds the temporaries).
_ROWS = 512


@dataclass(frozen=True)
class EaseParams(Params):
    """``l2``: ridge penalty (larger = smoother); ``l2_popularity``: extra penalty per unit of
    an item's squared weight (EDLAE); ``binary``: learn from presence only; ``form``: which
    exact solution to compute."""

    l2: float = param(100.0, min=0.0, help="L2 regularisation of the item-item weights", limit=1e9)
    l2_popularity: float = param(
        1.0, min=0.0, help="extra L2 per interaction of the item (0 = plain EASE)", limit=1e9
    )
    binary: bool = param(True, help="treat every interaction as 1 (ignore weights)")
    max_items: int = param(
        0, min=0, help="keep only the N most popular items (0 = all)", limit=1_000_000
    )
    form: str = param(
        "auto", choices=("auto", "primal", "dual"), help="items x items or users x users solve"
    )


def ease_memory_bytes(n_items: int, n_users: int | None = None) -> int:
    """Peak bytes EASE needs: one float32 square of the smaller side plus a strip."""
    side = n_items if n_users is None else min(n_items, n_users)
    return 4 * side * side + 4 * max(n_items, side) * _ROWS * 2 + 64 * n_items


def choose_form(n_users: int, n_items: int, form: str = "auto") -> str:
    """``primal`` or ``dual``: the form whose square matrix is smaller, unless forced."""
    if form != "auto":
        return form
    return "dual" if n_users < n_items else "primal"


def _check_memory(side: int, n_items: int) -> None:
    need = 4 * side * side + 4 * max(n_items, side) * _ROWS * 2
    avail = available_memory_bytes()
    if avail is not None and need > MEMORY_SHARE * avail:
        fit = int(np.sqrt(MEMORY_SHARE * avail / 4)) // 100 * 100
        raise UserError(
            Message(
                "ease needs {need:.1f} GiB for {items} items but only {free:.1f} GiB is free; "
                "use --param max_items={fits} or the als algorithm",
                need=need / 2**30,
                items=n_items,
                free=avail / 2**30,
                fits=max(fit, 100),
            )
        )


def _item_l2(x: sp.csr_matrix, l2: float, l2_popularity: float) -> np.ndarray:
    sq = np.bincount(x.indices, weights=np.square(x.data, dtype=np.float64), minlength=x.shape[1])
    lam = l2 + l2_popularity * sq
    if np.any(lam <= 0):
        raise UserError(
            Message("ease: l2 must be positive when some item has no interaction; raise --param l2")
        )
    return lam


def ease_weights(
    x: sp.csr_matrix,
    l2: float,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    l2_popularity: float = 0.0,
    side: np.ndarray | None = None,
    gram: np.ndarray | None = None,
) -> np.ndarray:
    """The primal EASE weight matrix ``B`` (float32, zero diagonal) of a users x items matrix.

    ``side`` (users x f, dense): more inputs beside the items, never predicted
    (:mod:`._ease_side`); then the result is ``(items + f) x items``, the side inputs' weights
    in its last ``f`` rows. ``gram``: a ``(items + f)`` square ``float32`` array whose items'
    block already holds ``X^T X`` (:func:`gram_items`), used (and overwritten) instead of
    building one."""
    n = x.shape[1]
    m = n + (0 if side is None else side.shape[1])
    _check_memory(m, m)
    lam = _item_l2(x, l2, l2_popularity)
    xt = x.T.tocsr().astype(np.float32)
    if gram is None:
        gram = gram_items(x, m - n, progress, cancel)
    elif gram.shape != (m, m) or gram.dtype != np.float32:
        raise ValueError(f"ease_weights: a Gram buffer of shape {gram.shape} for {m} inputs")
    if side is not None:
        lam = np.concatenate([lam, side_gram_into(gram, xt, side)])
    gram[np.diag_indices(m)] += lam.astype(np.float32)
    try:
        load_lapack()  # before the thread limit, so that it applies to SciPy's BLAS too
        with blas_threads_for(float(n) ** 3):
            p = spd_inverse_inplace(
                gram, progress=ProgressScaler(progress, 0.1, 0.95), cancel=cancel
            )
    except np.linalg.LinAlgError:
        raise UserError(
            Message("ease: the Gram matrix is not positive definite; raise --param l2")
        ) from None
    # B = -P / diag(P) column-wise, zero diagonal, in place (P is symmetric and C-ordered).
    diag = np.ascontiguousarray(np.diag(p)[:n]).copy()
    if m > n:  # only the items are predicted: their columns
        p = np.ascontiguousarray(p[:, :n])
    p /= -diag[None, :]
    p[np.diag_indices(n)] = 0.0
    progress(1.0, Message("ease: weights"))
    return p


def gram_items(
    x: sp.csr_matrix, extra: int, progress: ProgressFn, cancel: CancelToken
) -> np.ndarray:
    """A ``(items + extra)`` square ``float32`` array whose items' block is ``X^T X`` (the
    rest is left for side inputs: :func:`~._ease_side.side_gram_into`), built in blocks of rows."""
    n = x.shape[1]
    m = n + extra
    _check_memory(m, m)
    xt = x.T.tocsr().astype(np.float32)
    xc = x.tocsc().astype(np.float32)
    gram = np.empty((m, m), dtype=np.float32)  # the one big allocation
    for s in range(0, n, _ROWS):
        cancel.raise_if_cancelled()
        gram[s : min(s + _ROWS, n), :n] = (xt[s : s + _ROWS] @ xc).toarray()
        progress(0.1 * min(1.0, (s + _ROWS) / n), Message("ease: Gram matrix"))
    return gram


def head_of(matrix: sp.csr_matrix, max_items: int) -> np.ndarray | None:
    """The ``max_items`` items with the most interactions (ascending indices; ties to the lower
    index), or None when that is every item: what an EASE with ``max_items`` keeps."""
    if not 0 < max_items < matrix.shape[1]:
        return None
    pop = np.diff(matrix.tocsc().indptr)
    return np.sort(np.argsort(-pop, kind="stable")[:max_items]).astype(np.int64)


def ease_dual(
    x: sp.csr_matrix,
    l2: float,
    progress: ProgressFn,
    cancel: CancelToken,
    *,
    l2_popularity: float = 0.0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The dual form: ``(K^-1, Lambda, c)`` for ``X B = X - (K^-1 X) diagMat(c)``."""
    n_users, n_items = x.shape
    _check_memory(n_users, n_items)
    lam = _item_l2(x, l2, l2_popularity)
    x = x.astype(np.float32)
    xt = x.T.tocsr()
    x_scaled = (x @ sp.diags((1.0 / lam).astype(np.float32))).tocsr()
    k = np.empty((n_users, n_users), dtype=np.float32)
    for s in range(0, n_users, _ROWS):
        cancel.raise_if_cancelled()
        k[s : s + _ROWS] = (x_scaled[s : s + _ROWS] @ xt).toarray()
        progress(0.1 * min(1.0, (s + _ROWS) / n_users), Message("ease: user Gram matrix"))
    k[np.diag_indices(n_users)] += 1.0
    try:
        load_lapack()  # before the thread limit, so that it applies to SciPy's BLAS too
        with blas_threads_for(float(n_users) ** 3):
            kinv = spd_inverse_inplace(
                k, progress=ProgressScaler(progress, 0.1, 0.8), cancel=cancel
            )
    except np.linalg.LinAlgError:
        raise UserError(
            Message("ease: the Gram matrix is not positive definite; raise --param l2")
        ) from None
    # q_i = x_i^T K^-1 x_i, accumulated over blocks of users: sum_u X[u, i] (K^-1 X)[u, i].
    q = np.zeros(n_items, dtype=np.float64)
    for s in range(0, n_users, _ROWS):
        cancel.raise_if_cancelled()
        z = _times_x(kinv[s : s + _ROWS], xt)
        block = x[s : s + _ROWS]
        rows = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))
        q += np.bincount(
            block.indices, weights=block.data * z[rows, block.indices], minlength=n_items
        )
        progress(0.8 + 0.2 * min(1.0, (s + _ROWS) / n_users), Message("ease: item scales"))
    # Lambda_i - q_i = Lambda_i^2 diag(P)_i > 0; the floor only guards float32 round-off.
    c = lam / np.maximum(lam - q, 1e-6 * lam)
    return kinv, lam.astype(np.float32), c.astype(np.float32)


def _times_x(rows: np.ndarray, xt: sp.csr_matrix) -> np.ndarray:
    """``rows @ X`` for dense ``rows`` (b x users) and ``X^T`` given as CSR: ``b x items``."""
    return np.asarray((xt @ np.ascontiguousarray(rows.T)).T, dtype=np.float32)


class EaseRecommender(Recommender):
    """EASE^R: a closed-form item-item model; strong on small and mid-sized catalogues."""

    name = "ease"
    params_type = EaseParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        x = dataset.matrix.copy()
        if p.binary:
            x.data = np.ones_like(x.data)
        arrays: dict[str, np.ndarray] = {}
        given = getattr(self, "_head_in", None)  # with_head: the head and its Gram, prepared
        kept = head_of(x, p.max_items) if given is None else given[0]
        gram = None if given is None else given[1]
        if kept is not None:
            x = x[:, kept].tocsr()
            arrays["kept"] = kept
        form = choose_form(x.shape[0], x.shape[1], p.form)
        side_in = getattr(self, "_side_in", None)
        l2s = {"l2_popularity": p.l2_popularity}
        if form == "dual":
            kinv, lam, c = ease_dual(x, p.l2, progress, cancel, **l2s)
            arrays.update(kinv=kinv, item_l2=lam, scale=c)
        elif side_in is not None and "kept" in arrays:  # the items outside the head: _ease_side
            factors = side_factors(side_in, arrays["kept"])
            z = side_summary(dataset.matrix, factors, outside_mask(dataset.n_items, arrays["kept"]))
            w = ease_weights(x, p.l2, progress, cancel, **l2s, side=z, gram=gram)
            h = x.shape[1]
            arrays.update(b=np.ascontiguousarray(w[:h]), side_b=np.ascontiguousarray(w[h:]))
            arrays["side_factors"] = factors
        else:
            arrays["b"] = ease_weights(x, p.l2, progress, cancel, **l2s, gram=gram)
        meta: dict[str, Any] = {"form": form}
        if "side_b" in arrays:  # the model card says what the head reads beyond itself
            meta["side_inputs"] = int(arrays["side_b"].shape[0])
        return arrays, meta

    def with_side(self, item_factors: np.ndarray | None) -> EaseRecommender:
        """Read a user's items outside ``max_items``'s head through ``item_factors`` (items x
        f, the catalogue's order) in the next fit (:mod:`._ease_side`); None: not. Returns self."""
        self._side_in = item_factors
        return self

    def with_head(self, kept: np.ndarray, gram: np.ndarray) -> EaseRecommender:
        """Fit the next time over the items ``kept`` (instead of the ``max_items`` most popular
        of the data it is given) from ``gram``: a square ``float32`` buffer of the head's items
        (plus the side inputs' columns, if any) whose items' block already holds the data's
        ``X^T X`` (binary when ``binary``). The buffer is overwritten by that fit: one fit per
        call (``default``'s head blend builds both of its Grams at once: :mod:`._head_grams`).
        Returns self."""
        self._head_in = (np.asarray(kept, dtype=np.int64), gram)
        return self

    def _side_z(self, users: np.ndarray) -> np.ndarray:
        """The side summary of ``users`` (rows of the seen matrix)."""
        return side_summary(self._seen[users], self._state["side_factors"], self._outside)

    def _prepare(self) -> None:
        seen = self._seen
        if self.params.binary:  # ones beside the seen matrix's own index arrays: no copies
            ones = np.ones(seen.nnz, dtype=np.float32)
            x = sp.csr_matrix((ones, seen.indices, seen.indptr), shape=seen.shape)
        else:
            x = seen.astype(np.float32)
        self._kept = self._state.get("kept")
        self._x = x if self._kept is None else x[:, self._kept].tocsr()
        self._dual = "kinv" in self._state
        if self._dual:
            self._xt = self._x.T.tocsr()
        self._side = "side_b" in self._state
        if self._side:
            self._outside = outside_mask(len(self._item_ids), self._kept)

    def _score(self, users: np.ndarray) -> np.ndarray:
        part = self.score_kept(users)
        if self._kept is None:
            return part
        out = np.full((len(users), len(self._item_ids)), -np.inf, dtype=np.float32)
        out[:, self._kept] = part
        return out

    def score_kept(self, users: np.ndarray) -> np.ndarray:
        """Scores of the items the model keeps (all, or ``max_items``'s head, in the order of
        ``_kept``): ``_score`` without the ``-inf`` columns of the others."""
        if self._dual:
            part = -_times_x(self._state["kinv"][users], self._xt)
            part *= self._state["scale"][None, :]
            sub = self._x[users]
            rows = np.repeat(np.arange(len(users)), np.diff(sub.indptr))
            part[rows, sub.indices] += sub.data
        else:
            part = np.asarray(self._x[users] @ self._state["b"], dtype=np.float32)
            if self._side:
                part += self._side_z(users) @ self._state["side_b"]
        return part

    def _weights_into(self, item: int, sources: np.ndarray) -> np.ndarray:
        """``B[sources, item]`` (model column indices) without materialising ``B``."""
        if not self._dual:
            return self._state["b"][sources, item]
        # B_ji = c_i (x_j^T K^-1 x_i) / Lambda_j for j != i, and B_ii = 0.
        # K^-1 x_i as the sparse row x_i^T times K^-1 (symmetric): O(nnz(x_i) * users), with
        # no gather of K^-1's columns (which made this 20x slower on popular items).
        z = np.asarray(self._xt[item] @ self._state["kinv"]).ravel()
        w = (self._xt[sources] @ z) * self._state["scale"][item] / self._state["item_l2"][sources]
        return np.where(sources == item, 0.0, w)

    def weights_from(self, source: int) -> np.ndarray:
        """``B[source, :]`` over every item (catalogue indices): how much having ``source``
        raises each item's score. 0 for items outside ``max_items`` and for ``source`` itself.
        """
        n = len(self._item_ids)
        col = source
        if self._kept is not None:
            pos = int(np.searchsorted(self._kept, source))
            if pos >= len(self._kept) or self._kept[pos] != source:
                return np.zeros(n, dtype=np.float64)
            col = pos
        if self._dual:
            # B_sj = c_j (x_s^T K^-1 x_j) / Lambda_s: one product with K^-1, one with X^T.
            z = np.asarray(self._xt[col] @ self._state["kinv"]).ravel()
            row = (
                np.asarray(self._xt @ z).ravel()
                * self._state["scale"]
                / self._state["item_l2"][col]
            )
            row = row.astype(np.float64)
            row[col] = 0.0
        else:
            row = np.asarray(self._state["b"][col], dtype=np.float64)
        if self._kept is None:
            return row
        out = np.zeros(n, dtype=np.float64)
        out[self._kept] = row
        return out

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        row = self._x[user]
        col = item
        if self._kept is not None:
            pos = np.searchsorted(self._kept, item)
            if pos >= len(self._kept) or self._kept[pos] != item:
                return "item", []
            col = int(pos)
        w = self._weights_into(col, row.indices) * row.data
        ids = row.indices if self._kept is None else self._kept[row.indices]
        terms = list(zip(ids.tolist(), w.tolist(), strict=True))
        if self._side:  # each item outside the head: y_t B_z / sqrt(n) (_ease_side)
            outside = self._seen[user].indices
            outside = outside[self._outside[outside] > 0]
            if len(outside):
                y = self._state["side_factors"][outside]
                v = (y @ self._state["side_b"][:, col]) / np.sqrt(len(outside))
                terms += list(zip(outside.tolist(), v.astype(np.float64).tolist(), strict=True))
        return "item", terms

    def score_drop(self, user: int, source: int) -> np.ndarray:
        """How much every item's score (catalogue order) falls if ``user`` did not have
        ``source``: ``x_us B[source, :]``, or for an item outside the head read through the
        side summary, the change of ``z_u B_z`` with ``z_u`` recomputed without it."""
        cell = 1.0 if self.params.binary else float(self._seen[user, source])
        drop = cell * self.weights_from(source)
        if not self._side or self._outside[source] == 0:
            return drop
        row = self._seen[user]
        if not np.any(row.indices == source):
            return drop
        without = row.copy()
        without.data = np.where(without.indices == source, 0.0, 1.0).astype(np.float32)
        without.eliminate_zeros()
        f, b, mask = self._state["side_factors"], self._state["side_b"], self._outside
        change = (side_summary(row, f, mask) - side_summary(without, f, mask)) @ b
        drop[self._kept] += change[0].astype(np.float64)
        return drop
