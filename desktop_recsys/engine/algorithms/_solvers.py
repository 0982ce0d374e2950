"""Shared numeric kernels: batched conjugate gradient for factor models, and a blocked,
cancellable inverse of symmetric positive definite matrices (EASE).

Batched conjugate gradient:

For every row ``u`` of a sparse matrix ``W`` (users or items) we solve the ``f x f`` system

    (G + sum_i w_ui y_i y_i^T + reg_u I) x_u = b_u

with ``G`` shared by all rows (``Y^T Y`` for implicit ALS, zero for explicit ratings). Instead
of a Python loop over rows, all rows run conjugate gradient together: the product
``A_u v_u`` for every ``u`` is a gather of ``y_i . v_u`` over the stored entries, one sparse times
dense product and one dense ``V @ G``. A few steps warm-started from the previous factors are
enough (Takacs et al., "Applications of the conjugate gradient method for implicit feedback
collaborative filtering", 2011). The rows are cut into blocks by their work, solved side by
side in the threads the caller allows (:func:`row_blocks`, :func:`batched_cg`'s ``run``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

import numpy as np
import scipy.sparse as sp

from desktop_recsys.blas_caps import blas_cap
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.progress import Message

#: Dense work (flops) below which BLAS runs single-threaded: thread start-up and the spin-waits
#: of OpenBLAS's pool cost more than they save on small products, and on a machine whose cores
#: are busy (a desktop running a GUI, or a shared benchmark box) a 2-thread pool was measured
#: 3-15x *slower* than one thread on the factor models' ``n x f`` by ``f x f`` products and on
#: EASE's 610^2 / 1,892^2 inverses. implicit asks for one BLAS thread for the same reason.
SMALL_DENSE_FLOPS = 5e10


def load_lapack() -> None:
    """Import SciPy's LAPACK (and so its own OpenBLAS) now, before a thread limit is set.

    A BLAS library first loaded inside a thread cap is not limited by it until a cap next
    opens or closes (``desktop_recsys/blas_caps``; a ``threadpool_limits`` block never did):
    when :func:`spd_inverse_inplace` imported SciPy's LAPACK inside EASE's one-thread block,
    the factorisation ran SciPy's OpenBLAS with a thread per core, and on busy cores one block
    took 2.1 s instead of 0.3 s. Deferred (called by EASE) because the other models never need
    it and ``predict-file`` should not pay for the import.
    """
    import scipy.linalg.lapack  # noqa: F401


def machine_busy() -> bool:
    """Whether other work already fills every core: the last minute's load average, or (on
    Linux, where it is at hand) the threads runnable right now besides this one, which reacts
    at once where the average lags by a minute. False where neither is known (Windows)."""
    cores = os.cpu_count() or 1
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            runnable = int(f.read().split()[3].split("/")[0]) - 1
    except (OSError, ValueError, IndexError):
        runnable = 0
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        load = 0.0
    return max(load, runnable) >= cores


@contextlib.contextmanager
def blas_threads_for(flops: float) -> Iterator[None]:
    """Run the block with one BLAS thread when the dense work is small or the machine is
    already busy, else unchanged.

    Large products (EASE on a catalogue with thousands of users *and* items) keep whatever
    limit the caller set (the job runner caps training so that the interface keeps a core),
    unless the cores are already busy: then a BLAS pool's threads wait on each other while the
    scheduler runs someone else, and one step of EASE's inverse was measured taking 2.0 s with
    two threads against 0.35 s with one (Last.fm, 2 cores, 4 busy processes alongside).
    """
    if flops > SMALL_DENSE_FLOPS and not machine_busy():
        yield
        return
    with blas_cap(1):  # counted with other threads' caps (desktop_recsys/blas_caps)
        yield


def row_dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise dot products of two equally shaped 2-D arrays."""
    return np.einsum("ij,ij->i", a, b)


def conjugate_gradient_rows(
    matvec: Callable[[np.ndarray], np.ndarray], x0: np.ndarray, b: np.ndarray, steps: int
) -> tuple[np.ndarray, np.ndarray]:
    """``steps`` conjugate-gradient iterations on every row at once: ``(x, b - A x)``.

    ``matvec(v)`` returns ``A_u v_u`` for every row ``u`` of ``v``; each row is its own
    system (its own step sizes), so the rows converge independently.
    """
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
    return x, r


#: Entries of a conjugate-gradient product gathered at a time (two buffers of this many rows
#: of factors: 1 MiB each at 32 factors, one pair per thread). 8,192 rather than 32,768: the
#: buffers stay nearer the core between the gather and the dot (3M synthetic, one half-step,
#: median CPU 1.16 -> 1.05 s in one thread, 1.23 -> 1.13 s in two, load 7; the same figures).
CG_CHUNK = 1 << 13

#: Work of one block of rows, in stored entries (a row's dense work counted as a few entries,
#: :func:`row_blocks`). A half-step's rows are cut into blocks of about this much, each solved
#: on its own (every row's system is independent of the others), side by side in threads when
#: the caller gives a pool. The cut depends on the data alone, so the factors are the same
#: whatever the number of threads; data with fewer entries than two blocks is one block, as
#: before blocks existed (ml-latest-small and Last.fm: 80,000-93,000 entries).
CG_BLOCK_ENTRIES = 1 << 17

#: Runs a function over blocks: the builtin ``map`` (one thread) or an executor's ``map``.
BlockMap = Callable[..., Iterator[None]]


def row_blocks(indptr: np.ndarray, factors: int) -> list[tuple[int, int]]:
    """Contiguous ``(start, end)`` row ranges of about :data:`CG_BLOCK_ENTRIES` work each.

    A row's work is its entries (a gather, a dot and a sparse product of ``factors`` each)
    plus its dense work (``V @ G``, ``factors^2``, and the CG updates), counted as
    ``(factors + 10) / 4`` entries.
    """
    n = len(indptr) - 1
    if n <= 1:
        return [(0, max(n, 0))]
    per_row = (factors + 10) / 4.0
    cost = indptr[1:].astype(np.float64) + per_row * np.arange(1, n + 1)
    k = int(cost[-1] // CG_BLOCK_ENTRIES)
    if k <= 1:
        return [(0, n)]
    cuts = np.unique(np.searchsorted(cost, cost[-1] * np.arange(1, k) / k) + 1)
    edges = [0, *(int(c) for c in cuts if 0 < c < n), n]
    return list(zip(edges[:-1], edges[1:], strict=True))


def rows_of(w: sp.csr_matrix, start: int, end: int) -> sp.csr_matrix:
    """Rows ``start:end`` of ``w`` sharing its data and indices (no copy of the entries)."""
    lo, hi = int(w.indptr[start]), int(w.indptr[end])
    return sp.csr_matrix(
        (w.data[lo:hi], w.indices[lo:hi], w.indptr[start : end + 1] - w.indptr[start]),
        shape=(end - start, w.shape[1]),
    )


def for_each_block(
    fn: Callable[[int, int], None], blocks: list[tuple[int, int]], run: BlockMap = map
) -> None:
    """``fn(start, end)`` for every block of rows through ``run`` (``map`` in this thread, or a
    pool's ``map`` in its threads); returns when every block is done, raising the first
    block's exception in the order of the blocks."""
    for _ in run(lambda block: fn(*block), blocks):
        pass


def block_products(
    w: sp.csr_matrix, y: np.ndarray, blocks: list[tuple[int, int]], run: BlockMap = map
) -> np.ndarray:
    """``w @ y`` computed block of rows by block (in threads when ``run`` is a pool's map).

    Each row's sum runs over its entries in order, as in one product of the whole matrix:
    the same figures to the last bit.
    """
    out = np.empty((w.shape[0], y.shape[1]), dtype=np.result_type(w.dtype, y.dtype))

    def one(s: int, e: int) -> None:
        out[s:e] = rows_of(w, s, e) @ y

    for_each_block(one, blocks, run)
    return out


def batched_cg(
    x0: np.ndarray,
    y: np.ndarray,
    w: sp.csr_matrix,
    b: np.ndarray,
    gram: np.ndarray | None,
    reg: float | np.ndarray,
    steps: int,
    *,
    run: BlockMap = map,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Run ``steps`` conjugate-gradient iterations for all rows at once; returns new ``x``.

    ``w`` holds the per-entry weights ``w_ui`` (its sparsity selects the ``y_i`` of each row),
    ``b`` the right-hand sides, ``reg`` a scalar or one value per row.

    The rows are solved in blocks (:func:`row_blocks`); ``run`` maps the solve over them:
    ``map`` in this thread, or a thread pool's ``map`` (numpy's gathers, ``einsum`` and BLAS
    and SciPy's sparse products release the GIL, so the blocks use as many cores as the pool
    has threads). ``cancel`` is checked before each block, so a cancelled half-step stops
    after the blocks already running.
    """
    blocks = row_blocks(w.indptr, y.shape[1])
    if len(blocks) == 1:
        return _cg_block(x0, y, w, b, gram, reg, steps)
    out = np.empty_like(x0)
    per_row = np.ndim(reg) > 0
    reg_rows = np.asarray(reg) if per_row else reg

    def solve(s: int, e: int) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        r = reg_rows[s:e] if per_row else reg_rows  # type: ignore[index]
        out[s:e] = _cg_block(x0[s:e], y, rows_of(w, s, e), b[s:e], gram, r, steps)

    for_each_block(solve, blocks, run)
    return out


def _cg_block(
    x0: np.ndarray,
    y: np.ndarray,
    w: sp.csr_matrix,
    b: np.ndarray,
    gram: np.ndarray | None,
    reg: float | np.ndarray,
    steps: int,
) -> np.ndarray:
    """:func:`batched_cg` on one block of rows, in the calling thread."""
    counts = np.diff(w.indptr)
    rows = np.repeat(np.arange(w.shape[0], dtype=np.int32), counts)  # the row of each entry
    indices, weights = w.indices, w.data
    nnz = len(indices)
    scratch = sp.csr_matrix((weights.copy(), w.indices, w.indptr), shape=w.shape)
    reg_col = np.asarray(reg, dtype=np.float32).reshape(-1, 1) if np.ndim(reg) else reg
    # The entries' factor pairs are gathered a chunk at a time into two buffers kept for the
    # whole half-step. Gathering all of them at once (two nnz x f arrays, 256 MB on a million
    # entries of 32 factors, fresh for every product) cost 10x the memory and, in page faults
    # and cache misses, 2.3x the time (1M synthetic interactions: 0.69 -> 0.30 s CPU a
    # half-step, the same figures to the last bit).
    size = min(CG_CHUNK, max(nnz, 1))
    buf_y = np.empty((size, y.shape[1]), dtype=y.dtype)
    buf_v = np.empty((size, x0.shape[1]), dtype=x0.dtype)

    def matvec(v: np.ndarray) -> np.ndarray:
        # w_ui * (y_i . v_u) for every entry, then sum_i of those times y_i per row.
        dots = scratch.data
        for start in range(0, nnz, size):
            end = min(nnz, start + size)
            gy, gv = buf_y[: end - start], buf_v[: end - start]
            np.take(y, indices[start:end], axis=0, out=gy)
            np.take(v, rows[start:end], axis=0, out=gv)
            np.einsum("ij,ij->i", gy, gv, out=dots[start:end])
        np.multiply(weights, dots, out=dots)
        out = scratch @ y
        if gram is not None:
            out += v @ gram
        out += reg_col * v
        return out

    return conjugate_gradient_rows(matvec, x0, b, steps)[0]


#: Work (floating-point operations) between two progress / cancel checks of the blocked dense
#: kernels below: about a quarter of a second on a laptop core pair (~60 GFLOP/s in float32).
CHUNK_FLOPS = 1.5e10


def _block_size(n: int, block: int | None) -> int:
    """Rows per block so that one step (at most ``2 * block * n^2`` flops) stays short."""
    if block is not None:
        return max(1, int(block))
    return int(np.clip(CHUNK_FLOPS / max(2.0 * n * n, 1.0), 32, 1024))


def spd_inverse_inplace(
    a: np.ndarray,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    block: int | None = None,
) -> np.ndarray:
    """Invert the symmetric positive definite C-ordered matrix ``a`` in place; return it.

    One LAPACK call (``potrf`` + ``potri``) cannot be interrupted and gives no progress, which
    breaks the engine contract for large matrices. Here the work is split into blocks of rows,
    each a few matrix products (BLAS ``gemm`` through numpy, which takes strided views without
    copies), with ``cancel`` checked and ``progress`` (0..1) reported between blocks:

    1. left-looking blocked Cholesky ``a = U^T U`` (``U`` upper), row block by row block;
    2. ``M = U^-1`` in place, row blocks from the bottom up
       (``M_kk = U_kk^-1``, ``M_k,>k = -M_kk U_k,>k M_>k,>k``);
    3. ``a^-1 = M M^T``, row blocks from the top down (each block row of the result only needs
       rows of ``M`` at or below it, which are still intact), then mirrored to the lower half.

    The temporaries are one ``block x n`` strip: memory stays at one ``n x n`` matrix. Raises
    :class:`numpy.linalg.LinAlgError` if ``a`` is not positive definite.
    """
    # Deferred: scipy.linalg takes longer to import than a whole biased-mf fit on
    # ml-latest-small, and only EASE needs it (predict-file runs must not pay for it).
    import scipy.linalg.lapack as lapack
    from scipy.linalg import solve_triangular

    n = a.shape[0]
    if a.shape != (n, n) or not a.flags.c_contiguous:
        raise ValueError("spd_inverse_inplace needs a square C-contiguous array")
    b = _block_size(n, block)
    starts = list(range(0, n, b))
    steps = 3 * len(starts)
    done = 0

    def tick(what: str) -> None:
        nonlocal done
        done += 1
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(done / steps, what)

    # 1. Cholesky, upper factor in the upper triangle of a.
    for s in starts:
        e = min(s + b, n)
        if s:
            a[s:e, s:] -= a[:s, s:e].T @ a[:s, s:]
        u_kk, info = lapack.spotrf(a[s:e, s:e], lower=0, clean=1)
        if info != 0:
            raise np.linalg.LinAlgError("matrix is not positive definite")
        a[s:e, s:e] = u_kk
        if e < n:
            a[s:e, e:] = solve_triangular(u_kk, a[s:e, e:], trans="T", lower=False)
        tick(Message("factorising"))
    # 2. M = U^-1, bottom-up; the strictly lower triangle is cleared so M is triangular.
    # The product with the triangular M_>k,>k goes by column blocks, each only over the rows
    # that are not zero in it (half the flops of one product with the whole square).
    for s in reversed(starts):
        e = min(s + b, n)
        m_kk, info = lapack.strtri(a[s:e, s:e], lower=0)
        if info != 0:
            raise np.linalg.LinAlgError("singular triangular factor")
        if e < n:
            strip = np.empty((e - s, n - e), dtype=a.dtype)
            for t in range(e, n, b):
                te = min(t + b, n)
                strip[:, t - e : te - e] = a[s:e, e:te] @ a[e:te, t:te]
            a[s:e, e:] = -m_kk @ strip
        a[s:e, s:e] = np.triu(m_kk)
        a[e:, s:e] = 0.0
        tick(Message("inverting"))
    # 3. a^-1 = M M^T: upper block rows, top-down, then mirror. Block (k, t), t >= k, is
    # M_k,>=t M_t,>=t^T (M_t is zero left of t); a block row's later columns are still M's
    # when they are read.
    for s in starts:
        e = min(s + b, n)
        for t in range(s, n, b):
            te = min(t + b, n)
            a[s:e, t:te] = a[s:e, t:] @ a[t:te, t:].T
        tick(Message("multiplying"))
    for s in starts:
        e = min(s + b, n)
        a[e:, s:e] = a[s:e, e:].T
        d = a[s:e, s:e]
        d[:] = np.triu(d) + np.triu(d, 1).T
    return a
