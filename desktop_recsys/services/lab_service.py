"""The Model Lab's use cases: an evaluation plus everything its charts need, as plain data.

:func:`run_lab` runs :func:`~desktop_recsys.services.evaluation_service.evaluate` (the same
protocols, metrics and paired bootstrap intervals) and turns the report into plain rows
(:class:`LabResult`) that a table model and the charts read without pandas, numpy or the
engine. Where the report lacks what a chart needs, it is computed here:

- **Popularity bias** and **genre calibration**: :mod:`desktop_recsys.services.lab_bias`.
- **Catalogue map** (PCA, and t-SNE on request): :mod:`desktop_recsys.services.lab_map`.

These need each algorithm's recommendation lists, which the report does not keep, so every
algorithm is fitted once more, on the first split only (one more fit per algorithm, whatever
the protocol); that pass is cancellable and has its own slice of the progress.

The module imports only the standard library at the top, so the interface may import its
data classes at start-up; numpy, scikit-learn and the engine are imported when a function
runs (on a job's worker thread).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.progress import CancelToken, Message, ProgressFn, ProgressScaler, no_progress
from desktop_recsys.services.lab_bias import (
    GenreCalibration,
    PopularityBias,
    genre_calibration,
    popularity_bias,
)
from desktop_recsys.services.lab_map import CatalogueMap, build_catalogue_map
from desktop_recsys.services.sound_space import map_energy

if TYPE_CHECKING:
    import numpy as np

    from desktop_recsys.engine.evaluation.report import EvaluationReport
    from desktop_recsys.services.evaluation_service import PreparedEvaluation

#: Algorithms the Lab checks by default: quick ones that need no side data.
DEFAULT_CHECKED = ("popularity", "item-knn", "ease")
#: Report files the table exports to.
EXPORT_FORMATS = ("csv", "html", "json")


@dataclass(frozen=True)
class LabAlgorithm:
    """A registered algorithm as the Lab's picker shows it."""

    name: str
    checked: bool
    #: What the algorithm is made for: ``"lists"`` (judge it by NDCG, recall) or
    #: ``"ratings"`` (judge it by RMSE, MAE; its lists re-order a top-N model's candidates).
    made_for: str = "lists"


@dataclass(frozen=True)
class MetricValue:
    """A mean with its 95 % bootstrap interval (NaN when not measured)."""

    mean: float
    low: float
    high: float

    @property
    def known(self) -> bool:
        return math.isfinite(self.mean)


@dataclass(frozen=True)
class LabRow:
    """One algorithm's line of the comparison table."""

    label: str
    algorithm: str
    metrics: dict[str, MetricValue]
    catalogue: dict[str, float]
    fit_seconds: float
    recommend_seconds: float
    model_mb: float
    error: str = ""


@dataclass(frozen=True)
class LabComparison:
    """A paired comparison: A minus B on the same users (see ``metrics.paired_bootstrap``)."""

    metric: str
    a: str
    b: str
    mean_diff: float
    low: float
    high: float
    #: Share of bootstrap resamples in which A was better.
    a_wins: float
    #: Paired rows resampled: one per profile and split.
    users: int
    higher_is_better: bool = True
    #: Distinct profiles among those rows, and the splits they come from (one profile's
    #: evaluation repeats its holdout, so its rows are splits, not profiles).
    profiles: int = 0
    splits: int = 1

    @property
    def clear(self) -> bool:
        """True when the interval of the difference excludes zero."""
        return self.low > 0 or self.high < 0

    @property
    def has_interval(self) -> bool:
        """False for a single row (one profile on one split): nothing to resample."""
        return math.isfinite(self.low) and math.isfinite(self.high)


@dataclass(frozen=True)
class BaseCheck:
    """A re-ranker against the base model whose candidates it re-ranks, on the same users:
    ``score - base_score`` with its paired 95 % interval (``low``, ``high``)."""

    label: str
    base: str
    metric: str
    score: float
    base_score: float
    low: float
    high: float

    @property
    def beats_base(self) -> bool:
        """True only when the whole interval of the difference is above zero."""
        return self.low > 0


@dataclass(frozen=True)
class CurvePoint:
    """One bucket of a learning curve: users with ``low_edge``.. TRAIN interactions."""

    algorithm: str
    bucket: str
    low_edge: int
    users: int
    mean: float
    low: float
    high: float


@dataclass
class LabResult:
    """Everything one Lab run found (plain data, apart from ``report`` for the exports)."""

    kind: str
    protocol: str
    cutoffs: list[int]
    primary_metric: str
    metrics: list[str]
    rows: list[LabRow]
    comparisons: list[LabComparison]
    curves: dict[str, list[CurvePoint]]
    dataset: dict[str, int]
    bias: PopularityBias | None = None
    calibration: GenreCalibration | None = None
    map: CatalogueMap | None = None
    notes: list[str] = field(default_factory=list)
    #: Each re-ranker (learned ranker) against its base model (see :class:`BaseCheck`).
    base_checks: list[BaseCheck] = field(default_factory=list)
    elapsed_s: float = 0.0
    #: The engine's :class:`~desktop_recsys.engine.evaluation.report.EvaluationReport`, kept
    #: for :func:`export_report` (the interface never reads it).
    report: Any = None

    def best_two(self) -> tuple[LabRow, LabRow] | None:
        """The two best algorithms on the primary metric, best first."""
        scored = [r for r in self.rows if self.primary_metric in r.metrics]
        scored = [r for r in scored if r.metrics[self.primary_metric].known]
        if len(scored) < 2:
            return None
        sign = -1.0 if self.primary_metric in ("rmse", "mae") else 1.0
        scored.sort(key=lambda r: sign * r.metrics[self.primary_metric].mean, reverse=True)
        return scored[0], scored[1]

    def headline_comparison(self) -> LabComparison | None:
        """The paired comparison of the best two on the primary metric."""
        pair = self.best_two()
        if pair is None:
            return None
        best, second = pair
        for comparison in self.comparisons:
            if (
                comparison.metric == self.primary_metric
                and comparison.a == best.label
                and comparison.b == second.label
            ):
                return comparison
        return None

    def summary(self) -> dict[str, object]:
        """What the job history keeps."""
        pair = self.best_two()
        out: dict[str, object] = {"algorithms": len(self.rows), "kind": self.kind}
        if pair is not None:
            out["best"] = pair[0].label
            out[self.primary_metric] = round(pair[0].metrics[self.primary_metric].mean, 4)
        return out


@dataclass(frozen=True)
class TuningSummary:
    """A tuning's outcome in plain values, for a sentence in the Lab."""

    algorithm: str
    metric: str
    best_params: dict[str, str]
    best_score: float | None
    default_score: float | None
    trials: int
    elapsed_s: float
    stopped: str


# ============================================================================ use cases


def lab_algorithms() -> list[LabAlgorithm]:
    """Every registered algorithm, the quick default ones checked (loads the engine)."""
    # Deferred: the registry imports every algorithm (numpy, scipy).
    from desktop_recsys.engine.registry import algorithm_names, get_algorithm

    return [
        LabAlgorithm(
            name,
            name in DEFAULT_CHECKED,
            "ratings" if get_algorithm(name).predicts_ratings else "lists",
        )
        for name in algorithm_names()
    ]


def run_lab(
    library_path: str | Path,
    *,
    kind: str,
    algorithms: Sequence[str],
    protocol: str = "holdout",
    k: Sequence[int] = (10,),
    profile: int | str | None = None,
    signal: str = "auto",
    last_n: int | None = None,
    folds: int = 5,
    seed: int = 42,
    use_tuned: bool = False,
    highlight_profile: int | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> LabResult:
    """Evaluate ``algorithms`` and gather the Lab's charts (see the module docs).

    Arguments as :func:`~desktop_recsys.services.evaluation_service.evaluate`;
    ``highlight_profile`` is the profile whose items the map and the calibration chart show
    when ``profile`` (the profile whose metrics count) is None.
    """
    from desktop_recsys.services import evaluation_service  # deferred: imports the engine

    started = time.monotonic()
    token = cancel if cancel is not None else CancelToken()
    if not algorithms:
        raise UserError(Message("choose at least one algorithm to evaluate"))
    prepared = evaluation_service.prepare_evaluation(
        library_path,
        kind=kind,
        algorithms=algorithms,
        protocol=protocol,
        k=list(k),
        profile=profile,
        signal=signal,
        last_n=last_n,
        folds=folds,
        seed=seed,
        use_tuned=use_tuned,
        progress=ProgressScaler(progress, 0.0, 0.05),
        cancel=token,
    )
    report = evaluation_service.evaluate_prepared(
        prepared, progress=ProgressScaler(progress, 0.05, 0.7), cancel=token
    )
    result = lab_result(report, kind=kind)
    focus = prepared.profile_id if prepared.profile_id is not None else highlight_profile
    names = _profile_names(library_path)
    titles = _titles(library_path, kind)
    _add_charts(
        result,
        prepared,
        report,
        focus=focus,
        names=names,
        titles=titles,
        progress=ProgressScaler(progress, 0.7, 1.0),
        cancel=token,
    )
    if result.map is not None and kind == "track":  # the map may be coloured by energy
        result.map = replace(result.map, energy=map_energy(library_path, result.map.item_ids))
    result.elapsed_s = time.monotonic() - started
    progress(1.0, Message("Evaluation done"))
    return result


def lab_result(report: EvaluationReport, *, kind: str = "") -> LabResult:
    """The table rows, comparisons and learning curves of an evaluation report."""
    metrics: list[str] = []
    for r in report.results:
        for metric in r.summary:
            if metric not in metrics:
                metrics.append(metric)
    metrics.sort(key=_metric_order)
    rows = [
        LabRow(
            label=r.label,
            algorithm=r.algorithm,
            metrics={m: MetricValue(iv.mean, iv.low, iv.high) for m, iv in r.summary.items()},
            catalogue={k: float(v) for k, v in r.catalogue.items()},
            fit_seconds=float(r.fit_seconds),
            recommend_seconds=float(r.recommend_seconds),
            model_mb=r.model_bytes / 1e6,
            error=r.error or "",
        )
        for r in report.results
    ]
    first = next((r.per_user for r in report.results if not r.error and len(r.per_user)), None)
    profiles = int(first["user"].nunique()) if first is not None and "user" in first else 0
    comparisons = [
        LabComparison(
            metric=c.metric,
            a=c.a,
            b=c.b,
            mean_diff=float(c.mean_diff),
            low=float(c.low),
            high=float(c.high),
            a_wins=float(c.a_wins),
            users=int(c.users),
            higher_is_better=c.metric not in ("rmse", "mae"),
            profiles=profiles,
            splits=len(report.splits),
        )
        for c in report.comparisons
    ]
    curves: dict[str, list[CurvePoint]] = {}
    for metric in metrics:
        if metric in ("rmse", "mae"):
            continue  # pair-level figures: no per-user column to bucket
        frame = report.learning_curve(metric)
        curves[metric] = [
            CurvePoint(
                str(row.algorithm),
                str(row.bucket),
                int(row.low_edge),
                int(row.users),
                float(row.mean),
                float(row.low),
                float(row.high),
            )
            for row in frame.itertuples()
        ]
    return LabResult(
        base_checks=_base_checks(report),
        kind=kind,
        protocol=report.protocol,
        cutoffs=list(report.cutoffs),
        primary_metric=report.primary_metric,
        metrics=metrics,
        rows=rows,
        comparisons=comparisons,
        curves=curves,
        dataset={str(k): int(v) for k, v in report.dataset.items()},
        report=report,
    )


def export_report(
    result: LabResult,
    path: str | Path,
    fmt: str | None = None,
    *,
    words: Mapping[str, str] | None = None,
    lang: str = "en",
) -> Path:
    """Write the Lab's report as CSV (the table), HTML (a self-contained page) or JSON;
    ``fmt`` defaults to the file's extension. The file is written atomically. ``words`` and
    ``lang``: the HTML page's fixed texts translated, and its language tag."""
    out = Path(path)
    fmt = (fmt or out.suffix.lstrip(".") or "csv").lower()
    if fmt == "htm":
        fmt = "html"
    if fmt not in EXPORT_FORMATS:
        raise UserError(
            Message(
                "cannot export a report as {fmt!r}; use {choices}",
                fmt=fmt,
                choices=", ".join(EXPORT_FORMATS),
            )
        )
    report = result.report
    if report is None:
        raise UserError(Message("there is no evaluation to export yet"))
    if fmt == "csv":
        report.to_csv(out)
    elif fmt == "html":
        report.to_html(out, title=f"Model Lab: {result.kind or 'items'}", words=words, lang=lang)
    else:
        report.to_json(out)
    return out


def tune_many(
    library_path: str | Path,
    *,
    kind: str,
    algorithms: Sequence[str],
    budget_s: float,
    profile: int | str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[Any]:
    """Tune each of ``algorithms`` in turn within ``budget_s`` seconds each (one job, one
    cancel); the :class:`~desktop_recsys.engine.evaluation.tuning.TuningResult` of each, in
    order. Each tuning stores its best settings as it ends (see
    :func:`~desktop_recsys.services.evaluation_service.tune`), so a cancel keeps those of the
    tunings already done and stores nothing of the one under way."""
    from desktop_recsys.services import evaluation_service  # deferred: the engine

    names = list(dict.fromkeys(algorithms))
    if not names:
        raise UserError(Message("choose at least one algorithm to tune"))
    token = cancel if cancel is not None else CancelToken()
    results = []
    for index, name in enumerate(names):
        token.raise_if_cancelled()
        part = ProgressScaler(progress, index / len(names), (index + 1) / len(names))
        results.append(
            evaluation_service.tune(
                library_path,
                kind=kind,
                algorithm=name,
                budget_s=budget_s,
                profile=profile,
                progress=part,
                cancel=token,
            )
        )
    return results


def tuning_summary(result: Any) -> TuningSummary:
    """Plain values of a :class:`~desktop_recsys.engine.evaluation.tuning.TuningResult`."""
    return TuningSummary(
        algorithm=str(result.algorithm),
        metric=str(result.metric),
        best_params={str(k): str(v) for k, v in dict(result.best_params).items()},
        best_score=None if result.best_score is None else float(result.best_score),
        default_score=None if result.default_score is None else float(result.default_score),
        trials=len(result.trials),
        elapsed_s=float(result.elapsed_s),
        stopped=str(result.stopped),
    )


# ============================================================================ internals

_ORDER = (
    "ndcg",
    "recall",
    "precision",
    "map",
    "hit_rate",
    "mrr",
    "auc",
    "rmse",
    "mae",
    "novelty",
    "serendipity",
    "diversity_genre",
    "diversity_content",
    "popularity_arp",
    "long_tail",
    "calibration_kl",
)


def _metric_order(metric: str) -> tuple[int, int]:
    """Accuracy first (NDCG leading), then beyond-accuracy; cutoffs ascending."""
    base, _, cutoff = metric.partition("@")
    rank = _ORDER.index(base) if base in _ORDER else len(_ORDER)
    return rank, int(cutoff) if cutoff.isdigit() else 0


def _base_checks(report: EvaluationReport) -> list[BaseCheck]:
    """Each re-ranker's NDCG against its base's on the same rows (the evaluation measures the
    base's lists as ``_base_ndcg@K``; see ``engine.evaluation.experiment``)."""
    from desktop_recsys.engine.evaluation.experiment import BASE_PREFIX  # deferred: engine
    from desktop_recsys.engine.evaluation.metrics import paired_bootstrap

    metric = f"ndcg@{report.cutoffs[0]}" if report.cutoffs else "ndcg@10"
    checks = []
    for r in report.results:
        column = BASE_PREFIX + metric
        if r.error or column not in r.per_user or metric not in r.per_user:
            continue
        mine = r.per_user[metric].to_numpy(dtype=float)
        base = r.per_user[column].to_numpy(dtype=float)
        diff = paired_bootstrap(mine, base, metric=metric)
        checks.append(
            BaseCheck(
                label=r.label,
                base=str(r.extra.get("base", "")),
                metric=metric,
                score=float(mine.mean()),
                base_score=float(base.mean()),
                low=float(diff.low),
                high=float(diff.high),
            )
        )
    return checks


def _profile_names(library_path: str | Path) -> dict[int, str]:
    from desktop_recsys.library import Library

    with Library.open(Path(library_path)) as library:
        return {p.id: p.name for p in library.profiles.list()}


def _titles(library_path: str | Path, kind: str) -> dict[str, str]:
    """``raw item id -> "Title (year)"`` (or "Title - Artist") for the map's hover."""
    from desktop_recsys.library import Library, dataset_rows

    with Library.open(Path(library_path)) as library:
        rows = dataset_rows.catalogue(library, kind)
    out: dict[str, str] = {}
    for item_id, title, artist, _album, year, *_rest in rows:
        text = str(title or f"#{item_id}")
        if artist:
            text += f" — {artist}"
        if year:
            text += f" ({year})"
        out[str(item_id)] = text
    return out


def _add_charts(
    result: LabResult,
    prepared: PreparedEvaluation,
    report: EvaluationReport,
    *,
    focus: int | None,
    names: dict[int, str],
    titles: dict[str, str],
    progress: ProgressFn,
    cancel: CancelToken,
) -> None:
    """Fit each algorithm once more on the first split and fill the bias, calibration and
    map charts of ``result`` from its lists."""
    import numpy as np

    from desktop_recsys.engine.registry import create  # deferred: the engine

    split = prepared.splits[0]
    train = split.train
    k = min(prepared.cutoffs) if prepared.cutoffs else 10
    users = np.unique(split.test_users.astype(str))
    if prepared.users is not None:
        users = users[np.isin(users, np.asarray(prepared.users, dtype=str))]
    focus_user = (
        str(focus) if focus is not None and train.user_index(str(focus)) is not None else None
    )
    index = {item: i for i, item in enumerate(train.item_ids.tolist())}
    ok = [
        (spec, row) for spec, row in zip(prepared.specs, result.rows, strict=True) if not row.error
    ]
    lists: dict[str, np.ndarray] = {}
    focus_lists: dict[str, list[int]] = {}
    factors: tuple[str, np.ndarray, list[str]] | None = None
    for n, (spec, row) in enumerate(ok):
        span = ProgressScaler(
            progress, n / max(len(ok), 1) * 0.85, (n + 1) / max(len(ok), 1) * 0.85
        )
        cancel.raise_if_cancelled()
        model = create(spec.name, spec.params)
        model.fit(train, progress=span, cancel=cancel)
        progress(
            (n + 1) / max(len(ok), 1) * 0.85,
            Message("{model}: lists for the charts", model=row.label),
        )
        matrix = np.full((len(users), k), -1, dtype=np.int64)
        for start in range(0, len(users), 512):
            cancel.raise_if_cancelled()
            block = users[start : start + 512].tolist()
            for offset, rec in enumerate(model.recommend_many(block, k)):
                picks = [index.get(str(item), -1) for item in rec.items[:k]]
                matrix[start + offset, : len(picks)] = picks
        lists[row.label] = matrix
        if focus_user is not None:
            rec = model.recommend_many([focus_user], k)[0]
            focus_lists[row.label] = [index[i] for i in map(str, rec.items[:k]) if i in index]
        if factors is None:
            arrays = model.state_arrays()
            key = next(
                (n for n in ("state.item_factors", "state.als.item_factors") if n in arrays), None
            )
            if key is not None and len(arrays[key]) == train.n_items:
                item_order = [str(i) for i in getattr(model, "item_ids", train.item_ids)]
                factors = (
                    Message("{algorithm} item factors", algorithm=row.label),
                    np.asarray(arrays[key]),
                    item_order,
                )
    history_users = [focus_user] if focus_user is not None else users.tolist()
    who = (
        names.get(int(focus_user), f"profile {focus_user}")
        if focus_user is not None
        else f"{len(users)} tested profiles"
    )
    result.bias = popularity_bias(train, lists, report, k)
    result.calibration = genre_calibration(
        train,
        lists
        if focus_user is None
        else {
            label: np.asarray([picks + [-1] * (k - len(picks))], dtype=np.int64)
            for label, picks in focus_lists.items()
        },
        history_users,
        who,
        report,
        k,
    )
    if result.calibration is None:
        result.notes.append(Message("The items have no genres: no calibration chart."))
    cancel.raise_if_cancelled()
    progress(0.9, Message("Projecting the catalogue to two dimensions"))
    try:
        result.map = build_catalogue_map(
            train,
            factors,
            titles,
            focus_user=focus_user,
            held_out=_held_out(split, focus_user),
            focus_lists=focus_lists,
            who=names.get(int(focus_user), "") if focus_user is not None else "",
        )
    except ValueError as exc:  # too few items or features to project
        result.notes.append(Message("No catalogue map: {reason}", reason=str(exc)))


def _held_out(split: Any, user: str | None) -> list[str]:
    if user is None:
        return []
    mask = split.test_users.astype(str) == user
    return [str(i) for i in split.test_items[mask].tolist()]
