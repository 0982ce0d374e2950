"""Neighbourhood collaborative filtering: ``item-knn`` and ``user-knn``.

Similarities are computed between the *columns* of a sparse matrix in chunks of columns, so
memory stays at ``n x chunk`` dense floats plus the kept neighbours; only the ``k`` most
similar neighbours of each column are kept (a sparse matrix with at most ``k`` entries per
column).

- ``cosine``: cosine of the weight vectors.
- ``pearson``: each vector centred on its own mean over its stored entries, then cosine.
- ``adjusted-cosine``: entries centred on the mean of the *other* side (for item-knn the user's
  mean rating, Sarwar et al. 2001), then cosine.
- ``euclidean``: ``1 / (1 + d)`` with ``d`` the Euclidean distance of the vectors (missing
  entries count as 0).

Only pairs that share at least one user (item-knn) or item (user-knn) are neighbours, and only
positive similarities are kept: a negative neighbour says what not to recommend, which a top-N
list cannot use. ``shrink`` > 0 multiplies a similarity by ``n / (n + shrink)`` with ``n`` the
number of co-rated entries, which damps similarities resting on little evidence.

Scoring: item-knn ``score(u, i) = sum_j w_uj s(j, i)`` over ``i``'s neighbours ``j`` the user
has; user-knn ``score(u, i) = sum_v s(u, v) w_vi`` over ``u``'s neighbours ``v``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine import _memory
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.progress import Message

SIMILARITIES = ("cosine", "pearson", "adjusted-cosine", "euclidean")
#: Largest dense block (cells) of one similarity chunk; see :func:`column_neighbours`.
_CHUNK_CELLS = 2_000_000
#: Peak bytes per neighbour kept: its row, column and value in a chunk's lists, their
#: concatenation and the final sparse matrix (item-knn with k=5000 on ml-latest-small kept
#: 15.9 million neighbours at an 870 MB peak, tracemalloc: 55 bytes each).
_BYTES_PER_NEIGHBOUR = 56
#: Peak bytes per stored interaction (the float32 copies: centred, normalised, binary, and
#: their transposes) and per cell of a chunk's dense blocks (dot products, co-counts, the
#: similarities, the partition's indices).
_BYTES_PER_ENTRY = 48
_BYTES_PER_CELL = 48
#: Per row and column (norms, index pointers, ...), and the small things besides.
_BYTES_PER_COLUMN = 64
_ALLOWANCE = 1 << 20


@dataclass(frozen=True)
class KnnParams(Params):
    """Hyper-parameters shared by item-knn and user-knn."""

    k: int = param(100, min=1, help="neighbours kept per item (user)", limit=10_000)
    similarity: str = param("cosine", choices=SIMILARITIES, help="similarity measure")
    shrink: float = param(
        0.0, min=0.0, help="shrink similarities resting on few co-ratings", limit=1e6
    )
    binary: bool = param(False, help="treat every interaction as 1 (ignore weights)")
    chunk: int = param(
        1024, min=16, help="columns per similarity chunk (memory vs speed)", limit=65_536
    )


def _centre(m: sp.csc_matrix, axis: int) -> sp.csc_matrix:
    """Subtract from each stored entry the mean of its column (axis=0) or row (axis=1)."""
    m = m.copy()
    if axis == 0:
        counts = np.diff(m.indptr)
        # Column sums by bincount over each entry's column, not np.add.reduceat: reduceat
        # raises IndexError when the last columns are empty (their start equals nnz), as on
        # a library whose last items have no interactions yet.
        cols = np.repeat(np.arange(m.shape[1]), counts)
        sums = np.bincount(cols, weights=m.data, minlength=m.shape[1])
        means = np.divide(sums, counts, out=np.zeros(m.shape[1]), where=counts > 0)
        m.data = m.data - np.repeat(means, counts).astype(np.float32)
    else:
        counts = np.bincount(m.indices, minlength=m.shape[0])
        sums = np.bincount(m.indices, weights=m.data, minlength=m.shape[0])
        means = np.divide(sums, counts, out=np.zeros(m.shape[0]), where=counts > 0)
        m.data = m.data - means[m.indices].astype(np.float32)
    # A centred entry of exactly 0 must stay stored: it still marks a co-rating.
    return m


def column_neighbours(
    m: sp.spmatrix,
    *,
    similarity: str,
    k: int,
    shrink: float,
    chunk: int,
    progress: ProgressFn,
    cancel: CancelToken,
    algorithm: str = "item-knn",
    columns: str = "items",
) -> sp.csc_matrix:
    """``n x n`` CSC matrix whose column ``j`` holds the ``k`` best neighbours of column ``j``.

    The memory it needs is checked first (:func:`check_knn_memory`): a ``k`` too big for the
    free memory is refused before anything is allocated.
    """
    check_knn_memory(m, k=k, chunk=chunk, algorithm=algorithm, columns=columns)
    m = sp.csc_matrix(m, dtype=np.float32)
    m.sort_indices()
    n = m.shape[1]
    if similarity == "pearson":
        m = _centre(m, axis=0)
    elif similarity == "adjusted-cosine":
        m = _centre(m, axis=1)
    sq = np.asarray(m.multiply(m).sum(axis=0)).ravel().astype(np.float32)
    if similarity == "euclidean":
        norm_m = m
    else:
        inv = np.divide(1.0, np.sqrt(sq), out=np.zeros_like(sq), where=sq > 0)
        norm_m = m @ sp.diags(inv.astype(np.float32))
    norm_m = sp.csc_matrix(norm_m)
    left = norm_m.T.tocsr()
    binary = m.copy()
    binary.data = np.ones_like(binary.data)
    binary_left = binary.T.tocsr()
    k = min(k, max(n - 1, 1))
    # Each chunk makes a few dense n x chunk blocks (dot products, co-counts, a partition):
    # bound them to about two million cells so that a chunk, between two progress reports and
    # cancel checks, stays well under a second (1,024 columns of ml-latest-small's 8,978
    # items took over a second on a busy machine).
    chunk = max(16, min(chunk, int(_CHUNK_CELLS // max(n, 1))))
    rows_out: list[np.ndarray] = []
    cols_out: list[np.ndarray] = []
    vals_out: list[np.ndarray] = []
    n_chunks = max(1, -(-n // chunk))
    for c, start in enumerate(range(0, n, chunk)):
        cancel.raise_if_cancelled()
        stop = min(start + chunk, n)
        dots = (left @ norm_m[:, start:stop]).toarray()
        co = (binary_left @ binary[:, start:stop]).toarray()
        if similarity == "euclidean":
            d2 = np.maximum(sq[:, None] + sq[None, start:stop] - 2.0 * dots, 0.0)
            sim = 1.0 / (1.0 + np.sqrt(d2))
        else:
            sim = dots
        sim[co <= 0] = 0.0  # neighbours must share something
        if shrink > 0:
            sim *= co / (co + np.float32(shrink))
        width = stop - start
        sim[np.arange(start, stop), np.arange(width)] = 0.0  # an item is not its own neighbour
        if k < n:
            top = np.argpartition(-sim, k - 1, axis=0)[:k]
        else:
            top = np.tile(np.arange(n)[:, None], (1, width))
        vals = np.take_along_axis(sim, top, axis=0)
        keep = vals > 0
        rows_out.append(top[keep])
        cols_out.append(np.broadcast_to(np.arange(start, stop), top.shape)[keep])
        vals_out.append(vals[keep].astype(np.float32))
        progress(
            (c + 1) / n_chunks,
            Message("similarities: chunk {chunk} of {chunks}", chunk=c + 1, chunks=n_chunks),
        )
    rows = np.concatenate(rows_out) if rows_out else np.empty(0, dtype=np.int64)
    cols = np.concatenate(cols_out) if cols_out else np.empty(0, dtype=np.int64)
    vals = np.concatenate(vals_out) if vals_out else np.empty(0, dtype=np.float32)
    cancel.raise_if_cancelled()
    out = sp.csc_matrix((vals, (rows, cols)), shape=(n, n), dtype=np.float32)
    out.sort_indices()
    return out


def knn_memory_parts(m: sp.spmatrix, *, k: int, chunk: int) -> dict[str, int]:
    """The peak bytes :func:`column_neighbours` needs on ``m``, in parts keyed by the
    parameter that drives each (``""``: the interactions, which no parameter changes).

    A column keeps at most ``k`` neighbours, and at most as many as the other columns it
    shares a row with (for each of its rows, that row's other entries): the bound that matters
    on a sparse matrix, where most pairs share nothing.
    """
    n = m.shape[1]
    coo = sp.coo_matrix(m)
    per_row = np.bincount(coo.row, minlength=m.shape[0]).astype(np.float64)
    sharing = np.bincount(coo.col, weights=per_row[coo.row] - 1.0, minlength=n)
    kept = int(np.minimum(sharing, min(k, max(n - 1, 1))).sum())
    width = min(n, max(16, min(chunk, _CHUNK_CELLS // max(n, 1))))  # one chunk's columns
    fixed = _BYTES_PER_ENTRY * int(m.nnz) + _BYTES_PER_COLUMN * (n + m.shape[0]) + _ALLOWANCE
    return {
        "k": _BYTES_PER_NEIGHBOUR * kept,
        "chunk": _BYTES_PER_CELL * width * n,
        "": fixed,
    }


def knn_memory_bytes(m: sp.spmatrix, *, k: int, chunk: int) -> int:
    """The peak bytes :func:`column_neighbours` needs on ``m`` (see :func:`knn_memory_parts`)."""
    return sum(knn_memory_parts(m, k=k, chunk=chunk).values())


def check_knn_memory(m: sp.spmatrix, *, k: int, chunk: int, algorithm: str, columns: str) -> None:
    """Refuse, naming the parameter to lower (``k`` or ``chunk``) and the largest value that
    fits, a neighbourhood model that would not fit in the free memory (a one-line
    :class:`~desktop_recsys.errors.UserError`)."""
    parts = knn_memory_parts(m, k=k, chunk=chunk)
    need = sum(parts.values())
    budget = _memory.memory_budget()
    if budget is None or need <= budget:
        return
    n = max(m.shape[1], 1)
    heaviest = max(("k", "chunk"), key=lambda name: parts[name])
    room = budget - (need - parts[heaviest])
    per = _BYTES_PER_NEIGHBOUR * n if heaviest == "k" else _BYTES_PER_CELL * n
    fits = int(room // per) if room > 0 else 0
    least = 1 if heaviest == "k" else 16
    advice = (
        Message("use --param {name}={fits} or fewer", name=heaviest, fits=fits)
        if fits >= least
        else Message("use the als algorithm, which needs far less, or free some memory")
    )
    value = k if heaviest == "k" else chunk
    what = (
        Message(
            "{algorithm} with {name}={value} for {n:,} users",
            algorithm=algorithm,
            name=heaviest,
            value=value,
            n=n,
        )
        if columns == "users"
        else Message(
            "{algorithm} with {name}={value} for {n:,} items",
            algorithm=algorithm,
            name=heaviest,
            value=value,
            n=n,
        )
    )
    _memory.check_memory(need, what, advice)


def _sparse_arrays(prefix: str, m: sp.spmatrix) -> dict[str, np.ndarray]:
    m = sp.csr_matrix(m)
    return {
        f"{prefix}_indptr": m.indptr.astype(np.int64),
        f"{prefix}_indices": m.indices.astype(np.int32),
        f"{prefix}_data": m.data.astype(np.float32),
    }


def _sparse_from(
    state: dict[str, np.ndarray], prefix: str, shape: tuple[int, int]
) -> sp.csr_matrix:
    return sp.csr_matrix(
        (state[f"{prefix}_data"], state[f"{prefix}_indices"], state[f"{prefix}_indptr"]),
        shape=shape,
    )


class _KnnBase(Recommender):
    params_type = KnnParams
    sparse_scores = True

    def _weights(self, dataset: Dataset) -> sp.csr_matrix:
        m = dataset.matrix.copy()
        if self.params.binary:
            m.data = np.ones_like(m.data)
        return m

    def _user_matrix(self) -> sp.csr_matrix:
        m = self._seen.astype(np.float32)
        if self.params.binary:
            m = m.copy()
            m.data = np.ones_like(m.data)
        return m


class ItemKnnRecommender(_KnnBase):
    """Item-based neighbourhood model: items similar to what the user has."""

    name = "item-knn"

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        sim = column_neighbours(
            self._weights(dataset),
            similarity=p.similarity,
            k=p.k,
            shrink=p.shrink,
            chunk=p.chunk,
            progress=progress,
            cancel=cancel,
            algorithm=self.name,
        )
        return _sparse_arrays("sim", sim), {}

    def _prepare(self) -> None:
        n = len(self._item_ids)
        self._sim = _sparse_from(self._state, "sim", (n, n))
        self._sim_csc = self._sim.tocsc()
        self._x = self._user_matrix()

    def _score(self, users: np.ndarray) -> np.ndarray:
        return (self._x[users] @ self._sim).toarray().astype(np.float32)

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        col = self._sim_csc[:, item]
        row = self._x[user]
        common, a, b = np.intersect1d(col.indices, row.indices, return_indices=True)
        return "item", list(zip(common.tolist(), (col.data[a] * row.data[b]).tolist(), strict=True))


class UserKnnRecommender(_KnnBase):
    """User-based neighbourhood model: what similar people have."""

    name = "user-knn"

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        sim = column_neighbours(
            self._weights(dataset).T,
            similarity=p.similarity,
            k=p.k,
            shrink=p.shrink,
            chunk=p.chunk,
            progress=progress,
            cancel=cancel,
            algorithm=self.name,
            columns="users",
        )
        # Column j holds j's neighbours; store rows = target users for fast row slicing.
        return _sparse_arrays("sim", sim.T), {}

    def _prepare(self) -> None:
        n = len(self._user_ids)
        self._sim = _sparse_from(self._state, "sim", (n, n))
        self._x = self._user_matrix()
        self._x_csc = self._x.tocsc()

    def _score(self, users: np.ndarray) -> np.ndarray:
        return (self._sim[users] @ self._x).toarray().astype(np.float32)

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        row = self._sim[user]
        col = self._x_csc[:, item]
        common, a, b = np.intersect1d(row.indices, col.indices, return_indices=True)
        return "user", list(zip(common.tolist(), (row.data[a] * col.data[b]).tolist(), strict=True))
