"""``biased-mf``: matrix factorisation with user and item biases for explicit ratings.

``r_ui ~ mu + b_u + b_i + p_u . q_i``, fitted on the observed ratings only by alternating
least squares with weighted-lambda regularisation (Zhou et al., "Large-scale parallel
collaborative filtering for the Netflix prize", 2008: the penalty of a row grows with its
number of ratings). The objective is

    J = sum_obs (r_ui - mu - b_u - b_i - p_u . q_i)^2
        + reg * (sum_u n_u (|p_u|^2 + b_u^2) + sum_i n_i (|q_i|^2 + b_i^2))

(``n_u``, ``n_i``: numbers of ratings, at least 1). Biases ride along as extra factor columns:
when solving users, the item vectors are ``[q_i, 1]`` and the unknowns ``[p_u, b_u]``; when
solving items, the user vectors are ``[p_u, 1]`` and the unknowns ``[q_i, b_i]``.

What makes it quick (the whole ``predict-file`` process is what people wait for):

- **Start**: ``mu`` and regularised baseline biases (as Surprise's ``BaselineOnly``), then the
  factors from a truncated SVD of the baseline residuals (a randomised range finder with one
  power iteration, Halko, Martinsson and Tropp 2011; missing cells count as 0). The
  alternation starts next to a good answer: on the validation split carved from the
  ml-latest-small TRAIN split, 3 passes from this start beat 12 passes from small random
  factors.
- **Each half-step** solves every row's ``(Z_u^T Z_u + reg n_u I) x_u = Z_u^T t_u`` either
  *exactly* (rows with at least as many ratings as unknowns: their normal matrices are built
  with one small matrix product each and solved together in ``float64``) or with a few
  *conjugate-gradient* steps warm-started from the previous pass, all rows at once (rows with
  few ratings, whose systems have few distinct eigenvalues: CG is then nearly exact too, and a
  normal matrix per row would cost more than the ratings it summarises).

**Training loss** (``metrics["loss"]`` of every pass's progress report, with ``metrics["epoch"]``):
``J / nnz`` after the pass, i.e. the regularised objective above per observed rating. It needs
no extra pass over the ratings: for a row solved with right-hand side ``b = Z^T t`` and
residual ``s = b - A x``, ``|t - Z x|^2 + reg_u |x|^2 = t . t - x . (b + s)``. Every half-step
lowers ``J`` (an exact solve minimises it over the side; warm-started CG steps never raise a
row's quadratic), so the reported loss falls from pass to pass.

Predictions are clipped to the range of the training ratings. Unknown users get
``mu + b_i``, unknown items ``mu + b_u``, both unknown ``mu``.

**Lists** (issue 15): a predicted rating is no ranking signal on its own. Ranked by it over the
whole catalogue, ml-latest-small's NDCG@10 was 0.001 (popularity: 0.16), since the highest
predictions go to obscure items a few people loved. So a list is made by a top-N model (the
``candidates`` parameter: ``item-knn`` by default, cheap at any size; ``ease`` or ``als``) and
only its first ``pool`` candidates of the user are re-ordered by predicted rating; the rest of
the catalogue follows in the top-N model's order. On the seed-42 ml-latest-small split
(``benchmarks/README.md``): NDCG@10 0.306 with ``item-knn`` and a pool of 10 (item-knn alone:
0.322), 0.336 with ``ease`` (EASE alone: 0.359); larger pools lose (item-knn: 0.267 at 20,
0.147 at 100). ``candidates=none`` ranks by predicted rating alone, as before. ``predict`` is
the rating model's in every case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine._memory import check_factor_memory
from desktop_recsys.engine.algorithms._nested import fit_inner, pack_inner, unpack_inner
from desktop_recsys.engine.algorithms._solvers import (
    blas_threads_for,
    conjugate_gradient_rows,
    row_dot,
)
from desktop_recsys.engine.algorithms.als import AlsRecommender, FactorModel
from desktop_recsys.engine.algorithms.ease import EaseRecommender
from desktop_recsys.engine.algorithms.knn import ItemKnnRecommender
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler
from desktop_recsys.progress import Message

#: Most ratings solved between two progress reports / cancel checks: at most half a second of
#: work on 2 busy cores (3.7M synthetic ratings; a fit then took 20 s, against 24 s with 500k).
CHUNK_NNZ = 200_000
#: Most normal-matrix cells of exactly solved rows held at once (some 20 MB with the float64
#: copy): bounds the memory of a chunk of rows that each have many ratings.
CHUNK_CELLS = 1_000_000
#: Extra columns of the randomised range finder beyond ``factors`` (Halko et al.: 5 to 10).
OVERSAMPLING = 10
#: Top-N models that may propose the candidates a list re-orders by predicted rating.
_CANDIDATES: dict[str, type[Recommender]] = {
    cls.name: cls for cls in (ItemKnnRecommender, EaseRecommender, AlsRecommender)
}


@dataclass(frozen=True)
class BiasedMfParams(Params):
    """Hyper-parameters of biased matrix factorisation.

    Chosen on a validation split carved from the ml-latest-small TRAIN split (seed 7 inside
    the seed-42 TRAIN; the test part never used). From the SVD start, 48 factors, a
    per-rating penalty of 0.13 and 3 passes gave a validation RMSE of 0.8685, against 0.8708
    for the former 64 factors and 12 passes of 4 CG steps from small random factors, in a
    sixth of the fit time (0.4 s against 2.2-3.5 s, 2 busy cores). Around it: 32 factors
    0.8705-0.8715 (penalty 0.12-0.15), 64 factors 0.8685-0.8688, 2 / 5 passes 0.8691 / 0.8691.
    """

    factors: int = param(48, min=1, help="latent dimensions", limit=4_096)
    regularization: float = param(
        0.13, min=0.0, help="L2 penalty per rating (weighted lambda)", limit=1e6
    )
    bias_regularization: float = param(
        5.0, min=0.0, help="shrinkage of the initial biases", limit=1e6
    )
    iterations: int = param(3, min=1, help="alternating passes", limit=1_000)
    cg_steps: int = param(
        2,
        min=1,
        help="conjugate-gradient steps per pass for rows with fewer ratings than factors",
        limit=100,
    )
    seed: int = param(42, min=0, help="random seed of the SVD start", limit=2**32 - 1)
    candidates: str = param(
        "item-knn",
        choices=("item-knn", "ease", "als", "none"),
        help="top-N model whose candidates a list re-orders by predicted rating (none: rank "
        "the whole catalogue by predicted rating)",
    )
    pool: int = param(
        10, min=1, help="candidates per user re-ordered by predicted rating", limit=10_000
    )


def _baseline(
    m: sp.csr_matrix, mu: float, reg: float, step: Callable[[], None], passes: int = 10
) -> tuple[np.ndarray, np.ndarray]:
    """Regularised user and item biases by alternating averages (as Surprise's BaselineOnly).

    ``step`` is called after every pass (progress and cancel on large data).
    """
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    cols = m.indices
    r = m.data.astype(np.float64) - mu
    n_u = np.bincount(rows, minlength=m.shape[0])
    n_i = np.bincount(cols, minlength=m.shape[1])
    bu = np.zeros(m.shape[0])
    bi = np.zeros(m.shape[1])
    for _ in range(passes):
        bi = np.bincount(cols, weights=r - bu[rows], minlength=m.shape[1]) / (reg + n_i)
        bu = np.bincount(rows, weights=r - bi[cols], minlength=m.shape[0]) / (reg + n_u)
        step()
    return bu.astype(np.float32), bi.astype(np.float32)


def svd_start(
    residuals: sp.csr_matrix,
    factors: int,
    rng: np.random.Generator,
    step: Callable[[], None] = lambda: None,
) -> tuple[np.ndarray, np.ndarray]:
    """Row and column factors ``U sqrt(S)``, ``V sqrt(S)`` of a rank-``factors`` truncated SVD.

    Randomised (a Gaussian range finder with one power iteration); ``float32``. Columns beyond
    the matrix's rank are zero. ``step`` is called after every product with the matrix.
    """
    n, m = residuals.shape
    width = min(factors + OVERSAMPLING, n, m)
    a = residuals.astype(np.float64)
    q, _ = np.linalg.qr(a @ rng.standard_normal((m, width)))
    step()
    at_q = a.T @ q
    step()
    q, _ = np.linalg.qr(a @ at_q)  # one power iteration: sharper for a slow spectrum
    step()
    small = np.asarray(a.T @ q)  # m x width: the residuals in the found range, transposed
    step()
    # SVD of the thin small.T through the eigenvectors of its width x width Gram matrix: a
    # tenth of the time of numpy's SVD of the wide matrix, and precise enough for a start.
    eigvals, eigvecs = np.linalg.eigh(small.T @ small)
    order = np.argsort(eigvals)[::-1][:factors]
    s = np.sqrt(np.maximum(eigvals[order], 0.0))
    keep = s > 1e-9 * max(float(s[0]), 1e-300) if len(s) else s > 0
    s, u_small = s[keep], eigvecs[:, order[keep]]
    k = len(s)
    x = np.zeros((n, factors), np.float32)
    y = np.zeros((m, factors), np.float32)
    x[:, :k] = (q @ u_small) * np.sqrt(s)  # U sqrt(S)
    y[:, :k] = (small @ u_small) / np.sqrt(s)  # V S / sqrt(S) = V sqrt(S)
    return x, y


class _Side:
    """One side of the alternation (users or items): how each of its rows is solved.

    ``matrix`` holds the side's ratings (rows: the side's users or items). Rows with at least
    ``unknowns`` ratings are solved exactly, the others by conjugate gradient; both groups are
    cut into chunks of at most :data:`CHUNK_NNZ` ratings (and exact ones of at most
    :data:`CHUNK_CELLS` normal-matrix cells).
    """

    def __init__(self, matrix: sp.csr_matrix, unknowns: int, reg: float) -> None:
        counts = np.diff(matrix.indptr)
        self.reg = (reg * np.maximum(counts, 1)).astype(np.float64)
        exact = counts >= unknowns
        self.chunks: list[tuple[bool, np.ndarray, sp.csr_matrix]] = []
        for is_exact in (True, False):
            rows = np.flatnonzero(exact == is_exact)
            if len(rows) == 0:
                continue
            sub = matrix[rows]
            max_rows = max(1, CHUNK_CELLS // unknowns**2) if is_exact else len(rows)
            bounds = [0]
            ends = sub.indptr[1:]
            while bounds[-1] < len(rows):
                start = bounds[-1]
                stop = int(np.searchsorted(ends, sub.indptr[start] + CHUNK_NNZ, side="right"))
                bounds.append(max(min(stop, start + max_rows), start + 1))
            for a, b in zip(bounds[:-1], bounds[1:], strict=True):
                self.chunks.append((is_exact, rows[a:b], sub[a:b]))

    def solve(
        self,
        current: np.ndarray,
        z: np.ndarray,
        offsets: np.ndarray,
        mu: float,
        cg_steps: int,
        tick: Callable[[], None],
    ) -> tuple[np.ndarray, float]:
        """New unknowns of every row, and ``sum_rows |t - Z x|^2 + reg_row |x|^2``.

        ``z`` are the other side's vectors ``[factors, 1]``, ``offsets`` its biases (the
        target of a rating is ``r - mu - offset``), ``current`` the warm start.
        """
        out = current.copy()
        total = 0.0
        for is_exact, rows, sub in self.chunks:
            t = sub.data - np.float32(mu) - offsets[sub.indices]
            rhs = sp.csr_matrix((t, sub.indices, sub.indptr), shape=sub.shape) @ z
            reg = self.reg[rows]
            if is_exact:
                x, resid = _exact_solve(z, sub, rhs, reg)
            else:
                x, resid = _cg_solve(out[rows], z, sub, rhs, reg, cg_steps)
            out[rows] = x
            t64 = t.astype(np.float64)
            total += float(t64 @ t64) - float(np.sum(x * (rhs + resid), dtype=np.float64))
            tick()
        return out, total


def _exact_solve(
    z: np.ndarray, sub: sp.csr_matrix, rhs: np.ndarray, reg: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``(Z_u^T Z_u + reg_u I) x_u = rhs_u`` for every row, by its normal matrix (``float64``)."""
    k = z.shape[1]
    gathered = z[sub.indices]
    ptr = sub.indptr
    normal = np.empty((sub.shape[0], k, k), dtype=np.float32)
    for row in range(sub.shape[0]):
        g = gathered[ptr[row] : ptr[row + 1]]
        np.matmul(g.T, g, out=normal[row])
    a = normal.astype(np.float64)
    a[:, np.arange(k), np.arange(k)] += np.maximum(reg, 1e-9)[:, None]  # reg 0: still solvable
    b = rhs.astype(np.float64)
    x = np.linalg.solve(a, b[:, :, None])[:, :, 0]
    resid = b - np.einsum("nkl,nl->nk", a, x)
    return x.astype(np.float32), resid.astype(np.float32)


def _cg_solve(
    x0: np.ndarray,
    z: np.ndarray,
    sub: sp.csr_matrix,
    rhs: np.ndarray,
    reg: np.ndarray,
    steps: int,
) -> tuple[np.ndarray, np.ndarray]:
    """``steps`` batched conjugate-gradient iterations from ``x0``; ``(x, b - A x)``.

    As :func:`~._solvers.batched_cg` with unit weights and no shared Gram matrix, but also
    returning the residual, which the training loss needs.
    """
    counts = np.diff(sub.indptr)
    gathered = z[sub.indices]
    scratch = sp.csr_matrix(
        (np.empty(sub.nnz, np.float32), sub.indices, sub.indptr), shape=sub.shape
    )
    reg_col = reg.astype(np.float32)[:, None]

    def matvec(v: np.ndarray) -> np.ndarray:
        # Repeating each row of v by its count is the gather v[rows] (CSR rows are contiguous).
        scratch.data = row_dot(gathered, np.repeat(v, counts, axis=0))
        out = scratch @ z
        out += reg_col * v
        return out

    return conjugate_gradient_rows(matvec, x0, rhs, steps)


class BiasedMfRecommender(FactorModel):
    """Rating prediction with biases and latent factors (ALS with weighted-lambda)."""

    name = "biased-mf"
    params_type = BiasedMfParams
    predicts_ratings = True

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        check_factor_memory(self.name, dataset.n_users, dataset.n_items, p.factors)
        rng = np.random.default_rng(p.seed)
        m = dataset.matrix
        mu = float(m.data.mean()) if m.nnz else 0.0
        # One BLAS thread: the dense products here are tiny (see blas_threads_for).
        share = 1.0 if p.candidates == "none" else 0.8
        with blas_threads_for((dataset.n_users + dataset.n_items) * p.factors * p.factors * 8):
            pu, bu, qi, bi = self._alternate(
                m, mu, rng, ProgressScaler(progress, 0.0, share), cancel
            )
        lo, hi = (float(m.data.min()), float(m.data.max())) if m.nnz else (0.0, 0.0)
        arrays = {
            # Scoring as a plain factor model: [p_u, b_u, 1] . [q_i, 1, b_i] + mu.
            "user_factors": np.hstack([pu, bu[:, None], np.ones((len(pu), 1), np.float32)]),
            "item_factors": np.hstack([qi, np.ones((len(qi), 1), np.float32), bi[:, None]]),
            "item_bias": np.full(len(qi), mu, dtype=np.float32),
            "user_bias_only": bu,
            "item_bias_only": bi,
        }
        meta: dict[str, object] = {"mu": mu, "min_rating": lo, "max_rating": hi}
        if p.candidates != "none":
            inner = fit_inner(
                _CANDIDATES[p.candidates], None, dataset, progress, cancel, (share, 1.0)
            )
            inner_arrays, meta["candidates"] = pack_inner("candidates", inner)
            arrays.update(inner_arrays)
        return arrays, meta

    def _prepare(self) -> None:
        super()._prepare()
        self._candidates: Recommender | None = None
        if "candidates" in self._meta:  # models saved before issue 15 have none
            self._candidates = unpack_inner(
                "candidates",
                self._meta["candidates"],
                self._state,
                self._common,
                self.fingerprint or "",
                _CANDIDATES,
            )

    def _score(self, users: np.ndarray) -> np.ndarray:
        """Predicted ratings for the top-N model's first ``pool`` candidates of each user,
        above every other item, which follow in the top-N model's order (module docs)."""
        rating = super()._score(users)
        if self._candidates is None:
            return rating
        # float32 and in place: a block of users x the catalogue, a few copies at most.
        base = np.array(self._candidates._score(users), dtype=np.float32)
        seen = self._seen[users]
        base[np.repeat(np.arange(len(users)), np.diff(seen.indptr)), seen.indices] = -np.inf
        pool = min(self.params.pool, base.shape[1])
        neg = np.negative(base)
        neg.partition(pool - 1, axis=1)
        kth = -neg[:, pool - 1]
        del neg
        # Only items the top-N model relates to the user at all (score above 0): an item-kNN
        # row has zeros for everything unrelated, which no rating should lift into the list.
        chosen = (base >= kth[:, None]) & (base > 0) & np.isfinite(base)
        lo = np.float32(self._meta["min_rating"])
        # The rest in the top-N model's order, strictly below the lowest possible rating:
        # lo - 2 + (score / its largest magnitude + 1) / 2, within [lo - 2, lo - 1].
        base[~np.isfinite(base)] = 0.0
        spread = np.abs(base).max(axis=1, keepdims=True)
        base /= np.where(spread > 0, spread, np.float32(1.0))
        base += np.float32(1.0)
        base *= np.float32(0.5)
        base += lo - np.float32(2.0)
        clipped = np.clip(rating, lo, np.float32(self._meta["max_rating"]))
        return np.where(chosen, clipped, base).astype(np.float32, copy=False)

    def _alternate(
        self,
        m: sp.csr_matrix,
        mu: float,
        rng: np.random.Generator,
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The start, then the alternating passes: ``(pu, bu, qi, bi)`` after all of them."""
        p = self.params
        n = p.iterations

        def starting() -> None:
            # The start is a few passes over the ratings: silent for seconds on large data
            # without these reports (their fraction stays 0: its share is not known yet).
            message = Message(
                "{algorithm}: epoch {epoch} of {epochs}", algorithm=self.name, epoch=1, epochs=n
            )
            progress(0.0, message)
            cancel.raise_if_cancelled()

        bu, bi = _baseline(m, mu, p.bias_regularization, starting)
        rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
        residuals = sp.csr_matrix(
            (m.data - mu - bu[rows] - bi[m.indices], m.indices, m.indptr), shape=m.shape
        )
        pu, qi = svd_start(residuals, p.factors, rng, starting)
        users = _Side(m, p.factors + 1, p.regularization)
        items = _Side(m.T.tocsr(), p.factors + 1, p.regularization)
        per_epoch = len(users.chunks) + len(items.chunks) + 1
        # Units of work: the start, then per pass its chunks of rows and its end.
        total = 1 + n * per_epoch
        done = 0

        def tick() -> None:
            # Progress and a cancel check after the start and after every chunk of rows.
            nonlocal done
            done += 1
            message = Message(
                "{algorithm}: epoch {epoch} of {epochs}",
                algorithm=self.name,
                epoch=(done - 1) // per_epoch + 1,
                epochs=n,
            )
            progress(done / total, message)
            cancel.raise_if_cancelled()

        tick()  # the start is done

        ones_i = np.ones((len(qi), 1), np.float32)
        ones_u = np.ones((len(pu), 1), np.float32)
        for epoch in range(n):
            cancel.raise_if_cancelled()
            # Users: features [q_i, 1], unknowns [p_u, b_u], target r - mu - b_i.
            sol, _ = users.solve(
                np.hstack([pu, bu[:, None]]), np.hstack([qi, ones_i]), bi, mu, p.cg_steps, tick
            )
            pu, bu = sol[:, :-1], sol[:, -1].copy()
            user_penalty = float(users.reg @ row_dot(sol, sol).astype(np.float64))
            # Items: features [p_u, 1], unknowns [q_i, b_i], target r - mu - b_u.
            sol, items_part = items.solve(
                np.hstack([qi, bi[:, None]]), np.hstack([pu, ones_u]), bu, mu, p.cg_steps, tick
            )
            qi, bi = sol[:, :-1], sol[:, -1].copy()
            done += 1
            loss = (items_part + user_penalty) / max(m.nnz, 1)
            progress(
                done / total,
                Message(
                    "{algorithm}: epoch {epoch} of {epochs}",
                    algorithm=self.name,
                    epoch=epoch + 1,
                    epochs=n,
                    metrics={"epoch": epoch + 1, "loss": loss},
                ),
            )
        return np.ascontiguousarray(pu), bu, np.ascontiguousarray(qi), bi

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        raw = super()._predict_pairs(users, items)
        return np.clip(raw, self._meta["min_rating"], self._meta["max_rating"])

    def _fallback_predictions(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        bu, bi = self._state["user_bias_only"], self._state["item_bias_only"]
        out = np.full(len(users), self._meta["mu"], dtype=np.float64)
        out += np.where(users >= 0, bu[np.maximum(users, 0)], 0.0)
        out += np.where(items >= 0, bi[np.maximum(items, 0)], 0.0)
        return np.clip(out, self._meta["min_rating"], self._meta["max_rating"])
