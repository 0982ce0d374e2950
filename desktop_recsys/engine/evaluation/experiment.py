"""Running algorithms through splits and measuring them: the engine half of the Model Lab.

:func:`evaluate_algorithms` fits each algorithm on each split's TRAIN, asks it for a ranked list
for every tested user, and turns the lists into per-user metrics
(:mod:`~desktop_recsys.engine.evaluation.metrics`), summaries with bootstrap intervals and
paired comparisons, gathered in an :class:`~desktop_recsys.engine.evaluation.report.EvaluationReport`.

Choices:

- Lists are ``max(cutoffs, auc_depth)`` long: the first ``K`` slots serve the top-K metrics,
  the whole list the AUC (exact when it covers every candidate).
- Users are the tested users of each split (optionally only those in ``users``, such as one
  profile), in sorted order, so rows line up across algorithms and comparisons are paired.
  With k-fold a user has one row per fold.
- Beyond-accuracy figures use the first cutoff. Genre/tag diversity and calibration need
  ``genres``/``tags`` side information and are left out (NaN) without it.
- Rating error (RMSE, MAE) is measured only with ``ratings=True`` and only for models that
  predict on the rating scale (``predicts_ratings``); it is a pair-level figure whose
  interval comes from resampling users.
- A re-ranker (a model with a ``base_model``, the learned ranker) also has its base's
  per-user NDCG at the first cutoff measured on the same lists' users (column
  ``_base_ndcg@K``), so that a report can say whether re-ranking beat the base.
- An algorithm that fails with a :class:`UserError` (say, ``social`` on data without friends)
  gets a row with its error and no figures; the others still run. A cancel stops everything.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.base import Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import metrics as M
from desktop_recsys.engine.evaluation.report import AlgorithmResult, EvaluationReport
from desktop_recsys.engine.evaluation.splits import DatasetSplit
from desktop_recsys.engine.progress import CancelToken, ProgressFn, ProgressScaler, no_progress
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message

DEFAULT_AUC_DEPTH = 100
#: Per-user columns of a re-ranker's base model (``_base_ndcg@10``): bookkeeping, not metrics.
BASE_PREFIX = "_base_"
DEFAULT_RESAMPLES = 1000


@dataclass(frozen=True)
class AlgorithmSpec:
    """An algorithm to evaluate: a registered name, string hyper-parameters, a display label."""

    name: str
    params: Mapping[str, str] = field(default_factory=dict)
    label: str = ""

    @property
    def display(self) -> str:
        if self.label:
            return self.label
        if not self.params:
            return self.name
        return self.name + "(" + ",".join(f"{k}={v}" for k, v in self.params.items()) + ")"

    @classmethod
    def parse(cls, text: str) -> AlgorithmSpec:
        """``name`` or ``name:key=value;key=value`` (the CLI's ``--algorithms`` entries)."""
        name, _, rest = text.strip().partition(":")
        params: dict[str, str] = {}
        for part in filter(None, (p.strip() for p in rest.split(";"))):
            key, sep, value = part.partition("=")
            if not sep or not key.strip():
                raise UserError(
                    Message(
                        "algorithm parameter {part!r} is not KEY=VALUE; write e.g. als:factors=64",
                        part=part,
                    )
                )
            params[key.strip()] = value.strip()
        if not name:
            raise UserError(Message("an empty algorithm name; write e.g. als or als:factors=64"))
        return cls(name, params)


def model_bytes(model: Recommender) -> int:
    """In-memory size of a fitted model's arrays (what a saved file holds, uncompressed)."""
    return int(sum(np.asarray(a).nbytes for a in model.state_arrays().values()))


@dataclass
class _SideInfo:
    """Item features for the beyond-accuracy metrics of one TRAIN data set."""

    genre_tag: sp.csr_matrix | None
    content: sp.csr_matrix | None
    genres: sp.csr_matrix | None


def _side_info(train: Dataset) -> _SideInfo:
    kinds = set(train.item_attributes)
    genre_tag = genres = content = None
    gt_kinds = [k for k in ("genres", "tags") if k in kinds]
    if gt_kinds:
        genre_tag, _ = train.item_feature_matrix(gt_kinds)
    if "genres" in kinds:
        genres, _ = train.item_feature_matrix(["genres"])
    if kinds or train.item_years:
        feats, _ = train.item_feature_matrix()
        if feats.shape[1]:
            # IDF weights: sharing a rare tag makes two items closer than sharing "Drama".
            df = np.bincount(feats.indices, minlength=feats.shape[1])
            idf = np.log((1.0 + feats.shape[0]) / (1.0 + df)) + 1.0
            content = sp.csr_matrix(feats @ sp.diags(idf))
    return _SideInfo(genre_tag, content, genres)


@dataclass
class _Tested:
    """The tested users of one split and their held-out items, as index arrays."""

    users: np.ndarray  # raw ids, sorted
    user_idx: np.ndarray  # indices in TRAIN (-1: unknown to TRAIN)
    rel_rows: np.ndarray  # row of each held-out pair known to TRAIN's catalogue
    rel_items: np.ndarray
    n_relevant: np.ndarray  # every held-out item, known or not
    n_train: np.ndarray
    test_rows: np.ndarray  # row of every held-out pair (for ratings)
    test_items: np.ndarray  # raw ids
    test_weights: np.ndarray


def _tested(split: DatasetSplit, only: set[str] | None) -> _Tested:
    train = split.train
    keep = np.ones(split.n_test, dtype=bool)
    if only is not None:
        keep = np.isin(split.test_users, np.array(sorted(only), dtype=str))
    t_users = split.test_users[keep].astype(str)
    t_items = split.test_items[keep].astype(str)
    users, rows = np.unique(t_users, return_inverse=True)
    item_idx = M.lookup(train.item_ids, t_items)
    known = item_idx >= 0
    user_idx = M.lookup(train.user_ids, users)
    counts = np.diff(train.matrix.indptr)
    return _Tested(
        users=users,
        user_idx=user_idx,
        rel_rows=rows[known],
        rel_items=item_idx[known],
        n_relevant=np.bincount(rows, minlength=len(users)),
        n_train=np.where(user_idx >= 0, counts[np.maximum(user_idx, 0)], 0),
        test_rows=rows,
        test_items=t_items,
        test_weights=split.test_weights[keep],
    )


def per_user_metrics(
    train: Dataset,
    tested: _Tested,
    items: np.ndarray,
    cutoffs: Sequence[int],
    side: _SideInfo,
) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """Per-user metric columns and catalogue-level figures for one split's lists."""
    k = cutoffs[0]
    hits = M.hits_from_pairs(items, tested.rel_rows, tested.rel_items, train.n_items)
    n_rel = tested.n_relevant
    cols: dict[str, np.ndarray] = {}
    for c in cutoffs:
        cols[f"precision@{c}"] = M.precision_at_k(hits, c)
        cols[f"recall@{c}"] = M.recall_at_k(hits, n_rel, c)
        cols[f"ndcg@{c}"] = M.ndcg_at_k(hits, n_rel, c)
        cols[f"map@{c}"] = M.average_precision_at_k(hits, n_rel, c)
        cols[f"hit_rate@{c}"] = M.hit_rate_at_k(hits, c)
    cols[f"mrr@{k}"] = M.reciprocal_rank(hits, k)
    seen = np.diff(train.matrix.indptr)[np.maximum(tested.user_idx, 0)] * (tested.user_idx >= 0)
    n_rel_cand = np.bincount(tested.rel_rows, minlength=len(tested.users))
    cols["auc"] = M.auc_from_lists(hits, items, n_rel_cand, train.n_items - seen)
    popularity = M.item_popularity(train)
    cols[f"novelty@{k}"] = M.novelty(items, popularity, train.n_users, k)
    nan = np.full(len(items), np.nan)
    cols[f"diversity_genre@{k}"] = (
        M.intra_list_diversity(items, side.genre_tag, k, metric="jaccard")
        if side.genre_tag is not None
        else nan
    )
    cols[f"diversity_content@{k}"] = (
        M.intra_list_diversity(items, side.content, k, metric="cosine")
        if side.content is not None
        else nan
    )
    expected = M.popularity_baseline(train, tested.user_idx, k, popularity)
    cols[f"serendipity@{k}"] = M.serendipity(hits, items, expected, k)
    cols[f"popularity_arp@{k}"] = M.average_popularity(items, popularity, train.n_users, k)
    cols[f"long_tail@{k}"] = M.long_tail_share(items, M.short_head(popularity), k)
    if side.genres is not None:
        history = train.matrix[np.maximum(tested.user_idx, 0)]
        history = sp.csr_matrix(sp.diags((tested.user_idx >= 0).astype(np.float64)) @ history)
        cols[f"calibration_kl@{k}"] = M.calibration_kl(history, items, side.genres, k)
    else:
        cols[f"calibration_kl@{k}"] = nan
    catalogue = {
        f"coverage@{k}": M.catalogue_coverage(items, train.n_items, k),
        f"exposure_gini@{k}": M.exposure_gini(items, train.n_items, k),
        "leaks": float(M.seen_mask(train, tested.user_idx, items).sum()),
    }
    return cols, catalogue


def _recommend(
    model: Recommender, users: np.ndarray, length: int, cancel: CancelToken
) -> np.ndarray:
    """Index matrix of ranked lists, in blocks so that a cancel is noticed between them."""
    out = np.full((len(users), length), -1, dtype=np.int64)
    ids = model.item_ids
    for start in range(0, len(users), 512):
        cancel.raise_if_cancelled()
        block = users[start : start + 512].tolist()
        lists = model.recommend_many(block, length)
        flat = [it for r in lists for it in r.items]
        lengths = np.array([len(r.items) for r in lists], dtype=np.int64)
        rows = np.repeat(np.arange(len(block)), lengths) + start
        cols = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        out[rows, cols] = M.lookup(ids, np.array(flat, dtype=str))
    return out


def evaluate_algorithms(
    splits: Sequence[DatasetSplit],
    algorithms: Sequence[str | AlgorithmSpec],
    *,
    cutoffs: Sequence[int] = (10,),
    protocol: str = "",
    users: Sequence[str] | None = None,
    ratings: bool = False,
    auc_depth: int = DEFAULT_AUC_DEPTH,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> EvaluationReport:
    """Fit, recommend and measure every algorithm on every split (see the module docs)."""
    token = cancel if cancel is not None else CancelToken()
    specs = [a if isinstance(a, AlgorithmSpec) else AlgorithmSpec.parse(a) for a in algorithms]
    if not specs:
        raise UserError(Message("no algorithm to evaluate; name at least one"))
    if not splits:
        # A caller's bug, not a person's: split_dataset always gives at least one split.
        raise ValueError("no split to evaluate on")
    cutoffs = sorted({int(c) for c in cutoffs})
    if cutoffs[0] < 1:
        raise UserError(Message("the cutoff K must be at least 1"))
    # Checked before any fitting, so a typo fails in a second rather than after minutes.
    for spec in specs:
        create(spec.name, spec.params)
    only = None if users is None else {str(u) for u in users}
    tested = [_tested(s, only) for s in splits]
    if sum(len(t.users) for t in tested) == 0:
        raise UserError(
            Message(
                "no tested user: nobody has enough interactions to hold some out; "
                "add more ratings or plays"
            )
        )
    sides = [_side_info(s.train) for s in splits]
    length = max(max(cutoffs), auc_depth)
    steps = len(specs) * len(splits)
    results: list[AlgorithmResult] = []
    for a, spec in enumerate(specs):
        frames, catalogues = [], []
        fit_s = rec_s = 0.0
        size = 0
        rating_err: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        error = None
        extra: dict[str, object] = {}
        for s, (split, tst, side) in enumerate(zip(splits, tested, sides, strict=True)):
            step = a * len(splits) + s
            span = ProgressScaler(progress, step / steps, (step + 0.8) / steps)
            model = create(spec.name, spec.params)
            try:
                t0 = time.perf_counter()
                model.fit(split.train, progress=span, cancel=token)
                fit_s += time.perf_counter() - t0
            except UserError as exc:
                error = exc.message  # a progress.Message stays translatable
                break
            progress(
                (step + 0.8) / steps,
                Message("{model}: recommending ({split})", model=spec.display, split=split.name),
            )
            t0 = time.perf_counter()
            items = _recommend(model, tst.users, length, token)
            rec_s += time.perf_counter() - t0
            size = max(size, model_bytes(model))
            cols, cat = per_user_metrics(split.train, tst, items, cutoffs, side)
            base = getattr(model, "base_model", None)
            if isinstance(base, Recommender):
                # A re-ranker: its base's lists too, to say whether re-ranking helped.
                base_items = _recommend(base, tst.users, length, token)
                base_cols, _ = per_user_metrics(split.train, tst, base_items, cutoffs, side)
                cols[f"{BASE_PREFIX}ndcg@{cutoffs[0]}"] = base_cols[f"ndcg@{cutoffs[0]}"]
                extra["base"] = base.name
            if ratings and model.predicts_ratings and len(tst.test_rows):
                pred = model.predict_pairs(
                    tst.users[tst.test_rows].tolist(), tst.test_items.tolist()
                )
                err = pred - tst.test_weights
                n = np.bincount(tst.test_rows, minlength=len(tst.users)).astype(np.float64)
                se = np.bincount(tst.test_rows, weights=err**2, minlength=len(tst.users))
                ae = np.bincount(tst.test_rows, weights=np.abs(err), minlength=len(tst.users))
                rating_err.append((se, ae, n))
            frames.append(_frame(split.name, tst, cols))
            catalogues.append(cat)
            if hasattr(model, "validation"):
                extra["validation"] = dict(model.validation)  # type: ignore[attr-defined]
            progress(
                (step + 1) / steps,
                Message("{model}: measured ({split})", model=spec.display, split=split.name),
            )
        results.append(
            _result(spec, frames, catalogues, rating_err, fit_s, rec_s, size, error, extra)
        )
    report = EvaluationReport(
        protocol=protocol,
        splits=[s.name for s in splits],
        cutoffs=list(cutoffs),
        dataset={
            "users": int(splits[0].train.n_users),
            "items": int(splits[0].train.n_items),
            "train_interactions": int(splits[0].train.nnz),
            "test_interactions": int(sum(len(t.test_rows) for t in tested)),
            "tested_users": int(len({u for t in tested for u in t.users.tolist()})),
        },
        results=results,
    )
    report.summarise(resamples=resamples, seed=seed)
    progress(1.0, Message("evaluation done"))
    return report


def _frame(split: str, tst: _Tested, cols: dict[str, np.ndarray]):  # -> pd.DataFrame
    import pandas as pd  # deferred: pandas is heavy; the engine's core does not need it

    base = {
        "split": split,
        "user": tst.users,
        "n_train": tst.n_train,
        "n_test": tst.n_relevant,
    }
    return pd.DataFrame({**base, **cols})


def _result(
    spec: AlgorithmSpec,
    frames: list,
    catalogues: list[dict[str, float]],
    rating_err: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    fit_s: float,
    rec_s: float,
    size: int,
    error: str | None,
    extra: dict[str, object],
) -> AlgorithmResult:
    import pandas as pd  # deferred: see _frame

    per_user = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    catalogue = (
        {k: float(np.mean([c[k] for c in catalogues])) for k in catalogues[0]} if catalogues else {}
    )
    if rating_err and not error:
        se = np.concatenate([r[0] for r in rating_err])
        ae = np.concatenate([r[1] for r in rating_err])
        n = np.concatenate([r[2] for r in rating_err])
        per_user["_se"], per_user["_ae"], per_user["_pairs"] = se, ae, n
    return AlgorithmResult(
        label=spec.display,
        algorithm=spec.name,
        params=dict(spec.params),
        per_user=per_user if not error else pd.DataFrame(),
        catalogue=catalogue if not error else {},
        fit_seconds=fit_s,
        recommend_seconds=rec_s,
        model_bytes=size,
        error=error,
        extra=extra,
    )


__all__ = ["AlgorithmSpec", "evaluate_algorithms", "model_bytes", "per_user_metrics"]
