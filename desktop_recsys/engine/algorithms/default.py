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
  than :data:`MAX_EASE_COST` ALS fits: :func:`ease_cost`) it is the **head blend**: an EASE
  over only the most popular items (:func:`head_items`: as many as cost
  :data:`HEAD_EASE_COST` ALS fits by the same rule; it also reads a user's items outside the
  head, summed through the validation run's ALS item factors: :mod:`._ease_side`) and ALS
  with :data:`LARGE_ALS_FACTORS` factors, blended the same way; the tail takes the head EASE's lowest z-score of the row
  (:func:`~._blend_validation.component_z`). Its weight is chosen on a validation split of
  :data:`HEAD_VALIDATION_USERS` users and kept only when it beats ALS alone by more than
  ``LEAVE_EASE_SE`` standard errors (:func:`~._blend_validation.choose_head_weight`); else
  ``default`` is ALS alone. ``head_items=0`` skips it (ALS alone). With ``tail`` on, the same
  validation also tries RP3beta over every item beside it (:mod:`._tail`), kept only when it
  beats the head blend as chosen by more than ``LEAVE_EASE_SE`` standard errors.

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
import functools
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine._memory import available_memory_bytes, check_factor_memory
from desktop_recsys.engine.algorithms._blend_serving import BlendServing
from desktop_recsys.engine.algorithms._blend_validation import (
    LEAVE_EASE_SE,
    MIN_VALIDATION_USERS,
    VALIDATION_MIN_INTERACTIONS,
    VALIDATION_SEED,
    VALIDATION_SHARE,
    WEIGHT_GRID,
    blend_ndcg,
    choose_head_weight,
    choose_weight,
    component_z,
    standardise_rows,
    validation_holdout,
)
from desktop_recsys.engine.algorithms._head_grams import head_grams
from desktop_recsys.engine.algorithms._solvers import load_lapack
from desktop_recsys.engine.algorithms._tail import (
    TAIL_HEAD_SHARE,
    Rp3Params,
    choose_tail_blend,
)
from desktop_recsys.engine.algorithms.als import AlsParams, AlsRecommender, als_sweeps, init_factors
from desktop_recsys.engine.algorithms.ease import (
    MEMORY_SHARE,
    EaseParams,
    EaseRecommender,
    ease_memory_bytes,
    head_of,
)
from desktop_recsys.engine.base import (
    FitResult,
    Params,
    _common_arrays,
    param,
)
from desktop_recsys.engine.block_threads import SideThread, block_threads
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler, no_progress

__all__ = [  # the validation's names stay importable from here, where they were first
    "LEAVE_EASE_SE",
    "MIN_VALIDATION_USERS",
    "VALIDATION_MIN_INTERACTIONS",
    "VALIDATION_SEED",
    "VALIDATION_SHARE",
    "WEIGHT_GRID",
    "DefaultParams",
    "DefaultRecommender",
    "blend_ndcg",
    "choose_head_weight",
    "choose_weight",
    "component_z",
    "ease_cost",
    "head_items",
    "standardise_rows",
    "validation_holdout",
]


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
        400,
        min=1,
        help="most users held out for the validation (at least 2,000 for the head blend)",
        limit=1_000_000,
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
    head_items: int = param(
        -1,
        min=-1,
        help="on data too large for the EASE blend: EASE over this many most popular items, "
        "blended with ALS when validation prefers it; -1 = sized by its cost, 0 = ALS alone",
        limit=100_000,
    )
    tail: int = param(
        0,
        min=-1,
        max=1,
        help="beside the head blend, try RP3beta over every item and keep it when validation "
        "prefers it; 1 = try, 0 = not (its fit costs about a fifth of the 3M file's training), "
        "-1 = when the head covers under a fifth of the items",
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
#: 0.83x, for 10.6 s of CPU against implicit's 15.1 s. In the head blend, on a validation split
#: carved from the 3M synthetic TRAIN, 80 factors beat 64, 96, 112 and 128 (more fit the heavy
#: users' noise); with the head EASE reading the tail (``_ease_side``) ``default`` scored
#: NDCG@10 0.2301 / 0.2310 / 0.2318 there with 64 / 72 / 80 factors, but 80 took ``default``'s
#: wall to 1.56-1.59x implicit ALS's (goal 1.5x): 72 is the most within it
#: (``benchmarks/README.md``, "Scaling, round 9").
LARGE_ALS_FACTORS = 72
#: ALS passes of the head blend in all: the validation run's and those over all the data
#: (``refine_iterations``). At 1M synthetic interactions (test split, in process) 10 passes
#: (7 + 3) scored NDCG@10 0.3805, 8 (6 + 2) 0.3803, 7 (5 + 2) 0.3801, 6 (3 + 3) 0.3801: with
#: the head EASE beside it, 64-factor ALS needs few passes. When the validation keeps ALS
#: alone, it gets the passes of a plain ALS fit (10) in all.
LARGE_ALS_ITERATIONS = 6
#: On such data the head blend's EASE covers the most popular items while it costs at most
#: this many ALS fits (by :func:`ease_cost`'s rule for a side of that many items; it is fitted
#: twice, on the validation part and on all the data): 3,150 items at 1M synthetic
#: interactions, 4,550 at 3M. Measured at 1M on a validation split: 3,000 and 6,000 items both
#: gained 2.2 % NDCG@10 over ALS alone, for 1.6 and 7.4 s of CPU (``benchmarks/README.md``).
HEAD_EASE_COST = 0.25
#: The head EASE's extra L2 per interaction of an item (``EaseParams.l2_popularity``). Its
#: popular items have thousands of interactions; on the same validation split the head EASE
#: alone scored NDCG@10 0.2203 / 0.2229 / 0.2241 / 0.2213 / 0.2042 with 0.3 / 1 / 3 / 10 / 30
#: (the small data's 1 stays: ``EaseParams``).
HEAD_EASE_L2_POPULARITY = 3.0
#: The head EASE also reads a user's items outside its head, summarised through the validation
#: run's ALS item factors (:mod:`._ease_side`).
HEAD_EASE_SIDE = True
#: Fewer items than this: no head blend (too few to matter).
MIN_HEAD_ITEMS = 200
#: Users held out for the head blend's validation: its gain (about 2 %) is within the noise of
#: 400 users (standard error of the paired difference 0.0024-0.0035 for a gain of 0.005 at 1M)
#: and about 3-4 standard errors with 2,000.
HEAD_VALIDATION_USERS = 2000
#: Head blend weights of EASE tried (EASE over the head alone would never list the tail).
HEAD_WEIGHT_GRID = WEIGHT_GRID[:-1]


def ease_cost(dataset: Dataset) -> float:
    """EASE's estimated training time on ``dataset`` in units of one ALS fit's."""
    side = float(min(dataset.n_items, dataset.n_users))
    return side**3 / (max(dataset.matrix.nnz, 1) * EASE_PER_ALS)


def head_items(dataset: Dataset, requested: int = -1) -> int:
    """Items of the head EASE for ``dataset`` (0: none): ``requested`` if not negative, else
    the most whose cube costs at most :data:`HEAD_EASE_COST` ALS fits, within memory."""
    if requested >= 0:
        h = min(requested, dataset.n_items)
    else:
        budget = HEAD_EASE_COST * max(dataset.matrix.nnz, 1) * EASE_PER_ALS
        h = min(int(budget ** (1.0 / 3.0)), dataset.n_items)
        avail = available_memory_bytes()
        while avail is not None and h > 0 and ease_memory_bytes(h) > MEMORY_SHARE * avail:
            h //= 2
    return h if h >= MIN_HEAD_ITEMS or (requested > 0 and h > 0) else 0


#: The head EASE's head and its two Gram buffers (the validation part's, all the data's), or
#: a future of the buffers being built in the side thread (:mod:`._head_grams`).
_Head = tuple[np.ndarray, "tuple[np.ndarray, np.ndarray] | Future[tuple[np.ndarray, np.ndarray]]"]


def _ease_model(
    plan: _Plan, side_y: np.ndarray | None, head: _Head | None, which: int
) -> EaseRecommender:
    """An unfitted EASE of ``plan`` (reading ``side_y`` for the tail); with ``head``, over its
    items from its Gram buffer ``which`` (0: the validation part's, 1: all the data's)."""
    model = EaseRecommender(plan.ease).with_side(side_y)
    if head is not None:
        grams = head[1].result() if isinstance(head[1], Future) else head[1]
        model.with_head(head[0], grams[which])
    return model


def _start_ease(
    plan: _Plan,
    part: Dataset,
    dataset: Dataset,
    side: SideThread | None,
    progress: ProgressFn,
    cancel: CancelToken,
    side_y: np.ndarray | None = None,
    head: _Head | None = None,
) -> tuple[Future[EaseRecommender] | None, Future[FitResult] | None, EaseRecommender | None]:
    """The blend's EASE on the validation part and on all the data: both in the side thread
    (two futures, silently), or the validation part's here (the third value) and all the
    data's later. ``side_y``: item factors for a head EASE's summary of the tail; ``head``:
    its head and Gram buffers."""
    if side is not None:
        token = side.cancel
        return (
            side.submit(lambda: _ease_model(plan, side_y, head, 0).fit(part, cancel=token)),
            side.submit(
                lambda: _ease_model(plan, side_y, head, 1)._fit(dataset, no_progress, token)
            ),
            None,
        )
    ease = _ease_model(plan, side_y, head, 0).fit(part, progress=progress, cancel=cancel)
    return None, None, ease


def _head_ahead(
    plan: _Plan, fit_part: sp.csr_matrix, dataset: Dataset, side: SideThread | None,
    cancel: CancelToken,
) -> _Head | None:  # fmt: skip
    """The head EASE's items (all the data's most popular) and its two Gram buffers, built in
    the side thread (a future) or here; None when the head is every item."""
    kept = head_of(dataset.matrix, plan.ease.max_items)
    if kept is None:
        return None
    extra = plan.als.factors if HEAD_EASE_SIDE else 0
    job = functools.partial(head_grams, fit_part, dataset.matrix, kept, extra, plan.ease.binary)
    return kept, (side.submit(job, side.cancel) if side is not None else job(cancel))


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


@dataclass(frozen=True)
class _Plan:
    """What a blend is made of: the small data's full blend by default; on large data the head
    blend (``head``: EASE over the most popular items, ALS with more factors)."""

    als: AlsParams = dataclasses.field(default_factory=AlsParams)
    ease: EaseParams = dataclasses.field(default_factory=EaseParams)
    grid: tuple[float, ...] = WEIGHT_GRID
    max_users: int = 400
    head: bool = False


class DefaultRecommender(BlendServing):
    """The EASE + ALS blend (weight chosen on a validation split of the data), or ALS; its
    scoring and explanations are :class:`~._blend_serving.BlendServing`'s."""

    name = "default"
    params_type = DefaultParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        if choose_algorithm(dataset, p.ease_max_side) == "blend":
            return self._fit_blend(dataset, _Plan(max_users=p.validation_users), progress, cancel)
        h = head_items(dataset, p.head_items)
        if h > 0:
            plan = _Plan(
                als=AlsParams(factors=LARGE_ALS_FACTORS, iterations=LARGE_ALS_ITERATIONS),
                ease=EaseParams(max_items=h, l2_popularity=HEAD_EASE_L2_POPULARITY),
                grid=HEAD_WEIGHT_GRID,
                max_users=max(p.validation_users, HEAD_VALIDATION_USERS),
                head=True,
            )
            return self._fit_blend(dataset, plan, progress, cancel)
        inner = AlsRecommender(AlsRecommender.params_type(factors=LARGE_ALS_FACTORS))
        arrays, meta = inner._fit(dataset, progress, cancel)
        return arrays, {
            "inner": "als",
            "inner_params": dataclasses.asdict(inner.params),
            "inner_meta": meta,
        }

    def _fit_blend(
        self, dataset: Dataset, plan: _Plan, progress: ProgressFn, cancel: CancelToken
    ) -> FitResult:
        """The EASE + ALS blend of ``plan``: its weight chosen on a validation split (unless
        ``ease_weight`` fixes it), then both models on all the data (module docstring).

        With a second core at hand (``block_threads``: the job runner's cap leaves the
        window's training one) both blends run in two threads: a side thread fits the two EASE
        models (the validation part's, then all the data's, unused if validation keeps ALS
        alone) beside the validation's ALS passes, then scores the validation beside ALS's
        passes over all the data, which do not depend on the weight. The same models as one
        after the other, to float rounding (one BLAS thread each)."""
        if self.params.ease_weight < 0 and block_threads(2) > 1:
            # SciPy's LAPACK (its own OpenBLAS, which EASE's inverse runs on) loaded before the
            # side thread's one-thread limit, so that the limit holds it too: loaded later, it
            # ran its inverse with a thread per core beside ALS's threads (3M synthetic: the
            # side thread's EASE took 2-4x its CPU, spinning).
            load_lapack()
            with SideThread(cancel) as side:
                return self._blend(dataset, plan, progress, cancel, side)
        return self._blend(dataset, plan, progress, cancel, None)

    def _blend(
        self,
        dataset: Dataset,
        plan: _Plan,
        progress: ProgressFn,
        cancel: CancelToken,
        side: SideThread | None,
    ) -> FitResult:
        p = self.params
        ease_ahead: Future[EaseRecommender] | None = None
        full_ahead: Future[FitResult] | None = None
        refined: tuple[np.ndarray, np.ndarray] | None = None
        als_params = plan.als
        check_factor_memory(self.name, dataset.n_users, dataset.n_items, als_params.factors)
        weight, report, x, y, first = p.ease_weight, {}, None, None, 0
        tail, tail_weight = None, 0.0  # RP3beta beside the head blend, if validation keeps it
        side_y: np.ndarray | None = None  # the head EASE's item factors for the tail (_ease_side)
        head: _Head | None = None  # the head EASE's items and Gram buffers (_head_grams)
        if weight < 0:
            fit_part, held = validation_holdout(dataset.matrix, max_users=plan.max_users)
            n_val = int((np.diff(held.indptr) > 0).sum())
            if n_val < MIN_VALIDATION_USERS:
                # Too little evidence: the simpler model (EASE alone; ALS alone on large data).
                weight = 0.0 if plan.head else 1.0
                report = {"validation_users": n_val, "reason": "too few users to validate"}
            else:
                part = dataset.with_matrix(fit_part)
                spans = ((0.0, 0.15), (0.15, 0.55)) if not plan.head else ((0.5, 0.55), (0, 0.5))
                if not plan.head:  # before ALS; the head EASE reads ALS's item factors: after
                    ease_ahead, full_ahead, ease = _start_ease(
                        plan, part, dataset, side, ProgressScaler(progress, *spans[0]), cancel
                    )
                if plan.head:  # the head EASE's Grams need no factors: built beside ALS
                    head = _head_ahead(plan, fit_part, dataset, side, cancel)
                # The small blend runs the full number of passes here, so that the validation
                # judges the ALS that will be served. On large data (the head blend) the
                # validation run and the passes over all the data add up to one ALS fit:
                # there ALS is most of the time, and its factors are near their best by then.
                first = als_params.iterations
                if plan.head:
                    first = max(1, als_params.iterations - p.refine_iterations)
                rng = np.random.default_rng(als_params.seed)
                x = init_factors(rng, dataset.n_users, als_params.factors)
                y = init_factors(rng, dataset.n_items, als_params.factors)
                x, y = als_sweeps(
                    fit_part,
                    als_params,
                    x,
                    y,
                    first,
                    ProgressScaler(progress, *spans[1]),
                    cancel,
                    name=self.name,
                )
                if plan.head:  # its EASE reads the validation run's item factors: _ease_side
                    side_y = y.copy() if HEAD_EASE_SIDE else None
                    ease_ahead, full_ahead, ease = _start_ease(
                        plan, part, dataset, side, ProgressScaler(progress, *spans[0]), cancel,
                        side_y, head,
                    )  # fmt: skip
                als = AlsRecommender(als_params)
                als._install(
                    _common_arrays(part),
                    {"user_factors": x, "item_factors": y},
                    {},
                    part.fingerprint(),
                )
                if side is not None and ease_ahead is not None:
                    # The validation in the side thread (after its EASE fits) while ALS's
                    # passes over all the data run here: they do not depend on the weight.
                    part_ease = ease_ahead
                    judged = side.submit(
                        lambda: blend_ndcg(
                            part_ease.result(), als, held, plan.grid, cancel=side.cancel
                        )
                    )
                    refined = als_sweeps(
                        dataset.matrix,
                        als_params,
                        x,
                        y,
                        p.refine_iterations,
                        ProgressScaler(progress, 0.55, 0.95),
                        cancel,
                        name=self.name,
                    )
                    per_user = judged.result()
                else:
                    per_user = blend_ndcg(
                        ease,
                        als,
                        held,
                        plan.grid,
                        cancel=cancel,
                        progress=ProgressScaler(progress, 0.55, 0.6),
                    )
                if plan.head:
                    best = choose_head_weight(per_user, plan.grid)
                else:
                    best = choose_weight(per_user, plan.grid)
                weight = float(plan.grid[best])
                report = {
                    "validation_users": n_val,
                    "weights": list(plan.grid),
                    "ndcg_at_10": [round(float(v), 5) for v in per_user.mean(axis=0)],
                    # The noise of this choice: standard error of the paired per-user
                    # difference between the chosen weight and each weight of the grid.
                    "standard_error": [
                        round(float(d.std(ddof=1) / np.sqrt(len(d))), 5) if len(d) > 1 else 0.0
                        for d in (per_user[:, best][:, None] - per_user).T
                    ],
                }
                if plan.head and self._tail_wanted(dataset, plan):  # _tail's docstring
                    head_ease = ease_ahead.result() if ease_ahead is not None else ease
                    chosen, tail, report["tail"] = choose_tail_blend(
                        head_ease, als, part, held, weight, Rp3Params(), cancel
                    )
                    if tail is not None:
                        weight, tail_weight = float(chosen[0]), float(chosen[2])
                done = 0.6 if refined is None else 0.95
                progress(done, f"default: EASE weight {weight:.1f} chosen on validation")
        if plan.head:
            report["head_items"] = plan.ease.max_items
        arrays: dict[str, np.ndarray] = {}
        components: list[dict[str, Any]] = []
        if weight > 0:
            inner = _ease_model(plan, side_y, head, 1)
            span = (0.6, 0.8) if weight < 1 else (0.6, 1.0)
            if full_ahead is not None:
                a, m = full_ahead.result()
            else:
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
                if plan.head and weight == 0:  # ALS alone after all: a plain fit's passes
                    passes = max(passes, AlsParams().iterations - first)
            if refined is not None:  # those passes ran beside the validation: only the rest
                x, y = refined
                passes -= p.refine_iterations
            span = (0.8, 1.0) if weight > 0 else (0.6, 1.0)
            if refined is not None:
                span = (0.95, 1.0)
            if passes > 0:
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
            components.append({"algorithm": "als", "weight": 1.0 - weight - tail_weight,
                               "meta": {},
                               "params": dataclasses.asdict(als_params)})  # fmt: skip
        if tail is not None:
            arrays.update({f"rp3beta.{k}": v for k, v in tail._state.items()})
            components.append({"algorithm": "rp3beta", "weight": tail_weight, "meta": {},
                               "params": dataclasses.asdict(tail.params)})  # fmt: skip
        return arrays, {"blend": components, "validation": report}

    def _tail_wanted(self, dataset: Dataset, plan: _Plan) -> bool:
        """Whether the head blend's validation also tries RP3beta (``tail``: -1 = when the
        head EASE covers under :data:`TAIL_HEAD_SHARE` of the items)."""
        if self.params.tail >= 0:
            return self.params.tail == 1
        return plan.ease.max_items < TAIL_HEAD_SHARE * dataset.n_items
