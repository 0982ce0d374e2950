"""How ``default`` chooses a blend: the validation split it carves from its training data, the
per-user NDCG@10 of every blend weight on it, and the rule that picks a weight.

Split out of :mod:`.default` (which re-exports these names); see its docstring for the rule.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.base import Recommender, _top_threshold, user_item_rows
from desktop_recsys.engine.progress import CancelToken, ProgressFn

#: Blend weights of EASE tried on the validation split.
WEIGHT_GRID = tuple(np.round(np.linspace(0.0, 1.0, 11), 2).tolist())
#: Validation protocol (``EVALUATION.md`` applied to the training data, with its own seed).
VALIDATION_SEED = 7
VALIDATION_SHARE = 0.2
VALIDATION_MIN_INTERACTIONS = 5
#: Fewer validation users than this: no choice is made, EASE alone is used (too little
#: evidence to prefer anything over the simpler model).
MIN_VALIDATION_USERS = 10
#: Standard errors by which a blend must beat EASE alone on the validation split to be chosen
#: instead of it (see :func:`choose_weight`).
LEAVE_EASE_SE = 2.0
#: Candidates per user and model among which the blended top 10 is looked for (the blended
#: top 10 of any weight lies, in practice, within the union of both models' top 100).
_CANDIDATES = 100
#: Validation users scored per block (two dense blocks of users x items scores).
_BLOCK = 256


def validation_holdout(
    matrix: sp.csr_matrix, *, max_users: int, seed: int = VALIDATION_SEED
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """``(fit_part, held_out)`` of a users x items matrix, both with its shape.

    Each user with at least 5 interactions (at most ``max_users`` of them, sampled) holds out
    ``floor(0.2 * n)`` random interactions, as ``EVALUATION.md``'s protocol does.
    """
    rng = np.random.default_rng(seed)
    counts = np.diff(matrix.indptr)
    eligible = np.flatnonzero(counts >= VALIDATION_MIN_INTERACTIONS)
    if len(eligible) > max_users:
        eligible = np.sort(rng.choice(eligible, size=max_users, replace=False))
    n_out = np.zeros(matrix.shape[0], dtype=np.int64)
    n_out[eligible] = np.floor(VALIDATION_SHARE * counts[eligible]).astype(np.int64)
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    # A random rank of every entry within its row: the first n_out of each row are held out.
    order = np.lexsort((rng.random(matrix.nnz), rows))
    pos = np.arange(matrix.nnz) - matrix.indptr[rows[order]]
    held = np.zeros(matrix.nnz, dtype=bool)
    held[order[pos < n_out[rows[order]]]] = True
    coo = matrix.tocoo()
    keep = sp.csr_matrix((coo.data[~held], (coo.row[~held], coo.col[~held])), shape=matrix.shape)
    out = sp.csr_matrix((coo.data[held], (coo.row[held], coo.col[held])), shape=matrix.shape)
    return keep, out


def standardise_rows(scores: np.ndarray) -> np.ndarray:
    """Per-row z-scores (``float32``, in place when ``scores`` already is); a row without
    spread becomes 0."""
    s = np.asarray(scores, dtype=np.float32)
    mean = s.mean(axis=1, keepdims=True)
    s -= mean
    # Variance as a row dot product: no squared temporary the size of the block.
    std = np.sqrt(np.einsum("ij,ij->i", s, s) / max(s.shape[1], 1))[:, None]
    np.divide(s, std, out=s, where=std > 0)
    s[(std <= 0)[:, 0]] = 0.0
    return s


def component_z(model: Recommender, scores: np.ndarray) -> np.ndarray:
    """A blend component's scores standardised per row (:func:`standardise_rows`).

    An EASE over only the most popular items (``max_items``: ``default``'s head blend on large
    data) scores the rest ``-inf``: its rows are standardised over the items it keeps, and the
    others get the row's lowest standardised score, so that in the blend they rank by the other
    component's score, below items the head model likes.
    """
    kept = getattr(model, "_kept", None)
    if kept is None:
        return standardise_rows(scores)
    part = standardise_rows(np.ascontiguousarray(np.asarray(scores)[:, kept]))
    return _spread(part, kept, np.asarray(scores).shape[1])


def _users_z(model: Recommender, users: np.ndarray) -> np.ndarray:
    """:func:`component_z` of ``model``'s scores of ``users``; a head EASE's from the scores of
    its own items (``score_kept``), without the block of ``-inf`` around them."""
    kept = getattr(model, "_kept", None)
    if kept is None:
        return standardise_rows(model._score(users))
    part = standardise_rows(np.asarray(model.score_kept(users), dtype=np.float32))  # type: ignore[attr-defined]
    return _spread(part, kept, len(model._item_ids))


def _spread(part: np.ndarray, kept: np.ndarray, n_items: int) -> np.ndarray:
    """The kept items' z-scores ``part`` in a row of ``n_items``, the others at the row's lowest."""
    low = part.min(axis=1, keepdims=True) if part.shape[1] else np.zeros((len(part), 1))
    out = np.empty((part.shape[0], n_items), dtype=np.float32)
    out[:] = low
    out[:, kept] = part
    return out


def _top_candidates(
    se: np.ndarray, sa: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows and columns of the union of both score blocks' top ``k`` per row (row-major).

    Each row's cut comes from :func:`~desktop_recsys.engine.base._top_threshold` (one pass of
    chunk maxima instead of a partition of the whole block): it is the ``k``-th largest score
    or a little under it, so a row may bring a few more candidates; ties at the cut do too.
    """
    n = se.shape[1]
    k = min(k, n)
    if k < n:  # the k-th largest, or a little under it (a few more candidates): see base
        kth_e = _top_threshold(se, k)
        kth_a = _top_threshold(sa, k)
    else:
        kth_e = se.min(axis=1)
        kth_a = sa.min(axis=1)
    # Flat indices of the mask: a 2-D nonzero costs ten times as much (base._rows_cols_at_least).
    flat = np.flatnonzero((se >= kth_e[:, None]) | (sa >= kth_a[:, None]))
    return (*np.divmod(flat, n), np.array(k))


def _block_candidates(
    ease: Recommender, als: Recommender, block: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rows, columns (row-major) and both models' z-scores of the union of their top
    :data:`_CANDIDATES` unseen items for the users ``block`` (seen items: ``-inf``).

    A head EASE (``max_items``) is read on its own columns: its top items are among them, and
    an item outside them has its row's lowest z-score (:func:`component_z`) without a block of
    copies of it the width of the catalogue (on 74,808 items, 70,578 of them; the validation
    took about a sixth of the 3M file's fit).
    """
    seen = ease._seen[block]
    seen_rows = user_item_rows(seen)
    sa = _users_z(als, block)
    sa[seen_rows, seen.indices] = -np.inf
    kept = getattr(ease, "_kept", None)
    if kept is None:
        se = _users_z(ease, block)
        se[seen_rows, seen.indices] = -np.inf
        rows, cols, _ = _top_candidates(se, sa, _CANDIDATES)
        return rows, cols, se[rows, cols], sa[rows, cols]
    n = sa.shape[1]
    part = standardise_rows(np.asarray(ease.score_kept(block), dtype=np.float32))  # type: ignore[attr-defined]
    low = part.min(axis=1) if part.shape[1] else np.zeros(len(block), dtype=np.float32)
    position = np.full(n, -1, dtype=np.int64)  # catalogue -> head column
    position[kept] = np.arange(len(kept))
    inside = position[seen.indices] >= 0
    part[seen_rows[inside], position[seen.indices[inside]]] = -np.inf
    keys = []
    for scores, columns in ((part, kept), (sa, None)):
        k = min(_CANDIDATES, scores.shape[1])
        if k == 0:
            continue
        kth = _top_threshold(scores, k) if k < scores.shape[1] else scores.min(axis=1)
        flat = np.flatnonzero(scores >= kth[:, None])
        r, c = np.divmod(flat, scores.shape[1])
        keys.append(r * n + (c if columns is None else columns[c]))
    rows, cols = np.divmod(np.unique(np.concatenate(keys)), n)
    ca = sa[rows, cols]
    at = position[cols]
    ce = np.where(at >= 0, part[rows, np.maximum(at, 0)], low[rows])
    # A seen item outside the head: -inf too (ALS's z is finite for every unseen item).
    ce[(at < 0) & np.isneginf(ca)] = -np.inf
    return rows, cols, ce, ca


def candidate_hits(
    rows: np.ndarray, cols: np.ndarray, truth: sp.csr_matrix, n_items: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each candidate's place in its user's row and the ``users x width`` block of which
    candidates are held out (``rows`` ascending, as ``nonzero()`` gives them).

    Held-out membership is a binary search on the sorted (row, item) keys of ``truth``.
    """
    keys = user_item_rows(truth) * n_items + truth.indices
    query = rows * n_items + cols
    found = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    hit = keys[found] == query
    first = np.searchsorted(rows, np.arange(truth.shape[0]))
    pos = np.arange(len(rows)) - first[rows]
    width = int(pos.max()) + 1 if len(pos) else 1
    hits = np.zeros((truth.shape[0], width), dtype=bool)
    hits[rows, pos] = hit
    return pos, hits


def blend_ndcg(
    ease: Recommender,
    als: Recommender,
    held_out: sp.csr_matrix,
    weights: tuple[float, ...] = WEIGHT_GRID,
    cancel: CancelToken | None = None,
    progress: ProgressFn | None = None,
) -> np.ndarray:
    """NDCG@10 (binary gains) of every user of ``held_out`` (rows) for every blend weight.

    ``ease`` and ``als`` are fitted on the rest of the data (their seen items are skipped).
    Each weight's top 10 is looked for among the union of both models' top 100 of the user:
    for any weight, an item of the blended top 10 is in practice within one of them, and this
    keeps the choice at two partitions per block instead of a full ranking per weight.
    """
    held_out = held_out.copy()
    held_out.sort_indices()
    users = np.flatnonzero(np.diff(held_out.indptr) > 0)
    n_items = held_out.shape[1]
    discount = 1.0 / np.log2(np.arange(2, 12))
    per_user = np.zeros((len(users), len(weights)))
    for start in range(0, len(users), _BLOCK):
        if cancel is not None:
            cancel.raise_if_cancelled()
        block = users[start : start + _BLOCK]
        b = len(block)
        rows, cols, ce, ca = _block_candidates(ease, als, block)
        if progress is not None:  # a block of scores is the slow part: report in between
            progress((start + 0.5 * b) / len(users), "default: validating the blend")
        if cancel is not None:
            cancel.raise_if_cancelled()
        truth = held_out[block]
        pos, hits = candidate_hits(rows, cols, truth, n_items)
        width = hits.shape[1]
        ideal = np.cumsum(discount)[np.minimum(np.diff(truth.indptr), 10) - 1]
        top_k = min(10, width)
        for n, w in enumerate(weights):
            if cancel is not None and n % 3 == 2:  # the weights of a block take a while too
                cancel.raise_if_cancelled()
                if progress is not None:
                    progress((start + b * (0.5 + 0.5 * n / len(weights))) / len(users),
                             "default: validating the blend")  # fmt: skip
            v = np.full((b, width), -np.inf, dtype=np.float32)
            with np.errstate(invalid="ignore"):  # 0 * -inf for seen items: dropped below
                blend = w * ce + (1.0 - w) * ca
            v[rows, pos] = np.where(np.isfinite(blend), blend, -np.inf)
            top = np.argpartition(-v, top_k - 1, axis=1)[:, :top_k]
            top_v = np.take_along_axis(v, top, axis=1)
            order = np.argsort(-top_v, axis=1, kind="stable")
            top = np.take_along_axis(top, order, axis=1)
            good = np.isfinite(np.take_along_axis(top_v, order, axis=1))
            gains = np.take_along_axis(hits, top, axis=1) & good
            per_user[start : start + b, n] = (gains * discount[:top_k]).sum(axis=1) / ideal
        if progress is not None:
            progress((start + b) / len(users), "default: validating the blend")
    return per_user


def choose_weight(per_user: np.ndarray, weights: tuple[float, ...] = WEIGHT_GRID) -> int:
    """Index of the blend weight to use, from per-user validation NDCG (users x weights).

    The one-standard-error rule (Hastie, Tibshirani and Friedman, *The Elements of Statistical
    Learning*, 7.10): find the weight with the best mean, then take the *simplest* weight whose
    mean is within one standard error of the paired per-user difference to that best. Simplest
    means closest to EASE alone (``weights`` ascending, EASE alone last): EASE is the cheaper and
    better explained model, and the curve is flat near its top, where an argmax over a few
    hundred users mostly picks noise. Then a weight other than EASE alone is kept only if it
    beats EASE alone by more than :data:`LEAVE_EASE_SE` standard errors of their paired
    difference (about a one-sided 2 % test); otherwise ``default`` could lose to its own
    component by more than its validation can tell apart.
    """
    means = per_user.mean(axis=0)
    best = int(np.argmax(means))
    n = max(per_user.shape[0], 1)
    last = len(weights) - 1

    def se_of(a: int, b: int) -> float:
        diff = per_user[:, a] - per_user[:, b]
        return float(diff.std(ddof=1) / np.sqrt(n)) if n > 1 else 0.0

    chosen = best
    for k in range(last, best, -1):  # from EASE alone towards the best
        if means[best] - means[k] <= se_of(best, k):
            chosen = k
            break
    # Leaving EASE alone needs a margin beyond the validation's noise: a blend must beat it
    # by more than LEAVE_EASE_SE standard errors of the paired difference. With one (1.7 SE
    # on 400 users) a 0.6 blend was chosen on one ml-latest-small split and lost 4 % to EASE
    # on the test split (benchmarks/default_choice.py).
    if chosen != last and means[chosen] - means[last] <= LEAVE_EASE_SE * se_of(chosen, last):
        return last
    return chosen


def choose_head_weight(per_user: np.ndarray, weights: tuple[float, ...]) -> int:
    """Index of the head blend's weight (``weights`` ascending, ALS alone first) from per-user
    validation NDCG (users x weights).

    The weight with the best mean, kept only if it beats ALS alone by more than
    :data:`LEAVE_EASE_SE` standard errors of their paired per-user difference; ALS alone
    (index 0) otherwise. ALS alone is what ``default`` served on such data before, so the head
    EASE has to earn its place beyond the validation's noise. No one-standard-error step
    towards ALS here: with the thousands of validation users of large data the curve's top is
    measured well enough, and each step towards ALS alone gave back a share of the gain
    (``benchmarks/README.md``).
    """
    means = per_user.mean(axis=0)
    best = int(np.argmax(means))
    n = per_user.shape[0]
    if best == 0 or n < 2:
        return 0
    diff = per_user[:, best] - per_user[:, 0]
    se = float(diff.std(ddof=1) / np.sqrt(n))
    return best if diff.mean() > LEAVE_EASE_SE * se else 0
