"""Shared numeric kernels: a batched conjugate-gradient least-squares solver for factor models.

For every row ``u`` of a sparse matrix ``W`` (users or items) we solve the ``f x f`` system

    (G + sum_i w_ui y_i y_i^T + reg_u I) x_u = b_u

with ``G`` shared by all rows (``Y^T Y`` for implicit ALS, zero for explicit ratings). Instead
of a Python loop over rows, all rows run conjugate gradient together: the product
``A_u v_u`` for every ``u`` is a gather of ``y_i . v_u`` over the stored entries, one sparse times
dense product and one dense ``V @ G``. A few steps warm-started from the previous factors are
enough (Takacs et al., "Applications of the conjugate gradient method for implicit feedback
collaborative filtering", 2011).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def row_dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise dot products of two equally shaped 2-D arrays."""
    return np.einsum("ij,ij->i", a, b)


def batched_cg(
    x0: np.ndarray,
    y: np.ndarray,
    w: sp.csr_matrix,
    b: np.ndarray,
    gram: np.ndarray | None,
    reg: float | np.ndarray,
    steps: int,
) -> np.ndarray:
    """Run ``steps`` conjugate-gradient iterations for all rows at once; returns new ``x``.

    ``w`` holds the per-entry weights ``w_ui`` (its sparsity selects the ``y_i`` of each row),
    ``b`` the right-hand sides, ``reg`` a scalar or one value per row.
    """
    rows = np.repeat(np.arange(w.shape[0]), np.diff(w.indptr))
    y_g = y[w.indices]  # the neighbours' factors, gathered once per half-step
    weights = w.data
    scratch = sp.csr_matrix((weights.copy(), w.indices, w.indptr), shape=w.shape)
    reg_col = np.asarray(reg, dtype=np.float32).reshape(-1, 1) if np.ndim(reg) else reg

    def matvec(v: np.ndarray) -> np.ndarray:
        scratch.data = weights * row_dot(y_g, v[rows])
        out = scratch @ y
        if gram is not None:
            out += v @ gram
        out += reg_col * v
        return out

    x = x0.copy()
    r = b - matvec(x)
    p = r.copy()
    rs = row_dot(r, r)
    for _ in range(steps):
        ap = matvec(p)
        denom = row_dot(p, ap)
        alpha = np.divide(rs, denom, out=np.zeros_like(rs), where=denom > 1e-20)
        x += alpha[:, None] * p
        r -= alpha[:, None] * ap
        rs_new = row_dot(r, r)
        beta = np.divide(rs_new, rs, out=np.zeros_like(rs), where=rs > 1e-20)
        p = r + beta[:, None] * p
        rs = rs_new
    return x
