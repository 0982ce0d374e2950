"""Matrix helpers shared by the algorithms (and the re-rankers).

- Row normalisation and scaling: :func:`l2_normalise_rows`, :func:`idf` weights,
  :func:`user_min_max` (scores of a block of users onto 0..1).
- Values at chosen cells without densifying: :func:`dense_rows`, :func:`pair_dots`,
  :func:`sparse_lookup`, :func:`sparse_cells`.
- Sparse matrices in and out of a model's flat state: :func:`sparse_arrays`,
  :func:`sparse_from` (persistence stays plain ``.npz`` arrays, never pickled).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def l2_normalise_rows(m: sp.spmatrix) -> sp.csr_matrix:
    """Rows scaled to unit length (empty rows stay empty)."""
    m = sp.csr_matrix(m, dtype=np.float32)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    inv = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sp.csr_matrix(sp.diags(inv.astype(np.float32)) @ m)


def sparse_arrays(prefix: str, m: sp.spmatrix) -> dict[str, np.ndarray]:
    """The three CSR arrays of ``m`` (and its shape) under ``prefix``."""
    m = sp.csr_matrix(m, dtype=np.float32)
    m.sort_indices()
    return {
        f"{prefix}_indptr": m.indptr.astype(np.int64),
        f"{prefix}_indices": m.indices.astype(np.int32),
        f"{prefix}_data": m.data.astype(np.float32),
        f"{prefix}_shape": np.asarray(m.shape, dtype=np.int64),
    }


def sparse_from(state: dict[str, np.ndarray], prefix: str) -> sp.csr_matrix:
    """Inverse of :func:`sparse_arrays`."""
    shape = tuple(int(x) for x in state[f"{prefix}_shape"])
    return sp.csr_matrix(
        (state[f"{prefix}_data"], state[f"{prefix}_indices"], state[f"{prefix}_indptr"]),
        shape=shape,
    )


def dense_rows(m: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """``m[rows]`` as a dense boolean mask (used for seen items of a block of users)."""
    sub = m[rows]
    out = np.zeros(sub.shape, dtype=bool)
    out[np.repeat(np.arange(len(rows)), np.diff(sub.indptr)), sub.indices] = True
    return out


def pair_dots(left: np.ndarray, right: sp.csr_matrix, cols: np.ndarray) -> np.ndarray:
    """``left[r] . right[cols[r, c]]`` for every cell of ``cols`` (``b x K``), as float64.

    ``left`` is dense (``b x F``), ``right`` sparse (``n x F``). Equals
    ``np.take_along_axis(left @ right.T, cols, axis=1)`` but touches only the stored entries
    of the ``b * K`` rows asked for, instead of building the dense ``b x n`` product.
    """
    b, k = cols.shape
    rows = right[cols.ravel()]
    per_row = np.diff(rows.indptr)
    owner = np.repeat(np.repeat(np.arange(b), k), per_row)  # left row of each stored entry
    products = rows.data.astype(np.float64) * left[owner, rows.indices]
    pair = np.repeat(np.arange(b * k), per_row)
    return np.bincount(pair, weights=products, minlength=b * k).reshape(b, k)


def sparse_lookup(m: sp.spmatrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``m[rows[j], cols[j]]`` for every ``j``, as float64 (missing entries are 0).

    A binary search over the stored entries' ``(row, column)`` keys: scipy's own
    ``m[rows, cols]`` took over a second for 100,000 pairs on a busy machine.
    """
    m = sp.csr_matrix(m)
    m.sum_duplicates()  # also sorts the indices, so the keys below are sorted
    rows = np.asarray(rows, dtype=np.int64).ravel()
    cols = np.asarray(cols, dtype=np.int64).ravel()
    if not m.nnz or not len(rows):
        return np.zeros(len(rows), dtype=np.float64)
    n = np.int64(m.shape[1])
    keys = np.repeat(np.arange(m.shape[0], dtype=np.int64), np.diff(m.indptr)) * n + m.indices
    wanted = rows * n + cols
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[at] == wanted, m.data[at], 0.0).astype(np.float64)


def sparse_cells(m: sp.spmatrix, cols: np.ndarray) -> np.ndarray:
    """``m[r, cols[r, c]]`` for every cell of ``cols`` (``b x K``, one row of ``m`` per row of
    ``cols``), as float64, without densifying ``m``."""
    b, k = cols.shape
    return sparse_lookup(m, np.repeat(np.arange(b), k), cols).reshape(b, k)


def idf(binary: sp.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency of each column of an ``items x features`` matrix."""
    n = binary.shape[0]
    df = np.bincount(binary.indices, minlength=binary.shape[1])
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


def user_min_max(scores: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Scale each row to 0..1 over the items not ``blocked`` (seen items do not set the range).

    Rows with no spread become 0: they carry no preference between the candidates.
    """
    s = scores.astype(np.float32, copy=True)
    s[~np.isfinite(s)] = 0.0
    big = np.float32(np.finfo(np.float32).max)
    lo = np.where(blocked, big, s).min(axis=1, keepdims=True)
    hi = np.where(blocked, -big, s).max(axis=1, keepdims=True)
    span = hi - lo
    ok = span > 0
    out = np.divide(s - lo, span, out=np.zeros_like(s), where=ok)
    return np.clip(out, 0.0, 1.0)
