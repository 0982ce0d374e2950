"""``ease``: the closed-form item-item model EASE^R (Steck, "Embarrassingly Shallow
Autoencoders for Sparse Data", WWW 2019).

``B = I - P diagMat(1 / diag(P))`` with ``P = (X^T X + l2 I)^-1``; ``score(u) = x_u B``.

Memory: EASE is the one model whose memory grows with ``items^2``. We work in ``float32`` and
in place: the Gram matrix is inverted by LAPACK's Cholesky routines (``spotrf`` + ``spotri``)
in its own buffer, and ``B`` overwrites ``P``, so the peak is about one ``items x items``
matrix (4 bytes per entry) plus a thin strip. Before allocating we compare that with the
memory available and refuse with a clear message; ``max_items`` keeps only the most popular
items (others are then never recommended by EASE, only by the popularity fallback).

Cancel is checked between the steps; the factorisation itself is one LAPACK call that cannot
be interrupted (a few seconds for 10,000 items).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg.lapack as lapack
import scipy.sparse as sp

from desktop_recsys.engine._memory import available_memory_bytes
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.engine.registry import register
from desktop_recsys.errors import UserError

#: Share of the available memory EASE allows itself.
MEMORY_SHARE = 0.8


@dataclass(frozen=True)
class EaseParams(Params):
    """``l2``: ridge penalty (larger = smoother); ``binary``: learn from presence only."""

    l2: float = param(500.0, min=0.0, help="L2 regularisation of the item-item weights")
    binary: bool = param(True, help="treat every interaction as 1 (ignore weights)")
    max_items: int = param(0, min=0, help="keep only the N most popular items (0 = all)")


def ease_memory_bytes(n_items: int) -> int:
    """Peak bytes EASE needs for ``n_items`` items (one float32 square plus a strip)."""
    return 4 * n_items * n_items + 4 * n_items * 1024 + 64 * n_items


def ease_weights(
    x: sp.csr_matrix, l2: float, progress: ProgressFn, cancel: CancelToken
) -> np.ndarray:
    """The EASE weight matrix ``B`` (float32, zero diagonal) of a users x items matrix."""
    n = x.shape[1]
    need = ease_memory_bytes(n)
    avail = available_memory_bytes()
    if avail is not None and need > MEMORY_SHARE * avail:
        fit = int(np.sqrt(MEMORY_SHARE * avail / 4)) // 100 * 100
        raise UserError(
            f"ease needs {need / 2**30:.1f} GiB for {n} items but only {avail / 2**30:.1f} GiB "
            f"is free; use --param max_items={max(fit, 100)} or the als algorithm"
        )
    xt = x.T.tocsr().astype(np.float32)
    gram = (xt @ x).toarray()  # dense float32 n x n: the one big allocation
    cancel.raise_if_cancelled()
    progress(0.3, "ease: Gram matrix")
    gram[np.diag_indices(n)] += np.float32(l2)
    # gram is symmetric, so its transpose is an F-ordered view of the same buffer: LAPACK can
    # then work in place without a copy.
    a = gram.T
    c, info = lapack.spotrf(a, lower=False, overwrite_a=True, clean=False)
    if info != 0:
        raise UserError("ease: the Gram matrix is not positive definite; raise --param l2")
    cancel.raise_if_cancelled()
    progress(0.6, "ease: Cholesky factor")
    p, info = lapack.spotri(c, lower=False, overwrite_c=True)
    if info != 0:
        raise UserError("ease: inversion failed; raise --param l2")
    cancel.raise_if_cancelled()
    progress(0.85, "ease: inverse")
    # Only the upper triangle (of the F view) is valid: mirror it block by block so the
    # temporary stays a thin strip.
    block = 1024
    for start in range(0, n, block):
        stop = min(start + block, n)
        p[stop:, start:stop] = p[start:stop, stop:].T
        d = p[start:stop, start:stop]
        d[:] = np.triu(d) + np.triu(d, 1).T
    diag = np.ascontiguousarray(np.diag(p)).copy()
    # B = -P / diag(P) column-wise, zero diagonal; p (F view) is symmetric, so p.T is the
    # C-ordered array we return.
    b = p.T
    b /= -diag[None, :]
    b[np.diag_indices(n)] = 0.0
    return np.ascontiguousarray(b)


@register
class EaseRecommender(Recommender):
    """EASE^R: a dense item-item model with a closed-form solution; strong on small catalogues."""

    name = "ease"
    params_type = EaseParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        x = dataset.matrix.copy()
        if self.params.binary:
            x.data = np.ones_like(x.data)
        arrays: dict[str, np.ndarray] = {}
        if 0 < self.params.max_items < dataset.n_items:
            pop = np.diff(x.tocsc().indptr)
            kept = np.sort(np.argsort(-pop, kind="stable")[: self.params.max_items])
            x = x[:, kept]
            arrays["kept"] = kept.astype(np.int64)
        arrays["b"] = ease_weights(x.tocsr(), self.params.l2, progress, cancel)
        return arrays, {}

    def _prepare(self) -> None:
        x = self._seen.astype(np.float32)
        if self.params.binary:
            x = x.copy()
            x.data = np.ones_like(x.data)
        self._kept = self._state.get("kept")
        self._x = x if self._kept is None else x[:, self._kept].tocsr()

    def _score(self, users: np.ndarray) -> np.ndarray:
        part = np.asarray(self._x[users] @ self._state["b"], dtype=np.float32)
        if self._kept is None:
            return part
        out = np.full((len(users), len(self._item_ids)), -np.inf, dtype=np.float32)
        out[:, self._kept] = part
        return out

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        if self._kept is not None:
            pos = np.searchsorted(self._kept, item)
            if pos >= len(self._kept) or self._kept[pos] != item:
                return "item", []
            row = self._x[user]
            w = self._state["b"][row.indices, pos] * row.data
            return "item", list(zip(self._kept[row.indices].tolist(), w.tolist(), strict=True))
        row = self._x[user]
        w = self._state["b"][row.indices, item] * row.data
        return "item", list(zip(row.indices.tolist(), w.tolist(), strict=True))
