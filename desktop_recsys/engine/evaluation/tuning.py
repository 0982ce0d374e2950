"""Hyper-parameter search with a time budget: random or grid, early stopping, progress, cancel.

:func:`tune` searches one algorithm's hyper-parameters on a TRAIN data set:

1. A validation split is carved from TRAIN (the protocol's random holdout with its own seed,
   :func:`~desktop_recsys.engine.evaluation.splits.carve_validation`), so a test set kept
   aside by the caller is never looked at while choosing.
2. The first trial is the algorithm's default configuration (the baseline to beat); then
   configurations from the :func:`search_space`, drawn at random (``method="random"``) or
   walked in grid order (``method="grid"``), each fitted on the validation TRAIN and scored
   on the validation hold-out (``metric``: ``ndcg@10`` by default; ``rmse``/``mae`` for rating
   models, lower is better).
3. It stops at the first of: the budget is spent, the space is exhausted, ``max_trials``,
   ``patience`` trials in a row without improving the best score (early stopping), or a cancel.

The budget is a wall-clock deadline covering everything (the split included). A trial still
fitting when the deadline passes is cancelled through the engine's cancel token, which every
algorithm checks at least once a second, so :func:`tune` returns within about a second of the
budget; that trial is reported as ``cut`` and does not count. Scoring a trial checks the
deadline between blocks of users too. A trial is not started when the trials so far suggest
it cannot finish in the time left.

The search space: a curated range per built-in algorithm (:data:`SEARCH_SPACES`: which
parameters matter and over which scale), clipped to the parameter's declared ``min``/``max``,
and ``choices`` taken from the parameter's declaration; an algorithm without a curated entry
gets a space derived from its parameters (declared ranges, else a factor of 4 around the
default on a log scale; ``seed`` and other bookkeeping parameters are left alone).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import math
import time
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import metrics as M
from desktop_recsys.engine.evaluation.splits import DatasetSplit, carve_validation
from desktop_recsys.engine.progress import CancelToken, ProgressFn, no_progress
from desktop_recsys.engine.registry import create, get_algorithm
from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.progress import Message

log = logging.getLogger(__name__)
#: Why a search stopped, in words a person reads (progress text).
_STOP_REASONS = {
    "exhausted": Message("exhausted"),
    "max_trials": Message("max_trials"),
    "budget": Message("budget"),
    "early_stopping": Message("early_stopping"),
}

Method = Literal["random", "grid"]
METHODS = ("random", "grid")
#: Parameters never tuned: they change speed, memory or reproducibility, not quality.
NOT_TUNED = frozenset({"seed", "chunk", "batch_size", "max_features", "cg_steps", "max_items"})

#: Curated ranges: ``name -> (low, high, log)``, or ``"choices"`` for the declared choices.
SEARCH_SPACES: dict[str, dict[str, tuple[float, float, bool] | str]] = {
    "als": {
        "factors": (8, 128, True),
        "regularization": (0.001, 1.0, True),
        "alpha": (0.1, 10.0, True),
        "iterations": (5, 30, False),
    },
    "bpr": {
        "factors": (16, 128, True),
        "learning_rate": (0.005, 0.2, True),
        "regularization": (0.0001, 0.05, True),
        "epochs": (10, 80, False),
    },
    "biased-mf": {
        "factors": (8, 128, True),
        "regularization": (0.01, 1.0, True),
        "bias_regularization": (0.5, 25.0, True),
        "iterations": (4, 25, False),
    },
    "ease": {"l2": (1.0, 5000.0, True)},
    "item-knn": {
        "k": (10, 400, True),
        "similarity": "choices",
        "shrink": (0.0, 100.0, False),
        "binary": "choices",
    },
    "user-knn": {
        "k": (10, 400, True),
        "similarity": "choices",
        "shrink": (0.0, 100.0, False),
        "binary": "choices",
    },
    "content": {
        "text_weight": (0.0, 2.0, False),
        "attribute_weight": (0.0, 2.0, False),
        "profile": "choices",
    },
    "popularity": {"by": "choices", "half_life_days": (0.0, 3650.0, False)},
    "social": {
        "taste_weight": (0.0, 1.0, False),
        "two_hop_weight": (0.0, 1.0, False),
        "neighbours": (10, 300, True),
    },
    "hybrid": {"fusion": "choices", "rrf_k": (10, 200, True)},
    "learned-ranker": {
        "model": "choices",
        "max_depth": (3, 16, False),
        "trees": (20, 150, False),
        "negatives": (5, 50, True),
        "candidates": (50, 300, True),
    },
}


@dataclass(frozen=True)
class Dimension:
    """One tuned hyper-parameter: an ``int``/``float`` range (``log`` scale or not) or a
    list of ``choices``."""

    name: str
    kind: Literal["int", "float", "choice"]
    low: float = 0.0
    high: float = 0.0
    log: bool = False
    choices: tuple[Any, ...] = ()

    def sample(self, rng: np.random.Generator) -> Any:
        if self.kind == "choice":
            return self.choices[int(rng.integers(len(self.choices)))]
        if self.log and self.low > 0:
            value = math.exp(rng.uniform(math.log(self.low), math.log(self.high)))
        else:
            value = rng.uniform(self.low, self.high)
        return int(round(value)) if self.kind == "int" else float(f"{value:.4g}")

    def grid(self, points: int) -> list[Any]:
        """``points`` values spread over the range (all choices for a choice)."""
        if self.kind == "choice":
            return list(self.choices)
        if points <= 1 or self.low == self.high:
            return [self._cast(self.low)]
        if self.log and self.low > 0:
            values = np.geomspace(self.low, self.high, points)
        else:
            values = np.linspace(self.low, self.high, points)
        out: list[Any] = []
        for v in values:
            c = self._cast(float(v))
            if c not in out:
                out.append(c)
        return out

    def _cast(self, value: float) -> Any:
        return int(round(value)) if self.kind == "int" else float(f"{value:.4g}")


def search_space(algorithm: str) -> list[Dimension]:
    """The dimensions searched for ``algorithm`` (see the module docs)."""
    cls = get_algorithm(algorithm)
    fields = {f.name: f for f in dataclasses.fields(cls.params_type)}
    hints = typing.get_type_hints(cls.params_type)
    curated = SEARCH_SPACES.get(algorithm)
    dims: list[Dimension] = []
    names = list(curated) if curated is not None else [n for n in fields if n not in NOT_TUNED]
    for name in names:
        f = fields.get(name)
        if f is None:
            continue  # the algorithm's parameters changed; tune what still exists
        lo, hi, choices = f.metadata.get("min"), f.metadata.get("max"), f.metadata.get("choices")
        hint = hints[name]
        spec = curated.get(name) if curated is not None else None
        if choices:
            dims.append(Dimension(name, "choice", choices=tuple(choices)))
            continue
        if hint is bool:
            dims.append(Dimension(name, "choice", choices=(False, True)))
            continue
        if hint not in (int, float):
            continue  # free text (component lists...): nothing sensible to sample
        kind: Literal["int", "float"] = "int" if hint is int else "float"
        if isinstance(spec, tuple):
            low, high, log = float(spec[0]), float(spec[1]), bool(spec[2])
        elif lo is not None and hi is not None:
            low, high, log = float(lo), float(hi), False
        else:
            default = float(f.default)
            if default <= 0:
                continue
            low, high, log = default / 4.0, default * 4.0, True
        # The declared range always wins: a curated range must not produce invalid values.
        if lo is not None:
            low = max(low, float(lo))
        if hi is not None:
            high = min(high, float(hi))
        if kind == "int":
            low, high = math.ceil(low), math.floor(high)
        if high < low:
            continue
        dims.append(Dimension(name, kind, low, high, log and low > 0))
    return dims


@dataclass
class Trial:
    """One configuration tried: its parameters, score, time and what became of it."""

    number: int
    params: dict[str, str]
    score: float | None
    seconds: float
    #: ``ok``, ``failed`` (the algorithm refused the configuration) or ``cut`` (the budget
    #: ran out while it was fitting).
    status: str
    error: str = ""


@dataclass
class TuningResult:
    """The outcome of :func:`tune`."""

    algorithm: str
    metric: str
    method: str
    budget_s: float
    elapsed_s: float
    best_params: dict[str, str]
    best_score: float | None
    default_score: float | None
    stopped: str
    trials: list[Trial] = field(default_factory=list)

    @property
    def improvement(self) -> float | None:
        """Best minus default score (positive is better for either direction)."""
        if self.best_score is None or self.default_score is None:
            return None
        diff = self.best_score - self.default_score
        return diff if M.higher_is_better(self.metric) else -diff

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "metric": self.metric,
            "method": self.method,
            "budget_s": self.budget_s,
            "elapsed_s": round(self.elapsed_s, 3),
            "best_params": self.best_params,
            "best_score": self.best_score,
            "default_score": self.default_score,
            "improvement": self.improvement,
            "stopped": self.stopped,
            "trials": [dataclasses.asdict(t) for t in self.trials],
        }


class _TrialToken(CancelToken):
    """Cancelled when the caller cancels or the deadline passes (checked where the engine
    already checks its token, so no timer thread is needed)."""

    __slots__ = ("_outer", "_deadline")

    def __init__(self, outer: CancelToken, deadline: float) -> None:
        super().__init__()
        self._outer = outer
        self._deadline = deadline

    @property
    def cancelled(self) -> bool:
        return self._outer.cancelled or time.monotonic() >= self._deadline

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled("cancelled" if self._outer.cancelled else "time budget spent")


def _candidates(
    dims: Sequence[Dimension], method: str, grid_points: int, seed: int
) -> typing.Iterator[dict[str, Any]]:
    """Configurations to try after the default, without repeats."""
    if method == "grid":
        axes = [d.grid(grid_points) for d in dims]
        for combo in itertools.product(*axes):
            yield {d.name: v for d, v in zip(dims, combo, strict=True)}
        return
    rng = np.random.default_rng(seed)
    while True:
        yield {d.name: d.sample(rng) for d in dims}


def _as_strings(params: Mapping[str, Any]) -> dict[str, str]:
    return {k: (str(v).lower() if isinstance(v, bool) else str(v)) for k, v in params.items()}


def _parse_metric(metric: str) -> tuple[str, int]:
    name, _, k = metric.partition("@")
    known = {"ndcg", "recall", "precision", "map", "hit_rate", "mrr", "auc", "rmse", "mae"}
    if name not in known:
        raise UserError(
            Message(
                "cannot tune for {metric!r}; use one of {choices}",
                metric=metric,
                choices=", ".join(sorted(known)),
            )
        )
    try:
        cutoff = int(k) if k else 10
    except ValueError:
        raise UserError(
            Message("the cutoff of {metric!r} is not a number; write e.g. ndcg@10", metric=metric)
        ) from None
    if cutoff < 1:
        raise UserError(Message("the cutoff of {metric!r} must be at least 1", metric=metric))
    return name, cutoff


def score_model(
    model: Recommender, validation: DatasetSplit, metric: str, deadline_token: CancelToken
) -> float:
    """The validation score of a fitted model (mean over validation users)."""
    name, k = _parse_metric(metric)
    train = validation.train
    if name in ("rmse", "mae"):
        pred = model.predict_pairs(validation.test_users.tolist(), validation.test_items.tolist())
        err = pred - validation.test_weights
        return float(np.sqrt(np.mean(err**2)) if name == "rmse" else np.mean(np.abs(err)))
    users, rows = np.unique(validation.test_users, return_inverse=True)
    item_idx = M.lookup(train.item_ids, validation.test_items)
    n_rel = np.bincount(rows, minlength=len(users))
    length = max(k, 100) if name == "auc" else k
    items = np.full((len(users), length), -1, dtype=np.int64)
    for start in range(0, len(users), 256):
        deadline_token.raise_if_cancelled()
        block = users[start : start + 256].tolist()
        for r, rec in enumerate(model.recommend_many(block, length)):
            idx = M.lookup(train.item_ids, np.array(rec.items, dtype=str))
            items[start + r, : len(idx)] = idx
    known = item_idx >= 0
    hits = M.hits_from_pairs(items, rows[known], item_idx[known], train.n_items)
    if name == "ndcg":
        values = M.ndcg_at_k(hits, n_rel, k)
    elif name == "recall":
        values = M.recall_at_k(hits, n_rel, k)
    elif name == "precision":
        values = M.precision_at_k(hits, k)
    elif name == "map":
        values = M.average_precision_at_k(hits, n_rel, k)
    elif name == "hit_rate":
        values = M.hit_rate_at_k(hits, k)
    elif name == "mrr":
        values = M.reciprocal_rank(hits, k)
    else:
        user_idx = M.lookup(train.user_ids, users)
        seen = np.diff(train.matrix.indptr)[np.maximum(user_idx, 0)] * (user_idx >= 0)
        n_cand = np.bincount(rows[known], minlength=len(users))
        values = M.auc_from_lists(hits, items, n_cand, train.n_items - seen)
    return float(np.nanmean(values)) if len(values) else float("nan")


def tune(
    train: Dataset,
    algorithm: str,
    *,
    budget_s: float,
    method: str = "random",
    metric: str | None = None,
    max_trials: int | None = None,
    patience: int | None = 10,
    grid_points: int = 3,
    seed: int = 42,
    validation: DatasetSplit | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> TuningResult:
    """Search ``algorithm``'s hyper-parameters on ``train`` within ``budget_s`` seconds (see
    the module docs). Raises :class:`Cancelled` when ``cancel`` is set, :class:`UserError`
    for a bad algorithm, method, metric or budget."""
    started = time.monotonic()
    if not (budget_s > 0 and math.isfinite(budget_s)):
        raise UserError(
            Message(
                "the time budget must be a positive number of seconds, not {budget}",
                budget=budget_s,
            )
        )
    if max_trials is not None and max_trials < 1:
        # Zero trials is no search (it reported "No trial finished within the budget").
        raise UserError(Message("the number of trials must be at least 1 (got {n})", n=max_trials))
    if method not in METHODS:
        raise UserError(
            Message(
                "unknown search method {method!r}; use one of {choices}",
                method=method,
                choices=", ".join(METHODS),
            )
        )
    cls = get_algorithm(algorithm)
    metric = metric or ("rmse" if cls.predicts_ratings else "ndcg@10")
    _parse_metric(metric)
    higher = M.higher_is_better(metric)
    outer = cancel if cancel is not None else CancelToken()
    deadline = started + budget_s
    token = _TrialToken(outer, deadline)
    dims = search_space(algorithm)
    if validation is None:
        validation = carve_validation(train, seed=seed + 1)
    if validation.n_test == 0:
        raise UserError(
            Message(
                "no user has enough interactions to carve a validation split from; "
                "add more ratings or plays"
            )
        )

    def elapsed() -> float:
        return time.monotonic() - started

    trials: list[Trial] = []
    best: Trial | None = None
    since_best = 0
    stopped = "exhausted"
    seen: set[tuple[tuple[str, str], ...]] = set()
    configs = itertools.chain([{}], _candidates(dims, method, grid_points, seed))
    draws_without_new = 0
    for config in configs:
        outer.raise_if_cancelled()
        params = _as_strings(config)
        key = tuple(sorted(params.items()))
        if key in seen:
            # Random draws on a small space repeat; give up once nothing new turns up.
            draws_without_new += 1
            if draws_without_new > 200:
                break
            continue
        draws_without_new = 0
        seen.add(key)
        if max_trials is not None and len(trials) >= max_trials:
            stopped = "max_trials"
            break
        ok_times = [t.seconds for t in trials if t.status == "ok"]
        if time.monotonic() >= deadline or (
            ok_times and float(np.median(ok_times)) > deadline - time.monotonic()
        ):
            stopped = "budget"
            break
        number = len(trials) + 1
        label = (
            "default"
            if not params
            else ", ".join(
                f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in params.items()
            )
        )

        def report(fraction: float, message: str, number: int = number) -> None:
            progress(
                min(elapsed() / budget_s, 0.99),
                Message("trial {number}: {step}", number=number, step=message),
            )

        t0 = time.monotonic()
        try:
            model = create(algorithm, params)
            model.fit(validation.train, progress=report, cancel=token)
            score = score_model(model, validation, metric, token)
        except Cancelled:
            if outer.cancelled:
                raise
            trials.append(Trial(number, params, None, time.monotonic() - t0, "cut"))
            stopped = "budget"
            break
        except UserError as exc:
            trials.append(Trial(number, params, None, time.monotonic() - t0, "failed", str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one broken configuration must not end the search
            # A crash is a bug in the algorithm, not a bad choice: log it in full, keep
            # searching, and show it on the trial.
            log.warning("tuning %s with %s crashed", algorithm, params, exc_info=True)
            error = f"{type(exc).__name__}: {exc}"
            trials.append(Trial(number, params, None, time.monotonic() - t0, "failed", error))
            continue
        trial = Trial(number, params, score, time.monotonic() - t0, "ok")
        trials.append(trial)
        improved = (
            best is None
            or best.score is None
            or (np.isfinite(score) and (score > best.score if higher else score < best.score))
        )
        if improved:
            best, since_best = trial, 0
        else:
            since_best += 1
        progress(
            min(elapsed() / budget_s, 0.99),
            Message(
                "trial {number} ({params}): {metric} {score:.4f}; best {best:.4f}",
                number=number,
                params=Message("default") if not params else label,
                metric=metric,
                score=score,
                best=best.score,
            ),
        )
        if patience is not None and since_best >= patience:
            stopped = "early_stopping"
            break
    default = trials[0] if trials and not trials[0].params else None
    result = TuningResult(
        algorithm=algorithm,
        metric=metric,
        method=method,
        budget_s=float(budget_s),
        elapsed_s=elapsed(),
        best_params=dict(best.params) if best is not None else {},
        best_score=best.score if best is not None else None,
        default_score=default.score if default is not None and default.status == "ok" else None,
        stopped=stopped,
        trials=trials,
    )
    progress(
        1.0,
        Message(
            "tuning done: {trials} trials, stopped by {reason}",
            trials=len(trials),
            reason=_STOP_REASONS.get(stopped, stopped),
        ),
    )
    return result
