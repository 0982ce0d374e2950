"""``default``'s tail component on large data: RP3beta over the whole catalogue.

On data too large for the full EASE blend, ``default`` blends an EASE over the most popular
items with ALS (:mod:`.default`, the head blend). At the weights chosen there the blended top
10 is made of head items, so the tail (on the 3M synthetic file 70,000 of 75,000 items) ranks
by ALS alone, below them. RP3beta (Paudel et al., *Updatable, accurate, diverse, and scalable
recommendations for interactive applications*, 2016) ranks every item: a three-step random
walk user -> item ``i`` -> user ``v`` -> item ``j``,

    ``W_ij = sum_v (x_vi / deg_i) (x_vj / deg_v) / pop_j^beta``  (``x`` binary),

keeping each item's ``neighbours`` largest ``W_ij``; a user's score of ``j`` is the sum of
``W_ij`` over the user's items ``i``. Its cost grows with the co-occurring pairs
``sum_v deg_v^2``, not with a cube: a user with more than ``user_cap`` items takes part with a
random ``user_cap`` of them (seeded), which bounds each user's share (most of the pairs of a
power-law data set come from a few heavy users, whose walks ``1 / deg_v`` already damps).

In the blend its scores are standardised per user like every component, without a dense pass:
a user's row is sparse (zero for items no walk reaches), so its mean and variance come from
the stored entries, and ``w z = (w / std) s - w mean / std`` is a per-row constant (added to
the blend's shift) plus the sparse entries (:meth:`Rp3Recommender.sparse_z`).

Its weight is chosen on ``default``'s validation split beside the head blend's
(:func:`blend_ndcg_parts`, :func:`choose_tail`) and kept only when it beats the head blend
without it by more than ``LEAVE_EASE_SE`` standard errors.

Measured on the 3M synthetic file (``benchmarks/README.md``, "Scaling, round 8"): on validation
splits of TRAIN the best blend with it gained 0.5-0.65 % NDCG@10 (1.5-2.2 standard errors),
but forced in, the test split's NDCG@10 fell from 0.3324 to 0.3302, for some 20 s more fit CPU
and slower scoring. So ``default`` does not try it unless asked (``tail=1``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._blend_validation import (
    LEAVE_EASE_SE,
    candidate_hits,
    component_z,
    standardise_rows,
)
from desktop_recsys.engine.base import (
    FitResult,
    Params,
    Recommender,
    _top_threshold,
    param,
    user_item_rows,
)
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn

#: Bins of a quarter octave below each row's largest value, for :func:`top_about_k`.
_BINS = 96
#: Validation users scored per block.
_BLOCK = 256
#: Candidates per user and component among which a blend's top 10 is looked for.
_CANDIDATES = 100


@dataclass(frozen=True)
class Rp3Params(Params):
    """RP3beta's popularity damping, neighbours kept per item, and the per-user item cap."""

    beta: float = param(0.5, min=0.0, max=1.0, help="popularity damping of the walk's end")
    neighbours: int = param(100, min=1, help="neighbours kept per item", limit=10_000)
    user_cap: int = param(
        500, min=0, help="a user takes part with at most this many items (0 = all)", limit=10**7
    )
    block: int = param(512, min=16, help="items per block of the walk's product", limit=65_536)
    seed: int = param(0, min=0, help="seed of the per-user sample", limit=2**31 - 1)


def capped_binary(matrix: sp.csr_matrix, cap: int, seed: int = 0) -> sp.csr_matrix:
    """``matrix`` as 0/1 ``float32``; a row with more than ``cap`` entries keeps a random
    ``cap`` of them (``cap`` 0: all)."""
    x = sp.csr_matrix(matrix, dtype=np.float32, copy=True)
    x.data[:] = 1.0
    deg = np.diff(x.indptr)
    if cap <= 0 or not (deg > cap).any():
        return x
    rng = np.random.default_rng(seed)
    rows = user_item_rows(x)
    order = np.lexsort((rng.random(x.nnz), rows))
    keep = np.zeros(x.nnz, dtype=bool)
    keep[order[np.arange(x.nnz) - x.indptr[rows[order]] < cap]] = True
    counts = np.bincount(rows[keep], minlength=x.shape[0])
    indptr = np.concatenate([[0], np.cumsum(counts)])
    return sp.csr_matrix((x.data[keep], x.indices[keep], indptr), shape=x.shape)


def top_about_k(block: sp.csr_matrix, k: int) -> np.ndarray:
    """Mask of ``block.data`` (positive ``float32``) keeping each row's ``k`` largest and the
    few within the same quarter octave as the ``k``-th: a histogram per row of the values'
    exponent and two leading mantissa bits, instead of a sort."""
    n = block.shape[0]
    per_row = np.diff(block.indptr)
    rows = np.repeat(np.arange(n, dtype=np.int32), per_row)
    bits = np.asarray(block.data, dtype=np.float32).view(np.int32) >> 21
    top = np.zeros(n, dtype=np.int32)
    full = per_row > 0
    top[full] = np.maximum.reduceat(bits, block.indptr[:-1][full])
    bins = np.minimum(top[rows] - bits, _BINS - 1)
    counts = np.bincount(rows * _BINS + bins, minlength=n * _BINS).reshape(n, _BINS)
    cut = np.argmax(np.cumsum(counts, axis=1) >= k, axis=1).astype(np.int32)
    cut[per_row < k] = _BINS
    return bins <= cut[rows]


def rp3_neighbours(
    matrix: sp.csr_matrix,
    params: Rp3Params,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> sp.csr_matrix:
    """RP3beta's items x items matrix ``W`` (module docstring), about ``neighbours`` per row."""
    x = capped_binary(matrix, params.user_cap, params.seed)
    deg_u = np.diff(x.indptr).astype(np.float32)
    deg_i = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float32)
    p_ui = sp.csr_matrix(sp.diags(1.0 / np.maximum(deg_u, 1.0)) @ x, dtype=np.float32)
    p_iu = sp.csr_matrix(sp.diags(1.0 / np.maximum(deg_i, 1.0)) @ x.T.tocsr(), dtype=np.float32)
    damp = np.where(deg_i > 0, np.maximum(deg_i, 1.0) ** -params.beta, 0.0).astype(np.float32)
    n = x.shape[1]
    rows_, cols_, vals_ = [], [], []
    for start in range(0, n, params.block):
        if cancel is not None:
            cancel.raise_if_cancelled()
        stop = min(start + params.block, n)
        block = sp.csr_matrix(p_iu[start:stop] @ p_ui)
        block.data *= damp[block.indices]
        # The k + 1 largest, then the item itself dropped (its own walk is among its largest).
        keep = top_about_k(block, params.neighbours + 1)
        rows = user_item_rows(block) + start
        keep &= block.indices != rows
        rows_.append(rows[keep])
        cols_.append(block.indices[keep])
        vals_.append(block.data[keep])
        if progress is not None:
            progress(stop / n, "default: the tail's neighbours")
    w = sp.csr_matrix(
        (np.concatenate(vals_), (np.concatenate(rows_), np.concatenate(cols_))),
        shape=(n, n),
        dtype=np.float32,
    )
    w.sort_indices()
    return w


class Rp3Recommender(Recommender):
    """RP3beta over every item (module docstring); a component of ``default``'s head blend,
    not an algorithm of the catalogue."""

    name = "rp3beta"
    params_type = Rp3Params

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        w = rp3_neighbours(dataset.matrix, self.params, progress, cancel)
        return {"w_data": w.data, "w_indices": w.indices, "w_indptr": w.indptr}, {}

    def _prepare(self) -> None:
        n = len(self._item_ids)
        s = self._state
        self._w = sp.csr_matrix((s["w_data"], s["w_indices"], s["w_indptr"]), shape=(n, n))
        self._x = capped_binary(self._seen, 0)
        self._wt: sp.csc_matrix | None = None

    def sparse_scores(self, users: np.ndarray) -> sp.csr_matrix:
        """Each user's scores as a sparse row (items no walk reaches are 0)."""
        return sp.csr_matrix(self._x[users] @ self._w)

    def _score(self, users: np.ndarray) -> np.ndarray:
        return np.asarray(self.sparse_scores(users).toarray(), dtype=np.float32)

    def sparse_z(self, users: np.ndarray, weight: float) -> tuple[np.ndarray, sp.csr_matrix]:
        """``weight`` times each user's z-scores (over every item) as ``(constant, sparse)``:
        the row's value for items the walk does not reach, and the sparse entries' excess
        over it. A row without spread is all 0, as ``standardise_rows`` makes it."""
        s = self.sparse_scores(users)
        n = max(len(self._item_ids), 1)
        total = np.asarray(s.sum(axis=1), dtype=np.float64).ravel()
        square = np.asarray(s.multiply(s).sum(axis=1), dtype=np.float64).ravel()
        mean = total / n
        std = np.sqrt(np.maximum(square / n - mean * mean, 0.0))
        scale = np.divide(weight, std, out=np.zeros_like(std), where=std > 0)
        out = sp.csr_matrix(sp.diags(scale.astype(np.float32)) @ s, dtype=np.float32)
        return (-mean * scale), out

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        if self._wt is None:
            self._wt = self._w.tocsc()
        col = self._wt[:, item]
        row = self._x[user]
        w = np.asarray(col[row.indices].todense()).ravel()
        return "item", [(int(j), float(v)) for j, v in zip(row.indices, w, strict=True) if v]


def blend_ndcg_parts(
    z_of: list,
    seen: sp.csr_matrix,
    held_out: sp.csr_matrix,
    combos: np.ndarray,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """NDCG@10 (binary gains) of every user of ``held_out`` for every row of ``combos``
    (weights of the components, in the order of ``z_of``: functions from user indices to
    their z-scores), the users' ``seen`` items skipped. Each blend's top 10 is looked for among
    the union of every component's top 100 of the user (as ``blend_ndcg`` does for two)."""
    held_out = sp.csr_matrix(held_out, copy=True)
    held_out.sort_indices()
    users = np.flatnonzero(np.diff(held_out.indptr) > 0)
    n_items = held_out.shape[1]
    discount = 1.0 / np.log2(np.arange(2, 12))
    per_user = np.zeros((len(users), len(combos)))
    for start in range(0, len(users), _BLOCK):
        if cancel is not None:
            cancel.raise_if_cancelled()
        block = users[start : start + _BLOCK]
        b = len(block)
        zs = [np.asarray(f(block), dtype=np.float32) for f in z_of]
        sub = seen[block]
        sub_rows = user_item_rows(sub)
        pick = np.zeros((b, n_items), dtype=bool)
        for z in zs:
            z[sub_rows, sub.indices] = -np.inf
            k = min(_CANDIDATES, n_items)
            kth = _top_threshold(z, k) if k < n_items else np.full(b, -np.inf, np.float32)
            pick |= z >= kth[:, None]
        rows, cols = np.divmod(np.flatnonzero(pick), n_items)
        del pick
        cand = np.stack([z[rows, cols] for z in zs])  # components x candidates
        del zs
        truth = held_out[block]
        pos, hits = candidate_hits(rows, cols, truth, n_items)
        width = hits.shape[1]
        ideal = np.cumsum(discount)[np.minimum(np.diff(truth.indptr), 10) - 1]
        top_k = min(10, width)
        for n, weights in enumerate(combos):
            v = np.full((b, width), -np.inf, dtype=np.float32)
            with np.errstate(invalid="ignore"):  # 0 * -inf on seen items: dropped below
                blend = np.tensordot(np.asarray(weights, dtype=np.float32), cand, axes=1)
            v[rows, pos] = np.where(np.isfinite(blend), blend, -np.inf)
            top = np.argpartition(-v, top_k - 1, axis=1)[:, :top_k]
            top_v = np.take_along_axis(v, top, axis=1)
            order = np.argsort(-top_v, axis=1, kind="stable")
            top = np.take_along_axis(top, order, axis=1)
            good = np.isfinite(np.take_along_axis(top_v, order, axis=1))
            gains = np.take_along_axis(hits, top, axis=1) & good
            per_user[start : start + b, n] = (gains * discount[:top_k]).sum(axis=1) / ideal
    return per_user


def choose_tail(per_user: np.ndarray, base: int, candidates: list[int]) -> int:
    """Index (column of ``per_user``, users x combos) of the blend to use: the best of
    ``candidates`` (blends with the tail component) if it beats column ``base`` (the head
    blend without it) by more than ``LEAVE_EASE_SE`` standard errors of the paired per-user
    difference; else ``base``."""
    if not candidates or per_user.shape[0] < 2:
        return base
    means = per_user.mean(axis=0)
    best = max(candidates, key=lambda c: means[c])
    diff = per_user[:, best] - per_user[:, base]
    se = float(diff.std(ddof=1) / np.sqrt(len(diff)))
    return best if diff.mean() > LEAVE_EASE_SE * se else base


#: RP3beta's weights tried beside the head blend (ALS takes the rest), and how far EASE's
#: weight may step down from the head blend's choice to make room for it. On the 3M synthetic
#: file's validation split the best blends moved EASE from 0.9 to 0.7-0.8 (benchmarks/README.md).
TAIL_WEIGHTS = (0.1, 0.2, 0.3)
EASE_STEPS = (0.0, 0.1, 0.2)
#: With ``tail=-1`` the tail is tried only when the head EASE covers less than this share of
#: the items (the 1M and 3M synthetic files: 13 % and 6 %); elsewhere EASE ranks most of them.
TAIL_HEAD_SHARE = 0.2


def tail_combos(head_weight: float) -> np.ndarray:
    """Weights ``[ease, als, rp3beta]`` to compare: first the head blend as chosen, then each
    blend with RP3beta (:data:`TAIL_WEIGHTS`, EASE stepped down by :data:`EASE_STEPS`)."""
    rows = [(head_weight, round(1.0 - head_weight, 3), 0.0)]
    for step in EASE_STEPS:
        we = round(head_weight - step, 3)
        if we < 0 or (step > 0 and head_weight == 0):
            continue
        for wr in TAIL_WEIGHTS:
            if we + wr <= 1.0 + 1e-9:
                rows.append((we, abs(round(1.0 - we - wr, 3)), wr))
    return np.array(rows)


def choose_tail_blend(
    ease: Recommender | None,
    als: Recommender,
    part: Dataset,
    held: sp.csr_matrix,
    head_weight: float,
    params: Rp3Params,
    cancel: CancelToken | None = None,
) -> tuple[np.ndarray, Rp3Recommender | None, dict]:
    """RP3beta fitted on ``part`` (the validation's training part) and judged beside the
    head blend on ``held``: ``(weights [ease, als, rp3beta], the model or None, report)``.

    The model is kept (and served: its neighbours from ``part``, missing only the held-out
    users' held-out 20 %, which spares a second fit) only when a blend with it beats the head
    blend as chosen by more than ``LEAVE_EASE_SE`` standard errors (:func:`choose_tail`).
    """
    rp3 = Rp3Recommender(params).fit(part, cancel=cancel)
    combos = tail_combos(head_weight)
    z_of = [lambda b: component_z(als, als._score(b)), lambda b: standardise_rows(rp3._score(b))]
    columns = [1, 2]
    if ease is not None and (combos[:, 0] > 0).any():
        z_of.insert(0, lambda b: component_z(ease, ease._score(b)))
        columns = [0, 1, 2]
    per_user = blend_ndcg_parts(z_of, part.matrix, held, combos[:, columns], cancel)
    best = choose_tail(per_user, 0, list(range(1, len(combos))))
    means = per_user.mean(axis=0)
    report = {
        "weights": [[float(v) for v in c] for c in combos],
        "ndcg_at_10": [round(float(v), 5) for v in means],
        "chosen": int(best),
    }
    if len(per_user) > 1:
        diff = per_user[:, best] - per_user[:, 0]
        report["standard_error"] = round(float(diff.std(ddof=1) / np.sqrt(len(diff))), 5)
    return combos[best], (rp3 if best != 0 else None), report
