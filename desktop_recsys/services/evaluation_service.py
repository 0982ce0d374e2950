"""Evaluating and tuning recommenders on the library (the Model Lab's use cases).

- :func:`evaluate`: split the library's data set of one item kind with a protocol, fit each
  algorithm on TRAIN and measure it on the held-out rows; returns an
  :class:`~desktop_recsys.engine.evaluation.report.EvaluationReport`. With ``profile`` the
  metrics are those of that profile only (training still uses every profile, as collaborative
  models need), and a holdout is repeated :data:`PROFILE_REPEATS` times with successive seeds,
  so that the profile's intervals come from the spread over splits of its data; with
  ``rankers=True`` the learned ranker's five classifiers are compared too.
- :func:`evaluate_files`: the same on a predefined TRAIN / TEST pair of files.
- :func:`tune`: search one algorithm's hyper-parameters within a time budget and store the
  best configuration as the library's (or a profile's) choice; :func:`tuned_params` reads it
  back, for training to use.
- :func:`holdout_card_metrics`: the evaluator that training calls (``train_model(evaluate=...)``,
  ``desktop-recsys train --evaluate``) to put held-out figures on a model's card.

Where the choice lives: the library's ``meta`` table, key ``tuned:{kind}:{algorithm}`` (or
``tuned:{kind}:{algorithm}:{profile id}`` for a profile), value a JSON object with
``params`` (strings, as ``--param`` takes them), the metric and scores, the budget and the
date; when no setting beat the defaults, ``"defaults": true`` and empty ``params`` (an empty
value, written before, reads as never tuned). No schema change is needed.

Signals: ``"auto"`` evaluates on plays plus ratings (top-N); ``"ratings"`` uses star ratings
and adds RMSE/MAE for rating models. Tuning a rating model with ``"auto"`` uses ratings, as
training does.

Every function opens its own library connection (jobs run them on worker threads).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import metrics as M
from desktop_recsys.engine.evaluation.experiment import AlgorithmSpec, evaluate_algorithms
from desktop_recsys.engine.evaluation.report import EvaluationReport
from desktop_recsys.engine.evaluation.splits import (
    DEFAULT_PROTOCOL,
    DatasetSplit,
    Protocol,
    carve_validation,
    split_dataset,
    split_files,
)
from desktop_recsys.engine.evaluation.tuning import TuningResult
from desktop_recsys.engine.evaluation.tuning import tune as tune_search
from desktop_recsys.engine.registry import get_algorithm
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.progress import CancelToken, Message, ProgressFn, ProgressScaler, no_progress
from desktop_recsys.services.dataset_service import (
    SIGNALS,
    check_kind,
    dataset_from_library,
    resolve_profile,
)

#: Algorithms compared when none are named: one per family that needs no side data.
DEFAULT_ALGORITHMS = ("popularity", "item-knn", "user-knn", "ease", "als")


def tuned_key(kind: str, algorithm: str, profile_id: int | None = None) -> str:
    """The ``meta`` key of a stored tuning choice."""
    base = f"tuned:{kind}:{algorithm}"
    return base if profile_id is None else f"{base}:{profile_id}"


#: Holdout splits of one profile's evaluation: one split gives one value per metric, and an
#: interval needs the spread over several splits of that profile's data (issue 15).
PROFILE_REPEATS = 5


def _protocol(
    protocol: str, *, seed: int, last_n: int | None, folds: int, one_profile: bool = False
) -> Protocol:
    repeats = PROFILE_REPEATS if one_profile and protocol == "holdout" else 1
    return Protocol(protocol, seed=seed, last_n=last_n, folds=folds, repeats=repeats)


@dataclass(frozen=True)
class PreparedEvaluation:
    """What an evaluation needs once the library has been read and split (see
    :func:`prepare_evaluation`): the data set, its splits, the algorithms, and the users whose
    metrics count (None: every tested user). The Model Lab reuses it for its extra charts."""

    dataset: Dataset
    splits: list[DatasetSplit]
    specs: list[AlgorithmSpec]
    protocol: Protocol
    cutoffs: list[int]
    profile_id: int | None
    users: list[str] | None
    ratings: bool
    seed: int


def prepare_evaluation(
    library_path: str | Path,
    *,
    kind: str,
    algorithms: Sequence[str] = DEFAULT_ALGORITHMS,
    protocol: str = "holdout",
    k: int | Sequence[int] = 10,
    profile: int | str | None = None,
    signal: str = "auto",
    last_n: int | None = None,
    folds: int = 5,
    seed: int = 42,
    use_tuned: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> PreparedEvaluation:
    """Check the input, read the library's ``kind`` data set and split it (the first step of
    :func:`evaluate`; same arguments). Raises :class:`UserError` for bad input."""
    token = cancel if cancel is not None else CancelToken()
    check_kind(kind)
    if signal not in SIGNALS:
        raise UserError(
            Message(
                "unknown signal {signal!r}; use one of {choices}",
                signal=signal,
                choices=", ".join(SIGNALS),
            )
        )
    cutoffs = [k] if isinstance(k, int) else list(k)
    proto = _protocol(protocol, seed=seed, last_n=last_n, folds=folds)  # checks the input
    specs = [AlgorithmSpec.parse(a) for a in algorithms]
    for spec in specs:
        get_algorithm(spec.name)  # a typo fails before the library is read
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        if profile_id is not None:
            proto = _protocol(protocol, seed=seed, last_n=last_n, folds=folds, one_profile=True)
        if use_tuned:
            specs = [_with_tuned(library, kind, s, profile_id) for s in specs]
        dataset = dataset_from_library(
            library,
            kind=kind,
            profile_id=profile_id,
            signal=signal,
            progress=progress,
            cancel=token,
        )
    splits = split_dataset(dataset, proto)
    users = None if profile_id is None else [str(profile_id)]
    if users is not None and not any(str(profile_id) in s.test_users for s in splits):
        raise UserError(
            Message(
                "profile {profile} has too few interactions to hold some out (at least "
                "{needed} are needed)",
                profile=repr(profile),
                needed=proto.min_interactions,
            )
        )
    return PreparedEvaluation(
        dataset=dataset,
        splits=splits,
        specs=specs,
        protocol=proto,
        cutoffs=cutoffs,
        profile_id=profile_id,
        users=users,
        ratings=signal == "ratings",
        seed=seed,
    )


def evaluate_prepared(
    prepared: PreparedEvaluation,
    *,
    rankers: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> EvaluationReport:
    """Fit and measure the algorithms of a :func:`prepare_evaluation` (the rest of
    :func:`evaluate`)."""
    token = cancel if cancel is not None else CancelToken()
    report = evaluate_algorithms(
        prepared.splits,
        prepared.specs,
        cutoffs=prepared.cutoffs,
        protocol=prepared.protocol.describe(),
        users=prepared.users,
        ratings=prepared.ratings,
        seed=prepared.seed,
        progress=ProgressScaler(progress, 0.0, 0.8 if rankers else 1.0),
        cancel=token,
    )
    if rankers:
        from desktop_recsys.engine.evaluation.classifiers import compare_ranker_models

        report.tables["Learned ranker: classifiers on the held-out rows"] = compare_ranker_models(
            prepared.splits[0],
            users=prepared.users,
            progress=ProgressScaler(progress, 0.8, 1.0),
            cancel=token,
        )
    return report


def evaluate(
    library_path: str | Path,
    *,
    kind: str,
    algorithms: Sequence[str] = DEFAULT_ALGORITHMS,
    protocol: str = "holdout",
    k: int | Sequence[int] = 10,
    profile: int | str | None = None,
    signal: str = "auto",
    last_n: int | None = None,
    folds: int = 5,
    seed: int = 42,
    rankers: bool = False,
    use_tuned: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> EvaluationReport:
    """Evaluate ``algorithms`` on the library's ``kind`` items (see the module docs).

    ``use_tuned`` evaluates each algorithm with its stored tuned configuration, when there is
    one, instead of its defaults. Raises :class:`UserError` for bad input, :class:`Cancelled`
    on cancel.
    """
    token = cancel if cancel is not None else CancelToken()
    prepared = prepare_evaluation(
        library_path,
        kind=kind,
        algorithms=algorithms,
        protocol=protocol,
        k=k,
        profile=profile,
        signal=signal,
        last_n=last_n,
        folds=folds,
        seed=seed,
        use_tuned=use_tuned,
        progress=ProgressScaler(progress, 0.0, 0.05),
        cancel=token,
    )
    return evaluate_prepared(
        prepared, rankers=rankers, progress=ProgressScaler(progress, 0.05, 1.0), cancel=token
    )


def evaluate_files(
    train_path: str | Path,
    test_path: str | Path,
    *,
    algorithms: Sequence[str] = DEFAULT_ALGORITHMS,
    k: int | Sequence[int] = 10,
    ratings: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> EvaluationReport:
    """Evaluate on a predefined TRAIN / TEST pair of ``user,item[,weight]`` files."""
    split = split_files(train_path, test_path)
    cutoffs = [k] if isinstance(k, int) else list(k)
    desc = f"predefined files: {train_path} / {test_path}"
    if split.dropped:
        desc += f" ({split.dropped} held-out rows also in TRAIN were dropped)"
    return evaluate_algorithms(
        [split],
        [AlgorithmSpec.parse(a) for a in algorithms],
        cutoffs=cutoffs,
        protocol=desc,
        ratings=ratings,
        progress=progress,
        cancel=cancel,
    )


def _with_tuned(
    library: Library, kind: str, spec: AlgorithmSpec, profile_id: int | None
) -> AlgorithmSpec:
    stored = _read_tuned(library, kind, spec.name, profile_id)
    if stored is None or spec.params:
        return spec
    return AlgorithmSpec(spec.name, dict(stored["params"]), f"{spec.name} (tuned)")


def _read_tuned(
    library: Library, kind: str, algorithm: str, profile_id: int | None
) -> dict[str, Any] | None:
    found = read_tuned_choice(library, kind, algorithm, profile_id)
    return None if found is None or found[1].get("defaults") else found[1]


def read_tuned_choice(
    library: Library, kind: str, algorithm: str, profile_id: int | None
) -> tuple[str, dict[str, Any]] | None:
    """``(meta key, stored value)`` of the tuning choice that applies, or None: the profile's
    own, else the library's (training uses it, see ``training_service.choose_params``).

    A tuning whose best was the defaults is a choice too (``{"defaults": true, "params": {},
    ...}``): a profile's own stops the search, so its training does not take the library's."""
    keys = [tuned_key(kind, algorithm, profile_id)]
    if profile_id is not None:
        keys.append(tuned_key(kind, algorithm))  # a profile without its own uses the shared one
    for key in keys:
        raw = library.meta.get(key)
        if raw:
            try:
                value = json.loads(raw)
            except json.JSONDecodeError:
                continue  # a damaged entry is as good as none; tuning again rewrites it
            if isinstance(value, dict) and isinstance(value.get("params"), dict):
                return key, value
    return None


def tuned_params(
    library_path: str | Path, *, kind: str, algorithm: str, profile: int | str | None = None
) -> dict[str, str] | None:
    """The stored tuned hyper-parameters (``--param`` strings), or None if never tuned.

    A profile without its own choice gets the library-wide one.
    """
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        stored = _read_tuned(library, kind, algorithm, profile_id)
    return None if stored is None else {str(k): str(v) for k, v in stored["params"].items()}


def tune(
    library_path: str | Path,
    *,
    kind: str,
    algorithm: str,
    budget_s: float,
    profile: int | str | None = None,
    signal: str = "auto",
    method: str = "random",
    metric: str | None = None,
    max_trials: int | None = None,
    patience: int | None = 10,
    seed: int = 42,
    save: bool = True,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> TuningResult:
    """Tune ``algorithm`` on the library's ``kind`` items within ``budget_s`` seconds (reading
    the library included) and, with ``save``, store the best configuration as the choice of
    ``profile`` (or of the library).

    Scoring uses every profile's validation rows: one profile's few held-out items are too
    noisy to choose hyper-parameters with. Nothing is stored when no trial finished, or when
    the best is the default configuration (then any older choice is removed, so training
    goes back to the defaults).
    """
    started = time.monotonic()
    token = cancel if cancel is not None else CancelToken()
    check_kind(kind)
    if not (budget_s > 0 and math.isfinite(budget_s)):
        # Said before the library is read: "a budget of -5.0 s is spent reading the library"
        # blamed the reading for a budget that was never positive.
        raise UserError(
            Message(
                "the time budget must be a positive number of seconds, not {budget}",
                budget=budget_s,
            )
        )
    if signal not in SIGNALS:
        raise UserError(
            Message(
                "unknown signal {signal!r}; use one of {choices}",
                signal=signal,
                choices=", ".join(SIGNALS),
            )
        )
    cls = get_algorithm(algorithm)
    resolved = "ratings" if signal == "auto" and cls.predicts_ratings else signal
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        dataset = dataset_from_library(
            library, kind=kind, profile_id=profile_id, signal=resolved, cancel=token
        )
    validation = carve_validation(dataset, seed=seed + 1)
    remaining = budget_s - (time.monotonic() - started)
    if remaining <= 0:
        raise UserError(
            Message(
                "a budget of {seconds} s is spent reading the library; give more", seconds=budget_s
            )
        )
    result = tune_search(
        dataset,
        algorithm,
        budget_s=remaining,
        method=method,
        metric=metric,
        max_trials=max_trials,
        patience=patience,
        seed=seed,
        validation=validation,
        progress=progress,
        cancel=token,
    )
    result.budget_s = float(budget_s)
    result.elapsed_s = time.monotonic() - started
    # A cancel that arrives after the last trial must still leave the stored choice alone.
    token.raise_if_cancelled()
    if save and result.best_score is not None:
        key = tuned_key(kind, algorithm, profile_id)
        with Library.open(Path(library_path)) as library:
            value = {
                "params": result.best_params or {},
                "metric": result.metric,
                "score": result.best_score,
                "default_score": result.default_score,
                "method": result.method,
                "budget_s": result.budget_s,
                "trials": len(result.trials),
                "signal": resolved,
                "tuned_at": time.time(),
            }
            if not result.best_params:
                # The defaults won: say so (training reports "tuned, none better"), and a
                # profile's entry stops the search before the library's choice.
                value["defaults"] = True
            library.meta.set(key, json.dumps(value, sort_keys=True))
    return result


#: Cutoffs of the model card's figures: the protocol's NDCG@10, Recall@20 and coverage@10.
CARD_NDCG_AT = 10
CARD_RECALL_AT = 20


def holdout_card_metrics(
    model: Recommender,
    dataset: Dataset,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, float]:
    """Held-out figures for a trained model's card (an ``EvaluateFn`` of ``train_model``).

    ``model`` itself is left untouched (it was fitted on all of ``dataset`` and is what gets
    saved): a fresh copy with the same hyper-parameters is fitted on the TRAIN part of the
    ``EVALUATION.md`` split of ``dataset`` (per-user 20 % holdout, seed 42) and measured on
    the held-out rows. Returns ``ndcg@10``, ``recall@20`` and ``coverage@10`` with the protocol's
    definitions, ``rmse`` and ``mae`` for rating models, and ``holdout_users`` (how many users
    were measured; 0, with no other figure, when nobody has enough interactions to hold some
    out). Costs about one more training; honours ``cancel`` throughout.
    """
    token = cancel if cancel is not None else CancelToken()
    split = split_dataset(dataset, DEFAULT_PROTOCOL)[0]
    if split.n_test == 0:
        return {"holdout_users": 0.0}
    copy = type(model)(model.params)
    copy.fit(split.train, progress=ProgressScaler(progress, 0.0, 0.9), cancel=token)
    progress(0.9, Message("Measuring the model on held-out rows"))
    train = split.train
    test_users = split.test_users.astype(str)
    users, rows = np.unique(test_users, return_inverse=True)
    width = max(CARD_NDCG_AT, CARD_RECALL_AT)
    items = np.full((len(users), width), -1, dtype=np.int64)
    # Blocks, so that a cancel is noticed between them on a large library.
    for start in range(0, len(users), 512):
        token.raise_if_cancelled()
        for offset, rec in enumerate(
            copy.recommend_many(users[start : start + 512].tolist(), width)
        ):
            idx = M.lookup(train.item_ids, np.array(rec.items[:width], dtype=str))
            items[start + offset, : len(idx)] = idx
    item_idx = M.lookup(train.item_ids, split.test_items.astype(str))
    known = item_idx >= 0
    # Held-out items unknown to TRAIN still count as relevant (merely unreachable).
    n_relevant = np.bincount(rows, minlength=len(users))
    hits = M.hits_from_pairs(items, rows[known], item_idx[known], train.n_items)
    figures = {
        f"ndcg@{CARD_NDCG_AT}": float(M.ndcg_at_k(hits, n_relevant, CARD_NDCG_AT).mean()),
        f"recall@{CARD_RECALL_AT}": float(M.recall_at_k(hits, n_relevant, CARD_RECALL_AT).mean()),
        f"coverage@{CARD_NDCG_AT}": M.catalogue_coverage(items, train.n_items, CARD_NDCG_AT),
        "holdout_users": float(len(users)),
    }
    if copy.predicts_ratings:
        token.raise_if_cancelled()
        predicted = copy.predict_pairs(test_users.tolist(), split.test_items.astype(str).tolist())
        errors = M.rating_metrics(predicted, split.test_weights)
        figures["rmse"], figures["mae"] = errors.rmse, errors.mae
    progress(1.0, Message("Held-out figures ready"))
    return figures
