"""``default``: the algorithm the engine judges best for the data at hand.

Rule (measured in ``benchmarks/README.md``):

- When the smaller side of the data, users or items, is at most ``ease_max_side`` and EASE's
  square matrix fits in memory, ``default`` is a **score blend of EASE and ALS** whose weight
  is chosen on the data it is given: inside :meth:`fit`, a validation split is carved from the
  training data (each user with at least 5 interactions holds out 20 % of them, seed 7: the
  protocol of ``EVALUATION.md``, applied to TRAIN; at most ``validation_users`` users), both
  models are trained on the rest, and every weight of a grid 0, 0.1, ..., 1 gets its per-user
  validation NDCG@10; :func:`choose_weight` then takes the weight closest to EASE alone that is
  within one standard error of the best (the one-standard-error rule). The models are
  then trained on all the data: EASE from scratch (it is closed-form and cheap in its dual
  form), ALS by finishing the validation run's factors on all the data (``refine_iterations``
  more passes) instead of starting again. A weight of 1 (EASE alone) or 0 (ALS alone) trains
  only that model. No test data is involved: the caller's held-out part never reaches ``fit``.
- Otherwise (both sides large, EASE would not fit in memory, or its cube would cost more
  than :data:`MAX_EASE_COST` ALS fits: :func:`ease_cost`) it is ALS with
  :data:`LARGE_ALS_FACTORS` factors.

Why a blend: EASE (an item-item model that ignores weights) and ALS (a factor model that reads
play counts as confidence) make different mistakes. On ml-latest-small's validation split EASE
alone is best; on Last.fm's an even blend beats both by about 5 %. A fixed weight would lose on
one of them, which is why the weight is chosen per data set.

Blended score: each component's scores are standardised per user (z-score over the user's row
of items, so that neither scale dominates), then ``w * ease + (1 - w) * als``. Explanations add
up both components' exact item contributions with the same weights (the per-user mean shift is
the same for every item and drops out of a ranking). The choice, the validation figures and
each component are stored in the saved model's manifest (``meta``).

Cold users: a profile with fewer than ``cold_interactions`` (10) interactions gets
``w * z(log popularity) + (1 - w) * z(model score)`` with ``w = cold_shrinkage / (n + cold_shrinkage)``
(20 / (n + 20)): one or two items say little, and on ml-latest-small users cut to their first 1,
3 and 5 ratings the model alone scores below popularity (``benchmarks/cold_start.py``). A
profile with no interaction at all gets the popularity list itself (the base class).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine._memory import available_memory_bytes
from desktop_recsys.engine.algorithms.als import AlsRecommender, als_sweeps, init_factors
from desktop_recsys.engine.algorithms.ease import MEMORY_SHARE, EaseRecommender, ease_memory_bytes
from desktop_recsys.engine.base import (
    FitResult,
    Params,
    Recommender,
    _common_arrays,
    _threshold_at_least_k,
    param,
    user_item_rows,
)
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler

_INNER: dict[str, type[Recommender]] = {"ease": EaseRecommender, "als": AlsRecommender}
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


@dataclass(frozen=True)
class DefaultParams(Params):
    """``ease_max_side``: largest ``min(users, items)`` for which the EASE blend is used (EASE
    costs about ``side^3`` operations: 12,000 is some 20 s on a laptop); ``ease_weight``: the
    blend weight of EASE, or a negative value to choose it on a validation split of the
    training data; ``refine_iterations``: ALS passes over all the data after the validation
    run; ``validation_users``: at most this many users are held out from (sampled)."""

    ease_max_side: int = param(
        12000,
        min=0,
        help="use the EASE blend while min(users, items) is at most this, else ALS",
        limit=100_000,
    )
    ease_weight: float = param(
        -1.0, min=-1.0, max=1.0, help="EASE weight in the blend with ALS; negative = choose"
    )
    refine_iterations: int = param(
        3, min=1, help="ALS passes over all the data after the validation run", limit=1_000
    )
    validation_users: int = param(
        400, min=1, help="most users held out for the validation", limit=1_000_000
    )
    cold_interactions: int = param(
        10,
        min=0,
        help="users with fewer interactions are blended toward popularity",
        limit=1_000_000,
    )
    cold_shrinkage: float = param(
        20.0,
        min=0.0,
        help="popularity's weight for a cold user is this / (interactions + this)",
        limit=1e6,
    )


#: EASE's cost relative to ALS's: its inverse costs about ``side^3`` operations at dense BLAS
#: speed, an ALS pass about ``nnz`` sparse gathers; measured on the synthetic files of
#: ``benchmarks/scaling.py`` (1M: side 10,000, 804,045 entries: EASE 85 s of CPU, ALS 10.7 s),
#: ``side^3 / (nnz * EASE_PER_ALS)`` is EASE's time in units of ALS's.
EASE_PER_ALS = 1.56e5
#: The blend is used while EASE costs at most this many ALS fits (then ``default`` takes at
#: most about three ALS fits of time, where the blend gains; beyond it EASE's cube dominates:
#: 8 ALS fits at 1M interactions, for 1.5 % of NDCG over ALS with 64 factors).
MAX_EASE_COST = 2.0
#: Factors of the ALS that ``default`` serves alone on data too large for the blend: 64 ranked
#: 1.005x implicit ALS's NDCG@10 (100 factors) at 1M synthetic interactions where 32 ranked
#: 0.83x, for 10.6 s of CPU against implicit's 15.1 s (``benchmarks/README.md``).
LARGE_ALS_FACTORS = 64


def ease_cost(dataset: Dataset) -> float:
    """EASE's estimated training time on ``dataset`` in units of one ALS fit's."""
    side = float(min(dataset.n_items, dataset.n_users))
    return side**3 / (max(dataset.matrix.nnz, 1) * EASE_PER_ALS)


def choose_algorithm(dataset: Dataset, ease_max_side: int) -> str:
    """``"blend"`` (EASE + ALS) or ``"als"``: what ``default`` uses for ``dataset``.

    The blend while EASE fits in memory, its smaller side is at most ``ease_max_side`` and it
    costs at most :data:`MAX_EASE_COST` ALS fits; ALS alone otherwise.
    """
    avail = available_memory_bytes()
    need = ease_memory_bytes(dataset.n_items, dataset.n_users)
    fits = avail is None or need <= MEMORY_SHARE * avail
    side = min(dataset.n_items, dataset.n_users)
    cheap = ease_cost(dataset) <= MAX_EASE_COST
    return "blend" if side <= ease_max_side and fits and cheap else "als"


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


def _top_candidates(
    se: np.ndarray, sa: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows and columns of the union of both score blocks' top ``k`` per row (row-major).

    Each row's cut comes from :func:`~desktop_recsys.engine.base._threshold_at_least_k` (one
    pass of chunk minima instead of a partition of the whole block): it is the ``k``-th
    largest score or a little under it, so a row may bring a few more candidates; ties at the
    cut do too.
    """
    n = se.shape[1]
    k = min(k, n)
    if k < n:  # the k-th largest, or a little under it (a few more candidates): see base
        kth_e = -_threshold_at_least_k(np.negative(se), k)
        kth_a = -_threshold_at_least_k(np.negative(sa), k)
    else:
        kth_e = se.min(axis=1)
        kth_a = sa.min(axis=1)
    return (*np.nonzero((se >= kth_e[:, None]) | (sa >= kth_a[:, None])), np.array(k))


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
        se = standardise_rows(ease._score(block))
        sa = standardise_rows(als._score(block))
        if progress is not None:  # a block of scores is the slow part: report in between
            progress((start + 0.5 * b) / len(users), "default: validating the blend")
        if cancel is not None:
            cancel.raise_if_cancelled()
        seen = ease._seen[block]
        seen_rows = user_item_rows(seen)
        se[seen_rows, seen.indices] = -np.inf
        sa[seen_rows, seen.indices] = -np.inf
        rows, cols, _ = _top_candidates(se, sa, _CANDIDATES)
        ce, ca = se[rows, cols], sa[rows, cols]
        # Held-out membership of every candidate, by binary search on sorted (row, item) keys.
        truth = held_out[block]
        keys = user_item_rows(truth) * n_items + truth.indices
        query = rows * n_items + cols
        found = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
        hit = keys[found] == query
        # Pad the candidates into a b x width block (rows of nonzero() come out in order).
        first = np.searchsorted(rows, np.arange(b))
        pos = np.arange(len(rows)) - first[rows]
        width = int(pos.max()) + 1 if len(pos) else 1
        hits = np.zeros((b, width), dtype=bool)
        hits[rows, pos] = hit
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


class DefaultRecommender(Recommender):
    """The EASE + ALS blend (weight chosen on a validation split of the data), or ALS."""

    name = "default"
    params_type = DefaultParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        if choose_algorithm(dataset, p.ease_max_side) == "als":
            inner = AlsRecommender(AlsRecommender.params_type(factors=LARGE_ALS_FACTORS))
            arrays, meta = inner._fit(dataset, progress, cancel)
            return arrays, {
                "inner": "als",
                "inner_params": dataclasses.asdict(inner.params),
                "inner_meta": meta,
            }
        als_params = AlsRecommender.params_type()
        weight, report, x, y = p.ease_weight, {}, None, None
        if weight < 0:
            fit_part, held = validation_holdout(dataset.matrix, max_users=p.validation_users)
            n_val = int((np.diff(held.indptr) > 0).sum())
            if n_val < MIN_VALIDATION_USERS:
                weight = 1.0
                report = {"validation_users": n_val, "reason": "too few users to validate"}
            else:
                part = dataset.with_matrix(fit_part)
                ease = EaseRecommender().fit(
                    part, progress=ProgressScaler(progress, 0.0, 0.15), cancel=cancel
                )
                # The full number of passes here, so that the validation judges the ALS that
                # will be served (a shorter run would understate it and bias the choice).
                first = als_params.iterations
                rng = np.random.default_rng(als_params.seed)
                x = init_factors(rng, dataset.n_users, als_params.factors)
                y = init_factors(rng, dataset.n_items, als_params.factors)
                x, y = als_sweeps(
                    fit_part,
                    als_params,
                    x,
                    y,
                    first,
                    ProgressScaler(progress, 0.15, 0.55),
                    cancel,
                    name=self.name,
                )
                als = AlsRecommender(als_params)
                als._install(
                    _common_arrays(part),
                    {"user_factors": x, "item_factors": y},
                    {},
                    part.fingerprint(),
                )
                per_user = blend_ndcg(
                    ease, als, held, cancel=cancel, progress=ProgressScaler(progress, 0.55, 0.6)
                )
                best = choose_weight(per_user)
                weight = float(WEIGHT_GRID[best])
                report = {
                    "validation_users": n_val,
                    "weights": list(WEIGHT_GRID),
                    "ndcg_at_10": [round(float(v), 5) for v in per_user.mean(axis=0)],
                    # The noise of this choice: standard error of the paired per-user
                    # difference between the chosen weight and each weight of the grid.
                    "standard_error": [
                        round(float(d.std(ddof=1) / np.sqrt(len(d))), 5) if len(d) > 1 else 0.0
                        for d in (per_user[:, best][:, None] - per_user).T
                    ],
                }
                progress(0.6, f"default: EASE weight {weight:.1f} chosen on validation")
        arrays: dict[str, np.ndarray] = {}
        components: list[dict[str, Any]] = []
        if weight > 0:
            inner = EaseRecommender()
            span = (0.6, 0.8) if weight < 1 else (0.6, 1.0)
            a, m = inner._fit(dataset, ProgressScaler(progress, *span), cancel)
            arrays.update({f"ease.{k}": v for k, v in a.items()})
            components.append({"algorithm": "ease", "weight": weight, "meta": m,
                               "params": dataclasses.asdict(inner.params)})  # fmt: skip
        if weight < 1:
            if x is None or y is None:
                rng = np.random.default_rng(als_params.seed)
                x = init_factors(rng, dataset.n_users, als_params.factors)
                y = init_factors(rng, dataset.n_items, als_params.factors)
                passes = als_params.iterations
            else:
                passes = p.refine_iterations
            span = (0.8, 1.0) if weight > 0 else (0.6, 1.0)
            x, y = als_sweeps(
                dataset.matrix,
                als_params,
                x,
                y,
                passes,
                ProgressScaler(progress, *span),
                cancel,
                name=self.name,
            )
            arrays.update({"als.user_factors": x, "als.item_factors": y})
            components.append({"algorithm": "als", "weight": 1.0 - weight, "meta": {},
                               "params": dataclasses.asdict(als_params)})  # fmt: skip
        return arrays, {"blend": components, "validation": report}

    def _prepare(self) -> None:
        fp = self.fingerprint or ""
        if "inner" in self._meta:
            # A single model: ALS on large data, and every model saved before the blend.
            cls = _INNER[self._meta["inner"]]
            inner = cls(cls.params_type(**self._meta["inner_params"]))
            inner._install(self._common, self._state, self._meta["inner_meta"], fp)
            self._parts = [(inner, 1.0)]
            return
        self._parts = []
        for c in self._meta["blend"]:
            cls = _INNER[c["algorithm"]]
            inner = cls(cls.params_type(**c["params"]))
            lead = f"{c['algorithm']}."
            state = {k[len(lead) :]: v for k, v in self._state.items() if k.startswith(lead)}
            inner._install(self._common, state, dict(c["meta"]), fp)
            self._parts.append((inner, float(c["weight"])))

    @property
    def chosen(self) -> str:
        """What is in use: ``"ease"``, ``"als"`` or ``"ease+als"``."""
        self._require_fitted()
        return "+".join(m.name for m, _ in self._parts)

    @property
    def ease_weight(self) -> float:
        """Weight of EASE in the blend (1 = EASE alone, 0 = ALS alone)."""
        self._require_fitted()
        return float(sum(w for m, w in self._parts if m.name == "ease"))

    def _single(self) -> Recommender | None:
        return self._parts[0][0] if len(self._parts) == 1 else None

    def cold_weights(self, users: np.ndarray) -> np.ndarray:
        """Popularity's share of each user's score: ``c / (n + c)`` for a user with ``n``
        interactions, fewer than ``cold_interactions``, else 0 (see the module docstring)."""
        n = np.diff(self._seen.indptr)[users].astype(np.float32)
        c = np.float32(getattr(self.params, "cold_shrinkage", 0.0))
        cut = getattr(self.params, "cold_interactions", 0)
        if c <= 0:
            return np.zeros(len(users), dtype=np.float32)
        return np.where(n < cut, c / (n + c), np.float32(0.0)).astype(np.float32)

    def popularity_share(self, user: str) -> float:
        base = super().popularity_share(user)
        u = self._user_index.get(str(user))
        if base >= 1.0 or u is None:
            return base
        return float(self.cold_weights(np.array([u]))[0])

    def _prepare_popularity(self) -> np.ndarray:
        """The catalogue's standardised log-popularity (one row), cached."""
        cached = getattr(self, "_zpop", None)
        if cached is None or cached.shape[0] != len(self._popularity):
            row = np.log1p(self._popularity.astype(np.float32))[None, :].copy()
            cached = standardise_rows(row)[0]
            self._zpop = cached
        return cached

    def _score(self, users: np.ndarray) -> np.ndarray:
        scores = self._model_score(users)
        w = self.cold_weights(users)
        cold = np.flatnonzero(w > 0)
        if len(cold):
            # Cold users: a handful of items says little; lean on popularity (measured in
            # benchmarks/cold_start.py), less and less as the profile grows.
            part = standardise_rows(np.array(scores[cold], dtype=np.float32))
            part *= (1.0 - w[cold])[:, None]
            part += w[cold][:, None] * self._prepare_popularity()[None, :]
            scores = np.array(scores, dtype=np.float32, copy=True)
            scores[cold] = part
        return scores

    def _model_score(self, users: np.ndarray) -> np.ndarray:
        single = self._single()
        if single is not None:
            return single._score(users)
        total: np.ndarray | None = None
        for model, w in self._parts:
            # Each block is a fresh array: standardise and weight it in place (no temporaries
            # the size of the block beyond the component's own scores).
            part = standardise_rows(np.asarray(model._score(users), dtype=np.float32))
            part *= np.float32(w)
            if total is None:
                total = part
            else:
                total += part
        assert total is not None
        return total

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        single = self._single()
        if single is not None and not (self.cold_weights(users) > 0).any():
            return single._predict_pairs(users, items)
        return super()._predict_pairs(users, items)

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        single = self._single()
        if single is not None:
            return single._contributions(user, item)
        # score = sum_c (w_c / std_c) (s_c - mean_c): the item terms of each component, with
        # the same factor; the means shift every item of the user alike.
        total: dict[int, float] = {}
        for model, w in self._parts:
            std = float(np.std(model._score(np.array([user]))[0]))
            scale = w / std if std > 0 else 0.0
            _, terms = model._contributions(user, item)
            for j, v in terms:
                total[j] = total.get(j, 0.0) + scale * float(v)
        return "item", list(total.items())

    def _fallback_predictions(self, users: np.ndarray, items: np.ndarray) -> Any:
        return self._parts[0][0]._fallback_predictions(users, items)
